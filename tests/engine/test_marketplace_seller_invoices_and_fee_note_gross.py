"""Document totals of a marketplace order printed as one invoice per seller, and of an Irish
solicitor's fee note whose "Total Fees and VAT" is a gross.

Conventions:
- A marketplace (Amazon-style) prints one order as one PDF with one invoice per seller, each
  on its own page(s) with its own invoice number, date and seller VAT ID. Its "Seite 2 von 2"
  counts the pages of the print, not of one invoice: a page that repeats the invoice header
  with another invoice number and another seller (VAT ID) or another invoice date starts the
  next seller's invoice, and the first invoice keeps its own totals and items.
- An Irish or UK solicitor's fee note ("Fee Note") charges VAT on the professional fee only:
  "VAT @ 23%", then "Total Fees and VAT" (fee plus VAT, a gross), then outlays not subject to
  VAT ("Total Outlays"), the total, and the amount received on account deducted. A tax word
  joined to another sum by "and" / "&" / "+" ("Fees and VAT", "Net + VAT") captions their sum,
  never the tax. Such a note prints no net: the fee is one item, and total less tax mixes in
  the untaxed outlays.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _seller_page(
    page: int, seller: str, vat: str, number: str, date: str, item: str, rows: Page
) -> Page:
    return [
        (380, 34, "Bestellnummer 302-5519047-8821064"),
        (44, 36, f"marktino.de   Seite {page} von 2"),
        (44, 84, "Rechnung"),
        (300, 84, "Rechnungsdatum/Lieferdatum"),
        (470, 84, date),
        (44, 107, f"Verkauft von {seller}"),
        (300, 107, "Rechnungsnummer"),
        (470, 107, number),
        (44, 124, f"USt-IdNr. {vat}"),
        (300, 124, "Zahlbetrag"),
        (470, 124, rows[-1][2]),
        (44, 170, "Rechnungsadresse"),
        (44, 182, "Katrin Vogelsang"),
        (44, 194, "Lindenweg 9"),
        (44, 206, "35037 Marburg"),
        (49, 315, "Beschreibung"),
        (300, 315, "Menge"),
        (360, 315, "Stückpreis"),
        (480, 315, "Zwischensumme"),
        (49, 346, item),
        *rows[:-1],
        (318, 515, "Rechnungsbetrag"),
        (480, 515, rows[-1][2]),
    ]


def test_each_sellers_page_is_its_own_invoice_and_the_first_keeps_its_totals() -> None:
    first = _seller_page(
        1,
        "Brenner Haushaltswaren GmbH",
        "DE318405729",
        "DE4-BHW-000318",
        "12.03.2024",
        "Bratpfanne Aluguss",
        [
            (300, 346, "2"),
            (360, 346, "28,48 €"),
            (480, 346, "56,96 €"),
            (284, 470, "Zwischensumme (ohne USt.)"),
            (480, 470, "47,87 €"),
            (284, 485, "USt. 19 %"),
            (480, 485, "9,09 €"),
            (0, 0, "56,96 €"),
        ],
    )
    second = _seller_page(
        2,
        "Vetterlein Outdoor e.K.",
        "DE277190352",
        "VO-2024-11873",
        "13.03.2024",
        "Trekkingstöcke Carbon",
        [
            (300, 346, "1"),
            (360, 346, "59,90 €"),
            (480, 346, "59,90 €"),
            (284, 470, "Zwischensumme (ohne USt.)"),
            (480, 470, "50,34 €"),
            (284, 485, "USt. 19 %"),
            (480, 485, "9,56 €"),
            (0, 0, "59,90 €"),
        ],
    )
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([first, second]))
    fields = result["fields"]
    assert fields["invoice_number"] == "DE4-BHW-000318"
    assert fields["net_amount"] == 47.87
    assert fields["tax_amount"] == 9.09
    assert fields["total_amount"] == 56.96
    assert [item["amount"] for item in result["line_items"]] == [56.96]


def test_a_continued_page_with_the_same_invoice_number_stays_with_it() -> None:
    first = _seller_page(
        1,
        "Brenner Haushaltswaren GmbH",
        "DE318405729",
        "DE4-BHW-000318",
        "12.03.2024",
        "Bratpfanne Aluguss",
        [(300, 346, "2"), (360, 346, "28,48 €"), (480, 346, "56,96 €"), (0, 0, "56,96 €")],
    )
    second = [
        (44, 36, "marktino.de   Seite 2 von 2"),
        (300, 107, "Rechnungsnummer"),
        (470, 107, "DE4-BHW-000318"),
        (44, 124, "USt-IdNr. DE318405729"),
        (318, 200, "Rechnungsbetrag"),
        (480, 200, "56,96 €"),
    ]
    pdf = make_invoice_pdf([first, second])
    result: dict[str, Any] = extract_canonical(pdf)
    assert result["fields"]["total_amount"] == 56.96
    assert result["fields"]["invoice_number"] == "DE4-BHW-000318"


_FEE_NOTE: Page = [
    (182, 50, "BRENNAN COSTIGAN & CO."),
    (262, 73, "SOLICITORS"),
    (156, 90, "Merchants Road, Galway, H91 X2T6"),
    (71, 152, "Mr. Eoin Gallagher"),
    (300, 152, "Our Ref:"),
    (400, 152, "BC/EG/2291"),
    (71, 165, "7 Lough Atalia Terrace"),
    (300, 178, "Date:"),
    (400, 178, "18th April 2024"),
    (71, 191, "Galway"),
    (300, 191, "Invoice No.:"),
    (400, 191, "24/0412"),
    (262, 228, "FEE NOTE"),
    (71, 294, "To our professional fee for acting on your behalf in the purchase"),
    (71, 321, "of the above property."),
    (470, 321, "€2,400.00"),
    (71, 341, "VAT @ 23%"),
    (470, 341, "€552.00"),
    (71, 363, "Total Fees and VAT"),
    (470, 363, "€2,952.00"),
    (71, 397, "OUTLAYS (not subject to VAT)"),
    (85, 414, "Stamp Duty"),
    (400, 414, "3,750.00"),
    (85, 429, "Land Registry registration fee"),
    (400, 429, "400.00"),
    (85, 444, "Law searches"),
    (400, 444, "95.00"),
    (85, 459, "Commissioner for Oaths"),
    (400, 459, "20.00"),
    (71, 476, "Total Outlays"),
    (470, 476, "€4,265.00"),
    (71, 507, "TOTAL"),
    (470, 507, "€7,217.00"),
    (71, 524, "Less: received on account 12th March 2024"),
    (470, 524, "(€4,000.00)"),
    (71, 549, "BALANCE DUE"),
    (470, 549, "€3,217.00"),
]


def test_fees_and_vat_is_a_gross_and_outlays_are_no_net() -> None:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_FEE_NOTE]))
    fields = result["fields"]
    assert fields["tax_amount"] == 552.0
    assert fields["total_amount"] == 7217.0
    assert fields["amount_due"] == 3217.0
    assert fields.get("net_amount") is None
