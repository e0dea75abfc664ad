"""A header captioning only the position, the text and the amount ("Pos. | Leistung | Betrag
EUR"), as architects and engineers bill their work stages, heads an item table: each row is
position | text | amount, the position no part of the text, and a line of text under a row
(its progress, a note) wraps that item's description."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _page(pos: str, text: str, amount: str, rows: list[tuple[str, str, str, str]]) -> bytes:
    texts: list[SizedText] = [
        (57, 50, "Brandt Ingenieure PartG mbB", 14),
        (57, 70, "Brandt Ingenieure PartG mbB, Lindenallee 7, 30159 Hannover", 7),
        (57, 110, "Stadtwerke Celle GmbH", 10),
        (57, 123, "Wiesenweg 12", 10),
        (57, 136, "29221 Celle", 10),
        (355, 110, "Rechnung Nr. BI-2025-117", 10),
        (355, 123, "Datum 14.05.2025", 10),
        (57, 190, "2. Abschlagsrechnung Tragwerksplanung Pumpwerk Nord", 10),
        (57, 230, pos, 9),
        (108, 230, text, 9),
        (538, 230, ">" + amount, 9),
    ]
    y = 248.0
    for code, name, note, figure in rows:
        texts += [(57, y, code, 9), (108, y, name, 9), (538, y, ">" + figure, 9)]
        y += 14
        if note:
            texts.append((108, y, note, 9))
            y += 14
    texts += [
        (300, y + 20, "Nettobetrag", 9),
        (538, y + 20, ">16.450,00", 9),
        (300, y + 34, "Umsatzsteuer 19 %", 9),
        (538, y + 34, ">3.125,50", 9),
        (300, y + 48, "Rechnungsbetrag", 9),
        (538, y + 48, ">19.575,50", 9),
    ]
    return make_aligned_pdf(texts)


_ROWS = [
    ("LP 2", "Vorplanung", "Leistungsstand 100 %", "6.300,00"),
    (
        "LP 3",
        "Entwurfsplanung",
        "Leistungsstand 50 %, Prüfstatik",
        "8.900,00",
    ),
    ("NK", "Nebenkosten pauschal", "", "1.250,00"),
]


@pytest.mark.parametrize(
    ("pos", "text", "amount"),
    [("Pos.", "Leistung", "Betrag EUR"), ("Nr.", "Bezeichnung", "Betrag")],
)
def test_position_text_amount_header_heads_the_items(pos: str, text: str, amount: str) -> None:
    items = extract_canonical(_page(pos, text, amount, _ROWS), use_einvoice=False)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Vorplanung Leistungsstand 100 %", 6300.0),
        ("Entwurfsplanung Leistungsstand 50 %, Prüfstatik", 8900.0),
        ("Nebenkosten pauschal", 1250.0),
    ]
