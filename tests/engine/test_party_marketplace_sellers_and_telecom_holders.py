"""Party names and addresses: marketplace sellers, telecoms' account holders, glued towns.

Conventions:
- A marketplace's invoice for a partner seller opens the seller's block with a caption ("Sold
  by (partner)", "Verkocht door partner", "Verkauft von"): the caption is no part of the name
  under it.
- Spanish and Portuguese telecom and utility bills name the customer they bill as the
  contract's holder beside its caption on one line ("Titular: Javier Morales Ruiz"); the
  issuer's details stand only in the footer.
- OCR drops the space after a comma between a house number and its postcode ("C/ de Alcalá
  418,28027 Madrid"): the two are parts of the address.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_a_marketplace_sold_by_caption_is_no_part_of_the_sellers_name() -> None:
    fields = _fields(
        [
            (68, 40, "shopwave", 16),
            (68, 100, "Verkocht door partner", 9),
            (68, 111, "Velomaat Onderdelen B.V.", 9),
            (68, 122, "Havenweg 14, 3542 AD Utrecht", 9),
            (68, 133, "KvK 81234567", 9),
            (57, 180, "Factuuradres", 9),
            (57, 192, "Pieter Jansen", 9),
            (57, 204, "Lange Nieuwstraat 8", 9),
            (57, 216, "3512 PH Utrecht", 9),
            (340, 180, "Factuurnummer", 9),
            (430, 180, "VO-2403-5512", 9),
            (340, 192, "Factuurdatum", 9),
            (430, 192, "9 maart 2024", 9),
            (57, 270, "Artikel", 9),
            (450, 270, "Totaal", 9),
            (57, 290, "Kettingblad 34T", 9),
            (450, 290, "€ 54,95", 9),
            (390, 330, "Totaal incl. btw", 9),
            (450, 330, "€ 54,95", 9),
        ]
    )
    assert fields["seller_name"] == "Velomaat Onderdelen B.V."


_TELCO: list[SizedText] = [
    (70, 50, "ondanet", 18),
    (500, 44, "FACTURA", 14),
    (70, 120, "Nº Factura", 9),
    (190, 120, "ON-2403-551", 9),
    (360, 120, "Titular: Lucía Navarro Gil", 9),
    (70, 135, "Fecha de factura", 9),
    (190, 135, "01/03/2024", 9),
    (360, 135, "C/ Colón 12, 2º A", 9),
    (70, 150, "Nº de cliente", 9),
    (190, 150, "5.110.284", 9),
    (360, 150, "46004 Valencia", 9),
    (360, 165, "NIF: 53014276N", 9),
    (70, 250, "Concepto", 9),
    (450, 250, "Importe", 9),
    (70, 265, "Cuota mensual fibra 600 Mb", 9),
    (450, 265, "40,00 €", 9),
    (380, 300, "Base imponible", 9),
    (450, 300, "40,00 €", 9),
    (380, 315, "IVA 21 %", 9),
    (450, 315, "8,40 €", 9),
    (380, 330, "Total factura", 9),
    (450, 330, "48,40 €", 9),
]


def test_a_telecoms_holder_caption_names_the_customer_on_its_line() -> None:
    footer = "Ondanet Telecom, S.L. · C/ de Alcalá 418 · 28027 Madrid · CIF A58312067"
    fields = _fields([*_TELCO, (150, 800, footer, 7)])
    assert fields["buyer_name"] == "Lucía Navarro Gil"
    # The holder's NIF ends the customer's block: the footer's CIF is the issuer's.
    assert fields["seller_vat_id"] == "A58312067"


def test_a_house_number_glued_to_the_postcode_by_a_comma_is_read_apart() -> None:
    fields = _fields(
        [*_TELCO, (150, 800, "Ondanet Telecom, S.L. · C/ de Alcalá 418,28027 Madrid", 7)]
    )
    assert fields["seller_name"] == "Ondanet Telecom, S.L."
    assert fields["seller_address"] == "C/ de Alcalá 418, 28027 Madrid"
