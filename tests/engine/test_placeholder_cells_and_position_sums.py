"""Item rows whose money cells print a dash ("—", "€ -,--": nothing charged) or a word
("inkl.": included), a count glued to its unit beside a trailing-minus amount, a labelled
item text ("Returned: ...") with its own count, price and amount, and an item's amount on a
line of its own under the row ("Summe Pos. 1 | 1.317,60")."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _row(y: float, name: str, count: str, price: str, amount: str) -> list[Text]:
    return [
        (50, y, name, False),
        (330, y, count, True),
        (420, y, price, True),
        (540, y, amount, True),
    ]


def _head() -> list[Text]:
    return [
        (50, 40, "Werkstatt Nordtal GmbH", False),
        (50, 52, "Am Kanal 7, 31134 Hildesheim", False),
        (380, 90, "Rechnung Nr. W-55120", False),
        (380, 102, "Datum 02.02.2026", False),
    ]


def _table(rows: list[tuple[str, str, str, str]], net: str) -> list[Text]:
    texts = _head() + _row(168, "Bezeichnung", "Menge", "Einzelpreis", "Betrag")
    y = 184.0
    for name, count, price, amount in rows:
        texts += _row(y, name, count, price, amount)
        y += 14
    texts += [(400, y + 20, "Summe netto", False), (540, y + 20, net, True)]
    return texts


def _lines(invoice: CanonicalInvoice) -> list[tuple[object, ...]]:
    return [
        (
            item["description"].value,
            item["quantity"].value if "quantity" in item else None,
            item["amount"].value,
        )
        for item in invoice.items
    ]


def test_dash_and_included_cells_are_items_of_their_own() -> None:
    rows = [
        ("Luftfilter Kabine", "2", "24,10", "48,20"),
        ("Werkszeugnis nach Norm", "1", "inkl.", "inkl."),
        ("Probelauf Motor", "3", "€ -,--", "€ -,--"),
        ("Keilriemen Lima", "1", "63,90", "63,90"),
        ("Entsorgung Altteile", "2", "—", "—"),
    ]
    invoice = _invoice(_table(rows, "112,10"))
    assert _lines(invoice) == [
        ("Luftfilter Kabine", 2.0, 48.2),
        ("Werkszeugnis nach Norm", 1.0, None),
        ("Probelauf Motor", 3.0, 0.0),
        ("Keilriemen Lima", 1.0, 63.9),
        ("Entsorgung Altteile", 2.0, 0.0),
    ]


def test_glued_count_beside_a_trailing_minus_amount() -> None:
    rows = [
        ("Schalter 16A", "24Stk", "0,72", "17,28"),
        ("Rücknahme Schalter 16A (unbenutzt)", "1Stk", "48,90", "48,90-"),
    ]
    invoice = _invoice(_table(rows, "-31,62"))
    assert _lines(invoice) == [
        ("Schalter 16A", 24.0, 17.28),
        ("Rücknahme Schalter 16A (unbenutzt)", 1.0, -48.9),
    ]


def test_labelled_text_with_its_own_count_price_and_amount_is_an_item() -> None:
    rows = [
        ("Returned: combi drill (body only)", "1", "104.17", "104.17"),
        ("Returned: 18V 4.0Ah battery pack", "2", "45.83", "91.66"),
    ]
    invoice = _invoice(_table(rows, "195.83"))
    assert [line[2] for line in _lines(invoice)] == [104.17, 91.66]


def test_position_sum_under_the_row_is_its_amount() -> None:
    texts = _head() + _row(168, "Bezeichnung", "Menge", "Einzelpreis", "Betrag")
    texts += _row(184, "LED-Panel 620 x 620 mm", "24 Stk", "54,90", "")
    texts += [(150, 198, "Summe Pos. 1", False), (540, 198, "1.317,60", True)]
    texts += _row(212, "Installationsrohr M20", "10 Ring", "16,35", "")
    texts += [(150, 226, "Summe Pos. 2", False), (540, 226, "163,50", True)]
    texts += [(400, 250, "Summe netto", False), (540, 250, "1.481,10", True)]
    invoice = _invoice(texts)
    assert _lines(invoice) == [
        ("LED-Panel 620 x 620 mm", 24.0, 1317.6),
        ("Installationsrohr M20", 10.0, 163.5),
    ]
