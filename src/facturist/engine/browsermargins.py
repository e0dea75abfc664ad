"""A web browser's print header and footer: the line it prints in the page's top and bottom
margins, apart from the page it printed. It holds the page's title, its address, the moment of
printing and a page counter, in two or three pieces spread over the width:
"14/03/2025 10:05 | Ma facture - Espace Client", "Rechnung RH-2025-018834 | Röstwerk Hanse |
https://www.roestwerk-hanse.de/...", "Seite 1 von 2 | 05.02.25, 21:17",
"https://shop.example.it/account/ordini/IT-77215/fattura | 1/1". It is page furniture: the
title names the site or the shop, never the seller's legal name, and the time stamp is no
invoice date. Party names and header fields are read from the page without it."""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# An address the browser printed whole, with its scheme (a letterhead's "www.acme.de" has none).
_ADDRESS = re.compile(r"^(?:https?|file)://\S+$", re.IGNORECASE)
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?"
# The moment of printing: a date and a clock time, in the browser's locale ("3/14/25, 9:41 AM",
# "12.03.25, 16:48", "14-03-2025 08:47", "7 mar 2025, 11:48", "Mar 7, 2025, 11:48 AM").
_STAMP = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s\d{4}"
    rf"|[^\W\d_]{{3,9}}\.?\s\d{{1,2}},?\s\d{{4}}),?\s+{_CLOCK}$",
    re.IGNORECASE,
)
# The page counter: "1/2", "Page 1 of 2", "Seite 1 von 2", "Pagina 1 di 1", "Página 1 de 1".
_COUNTER = re.compile(
    r"^(?:(?:page|seite|pagina|página|pág\.?|pag\.?|strona|pagina)\s+)?\d{1,3}\s*"
    r"(?:/|of|von|di|de|sur|van|z)\s*\d{1,3}$",
    re.IGNORECASE,
)
# How near the page's edge the line prints, as a share of the page's height.
_MARGIN = 0.05


def _is_mark(text: str) -> bool:
    return bool(_ADDRESS.match(text) or _STAMP.match(text) or _COUNTER.match(text))


def _printed_by_browser(line: Line, neighbour: Line | None) -> bool:
    """Whether the line is the browser's: two or three pieces, one of them its address or its
    time stamp, each other one a counter or the page's title; set apart from the page's text."""
    cells = [cell.text.strip() for cell in line.cells]
    if not 2 <= len(cells) <= 3:
        return False
    if not any(_ADDRESS.match(text) or _STAMP.match(text) for text in cells):
        return False
    if sum(not _is_mark(text) for text in cells) > 1:
        return False  # one title at most beside the marks
    if neighbour is None:
        return True
    gap = max(neighbour.y0 - line.y1, line.y0 - neighbour.y1)
    return gap >= line.height


def browser_margin_lines(lines: list[Line], height: float) -> list[Line]:
    """The browser's header and footer lines among one page's lines (top to bottom)."""
    if len(lines) < 2 or height <= 0:
        return []
    found = []
    first, last = lines[0], lines[-1]
    if first.y1 <= height * _MARGIN and _printed_by_browser(first, lines[1]):
        found.append(first)
    if last.y0 >= height * (1 - _MARGIN) and _printed_by_browser(last, lines[-2]):
        found.append(last)
    return found
