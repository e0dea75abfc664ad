"""A logo spelling the footer's company, an account holder's caption over the customer's
block, a founding-year tagline before the letterhead's street, and a statement's fee row.

Conventions:
- A logo word set large on top that spells the footer's legal-form name letter for letter,
  spaces and case aside ("skyfibre net" ~ "Sky Fibre Net SARL"), is the issuer's brand: the
  footer's company is the seller, the uncaptioned block in the envelope's window the buyer.
- "Titulaire du compte", "Account holder", "Kontoinhaber", "Rekeninghouder" alone over a
  block of a name, street and town: a caption, never the buyer's name; the name under it is.
- "Boulangerie artisanale depuis 1987 – 5 rue ... – 31000 Toulouse" under the logo: the
  leading piece with a trade word and no digit but its founding year is a tagline, no part
  of the seller's address.
- A fee row in a dated transactions table ("Frais de gestion carte | 1 | 4,00 | 4,00") whose
  date and place columns are empty is an item too.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def _fields(texts: list[tuple[float, float, str, float]]) -> dict[str, Any]:
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields = result["fields"]
    assert isinstance(fields, dict)
    return fields


def _summary() -> list[tuple[float, float, str, float]]:
    return [
        (55, 260, "Abonnements", 8.0),
        (550, 260, ">1 000,00 €", 8.0),
        (55, 275, "Total HT", 8.0),
        (550, 275, ">1 000,00 €", 8.0),
        (55, 290, "TVA 20 %", 8.0),
        (550, 290, ">200,00 €", 8.0),
        (55, 305, "Montant TTC à payer", 9.0),
        (550, 305, ">1 200,00 €", 9.0),
    ]


def test_logo_spelling_the_footer_company_makes_the_window_block_the_buyer() -> None:
    fields = _fields(
        [
            (470, 35, "Votre facture", 10.0),
            (42, 40, "skyfibre net", 17.0),
            (490, 40, "du 12/03/2024", 7.0),
            (470, 66, "N° 88120045-0324", 7.0),
            (40, 94, "Votre compte client : 5521 0043 17", 6.5),
            (330, 133, "SARL BOULANGERIE DU PORT", 7.5),
            (330, 146, "Mme Claire Jourdan", 7.5),
            (330, 158, "12 quai des Pêcheurs", 7.5),
            (330, 170, "29900 Concarneau", 7.5),
            *_summary(),
            (
                125,
                795,
                "Sky Fibre Net SARL – 18 rue de Rivoli, 75004 Paris – RCS Paris 512345678 – "
                "TVA FR12512345678",
                5.0,
            ),
        ]
    )
    assert fields["seller_name"] == "Sky Fibre Net SARL"
    assert fields["seller_address"] == "18 rue de Rivoli, 75004 Paris"
    assert fields["buyer_name"] == "SARL BOULANGERIE DU PORT"


def test_account_holder_caption_heads_the_customer_block() -> None:
    fields = _fields(
        [
            (42, 40, "PASSCARBU", 15.0),
            (366, 40, "FACTURE CARTES", 9.0),
            (363, 68, "Facture N° : PC-2403-1177", 6.5),
            (363, 80, "Date d'émission : 31/03/2024", 6.5),
            (40, 124, "Titulaire du compte", 6.5),
            (40, 137, "MENUISERIE GARNIER FRERES", 7.0),
            (40, 149, "Rue des Artisans", 7.0),
            (40, 160, "49300 Cholet", 7.0),
            *_summary(),
            (113, 795, "Passcarbu SA – 5 rue de la Paix, 75002 Paris – RCS Paris 401234567", 5.0),
        ]
    )
    assert fields["buyer_name"] == "MENUISERIE GARNIER FRERES"
    assert fields["buyer_address"] == "Rue des Artisans, 49300 Cholet"


def test_founding_year_tagline_is_no_part_of_the_letterhead_address() -> None:
    fields = _fields(
        [
            (207, 37, "La Fournée Dorée", 12.0),
            (
                169,
                60,
                "Boulangerie artisanale depuis 1987 – 5 rue du Taur – 31000 Toulouse – "
                "05 61 22 33 44",
                5.5,
            ),
            (41, 93, "FACTURE N°", 7.0),
            (151, 93, "F/2024/0112", 7.0),
            (340, 93, "Comité des Fêtes de Balma", 7.0),
            (41, 105, "Date", 7.0),
            (150, 105, "14/03/2024", 7.0),
            (340, 117, "2 allée des Platanes", 7.0),
            (340, 129, "31130 Balma", 7.0),
            *_summary(),
            (153, 800, "SARL La Fournée Dorée – SIRET 81234567800012 – TVA FR45812345678", 5.0),
        ]
    )
    assert fields["seller_address"] == "5 rue du Taur, 31000 Toulouse"


def test_fee_row_without_date_and_place_in_a_transactions_table() -> None:
    texts: list[tuple[float, float, str, float]] = [
        (42, 40, "PASSCARBU", 15.0),
        (363, 68, "Facture N° : PC-2403-1177", 6.5),
        (363, 80, "Date d'émission : 31/03/2024", 6.5),
        (44, 231, "Date", 6.5),
        (83, 231, "Station", 6.5),
        (244, 231, "Produit", 6.5),
        (371, 231, "Qté (L)", 6.5),
        (438, 231, "PU HT", 6.5),
        (507, 231, "Montant HT", 6.5),
    ]
    rows = [
        ("03/03", "Relais Nantes Est", "GAZOLE", "50,00", "1,5000", "75,00"),
        ("11/03", "Station Ancenis", "GAZOLE", "40,00", "1,5000", "60,00"),
        ("20/03", "Relais Angers Sud", "SP98", "30,00", "1,8000", "54,00"),
        ("", "", "Frais de gestion carte", "1", "4,00", "4,00"),
    ]
    for at, (day, place, product, qty, price, amount) in enumerate(rows):
        y = 245 + 15 * at
        if day:
            texts.append((43, y, day, 6.5))
        if place:
            texts.append((83, y, place, 6.5))
        texts += [
            (243, y, product, 6.5),
            (397, y, ">" + qty, 7.0),
            (462, y, ">" + price, 7.0),
            (552, y, ">" + amount, 7.0),
        ]
    texts += [
        (305, 416, "Total HT", 7.0),
        (552, 416, ">193,00 EUR", 8.0),
        (305, 430, "Total TVA", 7.0),
        (552, 430, ">38,60 EUR", 8.0),
        (305, 444, "Total TTC", 7.0),
        (552, 444, ">231,60 EUR", 8.0),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    items = result["line_items"]
    assert isinstance(items, list)
    amounts = [item.get("amount") for item in items]
    assert amounts == [75.0, 60.0, 54.0, 4.0]
