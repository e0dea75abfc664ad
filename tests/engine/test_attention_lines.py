"""Attention, contact and department lines in the buyer's window block.

A company's address block often names who inside it should read the letter, between the
company's name and its street: "z. Hd. Frau ...", "Attn: Accounts Payable", "Herrn ...",
"t.a.v. de administratie", a department ("Abt. Einkauf / Kostenstelle 210"). They are no
part of the postal address, and they do not end the block.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

Text = SizedText  # (x, y from the top, text, font size)

_LETTERHEAD: list[Text] = [
    (60, 50, "WERKHOLZ", 20),
    (60, 68, "Möbel und Innenausbau", 9),
    (80, 121, "Werkholz Schreinerei GmbH · Lindenweg 8 · 90402 Nürnberg", 6),
]
_BODY: list[Text] = [
    (60, 260, "Rechnung", 14),
    (60, 292, "Pos.", 9),
    (100, 292, "Bezeichnung", 9),
    (330, 292, "Menge", 9),
    (400, 292, "Einzelpreis", 9),
    (480, 292, "Gesamt", 9),
    (60, 310, "1", 9),
    (100, 310, "Einbauschrank Eiche", 9),
    (330, 310, "1", 9),
    (400, 310, "1.000,00", 9),
    (480, 310, "1.000,00", 9),
    (60, 324, "2", 9),
    (100, 324, "Montage vor Ort", 9),
    (330, 324, "4", 9),
    (400, 324, "50,00", 9),
    (480, 324, "200,00", 9),
    (360, 350, "Nettobetrag", 9),
    (480, 350, "1.200,00 €", 9),
    (360, 364, "zzgl. 19% MwSt", 9),
    (480, 364, "228,00 €", 9),
    (360, 378, "Gesamtbetrag", 9),
    (480, 378, "1.428,00 €", 9),
    (60, 420, "Zahlbar innerhalb von 14 Tagen ohne Abzug.", 9),
    (60, 770, "Werkholz Schreinerei GmbH", 7),
    (60, 779, "Lindenweg 8", 7),
    (60, 788, "90402 Nürnberg", 7),
    (250, 770, "Tel. 0911 123 456", 7),
    (250, 779, "IBAN: DE89 3704 0044 0532 0130 00", 7),
    (250, 788, "USt-IdNr.: DE123456788", 7),
]
# The info block beside the window, sharing its rows.
_INFO: list[Text] = [
    (360, 110, "Rechnungsnummer", 9),
    (460, 110, "RE-2024-0411", 9),
    (360, 123, "Rechnungsdatum", 9),
    (460, 123, "12.03.2024", 9),
    (360, 135, "Kundennummer", 9),
    (460, 135, "K-2231", 9),
    (360, 147, "Lieferdatum", 9),
    (460, 147, "07.03.2024", 9),
]


def _fields(window: list[Text]) -> dict[str, object]:
    pdf = make_sized_pdf(_LETTERHEAD + _INFO + window + _BODY)
    fields: dict[str, object] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


@pytest.mark.parametrize(
    "contact",
    [
        ["z. Hd. Frau Anna Berger"],
        ["Herrn Tobias Winkler"],
        ["Abt. Einkauf / Kostenstelle 210"],
        ["Marketing, Frau Lea Sommer"],
        ["IT-Administration", "Herrn Tobias Winkler"],
    ],
)
def test_a_contact_line_between_name_and_street_is_no_part_of_the_address(
    contact: list[str],
) -> None:
    window: list[Text] = [(60, 135, "Gasthof Alpenrose GmbH", 10)]
    y = 147.0
    for text in contact:
        window.append((60, y, text, 10))
        y += 12
    window += [(60, y, "Seeweg 40", 10), (60, y + 12, "83209 Prien am Chiemsee", 10)]
    fields = _fields(window)
    assert fields["buyer_name"] == "Gasthof Alpenrose GmbH"
    assert fields["buyer_address"] == "Seeweg 40, 83209 Prien am Chiemsee"
    assert fields["seller_address"] == "Lindenweg 8, 90402 Nürnberg"


def test_a_name_wrapped_over_two_lines_then_a_contact_line() -> None:
    window: list[Text] = [
        (60, 135, "Kaffeerösterei Bohne UG", 10),
        (60, 147, "(haftungsbeschränkt)", 10),
        (60, 159, "Herr Lars Jensen", 10),
        (60, 171, "Holstenstr. 12", 10),
        (60, 183, "22767 Hamburg", 10),
    ]
    fields = _fields(window)
    assert fields["buyer_address"] == "Holstenstr. 12, 22767 Hamburg"


def test_an_english_attention_line_under_the_bill_to_name() -> None:
    window: list[Text] = [
        (60, 135, "Pine Ridge Dental, PLLC", 10),
        (60, 147, "Attn: Accounts Payable", 10),
        (60, 159, "1180 Pine Ridge Road", 10),
        (60, 171, "Boulder, CO 80302", 10),
    ]
    fields = _fields(window)
    assert fields["buyer_address"] == "1180 Pine Ridge Road, Boulder, CO 80302"


def test_a_dutch_attention_line_keeps_the_buyer_address_off_the_seller() -> None:
    window: list[Text] = [
        (60, 135, "Bakkerij De Molen", 10),
        (60, 147, "t.a.v. de administratie", 10),
        (60, 159, "Lange Haven 12", 10),
        (60, 171, "3111 CJ Schiedam", 10),
    ]
    fields = _fields(window)
    assert fields["buyer_address"] == "Lange Haven 12, 3111 CJ Schiedam"


def test_a_letterhead_name_over_a_salutation_block_stays_the_sellers() -> None:
    # The seller's name right over a private buyer's "Herrn ..." block: that block is the
    # buyer's, the seller's address is its own.
    window: list[Text] = [
        (60, 135, "Herrn Tobias Winkler", 10),
        (60, 147, "Seeweg 40", 10),
        (60, 159, "83209 Prien am Chiemsee", 10),
    ]
    fields = _fields(window)
    assert fields["seller_address"] == "Lindenweg 8, 90402 Nürnberg"
    assert fields.get("buyer_address") == "Seeweg 40, 83209 Prien am Chiemsee"
