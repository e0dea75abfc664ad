"""A Belgian professional's fee statement numbered as "Ereloonstaat nr. 2026/014" or "Staat
van ereloon nr. 2026/014" (like "Ereloonnota nr."): its number is the invoice number
(numbercaptions.py)."""

from __future__ import annotations

import pytest

from .conftest import header_values


@pytest.mark.parametrize("title", ["Ereloonstaat nr. 2026/014", "Staat van ereloon nr. 2026/014"])
def test_fee_statement_number(title: str) -> None:
    fields = header_values(
        [
            (50, 40, "ARCHITECTENBUREAU MAES"),
            (50, 54, "Kouter 12 · 9000 Gent · BTW BE0736418258"),
            (50, 110, "Mevrouw Els Wouters"),
            (50, 124, "Dorpsstraat 8"),
            (50, 138, "9140 Temse"),
            (50, 180, "Gent, 29 januari 2026"),
            (50, 200, title),
            (50, 240, "Fase 4 – uitvoeringsdossier 2.640,00 EUR"),
            (50, 260, "Totaal excl. btw 2.640,00 EUR"),
            (50, 274, "btw 21 % 554,40 EUR"),
            (50, 288, "Te betalen 3.194,40 EUR"),
        ]
    )
    assert fields.get("invoice_number") == "2026/014"
