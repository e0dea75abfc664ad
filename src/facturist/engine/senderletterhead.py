"""The letterhead's name over a one-line sender line that opens with the trade, not the name.

A freelancer's or small office's letterhead prints the name large ("Dipl.-Ing. Konstanze
Wehrmann") and right under it, small, one line with the trade, street and town
("Ingenieurbüro für Tragwerksplanung · Chausseestraße 88 · 10115 Berlin"). That line reads
like a return address, but its first piece describes the business; the name is the larger
line right above it, in the same column.
"""

from __future__ import annotations

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Line, line_holding, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import initials, not_a_name


def name_over_sender(lines: list[Line], sender: Value) -> Value | None:
    """The larger name line right above the sender line, flush with it, or None."""
    if not sender.boxes or LEGAL_FORM.search(str(sender.value)):
        return None  # "Müller Haustechnik GmbH · ...": the line names the firm itself
    index = line_holding(lines, sender.boxes[0])
    if index is None or index == 0:
        return None
    line = lines[index]
    cell = next((c for c in line.cells if sender.boxes[0] in c.boxes), None)
    if cell is None:
        return None
    # The line right above in the sender line's column: a logo's letters beside the name
    # ("UZ" left of it) may stand on a line of their own between.
    above, up = line, None
    for above in reversed(lines[max(0, index - 3) : index]):
        if above.page != line.page:
            return None
        up = next((c for c in above.cells if abs(c.x0 - cell.x0) < 6), None)
        if up is not None:
            break
    if up is None or not _name_like(up.text.strip()):
        return None
    if print_height(up) < 1.2 * print_height(cell) or line.y0 - above.y1 > 2 * print_height(up):
        return None  # same print, or set apart: not the letterhead's name over its line
    words = {w.casefold() for w in str(sender.value).split()}
    if all(w.casefold() in words for w in up.text.split()):
        return None  # a logo word repeated in the sender's name ("MÜLLER" / "Müller Bau")
    text = up.text.strip()
    return Value(text, up.text, up.boxes, 0.6)


def _name_like(text: str) -> bool:
    return (
        len(text) >= 3
        and not any(ch.isdigit() for ch in text)
        and not text.endswith(":")
        and not initials(text)
        and not not_a_name(text)
        and not is_sentence(text)
        and DOCUMENT_TITLE.match(text) is None
    )
