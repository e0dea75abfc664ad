"""Seller and buyer where other text looks like a name: a code with a legal form's letters
("BV-123-X"), a caption's value after its colon, a table's "From" column, an item table's
caption under a flush-right letterhead, a customer's legal-form block left of the issuer's
contact block, and an e-ticket's passenger."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names
from facturist.engine.partynames import names_by_form

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with "=" is centred on x, one
# starting with ">" ends at x.
Text = tuple[float, float, str, float]

_ITEMS: list[Text] = [
    (66, 280, "Omschrijving", 9),
    (357, 280, "Aantal", 9),
    (436, 280, "Prijs", 9),
    (514, 280, "Totaal", 9),
    (66, 295, "Arbeid werkplaats", 9),
    (373, 295, "3,5", 9),
    (434, 295, "78,50", 9),
    (514, 295, "274,75", 9),
    (250, 810, "Pagina 1 / 1", 8),
]


def _read(texts: list[Text]) -> tuple[str | None, str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))  # type: ignore[return-value]


def _garage(vehicle: list[Text]) -> list[Text]:
    """A workshop's invoice: its name centred large, no legal form; the customer captioned."""
    return [
        (297, 60, "=Autobedrijf Hendriks", 22),
        (297, 80, "=TRUCK & TRAILER SERVICE", 9),
        (297, 105, "=Ringbaan-Oost 212 · 5013 CD Tilburg · 013 - 536 77 20", 8),
        (63, 165, "Factuur aan:", 9),
        (63, 178, "Van den Bosch Logistics B.V.", 9),
        (63, 191, "Kraaivenstraat 9", 9),
        (63, 204, "5048 AB Tilburg", 9),
        (340, 165, "Factuur", 9),
        (426, 165, ": 24-1187", 9),
        (340, 178, "Datum", 9),
        (426, 178, ": 12-02-2024", 9),
        *vehicle,
        *_ITEMS,
    ]


def test_a_code_joined_by_hyphens_holds_no_legal_form() -> None:
    assert not names_by_form("BV-123-X")
    assert not names_by_form("AG-2024-17")
    assert names_by_form("Müller-Lüdenscheidt GmbH")
    assert not names_by_form("NL-1234 AB")  # a postcode's letters, as before
    seller, _, buyer = _read(_garage([(340, 191, "Kenteken", 9), (426, 191, "BV-123-X", 9)]))
    assert (seller, buyer) == ("Autobedrijf Hendriks", "Van den Bosch Logistics B.V.")


def test_a_value_after_its_captions_colon_names_no_one() -> None:
    # A car's trim "SE" reads as a Societas Europaea, but the cell is the "Model" row's value.
    seller, _, buyer = _read(_garage([(340, 191, "Model", 9), (426, 191, ": Polo SE", 9)]))
    assert (seller, buyer) == ("Autobedrijf Hendriks", "Van den Bosch Logistics B.V.")


def _ticket(passenger: str) -> list[Text]:
    """An airline's e-ticket receipt: a wordmark, caption : value rows, the flights' table,
    the airline's legal name only in the footer."""
    return [
        (94, 60, "ALPINAIR", 20),
        (408, 55, "PASSENGER ITINERARY RECEIPT", 9),
        (40, 110, passenger, 8),
        (202, 110, ":", 8),
        (211, 110, "KOWALSKI/ANNA MS", 8),
        (40, 122, "BOOKING REFERENCE", 8),
        (202, 122, ":", 8),
        (211, 122, "K7QX2M", 8),
        (40, 220, "FLIGHT", 7),
        (83, 220, "FROM", 7),
        (184, 220, "TO", 7),
        (285, 220, "DATE", 7),
        (319, 220, "DEP", 7),
        (347, 220, "ARR", 7),
        (376, 220, "CLASS", 7),
        (434, 220, "STATUS", 7),
        (40, 234, "LA 1732", 7),
        (84, 234, "ZURICH (ZRH) T1", 7),
        (189, 234, "LISBON (LIS) T1", 7),
        (290, 234, "22JUN", 7),
        (324, 234, "07:10", 7),
        (353, 234, "09:05", 7),
        (381, 234, "L", 7),
        (439, 234, "OK", 7),
        (40, 300, "TOTAL", 8),
        (202, 300, ":", 8),
        (211, 300, "CHF 483.15", 8),
        (40, 784, "Alpinair AG · Flughafenstrasse 61 · 8058 Zürich-Flughafen · Switzerland", 6),
    ]


def test_a_tables_from_column_heads_no_sellers_block() -> None:
    seller, address, _ = _read(_ticket("BOOKING OFFICE"))
    assert seller == "Alpinair AG"
    assert address == "Flughafenstrasse 61, 8058 Zürich-Flughafen, Switzerland"


def test_an_e_ticket_is_issued_to_its_passenger() -> None:
    _, _, buyer = _read(_ticket("PASSENGER NAME"))
    assert buyer == "KOWALSKI/ANNA MS"


def test_an_item_tables_caption_is_no_letterhead_and_a_street_no_name() -> None:
    # A freelancer's lowercase wordmark left, her street and town flush right; the street's
    # line starts above the tall wordmark's.
    seller, address, buyer = _read(
        [
            (539, 68, ">Corso Vittorio Emanuele II, 71", 10),
            (60, 82, "giulia ferraris", 22),
            (541, 80, ">10128 Torino", 10),
            (541, 92, ">P.IVA 69743300308", 10),
            (58, 102, "graphic & brand designer", 10),
            (59, 175, "Fattura", 16),
            (313, 172, "Cliente", 10),
            (312, 186, "Torrefazione Aurora di Bertola Luca", 10),
            (313, 199, "Via Nizza, 150", 10),
            (312, 212, "10126 Torino", 10),
            (58, 199, "Numero: 7", 10),
            (58, 212, "Data: 19/04/2024", 10),
            (58, 295, "Descrizione", 10),
            (387, 295, "Quantità", 10),
            (451, 295, "Prezzo", 10),
            (513, 295, "Totale", 10),
            (58, 311, "Progettazione logo", 10),
            (426, 311, ">1", 10),
            (482, 311, ">950,00", 10),
            (542, 311, ">950,00", 10),
        ]
    )
    assert (seller, buyer) == ("giulia ferraris", "Torrefazione Aurora di Bertola Luca")
    assert address == "Corso Vittorio Emanuele II, 71, 10128 Torino"


def test_the_block_repeating_the_wordmark_with_contact_lines_is_the_issuers() -> None:
    # The customer's legal-form block left, under the wordmark's height; the issuer's block
    # beside it with its phone, e-mail and VAT ID.
    seller, _, buyer = _read(
        [
            (430, 50, "Schreinerei Kuhn", 11),
            (44, 62, "Schreinerei", 14),
            (430, 62, "Dorfstraße 8", 10),
            (430, 74, "83026 Rosenheim", 10),
            (44, 86, "KUHN", 22),
            (430, 86, "Deutschland", 10),
            (430, 98, "Telefon: 08031 / 23 55 90", 10),
            (430, 110, "E-Mail: info@schreinerei-kuhn.de", 10),
            (430, 122, "USt-IdNr.: DE491234842", 10),
            (43, 136, "Hotel Seeblick Chiemsee GmbH", 10),
            (43, 148, "Seestraße 31", 10),
            (43, 160, "83209 Prien am Chiemsee", 10),
            (46, 222, "Rechnung 2024-0057", 14),
            (341, 222, "Rechnungsdatum:", 10),
            (505, 222, "02.05.2024", 10),
            (47, 298, "Artikel", 10),
            (128, 298, "Beschreibung", 10),
            (326, 298, "Menge", 10),
            (397, 298, "Preis", 10),
            (515, 298, "Gesamt", 10),
            (47, 322, "Einbauschrank", 10),
            (128, 322, "Dachschräge, Eiche", 10),
            (356, 322, "1,00", 10),
            (421, 322, "3.480,00 €", 10),
            (550, 322, "3.480,00 €", 10),
        ]
    )
    assert (seller, buyer) == ("Schreinerei Kuhn", "Hotel Seeblick Chiemsee GmbH")


def test_a_legal_form_block_without_a_letterhead_twin_stays_the_seller() -> None:
    # The right-hand block carries contact lines but the page prints its name nowhere else:
    # no reason to doubt the legal-form letterhead.
    seller, _, _ = _read(
        [
            (44, 50, "Hotel Seeblick Chiemsee GmbH", 14),
            (44, 66, "Seestraße 31", 10),
            (44, 78, "83209 Prien am Chiemsee", 10),
            (554, 110, ">Schreinerei Kuhn", 10),
            (554, 122, ">Dorfstraße 8", 10),
            (554, 134, ">83026 Rosenheim", 10),
            (554, 146, ">Telefon: 08031 / 23 55 90", 10),
            (554, 158, ">E-Mail: info@schreinerei-kuhn.de", 10),
            (46, 222, "Rechnung 2024-0057", 14),
            (47, 298, "Artikel", 10),
            (326, 298, "Menge", 10),
            (515, 298, "Gesamt", 10),
            (47, 322, "Einbauschrank", 10),
            (356, 322, ">1,00", 10),
            (550, 322, ">3.480,00 €", 10),
        ]
    )
    assert seller == "Hotel Seeblick Chiemsee GmbH"
