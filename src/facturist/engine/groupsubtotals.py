"""A group's subtotal inside an item table: "Subtotal Lighting | 2,034.00" under the rows
that a group title ("Lighting") heads, "Zwischensumme Elektro", "Sous-total Peinture",
"Summe Titel 02".

Wholesalers and contractors group their items by product family or work section and close
each group with its sum, the group's name in the caption. Such a sum is one group's: no
document net (the goods' total is printed under the last group) and, once the net is read
elsewhere, no tax either (net + tax = total would otherwise pair the last group's sum with the
rest). A subtotal is a group's when its caption names one: the name stands as a title of its
own above it on the page, or other subtotals on the document name other groups. A caption
qualifying the document's subtotal ("Subtotal excl. VAT", "Zwischensumme netto", "Subtotal
EUR") names no group.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# The caption of a subtotal opening its text, then the words after it up to the figure.
_SUBTOTAL = re.compile(
    r"^\W*(?:sub[\s\-]?total|zwischensumme|sous[\s\-]total|subtotale|subtotaal|totale parziale)"
    r"\s+(?P<tail>.+)$",
    re.IGNORECASE,
)
# Captions that name a group outright: "Summe Titel 2", "Summe der Gruppe 3", "Titelsumme",
# "Group total", as tendered (grouped) invoices print under each section.
_NAMED_GROUP = re.compile(
    r"^\W*(?:summe\s+(?:der\s+)?(?:gruppe|titel|los|abschnitt|kapitel)\s+\S"
    r"|gruppensumme|titelsumme|group\s+(?:sub)?total\b)",
    re.IGNORECASE,
)
# The figure ending the caption's words: "2,034.00", "€ 1.234,56", "-10.95 EUR".
_FIGURE = re.compile(
    r"\s*(?::\s*)?(?:[€$£]|eur|usd|gbp|chf)?\s*[-−]?\s*[€$£]?\s*\d[\d.,'\u00a0\u202f ]*"
    r"(?:[.,]\d{2})?\s*(?:[€$£]|eur|usd|gbp|chf)?\s*$",
    re.IGNORECASE,
)
# Words qualifying the document's subtotal rather than naming a group.
_QUALIFIER = re.compile(
    r"\b(?:net|netto|nett|excl|exkl|excluding|exclusive|ex|hors|ht|ohne|zzgl|before|vor|avant"
    r"|antes|prima|after|nach|apr[èe]s|incl|inkl|including|inclusive|ttc|vat|mwst|ust|tva|iva"
    r"|btw|gst|tax|taxes|steuer|eur|usd|gbp|chf|amount|betrag|montant|importe|importo|all|alle"
    r"|total|gesamt|brutto|gross|items?|positionen|articles?|lines?|page|seite|übertrag"
    r"|carried|brought|forward|report|discount|rabatt|remise)\b|[€$£%(]",
    re.IGNORECASE,
)
# How many lines above a subtotal its group's title may stand.
_TITLE_REACH = 40


def group_subtotal(lines: list[Line], index: int, text: str, start: int) -> bool:
    """Whether the subtotal caption at text[start:] on lines[index] closes one group of
    items (see the module's docstring), no sum of the whole document."""
    if _NAMED_GROUP.match(text):
        return True
    caption = text[start:]
    if text[:start].strip():
        return False  # "Net subtotal", "Total subtotal": the caption does not open the line
    name = _group_name(caption)
    if name is None:
        return False
    return _titled_above(lines, index, name) or _other_groups(lines, index, name)


def _group_name(caption: str) -> str | None:
    """The words a subtotal's caption names after "Subtotal", when they name a group."""
    match = _SUBTOTAL.match(caption)
    if match is None:
        return None
    name = _FIGURE.sub("", match.group("tail")).strip(" :–-")
    if len(name) < 3 or not any(ch.isalpha() for ch in name) or _QUALIFIER.search(name):
        return None
    return name.casefold()


def _titled_above(lines: list[Line], index: int, name: str) -> bool:
    """A line of its own above, on the same page, reads the group's name: its title."""
    page = lines[index].page
    for line in reversed(lines[max(0, index - _TITLE_REACH) : index]):
        if line.page != page:
            return False
        title = line.cells[0].text if line.cells else line.text
        if title.strip(" :").casefold() == name and len(line.cells) <= 1:
            return True
    return False


def _other_groups(lines: list[Line], index: int, name: str) -> bool:
    """Another subtotal on the document names another group."""
    for at, line in enumerate(lines):
        if at == index:
            continue
        other = _group_name(line.text)
        if other is not None and other != name:
            return True
    return False
