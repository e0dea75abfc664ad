"""Spanish, Catalan, Portuguese and Latin-American invoices: Catalan "Retenció IRPF" withheld
and a "Total a pagar" after it (charges.py, withheldafter.py), a legal note's base word in a
sentence (amountcaptions.py), Brazil's "TOMADOR / SACADO" caption (labels.py), a CEP town line
under a "CNPJ" line (towns.py, addresspatterns.py), Mexico's "Serie y folio" (ownnumber.py),
Spain's bare "VTO." (duecaptions.py), a professional's membership line and the Catalan middle
dot inside a word (membershipline.py, addresses.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Estudi Vidal Arquitectura SLP"),
    (50, 74, "Carrer de Mallorca, 212, 08008 Barcelona"),
    (350, 120, "Factura núm. 24/031"),
    (350, 134, "Data: 04/06/2024"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


def _amounts(totals: Page) -> dict[str, Any]:
    fields = _fields(_HEAD + totals)
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_catalan_retencio_is_withheld_after_the_vat_and_the_sum_to_pay_is_due() -> None:
    fields = _amounts(
        [
            (340, 300, "Base imposable"),
            (480, 300, "2.755,00 €"),
            (340, 314, "IVA 21%"),
            (480, 314, "578,55 €"),
            (340, 328, "Retenció IRPF 15%"),
            (480, 328, "-413,25 €"),
            (340, 342, "Total a pagar"),
            (480, 342, "2.920,30 €"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(2755.0),
        "tax_amount": pytest.approx(578.55),
        "total_amount": pytest.approx(3333.55),
        "amount_due": pytest.approx(2920.30),
    }


def test_legal_note_naming_the_tax_base_in_a_sentence_gives_no_net() -> None:
    fields = _amounts(
        [
            (340, 300, "Subtotal"),
            (480, 300, "R$ 4.130,00"),
            (340, 314, "Descontos"),
            (480, 314, "R$ 0,00"),
            (340, 330, "VALOR TOTAL"),
            (480, 330, "R$ 4.130,00"),
            (
                50,
                380,
                "Operação não sujeita à incidência de ISS - locação de bens móveis "
                "(Súmula Vinculante 31 STF).",
            ),
        ]
    )
    assert fields["net_amount"] == pytest.approx(4130.0)
    assert fields["tax_amount"] is None
    assert fields["total_amount"] == pytest.approx(4130.0)


def test_brazilian_taker_and_drawee_caption_heads_the_buyer_block() -> None:
    fields = _fields(
        [
            (50, 50, "Locadora Paraná Equipamentos Ltda."),
            (50, 64, "Rua XV de Novembro, 845 - Centro"),
            (50, 78, "80020-310 Curitiba - PR"),
            (230, 120, "FATURA Nº 002211"),
            (50, 160, "TOMADOR / SACADO"),
            (50, 174, "Metalúrgica Vale do Iguaçu S.A."),
            (50, 188, "Av. das Torres, 2200"),
            (50, 202, "83005-450 São José dos Pinhais - PR"),
            (400, 160, "Data de emissão"),
            (400, 174, "03/06/2024"),
            *[(x, y, t) for x, y, t in _BRL_TOTALS],
        ]
    )
    assert fields["buyer_name"] == "Metalúrgica Vale do Iguaçu S.A."


_BRL_TOTALS: Page = [
    (50, 260, "Descrição"),
    (480, 260, "Valor total"),
    (50, 276, "Locação de betoneira 400 l"),
    (480, 276, "1.250,00"),
    (380, 320, "VALOR TOTAL"),
    (480, 320, "R$ 1.250,00"),
]


def test_seller_address_with_a_cep_town_under_the_cnpj_line() -> None:
    right = 555.0
    banner = [
        Drawn(right, 30, "Transportes Serra Azul Ltda.", size=8, align="right"),
        Drawn(right, 42, "CNPJ 11.222.333/0001-81", size=8, align="right"),
        Drawn(right, 54, "Rua Tabapuã, 1123 - Itaim Bibi", size=8, align="right"),
        Drawn(right, 66, "04533-014 São Paulo - SP", size=8, align="right"),
        Drawn(40, 36, "SERRA AZUL", size=22, bold=True),
        Drawn(230, 120, "FATURA Nº 000918"),
        Drawn(400, 160, "Data de emissão: 03/06/2024"),
        *[Drawn(x, y, t) for x, y, t in _BRL_TOTALS],
    ]
    result: dict[str, Any] = extract_canonical(make_pdf(banner))
    fields = result["fields"]
    assert fields["seller_address"] == "Rua Tabapuã, 1123 - Itaim Bibi, 04533-014 São Paulo - SP"


def test_mexican_series_and_folio_caption_joined_by_y() -> None:
    fields = _fields(
        [
            (50, 50, "Aceros Industriales del Norte, S.A. de C.V."),
            (50, 64, "RFC: AIN0501129K3"),
            (400, 90, "FACTURA"),
            (400, 104, "Serie y folio: B-20731"),
            (400, 118, "Fecha de emisión: 2024-05-14"),
            *_BRL_TOTALS,
        ]
    )
    assert fields["invoice_number"] == "B-20731"


def test_bare_vto_caption_before_a_dashed_date_is_the_due_date() -> None:
    fields = _fields(
        [
            (40, 40, "TALLERES MECANICOS ORTUÑO, S.L."),
            (40, 92, "FACTURA Nº : 2024/00311"),
            (40, 104, "FECHA"),
            (96, 104, ": 10-07-2024"),
            (40, 116, "VTO."),
            (96, 116, ": 09-08-2024"),
            *_BRL_TOTALS,
        ]
    )
    assert fields["due_date"] == "2024-08-09"


def test_membership_line_under_the_name_is_no_address_and_a_word_keeps_its_middle_dot() -> None:
    fields = _fields(
        [
            (60, 40, "Montserrat Puig i Vives"),
            (60, 56, "Advocada · Col·legiada núm. 34.517 ICAB"),
            (60, 72, "Av. del Paral·lel, 120, 3r 2a"),
            (60, 84, "08015 Barcelona"),
            (60, 96, "NIF 39871254H"),
            (400, 40, "FACTURA"),
            (400, 60, "Núm. factura: 24/077"),
            (400, 74, "Data: 4/6/2024"),
            *_BRL_TOTALS,
        ]
    )
    assert fields["seller_address"] == "Av. del Paral·lel, 120, 3r 2a, 08015 Barcelona"
