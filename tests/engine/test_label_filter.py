"""The literal pre-check before each field's caption scan (labelfilter.py): it may only skip
lines the field's pattern cannot match."""

from __future__ import annotations

import re

import pytest

from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.labels import LABELS_BY_RANK

_LINES = [
    "Rechnungsnummer RE-2025-0387",
    "RECHNUNGSDATUM 06.06.2025",
    "Factuumummer 2025-0417",
    "N° : FV 10864/01/2019",
    "# INV-000482",
    "Fällig am 20.06.2025",
    "Gesamtbetrag brutto 1.234,56 EUR",
    "Zwischensumme netto 1.037,45",
    "MwSt. 19 % 197,11",
    "USt-IdNr. DE123456789",
    "IBAN DE89 3704 0044 0532 0130 00",
    "Währung EUR",
    "Submitted on 2025-03-14",
    "Дата на издаване 14.03.2025",
    "Total ſumme 12,00",  # long s: a case-insensitive "s"
    "İnvoice No. 4711",  # dotted capital I lower-cases to two characters
    "TOTAL DUE 55.00",
    "Versand / Logistik Februar 2025",
    "Bielefeld – Lyon (FR) 1.284,00",
    # Nordic captions: Icelandic "ð"/"ú", Finnish "ä", Norway's number without "NO".
    "Reikningsnúmer 2025-0877",
    "REIKNINGSNÚMER 2025-0877",
    "Dagsetning 12.09.2025",
    "Gjalddagi 26.09.2025",
    "Eindagi 10.10.2025",
    "VSK nr. 118402",
    "VIRÐISAUKASKATTSNÚMER 118402",
    "Päivämäärä 14.10.2025",
    "Hyvityslaskun numero H-3318",
    "Kreditnotanr. KN-20250062",
    "ALV-rek. FI31045981",
    "Momsreg.nr SE559231047701",
    "Y-tunnus 2750116-3",
    "Org.nr 918 273 646 MVA",
    "Förfallodag 2025-10-30",
    "Dags. 12.09.2025",
    "LASKUPÄIVÄ 14.10.2025",
    "SIDSTE RETTIDIGE BETALINGSDAG 15.05.2025",
    "Betalingsfrist: 28.10.2025",
]


@pytest.mark.parametrize("key", sorted(LABELS_BY_RANK))
def test_filter_never_skips_a_matching_line(key: str) -> None:
    needed = needed_strings(LABELS_BY_RANK[key])
    for line in _LINES:
        if LABELS_BY_RANK[key].search(line):
            assert may_hold(needed, folded(line)), (key, line)


def test_filter_skips_lines_without_any_needed_string() -> None:
    needed = needed_strings(LABELS_BY_RANK["iban"])
    assert needed is not None
    assert not may_hold(needed, folded("Bielefeld – Lyon (FR) 1.284,00"))


def test_case_fixes_fold_alike() -> None:
    needed = needed_strings(re.compile(r"\bsumme\b", re.IGNORECASE))
    assert may_hold(needed, folded("ſUMME"))
    assert re.compile(r"\bsumme\b", re.IGNORECASE).search("ſUMME")


def test_no_strings_when_a_match_may_be_any_text() -> None:
    assert needed_strings(re.compile(r"\d+|total", re.IGNORECASE)) is None


@pytest.mark.parametrize(
    ("key", "line"),
    [
        ("invoice_number", "Reikningsnúmer 2025-0877"),
        ("invoice_number", "Kreditnotanr. KN-20250062"),
        ("invoice_number", "Hyvityslaskun numero H-3318"),
        ("invoice_date", "Dagsetning 12.09.2025"),
        ("invoice_date", "Dags. 12.09.2025"),
        ("invoice_date", "Laskupäivä 14.10.2025"),
        ("invoice_number", "Reikningur nr. 877"),
        ("due_date", "Sidste rettidige betalingsdag 15.05.2025"),
        ("due_date", "Betalingsfrist: 28.10.2025"),
        ("due_date", "Forfall 28.10.2025"),
        ("due_date", "Gjalddagi 26.09.2025"),
        ("due_date", "Eindagi 10.10.2025"),
        ("seller_vat_id", "VSK nr. 118402"),
        ("seller_vat_id", "Y-tunnus 2750116-3"),
        ("seller_vat_id", "Org.nr 918 273 646 MVA"),
        ("seller_vat_id", "ALV-rek. FI31045981"),
    ],
)
def test_nordic_captions_match_and_pass_the_filter(key: str, line: str) -> None:
    assert LABELS_BY_RANK[key].search(line), (key, line)
    assert may_hold(needed_strings(LABELS_BY_RANK[key]), folded(line)), (key, line)


def test_nordic_payment_terms_are_no_due_date_caption() -> None:
    assert not LABELS_BY_RANK["due_date"].search("Betalingsfrist 14 dager")
