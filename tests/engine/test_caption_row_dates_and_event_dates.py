"""Header dates in a row of captions and dates of other events in prose.

- A studio's header prints a row of small captions over a row of values ("INVOICE # |
  ISSUED | DUE | PO" over the number, two dates and the order): "Issued" and "Due" each name
  the date under them, though other captions follow them on the line.
- "In der Abschlagszahlung vom 14.01.2025 ... netto": a payment made on that day, no day to
  pay by, though the sentence speaks of paying and says "netto".
- "Date d'intervention : ..." dates the work, not the invoice; the letter's "Lyon, le ..."
  does."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pdf

# (x, y from the top, font size, text)
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text], font: str = "Helvetica") -> CanonicalInvoice:
    return analysed(make_sized_pdf([(x, y, text, size) for x, y, size, text in texts], font=font))


def _value(invoice: CanonicalInvoice, key: str) -> str | None:
    return str(invoice.fields[key].value) if key in invoice.fields else None


def test_issued_and_due_captions_in_a_row_of_captions() -> None:
    invoice = _invoice(
        [
            (40, 50, 20, "Foxglove Studio"),
            (180, 120, 7, "INVOICE #"),
            (270, 120, 7, "ISSUED"),
            (350, 120, 7, "DUE"),
            (430, 120, 7, "PO"),
            (180, 131, 9, "FG-2024-117"),
            (270, 131, 9, "9 Oct 2024"),
            (350, 131, 9, "8 Nov 2024"),
            (430, 131, 9, "7700123"),
            (40, 160, 9, "Foxglove Studio Ltd"),
            (40, 171, 9, "14 Canal Row, Leeds LS1 4AB"),
            (300, 160, 9, "BILL TO"),
            (300, 171, 9, "Northgate Dental Ltd"),
            (300, 182, 9, "2 Mill Lane, York YO1 7HP"),
            (180, 240, 8, "QTY"),
            (220, 240, 8, "DESCRIPTION"),
            (420, 240, 8, "RATE"),
            (490, 240, 8, "TOTAL"),
            (180, 258, 9, "1"),
            (220, 258, 9, "Brand refresh"),
            (420, 258, 9, "£2,400.00"),
            (490, 258, 9, "£2,400.00"),
            (420, 300, 9, "Subtotal"),
            (490, 300, 9, "£2,400.00"),
            (420, 314, 9, "VAT 20%"),
            (490, 314, 9, "£480.00"),
            (420, 340, 10, "AMOUNT DUE"),
            (490, 340, 10, "£2,880.00"),
        ]
    )
    assert _value(invoice, "invoice_date") == "2024-10-09"
    assert _value(invoice, "due_date") == "2024-11-08"


def _german(sentence: str) -> list[Text]:
    return [
        (40, 50, 16, "Hausmeisterdienst Ostwind GmbH"),
        (40, 110, 10, "Stadtwerke Beispielstadt AG"),
        (40, 122, 10, "Ringstraße 4"),
        (40, 134, 10, "12345 Beispielstadt"),
        (380, 150, 10, "Rechnungsnummer: 2024/118"),
        (380, 162, 10, "Datum: 05.12.2024"),
        (40, 200, 11, "Rechnung"),
        (40, 230, 9, "Pos"),
        (80, 230, 9, "Leistung"),
        (480, 230, 9, "Betrag EUR"),
        (40, 246, 9, "1"),
        (80, 246, 9, "Hausmeisterdienst November 2024"),
        (480, 246, 9, "2.000,00"),
        (380, 280, 9, "Summe netto"),
        (480, 280, 9, "2.000,00"),
        (380, 292, 9, "zzgl. 19 % USt."),
        (480, 292, 9, "380,00"),
        (380, 304, 9, "Rechnungsbetrag"),
        (480, 304, 9, "2.380,00"),
        (40, 340, 8, sentence),
    ]


def test_a_payment_made_on_a_day_is_no_due_date() -> None:
    invoice = _invoice(
        _german(
            "In der Vorauszahlung vom 14.11.2024 (Rechnung 2024/101) sind 500,00 EUR netto"
            " zzgl. 95,00 EUR USt. enthalten."
        )
    )
    assert _value(invoice, "due_date") is None


def test_an_intervention_date_is_not_the_invoice_date() -> None:
    invoice = _invoice(
        [
            (60, 60, 18, "MARCHAND"),
            (60, 90, 9, "Électricité générale"),
            (60, 120, 9, "8, rue des Forges"),
            (60, 132, 9, "44000 Nantes"),
            (330, 160, 9, "Mme Claire Dubois"),
            (330, 172, 9, "3, allée des Chênes"),
            (330, 184, 9, "44300 Nantes"),
            (440, 260, 9, "Nantes, le 18/03/2025"),
            (60, 290, 11, "FACTURE N° F2025-0044"),
            (60, 310, 9, "Date d'intervention : 10/03/2025 au 11/03/2025"),
            (70, 340, 9, "Désignation"),
            (480, 340, 9, "Total HT"),
            (70, 356, 9, "Remplacement tableau électrique"),
            (480, 356, 9, "900,00"),
            (380, 390, 9, "Total HT"),
            (480, 390, 9, "900,00 €"),
            (380, 402, 9, "TVA 20 %"),
            (480, 402, 9, "180,00 €"),
            (380, 414, 9, "Total TTC"),
            (480, 414, 9, "1 080,00 €"),
        ]
    )
    assert _value(invoice, "invoice_date") == "2025-03-18"


def test_a_hauliers_freight_column_prices_each_trip() -> None:
    """ "Ladedatum | Auftrag | Empfänger / Zielort | Pal. | Gew. kg | Fracht EUR": each trip a
    row, the consignee's town wrapped under its name, the freight charge its amount."""
    rows: list[Text] = [
        (40, 50, 16, "Spedition Nordlicht GmbH"),
        (40, 110, 10, "Brauhaus Lindner GmbH"),
        (40, 122, 10, "Am Markt 3"),
        (40, 134, 10, "24103 Kiel"),
        (380, 150, 10, "Rechnung Nr. 24-7781"),
        (380, 162, 10, "Datum: 30.09.2024"),
        (46, 200, 8, "Ladedatum"),
        (110, 200, 8, "Auftrag"),
        (170, 200, 8, "Empfänger / Zielort"),
        (330, 200, 8, "Pal."),
        (380, 200, 8, "Gew. kg"),
        (470, 200, 8, "Fracht EUR"),
    ]
    trips = [
        ("02.09.2024", "A-310", "Getränkehandel Ost", "18055 Rostock", "4", "1.480", "322,00"),
        ("09.09.2024", "A-344", "Hofladen Wiese", "23552 Lübeck", "1", "350", "141,50"),
    ]
    y = 216
    for day, order, name, town, pallets, weight, freight in trips:
        rows += [
            (46, y, 9, day),
            (110, y, 9, order),
            (170, y, 9, name),
            (330, y, 9, pallets),
            (380, y, 9, weight),
            (470, y, 9, freight),
            (170, y + 10, 9, town),
        ]
        y += 26
    rows += [
        (380, 290, 9, "Nettobetrag"),
        (470, 290, 9, "463,50"),
        (380, 302, 9, "Umsatzsteuer 19 %"),
        (470, 302, 9, "88,07"),
        (380, 314, 9, "Gesamtbetrag EUR"),
        (470, 314, 9, "551,57"),
    ]
    items = _invoice(rows).items
    found = [(str(i["description"].value), i["amount"].value) for i in items]
    assert found == [
        # shipmentlist.py: the order number and the consignee together name the trip.
        ("A-310 Getränkehandel Ost 18055 Rostock", 322.0),
        ("A-344 Hofladen Wiese 23552 Lübeck", 141.5),
    ]


def test_a_route_named_by_its_ends_is_the_items_text() -> None:
    """ "ALBARAN | FECHA | ORIGEN - DESTINO | BULTOS | KG | IMPORTE": each trip named by its
    two ends, priced in the last column."""
    rows: list[Text] = [
        (40, 50, 14, "TRANSPORTES MESETA S.L."),
        (40, 110, 10, "CLIENTE: FRUTAS DEL CIERZO S.A."),
        (40, 122, 10, "AVDA. DE NAVARRA 12, 50010 ZARAGOZA"),
        (360, 80, 10, "FACTURA A/2024/0311"),
        (360, 92, 10, "FECHA 30/11/2024"),
        (42, 200, 8, "ALBARAN"),
        (100, 200, 8, "FECHA"),
        (160, 200, 8, "ORIGEN - DESTINO"),
        (330, 200, 8, "BULTOS"),
        (380, 200, 8, "KG"),
        (440, 200, 8, "IMPORTE"),
    ]
    trips = [
        ("310044", "05/11/2024", "HUESCA - TERUEL (GRUPAJE)", "4", "310", "144,20"),
        ("310071", "12/11/2024", "SORIA - BURGOS (URGENTE)", "2", "95", "87,60"),
    ]
    y = 216
    for note, day, route, parcels, weight, price in trips:
        rows += [
            (42, y, 9, note),
            (100, y, 9, day),
            (160, y, 9, route),
            (330, y, 9, parcels),
            (380, y, 9, weight),
            (440, y, 9, price),
        ]
        y += 12
    rows += [
        (300, 280, 9, "BASE IMPONIBLE"),
        (440, 280, 9, "231,80"),
        (300, 292, 9, "I.V.A. 21%"),
        (440, 292, 9, "48,68"),
        (300, 304, 9, "TOTAL FACTURA EUR"),
        (440, 304, 9, "280,48"),
    ]
    items = _invoice(rows).items
    found = [(str(i["description"].value), i["amount"].value) for i in items]
    assert found == [("HUESCA - TERUEL (GRUPAJE)", 144.2), ("SORIA - BURGOS (URGENTE)", 87.6)]


def test_a_customer_caption_led_by_dots_to_its_code_names_no_one() -> None:
    """ "CLIENTE ........ 43000391" in the header's grid: the customer's code, led to by dots;
    the customer's block stands under "CLIENTE:" below."""
    rows: list[Text] = [
        (90, 40, 10, "TRANSPORTES MESETA S.L."),
        (90, 52, 9, "Pol. Ind. Norte, Calle 4"),
        (90, 64, 9, "50014 Zaragoza"),
        (345, 64, 9, "N. FACTURA ..... A/2024/0311"),
        (345, 76, 9, "FECHA .......... 30/11/2024"),
        (345, 87, 9, "VENCIMIENTO .... 30/12/2024"),
        (345, 98, 9, "CLIENTE ........ 43000391"),
        (48, 135, 9, "CLIENTE:"),
        (48, 146, 9, "FRUTAS DEL CIERZO S.A."),
        (48, 157, 9, "AVDA. DE NAVARRA 12"),
        (48, 168, 9, "50010 ZARAGOZA"),
        (42, 220, 8, "CONCEPTO"),
        (440, 220, 8, "IMPORTE"),
        (42, 236, 9, "PORTES NOVIEMBRE"),
        (440, 236, 9, "231,80"),
        (300, 280, 9, "BASE IMPONIBLE"),
        (440, 280, 9, "231,80"),
        (300, 292, 9, "I.V.A. 21%"),
        (440, 292, 9, "48,68"),
        (300, 304, 9, "TOTAL FACTURA EUR"),
        (440, 304, 9, "280,48"),
    ]
    assert _value(_invoice(rows, "Courier"), "buyer_name") == "FRUTAS DEL CIERZO S.A."
