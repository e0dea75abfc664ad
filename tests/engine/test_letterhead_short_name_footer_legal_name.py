"""A firm's letterhead prints its name without its legal form ("LEROY & BERTIN") over its
trade and its street; the footer's legal line names the entity ("SELARL Leroy & Bertin –
Société d'exercice libéral ..."). The footer's name is the seller's, but the letterhead
stays the seller's block: its address is the seller's, and the addressee's block on the
right (its own VAT number under it) stays the buyer's."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(form: str) -> list[SizedText]:
    rows: list[SizedText] = []
    for n in range(6):
        y = 300 + 16 * n
        rows += [
            (71, y, f"0{n + 1}/02/2024", 8),
            (140, y, f"Étude de faisabilité, phase {n + 1}", 8),
        ]
        rows += [(400, y, "2,00", 8), (450, y, "100,00", 8), (510, y, "200,00", 8)]
    return [
        # Centred on the page, as a letterhead is.
        (231, 50, "LEROY & BERTIN", 16),
        (257, 68, "ARCHITECTES DPLG", 8),
        (207, 82, "8, rue Mercière – 69002 Lyon · Tél. 04 72 10 33 18", 8),
        (71, 130, "Lyon, le 4 mars 2024", 10),
        (326, 130, "SAS Boulangerie du Vieux Pressoir", 10),
        (326, 143, "À l'attention de Mme Claire Vidal", 10),
        (326, 156, "3, chemin des Vignes", 10),
        (326, 169, "69510 Thurins", 10),
        (326, 182, "N° TVA : FR02391405117", 10),
        (71, 230, "NOTE D'HONORAIRES N° 2024-0211", 12),
        (71, 280, "Date", 8),
        (140, 280, "Prestation", 8),
        (400, 280, "Durée", 8),
        (450, 280, "Taux HT", 8),
        (510, 280, "Montant HT", 8),
        *rows,
        (312, 420, "Total HT", 9),
        (500, 420, "1 200,00", 9),
        (312, 434, "TVA 20 %", 9),
        (500, 434, "240,00", 9),
        (312, 448, "Total TTC", 9),
        (500, 448, "1 440,00 €", 9),
        (
            71,
            780,
            f"{form} Leroy & Bertin – Société à responsabilité limitée au capital de 8 000 €",
            6,
        ),
        (71, 790, "RCS Lyon 533 771 208 – N° TVA intracommunautaire FR00533771208", 6),
    ]


@pytest.mark.parametrize("form", ["SELARL", "SARL"])
def test_footer_legal_name_over_the_letterhead_block(form: str) -> None:
    fields = extract_canonical(make_sized_pdf(_page(form)), use_einvoice=False)["fields"]
    assert fields["seller_name"] == f"{form} Leroy & Bertin"
    # The letterhead's street and town, whatever dash the engine keeps between them.
    assert fields["seller_address"].startswith("8, rue Mercière")
    assert fields["seller_address"].endswith("69002 Lyon")
    assert fields["seller_vat_id"] == "FR00533771208"
    assert fields["buyer_name"] == "SAS Boulangerie du Vieux Pressoir"
    assert fields["buyer_address"] == "3, chemin des Vignes, 69510 Thurins"
    assert fields["buyer_vat_id"] == "FR02391405117"
