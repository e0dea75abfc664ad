"""A letterhead's trade tagline in any language ("Plomberie — Chauffage — Sanitaire") is no
seller's name, even when the name over it ends in a number like a street line does."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_french_trade_list_under_a_numbered_name_is_no_seller_name() -> None:
    texts = [
        (40, 32, "THERMO'BAT 69", 22),
        (40, 48, "Plomberie — Chauffage — Pompes à chaleur", 8.5),
        (480, 32, "Facture", 18),
        (480, 48, "N° FA-2025-0412", 10),
        (330, 82, "Facturé à :", 9),
        (330, 94, "SCI Les Tilleuls", 9),
        (330, 106, "14 rue Garibaldi", 9),
        (330, 118, "69006 Lyon", 9),
        (40, 160, "Date de facture : 12/03/2025", 9),
        (40, 240, "Description", 10),
        (480, 240, "Montant HT", 10),
        (40, 260, "Remplacement chaudière", 10),
        (480, 260, "2 000,00", 10),
        (380, 320, "Total HT 2 000,00", 10),
        (380, 335, "TVA 20 % 400,00", 10),
        (380, 350, "Total TTC 2 400,00", 10),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"].casefold() == "thermo'bat 69"
    assert fields["buyer_name"] == "SCI Les Tilleuls"


def _xero_like_page() -> list[tuple[float, float, str, float]]:
    """The customer's block under the title on the left, the issuer's block in the third
    column, both with an attention line; a payment advice at the foot names the customer."""
    texts: list[tuple[float, float, str, float]] = [
        (40, 72, "TAX INVOICE", 20),
        (50, 102, "Mulga Creek Freight Pty Ltd", 9),
        (50, 113.5, "Attention: Accounts Payable", 9),
        (50, 125, "7 Stuart Highway", 9),
        (50, 136.5, "ALICE SPRINGS NT 0870", 9),
        (50, 148, "AUSTRALIA", 9),
        (330, 57, "Invoice Date", 8),
        (330, 67, "3 Mar 2025", 8.5),
        (330, 83, "Invoice Number", 8),
        (330, 93, "INV-0912", 8.5),
        (445, 77, "Ironbark Payroll Pty Ltd", 8.5),
        (445, 87.5, "Attention: Mei Tan", 8.5),
        (445, 98, "Level 2, 30 Cavenagh Street", 8.5),
        (445, 108.5, "DARWIN NT 0800", 8.5),
        (445, 119, "AUSTRALIA", 8.5),
        (40, 190, "Description", 9),
        (480, 190, "Amount AUD", 9),
        (40, 205, "Payroll processing", 9),
        (480, 205, "500.00", 9),
        (380, 240, "Subtotal 500.00", 9),
        (380, 255, "TOTAL GST 10% 50.00", 9),
        (380, 270, "TOTAL AUD 550.00", 9),
        (40, 660, "PAYMENT ADVICE", 16),
        (330, 660, "Customer", 8.5),
        (430, 660, "Mulga Creek Freight Pty Ltd", 8.5),
        (40, 685, "To:  Ironbark Payroll Pty Ltd", 9),
        (330, 676, "Invoice Number", 8.5),
        (430, 676, "INV-0912", 8.5),
    ]
    return texts


def test_issuer_block_with_attention_line_in_the_third_column_is_the_seller() -> None:
    fields = extract_canonical(make_aligned_pdf(_xero_like_page()), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Ironbark Payroll Pty Ltd"
    assert fields["buyer_name"] == "Mulga Creek Freight Pty Ltd"


def test_country_line_with_dots_is_no_legal_form_name() -> None:
    texts = [
        (40, 50, "Hollow Pine Candle Supply", 13),
        (440, 50, "INVOICE", 20),
        (40, 72, "88 Orchard Lane", 8.5),
        (40, 81, "Burlington Vermont 05401", 8.5),
        (440, 81, "# HP-00977", 9),
        (40, 94, "U.S.A", 8.5),
        (40, 106, "802-555-0188", 8.5),
        (40, 146, "Bill To", 8.5),
        (40, 158, "Maple Row Gifts", 9),
        (40, 170, "12 Church Street", 9),
        (40, 182, "Stowe, VT 05672", 9),
        (350, 158, "Invoice Date : 03/11/2025", 9),
        (40, 240, "Item & Description", 9),
        (480, 240, "Amount", 9),
        (40, 255, "Soy candles, case of 24", 9),
        (480, 255, "480.00", 9),
        (380, 300, "Sub Total 480.00", 9),
        (380, 315, "Total $480.00", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Hollow Pine Candle Supply"


def test_eircode_then_country_ends_the_letterhead_address() -> None:
    texts = [
        (40, 50, "Glenmore Web Studio Ltd", 13),
        (440, 50, "TAX INVOICE", 16),
        (40, 72, "Unit 3, Riverside Enterprise Park", 8.5),
        (40, 81, "Dublin Road, Naas", 8.5),
        (440, 81, "# INV-000204", 9),
        (40, 94, "W91 K7P2 Ireland", 8.5),
        (40, 106, "VAT No: IE6439218HH", 8.5),
        (40, 146, "Bill To", 8.5),
        (40, 158, "Corrib Outdoor Ltd", 9),
        (40, 170, "Galway Business Park", 9),
        (40, 182, "H91 E2W4", 9),
        (350, 158, "Invoice Date : 07 Mar 2025", 9),
        (40, 240, "Item & Description", 9),
        (480, 240, "Amount", 9),
        (40, 255, "Website maintenance", 9),
        (480, 255, "650.00", 9),
        (380, 300, "Sub Total 650.00", 9),
        (380, 315, "Total €650.00", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == (
        "Unit 3, Riverside Enterprise Park, Dublin Road, Naas, W91 K7P2 Ireland"
    )
