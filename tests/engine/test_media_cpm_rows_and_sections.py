"""Media invoices: rows billed per thousand impressions ("Impressions | CPM (£) | Net Cost
(£)", "Delivered imps | eCPM | Media spend") keep their count and their price as printed, per
a thousand; a second block of items under its own heading after the first block's sums; a
print shop's till receipt whose last item's name says "time" ("Design / artwork time") over
its count and price line."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf, make_invoice_pdf

_HEAD = [
    (50, 60, "Northgate Media Ltd", 10.0),
    (380, 100, "Invoice No.", 9.0),
    (460, 100, "NM-4471", 9.0),
    (380, 114, "Date", 9.0),
    (460, 114, "02/04/2024", 9.0),
]


def _items(rows: list[tuple[float, float, str, float]]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + rows), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"] or []
    ]


def test_impressions_priced_per_thousand_keep_count_and_price() -> None:
    rows = [
        (50, 220, "Placement", 8.0),
        (330, 220, ">Impressions", 8.0),
        (410, 220, ">CPM (£)", 8.0),
        (520, 220, ">Net Cost (£)", 8.0),
        (50, 238, "Social feed – prospecting", 8.0),
        (330, 238, ">1,400,000", 8.0),
        (410, 238, ">7.50", 8.0),
        (520, 238, ">10,500.00", 8.0),
        (50, 254, "Video pre-roll 15s", 8.0),
        (330, 254, ">300,000", 8.0),
        (410, 254, ">21.00", 8.0),
        (520, 254, ">6,300.00", 8.0),
        (50, 270, "Management fee (10% of media)", 8.0),
        (520, 270, ">1,680.00", 8.0),
        (400, 300, "Subtotal", 8.0),
        (520, 300, ">18,480.00", 8.0),
    ]
    assert _items(rows) == [
        ("Social feed – prospecting", 1400000.0, 7.5, 10500.0),
        ("Video pre-roll 15s", 300000.0, 21.0, 6300.0),
        ("Management fee (10% of media)", None, None, 1680.0),
    ]


def test_delivered_imps_under_ecpm_and_media_spend() -> None:
    rows = [
        (50, 220, "Line item", 8.0),
        (330, 220, ">Delivered imps", 8.0),
        (410, 220, ">eCPM", 8.0),
        (520, 220, ">Media spend", 8.0),
        (50, 238, "Connected TV – 15s", 8.0),
        (330, 238, ">412,880", 8.0),
        (410, 238, ">$31.50", 8.0),
        (520, 238, ">$13,005.72", 8.0),
        (50, 254, "Audience data segments", 8.0),
        (330, 254, ">3,793,280", 8.0),
        (410, 254, ">$0.50", 8.0),
        (520, 254, ">$1,896.64", 8.0),
        (400, 284, "Subtotal", 8.0),
        (520, 284, ">$14,902.36", 8.0),
    ]
    assert _items(rows) == [
        ("Connected TV – 15s", 412880.0, 31.5, 13005.72),
        ("Audience data segments", 3793280.0, 0.5, 1896.64),
    ]


def test_a_second_block_after_the_first_blocks_sum_less_its_commission() -> None:
    def row(y: float, pos: str, name: str, count: str, price: str, amount: str) -> list[Any]:
        return [
            (50, y, pos, 8.0),
            (80, y, name, 8.0),
            (380, y, ">" + count, 8.0),
            (450, y, ">" + price, 8.0),
            (530, y, ">" + amount, 8.0),
        ]

    rows = [
        (50, 220, "Pos.", 8.0),
        (80, 220, "Sender / Platzierung", 8.0),
        (380, 220, ">Anz.", 8.0),
        (450, 220, ">EP brutto €", 8.0),
        (530, 220, ">Gesamt brutto €", 8.0),
        *row(236, "1", "Kanal Nord – TV-Spot 20'' Prime Time", "10", "2.100,00", "21.000,00"),
        *row(250, "2", "Radio Elbe – Funkspot 30''", "30", "400,00", "12.000,00"),
        (280, 270, "Summe Mediavolumen brutto", 8.0),
        (530, 270, ">33.000,00", 8.0),
        (280, 284, "abzgl. AE-Provision 15 %", 8.0),
        (530, 284, ">-4.950,00", 8.0),
        (280, 298, "Mediavolumen netto", 8.0),
        (530, 298, ">28.050,00", 8.0),
        (80, 318, "Produktion & Technik", 8.0),
        *row(334, "3", "Spotproduktion Adaption 20''", "1", "2.800,00", "2.800,00"),
        *row(348, "4", "Sendekopien digital", "10", "40,00", "400,00"),
        (280, 368, "Summe Produktion netto", 8.0),
        (530, 368, ">3.200,00", 8.0),
        (300, 390, "Nettobetrag", 8.0),
        (530, 390, ">31.250,00", 8.0),
        (300, 404, "zzgl. 19 % USt.", 8.0),
        (530, 404, ">5.937,50", 8.0),
        (300, 418, "Gesamtbetrag EUR", 8.0),
        (530, 418, ">37.187,50", 8.0),
    ]
    assert _items(rows) == [
        ("Kanal Nord – TV-Spot 20'' Prime Time", 10.0, 2100.0, 21000.0),
        ("Radio Elbe – Funkspot 30''", 30.0, 400.0, 12000.0),
        ("Spotproduktion Adaption 20''", 1.0, 2800.0, 2800.0),
        ("Sendekopien digital", 10.0, 40.0, 400.0),
    ]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def test_a_receipt_item_named_time_over_its_count_and_price() -> None:
    rows = [
        (60, 30, "QUAYSIDE PRINT & COPY"),
        (60, 42, "8 Harbour Row"),
        (60, 54, "Cork T12 AB34"),
        (60, 66, "VAT No. IE6388047V"),
        (15, 88, "Receipt No: 0047821"),
        (15, 100, "Date: 18/04/2024 14:32"),
        (15, 120, "Business cards 85x55 350gsm"),
        (25, 131, "500 x 0.09"),
        _right(215, 131, "45.00"),
        (15, 144, "Poster A2 gloss"),
        (25, 155, "10 x 6.50"),
        _right(215, 155, "65.00"),
        (15, 168, "Design / artwork time"),
        (25, 179, "1 x 35.00"),
        _right(215, 179, "35.00"),
        (15, 198, "TOTAL EUR"),
        _right(215, 198, "145.00"),
        (15, 210, "VISA CONTACTLESS"),
        _right(215, 210, "145.00"),
        (40, 240, "Thank you!"),
    ]
    pdf = make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))
    items = extract_canonical(pdf, use_einvoice=False)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Business cards 85x55 350gsm", 500.0, 0.09, 45.0),
        ("Poster A2 gloss", 10.0, 6.5, 65.0),
        ("Design / artwork time", 1.0, 35.0, 35.0),
    ]
