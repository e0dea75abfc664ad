"""A due date stated only in a payment sentence, its verb after the day or its subject a
compound ("het factuurbedrag uiterlijk 9 mei 2025 over te maken", "verser le montant ... au
plus tard le", "l'importo ... entro il"): the day is the due date (duecaptions.py)."""

from __future__ import annotations

import datetime

import pytest

from .conftest import header_values


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij verzoeken u het factuurbedrag uiterlijk 9 mei 2025 over te maken op"
        " NL12 ABNA 0417 1643 00",
        "Gelieve dit uiterlijk 09-05-2025 te voldoen op ons rekeningnummer",
        "Merci de verser le montant de 1 412,00 € au plus tard le 09/05/2025 sur notre compte",
        "L'importo dovrà essere versato entro il 09/05/2025 sul nostro conto",
    ],
)
def test_due_date_in_a_payment_sentence(sentence: str) -> None:
    fields = header_values(
        [
            (50, 40, "Bouwbedrijf Okkerse"),
            (50, 80, "Factuur 2025-0311"),
            (50, 96, "Factuurdatum 18-04-2025"),
            (50, 300, sentence),
        ]
    )
    assert fields.get("due_date") == datetime.date(2025, 5, 9)
