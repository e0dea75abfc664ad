"""Web shops' and app stores' order receipts: a total cell that brackets the VAT it includes
("Total | 99,50 € (incluye 17,27 € IVA 21%)"), a "Producto | Cantidad | Precio" table whose
price is the line's total, an app store's list of purchases whose detail lines end at the
names' margin right above the subtotal, and a title "Invoice for #2087" as the only number."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _shop_invoice() -> bytes:
    texts: list[SizedText] = [
        (340, 50, "Calzados del Levante S.L.", 10),
        (340, 64, "Calle Mayor 12", 9),
        (340, 76, "03002 Alicante", 9),
        (340, 88, "NIF: B03123456", 9),
        (58, 120, "FACTURA", 16),
        (58, 150, "Marta Gil Romero", 9),
        (58, 162, "Calle Larga 5", 9),
        (58, 174, "29001 Málaga", 9),
        (350, 150, "Número de factura:", 9),
        (470, 150, "2024-0077", 9),
        (350, 162, "Fecha de factura:", 9),
        (470, 162, "12/05/2024", 9),
        (63, 230, "Producto", 9),
        (387, 230, "Cantidad", 9),
        (506, 230, "Precio", 9),
        (63, 255, 'Sandalia de cuero "Nerja"', 9),
        (400, 255, "2", 9),
        (500, 255, "63,80 €", 9),
        (68, 268, "Talla: 39", 7),
        (63, 290, "Cinturón trenzado", 9),
        (400, 290, "1", 9),
        (500, 290, "31,80 €", 9),
        (68, 303, "Color: Marrón", 7),
        (284, 340, "Subtotal", 9),
        (440, 340, "95,60 €", 9),
        (284, 355, "Envío:", 9),
        (440, 355, "3,90 € vía MRW", 9),
        (284, 370, "Total", 9),
        (440, 370, "99,50 € (incluye 17,27 € IVA 21%)", 9),
        (58, 410, "Gracias por tu compra.", 8),
    ]
    return make_sized_pdf(texts)


def test_total_cell_bracketing_its_included_vat() -> None:
    fields = extract_canonical(_shop_invoice(), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 99.50
    assert fields["tax_amount"] == 17.27
    assert fields["net_amount"] == 82.23


def test_product_quantity_price_table_counts_its_rows() -> None:
    items = extract_canonical(_shop_invoice(), use_einvoice=False)["line_items"]
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ('Sandalia de cuero "Nerja"', 2.0, 63.80),
        ("Cinturón trenzado", 1.0, 31.80),
    ]


def test_app_store_purchases_above_the_subtotal() -> None:
    texts: list[SizedText] = [
        (58, 50, "Factuur", 14),
        (300, 50, "Appteller Store", 10),
        (57, 90, "FACTUURDATUM", 7),
        (57, 102, "3 maart 2024", 9),
        (57, 126, "DOCUMENTNR.", 7),
        (57, 138, "883104772615", 9),
        (62, 180, "App Store", 8),
        (505, 180, "Prijs", 8),
        (100, 205, "Vogelspotter", 9),
        (500, 205, "€ 5,99", 9),
        (100, 217, "Jaarabonnement", 8),
        (100, 229, "Verlengt op 3 mrt. 2025", 7),
        (100, 250, "Woordzoeker Pro", 9),
        (500, 250, "€ 2,49", 9),
        (100, 262, "Puzzelhuis B.V.", 8),
        (100, 274, "App", 7),
        (388, 300, "Subtotaal", 9),
        (500, 300, "€ 7,01", 9),
        (388, 315, "Btw 21%", 9),
        (500, 315, "€ 1,47", 9),
        (388, 330, "TOTAAL", 9),
        (500, 330, "€ 8,48", 9),
    ]
    pdf = make_sized_pdf(texts, bold=frozenset({"Vogelspotter", "Woordzoeker Pro", "TOTAAL"}))
    items = extract_canonical(pdf, use_einvoice=False)["line_items"]
    assert [i["amount"] for i in items] == [5.99, 2.49]
    assert items[0]["description"].startswith("Vogelspotter")


def test_shop_title_invoice_for_order_number() -> None:
    texts: list[SizedText] = [
        (57, 50, "BALLYCASTLE CANDLES", 14),
        (380, 50, "Invoice for #2087", 12),
        (57, 70, "Ballycastle Candles Ltd", 9),
        (380, 70, "Order date: April 9, 2024", 9),
        (57, 82, "2 Quay Road, Ballycastle BT54 6BH", 9),
        (57, 130, "Qty", 9),
        (100, 130, "Item", 9),
        (500, 130, "Price", 9),
        (57, 150, "1", 9),
        (100, 150, "Sea Salt Soy Candle", 9),
        (500, 150, "£24.00", 9),
        (326, 190, "Subtotal", 9),
        (500, 190, "£24.00", 9),
        (326, 205, "Total", 9),
        (500, 205, "£24.00", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "2087"
