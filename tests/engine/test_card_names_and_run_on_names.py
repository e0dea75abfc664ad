"""Item names that run on: in position cards printed three side by side (an e-invoice viewer's
"Bezeichnung: | name" rows, the name wrapping under its value), and in a table whose first
caption names two things ("Service / Usage type"), the name's cell running on under the
second.

Conventions:
- "Gesamt netto" closing a position card is the position's net amount.
- A row of three (or more) position headings heads as many cards; where the boxes' reader
  reads fewer of them, the cards are read.
- A card's name wraps under its value: lines under the name's value, before the next
  caption row, go on with the name; lines under another text caption's value
  ("Beschreibung") do not.
- A name's cell runs on at its own word spacing past the description column: its words are
  the name's, where none of them is one of the row's figures.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import SizedText, make_aligned_pdf

Row = tuple[float, float, str]


def _page_lines(rows: list[Row]) -> list[Line]:
    words = []
    for x, y, text in rows:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def _read(rows: list[Row]) -> list[tuple[object, ...]]:
    return [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in boxed_items(_page_lines(rows))
    ]


def _card(x: float, top: float, number: int, rows: list[tuple[str, str]]) -> list[Row]:
    """ "Position n" over caption | value rows; a caption "" is a value's wrapped line."""
    out: list[Row] = [(x, top, f"Position {number}")]
    for offset, (caption, value) in enumerate(rows, start=1):
        if caption:
            out.append((x, top + 11.5 * offset, caption))
        out.append((x + 56, top + 11.5 * offset, value))
    return out


def _figures(count: str, price: str, amount: str) -> list[tuple[str, str]]:
    return [
        ("Menge:", count),
        ("Preis:", price),
        ("USt.:", "19 %"),
        ("Gesamt netto:", amount),
    ]


def test_three_cards_side_by_side_with_wrapped_names() -> None:
    cards = [
        (40, 280, 1, [("Bezeichnung:", "Schneidebrett"), ("", "Walnuss")], ("6 Stk", "48,00")),
        (220, 280, 2, [("Bezeichnung:", "Teigschaber"), ("", "Buche")], ("25 Stk", "3,90")),
        (400, 280, 3, [("Bezeichnung:", "Korb rund"), ("", "Rattan")], ("20 Stk", "14,50")),
        (
            40,
            400,
            4,
            [("Bezeichnung:", "Regal Eiche"), ("Beschreibung:", "Sonderbau"), ("", "nach Plan")],
            ("1 Stk", "990,00"),
        ),
        (220, 400, 5, [("Bezeichnung:", "Versand")], ("1 Pausch", "89,00")),
    ]
    amounts = ("288,00", "97,50", "290,00", "990,00", "89,00")
    rows: list[Row] = [(40, 250, "Positionen")]
    for (x, top, number, named, (count, price)), amount in zip(cards, amounts, strict=True):
        ident = ("Art.-Nr.:", f"A-{number}")
        figures = _figures(count, f"{price} EUR", f"{amount} EUR")
        rows += _card(x, top, number, [ident, *named, *figures])
    rows += [(40, 520, "Gesamtbeträge"), (40, 534, "Summe Positionen:"), (200, 534, "1.754,50")]
    assert _read(rows) == [
        ("Schneidebrett Walnuss", 6.0, 48.0, 288.0),
        ("Teigschaber Buche", 25.0, 3.9, 97.5),
        ("Korb rund Rattan", 20.0, 14.5, 290.0),
        ("Regal Eiche", 1.0, 990.0, 990.0),
        ("Versand", 1.0, 89.0, 89.0),
    ]


def test_a_name_running_on_under_the_second_word_of_its_caption() -> None:
    head: list[SizedText] = [
        (40, 40, "Example Cloud Ltd.", 10.0),
        (360, 60, "Invoice Number", 8.5),
        (450, 60, "EC-2025-118", 8.5),
        (360, 72, "Invoice Date", 8.5),
        (450, 72, "3 March 2025", 8.5),
    ]
    table: list[SizedText] = [
        (44, 200, "Service / Usage type", 8.5),
        (370, 200, ">Usage", 8.5),
        (455, 200, ">Unit rate", 8.5),
        (550, 200, ">Charges", 8.5),
    ]
    for offset, (name, usage, rate, charge) in enumerate(
        [
            ("Compute - vCPU hours (std-4, eu-west-2)", "2,184.50", "0.0620", "135.44"),
            ("Object storage (GB-month)", "8,420.75", "0.0260", "218.94"),
            ("Load balancer hours", "1,344", "0.0300", "40.32"),
        ]
    ):
        y = 216 + 14 * offset
        table += [
            (44, y, name, 8.5),
            (370, y, f">{usage}", 8.5),
            (455, y, f">{rate}", 8.5),
            (550, y, f">{charge}", 8.5),
        ]
    table += [(400, 270, "Total before tax", 8.5), (550, 270, ">394.70", 8.5)]
    result = extract_canonical(make_aligned_pdf(head + table), use_einvoice=False)
    assert [(i["description"], i["quantity"], i["amount"]) for i in result["line_items"]] == [
        ("Compute - vCPU hours (std-4, eu-west-2)", 2184.5, 135.44),
        ("Object storage (GB-month)", 8420.75, 218.94),
        ("Load balancer hours", 1344.0, 40.32),
    ]
