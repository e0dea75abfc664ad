"""Item tables: a count and its unit under one caption, bold names over their second line, and
price units beside position numbers.

Conventions:
- German ERP and wholesale invoices caption the count and its unit of measure as one column,
  "Menge/Einh.", "Menge/ME", "Anzahl/Einheit" ("Qty/Unit", "Qté/Unité"), its cells printing
  the count followed by the unit ("3 Stk", "12 Paar"): the column is the quantity. With a
  discount column ("Rabatt %") the amount is quantity × price × (1 − rate), so a discounted
  row keeps its printed count.
- Shop and invoicing apps print an item's name in bold and its second line (pack size,
  variant, what is included) in regular print of the same size in the same cell: both lines
  name the item. Only print clearly smaller than the name sets a detail apart.
- Wholesalers quote prices per a price unit ("PE" = 100 pieces) in a column of its own right
  of the item's text: "2.000 Stk | 2,48 | 100 | 49,60". A position number stepping by ten
  ("10", "20", ...) in front of the row is no price unit.
- Czech and Slovak telecom and utility statements caption the text column "Služba" (service)
  beside the net, the VAT and the gross price of each service.
- Energy and telecom statements group their rows under a heading at the start of the text
  column ("Gas (meter G4A 002931)") with the rows indented under it: a line left of the
  item's own text there is the next group's heading, no wrap of the item above.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_sized_pdf

_HEAD = [
    (57, 60, "Werkzeug Kraemer GmbH", 10.0),
    (375, 90, "Rechnungs-Nr. AR-24/0093", 9.0),
    (375, 104, "Datum 17.05.2024", 9.0),
]


def _items(
    texts: list[tuple[float, float, str, float]], bold: frozenset[str] = frozenset()
) -> list[dict[str, object]]:
    result = extract_canonical(make_sized_pdf(_HEAD + texts, bold), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


def test_count_and_unit_caption_keeps_discounted_counts() -> None:
    body = 8.0
    lines = [
        (60, 220, "Art.-Nr.", body),
        (120, 220, "Beschreibung", body),
        (300, 220, "Menge/Einh.", body),
        (370, 220, "Preis", body),
        (420, 220, "Rabatt %", body),
        (490, 220, "Summe", body),
    ]
    rows = [
        ("WK-10455", "Akku-Bohrschrauber 18 V", "3 Stk", "189,00", "10,0", "510,30"),
        ("WK-33012", "Wasserwaage 100 cm Alu", "4 Stk", "39,50", "", "158,00"),
        ("WK-51002", "Schutzhandschuhe Nitril", "12 Paar", "3,85", "5,0", "43,89"),
    ]
    for at, (code, text, count, price, rate, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(60, y, code, body), (120, y, text, body), (300, y, count, body)]
        lines += [(370, y, price, body), (490, y, amount, body)]
        if rate:
            lines.append((425, y, rate, body))
    lines += [(370, 290, "Warenwert netto", body), (490, 290, "712,19", body)]
    items = _items(lines)
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Akku-Bohrschrauber 18 V", 3.0, 189.0, 510.3),
        ("Wasserwaage 100 cm Alu", 4.0, 39.5, 158.0),
        ("Schutzhandschuhe Nitril", 12.0, 3.85, 43.89),
    ]


def test_regular_second_line_of_a_bold_name_in_its_size_joins_the_name() -> None:
    body = 8.0
    lines = [
        (60, 220, "Artikel", body),
        (300, 220, "Menge", body),
        (370, 220, "Einzelpreis", body),
        (470, 220, "Gesamtpreis", body),
    ]
    rows = [
        ("Filterkaffee Hausmischung", "500 g, gemahlen für Handfilter", "10", "9,50", "95,00"),
        ("Versandkosten", "DHL Paket, versichert", "1", "6,90", "6,90"),
    ]
    for at, (name, second, count, price, amount) in enumerate(rows):
        y = 240 + 26 * at
        lines += [(60, y, name, body), (310, y, count, body), (380, y, price, body)]
        lines += [(480, y, amount, body), (60, y + 10.6, second, body)]
    lines += [(370, 310, "Gesamtbetrag", body), (480, 310, "101,90", body)]
    names = frozenset(name for name, *_ in rows)
    items = _items(lines, bold=names)
    assert [i["description"] for i in items] == [
        "Filterkaffee Hausmischung 500 g, gemahlen für Handfilter",
        "Versandkosten DHL Paket, versichert",
    ]


def test_price_unit_column_is_no_position_number() -> None:
    body = 8.0
    lines = [
        (60, 220, "Pos", body),
        (85, 220, "Bezeichnung", body),
        (300, 220, "Menge", body),
        (370, 220, "Preis", body),
        (420, 220, "PE", body),
        (480, 220, "Gesamt", body),
    ]
    rows = [
        ("10", "Spanplattenschraube 4x40", "2.000", "2,48", "100", "49,60"),
        ("20", "Spanplattenschraube 5x60", "1.000", "5,12", "100", "51,20"),
        ("30", "Montagekleber Kartusche", "12", "7,85", "1", "94,20"),
    ]
    for at, (pos, text, count, price, base, amount) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(60, y, pos, body), (85, y, text, body), (300, y, count, body)]
        lines += [(370, y, price, body), (420, y, base, body), (480, y, amount, body)]
    lines += [(370, 290, "Nettowarenwert", body), (480, 290, "195,00", body)]
    items = _items(lines)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (2000.0, 2.48, 49.6),
        (1000.0, 5.12, 51.2),
        (12.0, 7.85, 94.2),
    ]


def test_czech_service_caption_heads_the_text_column() -> None:
    body = 8.0
    lines = [
        (60, 220, "Služba", body),
        (250, 220, "Období", body),
        (340, 220, "Cena bez DPH", body),
        (420, 220, "DPH 21 %", body),
        (490, 220, "Cena s DPH", body),
    ]
    rows = [
        ("Mobilní tarif Neomezene Plus", "660,33", "138,67", "799,00"),
        ("Internet Optik 250 Mb/s", "494,21", "103,79", "598,00"),
    ]
    for at, (text, net, tax, gross) in enumerate(rows):
        y = 236 + 14 * at
        lines += [(60, y, text, body), (250, y, "01.03.–31.03.2024", body)]
        lines += [(350, y, net, body), (425, y, tax, body), (495, y, gross, body)]
    lines += [(340, 290, "Celkem s DPH", body), (495, 290, "1 397,00", body)]
    items = _items(lines)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Mobilní tarif Neomezene Plus", 660.33),
        ("Internet Optik 250 Mb/s", 494.21),
    ]


def test_group_heading_at_the_text_columns_start_is_no_wrap_of_the_item_above() -> None:
    body = 8.0
    lines = [
        (52, 220, "Description", body),
        (300, 220, "Usage", body),
        (380, 220, "Rate", body),
        (480, 220, "Cost", body),
        (52, 236, "Electricity (meter E10P 47718)", body),
    ]
    rows = [
        ("Electricity - Energy used", "412.6 kWh", "24.50p/kWh", "£101.09"),
        ("Electricity - Standing charge", "31 days", "60.10p/day", "£18.63"),
        ("Gas - Energy used", "1,183.5 kWh", "6.04p/kWh", "£71.48"),
    ]
    for at, (text, usage, rate, cost) in enumerate(rows):
        y = 250 + 14 * at + (14 if at == 2 else 0)
        lines += [(64, y, text, body), (300, y, usage, body), (380, y, rate, body)]
        lines += [(480, y, cost, body)]
    lines.append((52, 278, "Gas (meter G4A 002931, converted to kWh)", body))
    lines += [(340, 320, "Charges before VAT", body), (480, 320, "£191.20", body)]
    items = _items(lines)
    assert [i["description"] for i in items] == [
        "Electricity - Energy used",
        "Electricity - Standing charge",
        "Gas - Energy used",
    ]
