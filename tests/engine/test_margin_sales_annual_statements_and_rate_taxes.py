"""Totals as trade invoices print them: a publisher's "Nettowarenwert" over its rate's tax
line (an item table with an "EP netto" column above), a used-car sale under the margin
scheme (no VAT shown, the VAT ID's digits spaced in the footer, "Gesamtkaufpreis" less a
down payment), and a Dutch annual energy statement whose box ends on "U betaalt bij"."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_invoice_pdf

# (x, y from the top, text)
Text = tuple[float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_invoice_pdf([texts], size=9))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _letterhead(seller: str, street: str, town: str) -> list[Text]:
    return [
        (57, 40, seller),
        (57, 52, f"{street} · {town}"),
        (57, 130, f"{seller} · {street} · {town}"),
        (57, 150, "Gartencenter Immergrün"),
        (57, 162, "Am Anger 9"),
        (57, 174, "04109 Leipzig"),
    ]


def test_goods_value_caption_names_the_net_over_its_rate_tax() -> None:
    # The item table's "EP netto" (unit price before VAT) column reads as a net caption;
    # "Nettowarenwert" over "USt. 7 %" names the goods' net value.
    texts = [
        *_letterhead("Fuchsbau Verlag GmbH", "Mühlweg 12", "37073 Göttingen"),
        (400, 130, "Rechnungsnummer"),
        (490, 130, "SG-7713"),
        (400, 142, "Rechnungsdatum"),
        (490, 142, "04.02.2026"),
        (57, 240, "Rechnung"),
        (57, 280, "ISBN"),
        (150, 280, "Titel"),
        (300, 280, "Expl."),
        (350, 280, "EP netto"),
        (420, 280, "Rabatt"),
        (490, 280, "Betrag"),
        (57, 298, "978-3-912204-17-5"),
        (150, 298, "Wiesen im Wandel"),
        (300, 298, "20"),
        (350, 298, "14,35"),
        (420, 298, "25 %"),
        (490, 298, "215,25"),
        (57, 316, "978-3-912204-23-6"),
        (150, 316, "Der stille Kanal"),
        (300, 316, "30"),
        (350, 316, "6,20"),
        (420, 316, "20 %"),
        (490, 316, "148,80"),
        (350, 350, "Nettowarenwert"),
        (490, 350, "364,05 €"),
        (350, 364, "USt. 7 %"),
        (490, 364, "25,48 €"),
        (350, 378, "Endbetrag"),
        (490, 378, "389,53 €"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "net_amount") == 364.05
    assert _value(invoice, "tax_amount") == 25.48
    assert _value(invoice, "total_amount") == 389.53


def test_margin_scheme_sale_shows_no_tax_and_spaced_vat_id_is_no_amount() -> None:
    # § 25a UStG: the price holds VAT that is not shown, so neither a net nor a tax is
    # printed; "USt-IdNr. DE 301 774 852" in the footer is the seller's ID, not a tax.
    texts = [
        *_letterhead("Kfz-Handel Lerchenfeld e.K.", "Ringstraße 40", "93051 Regensburg"),
        (400, 130, "Rechnung"),
        (490, 130, "GW-0391"),
        (400, 142, "Datum"),
        (490, 142, "09.02.2026"),
        (57, 240, "Rechnung Fahrzeugverkauf"),
        (57, 280, "Pos."),
        (90, 280, "Gegenstand"),
        (400, 280, "Anzahl"),
        (490, 280, "Betrag €"),
        (57, 298, "1"),
        (90, 298, "Gebrauchtfahrzeug Skoda Octavia Combi 2.0 TDI"),
        (400, 298, "1"),
        (490, 298, "14.870,00"),
        (57, 316, "2"),
        (90, 316, "Satz Sommerreifen (gebraucht)"),
        (400, 316, "1"),
        (490, 316, "280,00"),
        (300, 350, "Gesamtkaufpreis"),
        (490, 350, "15.150,00 €"),
        (300, 366, "abzüglich Anzahlung vom 20.01.2026"),
        (490, 366, "-1.500,00 €"),
        (300, 382, "Restbetrag"),
        (490, 382, "13.650,00 €"),
        (57, 420, "Differenzbesteuerung gemäß § 25a UStG. Ein gesonderter Ausweis der"),
        (57, 432, "Umsatzsteuer erfolgt nicht."),
        (57, 760, "Kfz-Handel Lerchenfeld e.K."),
        (230, 760, "Sparkasse Regensburg"),
        (400, 760, "AG Regensburg HRA 7731"),
        (57, 770, "Inhaber: Jonas Lerchenfeld"),
        (230, 770, "IBAN DE44 7505 0000 0026 1188 31"),
        (400, 770, "USt-IdNr. DE 301 774 852"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "tax_amount") is None
    assert _value(invoice, "total_amount") == 15150.0
    assert _value(invoice, "amount_due") == 13650.0
    # The margin scheme hides the VAT inside the price: the total is no net.
    assert _value(invoice, "net_amount") is None


def test_dutch_annual_statement_pays_the_balance_after_instalments() -> None:
    # "Totaal jaarbedrag" less the instalments paid: "U betaalt bij" is what is due.
    texts = [
        (57, 40, "polderwarmte"),
        (57, 100, "Dhr. J. Verbeek"),
        (57, 112, "Kerkstraat 21"),
        (57, 124, "3811 CV Amersfoort"),
        (57, 150, "Jaarafrekening"),
        (57, 190, "Factuurnummer"),
        (150, 190, "820551734"),
        (57, 204, "Factuurdatum"),
        (150, 204, "12 februari 2026"),
        (330, 190, "Totaal jaarbedrag incl. btw"),
        (490, 190, "€ 1.812,40"),
        (330, 206, "Betaalde termijnbedragen"),
        (490, 206, "€ -1.740,00"),
        (330, 224, "U betaalt bij"),
        (490, 224, "€ 72,40"),
        (57, 300, "Omschrijving"),
        (250, 300, "Hoeveelheid"),
        (490, 300, "Bedrag excl. btw"),
        (57, 318, "Warmte levering"),
        (250, 318, "31 GJ"),
        (490, 318, "€ 1.147,00"),
        (57, 334, "Vaste kosten warmte"),
        (250, 334, "12 mnd"),
        (490, 334, "€ 350,87"),
        (380, 370, "Totaal excl. btw"),
        (490, 370, "€ 1.497,87"),
        (380, 384, "Btw 21%"),
        (490, 384, "€ 314,53"),
        (380, 398, "Totaal incl. btw"),
        (490, 398, "€ 1.812,40"),
        (57, 760, "Polderwarmte B.V. · Stationsplein 2 · 3818 LE Amersfoort"),
        (57, 770, "btw-nummer NL859112644B01 · IBAN NL20 INGB 0006 7712 93"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 1812.40
    assert _value(invoice, "amount_due") == 72.40
