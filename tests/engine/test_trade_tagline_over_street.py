"""A letterhead's trade line between the seller's name and its street is no address line:
a list of trades past seven words ("Traduzioni e interpretariato EN / DE / IT"), or a sworn
translator's title with its register number in brackets ("(MAEC nº 7731)")."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(tagline: str) -> list[SizedText]:
    return [
        (40, 40, "Paola Bernardi", 16),
        (40, 60, tagline, 8),
        (40, 72, "Via Po 21", 8),
        (40, 84, "10124 Torino (TO)", 8),
        (40, 96, "P.IVA 11876540011", 8),
        (400, 40, "FATTURA", 14),
        (400, 60, "n. 7/2026", 9),
        (400, 72, "Data: 14/10/2026", 9),
        (40, 140, "Spett.le", 9),
        (40, 153, "Lingua Viva S.r.l.", 9),
        (40, 166, "Via Nizza 150", 9),
        (40, 179, "10126 Torino (TO)", 9),
        (54, 230, "Descrizione", 9),
        (480, 230, "Totale", 9),
        (54, 245, "Traduzione manuale", 9),
        (480, 245, "1.140,00", 9),
        (360, 290, "Imponibile", 9),
        (480, 290, "1.140,00", 9),
        (360, 303, "IVA 22%", 9),
        (480, 303, "250,80", 9),
        (360, 316, "Totale fattura", 9),
        (480, 316, "1.390,80", 9),
    ]


@pytest.mark.parametrize(
    "tagline",
    [
        "Traduzioni e interpretariato EN / DE / IT",
        "Traductora-Intérprete Jurada de inglés (MAEC nº 7731)",
    ],
)
def test_trade_tagline_is_no_address_line(tagline: str) -> None:
    fields = extract_canonical(make_sized_pdf(_page(tagline)), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Paola Bernardi"
    assert fields["seller_address"] == "Via Po 21, 10124 Torino (TO)"
