"""Column captions that lost their business-term tags.

E-invoice viewers (the KoSIT XRechnung visualisation) tag each caption of the item table
with its EN 16931 term and right-align the figures under the whole tag:

    Pos.  Bezeichnung (BT-153)        Menge   Einh. Preis (BT-146)   Netto (BT-131)
    1     Schraube DIN 912 M6 x 20        2   H87             5,85            11,70

The reader drops the tags (termrefs.py, which marks such a line `item_term`), so "Preis"
alone spans its column's left part and a price standing under "(BT-146)" lies nearer the
next caption, "Netto". A figure caption of a tag-stripped header runs on right up to the
next cell of its line, where its tag stood; the last, with no cell after it, by a tag's
width ("(BT-131)": some five times its line's height).
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word

_FIGURES = ("quantity", "unit_price", "amount", "vat_rate", "discount")
# The space kept before the next caption.
_GAP = 4.0
# A dropped tag's width with its space before it, in line heights.
_TAG_WIDTH = 5.5


def tagged_spans(
    centers: dict[str, tuple[float, float]], found: dict[str, list[Word]], group: list[Line]
) -> None:
    """Widen, in `centers`, each figure caption of a tag-stripped header line to the next
    cell right of it on that line."""
    for member in group:
        if not member.item_term:
            continue
        for key in _FIGURES:
            words = found.get(key)
            if words is None or key not in centers or words[0] not in member.words:
                continue
            x0, x1 = centers[key]
            after = [cell.x0 for cell in member.cells if cell.x0 > x1 + 1]
            end = min(after) - _GAP if after else x1 + _TAG_WIDTH * member.height
            centers[key] = (x0, max(x1, end))
