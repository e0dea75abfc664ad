"""A row captioned as a sum ("Erbrachte Leistungen gesamt netto", "Total services rendered",
"Montant total HT") whose amount is the sum of the rows above: the table's total, no item.

Interim invoices of architects, engineers and builders print, under the work done, its sum,
the earlier interim invoices deducted ("abzgl. 2. Abschlagsrechnung ... | -26.550,00"), the
claim net, its tax and the claim gross, all in the amounts column and with texts of their
own. A bare amount equal to the rows' sum may still be an item in a list of bare amounts
(tablerows.sums_rows ends the table there only under rows priced per unit); a caption naming
a sum or its net or gross settles it, and the rows under it are the totals block. Under
a later group of a grouped table, the group's own rows may add up to it (its sub-total).
"""

from __future__ import annotations

import re

from facturist.engine.itemrow import ItemRow
from facturist.engine.model import Value, Word

# Words of sums, also inside compounds ("Gesamtleistung", "Zwischensumme", "Subtotaal"):
# de, en, fr, es, it, nl, pl.
_SUM_PART = re.compile(r"gesamt|summe|total|totaal|somme|suma|razem", re.IGNORECASE)
# A sum said net or gross, as a word of its own ("... gesamt netto", "Montant HT").
_NET_OR_GROSS = re.compile(
    r"^(?:netto|brutto|net|gross|nett|ht|ttc|neto|bruto|lordo|excl\.?|incl\.?)$", re.IGNORECASE
)
_CENT = 0.011
# A short caption of a sum: "LINE TOTAL", "Goods total", "Summe" (at most this many words).
_SUM_CAPTION_WORDS = 3


def _counts_summed(description: list[Word]) -> bool:
    """A short caption naming a sum in a word of its own ("LINE TOTAL | 319 | 8,052.16",
    "Goods total | 27 | 522.11"): the figure under the count column is the counts' total
    (perhaps of some rows only: cases, no credits), no item's count."""
    return len(description) <= _SUM_CAPTION_WORDS and any(
        _SUM_PART.fullmatch(word.text.strip(".:")) for word in description
    )


def captioned_sum(
    figures: list[float], rows: list[ItemRow], description: list[Word], numbers: dict[str, Value]
) -> bool:
    """Whether a row with no count or price, captioned as a sum, totals the rows above (and
    `figures`, the amounts of the table's rows on earlier pages). A count beside it is the
    counts' total under a short sum caption."""
    amount = numbers.get("amount")
    if amount is None or not isinstance(amount.value, float) or not description:
        return False
    if "unit_price" in numbers or ("quantity" in numbers and not _counts_summed(description)):
        return False
    if not any(
        _SUM_PART.search(word.text) or _NET_OR_GROSS.match(word.text) for word in description
    ):
        return False
    above = [row.numbers["amount"].value for row in rows if "amount" in row.numbers]
    own = [value for value in above if isinstance(value, float)]
    summed = figures + own
    if len(summed) >= 2 and abs(sum(summed) - amount.value) <= _CENT:
        return True
    # A group's sum ("Shipment total" under a consignment's charges): the rows of its own
    # group only, read after the groups above it (`figures`); the table goes on below.
    return bool(figures) and len(own) >= 2 and abs(sum(own) - amount.value) <= _CENT
