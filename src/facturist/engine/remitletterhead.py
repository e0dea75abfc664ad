"""The letterhead's printing of a name read in a remittance block ("REMIT TO:").

North American bills print a tear-off stub at the foot: "REMIT TO:" over the issuer's full
name and a lockbox ("P.O. Box 645021 / Pittsburgh, PA 15264-5021"), where the bank collects
the payments. The letterhead on top may set the same name as a logo over two lines
("RIDGELINE" / "FREIGHT LINES, INC.") over the company's own street and town. When the
seller's name is read in the stub, the address under it is where to send money, not the
seller's address: the letterhead's printing of the name is where the seller's block is.
So is it under a Swiss QR-bill's "Konto / Zahlbar an" (a post-office box, perhaps on a page
of its own after the invoice): page one's letterhead or return-address line is the seller's.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_holding, print_height
from facturist.engine.model import Value
from facturist.engine.qrbillcaptions import creditor_caption
from facturist.engine.wordspace import phrase

# A payment address's caption: "Remit to", "Please remit payment to", "Make checks payable
# to", "Send payments to", "Remittance address", "Mail payments to", "Lockbox".
_REMIT = re.compile(
    r"^(?:please\s+)?(?:remit(?:\s+(?:all\s+)?payments?)?\s+to|remittance(?:\s+address)?"
    r"|make\s+(?:all\s+)?(?:checks|cheques)(?:\s+and\s+money\s+orders)?\s+payable\s+to"
    r"|(?:send|mail)\s+(?:all\s+)?(?:payments?|checks|cheques)\s+to|payment\s+address"
    r"|lockbox(?:\s+address)?)\b",
    re.IGNORECASE,
)


def remit_caption(text: str) -> bool:
    """Whether the text opens with a payment address's caption ("Remit to", "Remit payment
    to"): the seller's address for payments, never a party block's name nor the buyer's."""
    return _REMIT.match(text.strip()) is not None


# How far up the page the letterhead stands, as a share of the page's printed height.
_TOP_SHARE = 0.35


def letterheads_of_remittee(lines: list[Line], name: Value) -> list[Value]:
    """The letterhead's printings of `name` when `name` is read under a remittance caption or
    a QR-bill's creditor caption ("Konto / Zahlbar an", qrbillcaptions.py) and a page's top
    prints the same words (over one or more stacked lines, or opening a return-address line
    "ACME Sàrl · Rue 14 · 1203 Genève"): page one's, then the name's own page's; else none."""
    if not name.boxes or not isinstance(name.value, str):
        return []
    index = line_holding(lines, name.boxes[0])
    if index is None or not _under_remit_caption(lines, index, name):
        return []
    wanted = _words(name.value)
    if len(wanted) < 2:
        return []
    found: list[Value] = []
    # A QR-bill on a page of its own, a stub on the last page: page one's letterhead first.
    for number in dict.fromkeys((lines[0].page, lines[index].page)):
        page = [ln for ln in lines if ln.page == number]
        bottom = max(ln.y1 for ln in page)
        # A stub at the foot: the letterhead over it. A remittance block set top right beside
        # the letterhead: the letterhead's name may stand level with it or a few lines lower.
        top = [ln for ln in page if ln.y1 < _TOP_SHARE * bottom and ln is not lines[index]]
        for at, line in enumerate(top):
            for cell in line.cells:
                whole = phrase(line, cell)
                stack = _stack(top, at, whole, wanted) or _opening(whole, name.value)
                if stack:
                    boxes = tuple(box for part in stack for box in part.boxes)
                    text = " ".join(part.text for part in stack)
                    found.append(Value(name.value, text, boxes, name.confidence))
    return found


# What parts a name from the street after it on a return-address line.
_SEPARATED = re.compile(r"\s*(?:[,·•●|▪■–—]|-\s)")


def _opening(cell: Cell, name: str) -> list[Cell]:
    """The cell, when it opens with the name and a separator after it (a return-address
    line: "Reliures Montbrillant Sàrl · Rue de Lyon 14 · 1203 Genève"); else empty."""
    text = cell.text.strip()
    if not text.casefold().startswith(name.casefold()):
        return []
    return [cell] if _SEPARATED.match(text[len(name) :]) else []


def _under_remit_caption(lines: list[Line], index: int, name: Value) -> bool:
    """Whether a remittance caption opens the name's line before it or a line just above it,
    starting about where the name starts."""
    line = lines[index]
    left = name.boxes[0].x0
    before = " ".join(w.text for w in line.words if w.box.x1 <= left)
    if before and _REMIT.match(before):
        return True
    height = line.height
    for above in reversed(lines[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > 2.5 * height:
            return False
        cell = next((c for c in above.cells if abs(c.x0 - left) < 2 * height), None)
        if cell is None:
            continue
        caption = phrase(above, cell).text
        if _REMIT.match(caption) or creditor_caption(caption):
            return True
    return False


def _stack(top: list[Line], number: int, first: Cell, wanted: list[str]) -> list[Cell]:
    """The cells, `first` and those flush under it on the next lines, whose words spell the
    `wanted` words in order; empty when they do not."""
    words = _words(first.text)
    if not words or wanted[: len(words)] != words:
        return []
    stack = [first]
    line = top[number]
    height = print_height(first)
    for below in top[number + 1 : number + 3]:
        if len(words) == len(wanted):
            break
        if below.y0 - line.y1 > 1.5 * height:
            break
        under = next(
            (c for c in below.cells if abs(c.x0 - first.x0) < max(4.0, 0.3 * height)), None
        )
        if under is None:
            continue  # a line of the right-hand column between the logo's two
        under = phrase(below, under)
        more = _words(under.text)
        if not more or wanted[len(words) : len(words) + len(more)] != more:
            return []
        words.extend(more)
        stack.append(under)
        line = below
    return stack if len(words) == len(wanted) else []


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


# Lines above a town beside the seller's name searched for the remittance caption heading its
# column: the caption, the name again, a lockbox or street, the town.
_REMIT_REACH = 6


def in_remit_column(lines: list[Line], index: int, found: Value) -> bool:
    """Whether `found` (a town read beside the name on lines[index]) stands in a column a
    remittance caption heads a few lines up ("REMIT TO:" over "Carolina Fastener ..." /
    "P.O. Box 602317" / "Charlotte, NC 28260-2317", beside the letterhead's "Carolina Fastener
    & Bearing, Inc." over its own street): the lockbox's town, no part of the seller's block."""
    if not found.boxes:
        return False
    left = found.boxes[0].x0
    line = lines[index]
    for above in reversed(lines[max(0, index - _REMIT_REACH) : index]):
        if above.page != line.page:
            return False
        words = [w.text for w in above.words if w.box.x0 >= left - 4]
        near = [w for w in above.words if abs(w.box.x0 - left) < 8]
        if near and words and _REMIT.match(" ".join(words)):
            return True
    return False
