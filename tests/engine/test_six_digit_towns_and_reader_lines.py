"""Party addresses: six-digit postcodes, captioned rows side by side, and lines over the street
that are no part of the address.

Conventions:
- Romania's postcode has six digits and opens the town line under the street ("510101 Alba
  Iulia, jud. Alba"); under a registered-office row ("Sediu: Str. ...") the town line set
  flush with the caption goes on with that row's address.
- Seller and buyer boxes side by side: the cell left of the buyer's name is the seller's name,
  no caption of the buyer's; each box's address is read in its own column.
- An owners' association is named for its house ("Eigentümergemeinschaft" / "Gartengasse
  9"); with an attention line ("z. H. Frau ...", Austria's short form too) and the reader's
  own street under it, the postal address is that street and town.
- A health practitioner's title line under the practice's name ("Ergotherapeutin ·
  Handtherapie") is no part of the address.
- A monospaced letterhead sets each word of its street in a cell of its own ("Deichweg | 12").
- A yearly invoice's title names its year before the number ("Jahresrechnung 2026 – Nr.").
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _pdf(items: list[tuple[float, float, str, str, float]]) -> bytes:
    """A one-page PDF of (x, y-from-top, text, font, size) strings."""
    return make_pdf(Drawn(*item) for item in items)


_RO_INVOICE: Page = [
    (220, 200, "FACTURA FISCALA"),
    (220, 214, "Seria ABX Nr. 0000815"),
    (220, 228, "Data emiterii: 14.02.2026"),
    (50, 300, "Total de plata: 2.380,00 RON"),
]


def test_register_lines_then_street_then_six_digit_town_in_side_by_side_boxes() -> None:
    fields = _fields(
        [
            (50, 80, "FURNIZOR"),
            (310, 80, "CLIENT"),
            (50, 94, "Montaj Apuseni S.R.L."),
            (310, 94, "Lactate Carpatine S.A."),
            (50, 106, "CUI: RO30551872"),
            (310, 106, "CUI: RO19887213"),
            (50, 118, "Reg. Com.: J01/774/2014"),
            (310, 118, "Reg. Com.: J08/2211/2009"),
            (50, 130, "Str. Trandafirilor 18"),
            (310, 130, "Bd. Victoriei 44, bl. C2"),
            (50, 142, "410087 Oradea, jud. Bihor"),
            (310, 142, "310130 Arad, jud. Arad"),
            *_RO_INVOICE,
        ]
    )
    assert fields["seller_address"] == "Str. Trandafirilor 18, 410087 Oradea, jud. Bihor"
    assert fields["buyer_address"] == "Bd. Victoriei 44, bl. C2, 310130 Arad, jud. Arad"


def test_registered_office_rows_side_by_side_take_the_town_under_their_caption() -> None:
    fields = _fields(
        [
            (50, 80, "Furnizor:"),
            (310, 80, "Client:"),
            (50, 94, "ELECTRO VEST GRUP S.R.L."),
            (310, 94, "AGRO HUNEDOARA PLANT S.R.L."),
            (50, 106, "CIF: RO28830017"),
            (310, 106, "CIF: RO14402290"),
            (50, 118, "Sediu: Str. Morilor nr. 9"),
            (310, 118, "Sediu: Calea Zarandului nr. 71, ap. 2"),
            (50, 130, "550165 Sibiu, jud. Sibiu"),
            (310, 130, "330025 Deva, jud. Hunedoara"),
            *_RO_INVOICE,
        ]
    )
    assert fields["seller_address"] == "Str. Morilor nr. 9, 550165 Sibiu, jud. Sibiu"
    assert fields["buyer_address"] == (
        "Calea Zarandului nr. 71, ap. 2, 330025 Deva, jud. Hunedoara"
    )


def test_owners_association_named_for_its_house_takes_the_readers_street() -> None:
    fields = _fields(
        [
            (360, 50, "Hausverwaltung Lindner GmbH"),
            (360, 64, "Praterstraße 21/3"),
            (360, 78, "1020 Wien"),
            (50, 140, "Eigentümergemeinschaft"),
            (50, 153, "Gartengasse 9"),
            (50, 166, "z. H. Frau Mag. Ilse Brandl"),
            (50, 179, "Gartengasse 9/4"),
            (50, 192, "1050 Wien"),
            (50, 250, "Honorarnote Nr. HL-2026-0071"),
            (50, 264, "Wien, am 09.03.2026"),
            (50, 320, "Gesamtbetrag EUR 960,00"),
        ]
    )
    assert fields["buyer_address"] == "Gartengasse 9/4, 1050 Wien"


def test_a_health_practitioners_title_under_the_practice_is_no_address_line() -> None:
    fields = _fields(
        [
            (200, 50, "Praxis für Ergotherapie"),
            (210, 66, "Sabine Oltmanns"),
            (180, 82, "Ergotherapeutin · Handtherapie · Neurologie"),
            (150, 98, "Kastanienweg 14 · 49074 Osnabrück · Telefon 0541 220 771"),
            (50, 150, "Herrn"),
            (50, 163, "Paul Wiegmann"),
            (50, 176, "Lotter Straße 40"),
            (50, 189, "49078 Osnabrück"),
            (350, 163, "Rechnungsnummer: E-26/0142"),
            (350, 176, "Datum: 20.02.2026"),
            (50, 320, "Gesamtbetrag 318,00 €"),
        ]
    )
    assert fields["seller_address"] == "Kastanienweg 14, 49074 Osnabrück"


def test_a_monospaced_letterhead_street_split_into_cells_is_read_whole() -> None:
    data = _pdf(
        [
            (57, 46, "TRANSPORTE", "Helvetica-Bold", 10),
            (57, 62, "Harm Ocken Logistik GmbH", "Helvetica-Bold", 16),
            (368, 44, "Deichweg 12", "Courier", 8),
            (368, 54, "26506 Norden (Ostfriesland)", "Courier", 8),
            (368, 64, "Fon 04931 2277-0", "Courier", 8),
            (368, 74, "info@ocken-logistik.de", "Courier", 8),
            (57, 140, "Rechnungsempfänger:", "Courier", 9),
            (57, 152, "Nordsee Fisch Handel AG", "Courier", 9),
            (57, 164, "Am Hafen 3", "Courier", 9),
            (57, 176, "26721 Emden", "Courier", 9),
            (340, 140, "Rechnung", "Courier", 8.5),
            (440, 140, "TR-260211-03", "Courier", 8.5),
            (340, 152, "Datum", "Courier", 8.5),
            (440, 152, "11.02.2026", "Courier", 8.5),
            (340, 300, "Endbetrag", "Courier", 9),
            (440, 300, "1.204,00", "Courier", 9),
        ]
    )
    result: dict[str, Any] = extract_canonical(data, use_einvoice=False)
    assert result["fields"]["seller_address"] == "Deichweg 12, 26506 Norden (Ostfriesland)"


def test_a_yearly_invoices_title_with_its_year_before_the_number() -> None:
    fields = _fields(
        [
            (60, 40, "Schützenverein Haselbach 1887 e.V."),
            (60, 56, "Geschäftsstelle: Dorfplatz 2 · 84149 Haselbach"),
            (60, 120, "Herrn"),
            (60, 133, "Lukas Steinbeißer"),
            (60, 146, "Mühlweg 5"),
            (60, 159, "84149 Haselbach"),
            (360, 133, "Haselbach, 10.01.2026"),
            (60, 210, "Jahresrechnung 2026 – Nr. J26-0093"),
            (60, 320, "Gesamtbeitrag 2026 | 140,00 EUR"),
        ]
    )
    assert fields["invoice_number"] == "J26-0093"
