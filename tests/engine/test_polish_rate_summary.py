"""A Polish e-invoice print (KSeF visualisation) states no net or VAT total: under its items
only a per-rate summary ("Stawka podatku | Kwota netto | Kwota podatku | Kwota brutto", one
row per rate, no sum row) and then the amount due ("Kwota naleznosci ogolem"). The rates'
rows add up to the net and the tax (engine/totalgrid.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return x1 - stringWidth(text, "Helvetica", 10), y, text


def _item(y: float, no: str, name: str, count: str, price: str, net: str, rate: str) -> Page:
    return [
        (50, y, no),
        (70, y, name),
        (260, y, "szt."),
        _right(330, y, count),
        _right(400, y, price),
        _right(470, y, net),
        (490, y, rate),
    ]


def _page(caption: str = "Kwota podatku") -> Page:
    page: Page = [
        (40, 40, "Krajowy System e-Faktur"),
        (40, 60, "Faktura"),
        (340, 60, "Numer faktury: FV/2025/03/0117"),
        (340, 74, "Data wystawienia: 2025-03-14"),
        (45, 120, "Sprzedawca"),
        (300, 120, "Nabywca"),
        (45, 134, "Drukarnia Warta Sp. z o.o."),
        (300, 134, "Szkola Jezykowa Lingua s.c."),
        (45, 148, "ul. Fabryczna 9, 61-579 Poznan"),
        (300, 148, "ul. Morska 18, 80-266 Gdansk"),
        (50, 200, "Lp."),
        (70, 200, "Nazwa towaru lub uslugi"),
        (260, 200, "J.m."),
        _right(330, 200, "Ilosc"),
        _right(400, 200, "Cena jedn."),
        _right(470, 200, "Wartosc"),
        (490, 200, "Stawka"),
        _right(400, 212, "netto"),
        _right(470, 212, "netto"),
        (490, 212, "VAT"),
    ]
    page += _item(228, "1", "Podrecznik A2, druk offsetowy", "250", "18,40", "4 600,00", "8%")
    page += _item(242, "2", "Zeszyt cwiczen A2", "250", "6,90", "1 725,00", "8%")
    page += _item(256, "3", "Ulotka A5 dwustronna", "5000", "0,11", "550,00", "23%")
    page += _item(270, "4", "Plakat B1", "40", "12,50", "500,00", "23%")
    page += _item(284, "5", "Projekt graficzny", "6", "145,00", "870,00", "23%")
    page += _item(298, "6", "Transport paletowy", "1", "420,00", "420,00", "23%")
    page += [
        (45, 330, "Podsumowanie stawek podatku"),
        (44, 350, "Stawka podatku"),
        (200, 350, "Kwota netto"),
        (320, 350, caption),
        (440, 350, "Kwota brutto"),
        (44, 364, "23%"),
        _right(260, 364, "2 340,00"),
        _right(380, 364, "538,20"),
        _right(500, 364, "2 878,20"),
        (44, 378, "8%"),
        _right(260, 378, "6 325,00"),
        _right(380, 378, "506,00"),
        _right(500, 378, "6 831,00"),
        (300, 404, "Kwota naleznosci ogolem:"),
        _right(520, 404, "9 709,20 PLN"),
        (45, 440, "Termin platnosci: 2025-03-28"),
    ]
    return page


def _amounts(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return {key: fields.get(key) for key in ("net_amount", "tax_amount", "total_amount")}


def test_rate_rows_under_kwota_podatku_add_up_to_the_net_and_the_tax() -> None:
    fields = _amounts(_page())
    assert fields["net_amount"] == pytest.approx(8665.00)
    assert fields["tax_amount"] == pytest.approx(1044.20)
    assert fields["total_amount"] == pytest.approx(9709.20)


def test_rate_rows_under_kwota_vat_add_up_the_same() -> None:
    fields = _amounts(_page("Kwota VAT"))
    assert fields["net_amount"] == pytest.approx(8665.00)
    assert fields["tax_amount"] == pytest.approx(1044.20)
