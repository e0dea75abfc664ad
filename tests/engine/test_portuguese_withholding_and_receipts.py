"""Portuguese invoices: income tax withheld at source after the invoice's total ("Total da
fatura / Retenção na fonte / Total a pagar"), a fatura-recibo that records the sum as received,
and certified document numbers that start with their type code ("FT 2026/0412")."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Gabinete Lusitano de Contabilidade, Lda."),
    (50, 74, "Rua das Flores, 21, 4050-262 Porto"),
    (50, 88, "NIF 509876543"),
    (350, 150, "Data: 12-05-2026"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


def test_withholding_after_the_invoice_total_leaves_the_total_before_it() -> None:
    fields = _fields(
        [
            *_HEAD,
            (350, 120, "FATURA N.º FT GL2026/0412"),
            (60, 250, "Serviços de contabilidade de abril"),
            (480, 250, "2.000,00 €"),
            (60, 266, "Imposto do selo – reembolso"),
            (480, 266, "150,00 €"),
            (300, 300, "Base tributável (IVA 23%)"),
            (480, 300, "2.000,00 €"),
            (300, 314, "Valor não sujeito a IVA"),
            (480, 314, "150,00 €"),
            (300, 328, "IVA à taxa de 23%"),
            (480, 328, "460,00 €"),
            (300, 342, "Total da fatura"),
            (480, 342, "2.610,00 €"),
            (300, 356, "Retenção na fonte (25% s/ honorários)"),
            (480, 356, "-500,00 €"),
            (300, 370, "Total a pagar"),
            (480, 370, "2.110,00 €"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(2610.0)
    assert fields["tax_amount"] == pytest.approx(460.0)
    assert fields["net_amount"] == pytest.approx(2150.0)
    assert fields["amount_due"] == pytest.approx(2110.0)


_RECEIPT_TOTALS: Page = [
    (60, 300, "Valor Base"),
    (400, 300, "1.000,00 €"),
    (60, 316, "IVA — taxa normal 23%"),
    (400, 316, "230,00 €"),
    (60, 332, "Total do documento"),
    (400, 332, "1.230,00 €"),
    (60, 348, "Retenção na fonte de IRS (25%)"),
    (400, 348, "250,00 €"),
]


@pytest.mark.parametrize(
    "receipt",
    [
        [(60, 364, "Importância recebida"), (400, 364, "980,00 €")],
        [(150, 420, "Recebi a quantia indicada de Cliente Exemplo, S.A.")],
        [(50, 110, "FATURA-RECIBO")],
    ],
)
def test_a_receipt_of_the_sum_leaves_nothing_due(receipt: Page) -> None:
    fields = _fields(_HEAD + _RECEIPT_TOTALS + receipt)
    assert fields["total_amount"] == pytest.approx(1230.0)
    assert fields["amount_due"] == pytest.approx(0.0)


def test_a_sum_received_short_of_what_is_due_leaves_the_rest() -> None:
    fields = _fields(
        _HEAD + _RECEIPT_TOTALS + [(60, 364, "Importância recebida"), (400, 364, "500,00 €")]
    )
    assert fields["amount_due"] == pytest.approx(980.0)


_BODY: Page = [
    (60, 300, "Descrição"),
    (400, 300, "Valor"),
    (60, 316, "Serviços de manutenção"),
    (400, 316, "1.000,00"),
    (300, 350, "Total sem IVA"),
    (400, 350, "1.000,00 €"),
    (300, 364, "IVA 23%"),
    (400, 364, "230,00 €"),
    (300, 378, "Total"),
    (400, 378, "1.230,00 €"),
]


@pytest.mark.parametrize(
    ("header", "number"),
    [
        # The number's caption and the number in a box right of the client's address.
        (
            [
                (380, 110, "FATURA · Original"),
                (60, 130, "Avenida Central, 40"),
                (330, 130, "N.º"),
                (380, 130, "FT 2026/0412"),
                (60, 144, "1000-001 Lisboa"),
                (330, 144, "Data"),
                (380, 144, "12/05/2026"),
            ],
            "FT 2026/0412",
        ),
        # A header strip over its values: "FATURA | N.º | Data de emissão".
        (
            [
                (60, 200, "FATURA"),
                (160, 200, "N.º"),
                (300, 200, "Data de emissão"),
                (420, 200, "Data de vencimento"),
                (60, 214, "Original"),
                (160, 214, "FT HQX2026/731"),
                (300, 214, "12/05/2026"),
                (420, 214, "11/06/2026"),
            ],
            "FT HQX2026/731",
        ),
        # A fatura-recibo's title, its number beside it.
        (
            [(60, 110, "FATURA-RECIBO"), (200, 110, "N.º FR PORTAL07FR/52")],
            "FR PORTAL07FR/52",
        ),
        # The document type's code in a cell of its own before the series and count.
        (
            [
                (60, 110, "FATURA"),
                (110, 110, "SIMPLIFICADA"),
                (60, 124, "FS"),
                (80, 124, "B2026/351"),
            ],
            "FS B2026/351",
        ),
    ],
)
def test_certified_numbers_keep_their_document_code(header: Page, number: str) -> None:
    assert _fields(_HEAD[:3] + header + _BODY)["invoice_number"] == number


def test_a_dotted_nfe_number_beats_the_instalment_count_under_its_heading() -> None:
    page: Page = [
        (50, 60, "Comercial Exemplo Ltda."),
        (400, 60, "DANFE"),
        (400, 80, "Nº 000.004.321"),
        (400, 94, "SÉRIE 002"),
        (50, 200, "FATURA / DUPLICATA"),
        (50, 214, "Número: 002"),
        (50, 228, "Vencimento: 10/06/2026"),
        (50, 242, "Valor: R$ 1.500,00"),
        (50, 280, "VALOR TOTAL DA NOTA"),
        (50, 294, "1.500,00"),
    ]
    assert _fields(page)["invoice_number"] == "000.004.321"


def _danfe_taxes(icms: str, ipi: str) -> Page:
    return [
        (50, 60, "Comercial Exemplo Ltda."),
        (400, 80, "Nº 000.004.321"),
        (40, 300, "BASE DE CÁLC. DO ICMS"),
        (200, 300, "VALOR DO ICMS"),
        (330, 300, "VALOR TOTAL DOS PRODUTOS"),
        (60, 312, "0,00"),
        (210, 312, icms),
        (350, 312, "1.500,00"),
        (40, 330, "VALOR DO FRETE"),
        (200, 330, "VALOR TOTAL DO IPI"),
        (330, 330, "VALOR TOTAL DA NOTA"),
        (60, 342, "0,00"),
        (210, 342, ipi),
        (350, 342, "1.500,00"),
    ]


def test_captioned_tax_totals_printed_zero_give_a_zero_tax() -> None:
    assert _fields(_danfe_taxes("0,00", "0,00"))["tax_amount"] == pytest.approx(0.0)


def test_a_captioned_tax_total_above_zero_gives_no_zero_tax() -> None:
    assert _fields(_danfe_taxes("0,00", "75,00")).get("tax_amount") != pytest.approx(0.0)
