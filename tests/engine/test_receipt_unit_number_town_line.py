"""A Singapore shop's receipt prints its unit number ("#01-22": floor and unit) before the
town and postcode on the line under the street: "Blk 3015 Bedok North Street 5" /
"#01-22 Singapore 486350" is one address, whose block number must not end it
(receipt_address.py)."""

from __future__ import annotations

from facturist.engine.extraction import analyse
from facturist.engine.model import Box, PageText, Word


def _centred(rows: list[str], width: float = 300.0) -> PageText:
    """An OCR page of centred rows, letters 6 points wide."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * 20.0
        left, _, right = row.partition("||")
        first = (width - len(left) * 6.0) / 2 if not right else 10.0
        for part, start in ((left, first), (right, width - 10.0 - len(right.strip()) * 6.0)):
            x = start
            for token in part.split():
                words.append(Word(token, Box(1, x, y, x + len(token) * 6.0, y + 12.0), 0.95))
                x += (len(token) + 1) * 6.0
    return PageText(1, width, 20.0 + len(rows) * 20.0 + 40, words, source="ocr")


def test_unit_number_before_town_continues_the_address() -> None:
    rows = [
        "TAN BROTHERS HARDWARE TRADING",
        "Blk 3012 Tampines Street 52",
        "#01-15 Singapore 520512",
        "Tel: 6783 2211",
        "GST Reg No: 53298714D",
        "TAX INVOICE / RECEIPT",
        "Receipt No: || R-0041128",
        "Date: || 11/04/2025 16:05",
        "GARDEN HOSE 15M",
        "1 x 18.90 || 18.90",
        "HOSE CONNECTOR",
        "2 x 2.50 || 5.00",
        "TOTAL (SGD) || 23.90",
        "Incl. GST 9% || 1.97",
        "NETS || 23.90",
        "Thank you!",
    ]
    fields = analyse([_centred(rows)])[0].fields
    address = str(fields["seller_address"].value).replace(",", "")
    assert address == "Blk 3012 Tampines Street 52 #01-15 Singapore 520512"
