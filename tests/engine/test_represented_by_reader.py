"""A partnership or owners' association names its representative under its name ("vertreten
durch Herrn Tobias Wenzel", "represented by Ms Joan Hale"): a reader's line, no part of the
postal address (readerlines.py)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _page(represented: str) -> list[tuple[float, float, str]]:
    return [
        (350, 40, "Planungsbüro Sommer GmbH"),
        (350, 54, "Hauptstraße 5, 79098 Freiburg"),
        (50, 80, "Planungsbüro Sommer GmbH · Hauptstraße 5 · 79098 Freiburg"),
        (50, 100, "Baugemeinschaft Lindenhof GbR"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "2024-051"),
        (50, 114, represented),
        (350, 114, "Datum"),
        (450, 114, "09.07.2024"),
        (50, 128, "Lindenweg 4"),
        (50, 142, "79100 Freiburg"),
        (50, 200, "Beschreibung"),
        (480, 200, "Betrag"),
        (50, 218, "Entwurfsplanung"),
        (480, 218, "1.000,00"),
        (380, 250, "Nettobetrag"),
        (480, 250, "1.000,00"),
        (380, 264, "19 % USt"),
        (486, 264, "190,00"),
        (380, 278, "Gesamtbetrag"),
        (480, 278, "1.190,00"),
    ]


@pytest.mark.parametrize(
    "represented", ["vertreten durch Herrn Tobias Wenzel", "represented by Ms Joan Hale"]
)
def test_representative_line_is_no_address_part(represented: str) -> None:
    fields = extract_canonical(make_invoice_pdf([_page(represented)]), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Baugemeinschaft Lindenhof GbR"
    assert fields["buyer_address"] == "Lindenweg 4, 79100 Freiburg"
