"""Several invoices in one PDF: split pages where a new invoice starts."""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.fields import find_candidates
from facturist.engine.layout import Line

_PAGE_OF = re.compile(
    r"\b(?:seite|page|pagina|página|pag\.?|strona|blad|p\.)\s*(\d+)\s*(?:/|von|of|de|di|z|van|sur)\s*(\d+)\b",
    re.IGNORECASE,
)


# A page number on a line of its own, with no count of pages: "Page 2", "Seite 3".
_BARE_PAGE = re.compile(
    r"^\W*(?:seite|page|pagina|página|pag\.?|strona|blad|side|sida|sivu)\s*(\d+)\W*$", re.IGNORECASE
)


def _page_marker(lines: list[Line]) -> tuple[int, int] | None:
    for line in lines:
        match = _PAGE_OF.search(line.text)
        if match:
            return int(match.group(1)), int(match.group(2))
    return None


def _numbered_on(lines: list[Line]) -> bool:
    """Whether a line or a cell of its own numbers the page past the first ("Page 2" under a
    viewer's payment instructions, "RE-24-08817 | erzeugt mit ... | Seite 3" in a viewer's
    footer): a page of the document before it, however few figures it holds."""
    for line in lines:
        for text in (line.text, *(c.text for c in line.cells)):
            match = _BARE_PAGE.match(text)
            if match and int(match.group(1)) > 1:
                return True
    return False


def _invoice_number(candidates: list[Candidate]) -> str | None:
    return _best(candidates, "invoice_number")


def _best(candidates: list[Candidate], key: str) -> str | None:
    """The best-ranked value of `key` among a page's candidates, as text."""
    best = None
    for candidate in candidates:
        if candidate.key == key and (best is None or candidate.rank < best.rank):
            best = candidate
    return str(best.value.value) if best is not None else None


def _own_header(found: list[Candidate], first: list[Candidate]) -> bool:
    """A page that repeats an invoice header with another seller VAT ID or another invoice
    date than the invoice's first page: a marketplace prints one order as one invoice per
    seller, and its "Seite 2 von 2" counts the print's pages, not one invoice's."""
    for key in ("seller_vat_id", "invoice_date"):
        own, before = _best(found, key), _best(first, key)
        if own is not None and before is not None and own != before:
            return True
    return False


_DECIMAL_AMOUNT = re.compile(r"\d[.,]\d{2}(?!\d)")


def _is_other_page(lines: list[Line], number: str | None) -> bool:
    """Terms, cover letters and the like: no invoice number and no amount with decimals."""
    if number is not None:
        return False
    marker = _page_marker(lines)
    if marker is not None and marker[0] > 1:
        return False  # "page 2 of 3" belongs to the invoice before it
    if _numbered_on(lines):
        return False
    return not any(_DECIMAL_AMOUNT.search(line.text) for line in lines)


def split_invoices(
    pages: list[tuple[int, list[Line]]], candidates: dict[int, list[Candidate]] | None = None
) -> list[list[tuple[int, list[Line]]]]:
    """Group consecutive pages into invoices using "page 1 of n" markers and invoice numbers.

    `candidates` holds each page's labelled values when the caller has them already.
    """
    if len(pages) <= 1:
        return [pages] if pages else []
    groups: list[list[tuple[int, list[Line]]]] = []
    current_number: str | None = None
    current_head: list[Candidate] = []
    after_other = False
    for page, lines in pages:
        marker = _page_marker(lines)
        found = candidates.get(page) if candidates is not None else None
        found = found if found is not None else find_candidates(lines)
        number = _invoice_number(found)
        if _is_other_page(lines, number):
            # A page of its own: analyse() finds no invoice fields in it, so it gives no row.
            groups.append([(page, lines)])
            after_other = True
            continue
        starts_new = after_other
        after_other = False
        if groups and not starts_new:
            if marker is not None and marker[0] == 1:
                starts_new = True
            elif marker is not None and marker[0] > 1:
                # A page of the print with its own invoice number and seller or date is the
                # next invoice; one repeating the number (or printing none) continues it.
                starts_new = bool(
                    number
                    and current_number
                    and number != current_number
                    and _own_header(found, current_head)
                )
            elif number and current_number and number != current_number:
                starts_new = True
        if not groups or starts_new:
            groups.append([])
            current_number = number
            current_head = found
        elif number and not current_number:
            current_number = number
        groups[-1].append((page, lines))
    return groups
