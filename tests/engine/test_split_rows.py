"""Item rows split over two lines: the amount under the other figures, a word broken at a
narrow column's edge."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.brokenwords import join_broken_words
from facturist.engine.model import Box, Word

from .conftest import make_invoice_pdf

# (x, y from the top, text); a text starting with ">" is set right-aligned, ending at x.
Text = tuple[float, float, str]

_HEAD: list[Text] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Rechnungsnummer:"),
    (450, 130, "INV-7"),
    (350, 144, "Rechnungsdatum:"),
    (450, 144, "05.03.2024"),
    (60, 200, "Pos"),
    (110, 200, "Beschreibung"),
    (330, 200, ">Nettopreis"),
    (400, 200, ">Menge"),
    (530, 200, ">Nettobetrag"),
]


def _pdf(*pages: list[Text]) -> bytes:
    return make_invoice_pdf(list(pages), size=9, marks=True)


def _split_row(y: float, position: int) -> list[Text]:
    """Price and quantity beside the name, the amount on the line under them."""
    return [
        (110, y, f"Widget {position} aus Stahl"),
        (330, y, ">5,0000"),
        (400, y, ">2 Stk"),
        (60, y + 9, str(position)),
        (530, y + 9, ">10,00"),
    ]


def test_a_row_with_its_amount_underneath_goes_on_at_the_top_of_the_next_page() -> None:
    first = [*_HEAD, *_split_row(220, 1), *_split_row(250, 2), (480, 800, "Seite 1 von 2")]
    second = [
        (50, 40, "Beispiel-Rechnungen (c) 2022"),
        *_split_row(75, 3),
        *_split_row(105, 4),
        (60, 140, "Umsatzsteueraufschlüsselung"),
        (480, 800, "Seite 2 von 2"),
    ]
    result: dict[str, Any] = extract_canonical(_pdf(first, second), use_einvoice=False)
    names = [item["description"] for item in result["line_items"]]
    assert names == [f"Widget {n} aus Stahl" for n in range(1, 5)]


def _word(text: str, x0: float, y0: float) -> Word:
    return Word(text, Box(1, x0, y0, x0 + 4.5 * len(text), y0 + 6.0))


def test_a_word_broken_at_a_narrow_columns_edge_is_joined() -> None:
    broken = [_word("Betriebskostenvor", 148, 500), _word("auszahlung", 148, 510)]
    wrapped = [_word("Terminal", 148, 530), _word("handling", 148 + 4.5 * 9, 530)]
    wrapped.append(_word("charge", 148, 540))
    short = [_word("Miete", 148, 560), _word("monatlich", 148, 570)]
    descriptions = [broken, wrapped, short]
    join_broken_words(descriptions)
    assert [[w.text for w in d] for d in descriptions] == [
        ["Betriebskostenvorauszahlung"],
        ["Terminal", "handling", "charge"],
        ["Miete", "monatlich"],
    ]
