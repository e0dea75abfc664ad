"""A French invoice's letterhead and window read right:

- a contact named with a role after a comma ("Julien Perrot, gérant") or a care-of line
  ("c/o Mme Sylvie Garnier") between the buyer's name and the street is no address line
  (namedcontact.py);
- "Ville, le 3 mars 2025" in its own cell, right of the letterhead's line, is the letter's
  place and date (labels.py, labelvalues.in_first_cell);
- a smaller line opening with the legal form ("SAS Garnier Bois") under a brand set large
  is the company's whole name, not the brand's trailing form (nameabove.py);
- a Swiss "IDE : CHE-..." line in the buyer's block is its VAT ID caption (labels.py).
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.namedcontact import named_contact

from .conftest import SizedText, header_values, make_sized_pdf

_BODY = [
    (50, 300, "Désignation"),
    (330, 300, "Qté"),
    (400, 300, "Prix"),
    (480, 300, "Montant"),
    (50, 320, "Pose de parquet chêne"),
    (330, 320, "1"),
    (400, 320, "800,00"),
    (480, 320, "800,00"),
    (380, 360, "Total HT : 800,00"),
    (380, 375, "TVA 20 % : 160,00"),
    (380, 390, "Total TTC : 960,00"),
    (50, 430, "Acompte versé (facture AC-0091 du 12/01/2025) : 200,00"),
]


def _window(contact: str) -> list[tuple[float, float, str]]:
    return [
        (50, 40, "Parqueterie Blanchard"),
        (50, 52, "Parqueterie Blanchard · 14 rue des Forges · 37000 Tours"),
        (50, 90, "Facture n° PB-2025-031"),
        (50, 102, "Date : 03/03/2025"),
        (330, 150, "Boulangerie Vautrin SARL"),
        (330, 162, contact),
        (330, 174, "18 avenue Grammont"),
        (330, 186, "37000 Tours"),
        *_BODY,
    ]


def test_contact_with_role_or_care_of_is_no_address_line() -> None:
    for contact in ("Julien Perrot, gérant", "c/o Mme Sylvie Garnier"):
        fields = header_values(_window(contact))
        assert fields["buyer_name"] == "Boulangerie Vautrin SARL", contact
        assert fields["buyer_address"] == "18 avenue Grammont, 37000 Tours", contact


def test_named_contact_lines() -> None:
    for text in (
        "Antoine Le Gall, gérant",
        "Marie Dubois, directrice financière",
        "M. Paul Blanc, responsable des achats",
        "Jana Novak, Geschäftsführerin",
        "c/o M. Bertrand Mercier",
        "chez Mme Roux",
    ):
        assert named_contact(text), text
    for text in ("9 boulevard Chasles", "Boulangerie Vautrin SARL", "Paris, France", "Bâtiment B"):
        assert not named_contact(text), text


_LETTERHEAD: list[SizedText] = [
    (50, 45, "Ébénisterie Moderne Garnier", 17),
    (400, 45, "Facture n° GB-0112", 13),
    (50, 63, "SAS Garnier Bois", 9),
    (50, 78, "12 chemin des Prés", 9),
    (50, 90, "37270 Montlouis-sur-Loire", 9),
    (400, 63, "Montlouis, le 3 mars 2025", 9),
    (330, 130, "Épicerie du Lac SA", 9),
    (330, 142, "Quai du Mont-Blanc 5", 9),
    (330, 154, "1201 Genève", 9),
    (330, 166, "IDE : CHE-123.456.788 TVA", 9),
    (50, 212, "Réf. devis : DV-0077 (accord du 14/01/2025)", 9),
    (50, 260, "Désignation", 9),
    (330, 260, "Qté", 9),
    (400, 260, "Prix", 9),
    (480, 260, "Montant", 9),
    (50, 278, "Escalier chêne sur mesure", 9),
    (330, 278, "1", 9),
    (400, 278, "4 000,00", 9),
    (480, 278, "4 000,00", 9),
    (380, 320, "Total HT : 4 000,00", 9),
    (380, 334, "TVA 20 % : 800,00", 9),
    (380, 348, "Total TTC : 4 800,00", 9),
    (380, 362, "Acompte versé (facture AC-0091 du 14/01/2025) : 1 000,00", 9),
    (380, 376, "Reste à payer : 3 800,00", 9),
]


def test_letterhead_form_line_place_date_cell_and_swiss_buyer_id() -> None:
    fields: dict[str, object] = extract_canonical(make_sized_pdf(_LETTERHEAD), use_einvoice=False)[
        "fields"
    ]
    assert fields["seller_name"] == "SAS Garnier Bois"
    assert fields["invoice_date"] == "2025-03-03"
    assert fields.get("buyer_vat_id") == "CHE123456788"
