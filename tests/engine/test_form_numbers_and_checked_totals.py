"""Numbers, IDs and amounts that the page's own arithmetic or layout confirms: an IBAN
printed after a code of the same shape, a total missing its thousands group, exemption
wordings other than § 19, an invoice book's pre-printed number sign far from its title, a
bill's account balance beside its charges, a round-off on the tax's line, and Canada's
business number after a bare tax caption."""

from __future__ import annotations

import pytest

from facturist.engine.parse.ids import find_ibans

from .conftest import header_values


def test_iban_after_a_code_of_its_shape_is_still_found() -> None:
    # A footer's "EORI DE4471029" column runs into the unlabelled IBAN column.
    text = "Am Güterbahnhof 3-5 EORI DE4471029 DE67 2240 5651 6168 1738 08"
    assert find_ibans(text) == ["DE67224056516168173808"]


@pytest.mark.parametrize(
    "note",
    [
        "Ärztliche Leistungen sind gemäß § 4 Nr. 14 a UStG von der Umsatzsteuer befreit.",
        "Steuerfrei nach § 4 Nr. 12 UStG.",
        "Exonéré de TVA, article 261-4 du CGI.",
        "This supply is outside the scope of VAT.",
    ],
)
def test_exempt_supply_wording_makes_the_tax_zero(note: str) -> None:
    values = header_values(
        [
            (50, 50, "Praxis Dr. Weber"),
            (50, 64, "Lindenallee 4, 60325 Frankfurt"),
            (350, 120, "Rechnungsnummer: 2017-0113"),
            (350, 134, "Datum: 14.01.2017"),
            (300, 300, "Rechnungsbetrag 194,38 EUR"),
            (50, 340, note),
        ]
    )
    assert values["total_amount"] == 194.38
    assert values["tax_amount"] == 0.0
    assert values["net_amount"] == 194.38


def test_total_missing_its_thousands_group_is_restored_from_net_and_tax() -> None:
    # A fax streak through "1 145,52" leaves "145,52"; 954,60 + 190,92 is the whole sum.
    values = header_values(
        [
            (50, 50, "Plomberie Martin"),
            (350, 120, "Facture N° F-2025-0142"),
            (350, 134, "Date : 04/03/2025"),
            (330, 300, "Total HT"),
            (480, 300, "954,60 €"),
            (330, 314, "TVA 20 %"),
            (480, 314, "190,92 €"),
            (330, 328, "Total TTC"),
            (480, 328, "145,52 €"),
            (330, 342, "NET À PAYER"),
            (480, 342, "145,52 €"),
        ]
    )
    assert values["net_amount"] == 954.60
    assert values["tax_amount"] == 190.92
    assert values["total_amount"] == 1145.52
    assert values["amount_due"] == 1145.52


@pytest.mark.parametrize(
    ("cells", "number"),
    [
        ([(50, "Rechnung"), (420, "Nr. 004712")], "004712"),
        ([(50, "FATTURA"), (200, "N. 27"), (300, "del 11/03/2025")], "27"),
    ],
)
def test_bare_number_sign_far_beside_a_title(cells: list[tuple[float, str]], number: str) -> None:
    # An invoice book's title at the left, its pre-printed number sign far to the right.
    page = [(x, 40.0, text) for x, text in cells]
    page += [(50, 100, "Datum: 20.03.2025"), (300, 300, "Endbetrag 857,51")]
    assert header_values(page)["invoice_number"] == number


def test_charges_before_vat_are_the_net_not_the_balance_brought_forward() -> None:
    values = header_values(
        [
            (50, 40, "Your electricity bill"),
            (350, 60, "Bill number: 000283746512"),
            (350, 74, "Bill date: 12/03/2024"),
            (50, 140, "Balance from your last bill"),
            (300, 140, "£120.00"),
            (50, 154, "Payments received - thank you"),
            (300, 154, "-£107.60"),
            (50, 168, "Balance brought forward"),
            (300, 168, "£12.40"),
            (50, 182, "Charges for this period"),
            (300, 182, "£186.03"),
            (50, 196, "Total amount due"),
            (300, 196, "£198.43"),
            (50, 300, "Electricity used 660 kWh"),
            (480, 300, "£161.70"),
            (50, 314, "Standing charge 29 days"),
            (480, 314, "£15.47"),
            (50, 328, "Charges before VAT"),
            (480, 328, "£177.17"),
            (50, 342, "VAT @ 5%"),
            (480, 342, "£8.86"),
            (50, 356, "Total charges for this period"),
            (480, 356, "£186.03"),
        ]
    )
    assert values["net_amount"] == 177.17
    assert values["tax_amount"] == 8.86
    assert values["total_amount"] == 186.03
    assert values["amount_due"] == 198.43


def test_round_off_on_the_tax_words_line_is_no_tax() -> None:
    # Tally prints the tax in words and the round-off on one line; CGST + SGST are the tax.
    values = header_values(
        [
            (50, 40, "TAX INVOICE"),
            (350, 60, "Invoice No. SCW/24-25/0187"),
            (350, 74, "Dated 14-Mar-2024"),
            (300, 300, "Taxable Value"),
            (480, 300, "89,390.00"),
            (300, 314, "Add : CGST @ 9%"),
            (480, 314, "8,045.10"),
            (300, 328, "Add : SGST @ 9%"),
            (480, 328, "8,045.10"),
            (50, 342, "Tax Amount (in words) : INR Sixteen"),
            (300, 342, "Round Off"),
            (480, 342, "-0.20"),
            (300, 356, "Grand Total"),
            (480, 356, "1,05,480.00"),
        ]
    )
    assert values["net_amount"] == 89390.0
    assert values["tax_amount"] == 16090.2
    assert values["total_amount"] == 105480.0


def test_canadian_business_number_after_a_bare_tax_caption() -> None:
    values = header_values(
        [
            (50, 40, "Imprimerie Boréale inc."),
            (350, 40, "FACTURE / INVOICE"),
            (350, 54, "No : 2024-0311"),
            (350, 100, "TPS/GST : 814427035 RT0001"),
            (350, 114, "TVQ/QST : 1219873345 TQ0001"),
            (300, 300, "Total"),
            (480, 300, "3 409,01 $"),
        ]
    )
    assert values["seller_vat_id"] == "814427035RT0001"
