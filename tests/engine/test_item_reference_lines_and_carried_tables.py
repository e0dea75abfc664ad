"""Item tables of wholesalers, service desks and statements.

Conventions:
- An item's name is its first line (and a wrapped continuation of it). Under it, software prints
  the item's tracking details in a smaller font: delivery-note references ("Lieferschein
  LS-88412 vom 05.03.2024"), manufacturer and lot numbers, ticket numbers, service dates. Such a
  reference line is a detail: it and the lines under it are no part of the name.
- A statement's list of charges running over a page break sums its page at the foot ("Total à
  reporter", "Total carried forward") and may bring that sum forward at the head of the next
  page ("Report", "Übertrag"): the list goes on there; the carried sums are no items.
- Letter templates print the seller's details in a sidebar right of the body (address, phone,
  bank); text starting well right of the table header's last caption belongs to no column of
  the table, so it neither joins an item's name nor ends the table.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_aligned_pages, make_sized_pdf

_HEAD = [
    (50, 60, "Elektro Nord Großhandel GmbH", 10.0),
    (350, 130, "Rechnungsnummer:", 9.0),
    (450, 130, "RE-24-0042", 9.0),
    (350, 144, "Rechnungsdatum:", 9.0),
    (450, 144, "05.03.2024", 9.0),
]


def test_smaller_reference_line_closes_the_name() -> None:
    lines = [
        (50, 220, "Pos.", 8.0),
        (80, 220, "Bezeichnung", 8.0),
        (330, 220, "Menge", 8.0),
        (400, 220, "Einzelpreis", 8.0),
        (490, 220, "Gesamt", 8.0),
        (50, 240, "1", 8.6),
        (80, 240, "Leitungsschutzschalter B16 1-polig", 8.6),
        (340, 240, "24", 8.6),
        (400, 240, "3,15", 8.6),
        (490, 240, "75,60", 8.6),
        (80, 250.5, "Herst.-Nr. 5SL6116-6 · 6 kA", 7.8),
        (80, 260.5, "Lieferschein LS-88412 vom 05.03.2024", 7.8),
        (50, 278, "2", 8.6),
        (80, 278, "Kabelkanal 40x60 mm, reinweiß", 8.6),
        (340, 278, "30", 8.6),
        (400, 278, "4,00", 8.6),
        (490, 278, "120,00", 8.6),
        (80, 288.5, "in Stangen à 2 m", 7.8),
        (80, 298.5, "Lieferschein LS-88430 vom 07.03.2024", 7.8),
        (50, 316, "3", 8.6),
        (80, 316, "Transport Material", 8.6),
        (340, 316, "2", 8.6),
        (400, 316, "60,00", 8.6),
        (490, 316, "120,00", 8.6),
        (80, 326.5, "Lieferschein 5538 vom 06.06.2024", 7.8),
        (400, 360, "Nettobetrag", 9.0),
        (490, 360, "315,60", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(_HEAD + lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Leitungsschutzschalter B16 1-polig",
        "Kabelkanal 40x60 mm, reinweiß in Stangen à 2 m",
        "Transport Material",
    ]


def test_wrapped_name_with_a_measure_stays_whole() -> None:
    """ "Gelierzucker / Extra 250g": a name wrapped in its own size, a pack size no reference."""
    lines = [
        (50, 220, "Pos.", 8.0),
        (80, 220, "Bezeichnung", 8.0),
        (330, 220, "Menge", 8.0),
        (400, 220, "Einzelpreis", 8.0),
        (490, 220, "Gesamt", 8.0),
        (50, 240, "1", 8.6),
        (80, 240, "Kommissionierer", 8.6),
        (340, 240, "2", 8.6),
        (400, 240, "3,15", 8.6),
        (490, 240, "6,30", 8.6),
        (80, 251, "1250032 D. Muster", 8.6),
        (400, 290, "Nettobetrag", 9.0),
        (490, 290, "6,30", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(_HEAD + lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == ["Kommissionierer 1250032 D. Muster"]


_SizedText = tuple[float, float, str, float]


def _trips(y: float, trips: list[tuple[str, str, str]]) -> list[_SizedText]:
    rows: list[_SizedText] = []
    for day, trip, amount in trips:
        rows += [(45, y, day, 8.5), (110, y, trip, 8.5), (540, y, f">{amount}", 8.5)]
        y += 15
    return rows


def _toll_pages(report: bool, header: bool) -> bytes:
    """A toll badge statement: dated trips, one amount each, over two pages."""
    caption = [(45, 0.0, "Date", 8.5), (110, 0.0, "Trajet", 8.5), (540, 0.0, ">Montant TTC", 8.5)]
    first: list[_SizedText] = [
        (40, 40, "Sudeo Telepeage SAS", 10.0),
        (40, 100, "N° de facture : 24-07-1193384", 9.0),
        (40, 114, "Date d'émission : 05/08/2024", 9.0),
        *[(x, 200, text, size) for x, _, text, size in caption],
        *_trips(
            220,
            [
                ("01/07/2024", "Sainte-Maure → Amboise", "4,60"),
                ("01/07/2024", "Poitiers-Sud → Sainte-Maure", "8,90"),
                ("02/07/2024", "Sainte-Maure → Saumur", "12,70"),
            ],
        ),
        (380, 269, "Total à reporter", 8.5),
        (540, 269, ">26,20", 8.5),
    ]
    second: list[_SizedText] = [(40, 40, "Sudeo Telepeage SAS", 10.0)]
    y = 100.0
    if header:
        second += [(x, y, text, size) for x, _, text, size in caption]
        y += 17
    if report:
        second += [(420, y, "Report", 8.5), (540, y, ">26,20", 8.5)]
        y += 15
    second += _trips(
        y,
        [
            ("23/07/2024", "Sainte-Maure → Tours-Centre", "4,60"),
            ("24/07/2024", "Amboise → Tours-Centre", "3,10"),
            ("31/07/2024", "Frais de gestion badge (mensuel)", "2,40"),
        ],
    )
    y += 45 + 11
    second += [
        (400, y, "Total HT", 8.5),
        (540, y, ">30,25", 8.5),
        (400, y + 15, "TVA 20 %", 8.5),
        (540, y + 15, ">6,05", 8.5),
        (400, y + 30, "Total TTC", 8.5),
        (540, y + 30, ">36,30", 8.5),
    ]
    return make_aligned_pages(first, second)


@pytest.mark.parametrize(("report", "header"), [(True, True), (False, True), (False, False)])
def test_statement_list_goes_on_after_the_carried_sum(report: bool, header: bool) -> None:
    result = extract_canonical(_toll_pages(report, header), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [4.6, 8.9, 12.7, 4.6, 3.1, 2.4]


def test_sidebar_right_of_the_table_is_no_part_of_it() -> None:
    sidebar = [
        "Ostermann IT-Service GmbH",
        "Landsberger Str. 302",
        "80687 München",
        "Tel.: 089 5432 118-0",
        "info@ostermann-it.de",
        "Bankverbindung",
        "Stadtsparkasse München",
        "IBAN:",
    ]
    lines = [
        (70, 60, "Ostermann IT-Service GmbH", 10.0),
        (70, 130, "Rechnungsnummer RE-00518", 9.0),
        (75, 284, "Pos.", 8.5),
        (100, 284, "Beschreibung", 8.5),
        (230, 284, "Menge", 8.5),
        (335, 284, "Preis", 8.5),
        (385, 284, "Gesamt", 8.5),
        *[(440, 312 + 10 * n, text, 8.5) for n, text in enumerate(sidebar)],
        (75, 302, "1", 8.5),
        (100, 302, "Einrichtung Microsoft 365", 8.5),
        (232, 302, "6,00", 8.5),
        (335, 302, "95,00", 8.5),
        (385, 302, "570,00", 8.5),
        (100, 312, "Tenant", 8.5),
        (75, 342, "2", 8.5),
        (100, 342, "Migration Postfächer", 8.5),
        (232, 342, "12,00", 8.5),
        (335, 342, "45,00", 8.5),
        (385, 342, "540,00", 8.5),
        (75, 362, "3", 8.5),
        (100, 362, "Fahrtkosten", 8.5),
        (232, 362, "84,00", 8.5),
        (335, 362, "0,60", 8.5),
        (385, 362, "50,40", 8.5),
        (230, 400, "Nettobetrag", 9.0),
        (385, 400, "1.160,40", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(lines), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Einrichtung Microsoft 365 Tenant", 570.0),
        ("Migration Postfächer", 540.0),
        ("Fahrtkosten", 50.4),
    ]
