"""E-invoice visualisations (KoSIT XRechnung viewer, Peppol and Mustang renderings): boxes of
caption | value rows with business-term references, positions as boxes, party boxes headed
"Käufer" / "Verkäufer", document-level allowances under their own heading."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_pdf, marked

# (x, y from the top, text); a text starting with ">" ends at x, with "~" it is small print.
Text = tuple[float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """A text starting with "~" is set small (6 pt), one starting with ">" ends at x."""
    return analysed(
        make_pdf(
            [
                marked(x, y, text.removeprefix("~"), size=6 if text.startswith("~") else 9)
                for x, y, text in texts
            ]
        )
    )


def _rows(top: float, rows: list[tuple[str, str, str]]) -> list[Text]:
    """KoSIT rows: caption, value, business-term reference at the right edge."""
    out: list[Text] = []
    for offset, (caption, value, ref) in enumerate(rows):
        y = top + 15 * offset
        out += [(50, y, caption), (220, y, value), (530, y, ref)]
    return out


_HEAD = [
    (45, 30, "Rechnung"),
    *_rows(
        60, [("Rechnungsnummer:", "RE-2024-100", "BT-1"), ("Rechnungsdatum:", "12.09.2024", "BT-2")]
    ),
]


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def test_positions_printed_as_boxes_of_caption_rows_are_items() -> None:
    texts = _HEAD + _rows(
        120,
        [
            ("Gesamtsumme netto:", "1.370,00", "BT-109"),
            ("Summe Umsatzsteuer:", "260,30", "BT-110"),
            ("Gesamtsumme brutto:", "1.630,30", "BT-112"),
        ],
    )
    texts += [
        (50, 200, "Position 1"),
        *_rows(
            218,
            [
                ("Menge:", "2,00", "BT-129"),
                ("Preis pro Einheit (netto):", "612,50", "BT-146"),
                ("Gesamtpreis (netto):", "1.225,00", "BT-131"),
                ("Artikelname:", "Zählerschrank komplett", "BT-153"),
            ],
        ),
    ]
    texts += [
        (50, 300, "Position 2"),
        *_rows(
            318,
            [
                ("Menge:", "1,00", "BT-129"),
                ("Preis pro Einheit (netto):", "145,00", "BT-146"),
                ("Gesamtpreis (netto):", "145,00", "BT-131"),
                ("Artikelname:", "Prüfprotokoll DGUV V3", "BT-153"),
            ],
        ),
    ]
    invoice = _invoice(texts)
    assert [
        (i["description"].value, i["quantity"].value, i["amount"].value) for i in invoice.items
    ] == [
        ("Zählerschrank komplett", 2.0, 1225.0),
        ("Prüfprotokoll DGUV V3", 1.0, 145.0),
    ]
    # The sums' rows, their references beside them, give net and tax (not a line's price).
    assert _value(invoice, "net_amount") == 1370.0
    assert _value(invoice, "tax_amount") == 260.3


def test_english_line_boxes_and_category_rows_are_no_document_sums() -> None:
    texts = [
        (45, 30, "Invoice"),
        *_rows(
            60,
            [
                ("Invoice number:", "7100-24-2219", "BT-1"),
                ("Invoice total amount without VAT:", "5,540.00", "BT-109"),
                ("Invoice total VAT amount:", "1,034.60", "BT-110"),
                ("Invoice total amount with VAT:", "6,574.60", "BT-112"),
            ],
        ),
    ]
    texts += [
        (50, 150, "VAT breakdown"),
        *_rows(
            168,
            [
                ("VAT category taxable amount:", "4,900.00", "BT-116"),
                ("VAT category tax amount:", "931.00", "BT-117"),
            ],
        ),
    ]
    texts += [
        (50, 220, "Invoice line 1"),
        *_rows(
            238,
            [
                ("Item name:", "Venue hire", "BT-153"),
                ("Invoiced quantity:", "2", "BT-129"),
                ("Item net price:", "2,450.00", "BT-146"),
                ("Invoice line net amount:", "4,900.00", "BT-131"),
            ],
        ),
    ]
    texts += [
        (50, 320, "Invoice line 2"),
        *_rows(
            338,
            [
                ("Item name:", "Printed programme", "BT-153"),
                ("Invoiced quantity:", "200", "BT-129"),
                ("Item net price:", "3.20", "BT-146"),
                ("Invoice line net amount:", "640.00", "BT-131"),
            ],
        ),
    ]
    invoice = _invoice(texts)
    assert [i["amount"].value for i in invoice.items] == [4900.0, 640.0]
    assert _value(invoice, "net_amount") == 5540.0
    assert _value(invoice, "tax_amount") == 1034.6


def test_buyer_and_seller_boxes_with_name_captions() -> None:
    texts = [*_HEAD, (50, 110, "Käufer"), (312, 110, "Verkäufer")]
    for x, rows in (
        (50, [("Firmenname:", "Naturkost Ebersberg GmbH"), ("Straße:", "Rosenheimer Str. 41")]),
        (312, [("Firmenname:", "Hofmolkerei Griesbach eG"), ("Straße:", "Molkereiweg 2")]),
    ):
        for offset, (caption, value) in enumerate(rows):
            texts += [(x, 128 + 13 * offset, caption), (x + 82, 128 + 13 * offset, value)]
    texts += [(50, 154, "PLZ / Ort:"), (132, 154, "85560 Ebersberg")]
    texts += [(312, 154, "PLZ / Ort:"), (394, 154, "94086 Bad Griesbach")]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_name") == "Hofmolkerei Griesbach eG"
    assert _value(invoice, "buyer_name") == "Naturkost Ebersberg GmbH"


def test_name_row_without_colon_under_a_seller_heading() -> None:
    texts: list[Text] = [(44, 36, "Invoice"), (406, 36, "2024-INV-0917")]
    texts += [
        (43, 86, "Seller (AccountingSupplierParty)"),
        (310, 86, "Buyer (AccountingCustomerParty)"),
    ]
    for offset, (caption, left, right) in enumerate(
        [
            ("Name", "Vanderlinde Data Consulting B.V.", "Hanse Logistik Service GmbH"),
            ("Street", "Catharijnesingel 56", "Am Sandtorkai 23"),
            ("Postcode / City", "3511 GE Utrecht", "20457 Hamburg"),
        ]
    ):
        y = 104 + 12.5 * offset
        texts += [(43, y, caption), (128, y, left), (310, y, caption), (395, y, right)]
    texts += [(355, 300, "Tax inclusive amount")]
    texts += [(560, 300, ">7,588.27"), (355, 313, "Prepaid amount"), (560, 313, ">2,500.00")]
    texts += [(355, 326, "Payable amount"), (560, 326, ">5,088.27")]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_name") == "Vanderlinde Data Consulting B.V."
    assert _value(invoice, "buyer_name") == "Hanse Logistik Service GmbH"
    assert _value(invoice, "amount_due") == 5088.27


def test_document_level_allowances_under_their_heading_are_no_items() -> None:
    texts: list[Text] = [(43, 40, "Invoice"), (43, 60, "Invoice number INV-24-55102")]
    texts += [
        (43, 286, "#"),
        (120, 286, "Description"),
        (317, 286, "Qty"),
        (385, 286, "Unit price"),
    ]
    texts += [(504, 286, "Net amount")]
    for offset, (name, qty, price, amount) in enumerate(
        [
            ("LED panel 62x62 cm", "40", "38.75", "1,550.00"),
            ("DALI driver", "40", "21.30", "852.00"),
        ]
    ):
        y = 304 + 15.6 * offset
        texts += [(43, y, str(offset + 1)), (120, y, name), (330, y, ">" + qty)]
        texts += [(430, y, ">" + price), (550, y, ">" + amount)]
    texts += [(43, 356, "Document level allowances and charges")]
    texts += [(57, 369, "Allowance: Project discount 5 %"), (550, 369, ">-120.11")]
    texts += [(57, 382, "Charge: Freight and packaging"), (550, 382, ">85.00")]
    texts += [(340, 443, "Total without VAT"), (550, 443, ">2,366.89 EUR")]
    invoice = _invoice(texts)
    assert [i["amount"].value for i in invoice.items] == [1550.0, 852.0]


def test_cooperative_name_continued_on_the_windows_second_line() -> None:
    texts: list[Text] = [
        (123, 43, "Malerbetrieb Schönherr"),
        (57, 122, "~Malerbetrieb Schönherr · Leipziger Straße 130 · 09113 Chemnitz"),
        (57, 135, "Wohnungsgenossenschaft"),
        (57, 148, "„Einheit“ Chemnitz eG"),
        (57, 161, "Herrn Falk Uhlmann"),
        (57, 174, "Mühlenstraße 40"),
        (57, 187, "09111 Chemnitz"),
        (369, 135, "Rechnungs-Nr."),
        (519, 135, "24-0613"),
        (57, 300, "Rechnung 24-0613"),
        (280, 810, "Seite 1"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Wohnungsgenossenschaft „Einheit“ Chemnitz eG"
