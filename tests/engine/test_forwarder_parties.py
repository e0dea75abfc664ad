"""Forwarders' letterheads: a name set in one bold face over two lines, the second smaller and
ending in the legal form; a wide letterhead name over a boxed recipient.

Conventions:
- "NIEUWE WATERWEG" over "FORWARDING B.V.", both in capitals in the same bold face, the first
  line a size larger: the seller is both lines read together.
- A letterhead name set large and wide at the top left, over its tagline, address and VAT
  number, the recipient's box lower down starting under the name's end but right of the
  letterhead's lines: the letterhead is the seller, the box the buyer (both print a VAT id).
- "sinds 1968" (nl) is a founding year: a tagline's piece, no part of the address.
"""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.letterheadtagline import tagline_pieces_off
from facturist.engine.model import Value
from facturist.engine.parties import party_names

from .conftest import SizedText, make_sized_pdf

_REST: list[SizedText] = [
    (52, 300, "DESCRIPTION", 8),
    (400, 300, "QTY", 8),
    (500, 300, "AMOUNT", 8),
    (52, 318, "Ocean freight", 8),
    (404, 318, "1", 8),
    (500, 318, "2,975.00", 8),
]


def _seller(texts: list[SizedText], bold: frozenset[str]) -> str | None:
    pdf = make_sized_pdf([*texts, *_REST], bold=bold, font="Courier")
    seller, _buyer = party_names(build_lines(read_for_canonical(pdf).texts[0]))
    return None if seller is None else str(seller.value)


def test_a_bold_name_over_its_smaller_bold_legal_form_line() -> None:
    texts: list[SizedText] = [
        (50, 52, "NORDZEE KADE", 18),
        (380, 52, "COMMERCIAL INVOICE", 12),
        (50, 68, "LOGISTICS B.V.", 13),
        (50, 88, "Waalhaven Zuidzijde 12", 8),
        (50, 98, "3089 JH Rotterdam, The Netherlands", 8),
        (50, 108, "VAT NL812345678B01", 8),
        (50, 150, "INVOICE TO:", 8),
        (50, 162, "Lakeshore Pumps Inc.", 9),
        (50, 174, "800 Harbor Drive", 9),
        (50, 186, "Toledo, OH 43604", 9),
    ]
    bold = frozenset({"NORDZEE KADE", "COMMERCIAL INVOICE", "LOGISTICS B.V.", "INVOICE TO:"})
    assert _seller(texts, bold) == "NORDZEE KADE LOGISTICS B.V."


def test_a_wide_letterhead_name_over_the_recipient_box_is_the_seller() -> None:
    texts: list[SizedText] = [
        (50, 60, "TRANSPORT DE WILDE & ZONEN", 17),
        (50, 76, "Nationaal en internationaal wegvervoer · sinds 1971", 8),
        (50, 94, "Molenstraat 41 – 9140 Temse", 7),
        (50, 104, "Tel. 03 771 20 40 – info@dewilde-transport.be", 7),
        (50, 114, "BTW BE 0472.114.905 – RPR Gent", 7),
        (50, 165, "FACTUUR", 16),
        (310, 160, "Stokerij De Kempen nv", 9),
        (310, 173, "Kerkstraat 9", 9),
        (310, 186, "2440 Geel", 9),
        (310, 199, "BTW BE 0833.417.552", 9),
        (50, 190, "Nummer:", 8),
        (130, 190, "2026/0412", 8),
    ]
    bold = frozenset({"TRANSPORT DE WILDE & ZONEN", "FACTUUR"})
    pdf = make_sized_pdf([*texts, *_REST], bold=bold, font="Helvetica")
    seller, buyer = party_names(build_lines(read_for_canonical(pdf).texts[0]))
    assert seller is not None and str(seller.value) == "TRANSPORT DE WILDE & ZONEN"
    assert buyer is not None and str(buyer.value) == "Stokerij De Kempen nv"


def test_a_dutch_founding_year_is_a_tagline_piece() -> None:
    found = Value("Wegvervoer sinds 1968, Kapelstraat 118, 9120 Beveren", "", ())
    trimmed = tagline_pieces_off(found)
    assert trimmed is not None and trimmed.value == "Kapelstraat 118, 9120 Beveren"
