"""Commission statements: a principal's account of what its sales agent earned (de
"Provisionsabrechnung", en "commission statement", fr "relevé de commissions"), often a
self-billed invoice (selfbilling.py).

Its table bills one row per customer: "Kd.-Nr. | Kunde | Umsatz netto | Satz | Provision",
"Customer | Sales | Rate | Commission". The customer's column is the row's text, the
commission the row's amount; the rate ("5,0 %") is the share of the customer's turnover, no
price of one, and the turnover no count.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# The commission's caption heading the amounts: de "Provision", en/fr "Commission", es
# "Comisión", it "Provvigione", nl "Provisie", pl "Prowizja", pt "Comissão".
COMMISSION_WORDS = (
    r"provision|commissions?|comisi[óo]n|provvigion[ei]|provisie|prowizja|comiss[ãa]o"
)
_COMMISSION = re.compile(rf"^(?:{COMMISSION_WORDS})\b", re.IGNORECASE)
# The customer's caption heading the rows' text.
_CUSTOMER = re.compile(
    r"^(?:kunde|kunden|kundenname|customer|customer name|client|cliente|klant|klient"
    r"|kontrahent)$",
    re.IGNORECASE,
)
# The commission's rate, read as a unit price's caption ("Satz", "Rate", "Taux", "%").
_RATE = re.compile(
    r"^(?:(?:provisions)?satz|rate|commission rate|taux|tasa|tasso|aliquota|stawka|%)$",
    re.IGNORECASE,
)


def _commission(found: dict[str, list[Word]]) -> bool:
    amount = found.get("amount", [])
    return bool(amount) and _COMMISSION.match(amount[0].text) is not None


def commission_columns(found: dict[str, list[Word]], group: list[Line]) -> bool:
    """Whether a header (`found`, its lines `group`) with a commission's amount and no text or
    count caption heads a customer's column: that caption is made the text's."""
    if "description" in found or "quantity" in found or not _commission(found):
        return False
    for line in group:
        for cell in line.cells:
            if _CUSTOMER.match(cell.text.strip(" .:")):
                found["description"] = list(cell.words)
                return True
    return False


def commission_rate(found: dict[str, list[Word]]) -> list[tuple[float, float]]:
    """The rate's caption beside a commission's: it leaves the captions, its x-span returned
    as a column of no item field."""
    caption = found.get("unit_price", [])
    text = " ".join(w.text for w in caption).strip(" .:")
    if not caption or "quantity" in found or not _commission(found) or not _RATE.match(text):
        return []
    del found["unit_price"]
    return [(min(w.box.x0 for w in caption), max(w.box.x1 for w in caption))]
