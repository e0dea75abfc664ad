"""Party blocks side by side across a narrow gutter ("Paseo de la Castellana 141, planta 9"
ending a word space short of "Calle de Josefa Valcárcel 40" in the next column): a line of
the left block joined with the cells a word space after it (wordspace.py) must stop where the
next block's column starts, which the name line shows; the words from there on are the next
block's."""

from __future__ import annotations

from facturist.engine.layout import Cell

_SLACK = 2.0  # points a column's lines may start left of its name line's edge


def short_of_column(cell: Cell, joined: Cell, limit: float) -> Cell:
    """`joined` (the cell with the cells run on after it), unless a run-on cell starts at or
    past the next column's edge `limit`: then the cell alone."""
    added = joined.words[len(cell.words) :]
    if added and any(w.box.x0 >= limit - _SLACK for w in added):
        return cell
    return joined
