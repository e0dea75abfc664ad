"""Item tables followed by a VAT breakdown, Indian GST tax sub-rows, and signed discount rows.

Conventions:
- E-invoice viewers (XRechnung, ZUGFeRD print views) print the VAT breakdown under the items
  as a grid of its own: a heading ("Umsatzsteueraufschlüsselung", "VAT breakdown") and a
  header naming the tax category, the rate, the taxable base and the tax ("Kategorie | Satz
  | Basisbetrag | Steuerbetrag"). Its rows are no items: the header ends the item table.
- Indian GST tax invoices (marketplaces) print one sub-row per tax under each item ("9% |
  SGST | ₹991.45" under the item's "9% | CGST | ₹991.45"), beside the item's wrapped text,
  and caption each column on two or three stacked lines ("Net / Amount", "Tax / Amount",
  "Total / Amount"). The line amount is the net amount; a tax sub-row is part of its item.
- Web shops print a discount or voucher row with its minus sign set apart before the
  currency sign ("- € 10,-"): the figure is negative.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_Text = tuple[float, float, str, float]


def _items(head: list[_Text], texts: list[_Text]) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(head + texts), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


_VIEWER_HEAD: list[_Text] = [
    (50, 40, "XRechnung - Druckansicht", 9.0),
    (50, 70, "Verlag Muster GmbH", 10.0),
    (350, 100, "Rechnungsnummer R-2025-0412", 9.0),
    (350, 114, "Rechnungsdatum 03.02.2025", 9.0),
]


@pytest.mark.parametrize("heading", ["Umsatzsteueraufschlüsselung", "Rechnungsdetails"])
def test_vat_breakdown_header_ends_the_item_table(heading: str) -> None:
    texts: list[_Text] = [
        (52, 200, "Pos.", 8.0),
        (88, 200, "Art.-Nr.", 8.0),
        (136, 200, "Bezeichnung", 8.0),
        (330, 200, "Menge", 8.0),
        (400, 200, "Einzelpreis", 8.0),
        (470, 200, "USt", 8.0),
        (520, 200, "Betrag netto", 8.0),
    ]
    rows = [
        (
            "1",
            "4195-473",
            "Zertifikatslehrgang Vergabemanager",
            "3",
            "1.190,00",
            "E 0%",
            "3.570,00",
        ),
        ("2", "8715-625", "Fachzeitschrift Personalrat", "3", "14,50", "S 7%", "43,50"),
        ("3", "9948-574", "Software-Update Haushaltsplaner", "2", "129,00", "S 19%", "258,00"),
    ]
    y = 220.0
    for pos, code, name, qty, price, rate, amount in rows:
        texts += [
            (52, y, pos, 8.0),
            (88, y, code, 8.0),
            (136, y, name, 8.0),
            (350, y, f">{qty}", 8.0),
            (440, y, f">{price}", 8.0),
            (470, y, rate, 8.0),
            (565, y, f">{amount}", 8.0),
        ]
        y += 16
    y += 20
    texts += [(88, y, heading, 10.0)]
    y += 30
    texts += [
        (52, y, "Kategorie", 8.0),
        (260, y, "Satz", 8.0),
        (360, y, "Basisbetrag", 8.0),
        (470, y, "Steuerbetrag", 8.0),
    ]
    breakdown = [
        ("S (Umsatzsteuer fällig zum Normalsatz)", "19,00 %", "258,00", "49,02"),
        ("S (Umsatzsteuer fällig zum Normalsatz)", "7,00 %", "43,50", "3,05"),
        ("E (Steuerbefreit)", "0,00 %", "3.570,00", "0,00"),
    ]
    for category, rate, base, tax in breakdown:
        y += 16
        texts += [
            (52, y, category, 8.0),
            (300, y, f">{rate}", 8.0),
            (410, y, f">{base}", 8.0),
            (520, y, f">{tax}", 8.0),
        ]
    y += 30
    texts += [(88, y, "Gesamtbetrag ohne USt", 9.0), (520, y, ">3.871,50", 9.0)]
    items = _items(_VIEWER_HEAD, texts)
    assert [item["amount"] for item in items] == [3570.0, 43.5, 258.0]


_SHOP_HEAD: list[_Text] = [
    (57, 54, "blauwvink", 14.0),
    (340, 130, "Factuurnummer 7104835521", 9.0),
    (340, 144, "Factuurdatum 14 maart 2024", 9.0),
]


# "- €10,-" (the sign glued to the figure) and "- € 10,-" (set apart).
@pytest.mark.parametrize("currency_x", [516.0, 512.0])
def test_minus_before_the_currency_sign_makes_the_row_negative(currency_x: float) -> None:
    texts: list[_Text] = [
        (57, 290, "Product", 9.0),
        (340, 290, "Aantal", 9.0),
        (420, 290, "Prijs", 9.0),
        (510, 290, "Totaal", 9.0),
        (57, 315, "Tessel USB-C dock 7-in-1", 9.0),
        (353, 315, ">1", 9.0),
        (415, 315, "€", 9.0),
        (445, 315, ">49,99", 9.0),
        (508, 315, "€", 9.0),
        (539, 315, ">49,99", 9.0),
        (57, 340, "Laptophoes 14 inch grijs", 9.0),
        (353, 340, ">2", 9.0),
        (415, 340, "€", 9.0),
        (445, 340, ">14,99", 9.0),
        (508, 340, "€", 9.0),
        (539, 340, ">29,98", 9.0),
        (57, 365, "Kortingscode LENTE10", 9.0),
        (currency_x - 6, 365, "-", 9.0),
        (currency_x, 365, "€", 9.0),
        (539, 365, ">10,-", 9.0),
        (340, 420, "Totaal incl. btw", 9.0),
        (503, 420, "€", 9.0),
        (539, 420, ">69,97", 9.0),
    ]
    items = _items(_SHOP_HEAD, texts)
    assert [item["amount"] for item in items] == [49.99, 29.98, -10.0]


_GST_HEAD: list[_Text] = [
    (44, 35, "bazaarline.in  Tax Invoice/Bill of Supply/Cash Memo", 10.0),
    (382, 283, "Invoice Number : KA-BLR4-1187345", 8.0),
    (396, 305, "Invoice Date : 11.03.2024", 8.0),
]


def test_gst_sub_rows_stay_with_their_items_under_a_three_line_header() -> None:
    texts: list[_Text] = [
        (51, 338, "Sl.", 7.0),
        (269, 338, "Unit", 7.0),
        (345, 338, "Net", 7.0),
        (386, 338, "Tax", 7.0),
        (411, 338, "Tax", 7.0),
        (452, 338, "Tax", 7.0),
        (510, 338, "Total", 7.0),
        (137, 343, "Description", 7.0),
        (307, 343, "Qty", 7.0),
        (51, 348, "No", 7.0),
        (267, 348, "Price", 7.0),
        (336, 348, "Amount", 7.0),
        (384, 348, "Rate", 7.0),
        (409, 348, "Type", 7.0),
        (444, 348, "Amount", 7.0),
        (505, 348, "Amount", 7.0),
    ]
    items = [
        ("1", "Vyomi 27-inch IPS Monitor, 75Hz", "B0CXY12345 ( VYM27IPS )", "11,016.10", "1"),
        ("2", "Prisma 15.6 inch Gaming Laptop, 16GB", "B0EF78GH90 ( PRX15-G )", "76,270.34", "1"),
    ]
    taxes = [("991.45", "12,999.00"), ("6,864.33", "89,999.00")]
    y = 362.0
    for (pos, name, code, net, qty), (tax, total) in zip(items, taxes, strict=True):
        texts += [
            (54, y, pos, 7.0),
            (72, y, name, 7.0),
            (300, y, f">Rs.{net}", 7.0),
            (315, y, f">{qty}", 7.0),
            (377, y, f">Rs.{net}", 7.0),
            (387, y, "9%", 7.0),
            (409, y, "CGST", 7.0),
            (484, y, f">Rs.{tax}", 7.0),
            (549, y, f">Rs.{total}", 7.0),
            (72, y + 9.5, code, 7.0),
            (387, y + 9.5, "9%", 7.0),
            (409, y + 9.5, "SGST", 7.0),
            (484, y + 9.5, f">Rs.{tax}", 7.0),
            (72, y + 19, "HSN:8528", 7.0),
        ]
        y += 35
    texts += [
        (71, y, "TOTAL:", 8.0),
        (484, y, ">Rs.7,855.78", 8.0),
        (549, y, ">Rs.1,02,998.00", 8.0),
    ]
    found = _items(_GST_HEAD, texts)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in found] == [
        (1.0, 11016.1, 11016.1),
        (1.0, 76270.34, 76270.34),
    ]
    assert str(found[1]["description"]).startswith("Prisma 15.6 inch Gaming Laptop")
