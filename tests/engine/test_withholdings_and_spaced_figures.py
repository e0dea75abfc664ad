"""Header amounts: thousands groups set as wide apart as words before a currency code
(spacedgroups.py), income taxes withheld at source that are no VAT (Brazil's IRRF and social
contributions, charges.py, totals.py), a total captioned with its tax ("Total (base + IVA)"),
the Swiss "Zwischentotal" and an air ticket's charges that leave no net (labels.py,
charges.py)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.charges import WITHHOLDING_KEY, adjustment_candidates
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Value, Word

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Softwerk Studio"),
    (50, 74, "ul. Kwiatowa 7, 50-312 Wroclaw"),
    (350, 120, "Invoice no. 2026-0417"),
    (350, 134, "Invoice date: 03.04.2026"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def _spaced(x1: float, y: float, words: list[str], gap: float) -> Page:
    """Words ending at x1, each `gap` points after the last: a wide-set figure whose groups
    stand too far apart for layout to join them, near enough to share one cell."""
    widths = [stringWidth(word, "Helvetica", 10) for word in words]
    x = x1 - sum(widths) - gap * (len(words) - 1)
    placed: Page = []
    for word, width in zip(words, widths, strict=True):
        placed.append((x, y, word))
        x += width + gap
    return placed


@pytest.mark.parametrize("code", ["PLN", "CZK", "EUR"])
def test_thousands_groups_set_as_wide_as_words_before_a_currency_code(code: str) -> None:
    # "20 900,00 PLN" with the groups as far apart as the figure is from its code.
    fields = _amounts(
        [
            (330, 300, "Razem netto:"),
            *_spaced(540, 300, ["20", "900,00", code], 6.2),
            (330, 314, "VAT 23%"),
            *_spaced(540, 314, ["4", "807,00", code], 6.2),
            (330, 328, "Razem brutto:"),
            *_spaced(540, 328, ["25", "707,00", code], 6.2),
        ]
    )
    assert fields["net_amount"] == pytest.approx(20900.0)
    assert fields["tax_amount"] == pytest.approx(4807.0)
    assert fields["total_amount"] == pytest.approx(25707.0)


def test_federal_withholdings_are_no_tax_and_leave_the_sum_to_pay() -> None:
    # A Brazilian NFS-e: IRRF and PIS/COFINS/CSLL withheld from the services' value.
    fields = _amounts(
        [
            (300, 300, "Valor total dos servicos"),
            (470, 300, "R$ 8.400,00"),
            (300, 314, "(-) IRRF 1,5%"),
            (470, 314, "R$ 126,00"),
            (300, 328, "(-) PIS/COFINS/CSLL 4,65%"),
            (470, 328, "R$ 390,60"),
            (300, 346, "VALOR LIQUIDO A PAGAR"),
            (470, 346, "R$ 7.883,40"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(8400.0),
        "tax_amount": None,
        "total_amount": pytest.approx(8400.0),
        "amount_due": pytest.approx(7883.4),
    }


@pytest.mark.parametrize(
    ("caption", "withheld"),
    [
        ("(-) IRRF 1,5%", True),
        ("(-) PIS/COFINS/CSLL 4,65%", True),
        ("PIS/COFINS/CSLL retidos", True),
        ("Less: TDS @ 10%", True),
        ("CSRF", True),
        ("Valor do ISS", False),  # Brazil's service tax, charged, not withheld
        ("Lessons", False),
    ],
)
def test_income_taxes_withheld_at_source(caption: str, withheld: bool) -> None:
    def word(text: str, x0: float) -> Word:
        return Word(text, Box(1, x0, 100, x0 + 5 * len(text), 110))

    words = [word(caption, 300), word("126,00", 500)]
    line = Line(1, words, [Cell(words[:1]), Cell(words[1:])])

    def read(words: list[Word]) -> Value | None:
        return Value(126.0, words[-1].text, (words[-1].box,))

    found = [(c.key, c.value.value) for c in adjustment_candidates(line, 1, read)]
    assert found == ([(WITHHOLDING_KEY, -126.0)] if withheld else [])


def test_total_captioned_with_its_tax_stays_the_total_before_the_withholding() -> None:
    # A Spanish freelancer: "Total (base + IVA)", then IRPF withheld, then what is paid.
    fields = _amounts(
        [
            (340, 300, "Base imponible"),
            (480, 300, "538,00 €"),
            (340, 314, "IVA 21 %"),
            (480, 314, "112,98 €"),
            (340, 328, "Total (base + IVA)"),
            (480, 328, "650,98 €"),
            (340, 342, "Retención IRPF 15 %"),
            (480, 342, "-80,70 €"),
            (340, 360, "TOTAL A PAGAR"),
            (480, 360, "570,28 €"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(538.0),
        "tax_amount": pytest.approx(112.98),
        "total_amount": pytest.approx(650.98),
        "amount_due": pytest.approx(570.28),
    }


def test_swiss_zwischentotal_is_the_net_before_a_rounding() -> None:
    fields = _amounts(
        [
            (340, 300, "Zwischentotal"),
            (480, 300, "683.00"),
            (340, 314, "MWST 8.1 %"),
            (480, 314, "55.32"),
            (340, 328, "Rundungsdifferenz"),
            (480, 328, "-0.02"),
            (340, 342, "Total CHF"),
            (480, 342, "738.30"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(683.0)
    assert fields["tax_amount"] == pytest.approx(55.32)
    assert fields["total_amount"] == pytest.approx(738.3)


@pytest.mark.parametrize(
    "charges",
    [
        [(60, 314, "Carrier-imposed surcharge (YQ)"), (260, 314, "CHF 90.00")],
        [(60, 314, "Taxes, fees and charges"), (260, 314, "CHF 136.40")],
    ],
)
def test_air_ticket_charges_leave_no_net(charges: Page) -> None:
    # A fare, the ticket's levies and surcharges, the total: no net amount is printed.
    fields = _amounts(
        [
            (60, 300, "Fare"),
            (260, 300, "CHF 312.00"),
            *charges,
            (60, 334, "TOTAL"),
            (260, 334, "CHF 448.40"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(448.4)
    assert fields["net_amount"] is None
