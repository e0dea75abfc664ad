"""A rare currency code that opens a name: "AMD Arbeitsmedizin Rhein-Neckar GmbH" (a
company's initials, no Armenian dram), "CRC Porto". A name goes on in title-case words;
money closes its phrase, or stands after a figure with its decimals ("1.250,00 AMD").

Lines joined into one text may set the last figure of one line before the code that opens
the next ("Bestell-Nr. 4500-2217 AMD Arbeitsmedizin"): a whole number, an order's or a
document's, is no amount the code signs. A figure with decimals keeps it money, unless
the name runs on in a second capitalised word ("1.278,06 AMD Arbeitsmedizin Rhein-Neckar
GmbH": a footer after the last total), which money's phrase never does.
"""

from __future__ import annotations

import re

# A title-case word of three letters or more after the code ("Arbeitsmedizin", "Porto"),
# none of money's own captions ("AED Total", "QAR Betrag").
_TITLE_WORD = re.compile(
    r"[ \u00a0]+(?!(?:Total|Summe|Betrag|Gesamt|Amount|Montant|Importe|Importo|Bedrag|Totaal"
    r"|Netto|Brutto|Net|Gross|Due|Only|Vat|Tax)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}"
)
# A second capitalised word ("Rhein-Neckar", "GmbH") right after the first.
_SECOND_WORD = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w-]*[a-zß-öø-ÿ]")
# An amount with its decimals just before the code ("1.250,00 AMD", "99.50 AMD").
_DECIMALS_BEFORE = re.compile(r"\d[.,]\d{2}[ \u00a0]*$")


def opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether the code at text[start:end] runs on into a title-case word, no figure with
    decimals before it or a second capitalised word after."""
    word = _TITLE_WORD.match(text, end)
    if word is None:
        return False
    if not _DECIMALS_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    return _SECOND_WORD.match(text, word.end()) is not None
