"""A letterhead name without its legal form ("GARAGE DUFOUR & FILS" in the header band) that
the footer prints in full ("Garage Dufour & Fils SRL · Rue de Herve 212 · TVA ..."): the
seller is that company, and a legal-form name lower on the page is the addressee's."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value


def footer_letterhead(page: list[Line], named: Value, footer: Value | None) -> Value | None:
    """The footer's company when a cell over `named` on top of the page starts its name."""
    if footer is None or not named.boxes:
        return None
    full = str(footer.value).casefold()
    if full == str(named.value).casefold():
        return None
    top = named.boxes[0].y0
    for line in page:
        if line.y0 >= top:
            break
        for cell in line.cells:
            printed = cell.text.strip().casefold()
            if len(printed.split()) >= 2 and full.startswith(printed):
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
            if line is page[0] and _brand_word(printed, full):
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
    return None


def _brand_word(printed: str, full: str) -> bool:
    """A one-word wordmark heading the page ("KESSLER" over the footer's "Kessler
    Haustechnik e.K."): a firm's logo often prints its family or brand name alone, the first
    word of the registered name. A short word could open any name, so five letters at least."""
    return len(printed) >= 5 and printed.isalpha() and full.startswith(printed + " ")
