"""Totals printed as a column of figures, each over its caption (engine/stacked.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.stacked import figures_above

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_CONTINUED: Page = [
    (50, 60, "Juniper Nimbus Sp. z o.o."),
    (350, 60, "Faktura 2020-117 (ciag dalszy)"),
    (50, 100, "Nazwa"),
    (370, 100, "Ilosc"),
    (420, 100, "Cena"),
    (490, 100, "Wartosc"),
    (50, 116, "Szkolenie"),
    (370, 116, "5"),
    (420, 116, "441,55"),
    (490, 116, "2 207,75"),
]


def _fields(*pages: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_figures_over_their_captions_on_a_continuation_page() -> None:
    first: Page = [
        (50, 60, "Juniper Nimbus Sp. z o.o."),
        (350, 60, "Faktura nr 2020-117"),
        (350, 74, "Data wystawienia: 05.03.2024"),
        (50, 100, "Nazwa"),
        (370, 100, "Ilosc"),
        (420, 100, "Cena"),
        (490, 100, "Wartosc"),
        (50, 116, "Toner czarny"),
        (370, 116, "10"),
        (420, 116, "100,00"),
        (490, 116, "1 000,00"),
        (450, 800, "Strona 1 z 2"),
    ]
    totals: Page = [
        (480, 160, "3 207,75 PLN"),
        (480, 173, "Razem netto"),
        (480, 186, "737,78 PLN"),
        (480, 199, "Kwota VAT 23%"),
        (480, 212, "3 945,53 PLN"),
        (480, 225, "Razem brutto"),
        (50, 700, "Termin platnosci: 14 dni."),
    ]
    fields = _fields(first, _CONTINUED + totals)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        3207.75,
        737.78,
        3945.53,
    )


def _line(y: float, text: str, x: float = 480.0) -> Line:
    words = [Word(text, Box(1, x, y, x + 6 * len(text), y + 8))]
    return build_lines(PageText(1, 595, 842, words))[0]


def test_a_run_opening_with_a_caption_has_its_figures_below() -> None:
    caption_first = [_line(100, "Razem netto"), _line(113, "3 207,75"), _line(126, "VAT")]
    caption_first.append(_line(139, "737,78"))
    assert not any(figures_above(caption_first, i) for i in range(len(caption_first)))
    figure_first = [_line(100, "€ 3.207,75"), _line(113, "Netto"), _line(126, "€ 737,78")]
    figure_first.append(_line(139, "MwSt 19%"))
    assert [figures_above(figure_first, i) for i in range(4)] == [False, True, False, True]
