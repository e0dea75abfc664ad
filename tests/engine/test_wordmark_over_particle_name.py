"""A letterhead's wordmark in capitals over the legal name that repeats its words ("VAN HECKE
ELEKTRO" / "Van Hecke Elektro NV"): the logo, no first line of the name, even where the name
opens with a surname particle ("Van", "De") that reads as a joining word ("di Verdi Marco")."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_PAGE: list[SizedText] = [
    (340, 130, "Immo Decock BV", 9),
    (340, 142, "Groeningestraat 12", 9),
    (340, 154, "8500 Kortrijk", 9),
    (57, 200, "Factuur 2024/0187", 14),
    (57, 222, "Factuurdatum: 18/04/2024", 9),
    (57, 260, "Omschrijving", 9),
    (330, 260, "Aantal", 9),
    (400, 260, "Prijs", 9),
    (480, 260, "Bedrag", 9),
    (57, 278, "Montage verlichting hal", 9),
    (330, 278, "4,00", 9),
    (400, 278, "55,00", 9),
    (480, 278, "220,00", 9),
    (360, 320, "Totaal excl. btw", 9),
    (480, 320, "220,00", 9),
    (360, 334, "Btw 21%", 9),
    (480, 334, "46,20", 9),
    (360, 348, "Totaal", 9),
    (480, 348, "266,20", 9),
]


@pytest.mark.parametrize(
    ("wordmark", "name"),
    [
        ("VAN HECKE ELEKTRO", "Van Hecke Elektro NV"),
        ("DE WINTER BOUW", "De Winter Bouw BV"),
    ],
)
def test_capitals_wordmark_repeating_a_particle_name_is_no_part_of_it(
    wordmark: str, name: str
) -> None:
    texts: list[SizedText] = [
        (57, 50, wordmark, 16),
        (57, 70, name, 8),
        (57, 81, "Brugsesteenweg 220", 8),
        (57, 92, "8500 Kortrijk", 8),
        *_PAGE,
    ]
    fields = extract_canonical(make_sized_pdf(texts, bold=frozenset({wordmark})))["fields"]
    assert fields["seller_name"] == name
