"""Totals captions: tax lines summed, tax bases, discounts, prose, cash discounts and
payments still due after advance payments (engine/totals.py, labels.py, amountcaptions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.amountcaptions import PROSE_RANK, caption_rank, in_iban
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates
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
    # No tax named anywhere: the whole total is net (not total less a "tax" of 312.00).
    assert fields["net_amount"] == pytest.approx(2898.75)
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


def test_income_tax_withheld_leaves_the_vat_as_the_tax() -> None:
    # A Spanish freelancer: IRPF withheld after the IVA, the total printed after it.
    fields = _amounts(
        [
            (340, 300, "Base imponible"),
            (480, 300, "1.500,00 €"),
            (340, 314, "IVA (21%)"),
            (480, 314, "315,00 €"),
            (340, 328, "Retención IRPF (-15%)"),
            (480, 328, "-225,00 €"),
            (340, 342, "TOTAL FACTURA"),
            (480, 342, "1.590,00 €"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(1500.0),
        "tax_amount": pytest.approx(315.0),
        "total_amount": pytest.approx(1590.0),
        "amount_due": pytest.approx(1590.0),
    }


def test_withholding_after_the_total_is_not_due() -> None:
    fields = _amounts(
        [
            (340, 300, "Imponibile"),
            (480, 300, "1.000,00"),
            (340, 314, "IVA 22%"),
            (480, 314, "220,00"),
            (340, 328, "Totale documento"),
            (480, 328, "1.220,00"),
            (340, 342, "Ritenuta d'acconto 20%"),
            (480, 342, "-200,00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(1220.0)
    assert fields["amount_due"] == pytest.approx(1020.0)


def test_tax_included_in_the_prices_leaves_the_net_to_work_out() -> None:
    # A web shop's order: the subtotal is gross, the VAT only "included" in it.
    fields = _amounts(
        [
            (400, 300, "Subtotal price:"),
            (500, 300, "£121.50"),
            (400, 314, "Order discount (SPRING15):"),
            (500, 314, "-£18.23"),
            (400, 328, "Shipping:"),
            (500, 328, "£3.95"),
            (400, 342, "VAT 20% (included):"),
            (500, 342, "£17.87"),
            (400, 356, "Total price:"),
            (500, 356, "£107.22"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(89.35)
    assert fields["tax_amount"] == pytest.approx(17.87)
    assert fields["total_amount"] == pytest.approx(107.22)


def test_per_rate_vat_lines_add_up_to_the_amount_due() -> None:
    # Fiken: VAT only per rate, and no total caption but "Å betale".
    fields = _amounts(
        [
            (430, 300, "Netto"),
            (500, 300, "54 720,00"),
            (350, 314, "MVA 15 % av 36 050,00"),
            (500, 314, "5 407,50"),
            (350, 328, "MVA 25 % av 18 670,00"),
            (500, 328, "4 667,50"),
            (390, 342, "Å betale NOK"),
            (500, 342, "64 795,00"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(54720.0),
        "tax_amount": pytest.approx(10075.0),
        "total_amount": pytest.approx(64795.0),
        "amount_due": pytest.approx(64795.0),
    }


def test_a_zero_net_carries_no_tax() -> None:
    # Primavera: "Descontos Financeiros 0,00" ends the caption row of the VAT summary.
    fields = _amounts(
        [
            (40, 300, "Quadro Resumo de Impostos"),
            (400, 300, "Mercadoria"),
            (520, 300, "21.513,77"),
            (130, 314, "Taxa"),
            (190, 314, "Incidência"),
            (280, 314, "Valor"),
            (400, 314, "Descontos Financeiros"),
            (540, 314, "0,00"),
            (100, 328, "IVA 23,00%"),
            (190, 328, "21.513,77"),
            (270, 328, "4.948,17"),
            (400, 328, "IVA"),
            (525, 328, "4.948,17"),
            (400, 350, "Total (EUR)"),
            (510, 350, "26.461,94"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(21513.77)
    assert fields["tax_amount"] == pytest.approx(4948.17)


def test_rate_columns_breakdown_titles_and_payment_terms_are_no_captions() -> None:
    rate = _line("%IVA")
    assert caption_rank("tax_amount", rate, 1, 4, 0) is None
    title = _line("Quadro", "resumo", "do", "IVA")
    start = title.text.index("IVA")
    assert caption_rank("tax_amount", title, start, start + 3, 0) is None
    terms = _line("14", "pv", "netto")
    assert caption_rank("net_amount", terms, 6, 11, 1) is None
    assert caption_rank("tax_amount", _line("IVA", "(21%)"), 0, 3, 0) == 0


def test_rate_lines_over_base_and_tax_add_up_without_a_net() -> None:
    # Each VAT line prints its rate, its base, then its tax; no net line is printed.
    fields = _amounts(
        [
            (300, 300, "IVA 23,00%"),
            (400, 300, "1.000,00"),
            (480, 300, "230,00"),
            (300, 314, "IVA 6,00%"),
            (400, 314, "500,00"),
            (480, 314, "30,00"),
            (300, 334, "Total (EUR)"),
            (480, 334, "1.760,00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1500.0)
    assert fields["tax_amount"] == pytest.approx(260.0)
    assert fields["total_amount"] == pytest.approx(1760.0)


def test_bases_and_taxes_per_rate_add_up_to_the_total() -> None:
    # Czech: a base and a tax line per rate, then only the sum due.
    fields = _amounts(
        [
            (380, 300, "Základ DPH 21 %"),
            (480, 300, "10 000,00 Kc"),
            (380, 314, "DPH 21 %"),
            (480, 314, "2 100,00 Kc"),
            (380, 328, "Základ DPH 12 %"),
            (480, 328, "1 000,00 Kc"),
            (380, 342, "DPH 12 %"),
            (480, 342, "120,00 Kc"),
            (346, 362, "Celkem k uhrade"),
            (480, 362, "13 220,00 Kc"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(11000.0)
    assert fields["tax_amount"] == pytest.approx(2220.0)
    assert fields["total_amount"] == pytest.approx(13220.0)


def test_rounding_marked_minus_in_brackets() -> None:
    # Tally: "(-)" before the figure is a minus; the total is rounded after the tax.
    fields = _amounts(
        [
            (300, 280, "Taxable Value"),
            (480, 280, "1,000.00"),
            (300, 294, "CGST@ 9%"),
            (480, 294, "90.00"),
            (300, 308, "SGST@ 9%"),
            (480, 308, "90.00"),
            (300, 322, "Round Off"),
            (480, 322, "(-)0.40"),
            (300, 340, "Total"),
            (480, 340, "1,179.60"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1000.0)
    assert fields["tax_amount"] == pytest.approx(180.0)
    assert fields["total_amount"] == pytest.approx(1179.60)


def test_insurance_net_premium_and_premium_due() -> None:
    # A motor insurer's premium bill: "Nettobeitrag", the insurance tax, and what is due.
    fields = _amounts(
        [
            (250, 300, "Nettobeitrag"),
            (516, 300, "567,10 €"),
            (250, 314, "Versicherungsteuer 19 %"),
            (516, 314, "107,75 €"),
            (250, 328, "Zu zahlender Jahresbeitrag"),
            (516, 328, "674,85 €"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(567.10),
        "tax_amount": pytest.approx(107.75),
        "total_amount": pytest.approx(674.85),
        "amount_due": pytest.approx(674.85),
    }


def test_tax_read_past_its_rate_cell() -> None:
    # "MwSt. | 19% | 19,00 €": the rate in a cell of its own between the caption and the tax.
    fields = _amounts(
        [
            (250, 300, "Nettobetrag"),
            (516, 300, "100,00 €"),
            (250, 314, "MwSt."),
            (420, 314, "19%"),
            (516, 314, "19,00 €"),
            (250, 328, "Zu zahlen"),
            (516, 328, "119,00 €"),
        ]
    )
    assert fields["tax_amount"] == pytest.approx(19.0)


def test_net_caption_heading_an_item_column_reads_no_total() -> None:
    # "Sparte | Nettobeitrag jährlich" heads one premium per line: the first is no net.
    page = [
        *_HEAD,
        (50, 240, "Sparte"),
        (430, 240, "Nettobeitrag jährlich"),
        (50, 256, "Kfz-Haftpflichtversicherung"),
        (500, 256, "241,80 €"),
        (50, 270, "Vollkasko"),
        (500, 270, "312,44 €"),
        (250, 296, "Nettobeitrag"),
        (500, 296, "554,24 €"),
    ]
    read = read_for_canonical(make_invoice_pdf([page]))
    lines = [line for text in read.texts for line in build_lines(text)]
    nets = [c.value.value for c in find_candidates(lines) if c.key == "net_amount"]
    assert nets == [pytest.approx(554.24)]


def test_only_the_tax_and_the_sum_due_printed() -> None:
    # A bare "Beitrag" names no net: the sum due is the total, and holds the tax.
    fields = _amounts(
        [
            (250, 300, "Beitrag"),
            (516, 300, "567,10 €"),
            (250, 314, "Versicherungsteuer 19 %"),
            (516, 314, "107,75 €"),
            (250, 328, "Zu zahlender Beitrag"),
            (516, 328, "674,85 €"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(567.10)
    assert fields["total_amount"] == pytest.approx(674.85)


def test_bill_total_to_pay_holds_the_previous_balance() -> None:
    # A broadband bill: the arrears carried over are due, but this bill's total is its charges.
    fields = _amounts(
        [
            (300, 280, "Balance brought forward"),
            (500, 280, "£22.40"),
            (300, 294, "New charges this month"),
            (500, 294, "£49.74"),
            (300, 308, "Total to pay"),
            (500, 308, "£72.14"),
            (300, 340, "Total new charges excluding VAT"),
            (500, 340, "£41.45"),
            (300, 354, "VAT at 20%"),
            (500, 354, "£8.29"),
            (300, 368, "New charges including VAT"),
            (500, 368, "£49.74"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(41.45),
        "tax_amount": pytest.approx(8.29),
        "total_amount": pytest.approx(49.74),
        "amount_due": pytest.approx(72.14),
    }


@pytest.mark.parametrize(
    ("statement", "due"),
    [
        ("Cette facture est acquittée. Conservez-la pour votre note de frais.", 0.0),
        ("This invoice has been paid in full. Thank you.", 0.0),
        ("Invoices are to be paid in full within 30 days.", 235.50),
        ("Goods remain our property until paid in full.", 235.50),
    ],
)
def test_a_paid_in_full_statement_leaves_nothing_due(statement: str, due: float) -> None:
    fields = _amounts(
        [
            (330, 300, "Montant HT"),
            (510, 300, "214,09 €"),
            (330, 314, "TVA 10 %"),
            (510, 314, "21,41 €"),
            (330, 328, "Montant total TTC"),
            (510, 328, "235,50 €"),
            (330, 342, "Payé par carte bancaire le 18/02/2025"),
            (510, 342, "235,50 €"),
            (40, 380, statement),
        ]
    )
    assert fields["total_amount"] == pytest.approx(235.50)
    assert fields["amount_due"] == pytest.approx(due)


def test_a_tickets_passenger_tax_is_no_vat() -> None:
    # An airline ticket exempt from VAT: its levies are charges of the fare, no VAT, and with
    # no VAT printed there is no net either.
    fields = _amounts(
        [
            (50, 280, "Air fare"),
            (480, 280, "186.00 EUR"),
            (50, 296, "Taxes, fees and charges"),
            (65, 312, "DE Airport security charge"),
            (485, 312, "9.28 EUR"),
            (65, 326, "OY German air passenger tax"),
            (480, 326, "15.53 EUR"),
            (330, 346, "Total amount"),
            (480, 346, "210.81 EUR"),
        ]
    )
    assert fields["tax_amount"] is None
    assert fields["net_amount"] is None
    assert fields["total_amount"] == pytest.approx(210.81)


def test_federal_retentions_leave_the_service_tax_and_the_sum_due() -> None:
    # A Brazilian NFS-e: four federal taxes withheld, each over its figure, then the ISS
    # (the service tax) and the "Valor Líquido" left to pay after the retentions.
    fields = _amounts(
        [
            (150, 280, "VALOR TOTAL DO SERVIÇO = R$ 13.460,00"),
            (40, 300, "IRRF (R$)"),
            (150, 300, "CSLL (R$)"),
            (260, 300, "COFINS (R$)"),
            (380, 300, "PIS/PASEP (R$)"),
            (40, 314, "201,90"),
            (150, 314, "134,60"),
            (260, 314, "403,80"),
            (380, 314, "87,49"),
            (40, 340, "Base de Cálculo (R$)"),
            (200, 340, "Valor do ISS (R$)"),
            (380, 340, "Valor Líquido (R$)"),
            (40, 354, "13.460,00"),
            (200, 354, "390,34"),
            (380, 354, "12.632,21"),
        ]
    )
    assert fields["tax_amount"] == pytest.approx(390.34)
    assert fields["total_amount"] == pytest.approx(13460.00)
    assert fields["amount_due"] == pytest.approx(12632.21)


def test_a_retention_equal_to_the_vat_leaves_the_base_as_the_net() -> None:
    # Portugal: IRS withheld at 23 %, the VAT's rate: the base is still the net, what is
    # left after the retention is due.
    fields = _amounts(
        [
            (340, 300, "Valor líquido"),
            (480, 300, "1.000,00"),
            (340, 314, "IVA 23%"),
            (480, 314, "230,00"),
            (340, 328, "Total"),
            (480, 328, "1.230,00"),
            (340, 342, "Retenção IRS 23%"),
            (480, 342, "-230,00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1000.0)
    assert fields["tax_amount"] == pytest.approx(230.0)
    assert fields["amount_due"] == pytest.approx(1000.0)
