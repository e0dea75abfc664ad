"""A fax's OCR leaves speckle after a figure ("47.10:") and may drop a narrow count: the row
is still an item of its own, not a wrapped line of the item above."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.tables import line_items


def _word(text: str, x0: float, y: float) -> Word:
    return Word(text, Box(1, x0, y, x0 + 6.0 * len(text), y + 15.0), confidence=0.9)


def test_a_figure_with_ocr_speckle_opens_its_own_row() -> None:
    rows = [
        [("Product", 48), ("Description", 117), ("Qty", 359), ("Price", 423), ("Net", 535)],
        [("CT15-3M", 50), ("15mm", 116), ("copper", 146), ("tube", 186)],
    ]
    rows[-1] += [("4", 364), ("38.60", 423), ("154.40", 519)]
    # The count dropped and speckle after the amount.
    rows.append([("CE15-10", 50), ("15mm", 117), ("compression", 147), ("elbow", 219)])
    rows[-1] += [("7.85", 428), ("47.10:", 526)]
    rows.append([("MSF-22", 50), ("Magnetic", 117), ("filter", 171), ("2", 363)])
    rows[-1] += [("52.75", 423), ("105.50", 519)]
    rows.append([("Goods", 403), ("Net", 440), ("306.00", 519)])
    words = [_word(t, x, 263 + 23 * n) for n, row in enumerate(rows) for t, x in row]
    items = line_items(build_lines(PageText(1, 595, 842, words, source="ocr")))
    assert [(i["description"].value, i["amount"].value) for i in items] == [
        ("15mm copper tube", 154.4),
        ("15mm compression elbow", 47.1),
        ("Magnetic filter", 105.5),
    ]
    assert items[1]["quantity"].value == 6.0
