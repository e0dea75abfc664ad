"""E-invoice viewer prints and account-holder captions.

Conventions:
- An e-invoice viewer's party box may open with the buyer's reference or another identifier
  row (EN 16931 BT-10 "Käuferreferenz | 04011000-12345-06", "Leitweg-ID | ..."): a reference
  row is never the party's name; the name is the "Firmenname" / "Name" row under it.
- Spanish and Portuguese telecom and utility bills caption the customer's block "Titular"
  (the account or contract holder) alone over it: the caption is no name, the name is the
  block's first line under it.
- Compact viewer prints set the position boxes two side by side ("Pos. 1 | Pos. 2" over the
  two boxes' rows): each column's box is read on its own, in the positions' order.
- A two-column meta grid prints the due date's row ("Fällig am | 15.10.2024") beside the
  invoice number's: a date after another date's caption is no date of the number's line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.dateread import number_line_date

from .conftest import make_invoice_pdf, spaced_lines

Row = tuple[float, float, str]

_TOTALS_DE: list[Row] = [
    (300, 640, "Summe netto"),
    (450, 640, "410,00"),
    (300, 654, "USt. 19 %"),
    (450, 654, "77,90"),
    (300, 668, "Gesamtbetrag"),
    (450, 668, "487,90"),
]


def _extract(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


def test_a_reference_row_opening_the_buyer_box_is_no_name() -> None:
    rows: list[Row] = [
        (50, 50, "Rechnung XRechnung 3.0"),
        (50, 100, "Käufer"),
        (300, 100, "Verkäufer"),
        (87, 120, "Käuferreferenz"),
        (170, 120, "15-0-0-21-OST-04"),
        (340, 120, "Firmenname"),
        (410, 120, "Brandt Metallbau GmbH"),
        (87, 134, "Firmenname"),
        (170, 134, "Stadtwerke Oberaue"),
        (340, 134, "Straße"),
        (410, 134, "Werkstraße 9"),
        (87, 148, "Straße"),
        (170, 148, "Am Markt 3"),
        (340, 148, "PLZ"),
        (410, 148, "34117"),
        (87, 162, "PLZ"),
        (170, 162, "99084"),
        (340, 162, "Ort"),
        (410, 162, "Kassel"),
        (87, 176, "Ort"),
        (170, 176, "Erfurt"),
        (50, 220, "Rechnungsnummer"),
        (200, 220, "BM-2024-118"),
        (50, 234, "Rechnungsdatum"),
        (200, 234, "11.03.2024"),
        *_TOTALS_DE,
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Stadtwerke Oberaue"
    assert fields["seller_name"] == "Brandt Metallbau GmbH"


def test_a_holder_caption_over_the_customer_block_is_no_name() -> None:
    rows: list[Row] = [
        (50, 50, "Factura"),
        (50, 80, "Redonda Energía, S.L."),
        (50, 94, "Calle Mayor 12"),
        (50, 108, "46001 Valencia"),
        (340, 90, "Nº de factura"),
        (450, 90, "RE-24-88121"),
        (340, 104, "Fecha de emisión"),
        (450, 104, "04/05/2024"),
        (340, 160, "Titular"),
        (340, 174, "Andrés Gil Navarro"),
        (340, 188, "Av. del Puerto 40, 2º A"),
        (340, 202, "46023 Valencia"),
        (50, 260, "Concepto"),
        (300, 260, "Importe"),
        (50, 276, "Término de potencia"),
        (300, 276, "30,00 €"),
        (50, 290, "Término de energía"),
        (300, 290, "20,00 €"),
        (300, 330, "Base imponible 50,00 €"),
        (300, 344, "IVA (21%) 10,50 €"),
        (300, 358, "Total factura 60,50 €"),
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Andrés Gil Navarro"


def _box(x: float, y: float, rows: list[tuple[str, str]]) -> list[Row]:
    out: list[Row] = []
    for offset, (caption, value) in enumerate(rows):
        out += [(x, y + 12 * offset, caption), (x + 70, y + 12 * offset, value)]
    return out


def test_position_boxes_side_by_side_are_read_per_column() -> None:
    rows: list[Row] = [
        (50, 50, "Rechnung RG-4471"),
        (50, 80, "Rechnungsnr."),
        (130, 80, "RG-4471"),
        (50, 94, "Datum"),
        (130, 94, "02.04.2024"),
        (50, 130, "Positionen (3)"),
        (50, 150, "Pos. 1"),
        (310, 150, "Pos. 2"),
        *_box(
            50,
            164,
            [
                ("Artikel", "Schraubensatz M6"),
                ("Menge", "4 Stück"),
                ("Nettopreis", "25,00"),
                ("Betrag netto", "100,00"),
            ],
        ),
        *_box(
            310,
            164,
            [
                ("Artikel", "Dübel 8 mm, 100 Stk."),
                ("Menge", "10 Packung"),
                ("Listenpreis", "12,00"),
                ("Rabatt", "1,00"),
                ("Nettopreis", "11,00"),
                ("Betrag netto", "110,00"),
            ],
        ),
        (50, 250, "Pos. 3"),
        *_box(
            50,
            264,
            [
                ("Artikel", "Montagekleber"),
                ("Menge", "8 Tube"),
                ("Nettopreis", "25,00"),
                ("Betrag netto", "200,00"),
            ],
        ),
        *_TOTALS_DE,
    ]
    items = _extract(rows)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Schraubensatz M6", 4.0, 25.0, 100.0),
        ("Dübel 8 mm, 100 Stk.", 10.0, 11.0, 110.0),
        ("Montagekleber", 8.0, 25.0, 200.0),
    ]


def test_a_due_date_beside_the_invoice_number_is_not_its_date() -> None:
    # A two-column meta grid: the number's row, the due date's row of the right column beside
    # it; "Rechnung Nr. 4711 vom 05.03.2024" still dates the number on its line.
    lines = spaced_lines(
        [
            (50, 100, "Rechnungsnr."),
            (130, 100, "AL-240915-03"),
            (300, 100, "Fällig am"),
            (380, 100, "15.10.2024"),
            (50, 130, "Rechnung Nr. 4711 vom 05.03.2024"),
        ]
    )
    grid, titled = lines
    assert number_line_date(grid.words[1:]) is None
    dated = number_line_date(titled.words[3:])
    assert dated is not None and dated.value == date(2024, 3, 5)
