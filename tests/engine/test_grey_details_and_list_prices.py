"""Item tables as shop and trade software prints them: a grey detail line under an item's
name (no part of its description), a list price beside a discount (the unit price, not the
discounted amount per unit) and bold group headings between the items (part of no item)."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.pdftext import page_words

from .conftest import Align, Drawn, analysed, make_pdf

_BLACK = (0.0, 0.0, 0.0)
_GREY = (0.42, 0.42, 0.42)


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # from the top
    text: str
    size: float = 9.0
    bold: bool = False
    colour: tuple[float, float, float] = _BLACK
    right: bool = False  # x is the right edge


def _pdf(texts: list[_Text]) -> bytes:
    aligns: dict[bool, Align] = {False: "left", True: "right"}
    return make_pdf(
        Drawn(t.x, t.y, t.text, "Helvetica", t.size, aligns[t.right], t.colour, t.bold)
        for t in texts
    )


def _invoice(texts: list[_Text]) -> CanonicalInvoice:
    return analysed(_pdf(texts))


def _head() -> list[_Text]:
    return [
        _Text(60, 50, "Holzwerk Brandl GmbH", 14, bold=True),
        _Text(60, 66, "Sägeweg 3, 94032 Passau"),
        _Text(60, 120, "Café Morgenrot"),
        _Text(60, 132, "Ludwigstraße 9"),
        _Text(60, 144, "93047 Regensburg"),
        _Text(380, 120, "Rechnung Nr. RB-7731"),
        _Text(380, 132, "Datum: 04.02.2025"),
    ]


def _items(rows: list[tuple[str, str, str, str]], top: float) -> list[_Text]:
    """Pos | Bezeichnung | Menge | Einzelpreis | Betrag, one row 22 points apart."""
    out = [
        _Text(60, top, "Pos", bold=True),
        _Text(90, top, "Bezeichnung", bold=True),
        _Text(380, top, "Menge", bold=True, right=True),
        _Text(460, top, "Einzelpreis", bold=True, right=True),
        _Text(535, top, "Betrag", bold=True, right=True),
    ]
    for index, (name, qty, price, amount) in enumerate(rows):
        y = top + 20 + 22 * index
        out += [
            _Text(60, y, str(index + 1)),
            _Text(90, y, name),
            _Text(380, y, qty, right=True),
            _Text(460, y, price, right=True),
            _Text(535, y, amount, right=True),
        ]
    return out


def _totals(y: float, net: str, tax: str, total: str) -> list[_Text]:
    return [
        _Text(380, y, "Nettobetrag"),
        _Text(535, y, net, right=True),
        _Text(380, y + 13, "USt. 19 %"),
        _Text(535, y + 13, tax, right=True),
        _Text(380, y + 26, "Gesamtbetrag", bold=True),
        _Text(535, y + 26, total, bold=True, right=True),
    ]


def _descriptions(invoice: CanonicalInvoice) -> list[object]:
    return [item["description"].value for item in invoice.items if "description" in item]


_ROWS = [
    ("Eichenbrett gehobelt", "4", "35,00", "140,00"),
    ("Leimholzplatte Buche", "2", "80,00", "160,00"),
    ("Kantenumleimer Ahorn", "10", "3,00", "30,00"),
]


def test_words_carry_their_fill_colour() -> None:
    data = _pdf([_Text(60, 60, "schwarz"), _Text(60, 80, "grau", colour=_GREY)])
    words = page_words(pdfium.PdfDocument(data), 0).words
    colours = {w.text: w.colour for w in words}
    assert colours["schwarz"] == (0, 0, 0)
    assert colours["grau"] == (107, 107, 107)


def test_grey_detail_line_under_a_black_name_is_no_part_of_its_description() -> None:
    texts = _head() + _items(_ROWS, 220)
    # The shop's grey spec line under each name, a point smaller: prose, no codes.
    for index, detail in enumerate(
        ["geölt, Stärke zwanzig Millimeter", "verleimt und geschliffen", "vorgeleimt, Rolle"]
    ):
        texts.append(_Text(90, 220 + 20 + 22 * index + 9, detail, 8, colour=_GREY))
    texts += _totals(310, "330,00", "62,70", "392,70")
    invoice = _invoice(texts)
    assert _descriptions(invoice) == [row[0] for row in _ROWS]


def test_black_smaller_prose_line_stays_the_items_description() -> None:
    texts = _head() + _items(_ROWS, 220)
    for index, detail in enumerate(
        ["geölt, Stärke zwanzig Millimeter", "verleimt und geschliffen", "vorgeleimt, Rolle"]
    ):
        texts.append(_Text(90, 220 + 20 + 22 * index + 9, detail, 7))
    texts += _totals(310, "330,00", "62,70", "392,70")
    descriptions = _descriptions(_invoice(texts))
    assert descriptions[0] == "Eichenbrett gehobelt geölt, Stärke zwanzig Millimeter"


def test_list_price_beside_a_discount_is_the_unit_price() -> None:
    for caption in ("Listenpreis", "List price"):
        top = 220
        texts = [
            *_head(),
            _Text(60, top, "Art.-Nr.", bold=True),
            _Text(120, top, "Produkt", bold=True),
            _Text(340, top, "Anz.", bold=True, right=True),
            _Text(410, top, caption, bold=True, right=True),
            _Text(460, top, "Rabatt", bold=True, right=True),
            _Text(535, top, "Netto EUR", bold=True, right=True),
            _Text(60, top + 20, "AB-100"),
            _Text(120, top + 20, "Planungssoftware Jahreslizenz"),
            _Text(340, top + 20, "10", right=True),
            _Text(410, top + 20, "250,00", right=True),
            _Text(460, top + 20, "20 %", right=True),
            _Text(535, top + 20, "2.000,00", right=True),
            _Text(60, top + 40, "AB-200"),
            _Text(120, top + 40, "Schulung Anwender (Tag)"),
            _Text(340, top + 40, "2", right=True),
            _Text(410, top + 40, "900,00", right=True),
            _Text(460, top + 40, "–", right=True),
            _Text(535, top + 40, "1.800,00", right=True),
        ]
        texts += _totals(300, "3.800,00", "722,00", "4.522,00")
        items = _invoice(texts).items
        assert [item["unit_price"].value for item in items] == [250.0, 900.0], caption
        assert [item["amount"].value for item in items] == [2000.0, 1800.0], caption


def test_bold_group_heading_between_items_belongs_to_no_item() -> None:
    top = 220
    texts = [
        *_head(),
        _Text(60, top, "Pos", bold=True),
        _Text(90, top, "Bezeichnung", bold=True),
        _Text(380, top, "Menge", bold=True, right=True),
        _Text(460, top, "Einzelpreis", bold=True, right=True),
        _Text(535, top, "Betrag", bold=True, right=True),
        _Text(60, top + 20, "Material", bold=True),
    ]
    y = top + 36
    for index, (name, qty, price, amount) in enumerate(_ROWS):
        if index == 2:
            # The heading of the next group, at the position column, under the last item.
            texts.append(_Text(60, y, "Arbeitsleistung Werkstatt", bold=True))
            y += 16
        texts += [
            _Text(60, y, str(index + 1)),
            _Text(90, y, name),
            _Text(380, y, qty, right=True),
            _Text(460, y, price, right=True),
            _Text(535, y, amount, right=True),
        ]
        y += 16
    texts += _totals(y + 20, "330,00", "62,70", "392,70")
    assert _descriptions(_invoice(texts)) == [row[0] for row in _ROWS]
