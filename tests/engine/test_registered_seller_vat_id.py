"""The party whose VAT ID's number the footer's register line repeats is the seller
(registeredseller.py)."""

from __future__ import annotations

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.model import Value
from facturist.engine.registeredseller import with_registered_seller

from .conftest import Page, spaced_lines

_BLOCKS: Page = [
    (59, 60, "Facture"),
    (58, 97, "N° LC-2025-041"),
    (58, 135, "Date d'émission 28 février 2025"),
    (57, 259, "Clinique Saint-Roch SA"),
    (320, 259, "Lumen Conseil SAS"),
    (58, 271, "54 boulevard Rabatau"),
    (320, 271, "27 rue de la République"),
    (58, 284, "13008 Marseille"),
    (320, 284, "13002 Marseille"),
    (57, 309, "TVA intracom. : FR68775603418"),
    (320, 309, "TVA intracom. : FR39853104727"),
    (61, 430, "Description Total HT"),
    (60, 447, "Audit de l'organisation 6 900,00 €"),
    (340, 552, "Total HT 6 900,00 €"),
    (340, 567, "TVA (20 %) 1 380,00 €"),
    (340, 581, "Total TTC 8 280,00 €"),
]


def _fields(footer: str) -> dict[str, Value]:
    lines = spaced_lines([*_BLOCKS, (136, 797, footer)])
    return header_fields(lines, find_candidates(lines))


def test_footer_siren_makes_the_right_block_the_seller() -> None:
    fields = _fields("Lumen Conseil – SAS au capital de 10 000 € – RCS Marseille 853 104 727")
    assert fields["seller_vat_id"].value == "FR39853104727"
    assert fields["buyer_vat_id"].value == "FR68775603418"
    assert fields["seller_name"].value == "Lumen Conseil SAS"
    assert fields["buyer_name"].value == "Clinique Saint-Roch SA"


def test_footer_siren_of_the_chosen_seller_keeps_the_roles() -> None:
    fields = {
        "seller_name": Value("A SAS", ""),
        "seller_vat_id": Value("FR68775603418", ""),
        "buyer_name": Value("B SA", ""),
        "buyer_vat_id": Value("FR39853104727", ""),
    }
    lines = spaced_lines([(57, 100, "Facture"), (136, 797, "A SAS – SIRET 775 603 418 00021")])
    with_registered_seller(lines, fields)
    assert fields["seller_name"].value == "A SAS"
    assert fields["buyer_vat_id"].value == "FR39853104727"


def test_a_siret_on_the_buyers_side_above_the_footer_swaps_nothing() -> None:
    fields = {
        "seller_name": Value("A SAS", ""),
        "seller_vat_id": Value("FR68775603418", ""),
        "buyer_name": Value("B SA", ""),
        "buyer_vat_id": Value("FR39853104727", ""),
    }
    lines = spaced_lines(
        [(57, 100, "Facture"), (320, 300, "SIRET 85310472700013"), (136, 797, "Merci")]
    )
    with_registered_seller(lines, fields)
    assert fields["seller_name"].value == "A SAS"


def test_belgian_enterprise_number_in_the_footer_swaps_the_parties() -> None:
    fields = {
        "seller_name": Value("Klant NV", ""),
        "seller_vat_id": Value("BE0123456749", ""),
        "buyer_name": Value("Leverancier BV", ""),
        "buyer_vat_id": Value("BE0456789123", ""),
    }
    lines = spaced_lines([(57, 100, "Factuur"), (136, 797, "RPR Gent 0456.789.123")])
    with_registered_seller(lines, fields)
    assert fields["seller_name"].value == "Leverancier BV"
    assert fields["seller_vat_id"].value == "BE0456789123"
    assert fields["buyer_name"].value == "Klant NV"
