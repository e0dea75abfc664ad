"""Leader dots between an item's text and its figures ("Despesas de expediente ..........
185,00 €", "30 h × 150,00 € ........ 4.500,00 €"): they lead the eye to the amount and are
never text of the item, nor part of the working before it.

Fee notes and letter-style invoices set them as words of dots of their own, or glued to the
last word of the text ("comunicações)........."). Typed lists open each such row with a
bullet ("- Horas adicionais ... R$ 1.600,00"), which is no text of the item either."""

from __future__ import annotations

import dataclasses
import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# A word of leader dots only (dots, ellipses, middle dots, underscores).
_LEADER = re.compile(r"^[.…·_]{3,}$")
# A list's bullet opening a row: a dash, a bullet sign or an asterisk as a word of its own.
_BULLET = re.compile(r"^[-–—•·*▪◦]$")
# Leader dots glued to a word's end: four or more (three may be the word's ellipsis).
_GLUED = re.compile(r"(?<=[^\s.…·_])[.…·_]{4,}$")


def without_leaders(cells: list[Cell]) -> list[Cell]:
    """The cells less their leader dots; a cell of leader dots only is left out."""
    if not any("..." in cell.text or "…" in cell.text or "__" in cell.text for cell in cells):
        return cells
    out: list[Cell] = []
    for cell in cells:
        words = [
            dataclasses.replace(w, text=_GLUED.sub("", w.text)) if _GLUED.search(w.text) else w
            for w in cell.words
            if not _LEADER.match(w.text)
        ]
        if words == cell.words:
            out.append(cell)
        elif words:
            out.append(Cell(words))
    return out


def leader_end(line: Line) -> float:
    """Where the line's leader dots end (0 where it has none): the paragraph's last line
    reaches that far, its text filled out to the figures' column."""
    ends = [w.box.x1 for w in line.words if _LEADER.match(w.text) or _GLUED.search(w.text)]
    return max(ends, default=0.0)


def without_bullet(words: list[Word]) -> list[Word]:
    """The row's words less a bullet opening them."""
    if len(words) > 1 and _BULLET.match(words[0].text):
        return words[1:]
    return words
