"""A due date in a payment sentence whose amount carries a thousands dot ("bonifico di
€ 1.850,40 entro il", "het bedrag van 2.310,00 EUR te storten vóór"), or phrased with a
Spanish or Portuguese transfer verb ("transfiera el importe ... antes del", "transferência de
... até"): the day closes the request, as in de/en/fr (duecaptions.py)."""

from __future__ import annotations

import datetime

import pytest

from .conftest import header_values


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi prego di effettuare il bonifico di € 1.850,40 entro il 9 maggio 2025 sul conto",
        "Le rogamos transfiera el importe de 1.850,40 € antes del 9 de mayo de 2025 a nuestra",
        "Solicitamos a transferência de 1.850,40 euros até 9 de maio de 2025 para o IBAN",
        "Gelieve het bedrag van 1.850,40 EUR te storten vóór 09/05/2025 op rekening",
    ],
)
def test_due_date_after_an_amount_with_a_thousands_dot(sentence: str) -> None:
    fields = header_values(
        [
            (50, 40, "Studio Rinaldi"),
            (50, 80, "Fattura 2025-0311"),
            (50, 96, "Data 18-04-2025"),
            (50, 300, sentence),
        ]
    )
    assert fields.get("due_date") == datetime.date(2025, 5, 9)
