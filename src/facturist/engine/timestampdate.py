"""The issue date a till receipt prints only as its sale's time stamp: a date and a clock time.

Tills print the moment of the sale with no caption, beside the till and the operator:
"09/01/2024  11:05  TILL 1  OP: KATE". Where no date caption gave the document a date, a
date opening its cell and followed at once by a clock time is that moment, so the issue
date. Its day and month order is left to the document's hints (dateorder.resolve_dates:
"£", a VAT number, a postcode), the value marked ambiguous where both orders read.

A time stamp that says it is another moment ("Printed", "Reprint", "Expiry", "Delivery",
"Entry" / "Exit" of a car park, "Due", "Valid until") is passed over, as is one whose words
before it close with a caption ("Sent: 09/01/2024 11:05").
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.dateread import read_date
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# A clock time: "11:05", "11:05:33", "9:05PM", "11:05 Uhr" (the unit is a word of its own).
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# A numeric date as one word: "09/01/2024", "23-03-2024", "09.01.24", "2024-01-09".
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}$")
# Another moment than the sale's, anywhere on the line.
_OTHER_MOMENT = re.compile(
    r"\b(?:re-?print(?:ed)?|printed|duplicate|expir\w*|exp|valid|until|due|deliver\w*"
    r"|entry|exit|arrival|departure|check[\s-]?in|sent|received|generated|created"
    r"|gedruckt|erstellt|g[üu]ltig|f[äa]llig|liefer\w*|einfahrt|ausfahrt|imprim[ée]e?"
    r"|valable|[ée]ch[ée]ance|livraison|entr[ée]e|sortie|geldig|vervaldatum|levering"
    r"|inrit|uitrit|scadenza|consegna|ingresso|uscita|vencimiento|entrega|entrada|salida)\b",
    re.IGNORECASE,
)
# The first lines searched: the sale's stamp heads or closes a receipt of a page or so.
_REACH = 80


def timestamp_date(lines: list[Line]) -> Value | None:
    """The date of the first uncaptioned "date  time" stamp on the document's first page."""
    if not lines:
        return None
    first = lines[0].page
    for line in lines[:_REACH]:
        if line.page != first:
            break
        if ":" not in line.text or _OTHER_MOMENT.search(line.text):
            continue  # cheap filter first: every clock time holds a colon
        for cell in line.cells:
            dated = _stamp(cell.words, line.words)
            if dated is not None:
                return replace(dated, confidence=min(dated.confidence, 0.8))
    return None


def _stamp(cell: list[Word], words: list[Word]) -> Value | None:
    """The date opening `cell` when the line's next word is a clock time."""
    opening = cell[0]
    if not _NUMERIC_DATE.match(opening.text):
        return None
    at = next(i for i, word in enumerate(words) if word is opening)
    if at + 1 >= len(words) or not _CLOCK.match(words[at + 1].text):
        return None
    if at > 0 and words[at - 1].text.endswith(":"):
        return None  # "Sent: | 09/01/2024 11:05": a caption's value, read where captions are
    return read_date([opening])
