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
