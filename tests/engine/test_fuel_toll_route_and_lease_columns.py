"""Road hauliers' statements: fuel cards, French motorway tolls, per-kilometre road charges.

Conventions:
- Fuel-card statements bill each fill-up by the litres drawn: "Litres" (fr, en), "Liters",
  "Liter" (de, nl), "Litri" (it), "Litros" (es, pt) head the count, beside the price of one
  litre and the line's amount.
- Road-charge and fuel statements caption the price of one unit by its currency per unit:
  "€/km", "EUR/l", "CHF/h": the unit price.
- French motorway operators print each transit's toll stations under "Gare d'entrée |
  Gare de sortie" (also "Entrée | Sortie"): together they name the transit, which prints no
  count and no price, only its amount.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (57, 60, "Routex Services SARL", 10.0),
    (375, 90, "Facture n° ZX-77-00125", 9.0),
    (375, 104, "Date 14/05/2025", 9.0),
]


def _items(texts: list[tuple[float, float, str, float]]) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


def test_litres_head_the_count_of_a_fuel_statement() -> None:
    lines = [
        (50, 220, "Date", 8.0),
        (100, 220, "Station", 8.0),
        (250, 220, "Litres", 8.0),
        (320, 220, "PU HT", 8.0),
        (420, 220, "Montant HT", 8.0),
    ]
    rows = [
        ("02/05/25", "RELAIS DES PINS (33)", "210,50", "1,5120", "318,28"),
        ("04/05/25", "AIRE DU VALLON (47)", "180,00", "1,4980", "269,64"),
    ]
    for at, (day, station, litres, price, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(50, y, day, 8.0), (100, y, station, 8.0), (280, y, ">" + litres, 8.0)]
        lines += [(350, y, ">" + price, 8.0), (470, y, ">" + amount, 8.0)]
    lines += [(330, 290, "Total HT", 8.0), (470, 290, ">587,92", 8.0)]
    items = _items(lines)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (210.5, 1.512, 318.28),
        (180.0, 1.498, 269.64),
    ]
    assert "RELAIS DES PINS (33)" in str(items[0]["description"])


def test_currency_per_unit_caption_is_the_unit_price() -> None:
    lines = [
        (50, 220, "Date", 8.0),
        (110, 220, "Zone", 8.0),
        (300, 220, "Km", 8.0),
        (360, 220, "€/km", 8.0),
        (440, 220, "Montant", 8.0),
    ]
    rows = [
        ("2025-05-02", "Zone nord", "40,0", "0,150", "6,00"),
        ("2025-05-03", "Zone sud", "82,4", "0,125", "10,30"),
    ]
    for at, (day, zone, km, rate, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(50, y, day, 8.0), (110, y, zone, 8.0), (320, y, ">" + km, 8.0)]
        lines += [(390, y, ">" + rate, 8.0), (470, y, ">" + amount, 8.0)]
    lines += [(330, 290, "Total", 8.0), (470, 290, ">16,30", 8.0)]
    items = _items(lines)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (40.0, 0.15, 6.0),
        (82.4, 0.125, 10.3),
    ]


def test_french_toll_stations_name_the_transit() -> None:
    lines = [
        (43, 220, "Date", 8.0),
        (100, 220, "Immat.", 8.0),
        (170, 220, "Gare d'entrée", 8.0),
        (300, 220, "Gare de sortie", 8.0),
        (430, 220, "Cl.", 8.0),
        (490, 220, "Montant HT", 8.0),
    ]
    rows = [("03/05", "AB-123-CD", "Pont-Neuf", "Les Ormes Est", "12,40")]
    rows += [("05/05", "AB-123-CD", "Val Vert", "Saint-Cyr (Nord)", "7,10")]
    for at, (day, plate, entry, exit_, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(43, y, day, 8.0), (100, y, plate, 8.0), (170, y, entry, 8.0)]
        lines += [(300, y, exit_, 8.0), (435, y, "4", 8.0), (540, y, ">" + amount, 8.0)]
    lines += [(400, 290, "Total HT", 8.0), (540, 290, ">19,50", 8.0)]
    items = _items(lines)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Pont-Neuf Les Ormes Est", None, 12.4),
        ("Val Vert Saint-Cyr (Nord)", None, 7.1),
    ]


def test_spanish_ruta_names_each_trip() -> None:
    lines = [
        (50, 220, "Fecha", 8.0),
        (120, 220, "Ruta", 8.0),
        (360, 220, "Km", 8.0),
        (450, 220, "Importe €", 8.0),
    ]
    rows = [("02/05/2025", "Huesca – Pau", "210", "480,00")]
    rows += [("06/05/2025", "Pau – Lleida Norte", "305", "610,00")]
    for at, (day, route, km, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(50, y, day, 8.0), (120, y, route, 8.0), (380, y, ">" + km, 8.0)]
        lines += [(500, y, ">" + amount, 8.0)]
    lines += [(380, 280, "Base imponible", 8.0), (500, 280, ">1.090,00", 8.0)]
    items = _items(lines)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Huesca – Pau", 480.0),
        ("Pau – Lleida Norte", 610.0),
    ]


def test_rubrique_and_hourly_rate_caption_a_temp_agencys_week() -> None:
    """A staffing agency's week: "Rubrique | Qté / heures | Taux HT | Montant HT". "Rubrique"
    heads the row's text, "Taux HT" the rate per hour (a bare "Taux" stays the VAT rate's)."""
    lines = [
        (50, 200, "Semaine 19 – Intérimaire : D. Lefort (chauffeur SPL)", 9.0),
        (50, 220, "Rubrique", 8.0),
        (260, 220, "Qté / heures", 8.0),
        (350, 220, "Taux HT", 8.0),
        (440, 220, "Montant HT", 8.0),
    ]
    rows = [
        ("Heures normales", "35,00", "27,40", "959,00"),
        ("Heures supplémentaires 125 %", "6,00", "34,25", "205,50"),
        ("Indemnité repas", "5,00", "9,80", "49,00"),
    ]
    for at, (name, count, rate, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(50, y, name, 8.0), (300, y, ">" + count, 8.0)]
        lines += [(390, y, ">" + rate, 8.0), (490, y, ">" + amount, 8.0)]
    lines += [(360, 290, "Total HT", 8.0), (490, 290, ">1 213,50", 8.0)]
    items = _items(lines)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (35.0, 27.4, 959.0),
        (6.0, 34.25, 205.5),
        (5.0, 9.8, 49.0),
    ]
    assert items[1]["description"] == "Heures supplémentaires 125 %"
