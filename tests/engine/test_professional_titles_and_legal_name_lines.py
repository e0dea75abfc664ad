"""Party addresses without the lines of the people and the firm printed over the street, and
the buyer's VAT ID after a caption naming the customer.

Conventions:
- A liberal profession's letterhead names the practitioner and the title the profession
  grants ("Maître Hugo Lacombe" / "Avocat au Barreau de Rennes", "Rechtsanwältin",
  "Expert-comptable", "Solicitor") over the street: no part of the postal address, which
  starts at the street.
- A person and the role after a comma ("Madame Léa Morel, Gérante") between a company's
  name and its street is the block's reader, no part of its address and no end of its block.
- The firm's legal-form name printed again under its logo ("Atelier Lumière Design SAS") is
  a name line, never an address line.
- The legal form with its share capital on the street's own line ("SAS au capital de
  20 000 € – 4 rue des Tanneurs – 67000 Strasbourg") is no part of the address.
- "Matricule TVA client :", "N° TVA client :": the caption names the customer, whose VAT ID
  the number is.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Page, SizedText, header_values, make_sized_pdf

_FRENCH_TOTALS: Page = [
    (50, 300, "Désignation"),
    (330, 300, "Qté"),
    (400, 300, "PU HT"),
    (480, 300, "Montant HT"),
    (50, 318, "Prestation de conseil"),
    (330, 318, "2"),
    (400, 318, "500,00"),
    (480, 318, "1 000,00"),
    (380, 360, "Total HT : 1 000,00 €"),
    (380, 375, "TVA 20 % : 200,00 €"),
    (380, 390, "Total TTC : 1 200,00 €"),
]


def test_practitioner_and_title_lines_are_no_part_of_the_address() -> None:
    fields = header_values(
        [
            (50, 40, "SELAS LACOMBE CONSEIL"),
            (50, 60, "Maître Hugo Lacombe"),
            (50, 71, "Avocat au Barreau de Rennes"),
            (50, 82, "7 quai Duguay-Trouin – 35000 Rennes"),
            (50, 93, "Tél. 02 99 11 22 33"),
            (330, 130, "SARL Transports Picard"),
            (330, 141, "Madame Léa Morel, Gérante"),
            (330, 155, "Parc d'activités des Landes"),
            (330, 166, "14 rue des Érables"),
            (330, 177, "44800 Saint-Herblain"),
            (330, 200, "TVA : FR40714236585"),
            (50, 240, "NOTE D'HONORAIRES N° 2024/0117"),
            (50, 252, "Rennes, le 12/04/2024"),
            *_FRENCH_TOTALS,
        ]
    )
    assert fields["seller_address"] == "7 quai Duguay-Trouin – 35000 Rennes"
    assert fields["buyer_address"] == (
        "Parc d'activités des Landes, 14 rue des Érables, 44800 Saint-Herblain"
    )


def test_german_practitioner_title_over_the_street() -> None:
    fields = header_values(
        [
            (50, 40, "KANZLEI BERGER"),
            (50, 60, "Anna Berger"),
            (50, 71, "Rechtsanwältin"),
            (50, 82, "Kaiserstraße 12"),
            (50, 93, "60311 Frankfurt am Main"),
            (50, 104, "Tel. 069 123 456"),
            (50, 140, "Rechnung Nr. 2024-0031"),
            (50, 152, "Datum: 12.04.2024"),
            *_FRENCH_TOTALS,
        ]
    )
    assert fields["seller_address"] == "Kaiserstraße 12, 60311 Frankfurt am Main"


def test_legal_form_name_under_the_logo_is_no_address_line() -> None:
    texts: list[SizedText] = [
        (40, 60, "ATELIER LUMIÈRE", 18),
        (40, 74, "DESIGN", 10),
        (40, 92, "Atelier Lumière Design SAS", 8.3),
        (40, 102.4, "11 rue Kervégan", 8.3),
        (40, 112.8, "44000 Nantes", 8.3),
        (40, 123.2, "SIRET 12345678900017", 8.3),
        (442, 72, "FACTURE", 18),
        (442, 90, "N° F-24-0112", 10),
        (330, 130, "Boulangerie Marceau SARL", 9.5),
        (330, 142, "8 place du Marché", 9.5),
        (330, 154, "69002 Lyon", 9.5),
        (40, 190, "Date de facture : 12/04/2024", 9),
        *((x, y, text, 9.0) for x, y, text in _FRENCH_TOTALS),
        (40, 420, "Atelier Lumière Design SAS au capital de 5 000 € – RCS Nantes 123 456 789", 8.3),
    ]
    result: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    assert result["fields"]["seller_name"] == "Atelier Lumière Design SAS"
    assert result["fields"]["seller_address"] == "11 rue Kervégan, 44000 Nantes"


def test_share_capital_piece_before_the_street_on_its_line() -> None:
    fields = header_values(
        [
            (50, 40, "MENUISERIE KLEIN"),
            (50, 60, "SAS au capital de 20 000 € – 4 rue des Tanneurs – 67000 Strasbourg"),
            (50, 71, "SIRET 12345678900017 – TVA FR40714236585"),
            (330, 130, "Boulangerie Marceau SARL"),
            (330, 141, "8 place du Marché"),
            (330, 152, "69002 Lyon"),
            (50, 190, "Facture N° MK-24-0042"),
            (50, 202, "Date : 12/04/2024"),
            *_FRENCH_TOTALS,
        ]
    )
    assert fields["seller_address"] == "4 rue des Tanneurs – 67000 Strasbourg"


def test_vat_caption_naming_the_customer_gives_the_buyers_id() -> None:
    fields = header_values(
        [
            (50, 40, "Nettoyage Moselle S.A."),
            (50, 52, "12, rue de la Gare"),
            (50, 64, "L-5540 Remich"),
            (50, 76, "N° TVA : LU65432182"),
            (330, 60, "Boulangerie Kremer S.à r.l."),
            (330, 72, "8, place d'Armes"),
            (330, 84, "L-1136 Luxembourg"),
            (50, 110, "Matricule TVA client : LU12345613"),
            (50, 150, "Facture N° NM/24/0042"),
            (50, 162, "Date : 12.04.2024"),
            *_FRENCH_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "LU65432182"
    assert fields["buyer_vat_id"] == "LU12345613"
