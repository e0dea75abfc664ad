"""A party caption's word opening a longer phrase at a mere word space ("Customer discount
3.00 %" in a table, its words set in cells of their own) captions no party; a role caption in
capitals over the buyer's block ("COUNTERPART", "RECIPIENT") is no name; and a letterhead's
business-activity line between the name and the street ("Olive oil production and wholesale
trade") is no address line, while the region after the postcode and town ("11741 Athina,
Attiki") is."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pdf

# (x, y from the top, font size, text)
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_sized_pdf([(x, y, text, size) for x, y, size, text in texts]))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _spaced(x: float, y: float, size: float, words: list[str], gap: float) -> list[Text]:
    """Words drawn one by one, `gap` points apart: an ERP's print that sets each word alone."""
    out: list[Text] = []
    for word in words:
        out.append((x, y, size, word))
        x += stringWidth(word, "Helvetica", size) + gap
    return out


def _discount_rows() -> list[Text]:
    """A German maker's export invoice: letterhead right, the window's addressee left, the
    info block's "Customer 300871", and "Customer discount 3.00 %" rows under the items."""
    texts: list[Text] = [
        (412, 95, 9, "Wendel Getriebebau GmbH"),
        (464, 107, 8, "Industriestr. 14"),
        (490, 117, 8, "89073 Ulm"),
        (510, 127, 8, "Germany"),
        (57, 140, 5.5, "Wendel Getriebebau GmbH · Industriestr. 14 · 89073 Ulm"),
        (57, 157, 8, "Baltic Packaging Machines AB"),
        (57, 169, 8, "Sjögatan 9"),
        (57, 181, 8, "211 19 Malmö"),
        (57, 193, 8, "Sweden"),
        (396, 175, 8, "Invoice no."),
        (525, 175, 8, "70412288"),
        (396, 187, 8, "Date"),
        (515, 187, 8, "2024-05-06"),
        (396, 199, 8, "Customer"),
        (525, 199, 8, "400512"),
        (58, 262, 10, "Invoice 70412288"),
        (60, 306, 8, "Item   Material   Description"),
        (440, 306, 8, "Quantity"),
        (525, 306, 8, "Value EUR"),
    ]
    y = 320.0
    for item, (code, text, value) in enumerate(
        [
            ("510-1101", "Worm gear set", "1,250.00"),
            ("510-1107", "Output shaft", "640.00"),
        ],
        start=1,
    ):
        texts += [
            (60, y, 8, f"{item}0"),
            (90, y, 8, code),
            (150, y, 8, text),
            (440, y, 8, "10.000 PC"),
            (525, y, 8, value),
        ]
        texts += _spaced(150, y + 13, 8, ["Customer", "discount", "3.00", "%"], 7.0)
        texts.append((525, y + 13, 8, "19.20-"))
        y += 26
    texts += [
        (316, y + 20, 8, "Net value"),
        (525, y + 20, 8, "1,851.80"),
        (316, y + 34, 8, "Total amount EUR"),
        (525, y + 34, 8, "1,851.80"),
    ]
    return texts


def test_a_caption_word_running_on_at_a_word_space_captions_no_party() -> None:
    invoice = _invoice(_discount_rows())
    assert _value(invoice, "buyer_name") == "Baltic Packaging Machines AB"


def _mydata_print(caption: str) -> list[Text]:
    """A Greek myDATA print with English captions: the seller's name, its business activity,
    street and "postcode town, region"; the buyer's block under a role caption in capitals,
    the payment details in a column beside it."""
    return [
        (40, 45, 13, "Ionian Olive Mills S.A."),
        (420, 45, 13, "TAX INVOICE"),
        (40, 62, 8, "Olive oil production and wholesale trade"),
        (370, 62, 8, "Sales Invoice (myDATA type 1.1)"),
        (40, 74, 8, "Leof. Syngrou 112"),
        (370, 80, 8, "Series / No:"),
        (440, 80, 8, "B-2231"),
        (40, 86, 8, "11741 Athina, Attiki"),
        (370, 92, 8, "Issue date:"),
        (440, 92, 8, "12/03/2025"),
        (40, 98, 8, "VAT No: EL099812345"),
        (160, 98, 8, "Tax Office: Athinon"),
        (40, 150, 8, caption),
        (300, 150, 8, "Payment method:"),
        (400, 150, 8, "Bank transfer"),
        (40, 162, 8, "Thessalia Catering Services I.K.E."),
        (300, 162, 8, "Due date:"),
        (400, 162, 8, "11/04/2025"),
        (40, 174, 8, "Odos Egnatias 21"),
        (300, 174, 8, "Currency:"),
        (400, 174, 8, "EUR"),
        (40, 186, 8, "54625 Thessaloniki"),
        (40, 198, 8, "VAT No: EL998877665"),
        (48, 255, 8, "#   Code     Description"),
        (420, 255, 8, "VAT %"),
        (500, 255, 8, "Net value"),
        (48, 269, 8, "1   OL-001   Extra virgin olive oil 5 l"),
        (420, 269, 8, "13%"),
        (500, 269, 8, "1,000.00"),
        (330, 300, 8, "Total net value"),
        (500, 300, 8, "1,000.00"),
        (330, 312, 8, "Total VAT"),
        (500, 312, 8, "130.00"),
        (330, 324, 8, "Total value"),
        (500, 324, 8, "1,130.00"),
        (40, 800, 7, "Ionian Olive Mills S.A. · Leof. Syngrou 112, 11741 Athina · VAT EL099812345"),
    ]


@pytest.mark.parametrize("caption", ["COUNTERPART", "COUNTERPARTY", "RECIPIENT", "CUSTOMER"])
def test_a_role_caption_in_capitals_over_the_buyers_block_is_no_name(caption: str) -> None:
    invoice = _invoice(_mydata_print(caption))
    assert _value(invoice, "buyer_name") == "Thessalia Catering Services I.K.E."
    assert _value(invoice, "buyer_address") == "Odos Egnatias 21, 54625 Thessaloniki"


def test_an_activity_line_under_the_name_is_no_address_line_the_region_is() -> None:
    invoice = _invoice(_mydata_print("COUNTERPART"))
    assert _value(invoice, "seller_name") == "Ionian Olive Mills S.A."
    assert _value(invoice, "seller_address") == "Leof. Syngrou 112, 11741 Athina, Attiki"
