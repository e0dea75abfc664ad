"""Iberian letterheads and the buyer's IDs: a large letterhead without a legal form top left
is the seller, the legal-form block right of it under the customer's number the buyer; a
footer's "register · street, postcode town" line is the seller's address when the header
prints only a logo; an architect's tagline with the professional registration and the full
personal name over the street are no address lines; the customer's taxpayer number in the
header grid ("Contribuinte") and a Spanish "VAT: ES" + letter ID in the billed block are the
buyer's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, header_values, make_aligned_pdf

_ITEMS = [
    (50, 240, "Descrição", 9),
    (480, 240, "Valor", 9),
    (50, 258, "Serviço de consultoria", 9),
    (480, 258, "1.000,00", 9),
    (380, 300, "Incidência 1.000,00", 9),
    (380, 314, "IVA 23% 230,00", 9),
    (380, 328, "Total 1.230,00", 9),
]


def test_letterhead_left_is_the_seller_and_the_numbered_customer_block_the_buyer() -> None:
    texts = [
        (40, 40, "CARPINTARIA VALE DO SOUSA", 15),
        (40, 56, "Marcenaria · Mobiliário por medida", 8),
        (40, 69, "Rua das Flores 87", 9),
        (40, 81, "4560-112 Penafiel", 9),
        (40, 93, "Contribuinte n.º 507241630", 7),
        (336, 56, "Cliente n.º 002187", 8),
        (336, 69, "Vinhos Serra Alta, Lda.", 9),
        (336, 81, "Avenida Central 15", 9),
        (336, 93, "4700-321 Braga", 7),
        (336, 103, "NIF 513098720", 8),
        (40, 150, "FATURA FT CVS24/0112", 11),
        (40, 168, "Data: 04/03/2024", 9),
        *_ITEMS,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "CARPINTARIA VALE DO SOUSA"
    assert fields["buyer_name"] == "Vinhos Serra Alta, Lda."
    assert fields["seller_vat_id"] == "507241630"
    assert fields["buyer_vat_id"] == "513098720"
    assert fields["seller_address"] == "Rua das Flores 87, 4560-112 Penafiel"


def test_footer_register_line_gives_the_address_under_a_logo_only_header() -> None:
    texts = [
        (40, 30, "ventisca", 20),
        (40, 52, "luz", 14),
        (400, 30, "Factura de electricidad", 10),
        (400, 52, "Nº factura: FL24-000912", 9),
        (400, 90, "Titular del contrato", 8),
        (400, 102, "Comercial Ebro Norte S.L.", 9),
        (400, 114, "Calle Mayor 40", 9),
        (400, 126, "26001 Logroño", 9),
        (40, 90, "Fecha de emisión 05/03/2024", 8),
        (50, 240, "Concepto", 9),
        (480, 240, "Importe", 9),
        (50, 258, "Energía activa", 9),
        (480, 258, "1.000,00", 9),
        (380, 300, "Base imponible 1.000,00", 9),
        (380, 314, "IVA 21 % 210,00", 9),
        (380, 328, "Total factura 1.210,00", 9),
        (40, 775, "Ventisca Luz Comercializadora S.A. | Reg. Merc. Huesca, Tomo 1.204", 6),
        (40, 784, "CIF A28193746 · Calle del Coso 88, 22001 Huesca | Inscrita CNMC R2-901", 6),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_vat_id"] == "A28193746"
    assert fields["seller_address"] == "Calle del Coso 88, 22001 Huesca"


def test_architects_registration_tagline_and_full_name_are_no_address_lines() -> None:
    texts = [
        (40, 32, "Inês Moura", 16),
        (40, 50, "arquitetura · OA n.º 21 407", 8),
        (40, 63, "Inês Catarina Reis Moura", 9),
        (40, 75, "Rua do Almada 210, 3.º", 9),
        (40, 87, "4050-032 Porto", 9),
        (40, 99, "NIF 210938471", 9),
        (360, 32, "Fatura n.º FT 2024/12", 10),
        (360, 65, "Data de emissão: 11/03/2024", 8),
        (40, 120, "Adquirente", 8),
        (40, 132, "Vinhos Serra Alta, Lda.", 9),
        (40, 144, "Avenida Central 15", 9),
        (40, 156, "4700-321 Braga", 9),
        *_ITEMS,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Rua do Almada 210, 3.º, 4050-032 Porto"


def test_taxpayer_number_in_the_header_grid_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Têxteis Ribamar, Lda."),
            (50, 52, "Rua Nova 12"),
            (50, 64, "4800-001 Guimarães"),
            (50, 76, "NIF 507241630"),
            (50, 110, "Exmo(s). Sr(s)."),
            (50, 122, "Vinhos Serra Alta, Lda."),
            (50, 134, "Avenida Central 15"),
            (50, 146, "4700-321 Braga"),
            (50, 180, "Contribuinte"),
            (150, 180, "Data de emissão"),
            (280, 180, "Data de vencimento"),
            (50, 192, "513098720"),
            (150, 192, "2024-03-01"),
            (280, 192, "2024-03-31"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "507241630"
    assert fields["buyer_vat_id"] == "513098720"


def test_spanish_vat_id_with_its_letter_after_es_in_the_billed_block() -> None:
    fields = header_values(
        [
            (50, 40, "Pennant Data Ltd"),
            (50, 52, "12 King Street"),
            (50, 64, "Leeds LS1 2HL"),
            (350, 64, "VAT Reg. No. GB 287 4415 31"),
            (50, 100, "BILL TO"),
            (50, 112, "Conservas del Cantábrico S.L."),
            (50, 124, "Calle Real 5"),
            (50, 136, "39001 Santander"),
            (50, 148, "Spain"),
            (50, 160, "VAT: ESB71345029"),
            (350, 112, "Invoice number INV-3301"),
            (350, 124, "Invoice date 12/03/2024"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["buyer_vat_id"] == "ESB71345029"
