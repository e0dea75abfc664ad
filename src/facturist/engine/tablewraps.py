"""Lines of an item table that look like something else: a text block beside the table, a
section heading under an item, a wrapped name's tail that reads like a totals caption, and a
one-letter tax flag after the name."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word
from facturist.engine.tableheader import Columns

# "T", "E", "N" in a cell of its own after an item's name: a tax code column (US "taxable"),
# no word of the name.
_FLAG = re.compile(r"^[A-Z*]$")


def beside_table(line: Line, columns: Columns) -> Line | None:
    """The line without the cells of a text block printed left of the table ("N° F-2025-031",
    "Client C-0087" in an info column beside the items); None when only that block is on it.

    A cell with letters ending well left of the table's left edge (the header's first
    caption, or where the items' text starts) belongs to no column of the table.
    """
    if "description" not in columns.centers and columns.text_left is None:
        # "Quantité | Prix unitaire HT | Montant HT": the uncaptioned text column left of the
        # first caption is the items' names, no block beside the table.
        return line
    edge = min(columns.left, columns.text_left if columns.text_left is not None else 1e9)
    margin = 3 * line.height
    side = [c for c in line.cells if c.x1 < edge - margin and any(ch.isalpha() for ch in c.text)]
    if not side:
        return line
    cells = [c for c in line.cells if c not in side]
    if not cells:
        return None
    return Line(line.page, [w for c in cells for w in c.words], cells)


# Blank space, in line heights, right of the header's last caption beyond which text is
# another block's (a letter template's sidebar): amounts and their currency signs stand under
# or just past the last caption.
_RIGHT_MARGIN = 2.0
# A money figure alone in its cell ("41,31", "1.250,00"), a sign or currency beside it.
_MONEY_CELL = re.compile(r"^-?\s?(?:[€$£]\s?)?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?:\s?[€$£])?$")


def right_of_table(line: Line, columns: Columns) -> Line | None:
    """The line without the cells of a block printed right of the table (the seller's
    address, phone and bank in a letter template's sidebar); None when only that block is on
    it. A cell starting well right of the header's last caption belongs to no column."""
    spans = [*columns.centers.values(), *columns.unnamed, *columns.others]
    right = max([columns.right, *(x1 for _, x1 in spans)])
    edge = right + _RIGHT_MARGIN * line.height
    cells = [c for c in line.cells if c.x0 <= edge or _trailing_amount(c, line, columns)]
    if len(cells) == len(line.cells):
        return line
    if not cells:
        return None
    return Line(line.page, [w for c in cells for w in c.words], cells)


def _trailing_amount(cell: Cell, line: Line, columns: Columns) -> bool:
    """A money figure ending the line, past the amount's caption (the table's last): a ruled
    pad prints its captions at each cell's left and the figures at its right rule, far right
    of "Betrag €"; a sidebar prints text (an address, a phone, a bank), no lone amount."""
    amount = columns.centers.get("amount")
    return (
        cell is line.cells[-1]
        and amount is not None
        and amount[1] >= max(x1 for _x0, x1 in columns.centers.values())
        and _MONEY_CELL.match(cell.text.strip()) is not None
    )


def capital_heading(named: list[Word], description: list[Word]) -> bool:
    """ "LOT 2 – PLÂTRERIE / ISOLATION" under an item named in mixed case: the heading of
    the rows below, no line of the item's name."""
    text = " ".join(w.text for w in description)
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 6 or any(ch.islower() for ch in letters):
        return False
    return any(ch.islower() for w in named for ch in w.text)


def closes_parenthesis(named: list[Word], line: Line) -> bool:
    """ "Warenwert)" under "Rabatt-Gutschein (10 % auf": the wrapped name's tail closing its
    bracket, though its first word is a totals caption."""
    text = " ".join(w.text for w in named)
    return (
        text.count("(") > text.count(")")
        and ")" in line.text
        and "(" not in line.text.split(")")[0]
        and not any(ch.isdigit() for ch in line.text)
    )


def without_flag(description: list[Word], line: Line) -> list[Word]:
    """The name without a one-letter tax flag in a cell of its own after it."""
    if len(description) < 2 or not _FLAG.match(description[-1].text):
        return description
    last = description[-1]
    cell: Cell | None = next((c for c in line.cells if last in c.words), None)
    if cell is None or cell.words != [last]:
        return description
    if last.box.x0 - description[-2].box.x1 < line.height:
        return description
    return description[:-1]


# "EAN 4030699081280", "S/N: H9743104X, J6808054X", "GTIN 0401...": an identifier line under an
# item, printed for the goods' tracking, no part of its name.
_IDENTIFIER_LINE = re.compile(
    r"^(?:EAN(?:-13)?|GTIN|UPC|ISBN|IMEI|S/N|SN|Serial(?:\s+(?:No\.?|numbers?))?"
    r"|Serien-?(?:nr\.?|nummer(?:n)?)|N[°º]\s+de\s+s[ée]rie|Matricola)\s*:?\s*"
    r"[A-Z0-9][A-Z0-9\-/]{4,}(?:\s*,\s*[A-Z0-9][A-Z0-9\-/]{4,})*$",
    re.IGNORECASE,
)


# A machine's host name alone under its item ("vps-7f3a21c.vps.example.net"): three labels or
# more, one with a digit; a bare domain ("atelier.fr") may be what the item sells.
_HOST_NAME = re.compile(r"^(?=\S*\d)[a-z0-9-]+(?:\.[a-z0-9-]+){2,}\.?$", re.IGNORECASE)


def identifier_line(description: list[Word]) -> bool:
    """A line of an item's EAN or serial numbers, or of the host name of a rented server."""
    text = " ".join(w.text for w in description)
    if _HOST_NAME.match(text) and any(ch.isalpha() for ch in text.rsplit(".", 1)[-1]):
        return True
    return _IDENTIFIER_LINE.match(text) is not None and any(ch.isdigit() for ch in text)


def underscore_joined(named: list[Word], description: list[Word]) -> bool:
    """ "b_ssd": a text layer that sets the underscore as a glyph of its own, below the line,
    leaves "b" "ssd" and a lone "_" under the gap between them. Joins the two words back in
    `named` and says whether the line was that underscore."""
    if len(description) != 1 or set(description[0].text) != {"_"}:
        return False
    mark = description[0].box
    center = (mark.x0 + mark.x1) / 2
    for index in range(len(named) - 1):
        left, right = named[index], named[index + 1]
        if left.box.page != mark.page or not left.box.x1 - 1 <= center <= right.box.x0 + 1:
            continue
        if not 0 <= mark.y0 - left.box.y0 <= 2 * (left.box.y1 - left.box.y0):
            continue
        box = Box(
            left.box.page,
            left.box.x0,
            min(left.box.y0, right.box.y0),
            right.box.x1,
            max(left.box.y1, right.box.y1),
        )
        text = f"{left.text}{description[0].text}{right.text}"
        named[index : index + 2] = [replace(left, text=text, box=box)]
        return True
    return False


# "Rabatt 8 % von 19.446,00: -1.555,68", "Discount 10% of 500.00: -50.00": a rate and the
# negative sum it takes off, printed in the name column under the item.
_DISCOUNT_DETAIL = re.compile(r"%.*[-−–]\s?\d[\d.,' ]*[.,]\d{2}$")


def discount_detail(description: list[Word]) -> bool:
    """An item's discount worked out under its name: the row's amount already nets it, so
    the line is no part of the name."""
    text = " ".join(w.text for w in description)
    return "%" in text and _DISCOUNT_DETAIL.search(text) is not None


# "Alle Preise inkl. der gesetzlichen Mehrwertsteuer.", "All prices include VAT", "Tous les prix
# s'entendent TTC", "Preise zzgl. 19 % USt.": a sentence about the prices' VAT, printed under the
# last item of a table; never a wrapped line of that item's name. (A name that is a price list,
# "Preisliste ...", names no tax.)
_PRICE_NOTE = re.compile(
    r"^\W*(?:(?:alle|sämtliche|die|unsere|all|our|the|tous\s+les|les|nos|tutti\s+i|i|todos\s+los"
    r"|los|onze|de|wszystkie|todos\s+os|os)\s+)?(?:preise|prices|prix|prezzi|precios|prijzen"
    r"|ceny|preços)\b.*\b(?:mwst|mehrwertsteuer|ust|umsatzsteuer|vat|tax|taxes|tva|ttc|iva|btw"
    r"|podatek|podatkiem)\b",
    re.IGNORECASE,
)
# "inkl. MwSt.", "zzgl. gesetzl. 19 % USt", "incl. VAT" alone on its line: the same note cut short.
_BARE_TAX_NOTE = re.compile(
    r"^\W*(?:inkl\.?|inklusive|incl\.?|including|zzgl\.?|zuzüglich|excl\.?|excluding)\s+"
    r"(?:der\s+)?(?:gesetzl(?:\.|ichen)?\s+|statutory\s+)?(?:\d{1,2}(?:[.,]\d+)?\s?%\s+)?"
    r"(?:mwst|ust|mehrwertsteuer|umsatzsteuer|vat|tva|iva|btw)\W*$",
    re.IGNORECASE,
)


def price_note(description: list[Word]) -> bool:
    """A line that says whether the prices include VAT: the table's note, no item's text."""
    text = " ".join(w.text for w in description)
    return _PRICE_NOTE.match(text) is not None or _BARE_TAX_NOTE.match(text) is not None
