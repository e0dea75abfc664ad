"""Seller and buyer names: the blocks their section labels head, else a legal-form line on top."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.labels import (
    BUYER_SECTION,
    LABEL_VALUE_LINE,
    LEGAL_FORM,
    NAME_LABEL,
    SELLER_SECTION,
)
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value


def party_names(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """Seller and buyer names: first the sections they head, then a legal-form line near the top."""
    seller = _section_name(lines, SELLER_SECTION)
    buyer = _section_name(lines, BUYER_SECTION)
    if seller is None:
        first_page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
        top = first_page[: max(12, len(first_page) // 3)]
        for line in top:
            for cell in line.cells:
                if LEGAL_FORM.search(cell.text) and (buyer is None or cell.text != buyer.text):
                    seller = Value(cell.text.strip(" ,●·|"), cell.text, cell.boxes)
                    break
            if seller:
                break
        if seller is None and top:
            first = top[0].cells[0]
            seller = Value(first.text, first.text, first.boxes, 0.4)
    return seller, buyer


# Section words that introduce the party on the same line without a colon ("Bill to ACME").
_TO_FORM = re.compile(r"(?:to|[àa])\s*:?\s*$", re.IGNORECASE)


def _section_name(lines: list[Line], header: re.Pattern[str]) -> Value | None:
    for index, line in enumerate(lines):
        for position, cell in enumerate(line.cells):
            match = header.match(cell.text)
            if not match:
                continue
            after = cell.text[match.end() :]
            rest = after.strip(" :/")
            if rest:
                labelled = after.lstrip().startswith(":") or _TO_FORM.search(match.group())
                if re.match(r"^[\w/]*empf[äa]nger", rest, re.IGNORECASE):
                    pass
                elif len(rest) <= 3:
                    continue
                elif labelled:
                    return Value(rest, cell.text, cell.boxes)
                else:
                    continue  # "Customer No.", "Client ID": another field's label
            beside = _name_beside(line, position)
            if beside is not None:
                return beside
            found = _name_below(lines, index, cell)
            if found is None:
                found = _name_above(lines, index, cell)
            if found is not None:
                return found
    return None


def _name_beside(line: Line, position: int) -> Value | None:
    """ "Customer:   ACME Ltd" - the party in the next cell of the header's line."""
    if position + 1 >= len(line.cells):
        return None
    header, cell = line.cells[position], line.cells[position + 1]
    text = cell.text.strip()
    if cell.x0 - header.x1 > 200 or text.endswith(":") or LABEL_VALUE_LINE.match(text):
        return None
    if SELLER_SECTION.match(text) or BUYER_SECTION.match(text) or len(text) < 3:
        return None
    return Value(text, text, cell.boxes)


def _name_above(lines: list[Line], index: int, header: Cell) -> Value | None:
    """A section label printed under its block: the party is the block's first line."""
    line = lines[index]
    top: Cell | None = None
    previous_y0 = line.y0
    for above in reversed(lines[max(index - 8, 0) : index]):
        cells = [c for c in above.cells if abs(c.x0 - header.x0) < 6]
        if above.page != line.page or not cells or previous_y0 - above.y1 > 1.2 * above.height:
            break
        top, previous_y0 = cells[0], above.y0
    if top is None or top.text.rstrip().endswith(":"):
        return None
    return Value(top.text, top.text, top.boxes)


_SALUTATION = re.compile(
    r"^(?:herrn?|frau|firma|mr\.?|mrs\.?|ms\.?|m\.|mme|sr\.?|sra\.?|sig\.?)$", re.IGNORECASE
)


def _run_of_cells(cells: list[Cell]) -> str:
    """The first cells of a row up to a wide gap or another label (two-column headers)."""
    parts = [cells[0].text]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > 40 or cell.text.rstrip().endswith(":"):
            break
        parts.append(cell.text)
    return " ".join(parts).strip()


def _name_below(lines: list[Line], index: int, header: Cell) -> Value | None:
    """The party name under a section header: a "Name:" row, else the first unlabelled row."""
    line = lines[index]
    previous_y1 = line.y1
    for offset, below in enumerate(lines[index + 1 : index + 7], start=index + 1):
        # The block must run on from the header: a wide gap means the section is over.
        if below.page != line.page or below.y0 - previous_y1 > 3 * line.height:
            break
        previous_y1 = below.y1
        cells = [c for c in below.cells if header.x0 - 12 <= c.x0 <= header.x0 + 260]
        if not cells:
            continue
        first = cells[0]
        row_text = " ".join(c.text for c in cells)
        name = NAME_LABEL.match(row_text)
        if name:
            rest = row_text[name.end() :].strip()
            if rest:
                return _continued_name(lines, offset, first, rest)
            continue
        if first.text.rstrip().endswith(":") or LABEL_VALUE_LINE.match(row_text):
            continue
        return _continued_name(lines, offset, first, _run_of_cells(cells))
    return None


def _continued_name(lines: list[Line], index: int, cell: Cell, text: str) -> Value:
    """Add the next line to a salutation, or to a name whose legal form is on that line."""
    boxes = list(cell.boxes)
    if index + 1 < len(lines):
        below = lines[index + 1]
        cells = [c for c in below.cells if abs(c.x0 - cell.x0) < 6]
        same_page = (
            below.page == lines[index].page and below.y0 - lines[index].y1 < 1.5 * below.height
        )
        if cells and same_page:
            following = cells[0].text
            plain = not any(ch.isdigit() for ch in following) and not following.rstrip().endswith(
                ":"
            )
            wanted = _SALUTATION.match(text) or (
                not LEGAL_FORM.search(text) and LEGAL_FORM.search(following)
            )
            if plain and wanted and not LABEL_VALUE_LINE.match(following):
                text = f"{text} {following}"
                boxes.extend(cells[0].boxes)
    return Value(text, text, tuple(boxes))
