"""The name a rubber stamp or a centred letterhead prints over its address, where the page's
first lines are a form's printed words ("Rechnung | Nr. 004712", "Durchschrift", "für:"):
"MALERBETRIEB" / "SVEN OLTMANNS" / "Deichstraße 5 - 26721 Emden", each line centred on the
one above. The name lines (one or two, no digits) over the street and town are the seller."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import POSTCODE_TOWN


def _middle(cell: Cell) -> float:
    return (cell.x0 + cell.x1) / 2


def _under(top: list[Line], index: int, cell: Cell) -> tuple[int, Cell] | None:
    """The next cell close under `cell`, centred on it or flush left with it."""
    line = top[index]
    for offset, below in enumerate(top[index + 1 : index + 3], start=index + 1):
        if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
            return None
        for other in below.cells:
            if abs(_middle(other) - _middle(cell)) < 6 or abs(other.x0 - cell.x0) < 6:
                return offset, other
    return None


def _name_line(text: str) -> bool:
    return len(text) >= 3 and not any(ch.isdigit() for ch in text) and not not_a_name(text)


def stamp_name(top: list[Line], others: tuple[str, ...] = ()) -> Value | None:
    """The first one or two name lines over a street and town centred under them, or None."""
    for index, line in enumerate(top):
        for cell in line.cells:
            text = cell.text.strip()
            if _name_line(text) and not text.endswith(":") and text not in others:
                cells = _over_address(top, index, cell, others)
                if cells:
                    joined = " ".join(c.text.strip() for c in cells)
                    return Value(joined, joined, tuple(b for c in cells for b in c.boxes), 0.4)
    return None


def _over_address(top: list[Line], index: int, cell: Cell, others: tuple[str, ...]) -> list[Cell]:
    """The name cells from `cell` down when a street and a town follow them, else []."""
    cells, street, at, current = [cell], False, index, cell
    while (found := _under(top, at, current)) is not None:
        at, current = found
        text = current.text.strip()
        town = POSTCODE_TOWN.search(text)
        if town is not None:
            # "Deichstraße 5 - 26721 Emden": the street may open the town's line.
            if street or any(ch.isdigit() for ch in text[: town.start()]):
                return cells
            return []
        if any(ch.isdigit() for ch in text):
            street = True
        elif street or len(cells) == 2 or not _name_line(text) or text in others:
            return []
        else:
            cells.append(current)
    return []
