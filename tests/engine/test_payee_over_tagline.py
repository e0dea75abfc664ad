"""A freelancer's letterhead set flush right: the name, a tagline, then the street. The line
heading the street is the tagline when the payment details name the line above it as the
account's holder."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" ends at x.
Text = tuple[float, float, str, float]


def _seller(texts: list[Text]) -> str | None:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, "Times-Roman")).texts[0])
    seller, _buyer = party_names(lines)
    return None if seller is None else str(seller.value)


def _page(top: str, second: str, holder: str) -> list[Text]:
    return [
        (60, 70, "INVOICE", 30),
        (535, 58, f">{top}", 9),
        (535, 71, f">{second}", 9),
        (535, 84, ">Flat 3, 27 Cotham Hill", 9),
        (535, 97, ">Bristol BS6 6LA", 9),
        (60, 162, "Invoice to:", 9),
        (380, 162, "Invoice No:", 9),
        (460, 162, "TB-2025-007", 9),
        (60, 177, "Kestrel Books Ltd", 9),
        (380, 177, "Date:", 9),
        (460, 177, "7th April 2025", 9),
        (60, 191, "4 Narrow Quay", 9),
        (60, 205, "Bristol BS1 4QA", 9),
        (63, 258, "Description", 9),
        (380, 258, "Qty", 9),
        (535, 258, ">Total", 9),
        (63, 280, "Cover artwork", 9),
        (380, 280, "1", 9),
        (535, 280, ">£400.00", 9),
        (400, 330, "TOTAL DUE", 9),
        (535, 330, ">£400.00", 9),
        (60, 420, "Payment details", 9),
        (60, 436, f"Account name: {holder}", 9),
        (60, 450, "IBAN: GB33 BARC 2045 7753 1864 20", 9),
    ]


def test_the_account_holder_names_the_line_over_the_tagline() -> None:
    page = _page("Tomas Brennan", "Illustration & Design", "T Brennan")
    assert _seller(page) == "Tomas Brennan"


def test_a_tagline_over_the_holders_name_is_no_name() -> None:
    """ "Global Wholesaler" over "Azure Interior" and its street: the payee heads the street."""
    page = _page("Global Wholesaler", "Azure Interior", "Azure Interior")
    assert _seller(page) == "Azure Interior"
