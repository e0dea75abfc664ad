"""Seller and buyer where an info grid's captions and values look like a party: a
salesperson beside "Verkäufer" with flush-right values, a customer number under "Kunde"
with the next field's caption under it, a platform receipt's caption grid on top (the legal
seller in the small print), and a till's id ("Caisse | APS 03") that reads as a legal form."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" ends at x.
Text = tuple[float, float, str, float]

_ITEMS: list[Text] = [
    (58, 300, "Nr.", 8),
    (120, 300, "Beschreibung", 8),
    (320, 300, "Menge", 8),
    (520, 300, "Betrag", 8),
    (58, 318, "A-100", 8),
    (120, 318, "Gehäuse schwarz", 8),
    (330, 318, "10", 8),
    (532, 318, ">120,00", 8),
    (420, 360, "Summe EUR", 8),
    (532, 360, ">120,00", 8),
]


def _names(texts: list[Text]) -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    return tuple(None if v is None else str(v.value) for v in (seller, buyer))  # type: ignore[return-value]


def test_salesperson_in_a_flush_right_data_block_is_no_seller() -> None:
    texts: list[Text] = [
        (330, 50, "Kessel & Mohr", 20),
        (63, 120, "Kessel & Mohr Formenbau GmbH, Industriestr. 4, 32657 Lemgo", 6),
        (63, 135, "Elektro Hanke GmbH", 8),
        (63, 147, "Bielefelder Str. 14", 8),
        (63, 159, "33104 Paderborn", 8),
        (345, 128, "Rechnungsnr.", 8),
        (532, 128, ">VR24-01873", 8),
        (345, 142, "Debitorennr.", 8),
        (532, 142, ">D10442", 8),
        (345, 156, "Verkäufer", 8),
        (532, 156, ">Jonas Weber", 8),
        (345, 170, "Fälligkeitsdatum", 8),
        (532, 170, ">08.05.2024", 8),
        *_ITEMS,
    ]
    seller, buyer = _names(texts)
    assert seller is not None and "Kessel & Mohr Formenbau GmbH" in seller
    assert buyer == "Elektro Hanke GmbH"


def test_customer_number_under_its_caption_heads_no_block() -> None:
    texts: list[Text] = [
        (400, 50, "Lorenz Antriebe GmbH", 14),
        (63, 120, "Lorenz Antriebe GmbH | Carl-Benz-Straße 9 | 74722 Buchen", 6),
        (63, 135, "Firma", 8),
        (63, 147, "Walzwerk Brandl AG", 8),
        (63, 159, "Postfach 11 20", 8),
        (63, 171, "97201 Höchberg", 8),
        (322, 135, "Rechnung", 6),
        (322, 143, "RE-240388", 8),
        (322, 157, "Kunde", 6),
        (436, 157, "Ihre Bestellung", 6),
        (322, 165, "20117", 8),
        (436, 165, "E-77812", 8),
        (322, 179, "Sachbearbeiter/in", 6),
        (436, 179, "Seite", 6),
        (322, 187, "S. Ehrmann", 8),
        (436, 187, "1 von 1", 8),
        *_ITEMS,
    ]
    assert _names(texts)[1] == "Walzwerk Brandl AG"


def test_platform_receipt_grid_on_top_names_the_seller_in_its_small_print() -> None:
    texts: list[Text] = [
        (52, 54, "Receipt", 20),
        (60, 120, "ACCOUNT", 6),
        (200, 120, "ORDER ID", 6),
        (380, 120, "BILLED TO", 6),
        (60, 130, "j.doe@example.org", 8),
        (200, 130, "QX7PL9K2MT", 8),
        (380, 130, "Visa .... 4417", 8),
        (380, 140, "Jane Doe", 8),
        (60, 155, "DATE", 6),
        (200, 155, "DOCUMENT NO.", 6),
        (60, 165, "14 Jan 2024", 8),
        (200, 165, "176104928533", 8),
        (56, 238, "App Store", 12),
        *[
            row
            for n, y in enumerate((275, 332, 390))
            for row in (
                (108.0, float(y), f"Lumen Notes {n}", 9.0),
                (540.0, float(y), ">£8.33", 9.0),
                (108.0, y + 11.0, "In-App Purchase · Renews 13 Jan 2025", 8.0),
                (108.0, y + 22.0, "Write Review | Report a Problem", 8.0),
            )
        ],
        (440, 480, "TOTAL", 9),
        (540, 480, ">£24.99", 9),
        (160, 590, "Larchwood Digital Ltd., Hollybank Park, Cork T23 YK84, Ireland", 7),
        (270, 600, "VAT No. IE2485724U", 7),
        (200, 747, "Copyright 2024. All rights reserved.", 7),
    ]
    assert _names(texts)[0] == "Larchwood Digital Ltd.", _names(texts)


def test_till_id_after_its_caption_is_no_name() -> None:
    texts: list[Text] = [
        (200, 60, "PARKALO", 18),
        (180, 80, "Parking Gare Nord", 9),
        (180, 92, "5 place Carnot", 9),
        (200, 104, "69003 LYON", 9),
        (170, 140, "FACTURE / RECU", 10),
        (60, 160, "Facture N°", 9),
        (160, 160, "P2-0417-228461", 9),
        (60, 172, "Date", 9),
        (160, 172, "17/04/2024", 9),
        (60, 184, "Caisse", 9),
        (160, 184, "APS 03", 9),
        (250, 184, "Op 0000", 9),
        (60, 196, "Ticket", 9),
        (160, 196, "0319 7782 4410", 9),
        (60, 208, "Entrée", 9),
        (160, 208, "15/04/2024", 9),
        (60, 220, "Sortie", 9),
        (160, 220, "17/04/2024", 9),
        (60, 240, "Stationnement", 9),
        (300, 240, ">48,50", 9),
        (60, 252, "TOTAL TTC", 9),
        (300, 252, ">48,50 EUR", 9),
        (60, 264, "dont TVA 20,00%", 9),
        (300, 264, ">8,08", 9),
        (60, 300, "CB SANS CONTACT", 9),
        (60, 312, "VISA ************8812", 9),
        (60, 340, "PARKALO FRANCE SAS", 9),
        (60, 352, "TVA FR08727891814", 9),
        (60, 364, "Merci de votre visite", 9),
    ]
    seller = _names(texts)[0]
    assert seller is None or "APS" not in seller


def test_customer_code_under_a_side_box_caption_heads_no_block() -> None:
    texts: list[Text] = [
        (447, 33, "Kodex Vertriebs GmbH", 9),
        (43, 123, "Kodex Vertriebs GmbH – Theresienhöhe 12 – 80339 München", 6),
        (43, 140, "Brandt Architekten PartGmbB", 9),
        (43, 153, "Buchhaltung", 9),
        (43, 167, "Gerberstraße 14", 9),
        (43, 180, "79098 Freiburg", 9),
        (378, 137, "RECHNUNG", 6),
        (378, 144, "R 250 4417", 8),
        (378, 155, "DATUM", 6),
        (378, 162, "10.03.2025", 8),
        (378, 173, "KUNDE", 6),
        (378, 180, "K-33791", 8),
        (378, 190, "LIZENZVERTRAG", 6),
        (378, 198, "LV-2019-0882", 8),
        (378, 208, "MANDATSREFERENZ", 6),
        (378, 216, "CS-K33791-01", 8),
        *_ITEMS,
    ]
    assert _names(texts)[1] == "Brandt Architekten PartGmbB"
