"""A French client block with its reader after "M." / "Mme" (abbrevperson.py), the buyer
never given the seller's own address by a letterhead fallback (sellersownaddress.py), and an
Irish Eircode before the town in an e-invoice viewer's address rows (towns.py)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.abbrevperson import abbreviated_person
from facturist.engine.model import Value
from facturist.engine.sellersownaddress import unless_sellers

from .conftest import ONE_ITEM_AND_TOTALS, make_invoice_pdf


def _french_letter(reader: str) -> list[tuple[float, float, str]]:
    return [
        (57, 50, "ÉBÉNISTERIE VALLON"),
        (57, 73, "SARL Ébénisterie Vallon"),
        (57, 84, "4 chemin des Saules"),
        (57, 95, "69230 Saint-Genis-Laval"),
        (57, 106, "Tél. 04 78 56 20 11"),
        (57, 117, "atelier@ebenisterie-vallon.fr"),
        (326, 125, "Client :"),
        (326, 140, "SCI Les Glycines"),
        (326, 153, reader),
        (326, 166, "17 avenue Foch"),
        (326, 179, "69006 Lyon"),
        (57, 250, "FACTURE N° F2025-0117    Saint-Genis-Laval, le 03/03/2025"),
        *ONE_ITEM_AND_TOTALS,
        (57, 780, "SARL Ébénisterie Vallon - N° TVA FR40123456824"),
    ]


@pytest.mark.parametrize(
    "reader", ["M. Lucien Ferrand", "Mme Odile Ferrand", "MM. Ferrand et Roux", "Mlle Ferrand"]
)
def test_a_reader_after_an_abbreviated_salutation_keeps_the_clients_address(
    reader: str,
) -> None:
    fields = extract_canonical(make_invoice_pdf([_french_letter(reader)]), use_einvoice=False)
    assert fields["fields"].get("buyer_address") == "17 avenue Foch, 69006 Lyon"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("M. Bernard Castaing", True),
        ("M. et Mme Durand", True),
        ("M. Éric Durand, gérant", True),
        ("M. Schmidt GmbH", False),  # a company named for a person
        ("Mme Dupont SARL", False),
        ("m. bernard", False),
        ("M. 12 rue", False),
    ],
)
def test_abbreviated_salutation(text: str, person: bool) -> None:
    assert abbreviated_person(text) is person


def test_the_buyer_is_never_given_the_sellers_own_address() -> None:
    sellers = Value("12 rue des Artisans, 33700 Mérignac", "")
    seller = Value("SARL Menuiserie Laborde", "")
    buyer = Value("SCI Les Tilleuls", "")
    same = Value("12 rue des Artisans, 33700 Mérignac", "")
    assert unless_sellers(same, sellers, buyer, seller) is None
    other = Value("8 allée des Tilleuls, 33600 Pessac", "")
    assert unless_sellers(other, sellers, buyer, seller) is other
    # one party read twice: nothing to tell apart
    assert unless_sellers(same, sellers, seller, seller) is same


def _viewer(town: str, country: str) -> list[tuple[float, float, str]]:
    return [
        (52, 29, "Peppol BIS Billing 3.0 viewer"),
        (52, 76, "Invoice | Overview | Details"),
        (58, 113, "Seller"),
        (58, 129, "Name"),
        (250, 129, "Liffey Analytics Ltd"),
        (58, 142, "Postal address"),
        (250, 142, "Baggot Lane 7"),
        (250, 155, town),
        (250, 168, country),
        (58, 181, "VAT identifier"),
        (250, 181, "IE3668997OH"),
        (58, 212, "Buyer"),
        (58, 228, "Name"),
        (250, 228, "Keller Messtechnik GmbH"),
        (58, 241, "Postal address"),
        (250, 241, "Wendenstraße 120"),
        (250, 254, "20537 Hamburg"),
        (250, 267, "DE"),
        (58, 327, "Invoice number"),
        (250, 327, "LA-2025-311"),
        (58, 340, "Invoice issue date"),
        (250, 340, "2 Jun 2025"),
        (58, 480, "Invoice total amount with VAT"),
        (250, 480, "1,250.00"),
    ]


@pytest.mark.parametrize("town", ["D02 YN32 Dublin", "A65 F4E2 Ennis", "D6W 1F23 Dublin"])
def test_an_eircode_before_the_town_in_a_viewers_address_rows(town: str) -> None:
    fields = extract_canonical(make_invoice_pdf([_viewer(town, "IE")]), use_einvoice=False)
    assert fields["fields"].get("seller_address") == f"Baggot Lane 7, {town}, IE"
