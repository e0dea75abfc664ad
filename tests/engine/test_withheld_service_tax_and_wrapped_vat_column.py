"""Totals of a Brazilian NFS-e whose service tax is withheld, and of a Romanian factură whose
VAT column's caption wraps onto a second header line (engine/totalgrid.py, totals.py).

Conventions: on a Brazilian NFS-e the ISS (municipal service tax) may be withheld by the
buyer ("ISS Retido | Sim" beside "Valor do ISS"); then the "Valor Líquido da Nota" is the
services' total less that ISS, the sum the seller is paid, not the tax base. A Romanian
factură (the layout of the printed invoice forms) closes its item table with a "Total" row of
two figures, the columns "Valoarea (fără TVA)" and "Valoarea TVA" summed, the caption
"Valoarea" over "TVA" on two header lines, then "Total de plată" with the gross. An invoice
billed in a foreign currency restates its VAT in the domestic one under the exchange rate
(the Czech VAT act's "Rekapitulace DPH v CZK, kurz ČNB"): that recap is no total of the
invoice. An NFS-e's "Valor dos Serviços" is the services' gross before the retentions.
"""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _amounts(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """A figure set flush right against x1, as totals columns print them."""
    return x1 - stringWidth(text, "Helvetica", 10), y, text


_NFSE_HEAD: Page = [
    (110, 40, "PREFEITURA DO MUNICÍPIO DE CAMPINAS"),
    (430, 40, "Número da Nota"),
    (430, 54, "00000981"),
    (110, 70, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e"),
    (240, 100, "PRESTADOR DE SERVIÇOS"),
    (40, 114, "Nome/Razão Social: Ponte Alta Sistemas Ltda."),
    (240, 150, "TOMADOR DE SERVIÇOS"),
    (40, 164, "Nome/Razão Social: Frigorífico Vale Verde S.A."),
    (230, 200, "DISCRIMINAÇÃO DOS SERVIÇOS"),
    (40, 220, "Manutenção de sistemas - abril/2024"),
    (40, 240, "Emissão: 05/04/2024"),
    (190, 300, "VALOR TOTAL DA NOTA = R$ 8.400,00"),
    (55, 330, "INSS (R$)"),
    (130, 330, "IRRF (R$)"),
    (200, 330, "CSLL (R$)"),
    (270, 330, "COFINS (R$)"),
    (350, 330, "PIS/PASEP (R$)"),
    (65, 344, "0,00"),
    (140, 344, "0,00"),
    (210, 344, "0,00"),
    (280, 344, "0,00"),
    (360, 344, "0,00"),
    (40, 380, "Valor Total Deduções (R$)"),
    (170, 380, "Base de Cálculo (R$)"),
    (280, 380, "Alíquota (%)"),
    (350, 380, "Valor do ISS (R$)"),
    (450, 380, "ISS Retido"),
]


def test_nfse_withheld_service_tax_leaves_the_net_value_due() -> None:
    # The ISS withheld by the buyer ("ISS Retido | Sim"): the "Valor Líquido da Nota"
    # (total less the ISS) is what is paid.
    fields = _amounts(
        [
            *_NFSE_HEAD,
            (75, 394, "0,00"),
            (180, 394, "8.400,00"),
            (290, 394, "3,00%"),
            (360, 394, "252,00"),
            (460, 394, "Sim"),
            (40, 424, "Valor Líquido da Nota (R$)"),
            (250, 424, "8.148,00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(8400.00)
    assert fields["tax_amount"] == pytest.approx(252.00)
    assert fields["amount_due"] == pytest.approx(8148.00)


def test_nfse_service_tax_not_withheld_leaves_the_total_due() -> None:
    # "ISS Retido | Não": the ISS is the seller's to pay, the buyer pays the whole total.
    fields = _amounts(
        [
            *_NFSE_HEAD,
            (75, 394, "0,00"),
            (180, 394, "8.400,00"),
            (290, 394, "3,00%"),
            (360, 394, "252,00"),
            (460, 394, "Não"),
            (40, 424, "Valor Líquido da Nota (R$)"),
            (250, 424, "8.400,00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(8400.00)
    assert fields["amount_due"] == pytest.approx(8400.00)


def test_romanian_total_row_under_a_vat_caption_wrapped_on_two_lines() -> None:
    page: Page = [
        (57, 45, "Furnizor: DUNAREA TEHNIC S.R.L."),
        (57, 58, "C.I.F.: RO18288896"),
        (250, 150, "FACTURĂ"),
        (240, 170, "Seria DTH nr. 0217"),
        (210, 185, "Data: 14.03.2024"),
        (65, 230, "Nr."),
        (90, 230, "Denumirea produselor"),
        (280, 230, "U.M."),
        (315, 230, "Cant."),
        (354, 230, "Preț unitar"),
        (430, 230, "Valoarea"),
        (498, 230, "Valoarea"),
        (64, 240, "crt."),
        (90, 240, "sau a serviciilor"),
        (357, 240, "(fără TVA)"),
        (451, 240, "-lei"),
        (518, 240, "TVA"),
        (69, 270, "1"),
        (90, 270, "Revizie utilaj"),
        (280, 270, "buc"),
        (330, 270, "3"),
        _right(398, 270, "1.200,00"),
        _right(466, 270, "3.600,00"),
        _right(534, 270, "684,00"),
        (69, 286, "2"),
        (90, 286, "Piese de schimb"),
        (280, 286, "set"),
        (330, 286, "2"),
        _right(398, 286, "450,00"),
        _right(466, 286, "900,00"),
        _right(534, 286, "171,00"),
        (71, 310, "Semnătura și ștampila furnizorului"),
        (373, 310, "Total"),
        _right(464, 310, "4.500,00"),
        _right(532, 310, "855,00"),
        (246, 334, "Total de plată (col. 5 + col. 6)"),
        _right(532, 334, "5.355,00 lei"),
    ]
    fields = _amounts(page)
    assert fields == {
        "net_amount": pytest.approx(4500.00),
        "tax_amount": pytest.approx(855.00),
        "total_amount": pytest.approx(5355.00),
        "amount_due": pytest.approx(5355.00),
    }


def test_vat_recap_in_the_domestic_currency_under_its_exchange_rate() -> None:
    # A Czech carrier bills in EUR and restates the VAT in CZK, as the Czech VAT act asks of
    # foreign-currency invoices: the recap under "kurz ČNB" is no total of the invoice.
    page: Page = [
        (40, 40, "Kovar Trans s.r.o."),
        (40, 54, "Mistecka 58, 703 00 Ostrava"),
        (350, 40, "Faktura c. 2024010387"),
        (350, 54, "Datum vystaveni: 08.02.2024"),
        (40, 200, "Oznaceni dodavky"),
        (250, 200, "Mnozstvi"),
        (320, 200, "Cena za MJ"),
        (420, 200, "Bez DPH"),
        (40, 216, "Preprava Ostrava - Wien"),
        (250, 216, "1"),
        (320, 216, "3 373,75"),
        (420, 216, "3 373,75"),
        (340, 260, "Celkem bez DPH"),
        (440, 260, "3 373,75 EUR"),
        (340, 274, "DPH 21 %"),
        (440, 274, "708,49 EUR"),
        (340, 288, "Celkem k uhrade"),
        (440, 288, "4 082,24 EUR"),
        (40, 320, "Rekapitulace DPH v CZK (kurz CNB 25,245 CZK/EUR):"),
        (40, 334, "Sazba DPH"),
        (150, 334, "Zaklad"),
        (250, 334, "DPH"),
        (350, 334, "Celkem"),
        (40, 348, "21 %"),
        (150, 348, "85 170,32"),
        (250, 348, "17 885,83"),
        (350, 348, "103 056,15"),
    ]
    assert _amounts(page) == {
        "net_amount": pytest.approx(3373.75),
        "tax_amount": pytest.approx(708.49),
        "total_amount": pytest.approx(4082.24),
        "amount_due": pytest.approx(4082.24),
    }


def test_nfse_services_value_less_federal_retentions() -> None:
    # "Valor dos Serviços", then IRRF and PIS/COFINS/CSLL withheld: the "Valor Líquido" left
    # is what is paid; the services' value is the total.
    fields = _amounts(
        [
            (40, 40, "Ponte Alta Sistemas Ltda."),
            (350, 40, "NFS-e n. 00000981"),
            (350, 54, "Emissao: 05/04/2024"),
            (300, 260, "Valor dos Servicos"),
            (470, 260, "1.000,00"),
            (300, 274, "(-) IRRF 1,5%"),
            (470, 274, "15,00"),
            (300, 288, "(-) PIS/COFINS/CSLL 4,65%"),
            (470, 288, "46,50"),
            (300, 302, "Valor Liquido"),
            (470, 302, "938,50"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(1000.0),
        "tax_amount": None,
        "total_amount": pytest.approx(1000.0),
        "amount_due": pytest.approx(938.5),
    }
