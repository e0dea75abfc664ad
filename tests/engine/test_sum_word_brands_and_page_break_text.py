"""Item-table rules of round 58 (longtables205): a description line that merely starts with
a sum word (the brand "Suma Select A7" under a detergent) goes on describing the item; the
text of an item that goes on over a page break, after the next page's header and carry row."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Shannon Catering Supplies Ltd"),
    (350, 130, "Invoice no.:"),
    (450, 130, "SCS-58812"),
    (350, 144, "Date:"),
    (450, 144, "17/03/2025"),
]
_HEADER: Page = [
    (50, 220, "Code"),
    (110, 220, "Description"),
    (330, 220, "Qty"),
    (390, 220, "Price"),
    (480, 220, "Amount"),
]


def _item(y: float, code: str, name: str, qty: str, price: str, amount: str) -> Page:
    return [(50, y, code), (110, y, name), (330, y, qty), (390, y, price), (480, y, amount)]


def _read(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_a_brand_line_starting_with_a_sum_word_goes_on_describing_the_item() -> None:
    rows = [
        *_item(240, "CH-0140", "Gastronorm pan 1/1 GN", "10", "14.20", "142.00"),
        (110, 252, "back-order ex DN 73180"),
        *_item(268, "CL-8802", "Rinse aid 20 L", "3", "69.50", "208.50"),
        (110, 280, "Suma Select A7"),
        *_item(296, "FD-1060", "Sea salt flakes 1.4 kg", "12", "22.40", "268.80"),
        (110, 308, "Achill Island"),
        (380, 340, "Goods total"),
        (480, 340, "619.30"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [i["description"] for i in items] == [
        "Gastronorm pan 1/1 GN back-order ex DN 73180",
        "Rinse aid 20 L Suma Select A7",
        "Sea salt flakes 1.4 kg Achill Island",
    ]


def test_a_sum_caption_without_figures_over_the_totals_still_ends_the_table() -> None:
    rows = [
        *_item(240, "CH-0140", "Gastronorm pan 1/1 GN", "10", "14.20", "142.00"),
        *_item(256, "CL-8802", "Rinse aid 20 L", "3", "69.50", "208.50"),
        (110, 272, "Summe netto"),
        (380, 288, "Net"),
        (480, 288, "350.50"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [i["description"] for i in items] == ["Gastronorm pan 1/1 GN", "Rinse aid 20 L"]


def _first_page(last: Page) -> Page:
    rows = [
        *_item(240, "CH-0140", "Gastronorm pan 1/1 GN", "10", "14.20", "142.00"),
        (110, 252, "back-order ex DN 73180"),
        *last,
        (380, 300, "Carried forward"),
        (480, 300, "350.50"),
        (60, 790, "Shannon Catering Supplies Ltd · Registered in Ireland No. 498217"),
        (270, 804, "Page 1 of 2"),
    ]
    return _HEAD + _HEADER + rows


def _next_page(top: Page) -> Page:
    header = [(x, 80, text) for x, _y, text in _HEADER]
    return [
        (50, 40, "Shannon Catering Supplies Ltd - Invoice SCS-58812 - continued"),
        (50, 54, "The Old Mill Hotel, Kilkee"),
        *header,
        (380, 96, "Brought forward"),
        (480, 96, "350.50"),
        *top,
        *_item(160, "FD-1060", "Sea salt flakes 1.4 kg", "12", "22.40", "268.80"),
        (380, 200, "Goods total"),
        (480, 200, "619.30"),
    ]


def test_an_items_text_goes_on_after_the_next_pages_header_and_carry_row() -> None:
    last = _item(268, "CL-8802", "Rinse aid 20 L", "3", "69.50", "208.50")
    top: Page = [
        (110, 112, "Bosch - per Peugeot 208 1.2 PureTech"),
        (110, 124, "(2019-)"),
        (110, 136, "Ref. OE 28961781"),
    ]
    items = _read(_first_page(last), _next_page(top))
    assert [i["description"] for i in items] == [
        "Gastronorm pan 1/1 GN back-order ex DN 73180",
        "Rinse aid 20 L Bosch - per Peugeot 208 1.2 PureTech (2019-) Ref. OE 28961781",
        "Sea salt flakes 1.4 kg",
    ]


def test_a_carry_row_from_the_vorseite_lets_the_items_text_go_on() -> None:
    # "Übertrag aus Vorseite:": the running sum brought forward, one German compound
    # naming the page; the item's text goes on under it.
    first = _first_page(
        _item(268, "12", "Aktenschrank 5 OH mit Drehtüren", "2", "104.25", "208.50")
    )
    second = _next_page([(110, 112, "B 800 mm, abschließbar, 4 Fachböden")])
    second = [
        (300, y, "Übertrag aus Vorseite:") if text == "Brought forward" else (x, y, text)
        for x, y, text in second
    ]
    items = _read(first, second)
    assert (
        items[1]["description"]
        == "Aktenschrank 5 OH mit Drehtüren B 800 mm, abschließbar, 4 Fachböden"
    )
    assert len(items) == 3


def test_a_pages_own_total_over_the_carried_sum_does_not_end_the_table() -> None:
    # "Total page 1" (the page's sum) over "À reporter" (the running sum): the rows go on on
    # the next page, the item cut by the break taking the text at its head.
    first = _first_page(
        _item(268, "VG-354", "Gants nitrile sans poudre taille M", "3", "69.50", "208.50")
    )
    first = [(x, 316 if y == 300 else y, text) for x, y, text in first]
    first += [(380, 300, "Total page 1"), (480, 300, "350.50")]
    second = _next_page([(110, 112, "EN 374, bleu")])
    items = _read(first, second)
    assert items[1]["description"] == "Gants nitrile sans poudre taille M EN 374, bleu"
    assert len(items) == 3


def test_a_name_over_its_figures_at_a_pages_foot_heads_the_row_on_the_next_page() -> None:
    # Each item's figures on the last line of its text: the name at the foot of page 1
    # ("Kramer K-Wall ...") is the first line of the row opening page 2 under its header.
    header: Page = [(72, 220, "Qty"), (100, 220, "Description"), (400, 220, "Unit £")]
    header += [(480, 220, "Line total £")]

    def item(y: float, name: str, qty: str, text: str, price: str) -> Page:
        figures = [(85, y + 11, qty), (100, y + 11, text), (400, y + 11, price)]
        return [(100, y, name), *figures, (480, y + 11, price)]

    first = [
        *_HEAD,
        *header,
        *item(240, "Samsung QM75C 75 in 4K UHD display", "1", "incl. wall mount", "1,840.00"),
        *item(268, "Barco ClickShare CX-30 base unit", "1", "with 2 USB-C buttons", "2,290.00"),
        (85, 296, "2"),
        (100, 296, "Extron HDMI cable 3 m"),
        (400, 296, "41.50"),
        (480, 296, "83.00"),
        (100, 313, "Kramer K-Wall 2F-HF wall plate HDMI + USB-C"),
        (380, 332, "Carried forward"),
        (480, 332, "4,213.00"),
        (270, 804, "Page 1 of 2"),
    ]
    second = [
        (50, 40, "Shannon Catering Supplies Ltd - Invoice SCS-58812 - continued"),
        (380, 73, "Brought forward"),
        (480, 73, "4,213.00"),
        *[(x, 92, text) for x, _y, text in header],
        (85, 110, "1"),
        (100, 110, "white, single-gang"),
        (400, 110, "96.00"),
        (480, 110, "96.00"),
        *item(127, "Room booking panel 7 in", "1", "mounted adjacent to door", "1,155.00"),
        (380, 170, "Subtotal"),
        (480, 170, "5,464.00"),
    ]
    items = _read(first, second)
    assert [i["description"] for i in items] == [
        "Samsung QM75C 75 in 4K UHD display incl. wall mount",
        "Barco ClickShare CX-30 base unit with 2 USB-C buttons",
        "Extron HDMI cable 3 m",
        "Kramer K-Wall 2F-HF wall plate HDMI + USB-C white, single-gang",
        "Room booking panel 7 in mounted adjacent to door",
    ]
