"""The issue date a title block prints with no caption: centred under the title and its number.

Lithuanian invoices, and others set out as a centred heading, stack "PVM SĄSKAITA FAKTŪRA",
"Serija SPC Nr. 0045812" and the date alone ("2026-03-13"); the date sits in the middle of
the page, where a letter's uncaptioned date (dateread.letter_date, at the right) is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.dateread import read_date
from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.signeddate import signed_and_dated
from facturist.engine.widetitle import title_cells

# Titles the shared title pattern leaves out, as eastern EU invoices print them: lt "(PVM)
# sąskaita faktūra", lv "(PVN) rēķins", et "Arve", hu "Számla", ro "Factură (fiscală)", hr/sl
# "Račun", marks dropped or not; Iceland's "Reikningur" ("REIKNINGUR" over "nr. 20261103-07").
_EASTERN_TITLE = re.compile(
    r"^(?:pv[mn]\s+)?(?:s[ąa]skaita(?:[\s\-]+fakt[ūu]ra)?|r[ēe][ķk]ins|arve|sz[áa]mla"
    r"|factur[ăa](?:\s+fiscal[ăa])?|ra[čc]un|reikningur)$",
    re.IGNORECASE,
)


def eastern_title(text: str) -> bool:
    """Whether the cell is an eastern EU title alone ("Arve", "PVN rēķins", "Számla")."""
    return _EASTERN_TITLE.match(text) is not None


# A utility's or service's bill titled by what it bills: "Facture d'électricité", "Facture de
# gaz naturel", "Fattura energia elettrica", "Factura de suministro" (no number, no colon).
_QUALIFIED_TITLE = re.compile(
    r"^(?:votre\s+|la\s+sua\s+|su\s+)?(?:facture|fattura|factura|fatura|factuur)"
    r"(?:\s+(?:d['’]\s?|de\s+|du\s+|des\s+|di\s+|del\s+|della\s+|dell['’]\s?)?[^\W\d_]+){1,3}$",
    re.IGNORECASE,
)
# The word before a block's date: "del 05/02/2024", "vom 05.02.2024", "dated 5 Feb 2024".
_DATED = re.compile(r"^(?:del|vom|du|dated|van|from)$", re.IGNORECASE)
# Lines a title block may hold between the title and its date: its series and number.
_BETWEEN = 2


def date_under_title(lines: list[Line]) -> Value | None:
    """The date alone on its line within the few lines under a title alone on its line,
    under the title's width: the title block's date. A title block set flush right beside
    the letterhead ("FATTURA" / "N. 214/2024" / "del 05/02/2024") keeps to its column, its
    date perhaps after "del" / "vom" / "dated"."""
    for index, line in enumerate(lines[:30]):
        for title in title_cells(line, _is_title):  # words a wide space apart (widetitle.py)
            if _is_title(title.text.strip()):
                dated = _block_date(lines, index, title, alone=len(line.cells) == 1)
                if dated is not None:
                    return dated
    return None


def _block_date(lines: list[Line], index: int, title: Cell, *, alone: bool) -> Value | None:
    """The date a title's block prints under it, in the title's column."""
    line, previous = lines[index], lines[index]
    seen = 0
    for below in lines[index + 1 : index + 2 + 2 * (_BETWEEN + 1)]:
        if below.page != line.page or below.y0 - previous.y1 > 2.5 * below.height:
            break
        if _beside(below, title):
            continue  # a line of the letterhead's column beside the block, between its lines
        seen += 1
        if seen > _BETWEEN + 1:
            break
        if alone:
            # "Votre facture" flush right over "du 05/11/2024", a logo's words beside the date.
            cell = (
                below.cells[0]
                if len(below.cells) == 1 and _under(below.cells[0], title)
                else next((c for c in below.cells if _under(c, title) and _flush(c, title)), None)
            )
            if cell is None and all(_under(c, title) for c in below.cells):
                # The block's number line in cells of its own ("Serija AB | Nr. 0004512").
                cell = Cell([w for c in below.cells for w in c.words])
        else:
            # Its column's cell, flush with the title or centred under it ("FATTURA" over
            # "n. 42/2025 del 30/06/2025").
            cell = next((c for c in below.cells if _flush(c, title) or _centred(c, title)), None)
        words = cell.words if cell is not None else []
        if words and _DATED.match(words[0].text):
            words = words[1:]  # "del 05/02/2024", "vom 05.02.2024"
        numbered = signed_and_dated(words)
        if numbered is not None:
            words = words[len(numbered[0]) + 1 :]  # "n. NC 3/2026 del 18/11/2026"
        if not words:
            break
        dated = read_date(words)
        if dated is not None and len(dated.boxes) == len(words):
            return replace(dated, confidence=min(dated.confidence, 0.8))
        previous = below
    return None


def _beside(line: Line, title: Cell) -> bool:
    """A line whose cells all stand clear left of the title's block (or right of it): the
    next column's, which a block set flush right beside a letterhead interleaves with."""
    return all(c.x1 < title.x0 - 20 or c.x0 > title.x1 + 20 for c in line.cells)


# A title's number sign and number after it in its cell ("PVN RĒĶINS Nr. DT-24/0315").
_SIGNED_NUMBER = re.compile(
    r"\s+(?:nr|no|br|broj|[šs]t|č|n[°º]|#)\.?\s*:?\s*[A-Z0-9][\w\-/.]*\d$", re.IGNORECASE
)


def _is_title(text: str) -> bool:
    """A title, or a bilingual one whose halves are titles ("PVM SĄSKAITA FAKTŪRA / VAT
    INVOICE"), perhaps with its signed number after it."""
    signed = _SIGNED_NUMBER.search(text)
    if signed is not None and signed.start() > 0:
        text = text[: signed.start()]
    if DOCUMENT_TITLE.match(text) or _EASTERN_TITLE.match(text) or _QUALIFIED_TITLE.match(text):
        return True
    halves = [half.strip() for half in text.split(" / ")]
    return len(halves) == 2 and all(
        DOCUMENT_TITLE.fullmatch(half) or _EASTERN_TITLE.match(half) for half in halves
    )


def _flush(cell: Cell, title: Cell) -> bool:
    """A cell of a block set flush right (or left) with the title, beside other columns."""
    return abs(cell.x1 - title.x1) <= 10 or abs(cell.x0 - title.x0) <= 10


def _centred(cell: Cell, title: Cell) -> bool:
    """A cell centred under the title, wider than it: a centred block's next line."""
    return abs((cell.x0 + cell.x1) - (title.x0 + title.x1)) <= 12 and cell.x0 <= title.x0


def _under(cell: Cell, title: Cell) -> bool:
    """A cell within the title's width: the centred block's next line."""
    return cell.x0 >= title.x0 - 10 and cell.x1 <= title.x1 + 10
