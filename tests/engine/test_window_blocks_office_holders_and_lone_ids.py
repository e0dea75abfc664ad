"""The recipient's window block read right when other things stand around it:

- the sender's contact column at the right margin, level with the window, merges its town
  into the recipient's name line: the address is the block under the name (townapart.py);
- a club's treasurer or a firm's director named between the name and the street is a
  reader's line, no part of the address (officeholder.py);
- the customer's "UID: ATU..." alone under the window, set well apart from the block, is the
  buyer's VAT ID, never the seller's own one (lonebuyerid.py).
"""

from __future__ import annotations

from facturist.engine.officeholder import office_holder_line

from .conftest import ONE_ITEM_AND_TOTALS, header_values

_DOCUMENT = [
    (50, 230, "Rechnung"),
    (50, 244, "Rechnungsnummer: 2025-011"),
    (50, 256, "Rechnungsdatum: 03.03.2025"),
]


def test_town_of_the_senders_column_beside_the_name_is_not_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Studio Wendel · Fotografie"),
            (50, 130, "Studio Wendel · Lindenweg 7 · 04109 Leipzig"),
            (440, 130, "Studio Wendel"),
            (440, 142, "Lindenweg 7"),
            (50, 154, "Bäckerei Sonnenschein GmbH"),
            (440, 154, "04109 Leipzig"),
            (50, 166, "Marktstraße 12"),
            (440, 166, "Tel. 0341 123456"),
            (50, 178, "01067 Dresden"),
            (440, 178, "info@studio-wendel.de"),
            *_DOCUMENT,
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["buyer_name"] == "Bäckerei Sonnenschein GmbH"
    assert fields["buyer_address"] == "Marktstraße 12, 01067 Dresden"


def test_treasurers_line_under_a_clubs_name_is_no_address_line() -> None:
    fields = header_values(
        [
            (50, 40, "Druckhaus Kramer KG"),
            (50, 130, "Druckhaus Kramer KG · Am Hafen 3 · 28195 Bremen"),
            (50, 154, "Turnverein Blau-Gelb Nordstadt e.V."),
            (50, 166, "Schatzmeisterin Petra Lindholm"),
            (50, 178, "Weserweg 41"),
            (50, 190, "28217 Bremen"),
            *_DOCUMENT,
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["buyer_name"] == "Turnverein Blau-Gelb Nordstadt e.V."
    assert fields["buyer_address"] == "Weserweg 41, 28217 Bremen"


def test_office_holder_lines() -> None:
    for text in (
        "Kassenwart Uwe Bartsch",
        "1. Vorsitzender Dr. Hans Meier",
        "Treasurer: Jane Doe",
        "Penningmeester J. de Vries",
        "Trésorière Mme Claire Dubois",
    ):
        assert office_holder_line(text), text
    for text in ("Elbeallee 101", "Vorstand", "Director Sales 2", "Sportverein Grün-Weiß e.V."):
        assert not office_holder_line(text), text


_AUSTRIAN_BUYER = [
    (50, 154, "Bergblick Hotels GmbH"),
    (50, 166, "Einkauf"),
    (50, 178, "Museumstraße 9"),
    (50, 190, "6020 Innsbruck"),
    (50, 202, "Österreich"),
]


def test_uid_alone_under_the_window_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Medienwerk Sommer GmbH"),
            (400, 60, "USt-IdNr.: DE281733019"),
            (50, 130, "Medienwerk Sommer GmbH · Hafenstraße 6 · 68159 Mannheim"),
            *_AUSTRIAN_BUYER,
            (50, 240, "UID: ATU63881204"),
            (50, 270, "Rechnungsnummer: 2025-011"),
            (50, 282, "Rechnungsdatum: 03.03.2025"),
            *ONE_ITEM_AND_TOTALS,
            (50, 450, "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)"),
        ]
    )
    assert fields["seller_vat_id"] == "DE281733019"
    assert fields["buyer_vat_id"] == "ATU63881204"


def test_austrian_sellers_own_uid_is_never_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Tischlerei Gruber GmbH"),
            (50, 52, "UID: ATU58120447"),
            (50, 130, "Tischlerei Gruber GmbH · Hauptplatz 2 · 6020 Innsbruck"),
            *_AUSTRIAN_BUYER,
            (50, 270, "Rechnungsnummer: 2025-011"),
            (50, 282, "Rechnungsdatum: 03.03.2025"),
            *ONE_ITEM_AND_TOTALS,
            (50, 780, "Tischlerei Gruber GmbH · FN 283341k · UID: ATU58120447"),
        ]
    )
    assert fields["seller_vat_id"] == "ATU58120447"
    assert fields.get("buyer_vat_id") is None
