"""Nordic item tables: "Mengde" / "Magn" count captions, a unit column with no caption,
space-grouped counts ("6 412") and prices per kWh with four decimals ("0,7135")."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

_HEAD: list[Row] = [
    (50, 60, "Nordlys Energi AS"),
    (350, 130, "Fakturanummer"),
    (460, 130, "7330041"),
    (350, 144, "Fakturadato"),
    (460, 144, "05.11.2025"),
]


def _figures(rows: list[Row]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def test_metered_rows_with_a_grouped_count_an_uncaptioned_unit_and_a_rate_per_kwh() -> None:
    rows: list[Row] = [
        (50, 240, "Spesifikasjon"),
        (296, 240, "Mengde"),
        (414, 240, "Pris"),
        (508, 240, "Beløp kr"),
        (50, 262, "Strøm oktober 2025, spotpris"),
        (308, 262, "6 412"),
        (339, 262, "kWh"),
        (403, 262, "0,7135"),
        (510, 262, "4 574,96"),
        (50, 280, "Fastbeløp bedrift"),
        (328, 280, "1"),
        (339, 280, "mnd"),
        (408, 280, "89,00"),
        (523, 280, "89,00"),
        (50, 298, "Påslag 4,9 øre/kWh"),
        (308, 298, "6 412"),
        (339, 298, "kWh"),
        (403, 298, "0,0490"),
        (518, 298, "314,19"),
        (370, 330, "Sum eks. mva."),
        (511, 330, "4 978,15"),
    ]
    assert _figures(rows) == [
        ("Strøm oktober 2025, spotpris", 6412.0, 0.7135, 4574.96),
        ("Fastbeløp bedrift", 1.0, 89.0, 89.0),
        ("Påslag 4,9 øre/kWh", 6412.0, 0.049, 314.19),
    ]


def test_icelandic_captions_and_dot_grouped_kronur() -> None:
    rows: list[Row] = [
        (54, 240, "Lýsing"),
        (311, 240, "Magn"),
        (357, 240, "Einingarverð"),
        (468, 240, "Upphæð"),
        (528, 240, "VSK"),
        (54, 262, "Skjár Dell P2425H"),
        (332, 262, "4"),
        (388, 262, "42.900"),
        (473, 262, "171.600"),
        (529, 262, "24%"),
        (54, 280, "Uppsetning, klst."),
        (324, 280, "6,5"),
        (388, 280, "16.900"),
        (473, 280, "109.850"),
        (529, 280, "24%"),
        (381, 310, "Upphæð án VSK"),
        (491, 310, "281.450 kr."),
    ]
    assert _figures(rows) == [
        ("Skjár Dell P2425H", 4.0, 42900.0, 171600.0),
        ("Uppsetning, klst.", 6.5, 16900.0, 109850.0),
    ]


@pytest.mark.parametrize(
    "captions",
    [
        ("Tekst", "Mængde", "Stk.pris", "Beløb"),
        ("Beskrivelse", "Mengde", "Enhetspris", "Sum"),
        ("Lýsing", "Magn", "Verð", "Samtals"),
        ("Specifikation", "Kvantitet", "Pris", "Belopp"),
    ],
)
def test_nordic_caption_words(captions: tuple[str, str, str, str]) -> None:
    text, count, price, amount = captions
    rows: list[Row] = [
        (50, 240, text),
        (296, 240, count),
        (414, 240, price),
        (508, 240, amount),
        (50, 262, "Konsulenttimer"),
        (308, 262, "12,5"),
        (339, 262, "t"),
        (403, 262, "950,00"),
        (510, 262, "11 875,00"),
        (50, 280, "Reise"),
        (318, 280, "1"),
        (339, 280, "stk"),
        (403, 280, "420,00"),
        (515, 280, "420,00"),
        (370, 310, "Sum eks. mva."),
        (511, 310, "12 295,00"),
    ]
    assert _figures(rows) == [
        ("Konsulenttimer", 12.5, 950.0, 11875.0),
        ("Reise", 1.0, 420.0, 420.0),
    ]
