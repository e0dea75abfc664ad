"""Iberian invoices: a Catalan balance after a payment on account ("Import pendent de
pagament" under "Lliurament a compte"), a tax portal's receipt-invoice read from its
caption | value boxes ("N.º" in the Documento box, "Valor Base" among the Valores), a bare
Spanish tax id under the seller's name, and the lines between a party's name and its
address."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine.extraction import extract_canonical

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


def _read(texts: list[Text]) -> dict[str, Any]:
    return dict(extract_canonical(make_aligned_pdf(texts), use_einvoice=False))


_CATALAN_HEAD: list[Text] = [
    (360, 44, "Ebenisteria Puig i Fills", 12),
    (360, 66, "Ebenisteria Puig i Fills, S.L. · NIF B96418736", 8),
    (360, 78, "Carrer Major, 12", 8),
    (360, 90, "08001 Barcelona", 8),
    (57, 140, "Client", 8),
    (57, 154, "Hotel Costa Brava, S.A.", 8),
    (57, 166, "Passeig del Mar, 4", 8),
    (57, 178, "17230 Palamós", 8),
    (57, 245, "FACTURA", 14),
    (57, 280, "Núm. factura:", 8),
    (165, 280, "2025-0112", 8),
    (57, 294, "Data:", 8),
    (165, 294, "11/02/2025", 8),
    (57, 370, "Descripció", 8),
    (349, 370, "Quant.", 8),
    (401, 370, "Preu unitari", 8),
    (543, 370, ">Import", 8),
    (57, 390, "Taula de roure a mida", 8),
    (382, 390, ">2", 8),
    (461, 390, ">1.500,00 €", 8),
    (543, 390, ">3.000,00 €", 8),
    (270, 430, "Base imposable", 8),
    (543, 430, ">3.000,00 €", 8),
    (270, 446, "IVA 21 %", 8),
    (543, 446, ">630,00 €", 8),
    (270, 462, "Total factura", 8),
    (543, 462, ">3.630,00 €", 8),
]


@pytest.mark.parametrize(
    "caption",
    ["IMPORT PENDENT DE PAGAMENT", "Pendent de pagament", "Import pendent"],
)
def test_the_catalan_balance_after_a_payment_on_account_is_due(caption: str) -> None:
    result = _read(
        [
            *_CATALAN_HEAD,
            (270, 478, "Lliurament a compte rebut el 15/01/2025", 8),
            (543, 478, ">-1.000,00 €", 8),
            (270, 494, caption, 8),
            (543, 494, ">2.630,00 €", 8),
        ]
    )
    assert result["fields"]["total_amount"] == pytest.approx(3630.0)
    assert result["fields"]["amount_due"] == pytest.approx(2630.0)


# The service's text, wrapped before its year at the figure's column.
_WRAPPED = (
    "Tradução técnica de manuais de equipamento industrial para o mercado espanhol - outubro de"
)


def _portal_receipt(values: list[Text]) -> list[Text]:
    """A tax portal's receipt-invoice: caption | value boxes, one service described."""
    return [
        (43, 34, "AUTORIDADE TRIBUTÁRIA E ADUANEIRA", 9),
        (552, 34, ">FATURA-RECIBO", 11),
        (49, 90, "Emitente", 9),
        (52, 110, "NIF", 8),
        (199, 110, "245113901", 8),
        (52, 124, "Nome", 8),
        (199, 124, "Marta Sofia Lopes Vieira", 8),
        (52, 138, "Morada", 8),
        (199, 138, "Rua de Santa Catarina, 210, 1.º Dto.", 8),
        (51, 152, "Código Postal", 8),
        (199, 152, "4000-442 Porto", 8),
        (49, 204, "Documento", 9),
        (52, 223, "N.º", 8),
        (199, 223, "FR PORTAL07FR/52", 8),
        (51, 237, "ATCUD", 8),
        (199, 237, "JJQX4KDM-52", 8),
        (52, 251, "Data de Emissão", 8),
        (199, 251, "2024-10-15", 8),
        (48, 303, "Adquirente", 9),
        (52, 322, "NIF", 8),
        (199, 322, "508221764", 8),
        (52, 336, "Nome", 8),
        (199, 336, "Oficina Digital do Douro, Lda.", 8),
        (49, 416, "Descrição", 9),
        (548, 416, ">Valor Base", 9),
        (52, 436, _WRAPPED, 8),
        (548, 436, ">1.200,00 €", 8),
        (51, 446, "2024", 8),
        (48, 490, "Valores", 9),
        *values,
    ]


def test_a_portal_receipts_number_stands_in_its_documento_box() -> None:
    result = _read(_portal_receipt([(51, 525, "Valor Base", 8), (548, 525, ">1.200,00 €", 8)]))
    assert result["fields"]["invoice_number"] == "FR PORTAL07FR/52"


_PORTAL_VALUES: list[Text] = [
    (52, 509, "Regime de IVA", 8),
    (547, 509, ">Regime normal - Taxa normal (23%)", 8),
    (51, 525, "Valor Base", 8),
    (548, 525, ">1.200,00 €", 8),
    (52, 541, "IVA", 8),
    (548, 541, ">276,00 €", 8),
    (52, 556, "Imposto do Selo", 8),
    (548, 556, ">0,00 €", 8),
]


def test_a_portal_receipts_base_is_its_net_and_its_one_described_item() -> None:
    result = _read(_portal_receipt(_PORTAL_VALUES))
    assert result["fields"]["net_amount"] == pytest.approx(1200.0)
    assert result["fields"]["tax_amount"] == pytest.approx(276.0)
    assert [item["amount"] for item in result["line_items"]] == [pytest.approx(1200.0)]
    description = result["line_items"][0]["description"]
    assert description.startswith("Tradução técnica") and description.endswith("de 2024")


def _bare_ids(seller_id: str) -> list[Text]:
    return [
        (448, 45, "FACTURA", 14),
        (43, 107, "Taller Nogal Creativo S.L.", 8),
        (426, 107, "NÚMERO DE FACTURA", 7),
        (551, 107, ">F250077", 8),
        (43, 119, seller_id, 8),
        (426, 122, "FECHA", 7),
        (552, 122, ">07/03/2025", 8),
        (43, 131, "Calle de Alcalá 88", 8),
        (43, 143, "28009 Madrid", 8),
        (43, 155, "España", 8),
        (309, 205, "CLIENTE", 8),
        (309, 219, "Restaurantes del Sur S.L.", 8),
        (310, 231, "B96418736", 8),
        (309, 243, "Calle Larios 5", 8),
        (310, 255, "29005 Málaga", 8),
        (49, 320, "CONCEPTO", 7),
        (334, 320, ">PRECIO", 7),
        (391, 320, ">UNIDADES", 7),
        (548, 320, ">TOTAL", 7),
        (49, 345, "Diseño de carta", 8),
        (335, 345, ">1.000,00 €", 8),
        (390, 345, ">1", 8),
        (548, 345, ">1.000,00 €", 8),
        (369, 475, "BASE IMPONIBLE", 8),
        (548, 475, ">1.000,00 €", 8),
        (369, 495, "IVA 21%", 8),
        (548, 495, ">210,00 €", 8),
        (369, 513, "TOTAL", 9),
        (548, 513, ">1.210,00 €", 9),
    ]


def test_a_bare_spanish_tax_number_under_a_partys_name_is_its_id() -> None:
    fields = _read(_bare_ids("B86429313"))["fields"]
    assert fields["seller_vat_id"] == "B86429313"
    assert fields["seller_address"] == "Calle de Alcalá 88, 28009 Madrid, España"
    assert fields["buyer_vat_id"] == "B96418736"


def test_a_code_failing_the_spanish_check_character_is_no_tax_number() -> None:
    assert "seller_vat_id" not in _read(_bare_ids("B86429314"))["fields"]


@pytest.mark.parametrize(
    "profession",
    [
        "Traductor-Intérprete Jurado de Francés (nº 3.902 MAEC)",
        "Abogada (Colegiada n.º 81.204 ICAM)",
    ],
)
def test_a_professionals_title_with_its_register_number_is_no_address_line(
    profession: str,
) -> None:
    fields = _read(
        [
            (297, 57, "=MARTA GIL ROMERO", 14),
            (297, 80, f"={profession}", 10),
            (297, 98, "=Calle Mayor 12, 3º dcha. · 28013 Madrid · NIF 50123456S", 9),
            (297, 112, "=Tel. 611 222 333 · marta.gil@example.es", 9),
            (71, 178, "FACTURA Nº: 2025/021", 11),
            (71, 213, "DATOS DEL CLIENTE:", 9),
            (71, 230, "Editorial Ribera S.L.", 9),
            (71, 244, "CIF: B96418736", 9),
            (71, 258, "Calle Sierpes 48", 9),
            (71, 272, "41004 Sevilla", 9),
            (159, 322, "DESCRIPCIÓN", 8),
            (518, 322, ">IMPORTE", 8),
            (77, 345, "Servicios profesionales de marzo", 9),
            (518, 345, ">500,00 €", 9),
            (298, 476, "Base imponible", 9),
            (518, 476, ">500,00 €", 9),
            (298, 494, "IVA 21%", 9),
            (518, 494, ">105,00 €", 9),
            (298, 512, "TOTAL FACTURA", 9),
            (518, 512, ">605,00 €", 9),
        ]
    )["fields"]
    assert fields["seller_address"] == "Calle Mayor 12, 3º dcha., 28013 Madrid"
