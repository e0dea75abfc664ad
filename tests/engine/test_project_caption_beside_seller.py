"""The details column's "Projekt | P-2311 Kundenportal" on the seller's name line is no
address after the name: a project's code reads like a country-prefixed postcode ("P-1000
Lisboa"), but a site's or project's caption says the cells after it are the job's value."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


@pytest.mark.parametrize(
    ("caption", "value"),
    [("Projekt", "P-4417 Webshop"), ("Project", "A-1020 Relaunch"), ("Projet", "F-2210 Portail")],
)
def test_project_caption_beside_seller_name_is_no_address(caption: str, value: str) -> None:
    texts: list[SizedText] = [
        (360, 40, "Rechnung", 14),
        (360, 60, "Nr. RZ-25-112", 9),
        (57, 90, "Rotzahn Digital AG", 10),
        (360, 90, caption, 9),
        (430, 90, value, 9),
        (57, 103, "Bahnhofstrasse 18", 10),
        (360, 103, "Datum", 9),
        (430, 103, "12.03.2025", 9),
        (57, 116, "8001 Zürich", 10),
        (57, 170, "Seewald Bau AG", 10),
        (57, 183, "Industriestrasse 4", 10),
        (57, 196, "6300 Zug", 10),
        (57, 260, "Leistung", 9),
        (480, 260, "Betrag CHF", 9),
        (57, 276, "Entwicklung Webshop Phase 2", 9),
        (490, 276, "4'800.00", 9),
        (360, 320, "Total exkl. MWST", 9),
        (490, 320, "4'800.00", 9),
        (360, 334, "MWST 8.1 %", 9),
        (490, 334, "388.80", 9),
        (360, 348, "Total CHF", 9),
        (490, 348, "5'188.80", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Rotzahn Digital AG"
    assert fields["seller_address"] == "Bahnhofstrasse 18, 8001 Zürich"
