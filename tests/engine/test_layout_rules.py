"""Rules for invoice designs outside the German mould, each on a small synthetic page.

Captions centred over values and over ruled grid columns, net and gross per line, running
sums over page breaks, totals beside notes, Bill To beside Ship To, buyer VAT numbers,
national VAT numbers, per-rate VAT breakdowns, and window addresses with foreign postcodes.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.partyblocks import is_return_address

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _read(*pages: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    return result


def test_centred_caption_reads_the_whole_value_under_it() -> None:
    # "Date" is centred over "2 September 2021", whose first word starts left of the caption.
    fields = _read(
        [
            (50, 60, "Acme Widgets Ltd"),
            (60, 150, "Number"),
            (160, 150, "Date"),
            (260, 150, "Due Date"),
            (48, 164, "AB-2021-77"),
            (128, 164, "2 September 2021"),
            (230, 164, "16 September 2021"),
            (350, 300, "Total:"),
            (450, 300, "100.00"),
        ]
    )["fields"]
    assert fields["invoice_date"] == "2021-09-02"
    assert fields["due_date"] == "2021-09-16"


def test_label_ending_in_its_own_cell_before_another_caption() -> None:
    # "VAT" and "Total invoice" read as "VAT Total": the tax caption is "VAT" alone.
    fields = _read(
        [
            *_HEAD,
            (200, 300, "Net Amount"),
            (300, 300, "VAT"),
            (420, 300, "Total invoice"),
            (200, 314, "1,146.68"),
            (300, 314, "263.74"),
            (420, 314, "1,410.42"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"]) == (1146.68, 263.74)
    assert fields["total_amount"] == 1410.42


def test_buyer_vat_number_under_the_buyer_yields_to_the_sellers() -> None:
    fields = _read(
        [
            (50, 60, "Acme Widgets Ltd"),
            (50, 74, "1 High Street, Leeds LS1 4AB"),
            (50, 130, "Bill to"),
            (50, 144, "Beta Buyers Ltd"),
            (50, 158, "2 Mill Road, Bristol BS1 5TR"),
            (50, 172, "VAT No.: GB 276 1662 42"),
            (350, 130, "Invoice No.: 5521"),
            (350, 300, "Total: 100.00"),
            (50, 780, "Acme Widgets Ltd - VAT No.: GB 393 8260 23"),
        ]
    )["fields"]
    assert fields["seller_vat_id"] == "GB393826023"


def test_national_vat_number_after_its_caption() -> None:
    # A Spanish CIF printed without "ES"; its checksum makes it a VAT number.
    fields = _read([*_HEAD[:1], (50, 74, "CIF: A99915183"), (350, 300, "Total: 1,00")])["fields"]
    assert fields["seller_vat_id"] == "A99915183"


def test_bracketed_base_after_a_rate_is_no_tax() -> None:
    fields = _read(
        [
            *_HEAD,
            (300, 300, "Nettobetrag"),
            (470, 300, "3.239,14"),
            (300, 314, "MwSt. 19 % (579,00)"),
            (470, 314, "110,01"),
            (300, 328, "MwSt. 7 % (2.660,14)"),
            (470, 328, "186,21"),
            (300, 342, "Gesamtbetrag"),
            (470, 342, "3.535,36"),
        ]
    )["fields"]
    assert (fields["tax_amount"], fields["total_amount"]) == (296.22, 3535.36)


def test_vat_breakdown_rows_add_up_to_net_and_tax() -> None:
    # "Base | Taux | Montant TVA | Total TTC" with one row per rate, the total printed once.
    fields = _read(
        [
            *_HEAD,
            (200, 300, "Base"),
            (270, 300, "Taux"),
            (330, 300, "Montant TVA"),
            (450, 300, "Total TTC"),
            (200, 314, "3 635,53"),
            (270, 314, "20 %"),
            (330, 314, "727,11"),
            (450, 314, "4 634,93"),
            (200, 328, "247,54"),
            (270, 328, "10 %"),
            (330, 328, "24,75"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"]) == (3883.07, 751.86)
    assert fields["total_amount"] == 4634.93


def test_bill_to_beside_ship_to_names_the_buyer() -> None:
    fields = _read(
        [
            (50, 60, "Acme Widgets Ltd"),
            (50, 130, "Facturer à"),
            (250, 130, "Adresse de livraison"),
            (50, 144, "Meridian Quadrant SAS"),
            (250, 144, "Meridian Quadrant SAS"),
            (50, 158, "81 boulevard Voltaire"),
            (250, 158, "174 avenue Victor Hugo"),
            (350, 300, "Total: 100.00"),
        ]
    )["fields"]
    assert fields["buyer_name"] == "Meridian Quadrant SAS"


def test_return_address_lines_with_foreign_postcodes() -> None:
    # The sender's one-line return address over a window envelope's recipient.
    for line in (
        "Silverline Logistiek V.O.F. · Kerkstraat 127 · 8924 WJ Utrecht",
        "Solvent Logistyka S.A. · ul. Długa 12 · 00-238 Warszawa",
        "Costa & Sousa S.A. · Rua Augusta 130 · 3242-194 Coimbra",
        "Pinecrest Services Ltd · 155 Main Street · Leeds LS1 4AB",
    ):
        assert is_return_address(line), line
    assert not is_return_address("Payment due within 14 days")


_GRID_HEAD: Page = [
    (42, 222, "Nr"),
    (140, 222, "Concepto"),
    (250, 222, "Cant."),
    (310, 222, "Precio"),
    (370, 222, "Base"),
    (420, 222, "IVA %"),
    (470, 222, "IVA"),
    (520, 222, "Importe"),
]


def _grid_row(y: float, number: str, text: str, figures: tuple[str, ...]) -> Page:
    xs = (255, 315, 370, 425, 470, 520)
    return [(44, y, number), (60, y, text), *zip(xs, (y,) * 6, figures, strict=True)]


def test_centred_grid_header_keeps_the_whole_name_and_takes_the_net_amount() -> None:
    # The name starts left of the centred "Concepto"; the rightmost column is the gross one.
    rows = _grid_row(
        240, "1", "Horas de consultoria", ("25", "0,56", "14,00", "21%", "2,94", "16,94")
    )
    rows += _grid_row(256, "2", "Mano de obra", ("4", "1,73", "6,92", "10%", "0,69", "7,61"))
    items = _read(_HEAD + _GRID_HEAD + rows)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Horas de consultoria", 14.0),
        ("Mano de obra", 6.92),
    ]


def _table(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(60, y, f"Widget {n}"), (300, y, "2"), (370, y, "5,00"), (470, y, "10,00")]
    return rows


_HEADER: Page = [
    (60, 220, "Bezeichnung"),
    (300, 220, "Menge"),
    (370, 220, "Preis"),
    (470, 220, "Betrag"),
]


def test_running_sum_and_page_foot_do_not_end_a_long_table() -> None:
    first = (
        _HEAD
        + _HEADER
        + _table(1, 3, 240)
        + [(60, 300, "Übertrag:"), (470, 300, "30,00"), (480, 800, "Seite 1 von 2")]
        + [(60, 780, "Acme Widgets GmbH - Hauptstrasse 1 - 10115 Berlin - HRB 12345")]
    )
    second = [
        (60, 40, "Rechnung INV-7"),
        *_HEADER,
        (60, 240, "Übertrag"),
        (470, 240, "30,00"),
        *_table(4, 2, 256),
        (350, 340, "Gesamtbetrag:"),
        (470, 340, "50,00"),
        (480, 800, "Seite 2 von 2"),
    ]
    items = _read(first, second)["line_items"]
    assert [i["description"] for i in items] == [f"Widget {n}" for n in range(1, 6)]


def test_totals_beside_a_note_or_set_in_from_the_items_end_the_table() -> None:
    items = _read(
        _HEAD
        + _HEADER
        + _table(1, 2, 240)
        + [(60, 290, "Payment due within 14 days."), (300, 290, "Subtotal"), (470, 290, "20,00")]
        + [(250, 304, "Goods value"), (470, 304, "20,00")]
    )["line_items"]
    assert [i["description"] for i in items] == ["Widget 1", "Widget 2"]


def test_a_thousands_group_after_a_lone_one_stays_one_figure() -> None:
    # "1 182,00 EUR": the ink box of a lone "1" is short, its gap to "182,00" wide.
    fields = _read(
        [
            *_HEAD,
            (50, 200, "Prestation de conseil"),
            (450, 200, "1 182,00 EUR"),
            (350, 260, "Total HT"),
            (450, 260, "1 182,00 EUR"),
            (350, 274, "TVA 20,00 %"),
            (450, 274, "236,40 EUR"),
            (350, 288, "Total TTC"),
            (450, 288, "1 418,40 EUR"),
        ]
    )
    header = fields["fields"]
    assert (header["net_amount"], header["tax_amount"], header["total_amount"]) == (
        1182.0,
        236.4,
        1418.4,
    )


def test_three_thousands_groups_without_decimals_stay_one_figure() -> None:
    # "1 278 763 Ft": forint amounts carry no decimals; every group joins the figure.
    fields = _read(
        [
            *_HEAD,
            (50, 200, "Printing of wine labels"),
            (450, 200, "1 006 900 Ft"),
            (350, 260, "Net total"),
            (450, 260, "1 006 900 Ft"),
            (350, 274, "VAT total"),
            (450, 274, "271 863 Ft"),
            (350, 288, "Gross total"),
            (450, 288, "1 278 763 Ft"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        1006900.0,
        271863.0,
        1278763.0,
    )
