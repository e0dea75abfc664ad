"""OCR digit slips in the net or the tax, mended by the one printed tax rate and the total."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Box, Value, Word
from facturist.engine.rateslips import rate_checked


def _lines(*texts: str) -> list[Line]:
    out = []
    for row, text in enumerate(texts):
        words = [
            Word(word, Box(1, 40.0 + 40 * i, 20.0 * row, 70.0 + 40 * i, 20.0 * row + 8))
            for i, word in enumerate(text.split())
        ]
        out.append(Line(1, words))
    return out


def _fields(net: float, tax: float, total: float) -> dict[str, Value]:
    return {
        "net_amount": Value(net, f"{net:.2f}"),
        "tax_amount": Value(tax, f"{tax:.2f}"),
        "total_amount": Value(total, f"{total:.2f}"),
    }


def _amounts(fields: dict[str, Value]) -> tuple[object, object]:
    return fields["net_amount"].value, fields["tax_amount"].value


def test_tax_digit_slip_mended_by_the_rate() -> None:
    lines = _lines("Total Excl. GST 752.10", "GST @ 6% 45.23", "Total Incl. GST 797.23")
    assert _amounts(rate_checked(lines, _fields(752.10, 45.23, 797.23))) == (752.10, 45.13)


def test_net_and_tax_slips_mended_by_the_rate() -> None:
    # "686.20" read as "606.20", "48.03" as "49.03"; the general reader derived 128.03.
    lines = _lines("Sub-Total 606.20", "Add: GST 7% 49.03", "Total S$ 734.23")
    fields = _fields(606.20, 128.03, 734.23)
    fields["tax_amount"] = Value(128.03)
    assert _amounts(rate_checked(lines, fields)) == (686.20, 48.03)


def test_figures_that_add_up_stay() -> None:
    lines = _lines("Subtotal 100.00", "VAT 20% 20.00", "Total 120.00")
    assert _amounts(rate_checked(lines, _fields(100.00, 20.00, 120.00))) == (100.00, 20.00)


def test_an_untaxed_charge_between_them_is_no_slip() -> None:
    # Net and tax agree with the rate; the total holds postage outside the tax.
    lines = _lines("Net 300.00", "VAT 20% 60.00", "Postage 4.00", "Total 364.00")
    assert _amounts(rate_checked(lines, _fields(300.00, 60.00, 364.00))) == (300.00, 60.00)


def test_a_coin_rounding_is_no_slip() -> None:
    lines = _lines("Netto 100.00", "MwSt 19% 19.00", "Gesamt 119.01")
    assert _amounts(rate_checked(lines, _fields(100.00, 19.00, 119.01))) == (100.00, 19.00)


def test_two_rates_leave_the_figures() -> None:
    lines = _lines("VAT 20% 40.00", "VAT 5% 1.00", "Total 260.00")
    assert _amounts(rate_checked(lines, _fields(219.00, 41.00, 260.00))) == (219.00, 41.00)
