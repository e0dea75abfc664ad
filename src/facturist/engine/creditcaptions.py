"""A credit note's amount column captioned by what it credits.

Credit notes head their line amounts with the credit itself, not "Amount" or "Total":

    Item                                     Qty     Price    Credit (ex VAT)
    Returned: cordless jigsaw, unopened        1     84.17              84.17

With no amount caption read, the rightmost caption naming the credit, right of the count or
price captions, heads the line amounts. A ledger's "Debit | Credit" (tableledger.py) names
its charges first, so it never gets here.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# en "Credit", "Credited", "Credit amount", "Amount credited", de "Gutschrift",
# "Gutschriftsbetrag", fr "Avoir", "Montant avoir", nl "Creditbedrag", es/pt "Abono".
_CREDIT = re.compile(
    r"^(?:credit|credited|credit amount|credit value|amount credited|gutschrift"
    r"|gutschriftsbetrag|avoir|montant (?:de l')?avoir|creditbedrag|abono)$",
    re.IGNORECASE,
)
# What follows the word in its cell: "(ex VAT)", "(£)", "£", "EUR", "netto".
_TAIL = re.compile(
    r"\s*(?:\(.*\)?|€|\$|£|eur|gbp|usd|chf|netto|net|ex vat|excl\.? vat)$", re.IGNORECASE
)


def credit_amount_column(found: dict[str, list[Word]], group: list[Line]) -> None:
    """With no amount caption read, a credit caption as the header's last cell, right of
    the count's, price's or description's caption, heads the line amounts (set in `found`):
    a rent credit prints no count nor price ("Pos. | Bezeichnung | Zeitraum | Monatsbetrag
    | Gutschrift netto", each month's rent credited for some of its days)."""
    if "amount" in found or not ({"quantity", "unit_price", "description"} & found.keys()):
        return
    cells = [cell for member in group for cell in member.cells]
    if not cells:
        return
    last = max(cells, key=lambda cell: cell.x1)
    named_right = max(max(w.box.x1 for w in words) for words in found.values())
    if last.x0 > named_right and _CREDIT.match(_TAIL.sub("", last.text).strip(".:")):
        found["amount"] = list(last.words)


def names_credit(words: list[Word]) -> bool:
    """Whether an amount caption names the credit ("Gutschrift netto", "Credit (ex VAT)"):
    a credit note's line amounts, beside their description with no count nor price."""
    text = " ".join(word.text for word in words)
    return _CREDIT.match(_TAIL.sub("", text).strip(".:")) is not None
