"""Papers printed with the invoice's item table that bill nothing of their own.

Conventions:
- A time sheet's grid of hours by weekday ("Mitarbeiter | Mo | Di | ... | So | Summe") above
  or under the charges bills nothing: its rows are hours, no column prices them. The hours
  are charged in the item table. A grid that prices its rows ("Mon | ... | Hours | Rate |
  Amount") is the item table itself.
- A service report's box right of a narrow item table may open with a "caption: value" line
  on the header's baseline ("Date d'intervention : 04/06/2025"): the header is the captions
  left of it, the table's rows are read as ever.
- Copies of signed service reports or job sheets on the pages after the invoice, each with
  its own parts list, itemise rows the invoice already bills ("Parts as per job sheets"):
  where the invoice's rows add up to the net printed under them, the later pages' tables
  under another header are no items. Sections of one invoice on two pages (all rows adding
  up to the net) stay items.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pages, make_aligned_pdf

Text = tuple[float, float, str, float]


def _items(*pages: list[Text]) -> list[tuple[object, ...]]:
    pdf = make_aligned_pdf(pages[0]) if len(pages) == 1 else make_aligned_pages(*pages)
    result = extract_canonical(pdf, use_einvoice=False)
    return [
        (i.get("description"), i.get("quantity"), i.get("unit_price"), i.get("amount"))
        for i in result["line_items"]
    ]


_AGENCY = [
    (50, 40, "Donau Personal GmbH", 12.0),
    (50, 56, "Landstraße 12, 4020 Linz", 9.0),
    (340, 100, "Metallbau Steiner GmbH", 9.0),
    (340, 113, "Gewerbepark 3, 4600 Wels", 9.0),
    (50, 150, "RECHNUNG Nr. 2025-0412", 11.0),
    (50, 164, "Datum: 24.03.2025", 9.0),
]


def _day_grid(top: float, priced: bool) -> list[Text]:
    days = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    out: list[Text] = [(50, top, "Mitarbeiter", 8.0)]
    out += [(200 + 24 * n, top, ">" + day, 8.0) for n, day in enumerate(days, 1)]
    out += [(400, top, ">Std.", 8.0), (440, top, ">Gesamt", 8.0)]
    if priced:
        out += [(490, top, ">Satz €", 8.0), (545, top, ">Betrag €", 8.0)]
    rows = [
        ("Petra Huber", ["8,0", "8,0", "8,0", "8,0", "6,0", "–", "–"], "38,00", "24,50", "931,00"),
        (
            "Jan Novak",
            ["7,5", "7,5", "7,5", "7,5", "7,0", "4,0", "–"],
            "41,00",
            "26,00",
            "1.066,00",
        ),
    ]
    for n, (name, hours, total, rate, amount) in enumerate(rows, 1):
        y = top + 14 * n
        out += [(50, y, name, 8.0)]
        out += [(200 + 24 * k, y, ">" + h, 8.0) for k, h in enumerate(hours, 1)]
        out += [(400, y, ">" + total, 8.0), (440, y, ">" + total, 8.0)]
        if priced:
            out += [(490, y, ">" + rate, 8.0), (545, y, ">" + amount, 8.0)]
    return out


def test_weekday_hours_grid_above_the_charges_is_no_item_table() -> None:
    charges = [
        (50, 300, "Leistung", 9.0),
        (380, 300, ">Std.", 9.0),
        (460, 300, ">Satz €", 9.0),
        (545, 300, ">Betrag €", 9.0),
        (50, 316, "Petra Huber – Schweißerin – Normalstunden", 9.0),
        (380, 316, ">38,00", 9.0),
        (460, 316, ">24,50", 9.0),
        (545, 316, ">931,00", 9.0),
        (50, 332, "Jan Novak – Schlosser – Normalstunden", 9.0),
        (380, 332, ">41,00", 9.0),
        (460, 332, ">26,00", 9.0),
        (545, 332, ">1.066,00", 9.0),
        (380, 360, "Nettobetrag", 9.0),
        (545, 360, ">1.997,00", 9.0),
        (380, 374, "USt 20 %", 9.0),
        (545, 374, ">399,40", 9.0),
        (380, 388, "Gesamtbetrag", 9.0),
        (545, 388, ">2.396,40", 9.0),
    ]
    assert _items(_AGENCY + _day_grid(210, priced=False) + charges) == [
        ("Petra Huber – Schweißerin – Normalstunden", 38.0, 24.5, 931.0),
        ("Jan Novak – Schlosser – Normalstunden", 41.0, 26.0, 1066.0),
    ]


def test_weekday_grid_pricing_its_rows_stays_the_item_table() -> None:
    totals = [
        (380, 270, "Nettobetrag", 9.0),
        (545, 270, ">1.997,00", 9.0),
        (380, 284, "USt 20 %", 9.0),
        (545, 284, ">399,40", 9.0),
        (380, 298, "Gesamtbetrag", 9.0),
        (545, 298, ">2.396,40", 9.0),
    ]
    amounts = [item[3] for item in _items(_AGENCY + _day_grid(210, priced=True) + totals)]
    assert amounts == [931.0, 1066.0]


def test_service_report_caption_on_the_header_line_beside_a_narrow_table() -> None:
    head: list[Text] = [
        (50, 40, "Plomberie Lefèvre SARL", 12.0),
        (50, 56, "12 rue des Forges, 21000 Dijon", 9.0),
        (50, 110, "FACTURE N° F-2025-0311", 11.0),
        (50, 124, "Date : 06/06/2025", 9.0),
        (300, 110, "Résidence Les Tilleuls", 9.0),
        (300, 123, "8 avenue Foch, 21000 Dijon", 9.0),
    ]
    panel: list[Text] = [
        (380, 186, "RAPPORT D'INTERVENTION N° 88", 7.0),
        (380, 200, "Date d'intervention : 04/06/2025", 7.0),
        (380, 214, "Lieu : chaufferie, sous-sol", 7.0),
        (380, 228, "Technicien Début Fin", 7.0),
        (380, 242, "P. Marchal 08:00 12:00", 7.0),
    ]
    table: list[Text] = [
        (50, 200, "Désignation", 8.0),
        (235, 200, ">Qté", 8.0),
        (285, 200, ">P.U.", 8.0),
        (340, 200, ">Montant", 8.0),
    ]
    rows = [
        ("Main-d'œuvre technicien", "4", "52,00", "208,00"),
        ("Déplacement", "1", "38,00", "38,00"),
        ("Vanne mélangeuse DN20", "1", "126,40", "126,40"),
    ]
    for n, (text, qty, price, amount) in enumerate(rows, 1):
        y = 200 + 14 * n
        table += [(50, y, text, 8.0), (235, y, ">" + qty, 8.0)]
        table += [(285, y, ">" + price, 8.0), (340, y, ">" + amount, 8.0)]
    table += [
        (200, 270, "Total HT", 8.0),
        (340, 270, ">372,40", 8.0),
        (200, 284, "TVA 20 %", 8.0),
        (340, 284, ">74,48", 8.0),
        (200, 298, "Total TTC", 8.0),
        (340, 298, ">446,88", 8.0),
    ]
    assert _items(head + panel + table) == [
        ("Main-d'œuvre technicien", 4.0, 52.0, 208.0),
        ("Déplacement", 1.0, 38.0, 38.0),
        ("Vanne mélangeuse DN20", 1.0, 126.4, 126.4),
    ]


_GARAGE = [
    (50, 40, "Harbour Marine Engineering Ltd", 12.0),
    (50, 56, "Quay Road, Cork T12 X2Y4", 9.0),
    (340, 100, "Atlantic Ferries Ltd", 9.0),
    (340, 113, "Ringaskiddy, Co. Cork", 9.0),
    (50, 150, "INVOICE No. HM-2207", 11.0),
    (50, 164, "Date: 14/05/2025", 9.0),
]


def _table(top: float, captions: list[str], rows: list[list[str]]) -> list[Text]:
    xs = [50, 330, 420, 545]
    out: list[Text] = [
        (x, top, caption if n == 0 else ">" + caption, 9.0)
        for n, (x, caption) in enumerate(zip(xs, captions, strict=True))
    ]
    for k, row in enumerate(rows, 1):
        y = top + 16 * k
        out += [
            (x, y, cell if n == 0 else ">" + cell, 9.0)
            for n, (x, cell) in enumerate(zip(xs, row, strict=True))
        ]
    return out


def test_job_sheet_parts_lists_after_the_summed_invoice_rows_are_no_items() -> None:
    billed = [
        ["Labour – fitter as per job sheets 311, 314", "12.00", "58.00", "696.00"],
        ["Call-out charge", "1", "45.00", "45.00"],
        ["Parts as per job sheets (see pages 2–3)", "1", "296.50", "296.50"],
    ]
    page_one = _GARAGE + _table(220, ["Description", "Qty", "Price €", "Amount €"], billed)
    page_one += [
        (380, 300, "Net amount", 9.0),
        (545, 300, ">1,037.50", 9.0),
        (380, 314, "VAT 23%", 9.0),
        (545, 314, ">238.63", 9.0),
        (380, 328, "Total EUR", 9.0),
        (545, 328, ">1,276.13", 9.0),
        (450, 800, "Page 1 of 2", 8.0),
    ]
    parts = [
        ["Impeller kit 4127", "2", "64.00", "128.00"],
        ["Raw water pump seal", "3", "31.50", "94.50"],
        ["Hose clips and sundries", "1", "74.00", "74.00"],
    ]
    page_two = [
        (50, 40, "JOB SHEET 311", 11.0),
        (50, 56, "Vessel: MV Atlantic Star – engine room", 9.0),
        *_table(100, ["Part", "Qty", "Unit €", "Total €"], parts),
        (380, 170, "Parts total", 9.0),
        (545, 170, ">296.50", 9.0),
        (450, 800, "Page 2 of 2", 8.0),
    ]
    assert [item[0] for item in _items(page_one, page_two)] == [row[0] for row in billed]


def test_sections_on_two_pages_adding_up_to_the_net_stay_items() -> None:
    labour = [
        ["Labour – fitter", "12.00", "58.00", "696.00"],
        ["Call-out charge", "1", "45.00", "45.00"],
    ]
    page_one = _GARAGE + _table(220, ["Description", "Qty", "Price €", "Amount €"], labour)
    page_one += [
        (380, 280, "Subtotal labour", 9.0),
        (545, 280, ">741.00", 9.0),
        (450, 800, "Page 1 of 2", 8.0),
    ]
    parts = [
        ["Impeller kit 4127", "2", "64.00", "128.00"],
        ["Raw water pump seal", "3", "31.50", "94.50"],
    ]
    page_two = [
        *_table(100, ["Part", "Qty", "Unit €", "Total €"], parts),
        (380, 160, "Subtotal parts", 9.0),
        (545, 160, ">222.50", 9.0),
        (380, 180, "Net amount", 9.0),
        (545, 180, ">963.50", 9.0),
        (380, 194, "VAT 23%", 9.0),
        (545, 194, ">221.61", 9.0),
        (380, 208, "Total EUR", 9.0),
        (545, 208, ">1,185.11", 9.0),
        (450, 800, "Page 2 of 2", 8.0),
    ]
    amounts = [item[3] for item in _items(page_one, page_two)]
    assert amounts == [696.0, 45.0, 128.0, 94.5]
