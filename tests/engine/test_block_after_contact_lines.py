"""A seller's block ends at its VAT ID or contact line: a name over an address a blank line
under it, in the same column and with no caption, is the addressee's block (scanned
letterheads that stack both blocks in the left column, the invoice's details right).

OCR boxes stand about a line pitch tall, so a blank line leaves a gap of under one box height
between the two blocks: the gap alone does not part them."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parties import party_names

_PITCH = 13.5


def _parties(rows: list[tuple[float, float, str]]) -> tuple[str | None, str | None]:
    """Party names of a page of words as OCR gives them: boxes about a line pitch tall."""
    words = []
    for x, y, text in rows:
        for token in text.split():
            width = 5.5 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 14.5), 0.95))
            x += width + 4.0
    seller, buyer = party_names(build_lines(PageText(1, 595.0, 842.0, words, source="ocr")))
    return (
        None if seller is None else str(seller.value),
        None if buyer is None else str(buyer.value),
    )


def _page(id_line: str, block: list[str], pitches: float) -> list[tuple[float, float, str]]:
    seller = ["Tischlerei Pichler e.U.", "Hauptplatz 9", "4600 Wels", "Österreich", id_line]
    rows = [(60.0, 50 + _PITCH * n, text) for n, text in enumerate(seller)]
    top = rows[-1][1] + pitches * _PITCH
    rows += [(60.0, top + _PITCH * n, text) for n, text in enumerate(block)]
    rows += [
        (345.0, top, "Rechnungsnummer: 2024/0088"),
        (345.0, top + _PITCH, "Rechnungsdatum: 27.05.2024"),
        (60.0, 250.0, "Bezeichnung"),
        (370.0, 250.0, "Menge"),
        (500.0, 250.0, "Betrag"),
        (60.0, 270.0, "Eckbank Eiche"),
        (370.0, 270.0, "1"),
        (500.0, 270.0, "2.860,00"),
        (330.0, 300.0, "Rechnungsbetrag 3.432,00"),
    ]
    return rows


_BUYER = ["Gasthof Zur Linde", "Familie Huber", "Dorfstraße 3", "4614 Marchtrenk"]


def test_a_block_a_blank_line_under_the_sellers_vat_id_is_the_buyers() -> None:
    seller, buyer = _parties(_page("USt-IdNr. ATU63819425", _BUYER, 2))
    assert seller == "Tischlerei Pichler e.U."
    assert buyer == "Gasthof Zur Linde"


def test_a_block_under_the_sellers_phone_line_is_the_buyers() -> None:
    _, buyer = _parties(_page("Tel. +43 7242 21 887", _BUYER, 2))
    assert buyer == "Gasthof Zur Linde"


def test_a_line_close_under_the_vat_id_runs_on_in_the_sellers_block() -> None:
    # No blank line: the lines go on in the seller's block, none is the addressee's.
    _, buyer = _parties(_page("USt-IdNr. ATU63819425", _BUYER, 1))
    assert buyer != "Gasthof Zur Linde"


def test_a_blank_line_under_a_street_starts_no_block() -> None:
    # The town a blank line under its street (an older DIN block) is no new block's end.
    _, buyer = _parties(_page("Linzer Straße 4", _BUYER, 2))
    assert buyer != "Gasthof Zur Linde"


def test_an_irish_block_ending_in_its_county_is_the_buyers() -> None:
    block = ["The Old Mill Hotel", "Main Street", "Adare, Co. Limerick"]
    _, buyer = _parties(_page("VAT No. IE6388214O", block, 2))
    assert buyer == "The Old Mill Hotel"
