"""Portuguese item tables: a works table captioned "Designação dos trabalhos | Un. | Quant. |
Preço Unit. | Importância", its texts wrapping onto a second line (column_captions.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _rows(texts: list[SizedText], font: str = "Helvetica") -> list[tuple[Any, ...]]:
    result: dict[str, Any] = extract_canonical(
        make_aligned_pdf(texts, font=font), use_einvoice=False
    )
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def test_importancia_heads_the_amount_column_of_a_works_table() -> None:
    texts: list[SizedText] = [
        (60, 50, "CARPINTARIA DO VALE, LDA.", 12),
        (60, 64, "Rua do Moinho 14, 3810-200 Aveiro", 8),
        (400, 90, "FATURA", 12),
        (60, 110, "Cliente", 8),
        (60, 122, "Obras Ribeiro, Lda.", 9),
        (340, 122, "N.º", 9),
        (400, 122, "FT 2024/0311", 9),
        (340, 134, "Data", 9),
        (400, 134, "09/10/2024", 9),
        (60, 200, "Art.", 8),
        (90, 200, "Designação dos trabalhos", 8),
        (330, 200, "Un.", 8),
        (395, 200, ">Quant.", 8),
        (455, 200, ">Preço Unit.", 8),
        (530, 200, ">Importância", 8),
        (60, 218, "3.2", 8),
        (90, 218, "Fornecimento e montagem de portas interiores em", 8),
        (330, 218, "un", 8),
        (395, 218, ">12,00", 8),
        (455, 218, ">240,00", 8),
        (530, 218, ">2.880,00", 8),
        (90, 229, "madeira de carvalho, com aros", 8),
        (60, 246, "5.1", 8),
        (90, 246, "Rodapé em MDF lacado branco", 8),
        (330, 246, "m", 8),
        (395, 246, ">96,50", 8),
        (455, 246, ">8,40", 8),
        (530, 246, ">810,60", 8),
        (380, 290, "Total ilíquido", 9),
        (530, 290, ">3.690,60 €", 9),
        (380, 304, "IVA 23%", 9),
        (530, 304, ">848,84 €", 9),
        (380, 318, "Total", 9),
        (530, 318, ">4.539,44 €", 9),
    ]
    assert _rows(texts) == [
        (
            "Fornecimento e montagem de portas interiores em madeira de carvalho, com aros",
            12.0,
            240.0,
            2880.0,
        ),
        ("Rodapé em MDF lacado branco", 96.5, 8.4, 810.6),
    ]


def _receipt(values: list[SizedText]) -> list[SizedText]:
    return [
        (50, 40, "FATURA-RECIBO", 12),
        (300, 40, "N.º FR ATSIRE01FR/12", 10),
        (50, 90, "EMITENTE", 9),
        (50, 104, "NIF", 8),
        (150, 104, "245118770", 8),
        (50, 116, "Nome", 8),
        (150, 116, "ANA SOFIA MARQUES LEAL", 8),
        (50, 150, "ADQUIRENTE", 9),
        (50, 164, "NIF", 8),
        (150, 164, "507331290", 8),
        (50, 176, "Nome", 8),
        (150, 176, "GRAFONORTE, LDA.", 8),
        (50, 210, "Data de emissão", 8),
        (50, 222, "12-05-2025", 8),
        (45, 250, "Descrição", 9),
        (45, 266, "Tradução técnica de manuais de equipamento industrial (inglês-português),", 8),
        (45, 278, "cerca de quarenta mil palavras, entregue em abril de 2025.", 8),
        (45, 320, "Valores", 9),
        *values,
    ]


def test_withholding_and_received_lines_are_no_items_of_a_receipt() -> None:
    texts = _receipt(
        [
            (50, 340, "Valor Base", 8),
            (540, 340, ">1.500,00 €", 8),
            (50, 354, "IVA — taxa normal 23%", 8),
            (540, 354, ">345,00 €", 8),
            (50, 368, "Total do documento", 8),
            (540, 368, ">1.845,00 €", 8),
            (50, 382, "Retenção na fonte de IRS (25%)", 8),
            (540, 382, ">375,00 €", 8),
            (50, 396, "Importância recebida", 8),
            (540, 396, ">1.470,00 €", 8),
        ]
    )
    assert _rows(texts) == [
        (
            "Tradução técnica de manuais de equipamento industrial (inglês-português),"
            " cerca de quarenta mil palavras, entregue em abril de 2025.",
            None,
            None,
            1500.0,
        )
    ]


def test_fee_note_rows_with_leader_dots_hours_and_an_untaxed_disbursement() -> None:
    texts: list[SizedText] = [
        (60, 50, "MARTINS & LOBO – SOCIEDADE DE ADVOGADOS, SP, R.L.", 11),
        (60, 64, "Rua Garrett, 40, 1200-204 Lisboa · NIPC 514220871", 8),
        (330, 110, "Exmos. Senhores", 9),
        (330, 124, "Adega Serra Alta, Lda.", 9),
        (60, 180, "FATURA N.º FT ML2024/0211", 10),
        (60, 196, "Data: 14 de outubro de 2024", 9),
        (57, 240, "Honorários pelo acompanhamento do processo de", 9),
        (57, 251, "insolvência em setembro de 2024, conforme registo", 9),
        (330, 251, "12 h × 180,00 € ..........", 9),
        (540, 251, ">2.160,00 €", 9),
        (57, 278, "Despesas de deslocação e correio ........................................", 9),
        (540, 278, ">64,00 €", 9),
        (
            57,
            305,
            "Custas judiciais – despesas pagas em nome e por conta do cliente (art. 16.º,",
            9,
        ),
        (57, 316, "n.º 6, al. c) do CIVA), não sujeitas a IVA", 9),
        (330, 316, "...........................", 9),
        (540, 316, ">204,00 €", 9),
        (290, 350, "Base tributável (IVA 23%)", 9),
        (540, 350, ">2.224,00 €", 9),
        (290, 364, "Valor não sujeito a IVA", 9),
        (540, 364, ">204,00 €", 9),
        (290, 378, "IVA à taxa de 23%", 9),
        (540, 378, ">511,52 €", 9),
        (290, 392, "Total da fatura", 9),
        (540, 392, ">2.939,52 €", 9),
        (290, 406, "Retenção na fonte (25% s/ honorários)", 9),
        (540, 406, ">-540,00 €", 9),
        (290, 420, "Total a pagar", 9),
        (540, 420, ">2.399,52 €", 9),
    ]
    assert _rows(texts) == [
        (
            "Honorários pelo acompanhamento do processo de insolvência em setembro de 2024,"
            " conforme registo",
            12.0,
            180.0,
            2160.0,
        ),
        ("Despesas de deslocação e correio", 1.0, 64.0, 64.0),
        (
            "Custas judiciais – despesas pagas em nome e por conta do cliente (art. 16.º,"
            " n.º 6, al. c) do CIVA), não sujeitas a IVA",
            1.0,
            204.0,
            204.0,
        ),
    ]


def test_dash_bulleted_lines_of_count_times_price_and_leader_dots_are_items() -> None:
    texts: list[SizedText] = [
        (40, 40, "NOTA FISCAL DE SERVIÇOS", 11),
        (40, 60, "Número da Nota: 00000733", 9),
        (40, 72, "Data de Emissão: 14/02/2025", 9),
        (40, 100, "Prestador: ORBITA DADOS CONSULTORIA LTDA.", 9),
        (40, 112, "Tomador: LATICINIOS SERRA AZUL S.A.", 9),
        (200, 150, "DISCRIMINAÇÃO DOS SERVIÇOS", 9),
        (40, 170, "Consultoria em dados - fevereiro/2025.", 8),
        (40, 190, "- Painéis de indicadores (pacote mensal) ....... R$ 4.200,00", 8),
        (40, 202, "- Treinamento de equipe - 6 h x R$ 250,00 ................ R$ 1.500,00", 8),
        (40, 226, "Valor líquido: R$ 5.700,00", 8),
        (200, 300, "VALOR TOTAL DA NOTA = R$ 5.700,00", 10),
    ]
    assert _rows(texts, font="Courier") == [
        ("Painéis de indicadores (pacote mensal)", 1.0, 4200.0, 4200.0),
        ("Treinamento de equipe", 6.0, 250.0, 1500.0),
    ]
