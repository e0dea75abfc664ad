"""US and UK trade invoices: a credit memo quoting its original invoice, a gauge's "AWG" in an
item's text, a sales-tax row in the item grid, days at a day rate, a price per hundred ("C"),
a remittance block beside the letterhead, a British address column ending in its postcode, a
householder "For the attention of:", and a wordmark set tight over the spaced legal name."""

from __future__ import annotations

from typing import Any

from .conftest import PlacedText, analysed, make_placed_pdf


def _items(invoice: Any) -> list[dict[str, Any]]:
    return [{k: v.value for k, v in item.items()} for item in invoice.items]


def test_credit_memo_number_and_dollar_beside_a_wire_gauge() -> None:
    texts: list[PlacedText] = [
        (40, 40, "CREDIT MEMO", False),
        (40, 60, "Ridgeway Electrical Supply Co.", False),
        (40, 72, "4100 Industrial Blvd", False),
        (40, 84, "Tulsa, OK 74107", False),
        (40, 130, "CREDIT TO", False),
        (355, 130, "CREDIT MEMO #", False),
        (440, 130, "CM-7710", False),
        (40, 142, "Prairie Builders, LLC", False),
        (405, 142, "DATE", False),
        (440, 142, "02/11/2026", False),
        (40, 154, "700 S. Main St", False),
        (355, 154, "ORIG. INVOICE #", False),
        (440, 154, "41266", False),
        (40, 166, "Broken Arrow, OK 74012", False),
        (110, 200, "DESCRIPTION", False),
        (430, 200, "QTY", True),
        (490, 200, "RATE", True),
        (560, 200, "AMOUNT", True),
        (110, 215, "THHN wire 14 AWG red, 500 ft spool (returned)", False),
        (430, 215, "3", True),
        (490, 215, "80.00", True),
        (560, 215, "240.00", True),
        (110, 230, "Conduit 3/4 in EMT, 10 ft (returned)", False),
        (430, 230, "10", True),
        (490, 230, "6.00", True),
        (560, 230, "60.00", True),
        (480, 260, "SUBTOTAL", False),
        (560, 260, "300.00", True),
        (480, 272, "TAX", False),
        (560, 272, "25.50", True),
        (480, 284, "TOTAL", False),
        (560, 284, "325.50", True),
        (440, 300, "TOTAL CREDIT$325.50", False),
    ]
    fields = analysed(make_placed_pdf(texts)).fields
    assert fields["invoice_number"].value == "CM-7710"
    assert fields["currency"].value == "USD"


def test_sales_tax_row_in_the_item_grid_is_no_item() -> None:
    texts: list[PlacedText] = [
        (40, 40, "Keel Harbor Machining, Inc.", False),
        (40, 52, "88 Dock Rd", False),
        (40, 64, "Erie, PA 16501", False),
        (430, 40, "Invoice", False),
        (440, 70, "Invoice #", False),
        (520, 70, "2201", False),
        (40, 100, "Bill To", False),
        (40, 112, "Lakefront Foods LLC", False),
        (40, 124, "12 State St", False),
        (40, 136, "Erie, PA 16507", False),
        (45, 170, "Item", False),
        (120, 170, "Description", False),
        (420, 170, "Qty", True),
        (480, 170, "Rate", True),
        (560, 170, "Amount", True),
        (45, 185, "MACH", False),
        (120, 185, "CNC turning labor", False),
        (420, 185, "10", True),
        (480, 185, "90.00", True),
        (560, 185, "900.00", True),
        (45, 200, "MAT", False),
        (120, 200, "Steel bar stock 1018", False),
        (420, 200, "4", True),
        (480, 200, "25.00", True),
        (560, 200, "100.00", True),
        (120, 215, "Sales Tax", False),
        (480, 215, "6.0%", True),
        (560, 215, "6.00", True),
        (120, 227, "Pennsylvania state sales tax", False),
        (480, 250, "Total", False),
        (560, 250, "$1,006.00", True),
    ]
    items = _items(analysed(make_placed_pdf(texts)))
    assert [item["amount"] for item in items] == [900.0, 100.0]


def test_days_at_a_day_rate_are_the_count() -> None:
    texts: list[PlacedText] = [
        (40, 40, "Corrib Code Ltd", False),
        (40, 52, "3 Quay Street, Galway, H91 X2Y7, Ireland", False),
        (360, 90, "Invoice No.:", False),
        (450, 90, "CC-2026-004", False),
        (40, 90, "INVOICE", False),
        (55, 150, "Description", False),
        (335, 150, "Days", False),
        (395, 150, "Day Rate (€)", False),
        (475, 150, "Amount (€)", False),
        (55, 165, "API development - route optimisation (sprint 3)", False),
        (385, 165, "10", True),
        (460, 165, "600.00", True),
        (540, 165, "6,000.00", True),
        (55, 180, "API development - route optimisation (sprint 4)", False),
        (385, 180, "7", True),
        (460, 180, "600.00", True),
        (540, 180, "4,200.00", True),
        (55, 195, "On-call support, weekend", False),
        (385, 195, "1", True),
        (460, 195, "400.00", True),
        (540, 195, "400.00", True),
        (440, 210, "Subtotal:", False),
        (540, 210, "€10,600.00", True),
        (440, 225, "Total Due:", False),
        (540, 225, "€10,600.00", True),
    ]
    items = _items(analysed(make_placed_pdf(texts)))
    assert [item.get("quantity") for item in items] == [10.0, 7.0, 1.0]


def test_price_per_hundred_and_the_letterhead_beside_a_remit_block() -> None:
    texts: list[PlacedText] = [
        (36, 40, "PIEDMONT", False),
        (250, 40, "REMIT TO:", False),
        (460, 40, "INVOICE", False),
        (250, 52, "Piedmont Bolt & Supply, Inc.", False),
        (36, 58, "BOLT & SUPPLY", False),
        (250, 64, "P.O. Box 771020", False),
        (460, 64, "INVOICE NO. 0558120", False),
        (36, 76, "Piedmont Bolt & Supply, Inc.", False),
        (250, 76, "Atlanta, GA 30377-1020", False),
        (36, 88, "4500 Fulton Industrial Blvd", False),
        (36, 100, "Atlanta, GA 30336", False),
        (36, 112, "404-555-0172", False),
        (36, 140, "SOLD TO:", False),
        (36, 152, "Peachtree Mills LLC", False),
        (36, 164, "PO Box 88", False),
        (36, 176, "Macon, GA 31201", False),
        (40, 210, "LN", False),
        (140, 210, "DESCRIPTION", False),
        (380, 210, "ORD", True),
        (420, 210, "SHP", True),
        (480, 210, "PRICE UM", False),
        (580, 210, "EXTENSION", True),
        (40, 225, "1", False),
        (140, 225, "FLAT WASHER 3/8 ZP", False),
        (380, 225, "1000", True),
        (420, 225, "1000", True),
        (480, 225, "4.500 C", False),
        (580, 225, "45.00", True),
        (40, 240, "2", False),
        (140, 240, "SOCKET SET SCREW M6", False),
        (380, 240, "20", True),
        (420, 240, "20", True),
        (480, 240, "0.750 EA", False),
        (580, 240, "15.00", True),
        (420, 280, "INVOICE TOTAL", False),
        (580, 280, "$60.00", True),
    ]
    invoice = analysed(make_placed_pdf(texts))
    assert invoice.fields["seller_address"].value == (
        "4500 Fulton Industrial Blvd, Atlanta, GA 30336"
    )
    items = _items(invoice)
    assert [(item.get("quantity"), item["unit_price"]) for item in items] == [
        (1000.0, 4.5),
        (20.0, 0.75),
    ]


def test_british_address_column_and_householder_for_the_attention_of() -> None:
    texts: list[PlacedText] = [
        (540, 40, "Ivy House", True),
        (540, 52, "Church Lane", True),
        (56, 58, "Hollins", False),
        (540, 64, "Ledbury", True),
        (540, 76, "Herefordshire", True),
        (540, 88, "HR8 1AB", True),
        (540, 100, "01531 555 120", True),
        (540, 112, "hello@hollinsstone.co.uk", True),
        (56, 140, "Invoice", False),
        (340, 140, "For the attention of:", False),
        (340, 152, "Mr & Mrs J. Pryce", False),
        (56, 160, "Invoice no:", False),
        (140, 160, "HS-0412", False),
        (340, 164, "Orchard View", False),
        (340, 176, "Bromyard Road", False),
        (340, 188, "Ledbury", False),
        (340, 200, "HR8 2PQ", False),
        (56, 240, "Description", False),
        (380, 240, "Qty", True),
        (450, 240, "Price", True),
        (540, 240, "Amount", True),
        (56, 255, "Dry stone wall repair, 8 m", False),
        (380, 255, "1", True),
        (450, 255, "£1,200.00", True),
        (540, 255, "£1,200.00", True),
        (450, 280, "Total", False),
        (540, 280, "£1,200.00", True),
        (56, 780, "Hollins Stonework Ltd · Registered in England and Wales no. 04412908", False),
    ]
    fields = analysed(make_placed_pdf(texts)).fields
    assert fields["seller_address"].value == (
        "Ivy House, Church Lane, Ledbury, Herefordshire, HR8 1AB"
    )
    assert fields["buyer_name"].value == "Mr & Mrs J. Pryce"


def test_tight_wordmark_takes_the_spaced_legal_name() -> None:
    texts: list[PlacedText] = [
        (420, 40, "ashgrove&co.", False),
        (45, 70, "TAX INVOICE", False),
        (61, 90, "Tamworth Candles Ltd", False),
        (421, 90, "Ashgrove & Co. Studio Ltd", False),
        (61, 102, "8 Mill Yard", False),
        (421, 102, "12 Canal Street", False),
        (61, 114, "Tamworth", False),
        (421, 114, "Manchester", False),
        (61, 126, "B79 7AA", False),
        (421, 126, "M1 3HE", False),
        (46, 180, "Description", False),
        (340, 180, "Quantity", True),
        (420, 180, "Unit Price", True),
        (540, 180, "Amount GBP", True),
        (46, 195, "Label design", False),
        (340, 195, "1.00", True),
        (420, 195, "800.00", True),
        (540, 195, "800.00", True),
        (420, 220, "TOTAL GBP", False),
        (540, 220, "960.00", True),
    ]
    fields = analysed(make_placed_pdf(texts)).fields
    assert fields["seller_name"].value == "Ashgrove & Co. Studio Ltd"
