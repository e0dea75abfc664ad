"""Portuguese and Brazilian party blocks: the generic final consumer, "V/ N.º Contribuinte"
in a header strip, "Morada | ..." / "Código Postal | ..." rows, a letterhead's legal-form
line under the name, a delivery receipt's "Recebemos de ..." sentence, centred band captions
("TOMADOR DE SERVIÇOS") and a "DESTINATÁRIO / REMETENTE" box of caption rows."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf, make_sized_pdf

_TOTALS = [
    (50, 400, "Descrição"),
    (300, 400, "Qtd."),
    (450, 400, "Total"),
    (50, 415, "Consultoria técnica"),
    (300, 415, "1"),
    (450, 415, "100,00"),
    (350, 460, "Total s/ IVA 100,00 €"),
    (350, 475, "IVA 23% 23,00 €"),
    (350, 490, "Total a pagar 123,00 €"),
]


def _fields(rows: list[tuple[float, float, str]]) -> dict[str, object]:
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert isinstance(fields, dict)
    return fields


def test_the_final_consumer_is_no_buyer() -> None:
    rows = [
        (50, 40, "Café Ribeira Azul, Lda."),
        (50, 54, "Rua do Comércio, 12"),
        (50, 68, "4050-210 Porto"),
        (50, 82, "Contribuinte N.º 501234560"),
        (50, 120, "FATURA SIMPLIFICADA FS B2024/311"),
        (50, 134, "Data: 2024-06-02"),
        (50, 148, "Cliente: Consumidor final"),
        (50, 162, "NIF: 999999990"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields.get("buyer_name") in (None, "")
    assert fields.get("buyer_vat_id") in (None, "")


def test_your_taxpayer_number_in_a_header_strip_is_the_buyers() -> None:
    rows = [
        (50, 40, "Oficina Norte Reparações, Lda."),
        (50, 54, "Rua da Boavista, 77"),
        (50, 68, "4050-105 Porto"),
        (50, 82, "NIF: PT 502345675"),
        (330, 100, "Exmo.(s) Senhor(es)"),
        (330, 114, "Lavandaria Sol Nascente, Lda."),
        (330, 128, "Rua das Flores, 9"),
        (330, 142, "4000-200 Porto"),
        (400, 40, "FATURA FT 2024/77"),
        (50, 220, "Data de emissão"),
        (160, 220, "V/ N.º Contribuinte"),
        (300, 220, "Moeda"),
        (50, 234, "02-05-2024"),
        (160, 234, "507654323"),
        (300, 234, "EUR"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["buyer_vat_id"] == "507654323"
    assert fields["seller_vat_id"] == "PT502345675"


def test_labelled_address_rows_form_the_address() -> None:
    rows = [
        (50, 40, "FATURA-RECIBO N.º FR ZXQ01/12"),
        (50, 100, "EMITENTE"),
        (50, 118, "NIF"),
        (150, 118, "223456780"),
        (50, 132, "Nome"),
        (150, 132, "JOANA MARTA QUEIRÓS LIMA"),
        (50, 146, "Morada"),
        (150, 146, "Travessa do Carmo, 18, 2.º Dto."),
        (50, 160, "Código Postal"),
        (150, 160, "3000-120 COIMBRA"),
        (50, 200, "ADQUIRENTE"),
        (50, 218, "NIF"),
        (150, 218, "508765439"),
        (50, 232, "Nome"),
        (150, 232, "LUMIAR DIGITAL, S.A."),
        (50, 246, "Morada"),
        (150, 246, "Rua Augusta, 200, 4.º"),
        (50, 260, "Código Postal"),
        (150, 260, "1100-053 LISBOA"),
        (50, 274, "País"),
        (150, 274, "PORTUGAL"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["seller_address"] == "Travessa do Carmo, 18, 2.º Dto., 3000-120 COIMBRA"
    assert fields["buyer_address"] == "Rua Augusta, 200, 4.º, 1100-053 LISBOA, PORTUGAL"


def _sized_pdf(rows: list[tuple[float, float, str, float]]) -> bytes:
    """A one-page PDF of (x, y-from-top, text, font size) strings."""
    return make_sized_pdf(rows)


def test_a_legal_form_line_completes_the_letterhead_name() -> None:
    rows = [
        (140, 60, "MOREIRA, TEIXEIRA & PARCEIROS"),
        (196, 78, "SOCIEDADE DE ADVOGADOS, SP, R.L."),
        (130, 92, "Rua Castilho, 50, 1250-071 Lisboa · T. 210 000 000"),
        (330, 140, "Exmos. Senhores"),
        (330, 154, "Herdade do Monte Alto, Lda."),
        (330, 168, "Estrada Nacional 2, km 40"),
        (330, 182, "7000-001 Évora"),
        (50, 240, "FATURA N.º FT MT2024/0051"),
        (50, 254, "Lisboa, 3 de junho de 2024"),
        *_TOTALS,
    ]
    pdf = _sized_pdf([(x, y, text, 16.0 if y == 60 else 10.0) for x, y, text in rows])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "MOREIRA, TEIXEIRA & PARCEIROS SOCIEDADE DE ADVOGADOS, SP, R.L."


def test_a_receipt_stub_sentence_is_no_seller_name() -> None:
    rows = [
        (26, 20, "RECEBEMOS DE TECELAGEM VALE DO ITAJAÍ LTDA. OS PRODUTOS CONSTANTES DA NOTA"),
        (26, 40, "DATA DE RECEBIMENTO"),
        (200, 40, "IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR"),
        (26, 82, "IDENTIFICAÇÃO DO EMITENTE"),
        (82, 98, "TECELAGEM VALE DO ITAJAÍ"),
        (82, 110, "INDÚSTRIA TÊXTIL LTDA."),
        (32, 130, "Rua XV de Novembro, 880 - Centro"),
        (32, 142, "Blumenau - SC - CEP 89010-001"),
        (400, 60, "NF-e Nº 000.004.321"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert not str(fields.get("seller_name", "")).upper().startswith("RECEBEMOS")


def test_a_centred_band_caption_heads_the_full_width_block() -> None:
    rows = [
        (110, 40, "PREFEITURA DO MUNICÍPIO DE CAMPINAS"),
        (110, 70, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e"),
        (430, 40, "Número da Nota 00000912"),
        (240, 112, "PRESTADOR DE SERVIÇOS"),
        (43, 128, "CPF/CNPJ: 11.222.333/0001-81"),
        (43, 140, "Nome/Razão Social:"),
        (120, 140, "ORVALHO SISTEMAS LTDA."),
        (43, 156, "Endereço: RUA BARÃO DE JAGUARA, 900 - CENTRO - CEP: 13015-001"),
        (247, 188, "TOMADOR DE SERVIÇOS"),
        (43, 202, "Nome/Razão Social: COOPERATIVA VALE FÉRTIL S.A."),
        (43, 218, "CPF/CNPJ: 22.333.444/0001-05"),
        (43, 232, "Endereço: AV JOÃO XXIII, 45 - CENTRO - CEP: 13500-000"),
        (234, 262, "INTERMEDIÁRIO DE SERVIÇOS"),
        (43, 280, "CPF/CNPJ: ---- | Nome/Razão Social: ----"),
        (232, 300, "DISCRIMINAÇÃO DOS SERVIÇOS"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "COOPERATIVA VALE FÉRTIL S.A."


def test_a_recipient_sender_box_names_the_buyer_under_its_name_caption() -> None:
    rows = [
        (26, 82, "IDENTIFICAÇÃO DO EMITENTE"),
        (82, 98, "TECELAGEM VALE DO ITAJAÍ INDÚSTRIA TÊXTIL LTDA."),
        (32, 130, "Rua XV de Novembro, 880 - Centro"),
        (32, 142, "Blumenau - SC - CEP 89010-001"),
        (400, 60, "NF-e Nº 000.004.321"),
        (23, 216, "DESTINATÁRIO / REMETENTE"),
        (25, 226, "NOME / RAZÃO SOCIAL"),
        (330, 226, "CNPJ / CPF"),
        (460, 226, "DATA DA EMISSÃO"),
        (26, 236, "ARMARINHO BOA VISTA LTDA - ME"),
        (330, 236, "33.444.555/0001-06"),
        (460, 236, "04/02/2025"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "ARMARINHO BOA VISTA LTDA - ME"
