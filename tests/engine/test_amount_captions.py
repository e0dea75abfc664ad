"""Totals captions: tax lines summed, tax bases, discounts, prose, cash discounts and
payments still due after advance payments (engine/totals.py, labels.py, amountcaptions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.amountcaptions import PROSE_RANK, caption_rank, in_iban
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (50, 74, "Hafenstrasse 3, 20457 Hamburg"),
    (350, 120, "Rechnung Nr. 2024-117"),
    (350, 134, "Datum: 05.03.2024"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    return {key: fields.get(key) for key in ("net_amount", "tax_amount", "total_amount")} | {
        "amount_due": fields.get("amount_due")
    }


def test_taxable_value_is_the_net_and_the_tax_lines_add_up() -> None:
    # An Indian GST invoice: central and state tax on separate lines, both owed.
    fields = _amounts(
        [
            (330, 300, "Total Taxable Value"),
            (480, 300, "Rs. 1,18,600.00"),
            (330, 314, "CGST"),
            (480, 314, "Rs. 7,320.00"),
            (330, 328, "SGST"),
            (480, 328, "Rs. 7,320.00"),
            (330, 350, "Grand Total Rs. 1,33,240.00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(118600.0)
    assert fields["tax_amount"] == pytest.approx(14640.0)
    assert fields["total_amount"] == pytest.approx(133240.0)


def test_shop_total_of_costs_under_two_tax_rates() -> None:
    # Shop software right-aligns its captions next to the figures.
    fields = _amounts(
        [
            (360, 300, "Gesamtkosten Netto:"),
            (480, 300, "147,75 EUR"),
            (375, 314, "zzgl. 7% MwSt:"),
            (480, 314, "7,83 EUR"),
            (370, 328, "zzgl. 19% MwSt:"),
            (480, 328, "6,82 EUR"),
            (390, 342, "Gesamtkosten:"),
            (480, 342, "162,40 EUR"),
        ]
    )
    assert fields["tax_amount"] == pytest.approx(14.65)
    assert fields["total_amount"] == pytest.approx(162.40)
    assert fields["amount_due"] == pytest.approx(162.40)


def test_portuguese_totals_net_after_discounts() -> None:
    fields = _amounts(
        [
            (330, 300, "Total Ilíquido"),
            (480, 300, "453,60"),
            (330, 314, "Desc. Financeiro"),
            (480, 314, "9,25"),
            (330, 328, "Total Líquido"),
            (480, 328, "444,35"),
            (330, 342, "Total IVA"),
            (480, 342, "79,83"),
            (330, 356, "Total (EUR)"),
            (480, 356, "524,18"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(444.35)
    assert fields["tax_amount"] == pytest.approx(79.83)
    assert fields["total_amount"] == pytest.approx(524.18)


def test_discounts_in_the_plural_reduce_the_tax_base() -> None:
    fields = _amounts(
        [
            (330, 300, "Total Ilíquido"),
            (480, 300, "453,60"),
            (330, 314, "Descontos"),
            (480, 314, "9,25"),
            (330, 328, "Total IVA"),
            (480, 328, "79,83"),
            (330, 342, "Total (EUR)"),
            (480, 342, "524,18"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(444.35)
    assert fields["tax_amount"] == pytest.approx(79.83)


def test_letter_invoice_net_in_brackets_and_tax_spelled_out() -> None:
    # No total printed: net and tax must each be read from their own caption.
    fields = _amounts(
        [
            (50, 300, "Pauschalhonorar lt. Angebot (netto)"),
            (450, 300, "EUR 12.400,00"),
            (50, 314, "zuzüglich 20 % USt."),
            (450, 314, "EUR 2.480,00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(12400.0)
    assert fields["tax_amount"] == pytest.approx(2480.0)


def test_amount_due_is_not_a_group_of_the_iban_in_a_sentence() -> None:
    fields = _amounts(
        [
            (330, 300, "Totaal excl. BTW"),
            (480, 300, "626,00"),
            (330, 314, "Totaal BTW"),
            (480, 314, "118,11"),
            (330, 328, "Te betalen"),
            (480, 328, "EUR 744,11"),
            (50, 360, "Gelieve het totaalbedrag te betalen voor 21/07/2024 op rekening"),
            (50, 374, "Betaling: BE35 7370 4512 3837 (BIC GKCCBEBB)"),
            (50, 400, "Gelieve het totaalbedrag te betalen op rekening BE35 7370 4512 3837"),
        ]
    )
    assert fields["amount_due"] == pytest.approx(744.11)
    assert fields["total_amount"] == pytest.approx(744.11)


def test_sum_after_optional_cash_discount_is_not_the_amount_due() -> None:
    fields = _amounts(
        [
            (330, 300, "Nettobetrag"),
            (480, 300, "2.131,50"),
            (330, 314, "MwSt. 19 %"),
            (480, 314, "404,99"),
            (330, 328, "Gesamtbetrag"),
            (480, 328, "2.536,49"),
            (50, 360, "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto"),
            (50, 374, "(Skontobetrag 50,73 EUR, zu zahlen 2.485,76 EUR) oder ohne Abzug."),
        ]
    )
    assert fields["amount_due"] == pytest.approx(2536.49)


def test_additional_payment_after_advance_payments_is_due() -> None:
    fields = _amounts(
        [
            (300, 300, "Nettobetrag"),
            (480, 300, "1.288,63"),
            (300, 314, "Umsatzsteuer 19 %"),
            (480, 314, "244,84"),
            (300, 328, "Gesamtbetrag brutto"),
            (480, 328, "1.533,47"),
            (300, 342, "abzüglich Abschläge"),
            (480, 342, "-1.320,00"),
            (300, 356, "Nachzahlung"),
            (480, 356, "213,47"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(1533.47)
    assert fields["amount_due"] == pytest.approx(213.47)


def _line(*texts: str) -> Any:
    words, x = [], 50.0
    for text in texts:
        width = 6.0 * len(text)
        words.append(Word(text, Box(1, x, 100, x + width, 110)))
        x += width + 3.0
    return build_lines(PageText(1, 595, 842, words))[0]


def test_caption_in_prose_ranks_after_a_totals_caption() -> None:
    prose = _line("Gelieve", "het", "totaalbedrag", "te", "betalen", "voor", "21/07/2024")
    start = prose.text.index("te betalen")
    assert caption_rank("amount_due", prose, start, start + 10, 0) == PROSE_RANK
    boxed = _line("Te", "betalen:", "744,11")
    assert caption_rank("amount_due", boxed, 0, 10, 0) == 0


def test_iban_groups_are_never_amounts() -> None:
    def words(text: str) -> list[Word]:
        return [Word(token, Box(1, 0, 0, 1, 1)) for token in text.split(" ")]

    assert all(in_iban(words("op rekening BE35 7370 4512 3837"), i) for i in (3, 4, 5))
    assert not in_iban(words("Totaal EUR 3837"), 2)


def test_tax_word_in_an_item_description_is_no_tax() -> None:
    # A law firm's disbursements: "tax" names what was searched, and no tax is printed.
    fields = _amounts(
        [
            (50, 280, "03/06/25"),
            (110, 280, "UCC, tax lien and judgment searches - CT & NY"),
            (480, 280, "312.00"),
            (50, 294, "03/14/25"),
            (110, 294, "Online research charges"),
            (480, 294, "186.75"),
            (330, 320, "Total Disbursements"),
            (480, 320, "$498.75"),
            (330, 340, "Total Fees"),
            (480, 340, "$2,400.00"),
            (330, 360, "Total Current Charges"),
            (480, 360, "$2,898.75"),
        ]
    )
    assert fields["tax_amount"] is None
    assert fields["net_amount"] is None
    assert fields["total_amount"] == pytest.approx(2898.75)


def test_description_with_a_tax_word_ranks_after_a_tax_caption() -> None:
    item = _line("UCC,", "tax", "lien", "and", "judgment", "searches")
    start = item.text.index("tax")
    assert caption_rank("tax_amount", item, start, start + 3, 1) == 1 + PROSE_RANK
    caption = _line("Sales", "tax", "8.25", "%")
    start = caption.text.index("tax")
    assert caption_rank("tax_amount", caption, start, start + 3, 1) == 1


def test_fare_breakdown_yields_to_the_totals_box() -> None:
    # An airline receipt: the first row of the per-passenger breakdown is one tax of several;
    # the box beside it prints the fare, all taxes and the amount charged.
    fields = _amounts(
        [
            (50, 300, "Taxes, fees and charges per passenger"),
            (330, 300, "Total base fare"),
            (500, 300, "USD 824.00"),
            (60, 314, "US Transportation Tax (US)"),
            (220, 314, "USD 30.90"),
            (330, 318, "Total taxes, fees and charges"),
            (500, 318, "USD 123.00"),
            (60, 328, "US Flight Segment Tax (ZP)"),
            (220, 328, "USD 10.40"),
            (330, 342, "Total amount charged"),
            (500, 342, "USD 947.00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(824.0)
    assert fields["tax_amount"] == pytest.approx(123.0)
    assert fields["total_amount"] == pytest.approx(947.0)
