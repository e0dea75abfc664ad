"""A buyer's block naming on whose behalf it is billed, and an alternative position whose
marker words stand under its figures.

Between the buyer's name and its street a line may say for whom or in what role the buyer
is billed ("für Bauherr Fam. ...", "as Owners of MV ...", "on behalf of ..."): no part of
the postal address. A position priced in brackets whose text under the figures row names it
an alternative ("Alternativ: ...", "Alternativposition - nicht bestellt") is no item, even
where its article number stands in the figures row and the name below reads "label: text".
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

Text = SizedText  # (x, y from the top, text, font size)

_LETTERHEAD: list[Text] = [
    (60, 50, "NORDWERK", 20),
    (60, 68, "Innenausbau und Montage", 9),
    (80, 121, "Nordwerk Ausbau GmbH · Hafenstraße 3 · 24103 Kiel", 6),
]
_INFO: list[Text] = [
    (360, 110, "Rechnungsnummer", 9),
    (460, 110, "NW-2024-0815", 9),
    (360, 123, "Rechnungsdatum", 9),
    (460, 123, "12.03.2024", 9),
    (360, 135, "Kundennummer", 9),
    (460, 135, "K-4410", 9),
]
_FOOT: list[Text] = [
    (60, 770, "Nordwerk Ausbau GmbH", 7),
    (60, 779, "Hafenstraße 3", 7),
    (60, 788, "24103 Kiel", 7),
    (250, 770, "Tel. 0431 555 010", 7),
    (250, 779, "IBAN: DE89 3704 0044 0532 0130 00", 7),
    (250, 788, "USt-IdNr.: DE123456788", 7),
]
_WINDOW: list[Text] = [
    (60, 135, "Planungsbüro Weber Lang", 10),
    (60, 147, "Fördeweg 12", 10),
    (60, 159, "24105 Kiel", 10),
]


def _row(y: float, pos: str, name: str, qty: str, price: str, amount: str) -> list[Text]:
    return [
        (60, y, pos, 9),
        (90, y, name, 9),
        (330, y, qty, 9),
        (400, y, price, 9),
        (480, y, amount, 9),
    ]


def _body(rows: list[Text]) -> list[Text]:
    return [
        (60, 260, "Rechnung", 14),
        (60, 292, "Pos.", 9),
        (90, 292, "Artikel / Beschreibung", 9),
        (330, 292, "Menge", 9),
        (400, 292, "Einzelpreis", 9),
        (480, 292, "Gesamt", 9),
        *rows,
        (360, 450, "Nettobetrag", 9),
        (480, 450, "1.200,00 €", 9),
        (360, 464, "zzgl. 19% MwSt", 9),
        (480, 464, "228,00 €", 9),
        (360, 478, "Gesamtbetrag", 9),
        (480, 478, "1.428,00 €", 9),
        (60, 520, "Zahlbar innerhalb von 14 Tagen ohne Abzug.", 9),
    ]


_PLAIN_ROWS: list[Text] = [
    *_row(310, "1", "Einbauschrank Eiche", "1", "1.000,00", "1.000,00"),
    *_row(324, "2", "Montage vor Ort", "4", "50,00", "200,00"),
]


def _read(window: list[Text], rows: list[Text]) -> dict[str, object]:
    pdf = make_sized_pdf(_LETTERHEAD + _INFO + window + _body(rows) + _FOOT)
    found: dict[str, object] = extract_canonical(pdf, use_einvoice=False)
    return found


@pytest.mark.parametrize(
    "behalf",
    [
        ["für Bauherr Fam. Petersen"],
        ["as Owners of MV Baltic Dawn"],
        ["on behalf of Petersen Holding"],
        ["Kreditorenbuchhaltung"],
        # a person over a purchasing department named in a compound
        ["Jonas Petersen", "Planungs-Einkauf"],
    ],
)
def test_a_line_naming_for_whom_the_buyer_is_billed_is_no_part_of_the_address(
    behalf: list[str],
) -> None:
    window: list[Text] = [(60, 135, "Planungsbüro Weber Lang", 10)]
    y = 147.0
    for text in behalf:
        window.append((60, y, text, 10))
        y += 12
    window += [(60, y, "Fördeweg 12", 10), (60, y + 12, "24105 Kiel", 10)]
    fields = _read(window, _PLAIN_ROWS)["fields"]
    assert isinstance(fields, dict)
    assert fields["buyer_name"] == "Planungsbüro Weber Lang"
    assert fields["buyer_address"] == "Fördeweg 12, 24105 Kiel"


def test_alternative_named_under_its_bracketed_figures_is_no_item() -> None:
    rows: list[Text] = [
        *_row(310, "1", "EB-100.200.30", "1", "1.000,00", "1.000,00"),
        (90, 321, "Einbauschrank Eiche, zweitürig", 9),
        *_row(336, "1.A", "EB-100.200.45", "1", "1.400,00", "(1.400,00)"),
        (90, 347, "Alternativ: Einbauschrank Nussbaum, dreitürig", 9),
        (90, 358, "Alternativposition – nicht bestellt", 9),
        *_row(373, "2", "MO-4.10", "4", "50,00", "200,00"),
        (90, 384, "Montage vor Ort", 9),
    ]
    items = _read(_WINDOW, rows)["line_items"]
    assert isinstance(items, list)
    assert [item["amount"] for item in items] == [1000.0, 200.0]


def test_a_labelled_detail_under_an_ordinary_item_stays_out_of_its_name() -> None:
    rows: list[Text] = [
        *_row(310, "1", "Einbauschrank Eiche", "1", "1.000,00", "1.000,00"),
        (90, 321, "Alternativ: Nussbaum auf Anfrage", 9),
        *_row(336, "2", "Montage vor Ort", "4", "50,00", "200,00"),
    ]
    items = _read(_WINDOW, rows)["line_items"]
    assert isinstance(items, list)
    assert [item["description"] for item in items] == ["Einbauschrank Eiche", "Montage vor Ort"]


@pytest.mark.parametrize(
    ("name", "first", "address"),
    [
        # a contact person's bare name under a company's name is no part of the address
        ("Weber Lang Planung GmbH", "Jonas Petersen", "Fördeweg 12, 24105 Kiel"),
        # a sole trader's name has no legal form: the person line under it stays
        ("Planungsbüro Weber Lang", "Jonas Petersen", "Jonas Petersen, Fördeweg 12, 24105 Kiel"),
        # a house's name opens the address, though it reads like a name
        ("Weber Lang Planung GmbH", "The Old Forge", "The Old Forge, Fördeweg 12, 24105 Kiel"),
    ],
)
def test_a_contact_persons_name_under_a_company_is_no_part_of_its_address(
    name: str, first: str, address: str
) -> None:
    window: list[Text] = [
        (60, 135, name, 10),
        (60, 147, first, 10),
        (60, 159, "Fördeweg 12", 10),
        (60, 171, "24105 Kiel", 10),
    ]
    fields = _read(window, _PLAIN_ROWS)["fields"]
    assert isinstance(fields, dict)
    assert fields["buyer_name"] == name
    assert fields["buyer_address"] == address
