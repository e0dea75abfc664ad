"""A French self-billed invoice ("autofacture") heads its two blocks "Prestataire" (the
service provider: the seller) and "Client (émetteur de l'autofacture)" (the buyer, who issues
the page): the captions name the roles, a bracketed remark after one included, and the
client's "TVA FR..." in its column is the buyer's."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_provider_block_is_the_seller_and_issuing_client_the_buyer() -> None:
    texts: list[SizedText] = [
        (44, 30, "coursly", 16),
        (470, 30, "Autofacture", 12),
        (430, 50, "n° CRS-AF-2024-0091", 9),
        (44, 108, "Prestataire", 10),
        (312, 108, "Client (émetteur de l'autofacture)", 10),
        (44, 122, "Camille Rousseau", 10),
        (312, 122, "Coursly SAS", 10),
        (44, 134, "8 rue Victor Hugo", 10),
        (312, 134, "12 boulevard Haussmann", 10),
        (44, 146, "33000 Bordeaux", 10),
        (312, 146, "75009 Paris", 10),
        (44, 158, "SIRET 12345678900011", 9),
        (312, 158, "TVA FR83882104573", 9),
        (44, 220, "Prestation", 9),
        (500, 220, "Montant", 9),
        (44, 240, "Courses semaine 22", 9),
        (500, 240, "400,00 €", 9),
        (400, 270, "Total HT", 9),
        (500, 270, "400,00 €", 9),
        (44, 284, "TVA non applicable, art. 293 B du CGI", 9),
        (400, 298, "Total de l'autofacture", 9),
        (500, 298, "400,00 €", 9),
        (44, 330, "Émise le 01/07/2024", 9),
        (130, 808, "Coursly SAS au capital de 50 000 € · RCS Paris 882 104 573", 7),
    ]
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Camille Rousseau"
    assert fields["seller_address"] == "8 rue Victor Hugo, 33000 Bordeaux"
    assert fields["buyer_name"] == "Coursly SAS"
    assert fields.get("seller_vat_id") is None
