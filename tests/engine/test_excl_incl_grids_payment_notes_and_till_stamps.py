"""A till's VAT grid captioned "Excl. | BTW | Incl." (inclusivecaptions.py), bank details set
beside a totals box that are no item (paymentnotes.py, tablesections.next_section), and a
till's uncaptioned "date  time" stamp as the receipt's date (timestampdate.py)."""

from __future__ import annotations

from datetime import date

import pytest

from facturist.engine.extraction import analyse, read_for_canonical
from facturist.engine.model import Box, PageText, Word
from facturist.engine.paymentnotes import instructs_payment

from .conftest import PlacedText, make_placed_pdf

# (left x, text, right-aligned: the text ends at x)
_Part = tuple[float, str, bool]


def _scanned(rows: list[str | list[_Part]]) -> PageText:
    """An OCR page of rows, each one text at the left or parts placed at their own x."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * 19.2
        parts = [(10.0, row, False)] if isinstance(row, str) else row
        for x, text, right in parts:
            x -= len(text) * 6.0 if right else 0.0
            for token in text.split():
                words.append(Word(token, Box(1, x, y, x + 6.0 * len(token), y + 12.0), 0.95))
                x += 6.0 * len(token) + 6.0
    return PageText(1, 300.0, 60.0 + len(rows) * 19.2, words, source="ocr")


def _row(left: str, figure: str) -> list[_Part]:
    return [(10.0, left, False), (290.0, figure, True)]


def _grid(a: str, b: str, c: str, d: str) -> list[_Part]:
    return [(10.0, a, False), (130.0, b, True), (210.0, c, True), (290.0, d, True)]


def _fields(page: PageText) -> dict[str, object]:
    return {key: value.value for key, value in analyse([page])[0].fields.items()}


_DUTCH_TILL: list[str | list[_Part]] = [
    "De Gouden Boon",
    "Oudegracht 141",
    "3511 AH Utrecht",
    "BTW NL860173422B01",
    "Bonnr: 000412",
    "Datum: 23-03-2024 14:12",
    _row("2x Cappuccino", "7,20"),
    _row("1x Flat white", "4,10"),
    _row("2x Appeltaart", "9,50"),
    _row("1x Tosti", "5,25"),
    _row("Totaal", "€ 26,05"),
    _row("PIN", "26,05"),
]


@pytest.mark.parametrize(
    "captions",
    [
        ("BTW", "Excl.", "BTW", "Incl."),
        ("BTW", "Exclusief", "BTW", "Inclusief"),
        ("Tarief", "excl. BTW", "BTW", "incl. BTW"),
        ("MwSt", "exkl.", "MwSt", "inkl."),
        ("VAT", "Excl. VAT", "VAT", "Incl. VAT"),
    ],
)
def test_a_vat_grid_captioned_excluding_and_including_the_tax(
    captions: tuple[str, str, str, str],
) -> None:
    rows = [*_DUTCH_TILL, _grid(*captions), _grid("9%", "23,90", "2,15", "26,05"), "Bedankt!"]
    found = _fields(_scanned(rows))
    assert found["net_amount"] == pytest.approx(23.90)
    assert found["tax_amount"] == pytest.approx(2.15)
    assert found["total_amount"] == pytest.approx(26.05)


def _totals_box(notes: list[str]) -> list[PlacedText]:
    """A UK invoice's items, then bank notes at the left of the rows of its totals box."""
    texts: list[PlacedText] = [
        (50, 40, "Pennine Garden Supplies Ltd", False),
        (50, 52, "VAT Reg. No. GB 412 7730 71", False),
        (400, 80, "TAX INVOICE", False),
        (50, 100, "Invoice No. PGS/23/4471", False),
        (50, 112, "Invoice Date 27/11/2023", False),
        (50, 160, "Description", False),
        (380, 160, "Qty", True),
        (450, 160, "Unit Price", True),
        (540, 160, "Net Amount", True),
    ]
    items = [("Raised bed kit", "6", "74.95", "449.70"), ("Compost 60L", "40", "6.80", "272.00")]
    items += [
        ("Watering can 10L", "5", "18.50", "92.50"),
        ("Delivery (Zone B)", "1", "25.00", "25.00"),
    ]
    for number, (name, count, price, amount) in enumerate(items):
        y = 180 + 16 * number
        texts += [(50, y, name, False), (380, y, count, True), (450, y, price, True)]
        texts.append((540, y, amount, True))
    totals = [("Sub Total", "839.20"), (None, None), ("VAT @ 20%", "167.84")]
    totals += [("Invoice Total", "£1,007.04"), (None, None), ("Balance Due", "£1,007.04")]
    for number, (caption, figure) in enumerate(totals):
        y = 280 + 12 * number
        if number < len(notes):
            texts.append((50, y, notes[number], False))
        if caption is not None and figure is not None:
            texts += [(400, y, caption, False), (540, y, figure, True)]
    return texts


@pytest.mark.parametrize(
    "notes",
    [
        [
            "Payment by BACS to:",
            "NatWest, Huddersfield",
            "Sort code 60-16-13 Account 31926819",
            "IBAN GB29 NWBK 6016 1331 9268 19",
            "Please quote the invoice number.",
        ],
        ["Our bank details", "NatWest Huddersfield", "Thank you for your custom"],
    ],
)
def test_notes_beside_the_totals_box_are_no_items(notes: list[str]) -> None:
    invoice = analyse(read_for_canonical(make_placed_pdf(_totals_box(notes))).texts)[0]
    amounts = [item["amount"].value for item in invoice.items]
    assert amounts == pytest.approx([449.70, 272.00, 92.50, 25.00])


@pytest.mark.parametrize(
    "text",
    [
        "Sort code 60-16-13 Account 31926819",
        "IBAN GB29 NWBK 6016 1331 9268 19",
        "Please quote the invoice number.",
        "Payment by BACS to:",
    ],
)
def test_payment_instructions(text: str) -> None:
    assert instructs_payment(text)


@pytest.mark.parametrize("text", ["Account management fee", "Bank charges", "Sort and pack"])
def test_charges_that_name_a_bank_word_instruct_no_payment(text: str) -> None:
    assert not instructs_payment(text)


def _hardware_till(stamp: str, town: str, total: str) -> PageText:
    return _scanned(
        [
            "HARROW & SONS",
            "112 High Street",
            town,
            _row("WOOD SCREWS 4X40", "6.49"),
            _row("SANDPAPER PK", "4.25"),
            _row("TOTAL", total),
            _row("VISA CONTACTLESS", "10.74"),
            "RECEIPT NO: 2031-558",
            stamp,
            "THANK YOU FOR SHOPPING LOCAL",
        ]
    )


@pytest.mark.parametrize(
    ("town", "total", "issued"),
    [
        ("Hebden Bridge HX7 8AD", "£10.74", date(2024, 1, 9)),  # sterling: the day first
        ("Austin, TX 78701", "$10.74", date(2024, 9, 1)),  # a US till: the month first
    ],
)
def test_a_tills_uncaptioned_date_and_time_stamp_is_its_date(
    town: str, total: str, issued: date
) -> None:
    page = _hardware_till("09/01/2024 11:05 TILL 1 OP: KATE", town, total)
    assert _fields(page).get("invoice_date") == issued


@pytest.mark.parametrize(
    "stamp", ["REPRINTED 09/01/2024 11:05", "Printed: 09/01/2024 11:05", "09/01/2024 TILL 1"]
)
def test_a_stamp_of_another_moment_or_without_its_time_is_no_date(stamp: str) -> None:
    page = _hardware_till(stamp, "Hebden Bridge HX7 8AD", "£10.74")
    assert "invoice_date" not in _fields(page)
