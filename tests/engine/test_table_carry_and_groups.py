"""Item-table rules of round 4: running sums carried over page breaks in several languages,
ratios in names, counts printed with their unit, smaller descriptive sub-lines, metered
usage with unit suffixes, group rows summing indented rows, and two unit prices."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf, make_sized_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Acme Widgets Ltd"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]
_HEADER: Page = [
    (60, 220, "Description"),
    (300, 220, "Qty"),
    (370, 220, "Price"),
    (470, 220, "Amount"),
]


def _read(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _rows(first: int, count: int, top: float, header: Page = _HEADER) -> Page:
    x = {name: x for x, _y, name in header}
    qty, price, amount = (next(v for k, v in x.items() if k.startswith(n)) for n in "QPA")
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(60, y, f"Widget {n}"), (qty, y, "2"), (price, y, "5.00"), (amount, y, "10.00")]
    return rows


def test_carried_forward_with_a_currency_sign_and_no_header_on_the_next_page() -> None:
    first = (
        _HEAD
        + _HEADER
        + _rows(1, 3, 240)
        + [(120, 300, "Carried forward"), (460, 300, "£ 30.00"), (480, 800, "Page 1 of 2")]
    )
    second = [
        (60, 40, "Acme Widgets Ltd  Invoice INV-7"),
        (120, 70, "Brought forward"),
        (460, 70, "£ 30.00"),
        *_rows(4, 2, 90),
        (350, 140, "Subtotal"),
        (470, 140, "50.00"),
    ]
    items = _read(first, second)
    assert [i["description"] for i in items] == [f"Widget {n}" for n in range(1, 6)]


def test_carry_lines_naming_the_page_or_with_a_currency_are_no_items() -> None:
    # "Riporto da pag. 1", "Transport € 30,00": carry lines; a "Transport" charge whose amount
    # is not the running sum stays an item.
    first = _HEAD + _HEADER + _rows(1, 3, 240) + [(120, 300, "Transport € 30.00")]
    second = [
        *_HEADER,
        (60, 240, "Riporto da pag. 1"),
        (470, 240, "30.00"),
        *_rows(4, 2, 256),
        (60, 288, "Transport"),
        (470, 288, "€ 45.00"),
        (350, 320, "Subtotal"),
        (470, 320, "95.00"),
    ]
    items = _read(first, second)
    names = [i["description"] for i in items]
    assert names == [f"Widget {n}" for n in range(1, 6)] + ["Transport"]


def test_a_ratio_in_an_items_name_is_no_label() -> None:
    rows = [
        *_rows(1, 1, 240),
        (60, 256, "Heat shrink tube set 3:1 with glue"),
        (300, 256, "5"),
        (370, 256, "12.30"),
        (470, 256, "61.50"),
        (350, 290, "Subtotal"),
        (470, 290, "71.50"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Widget 1", 10.0),
        ("Heat shrink tube set 3:1 with glue", 61.5),
    ]


def test_a_count_printed_with_its_unit_leaves_the_name() -> None:
    # "1 pausch." right-aligned under "Menge": its figure stands left of the caption.
    items = _read(
        [
            *_HEAD,
            (60, 220, "Pos."),
            (90, 220, "Beschreibung"),
            (340, 220, "Menge"),
            (400, 220, "Einzelpreis"),
            (500, 220, "Gesamt"),
            (61, 240, "1"),
            (90, 240, "Logo-Redesign"),
            (331, 240, "1"),
            (339, 240, "pausch."),
            (400, 240, "1.850,00"),
            (500, 240, "1.850,00"),
            (380, 280, "Gesamt netto"),
            (500, 280, "1.850,00"),
        ]
    )
    assert [(i["description"], i["quantity"]) for i in items] == [("Logo-Redesign", 1.0)]


def test_a_describing_line_in_smaller_print_belongs_to_the_name() -> None:
    body = 8.5
    lines = [(x, y, t, 10.0) for x, y, t in _HEAD] + [
        (57, 220, "Pos.", body),
        (85, 220, "Beschreibung", body),
        (330, 220, "Menge", body),
        (400, 220, "Einzelpreis", body),
        (480, 220, "Gesamt", body),
        (57, 240, "1", body),
        (85, 240, "Geschäftsausstattung", body),
        (355, 240, "1", body),
        (410, 240, "640,00", body),
        (510, 240, "640,00", body),
        (85, 250, "Briefbogen, Visitenkarten, Stempel", 7.0),
        (57, 266, "2", body),
        (85, 266, "Bloem tarwe type 405", body),
        (355, 266, "6", body),
        (410, 266, "48,60", body),
        (510, 266, "291,60", body),
        # A pack's contents, not prose: a detail.
        (85, 276, "inh. 25 kg", 7.0),
        (390, 310, "Summe netto", 9.0),
        (510, 310, "931,60", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Geschäftsausstattung Briefbogen, Visitenkarten, Stempel",
        "Bloem tarwe type 405",
    ]


def test_metered_usage_with_unit_suffixes_and_a_zone_column() -> None:
    items = _read(
        [
            *_HEAD,
            (52, 220, "Product"),
            (270, 220, "Zone"),
            (348, 220, "Usage"),
            (411, 220, "Unit price"),
            (470, 220, "Amount excl. VAT"),
            (52, 240, "Instances PRO2-S"),
            (270, 240, "fr-par-2"),
            (351, 240, "720 h"),
            (411, 240, "€0.2190/h"),
            (510, 240, "€157.68"),
            (52, 256, "Object Storage"),
            (270, 256, "fr-par"),
            (306, 256, "1,204.5 GB-mo"),
            (419, 256, "€0.0146"),
            (515, 256, "€17.59"),
            (330, 290, "Total excl. VAT"),
            (510, 290, "€175.27"),
        ]
    )
    assert [(i["description"], i["quantity"], i["unit_price"]) for i in items] == [
        ("Instances PRO2-S", 720.0, 0.219),
        ("Object Storage", 1204.5, 0.0146),
    ]


def test_group_rows_summing_indented_rows_are_no_items() -> None:
    items = _read(
        [
            *_HEAD,
            (52, 220, "Resource"),
            (290, 220, "Hours"),
            (540, 220, "$"),
            (52, 240, "Droplets"),
            (520, 240, "$72.00"),
            (63, 254, "web-01 (s-2vcpu-4gb)"),
            (290, 254, "696"),
            (520, 254, "$24.00"),
            (63, 268, "db-01 (s-4vcpu-8gb)"),
            (290, 268, "696"),
            (520, 268, "$48.00"),
            (52, 284, "Backups"),
            (520, 284, "$4.80"),
            (63, 298, "web-01 (s-2vcpu-4gb)"),
            (520, 298, "$4.80"),
            (436, 330, "Subtotal"),
            (520, 330, "$76.80"),
        ]
    )
    assert [(i["description"], i["amount"]) for i in items] == [
        ("web-01 (s-2vcpu-4gb)", 24.0),
        ("db-01 (s-4vcpu-8gb)", 48.0),
        ("web-01 (s-2vcpu-4gb)", 4.8),
    ]


def test_of_a_net_and_a_gross_unit_price_the_one_giving_the_amount() -> None:
    items = _read(
        [
            *_HEAD,
            (57, 220, "Descrizione"),
            (250, 220, "Qtà"),
            (280, 220, "Prezzo unitario"),
            (370, 220, "IVA %"),
            (410, 220, "Prezzo unitario"),
            (500, 220, "Totale"),
            (57, 240, "Set lenzuola matrimoniale"),
            (257, 240, "2"),
            (300, 240, "40,98 €"),
            (372, 240, "22%"),
            (425, 240, "49,99 €"),
            (505, 240, "99,98 €"),
            (57, 270, "Totale fattura"),
            (512, 270, "99,98 €"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [(2.0, 49.99, 99.98)]
