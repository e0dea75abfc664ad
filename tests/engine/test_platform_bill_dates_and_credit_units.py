"""Online platforms' bills: a meta grid of two captions each over its value ("Issued | Due"
over "3 Nov 2026 | 17 Nov 2026"); a summary box's "TOTAL AMOUNT DUE ON" over its date with
the figure beside it; "Zahlungsfrist 3. Dez. 2026" with the month's name; and "Gutschrift"
as the unit of an ad platform's adjustment rows, no title of the bill."""

from __future__ import annotations

import datetime

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text); x < 0 sets the text flush right at -x.
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(
        make_pdf(
            Drawn(abs(x), y, text, "Helvetica", size, "right" if x < 0 else "left")
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _english_items(top: float) -> list[Text]:
    return [
        (210, top, 8, "ITEM"),
        (-440, top, 8, "QTY"),
        (-540, top, 8, "TOTAL"),
        (210, top + 20, 9, "Pro plan - monthly subscription"),
        (-440, top + 20, 9, "1"),
        (-540, top + 20, 9, "£75.00"),
        (210, top + 38, 9, "Dedicated IP address"),
        (-440, top + 38, 9, "1"),
        (-540, top + 38, 9, "£30.00"),
        (400, top + 70, 9, "Subtotal"),
        (-540, top + 70, 9, "£105.00"),
        (400, top + 85, 9, "VAT @ 20%"),
        (-540, top + 85, 9, "£21.00"),
        (400, top + 100, 10, "Total"),
        (-540, top + 100, 10, "£126.00"),
    ]


def test_two_captions_over_their_dates_beside_a_sidebar() -> None:
    invoice = _invoice(
        [
            (30, 48, 16, "mailparcel"),
            (210, 48, 16, "Invoice INV-004871"),
            (210, 85, 7, "Issued"),
            (330, 85, 7, "Due"),
            (210, 95, 10, "3 Nov 2026"),
            (330, 95, 10, "17 Nov 2026"),
            (30, 105, 7, "FROM"),
            (30, 117, 10, "Mailparcel Ltd"),
            (30, 128, 9, "14 Lever Street"),
            (30, 139, 9, "Manchester M1 1LN"),
            (30, 198, 7, "BILLED TO"),
            (30, 210, 10, "Thornbury Ceramics Ltd"),
            (30, 221, 9, "Mill Lane Works"),
            *_english_items(172),
        ]
    )
    assert _value(invoice, "invoice_date") == datetime.date(2026, 11, 3)
    assert _value(invoice, "due_date") == datetime.date(2026, 11, 17)


def test_amount_due_on_caption_over_its_date_and_figure() -> None:
    invoice = _invoice(
        [
            (36, 40, 16, "cloudy services"),
            (36, 70, 12, "Tax Invoice"),
            (340, 110, 11, "Invoice Summary"),
            (340, 136, 9, "Invoice Number:"),
            (-560, 136, 9, "EU-26-3318754"),
            (340, 147, 9, "Invoice Date:"),
            (-560, 147, 9, "November 3, 2026"),
            (340, 192, 10, "TOTAL AMOUNT DUE ON"),
            (340, 206, 10, "December 3, 2026"),
            (-560, 206, 10, "$1,110.38"),
            (36, 121, 9, "Bill to Address:"),
            (36, 136, 9, "Kranich Logistik GmbH"),
            (36, 147, 9, "Hafenstrasse 21, 20457 Hamburg"),
            (42, 300, 10, "Summary"),
            (53, 320, 9, "Compute Engine"),
            (-560, 320, 9, "$1,110.38"),
            (53, 360, 9, "Total for this invoice"),
            (-560, 360, 9, "$1,110.38"),
        ]
    )
    assert _value(invoice, "due_date") == datetime.date(2026, 12, 3)
    assert _value(invoice, "invoice_date") == datetime.date(2026, 11, 3)


def _german_ads_bill() -> list[Text]:
    return [
        (41, 44, 14, "Gradient Ads"),
        (42, 80, 16, "Rechnung"),
        (331, 54, 9, "Rechnungsnummer"),
        (-560, 54, 9, "5317204891"),
        (331, 67, 9, "Rechnungsdatum"),
        (-560, 67, 9, "3. Nov. 2026"),
        (331, 80, 9, "Konto-ID"),
        (-560, 80, 9, "482-117-5530"),
        (331, 119, 9, "Zahlungsfrist"),
        (-560, 119, 9, "3. Dez. 2026"),
        (41, 143, 9, "Rechnungsempfänger"),
        (41, 159, 9, "Brotwerk Bäckereien GmbH"),
        (41, 170, 9, "Leopoldstraße 88"),
        (41, 182, 9, "80802 München"),
        (41, 250, 9, "Beschreibung"),
        (-390, 250, 9, "Menge"),
        (411, 250, 9, "Einheit"),
        (-560, 250, 9, "Betrag(€)"),
        (41, 268, 9, "Kampagne: Brot-Abo Herbst"),
        (-390, 268, 9, "4.812"),
        (411, 268, 9, "Klicks"),
        (-560, 268, 9, "2.218,64"),
        (41, 284, 9, "Kampagne: Markensuche"),
        (-390, 284, 9, "1.906"),
        (411, 284, 9, "Klicks"),
        (-560, 284, 9, "291,57"),
        (41, 300, 9, "Ungültige Aktivität – Brot-Abo Herbst"),
        (-390, 300, 9, "1"),
        (411, 300, 9, "Gutschrift"),
        (-560, 300, 9, "-18,43"),
        (300, 330, 9, "Zwischensumme in EUR"),
        (-560, 330, 9, "2.491,78"),
        (300, 344, 9, "USt. (0 %)"),
        (-560, 344, 9, "0,00"),
        (300, 358, 10, "Gesamtbetrag in EUR"),
        (-560, 358, 10, "2.491,78"),
    ]


def test_zahlungsfrist_with_the_months_name() -> None:
    invoice = _invoice(_german_ads_bill())
    assert _value(invoice, "due_date") == datetime.date(2026, 12, 3)


def test_credit_word_as_an_item_rows_unit_types_no_credit_note() -> None:
    invoice = _invoice(_german_ads_bill())
    assert _value(invoice, "document_type") == "invoice"
