"""A line of phone and fax numbers ("0421 53 88 10 · Fax 0421 53 88 199") is never a party's
name: under a letterhead whose "Tel." caption stands before its street and town, it reads
like the recipient under a return address, yet it only says whom to call."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.partynames import not_a_name

from .conftest import SizedText, make_aligned_pdf


def test_phone_and_fax_line_is_not_a_name() -> None:
    assert not_a_name("0421 53 88 10 · Fax 0421 53 88 199")
    assert not_a_name("Tél. 01 42 46 71 90 / Fax 01 42 46 71 91")
    assert not not_a_name("Restaurant Zur Linde")
    assert not not_a_name("Studio 54 GmbH")


def test_phone_line_under_a_letterhead_is_no_buyer() -> None:
    texts: list[SizedText] = [
        (50, 40, "HANSEN", 20),
        (300, 40, "Tel.", 6),
        (316, 40, "Am Speicher 8 · 28195 Bremen", 6),
        (300, 53, "0421 44 21 10 · Fax 0421 44 21 199", 10),
        (50, 70, "Getränke Hansen KG", 9),
        (50, 120, "Hansen KG · Am Speicher 8 · 28195 Bremen", 6),
        (50, 136, "Gasthof Zum Hirsch", 10),
        (50, 150, "Dorfstraße 3", 10),
        (50, 164, "27711 Osterholz-Scharmbeck", 10),
        (360, 136, "Rechnung", 10),
        (430, 136, "5512", 10),
        (360, 150, "Datum", 10),
        (430, 150, "02.09.2024", 10),
        (50, 230, "Bezeichnung", 9),
        (300, 230, "Menge", 9),
        (360, 230, "Preis", 9),
        (470, 230, "Betrag", 9),
        (50, 246, "Apfelsaft 12 x 1 l", 9),
        (300, 246, "2", 9),
        (360, 246, "14,00", 9),
        (470, 246, "28,00", 9),
        (360, 280, "Netto", 9),
        (470, 280, "28,00", 9),
        (360, 294, "MwSt 7 %", 9),
        (470, 294, "1,96", 9),
        (360, 308, "Gesamt", 9),
        (470, 308, "29,96", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Gasthof Zum Hirsch"
