"""E-invoice viewer prints (the KoSIT style sheet and its kin) and their party boxes.

Conventions:
- The overview prints both parties' boxes side by side under role headings with a preamble
  ("Informationen zum Käufer | Informationen zum Verkäufer"), the buyer's box often LEFT:
  the role heading decides whose box it is, never the left / right habit of letters.
- A viewer printing its tabs one per page numbers each page in a footer cell of its own
  ("RE-24-08817 | erzeugt mit ... | Seite 3"): the last tab ("Zusätze"), with the seller's
  VAT ID and no figures, is a page of the same invoice, not a page of its own.
- A card's title may close with a middle dot where a colon would stand ("Rechnungsempfänger
  ·", its "BG-7" stripped): the caption, its party's name under it.
"""

from __future__ import annotations

from facturist.engine.extraction import analyse, read_for_canonical

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf

Page = list[tuple[float, float, str]]

_TABS: Page = [(50, 55, "Übersicht    Details    Zusätze    Anlagen")]


def _footer(page: int) -> Page:
    return [
        (40, 806, "GS-2024-0117"),
        (110, 806, "· erzeugt mit einem Viewer 2024-06-20"),
        (520, 806, f"Seite {page}"),
    ]


def _overview() -> Page:
    """Buyer's box left, seller's right, each a caption | value listing."""
    return [
        *_TABS,
        (40, 75, "Gutschrift"),
        (46, 112, "Informationen zum Käufer"),
        (300, 112, "Informationen zum Verkäufer"),
        (46, 130, "Name"),
        (136, 130, "Stadtwerke Garbsen GmbH"),
        (300, 130, "Name"),
        (398, 130, "Brennecke Bürosysteme KG"),
        (46, 142, "Anschrift"),
        (136, 142, "Am Markt 22"),
        (300, 142, "Anschrift"),
        (398, 142, "Lindenallee 3a"),
        (136, 154, "30823 Garbsen"),
        (398, 154, "30855 Langenhagen"),
        (46, 244, "Rechnungsdaten"),
        (46, 258, "Rechnungsnummer:"),
        (200, 258, "GS-2024-0117"),
        (46, 271, "Rechnungsdatum:"),
        (200, 271, "04.11.2024"),
        (46, 340, "Gesamtbeträge der Rechnung"),
        (46, 353, "Gesamtsumme - netto"),
        (300, 353, "638,35 EUR"),
        (46, 366, "Summe Umsatzsteuer"),
        (300, 366, "121,29 EUR"),
        (46, 379, "Gesamtsumme - brutto"),
        (300, 379, "759,64 EUR"),
        *_footer(1),
    ]


def _positions() -> Page:
    return [
        *_TABS,
        (46, 88, "Rechnungspositionen"),
        (46, 102, "Pos."),
        (80, 102, "Bezeichnung"),
        (330, 102, "Menge"),
        (400, 102, "Preis"),
        (480, 102, "Netto"),
        (46, 117, "1"),
        (80, 117, "Rückgabe Toner schwarz"),
        (330, 117, "4"),
        (400, 117, "159,59"),
        (480, 117, "638,35"),
        *_footer(2),
    ]


def _extras() -> Page:
    return [
        *_TABS,
        (46, 88, "Weitere Informationen zum Verkäufer"),
        (46, 102, "Umsatzsteuer-ID:"),
        (256, 102, "DE119372640"),
        (46, 115, "Steuernummer:"),
        (256, 115, "25/207/31855"),
        (46, 164, "Bemerkungen zur Rechnung"),
        (46, 178, "Die Ware wurde originalverpackt zurückgesandt."),
        *_footer(3),
    ]


def _invoices(pages: list[Page]) -> list[dict[str, object]]:
    read = read_for_canonical(make_invoice_pdf(pages))
    return [{k: v.value for k, v in inv.fields.items()} for inv in analyse(read.texts)]


def test_role_headings_decide_whose_box_stands_left() -> None:
    (fields,) = _invoices([_overview()])
    assert fields["seller_name"] == "Brennecke Bürosysteme KG"
    assert fields["buyer_name"] == "Stadtwerke Garbsen GmbH"
    assert str(fields["seller_address"]).startswith("Lindenallee 3a")


def test_a_tab_page_numbered_in_a_footer_cell_stays_with_the_invoice() -> None:
    found = _invoices([_overview(), _positions(), _extras()])
    assert len(found) == 1
    assert found[0]["seller_vat_id"] == "DE119372640"


def test_a_card_title_closed_by_a_middle_dot_heads_its_party() -> None:
    page: Page = [
        (30, 40, "Eingangsrechnung SR-24-1402"),
        (37, 73, "Lieferant · BG-4"),
        (200, 73, "Rechnungsempfänger · BG-7"),
        (380, 73, "Belegdaten"),
        (37, 88, "Solartechnik Wiesmayr GmbH"),
        (200, 88, "Landwirtschaft Josef Huber"),
        (380, 88, "Beleg-Nr. ·"),
        (450, 88, "SR-24-1402"),
        (37, 99, "Industriering 12"),
        (200, 99, "Einöd 3"),
        (380, 99, "Belegdatum ·"),
        (450, 99, "05.08.2024"),
        (37, 110, "94469 Deggendorf"),
        (200, 110, "94491 Hengersberg"),
        (37, 300, "Netto ·"),
        (450, 300, "7.213,00 €"),
        (37, 312, "Umsatzsteuer ·"),
        (450, 312, "1.370,47 €"),
        (37, 324, "Brutto ·"),
        (450, 324, "8.583,47 €"),
    ]
    (fields,) = _invoices([page])
    assert fields["seller_name"] == "Solartechnik Wiesmayr GmbH"
    assert fields["buyer_name"] == "Landwirtschaft Josef Huber"


def test_a_long_name_overrunning_the_next_boxs_caption_leaves_its_address_whole() -> None:
    """The buyer's long name runs into the seller's "Name" caption (one cell of the text
    layer): the seller's box still starts at its caption, over "Anschrift" and the town."""
    page = [
        (row if row[2] != "Stadtwerke Garbsen GmbH" else (136, 130, _LONG_NAME))
        for row in _overview()
    ]
    (fields,) = _invoices([page])
    assert fields["seller_name"] == "Brennecke Bürosysteme KG"
    assert fields["seller_address"] == "Lindenallee 3a, 30855 Langenhagen"


_LONG_NAME = "Bundesanstalt für Materialforschung und -prüfung"


def test_a_couples_salutation_opens_the_window_block_under_a_centred_letterhead() -> None:
    """ "Herrn und Frau" over the couple's names in the window, the letter's place and date
    beside it; the letterhead centred over it (name, trade tagline, address and phone)."""
    page: Page = [
        (250, 40, "HINRICHS"),
        (226, 62, "Bedachungen · Klempnerei · Fassade"),
        (206, 74, "Am Deich 4, 26506 Norden · Telefon 04931 88 41 0"),
        (71, 151, "Herrn und Frau"),
        (400, 151, "Norden, den 20.06.2024"),
        (71, 164, "Karsten und Wiebke Ahlers"),
        (71, 177, "Utlandshörner Str. 22"),
        (71, 190, "26506 Norden"),
        (71, 274, "Schlussrechnung Nr. 2024-158"),
        (73, 328, "Pos"),
        (100, 328, "Leistungsbeschreibung"),
        (330, 328, "Menge"),
        (480, 328, "G-Preis €"),
        (73, 345, "1"),
        (100, 345, "Gerüst stellen und vorhalten"),
        (330, 345, "186 m²"),
        (480, 345, "1.748,40"),
        (298, 400, "Summe netto"),
        (480, 400, "1.748,40"),
        (298, 414, "19 % Umsatzsteuer"),
        (480, 414, "332,20"),
        (298, 428, "Gesamtbetrag brutto"),
        (480, 428, "2.080,60"),
        (57, 793, "Bedachungen Hinrichs GmbH"),
        (200, 793, "USt-IdNr. DE116642086"),
    ]
    (fields,) = _invoices([page])
    assert fields["buyer_name"] == "Karsten und Wiebke Ahlers"
    assert fields["seller_address"] == "Am Deich 4, 26506 Norden"


def test_a_tall_logo_beside_a_stacked_name_printed_whole_in_the_footer() -> None:
    """ "HMS" set tall beside "Kowalski" over "Hausmeisterservice", no legal form anywhere;
    the footer prints "HMS Kowalski Hausmeisterservice": the seller's whole name."""
    texts: list[SizedText] = [
        (73, 62, "HMS", 26),
        (136, 45, "Kowalski", 11),
        (136, 56, "Hausmeisterservice", 9),
        (421, 45, "Gaußstraße 61 · 22765 Hamburg", 8),
        (462, 56, "Mobil 0172 488 20 19", 8),
        (71, 146, "WEG Bahrenfelder Chaussee 44", 10),
        (71, 159, "c/o Immobilienverwaltung Tiedemann GmbH", 10),
        (71, 172, "Max-Brauer-Allee 156", 10),
        (71, 185, "22765 Hamburg", 10),
        (71, 280, "Sammelrechnung Mai 2024", 12),
        (71, 297, "Rechnungs-Nr. 2024-05-118", 9),
        (250, 297, "Rechnungsdatum 31.05.2024", 9),
        (73, 350, "Datum", 9),
        (160, 350, "Tätigkeit", 9),
        (480, 350, "Betrag", 9),
        (73, 367, "02.05.2024", 9),
        (160, 367, "Treppenhausreinigung wöchentlich", 9),
        (480, 367, "272,00", 9),
        (326, 448, "Summe netto", 9),
        (480, 448, "272,00 EUR", 9),
        (326, 462, "zzgl. USt 19 %", 9),
        (480, 462, "51,68 EUR", 9),
        (326, 476, "Rechnungsendbetrag", 9),
        (480, 476, "323,68 EUR", 9),
        (71, 803, "HMS Kowalski Hausmeisterservice", 7),
        (250, 803, "Steuer-Nr. 41/127/04593", 7),
        (71, 812, "Inh. Piotr Kowalski", 7),
        (250, 812, "USt-IdNr. DE275039187", 7),
    ]
    read = read_for_canonical(make_sized_pdf(texts, bold=frozenset({"HMS"})))
    (invoice,) = analyse(read.texts)
    assert invoice.fields["seller_name"].value == "HMS Kowalski Hausmeisterservice"


def test_a_new_zealand_town_line_with_its_suburb_ends_the_sellers_block() -> None:
    """A banner logo over the seller's name and address in a plain left column ("34 Kamahi
    Street" / "Stoke, Nelson 7011": suburb, town and postcode), "Bill to:" beside it."""
    texts: list[SizedText] = [
        (54, 64, "KAURI BAY", 18),
        (54, 80, "ELECTRICAL LIMITED", 9),
        (454, 64, "Tax Invoice", 16),
        (453, 80, "GST No: 025-417-178", 9),
        (40, 120, "Kauri Bay Electrical Limited", 8.5),
        (40, 130.5, "34 Kamahi Street", 8.5),
        (40, 141, "Stoke, Nelson 7011", 8.5),
        (40, 151.5, "Ph 03 555 7742", 8.5),
        (220, 120, "Bill to:", 8.5),
        (220, 130.5, "Tasman Orchard Holdings Ltd", 8.5),
        (220, 141, "C/- Hollis & Reid Accountants", 8.5),
        (220, 151.5, "PO Box 2215, Richmond 7050", 8.5),
        (400, 120, "Invoice No", 9),
        (470, 120, "KBE-5521", 9),
        (400, 131, "Date", 9),
        (470, 131, "14 Mar 2024", 9),
        (46, 190, "Description", 9),
        (300, 190, "Quantity", 9),
        (480, 190, "Amount NZD", 9),
        (46, 208, "Electrician - labour (hrs)", 9),
        (300, 208, "14.5", 9),
        (480, 208, "1,421.00", 9),
        (405, 306, "Subtotal", 9),
        (480, 306, "1,421.00", 9),
        (365, 320, "TOTAL GST 15%", 9),
        (480, 320, "213.15", 9),
        (386, 334, "TOTAL NZD", 9),
        (480, 334, "1,634.15", 9),
    ]
    read = read_for_canonical(make_sized_pdf(texts, bold=frozenset({"KAURI BAY"})))
    (invoice,) = analyse(read.texts)
    assert invoice.fields["seller_address"].value == "34 Kamahi Street, Stoke, Nelson 7011"
