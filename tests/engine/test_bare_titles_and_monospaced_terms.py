"""A bare title word as the number's caption ("Factuur : 24-1187"), a series prefix one
Courier space before its number ("RG 5127734"), and monospaced Skonto terms whose discounted
"Zahlbetrag" is no amount due and whose "bis DATE netto Kasse." line is the due date
(labels.py, idread.py, amountcaptions.py, netdue.py, wordspace.py)."""

from __future__ import annotations

import datetime
from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, header_values, make_aligned_pdf


def _courier_fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(
        make_aligned_pdf(texts, font="Courier"), use_einvoice=False
    )
    fields: dict[str, Any] = result["fields"]
    return fields


def test_bare_title_word_and_colon_captions_the_number() -> None:
    # The colons stand in a column of their own, apart from the captions.
    fields = header_values(
        [
            (50, 60, "Garage Veldman"),
            (50, 160, "Factuur aan:"),
            (320, 160, "Factuur"),
            (420, 160, ": 24-1187"),
            (320, 172, "Datum"),
            (420, 172, ": 12-02-2024"),
            (320, 184, "Werkorder"),
            (420, 184, ": WO-8812"),
        ]
    )
    assert fields["invoice_number"] == "24-1187"


def test_bare_title_word_before_a_date_or_another_word_is_no_number_caption() -> None:
    fields = header_values(
        [
            (50, 60, "Garage Veldman"),
            (320, 160, "Factuur datum"),
            (420, 160, ": 12-02-2024"),
            (320, 172, "Invoice:"),
            (420, 172, "12 March 2024"),
        ]
    )
    assert "invoice_number" not in fields


def test_series_prefix_one_courier_space_before_the_number_is_kept() -> None:
    fields = _courier_fields(
        [
            (60, 60, "REIFEN HANDEL GMBH", 9),
            (60, 200, "R E C H N U N G", 9),
            (60, 220, "Beleg-Nr.       Datum        Kd.-Nr.", 9),
            (60, 232, "RG 5127734      26.04.2024   41177", 9),
            (300, 400, "Endbetrag EUR    5.095,53", 9),
        ]
    )
    assert fields["invoice_number"] == "RG 5127734"


_SKONTO_TERMS: list[SizedText] = [
    (60, 60, "REIFEN HANDEL GMBH", 9),
    (60, 200, "Rechnungsnummer: 5127734", 9),
    (60, 212, "Datum: 26.04.2024", 9),
    (300, 380, "Warenwert netto  4.281,96", 9),
    (300, 392, "MwSt 19,00 %       813,57", 9),
    (300, 404, "Endbetrag EUR    5.095,53", 9),
    (
        60,
        430,
        "Zahlungsbedingung: bis 06.05.2024 abzgl. 2% Skonto = 101,91 EUR, Zahlbetrag 4.993,62 EUR",
        9,
    ),
    (60, 442, "                   bis 26.05.2024 netto Kasse.", 9),
]


def test_monospaced_skonto_clause_before_zahlbetrag_leaves_the_total_due() -> None:
    fields = _courier_fields(_SKONTO_TERMS)
    assert fields["total_amount"] == 5095.53
    assert fields.get("amount_due") in (None, 5095.53)


def test_monospaced_net_terms_under_their_caption_give_the_due_date() -> None:
    fields = _courier_fields(_SKONTO_TERMS)
    assert fields["due_date"] == datetime.date(2024, 5, 26).isoformat()


def test_courier_totals_column_beside_skonto_terms_keeps_its_amount_due() -> None:
    # Two spaces or more part the terms from the totals: no clause runs into "Zahlbetrag".
    fields = _courier_fields(
        [
            (60, 60, "REIFEN HANDEL GMBH", 9),
            (60, 200, "Rechnungsnummer: 5127734", 9),
            (60, 380, "2% Skonto bei Zahlung in 10 Tagen     Zahlbetrag   5.095,53", 9),
            (300, 404, "Endbetrag EUR    5.095,53", 9),
        ]
    )
    assert fields["amount_due"] == 5095.53
