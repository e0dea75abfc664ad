"""A sender's block whose name line opens with its legal form ("SARL Plomberie Chauffage
Morel", "SELARL Dufresne Avocats") right over its street names the company whole: the
lines over it (a tagline of the trades, a brand, the profession) are no part of the name,
and France's firms of liberal professions (SELARL, SELAS, SCP) are legal forms."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_BODY: list[SizedText] = [
    (50, 270, "Désignation", 9),
    (470, 270, "Montant HT", 9),
    (50, 286, "Intervention et fournitures", 9),
    (470, 286, "500,00", 9),
    (330, 330, "Total HT", 9),
    (470, 330, "500,00 €", 9),
    (330, 344, "TVA 20 %", 9),
    (470, 344, "100,00 €", 9),
    (330, 358, "Total TTC", 9),
    (470, 358, "600,00 €", 9),
]


def test_tagline_over_a_name_opening_with_its_legal_form_is_no_part_of_it() -> None:
    texts: list[SizedText] = [
        (50, 50, "ÉLECTRICITÉ GÉNÉRALE ROUSSEL", 13),
        (50, 66, "Installation - Dépannage - Entretien", 9),
        (330, 66, "FACTURE N° 2025-044", 11),
        (50, 78, "SARL Électricité Roussel", 9),
        (50, 90, "7, rue des Lilas", 9),
        (50, 102, "35000 Rennes", 9),
        (330, 150, "M. Paul Leroy", 9),
        (330, 162, "3, allée des Chênes", 9),
        (330, 174, "35700 Rennes", 9),
        (330, 200, "Rennes, le 12/03/2025", 9),
        *_BODY,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "SARL Électricité Roussel"


def test_selarl_over_the_street_beats_the_cabinet_brand_above() -> None:
    texts: list[SizedText] = [
        (50, 50, "CABINET LEBRUN", 14),
        (50, 66, "AVOCATS AU BARREAU DE LYON", 8),
        (50, 80, "SELARL Lebrun Avocats", 9),
        (50, 92, "12, quai Saint-Antoine", 9),
        (50, 104, "69002 Lyon", 9),
        (330, 150, "Société Garnier Transports SAS", 9),
        (330, 162, "8, rue de la Gare", 9),
        (330, 174, "69100 Villeurbanne", 9),
        (330, 200, "Lyon, le 14 mars 2025", 9),
        (50, 230, "NOTE D'HONORAIRES N° H-2025-0091", 11),
        *_BODY,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "SELARL Lebrun Avocats"
    assert fields["seller_address"] == "12, quai Saint-Antoine, 69002 Lyon"
