"""Web-shop and marketplace item lists: a product's name over a code line carrying "count x
price amount" (codesublines.py), a "Qty: 2 × £4.25" sub-line under a listed item
(countsublines.py), Nordic sums and a payment note beside the totals ending the table
(tableends.py, sumcaptionbeside.py), and a price caption's "inkl. moms" heading no rate column
(column_captions.py, ratefigures.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.model import Value
from facturist.engine.ratefigures import without_money_rate

from .conftest import SizedText, make_aligned_pdf


def _items(texts: list[SizedText], font: str = "Helvetica") -> list[dict[str, Any]]:
    pdf = make_aligned_pdf(texts, font=font)
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _rows(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(i["description"], i.get("quantity"), i.get("unit_price"), i["amount"]) for i in items]


def test_name_line_over_a_code_line_with_count_times_price_is_one_item() -> None:
    texts: list[SizedText] = [
        (60, 50, "KRUKHUSET", 9),
        (60, 80, "FAKTURA", 9),
        (60, 100, "Fakturanr: KH-88-1207", 9),
        (60, 112, "Fakturadatum: 2024-11-04", 9),
        (60, 140, "Artikel", 9),
        (252, 140, "Belopp kr", 9),
        (60, 152, "Tekanna i gjutjärn 1,2 l", 9),
        (70, 164, "KH-TK-1200", 9),
        (150, 164, "3 x 189,00", 9),
        (300, 164, ">567,00", 9),
        (60, 176, "Serveringssked olivträ", 9),
        (70, 188, "KH-OL-0042", 9),
        (150, 188, "1 x 45,00", 9),
        (300, 188, ">45,00", 9),
        (60, 204, "------------------------------------", 9),
        (60, 216, "Delsumma", 9),
        (300, 216, ">612,00", 9),
        (60, 228, "Frakt (Schenker)", 9),
        (300, 228, ">39,00", 9),
        (60, 240, "TOTALT SEK", 9),
        (300, 240, ">651,00", 9),
        (60, 252, "Varav moms 25 %", 9),
        (300, 252, ">130,20", 9),
        (60, 264, "Betalt med kort 2024-11-02", 9),
        (300, 264, ">651,00", 9),
        (60, 276, "Kvar att betala", 9),
        (300, 276, ">0,00", 9),
    ]
    assert _rows(_items(texts, font="Courier")) == [
        ("Tekanna i gjutjärn 1,2 l", 3.0, 189.0, 567.0),
        ("Serveringssked olivträ", 1.0, 45.0, 45.0),
    ]


def test_qty_times_price_sub_line_gives_the_listed_items_count() -> None:
    texts: list[SizedText] = [
        (170, 40, "shopwell", 14),
        (170, 80, "Invoice", 12),
        (170, 100, "Invoice number: SW-INV-55012", 9),
        (170, 112, "Invoice date: 3 March 2025", 9),
        (170, 200, "Items ordered", 9),
        (420, 200, ">Price", 9),
        (170, 214, "Enamel camping mug, 350 ml, green", 9),
        (420, 214, ">£24.00", 9),
        (170, 225, "Item ref: X7Q2 | Seller SKU: CM-350-G", 8),
        (170, 235, "Qty: 1", 8),
        (210, 235, "× £24.00", 8),
        (170, 252, "Beeswax food wraps, set of three", 9),
        (420, 252, ">£8.50", 9),
        (170, 263, "Item ref: K2M9 | Seller SKU: BW-3SET", 8),
        (170, 273, "Qty: 2", 8),
        (210, 273, "× £4.25", 8),
        (230, 300, "Item(s) subtotal:", 9),
        (420, 300, ">£32.50", 9),
        (230, 312, "Postage & packing:", 9),
        (420, 312, ">£3.95", 9),
        (230, 324, "Order total:", 9),
        (420, 324, ">£36.45", 9),
    ]
    assert _rows(_items(texts)) == [
        ("Enamel camping mug, 350 ml, green", 1.0, 24.0, 24.0),
        ("Beeswax food wraps, set of three", 2.0, 4.25, 8.5),
    ]


def _shop_table(price_caption: str, rate_caption: str) -> list[SizedText]:
    return [
        (50, 40, "FAKTURA", 14),
        (50, 70, "Hemtrevnad AB", 10),
        (360, 90, "Fakturanummer", 9),
        (460, 90, "2024-70211", 9),
        (360, 102, "Fakturadatum", 9),
        (460, 102, "2024-09-12", 9),
        (50, 200, "Art.nr", 9),
        (110, 200, "Benämning", 9),
        (320, 200, "Antal", 9),
        (360, 200, price_caption, 9),
        (460, 200, rate_caption, 9),
        (545, 200, ">Belopp", 9),
        (50, 216, "HT-1001", 9),
        (110, 216, "Ljuslykta i glas, klar", 9),
        (320, 216, "3 st", 9),
        (430, 216, ">129,00", 9),
        (460, 216, "25 %", 9),
        (545, 216, ">387,00", 9),
        (50, 232, "HT-2040", 9),
        (110, 232, "Kokbok: Vardagsmat", 9),
        (320, 232, "1 st", 9),
        (430, 232, ">249,00", 9),
        (460, 232, "6 %", 9),
        (545, 232, ">249,00", 9),
        (50, 262, "Betalningsinformation", 9),
        (300, 262, "Summa varor inkl. moms", 9),
        (545, 262, ">636,00 kr", 9),
        (50, 274, "Betala till bankgiro 1234-5678", 9),
        (300, 274, "Frakt", 9),
        (545, 274, ">49,00 kr", 9),
        (50, 286, "Ange OCR-nummer 77120431", 9),
        (300, 286, "Att betala", 9),
        (545, 286, ">685,00 kr", 9),
        (300, 298, "varav moms 25 %", 9),
        (545, 298, ">87,20 kr", 9),
    ]


def test_payment_note_beside_nordic_sums_ends_the_table() -> None:
    items = _items(_shop_table("À-pris inkl. moms", "Moms"))
    assert _rows(items) == [
        ("Ljuslykta i glas, klar", 3.0, 129.0, 387.0),
        ("Kokbok: Vardagsmat", 1.0, 249.0, 249.0),
    ]
    assert [i.get("vat_rate") for i in items] == [25.0, 6.0]


def test_payment_method_beside_a_net_caption_is_no_item() -> None:
    texts: list[SizedText] = [
        (50, 40, "INVOICE 2024-CH-0918", 12),
        (50, 60, "Invoice date: 11.10.2024", 9),
        (50, 200, "Code", 9),
        (110, 200, "Item", 9),
        (330, 200, "Qty", 9),
        (400, 200, ">Price", 9),
        (430, 200, "VAT", 9),
        (545, 200, ">Amount", 9),
        (50, 216, "ZB-101", 9),
        (110, 216, "Wooden building blocks, 60 pieces", 9),
        (330, 216, "2", 9),
        (400, 216, ">79.00", 9),
        (430, 216, "8.1%", 9),
        (545, 216, ">158.00", 9),
        (50, 240, "Payment method: credit card (Adyen)", 9),
        (360, 240, "Net amount", 9),
        (545, 240, ">146.16 CHF", 9),
        (360, 252, "VAT 8.1%", 9),
        (545, 252, ">11.84 CHF", 9),
        (360, 264, "Total", 9),
        (545, 264, ">158.00 CHF", 9),
    ]
    assert _rows(_items(texts)) == [("Wooden building blocks, 60 pieces", 2.0, 79.0, 158.0)]


def test_money_figure_under_a_rate_caption_is_no_rate() -> None:
    price = Value(249.0, "249,00", ())
    item = {"unit_price": price, "vat_rate": Value(249.0, "249,00", ()), "amount": price}
    without_money_rate(item)
    assert "vat_rate" not in item
    kept = {"vat_rate": Value(25.0, "25", ()), "amount": price}
    without_money_rate(kept)
    assert kept["vat_rate"].value == 25.0
