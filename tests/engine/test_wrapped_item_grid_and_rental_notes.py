"""Rental invoices: an item table's rows under net / rate / tax / gross captions, each row's
period wrapped under its description, are items, never the document's totals grid (the
totals block under the table is; totalgrid.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import Drawn, make_pdf


def _right(x: float, y: float, text: str) -> Drawn:
    return Drawn(x, y, text, size=9, align="right")


def _left(x: float, y: float, text: str, size: float = 9) -> Drawn:
    return Drawn(x, y, text, size=size)


_HEAD = [
    _left(57, 60, "SCI Les Tilleuls", 14),
    _left(57, 78, "4 rue des Lilas"),
    _left(57, 90, "69003 Lyon"),
    _left(330, 130, "SARL Moreau Conseil"),
    _left(330, 142, "9 quai Perrache"),
    _left(330, 154, "69002 Lyon"),
    _left(57, 230, "FACTURE", 14),
    _left(57, 260, "Facture n° :"),
    _left(165, 260, "F-2024-118"),
    _left(57, 273, "Date :"),
    _left(165, 273, "15/06/2024"),
]
_TABLE = [
    _left(60, 352, "Désignation"),
    _left(274, 352, "Montant HT"),
    _left(338, 352, "TVA %"),
    _left(382, 352, "Montant TVA"),
    _left(473, 352, "Montant TTC"),
]
_ROWS = [
    ("Loyer commercial", "4 000,00", "800,00", "4 800,00"),
    ("Provision pour charges", "500,00", "100,00", "600,00"),
    ("Provision taxe foncière", "300,00", "60,00", "360,00"),
]
_TOTALS = [
    _left(369, 470, "Total HT"),
    _right(535, 470, "4 800,00 €"),
    _left(369, 485, "Total TVA (20 %)"),
    _right(535, 485, "960,00 €"),
    _left(369, 500, "Total TTC"),
    _right(535, 500, "5 760,00 €"),
]


def _page(wrapped: bool) -> bytes:
    drawn = [*_HEAD, *_TABLE, *_TOTALS]
    y = 375.0
    for name, net, tax, gross in _ROWS:
        drawn += [_left(60, y, name), _right(331, y, net), _right(368, y, "20,00")]
        drawn += [_right(444, y, tax), _right(535, y, gross)]
        if wrapped:
            drawn.append(_left(60, y + 11, "Période 01/07 – 30/09/2024", 7))
        y += 28 if wrapped else 14
    return make_pdf(drawn)


def test_item_rows_with_wrapped_periods_leave_the_totals_to_the_totals_block() -> None:
    fields = extract_canonical(_page(wrapped=True), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 4800.0
    assert fields["tax_amount"] == 960.0
    assert fields["total_amount"] == 5760.0


def test_item_rows_without_wrapped_lines_still_give_the_totals() -> None:
    fields = extract_canonical(_page(wrapped=False), use_einvoice=False)["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        4800.0,
        960.0,
        5760.0,
    )


def _receipt(note: str) -> bytes:
    drawn = [
        _left(29, 30, "Thorpe Self Storage Ltd", 12),
        _left(29, 46, "12 Canal Street, Leeds, LS1 4AB"),
        _left(312, 30, "VAT RECEIPT", 12),
        _left(29, 120, "Receipt no."),
        _left(108, 120, "R-55120"),
        _left(29, 132, "Date"),
        _left(108, 132, "12 Jun 2024"),
        _left(29, 196, "Description"),
        _left(294, 196, "Price"),
        _left(373, 196, "Total"),
        _left(29, 210, "Unit 14 rent June 2024"),
        _right(312, 210, "100.00"),
        _right(391, 210, "100.00"),
        _left(199, 292, "Subtotal (ex VAT)"),
        _right(391, 292, "100.00"),
        _left(199, 304, "VAT @ 20%"),
        _right(391, 304, "20.00"),
        _left(199, 316, "Total"),
        _right(391, 316, "£120.00"),
        _left(199, 328, "Paid - Visa Debit ****4417"),
        _right(391, 328, "£120.00"),
        _left(199, 340, "Balance due"),
        _right(391, 340, "£0.00"),
        _left(28, 365, note),
    ]
    return make_pdf(drawn)


def test_next_rent_payment_due_is_no_due_date_of_a_paid_receipt() -> None:
    note = "Thank you for storing with us. Next rent payment due: 01 Aug 2024 (Direct Debit)."
    fields = extract_canonical(_receipt(note), use_einvoice=False)["fields"]
    assert fields.get("due_date") is None


def test_payment_due_sentence_is_still_the_due_date() -> None:
    note = "Thank you for your business. Payment due: 01 Aug 2024."
    fields = extract_canonical(_receipt(note), use_einvoice=False)["fields"]
    assert fields["due_date"] == "2024-08-01"


def _letterhead(contact_line: str) -> bytes:
    drawn = [
        Drawn(297, 50, "Zeltverleih Moser e.K.", size=16, align="centre"),
        Drawn(297, 66, "Zelte · Mobiliar · Gastro-Equipment", size=9, align="centre"),
        Drawn(297, 80, contact_line, size=8, align="centre"),
        _left(57, 120, "Zeltverleih Moser e.K. · Gewerbering 5 · 84030 Ergolding", 6),
        _left(57, 135, "Sportverein TSV Ergolding e.V."),
        _left(57, 148, "Am Sportplatz 2"),
        _left(57, 161, "84030 Ergolding"),
        _left(380, 135, "Rechnung Nr.:"),
        _left(470, 135, "2024-157"),
        _left(380, 148, "Datum:"),
        _left(470, 148, "26.06.2024"),
        _left(57, 220, "RECHNUNG", 14),
        _left(60, 260, "Menge"),
        _left(100, 260, "Artikel"),
        _left(400, 260, "Einzelpreis"),
        _left(480, 260, "Gesamtpreis"),
        _left(60, 275, "20"),
        _left(100, 275, "Festzeltgarnitur"),
        _right(440, 275, "9,50 €"),
        _right(535, 275, "190,00 €"),
        _left(300, 310, "Nettobetrag"),
        _right(535, 310, "190,00 €"),
        _left(300, 324, "zzgl. 19 % MwSt."),
        _right(535, 324, "36,10 €"),
        _left(300, 338, "Gesamtbetrag"),
        _right(535, 338, "226,10 €"),
    ]
    return make_pdf(drawn)


def test_contacts_after_the_town_without_their_separator_are_no_address() -> None:
    # A scan read the letterhead line without the dot between the town and its phone.
    line = "Gewerbering 5 · 84030 Ergolding Tel. 0871 974512 · info@zeltverleih-moser.de"
    fields = extract_canonical(_letterhead(line), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Gewerbering 5, 84030 Ergolding"


def _hire_invoice() -> bytes:
    drawn = [
        Drawn(55, 60, "RIBBLE", size=18, bold=True),
        _left(432, 60, "HIRE INVOICE", 14),
        _left(55, 78, "PLANT & TOOL HIRE", 10),
        _left(345, 96, "Invoice No"),
        _left(426, 96, "61422"),
        _left(43, 105, "Unit 3, Ribble Trading Estate", 8),
        _left(43, 114, "Preston Road", 8),
        _left(345, 114, "Invoice Date"),
        _left(426, 114, "31/05/2024"),
        _left(43, 123, "Clitheroe", 8),
        _left(43, 132, "BB7 1QP", 8),
        _left(43, 145, "Tel: 01200 530 771", 8),
        _left(43, 155, "VAT Reg No: GB 284 6139 37", 8),
        _left(49, 220, "INVOICE TO", 8),
        _left(49, 232, "Moorland Joinery Ltd"),
        _left(49, 244, "5 Mill Yard"),
        _left(49, 256, "Burnley"),
        _left(49, 268, "BB11 2AB"),
        _left(46, 310, "Description"),
        _left(465, 310, "Rate"),
        _left(531, 310, "Net £"),
        _left(46, 325, "110V Heavy Breaker 15kg"),
        _right(481, 325, "68.00"),
        _right(549, 325, "68.00"),
        _left(401, 360, "Goods Total"),
        _right(548, 360, "68.00"),
        _left(401, 374, "VAT @ 20%"),
        _right(548, 374, "13.60"),
        _left(401, 388, "INVOICE TOTAL"),
        _right(548, 388, "£81.60"),
        Drawn(
            297,
            795,
            "Ribble Plant & Tool Hire Ltd. Registered in England & Wales No. 06284117. "
            "Registered office: 12 Castle Street, Clitheroe BB7 2BX.",
            size=6,
            align="centre",
        ),
    ]
    return make_pdf(drawn)


def test_trading_address_under_the_logo_comes_before_the_registered_office() -> None:
    fields = extract_canonical(_hire_invoice(), use_einvoice=False)["fields"]
    assert fields["seller_address"] == (
        "Unit 3, Ribble Trading Estate, Preston Road, Clitheroe, BB7 1QP"
    )


def _rent_notice() -> bytes:
    name = "Fastighets AB Lilla Essingen"
    gutter = 57 + stringWidth(name, "Helvetica", 7) + 3  # the next column a narrow gap after
    drawn = [
        _left(59, 75, "Faktura", 20),
        _left(438, 58, "ESSINGEHUSEN", 10),
        _left(341, 120, "Fakturanummer"),
        _right(538, 120, "24-10421"),
        _left(58, 132, "Nordvik Analys AB"),
        _left(341, 132, "Fakturadatum"),
        _right(538, 132, "2024-09-15"),
        _left(58, 146, "Box 45122"),
        _left(341, 146, "Förfallodatum"),
        _right(538, 146, "2024-09-30"),
        _left(58, 160, "104 30 Stockholm"),
        _left(341, 186, "Er referens"),
        _right(538, 186, "Lina Holm"),
        _left(57, 280, "Beskrivning"),
        _left(512, 280, "Belopp"),
        _left(57, 300, "Lokalhyra kontor, kvartal 4"),
        _right(538, 300, "55 350,00"),
        _left(57, 396, "Summa exkl. moms"),
        _left(178, 396, "Moms 25 %"),
        _left(418, 396, "Att betala SEK"),
        _left(57, 412, "55 350,00"),
        _left(178, 412, "13 837,50"),
        _left(419, 412, "69 187,50"),
        _left(57, 765, "Postadress", 7),
        _left(gutter, 765, "Kontakt", 7),
        _left(284, 765, "Betalning", 7),
        _left(431, 765, "Organisation", 7),
        _left(57, 775, name, 7),
        _left(gutter, 775, "08-120 455 00", 7),
        _left(284, 775, "Bankgiro 5051-6905", 7),
        _left(431, 775, "Org.nr 556781-4321", 7),
        _left(57, 784, "Essingeringen 41", 7),
        _left(gutter, 784, "ekonomi@essingehusen.se", 7),
        _left(431, 784, "Momsreg.nr SE556781432101", 7),
        _left(57, 793, "112 64 Stockholm", 7),
        _left(431, 793, "Godkänd för F-skatt", 7),
    ]
    return make_pdf(drawn)


def test_footer_column_name_beside_the_next_columns_phone_is_the_seller() -> None:
    fields = extract_canonical(_rent_notice(), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Fastighets AB Lilla Essingen"
    assert fields["seller_address"] == "Essingeringen 41, 112 64 Stockholm"


def _rent_credit() -> bytes:
    drawn = [
        _left(63, 60, "Havelufer Immobilien GmbH", 14),
        _left(63, 120, "Kanzlei Brandt & Partner"),
        _left(63, 132, "Havelstraße 12"),
        _left(63, 144, "14467 Potsdam"),
        _left(380, 120, "Gutschrift Nr.:"),
        _left(470, 120, "GS-2024-031"),
        _left(380, 132, "Datum:"),
        _left(470, 132, "20.08.2024"),
        _left(63, 250, "GUTSCHRIFT", 14),
        _left(63, 350, "Pos."),
        _left(94, 350, "Bezeichnung"),
        _left(284, 350, "Zeitraum"),
        _left(359, 350, "Monatsbetrag"),
        _left(456, 350, "Gutschrift netto"),
        _left(63, 370, "1"),
        _left(94, 370, "Miete Bürofläche 2. OG"),
        _left(285, 370, "16.08.–31.08.2024"),
        _right(424, 370, "3.100,00 €"),
        _right(532, 370, "1.600,00 €"),
        _left(63, 387, "2"),
        _left(94, 387, "Nebenkosten-Vorauszahlung"),
        _left(285, 387, "16.08.–31.08.2024"),
        _right(424, 387, "620,00 €"),
        _right(532, 387, "320,00 €"),
        _left(313, 412, "Summe netto"),
        _right(532, 412, "1.920,00 €"),
        _left(312, 427, "zzgl. 19 % Umsatzsteuer"),
        _right(532, 427, "364,80 €"),
        _left(312, 442, "Gutschriftsbetrag"),
        _right(532, 442, "2.284,80 €"),
    ]
    return make_pdf(drawn)


def test_rent_credit_rows_without_count_or_price_are_items() -> None:
    items = extract_canonical(_rent_credit(), use_einvoice=False)["line_items"]
    assert [(item["description"], item["amount"]) for item in items] == [
        ("Miete Bürofläche 2. OG", 1600.0),
        ("Nebenkosten-Vorauszahlung", 320.0),
    ]


def _rental_table() -> bytes:
    drawn = [
        _left(36, 50, "Front Range Equipment Rentals, Inc.", 12),
        _left(36, 64, "4820 N Industrial Blvd"),
        _left(36, 76, "Denver, CO 80216"),
        _left(400, 50, "RENTAL INVOICE", 14),
        _left(400, 80, "Invoice R-2290"),
        _left(400, 92, "Date 06/14/2024"),
        _left(36, 130, "Bill To: Granite Builders LLC"),
    ]
    header = [(36, "QTY"), (65, "EQUIP #"), (137, "DESCRIPTION"), (323, "DAY"), (366, "WEEK")]
    header += [(414, "4 WEEK"), (470, "BILLED"), (543, "AMOUNT")]
    drawn += [_left(x, 230, text, 7) for x, text in header]
    drawn.append(_left(37, 245, "RENTAL ITEMS", 7))
    rentals = [
        ("1", "SL19-2207", "Electric Scissor Lift", "145.00", "385.00", "920.00", "675.00"),
        ("2", "LT4-0412", "Light Tower Towable", "95.00", "285.00", "710.00", "570.00"),
    ]
    y = 258.0
    for qty, code, name, day, week, month, amount in rentals:
        drawn += [_left(40, y, qty), _left(65, y, code), _left(137, y, name)]
        drawn += [_right(338, y, day), _right(388, y, week), _right(442, y, month)]
        drawn += [_right(497, y, "1 Wk"), _right(576, y, amount)]
        y += 15
    y += 5
    drawn += [_left(36, y, "SALES ITEMS", 7), _left(318, y, "PRICE", 7), _left(373, y, "UNIT", 7)]
    sales = [("4", "CONE28", "Traffic Cone 28in", "14.50", "EA", "58.00")]
    sales += [("30", "FUEL-D", "Diesel Fuel (gal)", "5.19", "GAL", "155.70")]
    for qty, code, name, price, unit, amount in sales:
        y += 14
        drawn += [_left(40, y, qty), _left(65, y, code), _left(137, y, name)]
        drawn += [_right(338, y, price), _right(389, y, unit), _right(576, y, amount)]
    drawn += [_left(440, y + 30, "SUBTOTAL"), _right(576, y + 30, "1,458.70")]
    drawn += [_left(440, y + 44, "Sales Tax 8.81%"), _right(576, y + 44, "128.51")]
    drawn += [_left(440, y + 58, "INVOICE TOTAL"), _right(576, y + 58, "$1,587.21")]
    return make_pdf(drawn)


def test_sales_section_with_its_own_small_header_stays_in_the_table() -> None:
    items = extract_canonical(_rental_table(), use_einvoice=False)["line_items"]
    assert [(item["description"], item["amount"]) for item in items] == [
        ("Electric Scissor Lift", 675.0),
        ("Light Tower Towable", 570.0),
        ("Traffic Cone 28in", 58.0),
        ("Diesel Fuel (gal)", 155.7),
    ]
