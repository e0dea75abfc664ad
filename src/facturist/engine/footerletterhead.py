"""A letterhead name without its legal form ("GARAGE DUFOUR & FILS" in the header band) that
the footer prints in full ("Garage Dufour & Fils SRL · Rue de Herve 212 · TVA ..."): the
seller is that company, and a legal-form name lower on the page is the addressee's."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name


def footer_letterhead(page: list[Line], named: Value, footer: Value | None) -> Value | None:
    """The footer's company when a cell over `named` on top of the page starts its name."""
    if footer is None or not named.boxes:
        return None
    full = str(footer.value).casefold()
    if full == str(named.value).casefold():
        return None
    top = named.boxes[0].y0
    # The logo heads the page, under the document's title when one is printed over it
    # ("Facture / Factuur" over "NEXALO").
    heading = next((ln for ln in page if not _title_line(ln)), None)
    for index, line in enumerate(page):
        if line.y0 >= top:
            break
        for cell in line.cells:
            printed = cell.text.strip().casefold()
            if len(printed.split()) >= 2 and full.startswith(printed):
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
            if line is heading and _brand_word(printed, full):
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
            if line is heading and _logo_words(page, index, cell, full):
                return Value(footer.value, cell.text, cell.boxes, footer.confidence)
    return None


def _title_line(line: Line) -> bool:
    """Whether every cell of a line is a title or caption, in one language or two ("Facture /
    Factuur"): no letterhead's name."""
    return all(
        all(not piece.strip() or not_a_name(piece) for piece in cell.text.split("/"))
        for cell in line.cells
    )


def _brand_word(printed: str, full: str) -> bool:
    """A one-word wordmark heading the page ("KESSLER" over the footer's "Kessler
    Haustechnik e.K."): a firm's logo often prints its family or brand name alone, the first
    word of the registered name. A short word could open any name, so five letters at least."""
    return len(printed) >= 5 and printed.isalpha() and full.startswith(printed + " ")


def _logo_words(page: list[Line], index: int, cell: Cell, full: str) -> bool:
    """A logo's name set in one word a line ("RHEINTAL" / "ANTRIEBSTECHNIK"), flush or
    centred, which the footer's legal name spells out with its form ("Rheintal
    Antriebstechnik GmbH")."""
    printed = cell.text.strip().casefold()
    if not printed.isalpha() or index + 1 >= len(page) or page[index + 1].page != page[index].page:
        return False
    for other in page[index + 1].cells:
        flush = abs(other.x0 - cell.x0) < 6 or abs(other.x0 + other.x1 - cell.x0 - cell.x1) < 12
        under = other.text.strip().casefold()
        if flush and under.isalpha() and full.startswith(f"{printed} {under} "):
            return True
    return False
