"""Item tables billing time: durations printed in hours and minutes.

Conventions:
- Agencies, software houses and consultants bill effort from their time tracking, printing
  each row's duration as hours and minutes ("12:30 Std.", "1:15", "0:45"): a quantity in
  hours (12:30 = 12.5 h), the amount the rate per hour times it, within the rounding of the
  printed minutes (9:40 at 78,00 = 754,00).
- Such columns are captioned by the effort or the time spent: "Aufwand", "Dauer", "Zeit",
  "Stunden", "Duration", "Time", "Hours", "Durée", "Heures", "Uren", "Tijd", "Ore".
- Timesheet invoices caption the row's text by the activity ("Tätigkeit", "Activity"); the
  date of the work stands in its own column ("Datum") left of it, no part of the text.
- Cloud and utility bills print the metered usage with its unit in one cell right-aligned
  under "Quantity" ("5,952 gibibyte hour"); a long unit pushes the figure over the text's
  column, but the cell is the count's, no part of the item's name.
- Motorway toll statements bill one transit per row under "Data | Ora | Entrata | Uscita |
  Classe | Importo": the entry and exit stations name it; no count, no price.
- A time of day under a "Zeit" caption (a taxi's or a delivery's clock time) is no duration
  billed: the rate times it does not give the amount.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (57, 60, "Agentur Blau GmbH", 10.0),
    (375, 90, "Rechnungsnummer HB-24-0418", 9.0),
    (375, 104, "Rechnungsdatum 22.04.2024", 9.0),
]


def _items(texts: list[tuple[float, float, str, float]]) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


def test_hours_and_minutes_under_an_effort_caption_are_the_quantity() -> None:
    lines = [
        (61, 220, "Pos.", 9.0),
        (100, 220, "Leistung", 9.0),
        (300, 220, "Aufwand", 9.0),
        (380, 220, "Stundensatz", 9.0),
        (470, 220, "Betrag", 9.0),
    ]
    rows = [
        ("Konzeption & Strategie", "12:30 Std.", "110,00 €", "1.375,00 €"),
        ("Art Direction Key Visual", "18:45 Std.", "95,00 €", "1.781,25 €"),
        ("Reinzeichnung Formate", "9:40 Std.", "78,00 €", "754,00 €"),
        ("Stockfotolizenzen (Pauschale)", "", "", "340,00 €"),
    ]
    for at, (text, hours, rate, amount) in enumerate(rows):
        y = 238 + 18 * at
        lines += [(61, y, str(at + 1), 9.0), (100, y, text, 9.0), (510, y, ">" + amount, 9.0)]
        if hours:
            lines += [(300, y, hours, 9.0), (430, y, ">" + rate, 9.0)]
    lines += [(335, 320, "Summe netto", 9.0), (510, 320, ">4.250,25 €", 9.0)]
    items = _items(lines)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Konzeption & Strategie", 1375.0),
        ("Art Direction Key Visual", 1781.25),
        ("Reinzeichnung Formate", 754.0),
        ("Stockfotolizenzen (Pauschale)", 340.0),
    ]
    quantities = [i["quantity"] for i in items]
    assert quantities[:2] == [12.5, 18.75]
    assert abs(float(quantities[2]) - 9.667) < 0.005  # type: ignore[arg-type]
    assert quantities[3] is None


def test_timesheet_with_date_activity_and_duration_columns() -> None:
    lines = [
        (60, 286, "Datum", 8.0),
        (100, 286, "Tätigkeit", 8.0),
        (300, 286, "MA", 8.0),
        (340, 286, "Dauer", 8.0),
        (400, 286, "Satz €/h", 8.0),
        (480, 286, "Betrag €", 8.0),
    ]
    rows = [
        ("03.09.", "Sprint-Planung und Refinement", "JS", "2:45", "85,00", "233,75"),
        ("09.09.", "Fehlerbehebung Import", "TK", "1:15", "105,00", "131,25"),
        ("13.09.", "Deployment Staging", "TK", "1:00", "105,00", "105,00"),
    ]
    for at, (day, text, worker, hours, rate, amount) in enumerate(rows):
        y = 302 + 15 * at
        lines += [
            (60, y, day, 8.0),
            (100, y, text, 8.0),
            (300, y, worker, 8.0),
            (360, y, ">" + hours, 8.0),
            (440, y, ">" + rate, 8.0),
            (515, y, ">" + amount, 8.0),
        ]
    lines += [(114, 347, "Hosting Staging-Umgebung (Pauschale)", 8.0), (515, 347, ">149,00", 8.0)]
    lines += [(346, 370, "Nettobetrag", 9.0), (515, 370, ">618,50 €", 9.0)]
    items = _items(lines)
    assert items == [
        {
            "description": "Sprint-Planung und Refinement",
            "quantity": 2.75,
            "unit_price": 85.0,
            "amount": 233.75,
        },
        {
            "description": "Fehlerbehebung Import",
            "quantity": 1.25,
            "unit_price": 105.0,
            "amount": 131.25,
        },
        {
            "description": "Deployment Staging",
            "quantity": 1.0,
            "unit_price": 105.0,
            "amount": 105.0,
        },
        {
            "description": "Hosting Staging-Umgebung (Pauschale)",
            "quantity": None,
            "unit_price": None,
            "amount": 149.0,
        },
    ]


def test_clock_time_under_a_time_caption_is_no_quantity() -> None:
    lines = [
        (60, 220, "Datum", 9.0),
        (120, 220, "Zeit", 9.0),
        (170, 220, "Beschreibung", 9.0),
        (400, 220, "Preis", 9.0),
        (480, 220, "Betrag", 9.0),
    ]
    rows = [("04.03.", "14:30", "Kurierfahrt Innenstadt", "18,50")]
    rows += [("05.03.", "09:15", "Express", "24,00")]
    for at, (day, clock, text, amount) in enumerate(rows):
        y = 238 + 18 * at
        lines += [
            (60, y, day, 9.0),
            (120, y, clock, 9.0),
            (170, y, text, 9.0),
            (430, y, ">" + amount, 9.0),
            (510, y, ">" + amount, 9.0),
        ]
    lines += [(335, 290, "Summe netto", 9.0), (510, 290, ">42,50 €", 9.0)]
    items = _items(lines)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Kurierfahrt Innenstadt", 1.0, 18.5),  # the price is the amount: one trip
        ("Express", 1.0, 24.0),
    ]


def test_usage_with_its_unit_right_aligned_under_the_quantity_caption() -> None:
    lines = [
        (57, 220, "Service", 8.0),
        (148, 220, "Description", 8.0),
        (422, 220, "Quantity", 8.0),
        (498, 220, "Amount (€)", 8.0),
    ]
    rows = [
        ("Compute Engine", "Instance Core running in Belgium", "1,488 hour", "51.34"),
        ("Compute Engine", "Instance Ram running in Belgium", "5,952 gibibyte hour", "27.52"),
        ("Cloud Storage", "Standard Storage Belgium", "1,264.37 gibibyte month", "25.29"),
    ]
    for at, (service, text, usage, amount) in enumerate(rows):
        y = 240 + 16 * at
        lines += [(57, y, service, 8.0), (148, y, text, 8.0)]
        lines += [(454, y, ">" + usage, 8.0), (538, y, ">" + amount, 8.0)]
    lines += [(369, 300, "Subtotal", 8.0), (538, 300, ">104.15", 8.0)]
    items = _items(lines)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Instance Core running in Belgium", 1488.0, 51.34),
        ("Instance Ram running in Belgium", 5952.0, 27.52),
        ("Standard Storage Belgium", 1264.37, 25.29),
    ]


def test_toll_transits_named_by_entry_and_exit() -> None:
    lines = [
        (43, 289, "Data", 8.0),
        (110, 289, "Ora", 8.0),
        (150, 289, "Entrata", 8.0),
        (290, 289, "Uscita", 8.0),
        (430, 289, "Classe", 8.0),
        (500, 289, "Importo €", 8.0),
    ]
    rows = [("01/03/2024", "11:30", "LODI", "REGGIO EMILIA", "1,50")]
    rows += [("01/03/2024", "16:22", "FIORENZUOLA", "BERGAMO", "12,80")]
    for at, (day, clock, entry, exit_, amount) in enumerate(rows):
        y = 306 + 14 * at
        lines += [(43, y, day, 8.0), (110, y, clock, 8.0), (150, y, entry, 8.0)]
        lines += [(290, y, exit_, 8.0), (440, y, "A", 8.0), (540, y, ">" + amount, 8.0)]
    lines += [(43, 340, "Canone mensile dispositivo - marzo 2024", 8.0), (540, 340, ">1,83", 8.0)]
    lines += [(368, 370, "Totale imponibile", 8.0), (540, 370, ">16,13", 8.0)]
    items = _items(lines)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("LODI REGGIO EMILIA", None, 1.5),
        ("FIORENZUOLA BERGAMO", None, 12.8),
        ("Canone mensile dispositivo - marzo 2024", None, 1.83),
    ]
