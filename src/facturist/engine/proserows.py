"""A note in running prose under or among the items ("Bei Zahlung bitte Rechnungsnummer
angeben. Steuerbegünstigte Handwerkerleistung (§ 35a EStG): Lohnanteil 761,00 €."): a figure
inside a sentence is what the note tells, no item's amount in the table's column."""

from __future__ import annotations

from facturist.engine.layout import Line

# Words a line prints, at least, to read as a sentence: an item's name with its figures in
# one run of text is shorter.
_SENTENCE_WORDS = 10
# Words of letters, at least, among them: prose, not a row of codes and figures.
_LETTER_WORDS = 7


def prose_line(line: Line) -> bool:
    """Whether the line is one run of text (one cell) of many words ending a sentence: the
    item rows set their figures apart from the name, in cells of their own."""
    if len(line.cells) != 1:
        return False
    words = line.cells[0].text.split()
    if len(words) < _SENTENCE_WORDS or not words[-1].endswith((".", "!", "?")):
        return False
    return sum(1 for w in words if sum(ch.isalpha() for ch in w) >= 3) >= _LETTER_WORDS
