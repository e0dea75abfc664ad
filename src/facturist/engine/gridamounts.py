"""The amount a grid column's caption names: net, tax or total, with its label rank.

A VAT breakdown or totals grid prints short captions over its columns ("Netto | MwSt |
Brutto", "HT | TVA | TTC", "Base | Cuota"); some of them name an amount only as a column
caption, never in running text. Split out of totalgrid.py, which reads the grids.
"""

from __future__ import annotations

import re
from functools import lru_cache

from facturist.engine.inclusivecaptions import inclusive_caption
from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell

GRID_KEYS = ("net_amount", "tax_amount", "total_amount")
# Per field, the strings one of which each of its captions holds: a cell without any skips
# the caption scan, which `caption_key` runs on most cells of every page (labelfilter.py).
_NEEDED = {key: needed_strings(LABELS_BY_RANK[key]) for key in GRID_KEYS}
# A rate inside a caption ("USt. 19 %", "MVA 25%"): the column holds the tax at that rate.
RATED = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s*%")
# A rate column's caption ("VAT rate", "MwSt-Satz", "Taux TVA"; cs "Sazba DPH", sk "Sadzba
# DPH", hu "ÁFA kulcs", ro "Cota TVA", hr "Stopa PDV-a", sl "Stopnja DDV"): its figures are
# no amounts, though the tax's name in the caption would claim the tax column.
_RATE_CAPTION = re.compile(
    r"\b(?:rate|satz|taux|tasa|tipo|aliquota|tarief|stawka|sats|percentage"
    r"|sazba|sadzba|kulcs|cota|stopa|stopnja)\b|steuersatz",
    re.IGNORECASE,
)
# A caption that names the net only as a grid column: in running text "Base" is a word. The
# VAT recap tables of central and eastern Europe print "Základ" (cs/sk), "Nettó (érték)"
# (hu), "Baza (impozabilă)" (ro) over the base of each rate.
_BASE_CAPTION = re.compile(
    r"^(?:base|basis|grondslag|imponible|z[áa]klad|nett[óo](?: [ée]rt[ée]k)?"
    r"|baza(?: impozabil[ăa])?)$",
    re.IGNORECASE,
)
# The currency a column's figures are in, after the caption ("v Kč", "ve CZK", "w PLN",
# "in EUR", "en EUR", "em R$"), or bracketed after it ("Cuota (€)", "Base imponible (EUR)").
_CURRENCIES = r"k[čc]|czk|pln|z[łl]|eur|€|usd|\$|r\$|chf|gbp|£|huf|ft|ron|lei|sek|nok|dkk|kr|brl"
_IN_CURRENCY = re.compile(
    rf"(?:\s+(?:v|ve|w|we|in|en|em|na)\s+(?:{_CURRENCIES})\.?|\s*\((?:{_CURRENCIES})\))$",
    re.IGNORECASE,
)
# The tax column of a Nordic VAT breakdown ("Veroton | Vero | Verollinen").
_TAX_CAPTION = re.compile(r"^(?:vero|verot)$", re.IGNORECASE)
# The base a rate applies to, after charges and discounts: the net, over "Warenwert".
_TAX_BASE_CAPTION = re.compile(r"^(?:steuer)?basisbetrag$", re.IGNORECASE)
# A caption that names the gross only as a grid column ("HT | TVA | TTC"); Swedish "Summa"
# (sum) beside "Netto | Moms 25 %": the grid's arithmetic (net + tax) confirms it.
_GROSS_CAPTION = re.compile(
    r"^(?:ttc|gross|brutto|bruto|lordo|bruttobetrag|verollinen|s dph|brutt[óo](?: [ée]rt[ée]k)?"
    r"|summa)$",
    re.IGNORECASE,
)


def without_currency(caption: str) -> str:
    """The caption less the currency its column is in ("Cuota (€)" -> "Cuota")."""
    return _IN_CURRENCY.sub("", caption)


def caption_key(cell: Cell) -> tuple[str, int] | None:
    """The amount field a short caption names, with its label rank."""
    return _caption_key(cell.text)


# A pure function of the caption's text, asked of most cells of every page and again of the
# same cells by several grid rules (totalgrid, boxedfigures, itemcolumnsums): remembered per
# text, bounded; the answer is an immutable tuple, so a shared one cannot be changed.
@lru_cache(maxsize=8192)
def _caption_key(caption: str) -> tuple[str, int] | None:
    # "Celkem s DPH v Kč", "Kwota VAT w PLN": the currency the column is in names no field.
    text = without_currency(caption)
    # The rate a caption names ("Base imponible 21 %", "Cuota IVA 21 %") is no word of it: a
    # sentence is told by its words, and the rate would make a short caption pass for one.
    long = len(RATED.sub("", text).split()) > 3 and not _whole_total(text)
    if "%" in RATED.sub("", text) or long or _RATE_CAPTION.search(text):
        return None  # a rate column ("MwSt-%", "%IVA"), or a sentence rather than a caption
    inclusive = inclusive_caption(text)  # "Excl. | BTW | Incl." (inclusivecaptions.py)
    if inclusive is not None:
        return inclusive
    if _BASE_CAPTION.match(text):
        return "net_amount", 1  # "Base" over the net column of a VAT breakdown
    if _TAX_BASE_CAPTION.match(text):
        return "net_amount", 0
    if _TAX_CAPTION.match(text):
        return "tax_amount", 1
    if _GROSS_CAPTION.match(text):
        return "total_amount", 1
    best: tuple[str, int] | None = None
    lowered = folded(text)
    for key in GRID_KEYS:
        if not may_hold(_NEEDED[key], lowered):
            continue  # no caption of the key can match (labelfilter.py)
        match = LABELS_BY_RANK[key].search(text)
        if match is None:
            continue
        rank = int(str(match.lastgroup)[1:])
        if key == "tax_amount" and match.start() == 0:
            # The tax's name first: the column sums the tax ("VAT subtotal", "MwSt-Summe").
            return key, rank
        if best is None or rank < best[1]:
            best = (key, rank)
    return best


def _whole_total(text: str) -> bool:
    """A caption of more words that is all one specific total's label ("Totale nota di
    credito", "Total de la note de crédit"): a caption still, no sentence."""
    match = LABELS_BY_RANK["total_amount"].fullmatch(text.strip())
    return match is not None and match.lastgroup == "r0"
