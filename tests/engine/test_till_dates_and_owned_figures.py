"""Till dates and figures owned by their own caption.

Conventions:
- A hotel or restaurant till (Micros-style F&B point of sale) prints the bill's date as day,
  month abbreviation and two-digit year run together with an apostrophe for the century:
  "11SEP'17 20:31", "3JAN'18", also spaced "11 SEP '17". Inside a code ("A11SEP'17") it is
  no date.
- In a viewer's item block of caption | value rows, a tax caption followed only by its rate
  ("VAT | 20 %") has no figure; the figure on the next row belongs to that row's own caption
  ("Line amount | 3494.00"), never to the caption above.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.ownnumber import title_number
from facturist.engine.parse.dates import find_dates, parse_date
from facturist.engine.receipt_dates import find_date
from facturist.engine.receipts import receipt_fields

from .conftest import header_values, spaced_lines
from .receipts.pages import rows_page
from .receipts.test_receipts import receipt_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AINA 11SEP'17 20:31", date(2017, 9, 11)),
        ("CHK 118 3JAN'18 13:02", date(2018, 1, 3)),
        ("11 SEP '17", date(2017, 9, 11)),
        ("05DEC\u201919 09:15", date(2019, 12, 5)),
    ],
)
def test_till_dates_with_an_apostrophe_year(text: str, expected: date) -> None:
    assert find_date(text) == expected
    assert [found.value for found, _, _ in find_dates(text)] == [expected]


def test_a_till_date_alone_parses() -> None:
    parsed = parse_date("11SEP'17")
    assert parsed is not None and parsed.value == date(2017, 9, 11)


@pytest.mark.parametrize("text", ["REF A11SEP'17", "LOT XA3JAN'18 B"])
def test_a_till_date_inside_a_code_is_none(text: str) -> None:
    assert find_date(text) is None
    assert find_dates(text) == []


def test_a_hotel_till_bill_dates_by_its_apostrophe_date() -> None:
    rows = receipt_rows(random.Random(3), "TOTAL", "10.95")
    rows[8] = "AINA || 11SEP'17 20:31"  # no "Date" caption, the server's name before it
    fields = receipt_fields(build_lines(rows_page(rows)))
    assert fields["invoice_date"].value == date(2017, 9, 11)


def test_a_rate_only_tax_row_takes_no_figure_from_the_row_below() -> None:
    lines = spaced_lines(
        [
            (37, 284, "Quantity"),
            (105, 284, "40 C62"),
            (37, 295, "Net price"),
            (105, 295, "87.35"),
            (37, 306, "VAT"),
            (105, 306, "20 %"),
            (37, 317, "Line amount"),
            (105, 317, "3494.00"),
        ]
    )
    taxes = [c.value.value for c in find_candidates(lines) if c.key == "tax_amount"]
    assert 3494.0 not in taxes


def test_a_number_caption_beside_a_lowercase_tagline_is_no_prose() -> None:
    """A letterhead's tagline in the left column ends in a lowercase word; the title's
    "Facture n°" in its own column is still a caption, outranking a licence number."""
    values = header_values(
        [
            (57, 81, "Solutions de mesure industrielle"),
            (340, 81, "Facture n° LM-2024/0217"),
            (340, 95, "Date de facture : 22.05.2024"),
            (60, 790, "Autorisation d'établissement n° 10087654/0"),
        ]
    )
    assert values["invoice_number"] == "LM-2024/0217"


def test_the_account_for_the_billed_currency_is_the_payee_iban() -> None:
    """A seller with an account per currency: a pound invoice is paid into the GBP one."""
    values = header_values(
        [
            (60, 100, "Invoice No: HF-10482"),
            (370, 430, "Subtotal"),
            (450, 430, "£2,152.00"),
            (370, 444, "VAT @ 20%"),
            (450, 444, "£430.40"),
            (370, 458, "Total GBP"),
            (450, 458, "£2,582.40"),
            (57, 512, "EUR payments:"),
            (122, 512, "IBAN GB61 BUKB 2020 1573 9104 58"),
            (300, 512, "BIC BUKBGB22"),
            (57, 523, "GBP payments: Sort code 20-20-15"),
            (250, 523, "Account 43817265"),
            (122, 534, "IBAN GB40 BUKB 2020 1543 8172 65"),
        ]
    )
    assert values["currency"] == "GBP"
    assert values["iban"] == "GB40BUKB20201543817265"


def test_a_total_captioned_as_the_credit_makes_a_credit_note() -> None:
    """A "Rechnungskorrektur" whose total is the "Gutschriftsbetrag" refunds: a credit note;
    a credit row among the items ("Gutschrift Treuebonus") does not make one."""
    page = [
        (71, 241, "Rechnungskorrektur Nr. RK-24-0031"),
        (80, 348, "1"),
        (100, 348, "LED-Panel 62 x 62 cm"),
        (450, 348, "-194,00"),
        (312, 426, "Summe netto"),
        (420, 426, "-336,80 €"),
        (312, 458, "Gutschriftsbetrag"),
        (420, 458, "-400,79 €"),
    ]
    assert header_values(page)["document_type"] == "credit_note"
    page[-2:] = [(312, 458, "Gutschrift Treuebonus"), (450, 458, "-4,20 €")]
    assert header_values(page)["document_type"] == "invoice"


def test_a_polish_number_with_a_series_suffix_under_the_title() -> None:
    """ "FAKTURA" over "nr 118/03/2024/EXP"; a tagline's separator dots, set lower than its
    words, make a line of their own in another column between them."""

    def word(text: str, x: float, y: float, height: float) -> Word:
        return Word(text, Box(1, x, y, x + 6.0 * len(text), y + height))

    words = [
        word("TRANS-WIELKOPOLSKA", 40, 30, 12),
        word("FAKTURA", 490, 31.7, 10.4),
        word("·", 75, 51.6, 1.0),
        word("·", 179, 51.6, 1.0),
        word("spedycja", 40, 48.8, 7.7),
        word("transport", 80, 49.3, 7.2),
        word("magazyn", 183, 50.4, 6.1),
        word("nr", 456, 50.3, 5.6),
        word("118/03/2024/EXP", 470, 48.5, 8.3),
        word("Data", 40, 155, 8),
        word("wystawienia:", 70, 155, 8),
        word("29.03.2024", 160, 155, 8),
    ]
    lines = build_lines(PageText(1, 595, 842, words))
    assert title_number(lines) is not None
    assert header_fields(lines)["invoice_number"].value == "118/03/2024/EXP"


def test_a_czech_tax_document_title_signs_its_number_with_c() -> None:
    values = header_values(
        [
            (41, 30, "Faktura – daňový doklad"),
            (300, 30, "č. 2024010387"),
            (41, 165, "Datum vystavení:"),
            (150, 165, "08.02.2024"),
        ]
    )
    assert values["invoice_number"] == "2024010387"


def test_the_total_line_names_the_billed_currency_over_a_national_vat_recap() -> None:
    """A Czech invoice in euros restates its VAT in crowns; the total's currency is billed."""
    values = header_values(
        [
            (340, 342, "Celkem bez DPH"),
            (450, 342, "3 373,75 EUR"),
            (340, 356, "DPH 21 %"),
            (450, 356, "708,49 EUR"),
            (340, 368, "Celkem k úhradě"),
            (450, 368, "4 082,24 EUR"),
            (40, 391, "Rekapitulace DPH v CZK (kurz ČNB 25,245 CZK/EUR ke dni 31.01.2024):"),
            (40, 404, "Základ 21 %: 85 170,32 CZK"),
            (200, 404, "DPH 21 %: 17 885,83 CZK"),
            (360, 404, "Celkem: 103 056,15 CZK"),
        ]
    )
    assert values["total_amount"] == 4082.24
    assert values["currency"] == "EUR"
