"""A VAT ID under the tax's bare name: a letterhead's or sidebar's "VAT" on one line and
"IE9514062CA" on the next ("TVA" / "FR..", "BTW" / "NL..B01", "MwSt" / "CHE-...").

The tax's name alone is no ID caption: over a figure it captions the tax amount ("VAT" /
"0.00"), which the amount captions read. Only a value that is one VAT ID and nothing else,
its country's format holding and its checksum where one is known, is read under it, so an
amount, a rate or a word never is. Many sidebars print the ID's country without a checksum
the engine knows (Ireland's, the Czech one): a bare ID there is too unsure to take without a
caption, and this caption is what says it is a VAT ID. A UK number printed without its "GB"
("904 6617 27") counts when its mod-97 check holds.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.parse.ids import find_vat_ids, is_valid_vat_id, normalize_vat_id
from facturist.engine.parse.vat_checksums import VAT_FORMATS

# The tax's own name as a whole cell, its colon allowed: en "VAT", fr "TVA", nl "BTW", de
# "MwSt" / "USt", es/it/pt "IVA", sv/da/no "Moms" / "MVA", fi "ALV", cs/sk "DPH", sl "DDV",
# hr "PDV", lt "PVM", lv "PVN", hu "ÁFA", el "ΦΠΑ".
_TAX_NAME = re.compile(
    r"(?:vat|tva|btw|mwst|ust|iva|moms|mva|alv|dph|ddv|pdv|pvm|pvn|[áa]fa|φπα)\.?\s*:?",
    re.IGNORECASE,
)
# The longest such cell ("MwSt.:" with a space): longer cells are passed over unread.
_LONGEST = 8
# A UK VAT number without its prefix, in groups or not.
_UK_DIGITS = re.compile(r"\d{3}\s?\d{4}\s?\d{2}")
# How far (points) the value's cell may stand from the caption's left or right edge.
_ALIGNED = 4.0
# How many lines below the caption its value may be (lines of other columns between).
_LOOK_AHEAD = 4


def vat_ids_under_tax_names(lines: list[Line]) -> list[Value]:
    """The VAT IDs each printed alone in the cell right under a cell holding only the tax's
    bare name, aligned with it at the left or right."""
    found: list[Value] = []
    for index, line in enumerate(lines):
        for cell in line.cells:
            text = cell.text.strip()
            if len(text) > _LONGEST or _TAX_NAME.fullmatch(text) is None:
                continue
            below = _cell_below(lines, index, cell)
            value = _vat_id_of(below) if below is not None else None
            if value is not None:
                found.append(value)
    return found


def _cell_below(lines: list[Line], index: int, caption: Cell) -> Cell | None:
    """The cell aligned with the caption on the nearest line below that has one, within a
    line and a half of the caption; lines of other columns between are passed over."""
    top = lines[index]
    for line in lines[index + 1 : index + 1 + _LOOK_AHEAD]:
        if line.page != top.page or line.y0 - top.y1 > 1.5 * max(line.height, top.height):
            return None
        for cell in line.cells:
            left = abs(cell.x0 - caption.x0) <= _ALIGNED
            if left or abs(cell.x1 - caption.x1) <= _ALIGNED:
                return cell
            if cell.x0 < caption.x1 and cell.x1 > caption.x0:
                return None  # a cell across the caption's column: no value of its own
    return None


def _vat_id_of(cell: Cell) -> Value | None:
    """The cell's text as one VAT ID, its format (and checksum, where known) holding."""
    text = cell.text.strip().upper()
    if _UK_DIGITS.fullmatch(text):
        ids = find_vat_ids("GB" + re.sub(r"\s", "", text))
        return Value(ids[0], cell.text, cell.boxes, 0.8) if ids else None
    compact = normalize_vat_id(text)
    if not compact.isalnum() or not any(ch.isdigit() for ch in compact):
        return None
    country = "CHE" if compact.startswith("CHE") else compact[:2]
    if country not in VAT_FORMATS or is_valid_vat_id(compact) is False:
        return None
    return Value(compact, cell.text, cell.boxes, 0.8)
