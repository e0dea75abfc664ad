"""Amounts (amountcaptions.py, labels.py, untaxedcharges.py): an item's "Positionswert netto"
is no document net, SAP's "Nettowert" is, and freight after the goods subtotal of a zero-rated
invoice belongs to the net, not to a tax."""

from __future__ import annotations

from facturist.engine.fields import find_candidates

from .conftest import Page, header_values, spaced_lines

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (350, 120, "Rechnung Nr. 2025-117"),
    (350, 134, "Rechnungsdatum: 02.06.2025"),
]


def test_position_value_caption_is_no_net() -> None:
    fields = header_values(
        [
            *_HEAD,
            (50, 300, "000010 Sechskantschraube M10x40 5.000 ST 920,00"),
            (80, 312, "Positionswert netto"),
            (450, 312, "966,62"),
            (50, 330, "000020 Mutter M10 2.000 ST 380,00"),
            (80, 342, "Positionswert netto"),
            (450, 342, "419,52"),
            (340, 400, "MwSt 19,00 %"),
            (450, 400, "272,58"),
            (340, 412, "Endbetrag EUR"),
            (450, 412, "1.707,22"),
        ]
    )
    assert fields["net_amount"] == 1434.64
    assert fields["tax_amount"] == 272.58


def test_nettowert_is_the_net() -> None:
    lines = spaced_lines(
        [*_HEAD, (340, 400, "Nettowert"), (450, 400, "1.434,64"), (340, 412, "Endbetrag EUR")]
    )
    nets = [c.value.value for c in find_candidates(lines) if c.key == "net_amount"]
    assert nets == [1434.64]


def test_freight_after_goods_value_of_a_zero_rated_invoice_is_net() -> None:
    fields = header_values(
        [
            *_HEAD,
            (300, 400, "Warenwert USD"),
            (450, 400, "186.070,00"),
            (300, 412, "Seefracht bis Hafen"),
            (450, 412, "6.820,00"),
            (300, 424, "Rechnungsbetrag USD"),
            (450, 424, "192.890,00"),
            (300, 436, "Umsatzsteuer 0 %"),
            (450, 436, "0,00"),
        ]
    )
    assert fields["net_amount"] == 192890.0
    assert fields["tax_amount"] == 0.0
