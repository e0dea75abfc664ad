"""A letterhead name set over two centred lines in capitals: the big name, and close under it in
smaller print the rest of it ("NORTHGATE" / "PLUMBING SUPPLIES LTD"), often letter-spaced
("WHITLAM CARTER" / "L A W Y E R S"). The firm's name is both lines read together."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_with_cell
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name


def _span(line: Line) -> tuple[float, float]:
    return min(w.box.x0 for w in line.words), max(w.box.x1 for w in line.words)


def _despaced(line: Line) -> str:
    """The line's text, a letter-spaced word ("L A W Y E R S") closed up."""
    words = [w.text for w in line.words]
    if len(words) >= 3 and all(len(w) == 1 for w in words):
        return "".join(words)
    return line.text.strip()


# A legal form OCR ran into the word before it, in capitals ("SUPPLIESLTD"); no English or
# German word ends in these letters.
_GLUED_FORM = re.compile(r"(?<=[A-Z]{4})(LTD|GMBH|PLC)$")


def _spaced(form: re.Match[str]) -> str:
    return f" {form.group(1)}"


# A person's name after a professional or academic title, Italian's surveyors, engineers,
# lawyers, architects and doctors, Germany's and Austria's degrees.
_TITLED_NAME = re.compile(
    r"^(?:geom|ing|avv|arch|dott|dott\.ssa|rag|dr|mag|prof|dipl\.-\w+|me|ma[iî]tre)\.?\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_'’\-]+){1,3}$",
    re.IGNORECASE,
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d]{2,}", text.upper()))


def _column_under(top: list[Line], index: int) -> Line:
    """The next line under top[index] in its column: a line standing wholly beside the
    name (a body's line beside a sidebar's) is passed over."""
    left, right = _span(top[index])
    for below in top[index + 1 : index + 4]:
        low, high = _span(below)
        if high >= left and low <= right:
            return below
    return top[index + 1]


def with_line_under(top: list[Line], cell: Cell) -> Value | None:
    """The name in `cell` joined with the capital line centred close under it; None when no
    such line follows (a tagline in lower case, a line with figures, an address)."""
    index = line_with_cell(top, cell)
    if index is None or index + 1 >= len(top):
        return None
    line, below = top[index], _column_under(top, index)
    if len(line.cells) != 1 or below.page != line.page:
        return None
    text = cell.text.strip()
    under = _despaced(below)
    if not (text.isupper() and under.isupper()) or any(ch.isdigit() for ch in text + under):
        return None
    if len(under.split()) > 3 or not_a_name(under) or _words(text) & _words(under):
        return None
    if below.y0 - line.y1 > 0.8 * line.height or below.height > 1.1 * line.height:
        return None
    (left, right), (low, high) = _span(line), _span(below)
    if abs((left + right) / 2 - (low + high) / 2) > 0.08 * (right - left) and not (
        abs(left - low) <= 2.0 and below.height >= 0.9 * line.height
    ):
        return None  # not centred under the name, nor its second half flush under it
    joined = f"{text} {_GLUED_FORM.sub(_spaced, under)}"
    # Kept at the name's own place (and as its text): the address is read from there.
    return Value(joined, cell.text, cell.boxes, 0.4)


def name_under_kicker(top: list[Line], cell: Cell) -> Value | None:
    """The name set large under a small capital caption of the trade ("STUDIO TECNICO" /
    "Ing. Paolo Bellandi", "KANZLEI" / "Dr. Jana Roth"): the large line, flush left or
    centred under the caption; None when no such line follows."""
    index = line_with_cell(top, cell)
    if index is None or index + 1 >= len(top):
        return None
    line, below = top[index], top[index + 1]
    text = cell.text.strip()
    if len(line.cells) != 1 or below.page != line.page or len(below.cells) != 1:
        return None
    name = below.cells[0]
    # "Studio Tecnico" in small italics over "Geom. Marco Bellini": a kicker in mixed case
    # over a name opening with a professional title ("Geom.", "Ing.", "Avv.", "Dr.").
    kicker = text.isupper() or _TITLED_NAME.match(name.text.strip()) is not None
    if not kicker or len(text.split()) > 3 or any(ch.isdigit() for ch in text):
        return None
    if below.height < 1.5 * line.height or below.y0 - line.y1 > 1.6 * line.height:
        return None  # the kicker is small and close over the name (a line's gap at most)
    if any(ch.isdigit() for ch in name.text) or not_a_name(name.text):
        return None
    (left, right), (low, high) = _span(line), _span(below)
    if abs(left - low) > 0.5 * line.height and abs((left + right) - (low + high)) > line.height:
        return None  # neither flush left nor centred under it
    return Value(name.text.strip(), name.text, name.boxes, 0.4)
