"""The euro named in a word beside a sum: "TOTALE FATTURA EURO 1.091,00", "1.091,00 euros",
"Importo Euro". Fax and typewriter-style invoices print their amounts bare and name the
currency once, in full, on the total's line; the word is no ISO code and no sign, so the
code and symbol scans miss it.

Only beside a money figure (two decimals) or right after a sum's caption: "Euro 6" (an
engine's emission class), "Euro Service S.r.l." or "EURO-PALETTE" name no currency.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?<![^\W\d_])euros?(?![^\W\d_]|-\w)", re.IGNORECASE)
# A money figure: thousands grouped perhaps, two decimals ("1.091,00", "1 091.00", "91,00").
_MONEY_AFTER = re.compile(r"[\s:|]*[-+]?\d{1,3}(?:[.,' \u00a0]?\d{3})*[.,]\d{2}(?!\d)")
_MONEY_BEFORE = re.compile(r"\d[.,]\d{2}[\s:|]*$")
# A sum's caption right before the word ("Totale Euro", "Importo in Euro:", "Total euros").
_SUM_CAPTION = re.compile(
    r"\b(?:total\w*|totaal|importo|importe|montant|bedrag|betrag|summe|suma|razem|saldo)"
    r"[\s:|]*$",
    re.IGNORECASE,
)


def euro_beside_sums(text: str) -> list[int]:
    """Where the text names the euro in a word beside a money figure or a sum's caption."""
    found: list[int] = []
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if (
            _MONEY_AFTER.match(text, match.end())
            or _MONEY_BEFORE.search(before)
            or _SUM_CAPTION.search(before)
        ):
            found.append(match.start())
    return found
