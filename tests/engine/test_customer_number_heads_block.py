"""A customer's number caption ("Cliente n.º 1127", "Client no. 4471", "Kunden-Nr. 88120") at
the top of a column beside the invoice's own details heads the buyer's block under it: the
name, its street, its town and its tax number are the customer's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(caption: str, name: str, street: str, town: str, tax: str) -> list[SizedText]:
    return [
        (60, 40, "FORNAVE", 18),
        (300, 44, "Zona Industrial de Taboeira, Lote 14", 9),
        (300, 56, "3800-055 Aveiro", 9),
        (60, 70, "Equipamentos para Hotelaria, Lda.", 9),
        (300, 70, "Contribuinte n.º 512497303", 9),
        (60, 130, "Fatura n.º FT F01/2024/1839", 10),
        (320, 130, caption, 10),
        (60, 144, "Data: 2024.11.06", 10),
        (320, 144, name, 10),
        (60, 158, "Vencimento: 2024.12.06", 10),
        (320, 158, street, 10),
        (320, 172, town, 10),
        (320, 186, tax, 10),
        (60, 240, "Artigo", 9),
        (140, 240, "Descrição", 9),
        (470, 240, "Total", 9),
        (60, 256, "FR-0412", 9),
        (140, 256, "Forma de pão antiaderente 30 cm", 9),
        (470, 256, "216,60", 9),
        (380, 300, "Mercadoria", 9),
        (470, 300, "216,60", 9),
        (380, 314, "IVA 23%", 9),
        (470, 314, "49,82", 9),
        (380, 328, "TOTAL (EUR)", 9),
        (470, 328, "266,42", 9),
    ]


def test_customer_number_caption_heads_the_buyer_block_beside_the_details() -> None:
    texts = _page(
        "Cliente n.º 1127",
        "Pastelaria Doce Ria, Unipessoal Lda.",
        "Rua Direita, 45",
        "3830-101 Ílhavo",
        "NIF 516802135",
    )
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Pastelaria Doce Ria, Unipessoal Lda."
    assert fields["buyer_address"] == "Rua Direita, 45, 3830-101 Ílhavo"
    assert fields["buyer_vat_id"] == "516802135"
    assert fields["seller_vat_id"] == "512497303"


def test_customer_number_caption_heads_a_block_without_legal_form() -> None:
    texts = _page(
        "Cliente n.º 0412",
        "Café Central do Largo",
        "Largo do Rossio, 12",
        "3810-200 Aveiro",
        "NIF 516802135",
    )
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Café Central do Largo"
    assert fields["buyer_address"] == "Largo do Rossio, 12, 3810-200 Aveiro"


def test_town_read_with_a_small_accented_initial_ends_the_block() -> None:
    # A photo's OCR reads "Ílhavo" as "ílhavo": the postcode still opens the town line.
    texts = _page(
        "Cliente n.º 1127",
        "Pastelaria Doce Ria, Unipessoal Lda.",
        "Rua Direita, 45",
        "3830-101 ílhavo",
        "NIF 516802135",
    )
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_address"] == "Rua Direita, 45, 3830-101 ílhavo"
