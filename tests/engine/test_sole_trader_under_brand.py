"""A sole trader's brand set large ("CARPINTERÍA HNOS. VIDAL"), a tagline, then the trader's
full name right over the street, the block printing a natural person's tax number (a Spanish
DNI, a Portuguese NIF opening with 1-3): the person is the legal seller. A company's tax
number (a Spanish CIF) leaves the brand as the seller."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(tax: str) -> list[SizedText]:
    return [
        (50, 36, "EBANISTERÍA HNOS. SOLER", 18),
        (50, 58, "Muebles a medida · Puertas · Armarios", 9),
        (50, 72, "Andrés Vicente Soler Mas", 10),
        (50, 86, "C/ Mayor, 58 - bajo", 10),
        (50, 100, "03690 Sant Vicent del Raspeig (Alicante)", 10),
        (50, 114, tax, 10),
        (360, 86, "FACTURA", 14),
        (360, 104, "Nº factura: 2024/0087", 9),
        (360, 116, "Fecha: 14/03/2024", 9),
        (50, 160, "DATOS DEL CLIENTE", 9),
        (50, 174, "COMUNIDAD DE PROPIETARIOS EDIFICIO SOL", 10),
        (50, 188, "Avda. de Novelda, 112", 10),
        (50, 202, "03009 Alicante", 10),
        (50, 250, "Concepto", 9),
        (470, 250, "Importe", 9),
        (50, 266, "Puerta de paso lacada blanca", 9),
        (470, 266, "735,00", 9),
        (380, 310, "Base imponible", 9),
        (470, 310, "735,00", 9),
        (380, 324, "IVA 21%", 9),
        (470, 324, "154,35", 9),
        (380, 338, "TOTAL", 9),
        (470, 338, "889,35 €", 9),
    ]


def test_person_over_street_with_dni_is_the_seller() -> None:
    fields = extract_canonical(make_sized_pdf(_page("NIF: 12345678Z")), use_einvoice=False)[
        "fields"
    ]
    assert fields["seller_name"] == "Andrés Vicente Soler Mas"
    assert fields["seller_address"] == (
        "C/ Mayor, 58 - bajo, 03690 Sant Vicent del Raspeig (Alicante)"
    )


def test_company_tax_number_keeps_the_brand() -> None:
    fields = extract_canonical(make_sized_pdf(_page("CIF: B96521844")), use_einvoice=False)[
        "fields"
    ]
    assert fields["seller_name"] != "Andrés Vicente Soler Mas"
