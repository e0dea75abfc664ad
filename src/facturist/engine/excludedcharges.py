"""Amounts an Italian invoice keeps out of the VAT base under art. 15 DPR 633/72: deposits on
returnable kegs, a tourist tax collected for the town, costs advanced in the client's name.
Its totals block prints them on a line of their own beside the VAT lines,

    Totale imponibile        2.220,63
    Totale IVA                 404,98
    Esclusi art. 15             60,00
    TOTALE FATTURA €         2.685,61

and the printed total holds them besides net + tax: the tax is still the "Totale IVA", not
the total less the net (totals._beside_untaxed adds these charges to net + tax). The figure
read is the first amount after the caption, as a recap's row ("Escluso art. 15 DPR 633/72 |
60,00 | 0,00 | TOTALE FATTURA € | 2.685,61") may run on into the totals' column."""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.labelvalues import words_after
from facturist.engine.layout import Line
from facturist.engine.model import Value

EXCLUDED_KEY = "excluded_charge"

# "Esclusi art. 15", "Escluso ex art. 15", "Escl. art. 15", "Importi esclusi ex art.15",
# "Esclusa da IVA ex art. 15": the caption, up to the article's number.
_EXCLUDED = re.compile(
    r"\bescl(?:us[oaie]|\.)?\s+(?:(?:da|dall'|dalla\s+base)\s*(?:iva|imponibile)?\s+)?"
    r"(?:ex\s+)?art\.?\s*15\b(?:[\s,]*(?:d\.?\s?p\.?\s?r\.?|comma\s+\d)\s*(?:\d{3}/\d{2,4})?)?",
    re.IGNORECASE,
)


def excluded_charges(lines: list[Line]) -> list[Value]:
    """The figures right after each caption of an amount excluded under art. 15."""
    found: list[Value] = []
    for line in lines:
        if "15" not in line.text:
            continue
        match = _EXCLUDED.search(line.text)
        if match is None:
            continue
        value = read_amount(words_after(line, match.end())[:2], last=False)
        if value is not None and isinstance(value.value, float) and value.value > 0:
            found.append(value)
    return found
