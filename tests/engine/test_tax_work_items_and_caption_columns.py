"""Fixes from the small-business set: an hourly bill whose items name a tax in their
description ("Sales tax research, NH/MA nexus memo | 2.50 | 72.00 | 180.00") prints no tax."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, text)
Text = tuple[float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_pdf(Drawn(x, y, text, size=9) for x, y, text in texts))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _right(x: float, y: float, text: str) -> Text:
    return (x - stringWidth(text, "Helvetica", 9), y, text)


def _bookkeeper() -> list[Text]:
    items = [
        ("01/05", "Bank reconciliations, Dec", "3.25", "234.00"),
        ("01/09", "Sales tax research, NH/MA nexus memo", "2.50", "180.00"),
        ("01/26", "Month-end close, January", "4.00", "288.00"),
        ("01/30", "Sales tax return prep (MA)", "1.25", "90.00"),
    ]
    rows: list[Text] = []
    for i, (day, text, hours, amount) in enumerate(items):
        y = 220 + 14 * i
        rows += [(40, y, day), (90, y, text), _right(400, y, hours)]
        rows += [_right(470, y, "72.00"), _right(550, y, amount)]
    return [
        (40, 40, "BRIGHTLINE BOOKKEEPING & TAX"),
        (40, 54, "1520 Elm Street, Suite 4, Manchester, NH 03101"),
        (40, 90, "TO:"),
        (40, 104, "Granite State Brewing Co."),
        (40, 118, "77 Canal St"),
        (40, 132, "Manchester, NH 03101"),
        (380, 90, "INVOICE #: 2026-014"),
        (380, 104, "DATE: January 31, 2026"),
        (40, 205, "DATE"),
        (90, 205, "DESCRIPTION"),
        _right(400, 205, "HOURS"),
        _right(470, 205, "RATE"),
        _right(550, 205, "AMOUNT"),
        *rows,
        (300, 300, "TOTAL DUE"),
        _right(550, 300, "$792.00"),
        (40, 330, "Payment is due within 15 days. Bookkeeping services are not subject to NH"),
        (40, 342, "sales tax."),
    ]


def test_items_naming_a_tax_print_no_tax() -> None:
    invoice = _invoice(_bookkeeper())
    assert _value(invoice, "total_amount") == 792.00
    assert _value(invoice, "tax_amount") in (None, 0)
    assert _value(invoice, "net_amount") in (None, 792.00)


def _three_columns() -> list[Text]:
    """The buyer left, the captions over their values in the middle, the seller's address
    right: its postcode on the row of the "Invoice Number" caption."""
    return [
        (50, 54, "TAX INVOICE"),
        (50, 93, "The Old Rectory Tearooms"),
        (50, 105, "14 Church Lane"),
        (50, 117, "Leek"),
        (50, 129, "ST13 6AD"),
        (300, 93, "Invoice Date"),
        (300, 104, "18 Feb 2026"),
        (300, 128, "Invoice Number"),
        (300, 139, "INV-0392"),
        (420, 93, "Thistle & Thread Upholstery Ltd"),
        (420, 105, "Unit 6, Brindley Court"),
        (420, 117, "Stoke-on-Trent"),
        (420, 128, "ST1 5LG"),
        (420, 140, "UNITED KINGDOM"),
        (55, 256, "Description"),
        _right(540, 256, "Amount GBP"),
        (55, 275, "Re-upholster dining chair seat"),
        _right(540, 275, "336.00"),
        (400, 300, "Subtotal"),
        _right(540, 300, "336.00"),
        (400, 315, "TOTAL VAT 20%"),
        _right(540, 315, "67.20"),
        (400, 330, "TOTAL GBP"),
        _right(540, 330, "403.20"),
    ]


def test_postcode_beside_number_caption_is_no_number() -> None:
    assert _value(_invoice(_three_columns()), "invoice_number") == "INV-0392"
