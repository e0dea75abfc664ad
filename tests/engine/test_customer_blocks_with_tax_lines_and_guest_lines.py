"""Seller and buyer apart where the customer's block looks like a letterhead: a letterhead with
a tagline between its name and street beside a customer's block with the customer's VAT line;
a non-profit's name ("vzw", "asbl") set flush right; a hotel's folio billing a company beside
the guest's line; a return line whose dots OCR dropped."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word
from facturist.engine.partyblocks import window_address

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text); x < 0: flush right at -x.
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """A text at a negative x ends at -x."""
    return analysed(
        make_pdf(
            Drawn(abs(x), y, text, size=size, align="right" if x < 0 else "left")
            for x, y, size, text in texts
        )
    )


def _field(invoice: CanonicalInvoice, key: str) -> object:
    found = invoice.fields.get(key)
    return None if found is None else found.value


def _items(top: float) -> list[Text]:
    return [
        (50, top, 9, "Description"),
        (400, top, 9, "Total"),
        (50, top + 16, 9, "Reliure de rapports techniques"),
        (400, top + 16, 9, "420,00"),
        (300, top + 40, 9, "Total HTVA"),
        (400, top + 40, 9, "420,00"),
        (300, top + 56, 9, "TVA 21 %"),
        (400, top + 56, 9, "88,20"),
        (300, top + 72, 9, "Total TVAC"),
        (400, top + 72, 9, "508,20"),
    ]


def test_letterhead_with_tagline_beside_customer_block_with_its_vat_line() -> None:
    invoice = _invoice(
        [
            (50, 32, 22, "Reliures Marchal"),
            (50, 56, 8, "reliure artisanale et dorure — depuis 1962"),
            (50, 81, 9, "Rue des Brasseurs 17"),
            (50, 93, 9, "4000 Liège"),
            (320, 145, 10, "Verhaegen Landmeters BV"),
            (320, 158, 10, "Service comptabilité"),
            (320, 171, 10, "Brugsesteenweg 88"),
            (320, 184, 10, "9000 Gent"),
            (320, 197, 10, "TVA BE 0456.112.908"),
            (50, 222, 12, "FACTURE n° 2026/0044"),
            *_items(300),
            (50, 780, 6, "SRL Reliures Marchal · TVA BE0688123411 · RPM Liège"),
        ]
    )
    assert "Reliures Marchal" in str(_field(invoice, "seller_name"))
    assert _field(invoice, "buyer_name") == "Verhaegen Landmeters BV"


def test_non_profit_name_flush_right_is_the_seller() -> None:
    invoice = _invoice(
        [
            (52, 33, 16, "Leerhuis Techniek"),
            (-545, 33, 9, "Leerhuis Techniek vzw"),
            (-545, 46, 9, "Kapelstraat 9"),
            (-545, 56, 9, "3000 Leuven"),
            (320, 134, 10, "Declercq Staalbouw BV"),
            (320, 147, 10, "Vestiging Gent"),
            (320, 160, 10, "Brugsesteenweg 88"),
            (320, 173, 10, "9000 Gent"),
            (50, 212, 12, "FACTUUR 2026-0017"),
            *_items(300),
        ]
    )
    assert _field(invoice, "seller_name") == "Leerhuis Techniek vzw"
    assert _field(invoice, "buyer_name") == "Declercq Staalbouw BV"


def test_hotel_folio_bills_the_company_block_not_the_guest() -> None:
    invoice = _invoice(
        [
            (180, 28, 18, "HOTEL HET ANKER"),
            (140, 64, 7, "Kade 12 · 1011 AB Amsterdam · +31 20 555 12 12"),
            (50, 115, 9, "Brakel Tooling B.V."),
            (50, 127, 9, "Havenweg 7"),
            (50, 138, 9, "4811 AB Breda"),
            (340, 115, 9, "Factuur"),
            (410, 115, 9, "70412"),
            (340, 138, 9, "Gast"),
            (410, 138, 9, "Mevr. J. Brakel"),
            (340, 150, 9, "Kamer"),
            (410, 150, 9, "214"),
            (50, 250, 9, "Omschrijving"),
            (400, 250, 9, "Bedrag"),
            (50, 265, 9, "Logies"),
            (400, 265, 9, "240,00"),
            (300, 300, 9, "Totaal"),
            (400, 300, 9, "240,00"),
            (72, 786, 6, "Anker Hotels Amsterdam B.V. · KvK 11223344 · btw NL001122334B01"),
        ]
    )
    assert _field(invoice, "buyer_name") == "Brakel Tooling B.V."


def _line(y: float, text: str, x: float = 55.0) -> Line:
    words, left = [], x
    for token in text.split():
        width = 5.0 * len(token)
        # OCR's words (confidence under 1): no font sizes to tell small print by.
        words.append(Word(token, Box(1, left, y, left + width, y + 9), 0.9))
        left += width + 3
    return Line(1, words, [Cell(words)])


def test_return_line_without_its_dots_is_the_sender_not_the_buyer() -> None:
    page = [
        _line(40, "Schleiftechnik Brandl e.K."),
        _line(53, "Gartenweg 3 12345 Musterstadt"),
        _line(114, "Brandl e.K. Gartenweg 3 12345 Musterstadt"),
        _line(133, "Praxis am Seetor GmbH", 58),
        _line(146, "Seestraße 17", 58),
        _line(159, "54321 Seedorf", 58),
        _line(780, "Vielen Dank für Ihren Auftrag."),
    ]
    buyer, sender = window_address(page)
    assert buyer is not None and buyer.value == "Praxis am Seetor GmbH"
    assert sender is not None and sender.value == "Brandl e.K."
