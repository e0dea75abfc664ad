"""Item tables of Polish, Czech and Slovak invoices: a correction note printing each item's
figures before the correction, after it and the correction on labelled rows; a sum of the
items captioned "Součet položek" under the rows; and a monospace print-out drawing its table
with ASCII pipes and "+---+" rules."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import make_aligned_pages

_Page = list[tuple[float, float, str]]
_FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", _FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSansMono", _FONTS + "DejaVuSansMono.ttf"))


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1, y, ">" + text)


def _rows(page: _Page, font: str = "DejaVuSans", size: float = 9) -> list[tuple[Any, ...]]:
    texts = [(x, y, text, size) for x, y, text in page]
    result = extract_canonical(make_aligned_pages(texts, font=font), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


_PL_HEAD: _Page = [
    (40, 50, "ELMAR Hurtownia Elektryczna"),
    (40, 64, "ul. Fabryczna 3, 41-200 Sosnowiec"),
    (40, 100, "FAKTURA KORYGUJĄCA nr FK/07/2025"),
    (40, 114, "do faktury VAT nr FV/2025/02/0117"),
    (360, 64, "Data wystawienia 08.04.2025"),
]


def _labelled(y: float, label: str, qty: str, price: str, net: str) -> _Page:
    return [
        (230, y, label),
        _right(350, y, qty),
        _right(420, y, price),
        _right(500, y, net),
    ]


def test_correction_rows_are_the_items() -> None:
    """ "przed korektą" / "po korekcie" / "korekta" rows per item: the correction rows are
    the items, named by the item's name on the first row, the label left out of it."""
    page = [
        *_PL_HEAD,
        (40, 200, "Lp."),
        (60, 200, "Nazwa towaru"),
        (330, 200, "Ilość"),
        (380, 200, "Cena"),
        (450, 200, "Wartość"),
        (40, 220, "1"),
        (60, 220, "Kabel sterowniczy"),
        *_labelled(220, "przed korektą", "10", "120,00", "1 200,00"),
        (60, 232, "LiYY 4x0,75"),
        *_labelled(246, "po korekcie", "8", "120,00", "960,00"),
        *_labelled(260, "korekta", "-2", "120,00", "-240,00"),
        (40, 276, "2"),
        (60, 276, "Puszka instalacyjna"),
        *_labelled(276, "przed korektą", "50", "4,00", "200,00"),
        *_labelled(290, "po korekcie", "45", "4,00", "180,00"),
        *_labelled(304, "korekta", "-5", "4,00", "-20,00"),
        (230, 340, "Przed korektą"),
        _right(500, 340, "1 400,00"),
        (230, 354, "Po korekcie"),
        _right(500, 354, "1 140,00"),
        (230, 368, "Różnica"),
        _right(500, 368, "-260,00"),
    ]
    assert _rows(page) == [
        ("Kabel sterowniczy LiYY 4x0,75", -2.0, 120.0, -240.0),
        ("Puszka instalacyjna", -5.0, 4.0, -20.0),
    ]


def test_czech_sum_of_items_is_no_item() -> None:
    """ "Součet položek | 3 206,50" under the rows sums their gross column: no item."""
    page = [
        (40, 50, "TECHNO s.r.o."),
        (40, 64, "Hybešova 12, 602 00 Brno"),
        (360, 64, "FAKTURA 250100142"),
        (40, 200, "Označení dodávky"),
        (200, 200, "Počet"),
        (250, 200, "Cena za m.j."),
        (330, 200, "Bez DPH"),
        (400, 200, "DPH"),
        (470, 200, "Celkem"),
        (40, 220, "Servisní prohlídka"),
        _right(230, 220, "1"),
        _right(310, 220, "1 850,00"),
        _right(380, 220, "1 850,00"),
        _right(440, 220, "388,50"),
        _right(520, 220, "2 238,50"),
        (40, 236, "Práce technika"),
        _right(230, 236, "2"),
        _right(310, 236, "400,00"),
        _right(380, 236, "800,00"),
        _right(440, 236, "168,00"),
        _right(520, 236, "968,00"),
        (40, 262, "Součet položek"),
        _right(520, 262, "3 206,50"),
    ]
    assert _rows(page) == [
        ("Servisní prohlídka", 1.0, 1850.0, 1850.0),
        ("Práce technika", 2.0, 400.0, 800.0),
    ]


def test_ascii_table_pipes_are_cell_borders() -> None:
    """A monospace print-out's table drawn with pipes and "+---+" rules: the pipes glued to
    the figures ("12|kurs|") border cells, a wrapped name goes on in a row of pipes."""
    rule = "+---+------------------------------+------+----+---------+----------+"
    page = [
        (40, 40, "Usługi Transportowe Jan Kowalczyk"),
        (40, 52, "ul. Lipowa 3, 21-500 Biała Podlaska"),
        (40, 76, "FAKTURA VAT Nr 0045/2025"),
        (40, 88, "Data wystawienia: 30.04.2025"),
        (40, 200, rule),
        (40, 212, "|Lp.| Nazwa towaru lub usługi     |Ilość |jm  |     Cena|   Wartość|"),
        (40, 224, rule),
        (40, 236, "| 1.| Transport drogowy chłodniczy |    12|kurs|  1150,00|  13800,00|"),
        (40, 248, "|   | Biała Podlaska - Warszawa    |      |    |         |          |"),
        (40, 260, "| 2.| Opłaty drogowe e-TOLL        |     1|usł |   642,28|    642,28|"),
        (40, 272, rule),
        (40, 284, "|   | RAZEM:                                       |  14442,28|"),
        (40, 296, rule),
    ]
    assert _rows(page, "DejaVuSansMono", 7.5) == [
        ("Transport drogowy chłodniczy Biała Podlaska - Warszawa", 12.0, 1150.0, 13800.0),
        ("Opłaty drogowe e-TOLL", 1.0, 642.28, 642.28),
    ]
