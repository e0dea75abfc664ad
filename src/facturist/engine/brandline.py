"""A one-word brand over the shop's full name that repeats it: receipts and small
letterheads print the brand large ("WASHMATE", its slogan beside it) and under it the name
the business trades under ("WASHMATE SELF SERVICE LAUNDRY"), over its registration number
and address. The fuller line names the seller; the brand alone is its logo."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name


def restated_below(top: list[Line], name: Value) -> Value:
    """The cell of the next two lines that starts with the one-word `name` and goes on with
    more words (no digits, no caption), else `name`."""
    word = str(name.value).strip()
    if not name.boxes or len(word) < 4 or not word.isalpha() or " " in word:
        return name
    below = [ln for ln in top if ln.y0 > name.boxes[0].y0 + 1][:2]
    for line in below:
        for cell in line.cells:
            text = cell.text.strip()
            if (
                text.casefold().startswith(word.casefold() + " ")
                and len(text) <= 60
                and not any(ch.isdigit() for ch in text)
                and ":" not in text
                and not not_a_name(text)
            ):
                return Value(text, cell.text, cell.boxes, name.confidence)
    return name
