"""A "from | to" caption pair over two party blocks ("DE | PARA", "Von | An", "Da | A"),
without colons: the left block is the seller's, the right one the buyer's; alone, none of
these words captions a block."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(sender: str, recipient: str) -> list[SizedText]:
    return [
        (450, 40, "FACTURA", 14),
        (57, 60, "estudio de diseño", 10),
        (400, 80, "Factura nº: 2026-031", 9),
        (400, 92, "Fecha: 14/11/2026", 9),
        (40, 130, sender, 9),
        (300, 130, recipient, 9),
        (40, 145, "Laura Giménez Ortega", 10),
        (300, 145, "Horno San Vicente, S.L.", 10),
        (40, 158, "NIF: 24381567A", 9),
        (300, 158, "CIF: B96812342", 9),
        (40, 171, "C/ de Sueca 41, pta. 6", 9),
        (300, 171, "Av. del Puerto 118", 9),
        (40, 184, "46006 Valencia", 9),
        (300, 184, "46023 Valencia", 9),
        (44, 240, "Concepto", 9),
        (300, 240, "Cantidad", 9),
        (380, 240, "Precio", 9),
        (480, 240, "Importe", 9),
        (44, 255, "Diseño de logotipo", 9),
        (300, 255, "1", 9),
        (380, 255, "650,00 €", 9),
        (480, 255, "650,00 €", 9),
        (360, 300, "Base imponible", 9),
        (480, 300, "650,00 €", 9),
        (360, 313, "IVA 21%", 9),
        (480, 313, "136,50 €", 9),
        (360, 326, "TOTAL FACTURA", 9),
        (480, 326, "786,50 €", 9),
    ]


@pytest.mark.parametrize(
    ("sender", "recipient"), [("DE", "PARA"), ("Von", "An"), ("Da", "A"), ("De", "À")]
)
def test_from_to_pair_captions_seller_then_buyer(sender: str, recipient: str) -> None:
    pdf = make_sized_pdf(_page(sender, recipient))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Laura Giménez Ortega"
    assert fields["seller_address"] == "C/ de Sueca 41, pta. 6, 46006 Valencia"
    assert fields["buyer_name"] == "Horno San Vicente, S.L."
    assert fields["buyer_address"] == "Av. del Puerto 118, 46023 Valencia"
    assert fields["buyer_vat_id"] == "B96812342"
