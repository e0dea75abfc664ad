"""Charges billed in foreign money and converted, each row printing both amounts and the rate.

Forwarders and shipping agents bill ocean freight in dollars and port charges in euros, and
print each charge's currency, its amount in that currency, the rate of exchange and the
amount converted into the invoice's money::

    Code | Description          | Curr. | Amount   | ROE     | Amount EUR | VAT
    OFR  | Ocean freight ...    | USD   | 2,150.00 | 0.92234 |   1,983.03 | 0%
    THD  | Terminal handling    | EUR   |   265.00 | 1.00000 |     265.00 | 0%

The header names no count and no price, and two amounts, so the usual reading takes it for
no item table. A currency caption and an exchange rate's caption between the two amounts say
what it is: the rightmost amount, right of the rate, is the line amount; the currency, the
foreign amount and the rate are information (a "Rate" read as the unit price and an "Amount"
left of it read as the count are no figures of the item).
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# The currency's caption: en "Curr.", "Currency", "Cur.", de "Währung", "Whg.", nl/it
# "Valuta", "Val.", fr "Devise", es "Moneda", "Divisa".
_CURRENCY = re.compile(
    r"^(?:curr?\.?|currency|cy|ccy|w[äa]hrung|whg\.?|valuta|val\.|devise|monnaie|moneda|divisa)$",
    re.IGNORECASE,
)
# The exchange rate's caption: "ROE" (rate of exchange), "Rate", "Ex. rate", "Exch. rate",
# "Exchange rate", de "Kurs", "Wechselkurs", "Umrechnungskurs", nl "Koers", "Wisselkoers",
# fr "Taux", "Cours", "Taux de change", es/it "Cambio", "Tipo de cambio", "Tasso".
_RATE = re.compile(
    r"^(?:roe|r\.o\.e\.?|rate(?: of exchange)?|ex(?:ch?)?\.? ?rate|exchange rate|fx(?: rate)?"
    r"|(?:wechsel|umrechnungs)?kurs|(?:wissel)?koers|taux(?: de change)?|cours|cambio"
    r"|tipo de cambio|tasso(?: di cambio)?)$",
    re.IGNORECASE,
)
# The converted amounts' column captioned by the invoice's currency alone ("Koers | EUR").
_HOME = re.compile(
    r"^\(?(?:€|£|\$|eur|usd|gbp|chf|pln|czk|huf|ron|sek|nok|dkk|bgn|jpy|cny|aud|cad"
    r"|nzd|sgd|hkd|inr|zar|try|aed)\)?$",
    re.IGNORECASE,
)


def converted_charges(
    found: dict[str, list[Word]], group: list[Line], amounts: list[list[Word]]
) -> bool:
    """Whether the header heads converted charges (a currency's and a rate's caption, an
    amount left of the rate and one right of it); if so, the rightmost amount becomes the
    line amount and a count or price read from the foreign amount or the rate is dropped."""
    cells = [cell for line in group for cell in line.cells]
    if "description" not in found:
        # "Charge | Qty | ... | Amount": an amount's caption opening the header names the
        # charges, the amounts standing right of it.
        if len(amounts) < 2 or not cells or amounts[0][0] is not min(cells, key=_x0).words[0]:
            return False
        named, before = amounts[0], found.get("amount")
        amounts = amounts[1:]
        if before is named:
            found["amount"] = amounts[0]
        found["description"] = named
        if not _converted(found, cells, amounts):
            if before is not None:
                found["amount"] = before
            del found["description"]
            return False
        return True
    return _converted(found, cells, amounts)


def _x0(cell: Cell) -> float:
    return cell.x0


def _converted(found: dict[str, list[Word]], cells: list[Cell], amounts: list[list[Word]]) -> bool:
    currency = [c for c in cells if _CURRENCY.match(c.text.strip(" :"))]
    rates = [c for c in cells if _RATE.match(c.text.strip(" :"))]
    if currency and len(rates) > 1:
        # "Rate | Cur | Amount | ROE": a rate left of the currency is the price of one.
        rates = [c for c in rates if c.x0 > currency[0].x1]
    if not rates:
        return _dual_amounts(found, [w for c in cells for w in c.words], amounts)
    if not currency or len(rates) != 1:
        return False
    rate = rates[0]
    # "Val. | Bedrag | Koers | EUR": the home currency alone captions the converted amounts.
    home_cells = [c for c in cells if c.x0 >= rate.x1 and _HOME.match(c.text.strip())]
    if home_cells and not any(min(w.box.x0 for w in words) >= rate.x1 for words in amounts):
        amounts = [*amounts, list(min(home_cells, key=lambda c: c.x0).words)]
    if len(amounts) < 2:
        return False
    by_x = sorted(amounts, key=lambda words: min(w.box.x0 for w in words))
    home, foreign = by_x[-1], by_x[:-1]
    if min(w.box.x0 for w in home) < rate.x1 or max(w.box.x1 for w in foreign[0]) > rate.x0:
        return False
    found["amount"] = home
    for key in ("quantity", "unit_price"):
        words = found.get(key)
        if words and (
            any(words is other for other in foreign) or rate.x0 - 2 <= words[0].box.x0 < rate.x1
        ):
            del found[key]
    return True


def _dual_amounts(
    found: dict[str, list[Word]], words: list[Word], amounts: list[list[Word]]
) -> bool:
    """ "Valuta | Importo valuta | Importo EUR": a currency's caption word and two amounts,
    the right one naming its currency, with no rate between them: the amount in the named
    currency is the line's, the other the charge in its own money. So where the left one
    names another currency ("Importe USD | Importe EUR")."""
    if len(amounts) != 2 or "unit_price" in found or "quantity" in found:
        return False
    foreign, home = sorted(amounts, key=lambda ws: min(w.box.x0 for w in ws))
    named = {w.text.strip("()").upper() for w in home[1:] if _HOME.match(w.text)}
    if not named:
        return False
    own = {w.text.strip("()").upper() for w in foreign[1:] if _HOME.match(w.text)}
    captioned = {id(w) for ws in amounts for w in ws}
    if not (own and own.isdisjoint(named)) and not any(
        _CURRENCY.match(w.text) and id(w) not in captioned and w.box.x1 <= foreign[0].box.x0
        for w in words
    ):
        return False
    found["amount"] = home
    return True


def currency_caption_left(group: list[Line], description_x0: float) -> float | None:
    """Where the rows' currency caption ("Valuta", "Cur.") starts right of the description's:
    the codes under it are no part of the charges' names."""
    starts = [
        w.box.x0
        for line in group
        for w in line.words
        if w.box.x0 > description_x0 and _CURRENCY.match(w.text.strip(" :"))
    ]
    return min(starts, default=None)
