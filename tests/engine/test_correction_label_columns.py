"""Correction notes printing each item's rows under a label column of their own: "przed /
korektą", "po / korekcie", "różnica" wrapped over two lines left of the item's name, the
name printed again on each row."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import make_aligned_pages

_Page = list[tuple[float, float, str]]
pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1, y, ">" + text)


def _row(y: float, label: tuple[str, str], name: tuple[str, str], figures: list[str]) -> _Page:
    """One labelled row: its label and name on two lines, its figures on the first."""
    top, under = label
    first, second = name
    cells: _Page = [(66, y, top), (115, y, first), (258, y, "szt.")]
    if under:
        cells.append((66, y + 9, under))
    if second:
        cells.append((115, y + 9, second))
    for x1, figure in zip((305, 360, 412, 432, 490, 560), figures, strict=True):
        cells.append(_right(x1, y, figure))
    return cells


_PAGE: _Page = [
    (40, 40, "TERMIX Sp. z o.o."),
    (40, 52, "ul. Lipowa 3, 61-473 Poznań"),
    (360, 52, "Data wystawienia: 14.04.2025"),
    (150, 90, "FAKTURA KORYGUJĄCA nr FK/2025/04/011"),
    (150, 104, "do faktury VAT nr FV/2025/03/201 z dnia 21.03.2025"),
    (40, 198, "Lp."),
    (115, 198, "Nazwa towaru / usługi"),
    (258, 198, "J.m."),
    (285, 198, "Ilość"),
    (320, 198, "Cena netto"),
    (380, 198, "Wartość"),
    (390, 207, "netto"),
    (420, 198, "VAT"),
    (425, 207, "%"),
    (462, 198, "Kwota"),
    (470, 207, "VAT"),
    (528, 198, "Wartość"),
    (534, 207, "brutto"),
    (45, 220, "1"),
    *_row(
        220,
        ("przed", "korektą"),
        ("Pompa ciepła powietrze-woda", "kW monoblok"),
        ["4", "8 450,00", "33 800,00", "23", "7 774,00", "41 574,00"],
    ),
    *_row(
        242,
        ("po", "korekcie"),
        ("Pompa ciepła powietrze-woda", "kW monoblok"),
        ["4", "8 100,00", "32 400,00", "23", "7 452,00", "39 852,00"],
    ),
    *_row(
        264,
        ("różnica", ""),
        ("Pompa ciepła", "powietrze-woda kW monoblok"),
        ["0", "-350,00", "-1 400,00", "23", "-322,00", "-1 722,00"],
    ),
    (45, 286, "2"),
    *_row(
        286,
        ("przed", "korektą"),
        ("Zasobnik c.w.u. 200 l", "z wężownicą"),
        ["6", "1 890,00", "11 340,00", "23", "2 608,20", "13 948,20"],
    ),
    *_row(
        308,
        ("po", "korekcie"),
        ("Zasobnik c.w.u. 200 l", "z wężownicą"),
        ["4", "1 890,00", "7 560,00", "23", "1 738,80", "9 298,80"],
    ),
    *_row(
        330,
        ("różnica", ""),
        ("Zasobnik c.w.u.", "200 l z wężownicą"),
        ["-2", "0,00", "-3 780,00", "23", "-869,40", "-4 649,40"],
    ),
    # The rates' recap of the difference beside the note's summary.
    (45, 380, "Stawka"),
    (80, 380, "Netto (różnica)"),
    (150, 380, "VAT (różnica)"),
    (215, 380, "Brutto (różnica)"),
    (52, 394, "23%"),
    _right(140, 394, "-5 180,00"),
    _right(205, 394, "-1 191,40"),
    _right(275, 394, "-6 371,40"),
    (415, 380, "Netto"),
    (475, 380, "VAT"),
    (530, 380, "Brutto"),
    (300, 394, "Razem przed korektą"),
    _right(440, 394, "45 140,00"),
    _right(495, 394, "10 382,20"),
    _right(560, 394, "55 522,20"),
    (300, 408, "Razem po korekcie"),
    _right(440, 408, "39 960,00"),
    _right(495, 408, "9 190,80"),
    _right(560, 408, "49 150,80"),
    (300, 422, "Różnica"),
    _right(440, 422, "-5 180,00"),
    _right(495, 422, "-1 191,40"),
    _right(560, 422, "-6 371,40"),
    (50, 450, "Kwota do zwrotu: 6 371,40 PLN"),
]


def _read(page: _Page) -> dict[str, Any]:
    texts = [(x, y, text, 8.0) for x, y, text in page]
    return extract_canonical(make_aligned_pages(texts, font="DejaVuSans"), use_einvoice=False)


def test_difference_rows_under_a_label_column_are_the_items() -> None:
    """The "różnica" rows are the items, named without their label; the rows before and
    after the correction are none."""
    rows = [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in _read(_PAGE)["line_items"]
    ]
    assert rows == [
        ("Pompa ciepła powietrze-woda kW monoblok", 0.0, -350.0, -1400.0),
        ("Zasobnik c.w.u. 200 l z wężownicą", -2.0, 0.0, -3780.0),
    ]


def test_label_column_note_totals_are_the_difference() -> None:
    """The note's totals are the summary's difference row, the refund its amount due."""
    fields = _read(_PAGE)["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        -5180.0,
        -1191.4,
        -6371.4,
    )
    assert abs(fields["amount_due"]) == 6371.4


def test_a_refund_still_to_pay_outranks_the_credited_invoices_payment() -> None:
    """ "Réglée le 07/03/2025" tells of the credited invoice's payment; the note's own
    "Montant de l'avoir à rembourser" is still to be paid back."""
    page: _Page = [
        (40, 40, "Atelier Vasseur SARL"),
        (40, 52, "27 rue des Tanneurs, 59800 Lille"),
        (380, 40, "FACTURE D'AVOIR"),
        (380, 52, "N° AV25-0042"),
        (380, 64, "Lille, le 12/03/2025"),
        (40, 110, "Avoir sur facture n° FA25-0311 du 28/02/2025"),
        (40, 122, "Réglée le 07/03/2025 par virement"),
        (40, 160, "Désignation"),
        (300, 160, "Qté"),
        (350, 160, "P.U. HT"),
        (480, 160, "Montant HT"),
        (40, 176, "Applique murale laiton – retour"),
        _right(315, 176, "6"),
        _right(390, 176, "142,50"),
        _right(530, 176, "855,00"),
        (330, 220, "Total HT"),
        _right(530, 220, "855,00 €"),
        (330, 234, "TVA 20 %"),
        _right(530, 234, "171,00 €"),
        (330, 248, "Total TTC de l'avoir"),
        _right(530, 248, "1 026,00 €"),
        (40, 280, "Montant de l'avoir à rembourser : 1 026,00 €"),
    ]
    assert _read(page)["fields"]["amount_due"] == 1026.0
