"""VAT recap tables of central and eastern Europe with the gross printed on its own row under
them (engine/totalgrid.py), an insurance receipt's net premium and total taxes, and the
Nordic remaining balance after a payment (labels.py)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.labels import LABELS_BY_RANK

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Vltava Komponenty s.r.o."),
    (50, 74, "Prumyslova 12, 370 01 Ceske Budejovice"),
    (350, 120, "Faktura c. 2025010387"),
    (350, 134, "Datum vystaveni: 14.01.2025"),
]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """A figure set flush right against x1, as totals columns print them."""
    return x1 - stringWidth(text, "Helvetica", 10), y, text


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_czech_recap_with_the_gross_on_a_row_of_its_own() -> None:
    # "Sazba DPH | Základ | DPH" over one rate's row; the gross under the tax column on its
    # own captioned row, then the rounding and the rounded sum to pay.
    fields = _amounts(
        [
            (300, 300, "Sazba DPH"),
            (420, 300, "Základ"),
            (530, 300, "DPH"),
            (300, 315, "21 %"),
            _right(450, 315, "6 282,00"),
            _right(552, 315, "1 319,22"),
            (300, 333, "Celkem s DPH"),
            _right(552, 333, "7 601,22"),
            (300, 348, "Zaokrouhlení"),
            _right(552, 348, "-0,22"),
            (300, 363, "Celkem k uhrade"),
            _right(552, 363, "7 601,00"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(6282.00),
        "tax_amount": pytest.approx(1319.22),
        "total_amount": pytest.approx(7601.22),
        "amount_due": pytest.approx(7601.00),
    }


def test_hungarian_recap_captions_and_a_rate_column_with_decimals() -> None:
    # "ÁFA kulcs | Nettó érték | ÁFA | Bruttó érték": the rate column's "27,00" is no tax.
    fields = _amounts(
        [
            (250, 300, "ÁFA kulcs"),
            (330, 300, "Nettó érték"),
            (430, 300, "ÁFA"),
            (500, 300, "Bruttó érték"),
            _right(290, 315, "27,00"),
            _right(390, 315, "48 000,00"),
            _right(470, 315, "12 960,00"),
            _right(560, 315, "60 960,00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(48000.00)
    assert fields["tax_amount"] == pytest.approx(12960.00)
    assert fields["total_amount"] == pytest.approx(60960.00)


def test_romanian_recap_base_column() -> None:
    # "Cota TVA | Baza impozabila | Valoare TVA" over one row with decimals in its rate.
    fields = _amounts(
        [
            (250, 300, "Cota TVA"),
            (330, 300, "Baza impozabila"),
            (460, 300, "Valoare TVA"),
            _right(290, 315, "19,00"),
            _right(420, 315, "2.450,00"),
            _right(530, 315, "465,50"),
            (250, 335, "Total de plata"),
            _right(530, 335, "2.915,50"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(2450.00)
    assert fields["tax_amount"] == pytest.approx(465.50)
    assert fields["total_amount"] == pytest.approx(2915.50)


def test_spanish_premium_receipt_net_premium_and_total_taxes() -> None:
    # "Recibo de prima": the net premium, surcharges and insurance tax, their total, and the
    # total premium; the receipt is VAT-exempt, so no "IVA" line.
    fields = _amounts(
        [
            (50, 270, "Prima neta"),
            _right(400, 270, "412,30 €"),
            (50, 287, "Recargo Consorcio de Compensación de Seguros"),
            _right(400, 287, "6,18 €"),
            (50, 304, "Impuesto sobre Primas de Seguros (IPS 8 %)"),
            _right(400, 304, "32,98 €"),
            (250, 340, "Total impuestos y recargos"),
            _right(520, 340, "39,78 €"),
            (250, 360, "PRIMA TOTAL"),
            _right(520, 360, "452,08 €"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(412.30)
    assert fields["tax_amount"] == pytest.approx(39.78)
    assert fields["total_amount"] == pytest.approx(452.08)


def test_danish_remaining_balance_after_a_mobilepay_payment() -> None:
    fields = _amounts(
        [
            (330, 297, "Subtotal ekskl. moms"),
            _right(560, 297, "748,80 kr."),
            (330, 313, "Moms 25 %"),
            _right(560, 313, "187,20 kr."),
            (330, 329, "I alt DKK"),
            _right(560, 329, "936,00 kr."),
            (330, 345, "Betalt med MobilePay 10.02.2025"),
            _right(560, 345, "936,00 kr."),
            (330, 361, "Restbeløb"),
            _right(560, 361, "0,00 kr."),
        ]
    )
    assert fields["total_amount"] == pytest.approx(936.00)
    assert fields["amount_due"] == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("text", "key", "caption"),
    [
        ("Restbeløb", "amount_due", "Restbeløb"),
        ("Restbeløp", "amount_due", "Restbeløp"),
        ("Restbelopp", "amount_due", "Restbelopp"),
        ("Premio netto", "net_amount", "Premio netto"),
        ("Prime nette", "net_amount", "Prime nette"),
        ("Total impuestos y recargos", "tax_amount", "Total impuestos"),
    ],
)
def test_balance_and_premium_captions(text: str, key: str, caption: str) -> None:
    found = LABELS_BY_RANK[key].search(text)
    assert found is not None and found.group() == caption


def test_swedish_sum_to_pay_of_zero_after_a_card_payment() -> None:
    # A guard beside the Danish case: "Att betala 0,00" under the card payment is the sum
    # due, not the total.
    fields = _amounts(
        [
            (330, 297, "Summa exkl. moms"),
            _right(560, 297, "1 000,00"),
            (330, 313, "Moms 25 %"),
            _right(560, 313, "250,00"),
            (330, 329, "Totalt"),
            _right(560, 329, "1 250,00"),
            (330, 345, "Betalt med kort"),
            _right(560, 345, "1 250,00"),
            (330, 361, "Att betala"),
            _right(560, 361, "0,00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(1250.00)
    assert fields["amount_due"] == pytest.approx(0.0)
