"""Words a narrow description column breaks without a hyphen.

An e-invoice stylesheet prints the item's name in a narrow column and lets the browser break
a word too long for it wherever the column ends::

    3  Betriebskostenvor    520,0000  1 Monat  0 %  520,00
       auszahlung

The first part stands alone on its line and reaches the column's right edge (the edge every
row's text stops at), and the rest goes on in lower case on the next line: one word. A word
wrapped whole ("Terminal handling" / "charge") shares its line or stops short of the edge.
"""

from __future__ import annotations

from dataclasses import replace

from facturist.engine.model import Word

# How far (in points) a broken word may stop short of the column's right edge.
_EDGE = 1.5
# The widest a column may be (in line heights) for the browser to break words in it.
_NARROW = 15.0


def join_broken_words(descriptions: list[list[Word]]) -> None:
    """Join, in place, each word broken at a narrow column's edge with its rest."""
    words = [w for description in descriptions for w in description]
    if not words:
        return
    edge = max(w.box.x1 for w in words)
    width = edge - min(w.box.x0 for w in words)
    for description in descriptions:
        index = 0
        while index + 1 < len(description):
            if _broken(description, index, edge, width):
                first, rest = description[index], description[index + 1]
                description[index : index + 2] = [replace(first, text=first.text + rest.text)]
            index += 1


def _broken(description: list[Word], index: int, edge: float, width: float) -> bool:
    word, rest = description[index], description[index + 1]
    # The taller of the two: a word without descenders reads short.
    height = max(word.box.y1 - word.box.y0, rest.box.y1 - rest.box.y0)
    if height <= 0 or width > _NARROW * height or word.box.x1 < edge - _EDGE:
        return False
    if not (word.text[-1:].isalpha() and word.text[-1:].islower()):
        return False
    if not (rest.text[:1].isalpha() and rest.text[:1].islower()):
        return False
    if rest.box.page != word.box.page or rest.box.y0 < word.box.y1:
        return False  # the rest must open the next line
    # Alone on its line: a word the column could hold would have wrapped whole.
    return not any(
        w is not word
        and w.box.page == word.box.page
        and w.box.y0 < word.box.y1
        and w.box.y1 > word.box.y0
        for w in description
    )
