"""How far under the sender's return line, and in how much larger print, the addressee's
block may stand (partyblocks.window_address).

DIN 5008's form B leaves a notes zone of 17.7 mm over the address (12.7 mm on form A), and a
letterhead drawn to no standard may set its return line higher still: the addressee's first
line then stands some seven of its own line heights under it ("Schreinerei Kessler PGmbH ·
Herbesthaler Straße 34 · 4700 Eupen" over a blank band, then "Autohaus Heinen AG" / street /
town). So deep a gap is taken only where the block under it runs down to a postcode and town.

A text layer's glyph boxes measure the glyphs, not the font size: a return line in 8 pt with
a descender in it ("Eupen", "Ludwigsburg") stands as tall as a 10.5 pt name without one
("Autohaus Heinen AG"). Its print size is told from its words without descenders.
"""

from __future__ import annotations

from collections.abc import Sequence

from facturist.engine.layout import Cell

# Letters and marks reaching below the baseline.
_DESCENDING = frozenset("gjpqyµ,;()[]{}|/")
# The deepest gap, in the addressee's line heights, with a town line closing the block.
_DEEP_ZONE = 7.0


def deep_notes_zone(gap: float, height: float, ends_in_town: bool) -> bool:
    """Whether a gap over 5 line heights between the return line and the block is still the
    notes zone: at most seven, over a block that ends in a postcode and town."""
    return ends_in_town and gap <= _DEEP_ZONE * height


def smaller_print(run: Sequence[Cell], cells: Sequence[Cell]) -> bool:
    """Whether the return line's glyphs, its words with descenders left out, stand lower than
    the addressee's line measured the same way."""
    small, large = _undescended_height(run), _undescended_height(cells)
    return small is not None and large is not None and small <= 0.95 * large


def _undescended_height(cells: Sequence[Cell]) -> float | None:
    """The tallest glyph box among the words with no descender and no accented capital."""
    heights = [
        w.box.y1 - w.box.y0
        for c in cells
        for w in c.words
        if any(ch.isalnum() for ch in w.text)
        and not any(ch in _DESCENDING or (ch.isupper() and not ch.isascii()) for ch in w.text)
    ]
    return max(heights) if heights else None


__all__ = ["deep_notes_zone", "smaller_print"]
