"""A designer's wordmark in lower case ("lunaria") with the firm's trade set small under it,
flush left and in lower case too ("studio grafico"): the name is both lines read together
("lunaria studio grafico"), as the logo is read."""

from __future__ import annotations

from facturist.engine.layout import Line, line_holding, print_height
from facturist.engine.model import Value


def with_subline(name: Value, page: list[Line]) -> Value:
    """The one-word lower-case name with the short lower-case line under it, else the name."""
    text = str(name.value).strip()
    if not name.boxes or not text.isalpha() or not text.islower() or len(text) < 3:
        return name
    index = line_holding(page, name.boxes[0])
    if index is None or index + 1 >= len(page):
        return name
    line = page[index]
    box = name.boxes[0]
    height = box.y1 - box.y0
    for below in page[index + 1 : index + 3]:
        if below.page != line.page or below.y0 - box.y1 > height:
            break
        for cell in below.cells:
            if abs(cell.x0 - box.x0) >= 4:
                continue
            words = cell.text.split()
            small = print_height(cell) < 0.7 * height
            if small and 1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words):
                joined = f"{text} {cell.text.strip()}"
                return Value(joined, name.text, name.boxes, name.confidence)
            return name
    return name
