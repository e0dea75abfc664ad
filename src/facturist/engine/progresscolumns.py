"""A progress invoice's table of works (Abschlagsrechnung nach Baufortschritt): each title's
contract sum, how far it is done and the work done so far ("Titel | Bezeichnung |
Auftragssumme netto € | Fertigstellung | Leistungsstand netto €"). It bills no count nor
unit price; the description and the amount of the work done make it an item table.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# The caption of the completion or the work done so far: de "Leistungsstand", "Stand",
# "Fertigstellung(sgrad)", "Baufortschritt", "Bautenstand"; en "% complete", "% compl.".
_PROGRESS = re.compile(
    r"(?:\b(?:leistungsstand|fertigstellung(?:sgrad)?|baufortschritt|bautenstand"
    # en "Progress"; de "Stand" beside the stage's fee ("Honorar LPh € | Stand | erbracht €").
    r"|percent complete|progress|stand|avancement)|%\s?complete|%\s?cumul[ée]?)\b"
    # Abridged "% compl.", "% comp." beside a stage fee: the share of the stage done; French
    # "Avanc." (avancement) over "cumulé" in a "situation de travaux".
    r"|%\s?compl?\.|\bavanc\.",
    re.IGNORECASE,
)


def names_progress(group: list[Line]) -> bool:
    """The header's lines caption the work's progress."""
    return any(_PROGRESS.search(line.text) for line in group)


def progress_caption(found: dict[str, list[Word]]) -> list[tuple[float, float]]:
    """ "% complete" read as a tax rate's caption: how far each work is done, no VAT rate.
    Its column leaves the captions (its figures are no item's rate) and its x-span is
    returned, a column of no item field whose cells are no part of the name."""
    caption = found.get("vat_rate", [])
    # A bare "%" beside the period's amount: the share of the work done ("% (G ÷ C)").
    done = [w.text for w in caption] == ["%"] and _bills_period(found.get("amount", []))
    if not caption or not (done or _PROGRESS.search(" ".join(w.text for w in caption))):
        return []
    del found["vat_rate"]
    return [(min(w.box.x0 for w in caption), max(w.box.x1 for w in caption))]


def progress_figures(
    group: list[Line], amounts: list[list[Word]], amount: list[Word]
) -> list[tuple[float, float]]:
    """The x-spans of a progress table's amount captions besides the row's amount ("Stage
    fee | % compl. | Fee to date | Prev. invoiced | This invoice"): each heads figures (the
    stage's whole fee, the fee earned so far), no part of the row's name."""
    if not names_progress(group):
        return []
    # A caption stacked over or under the amount's ("Leistungsstand" over "netto €") names
    # the amount's own column.
    left = min(w.box.x0 for w in amount)
    return [
        (min(w.box.x0 for w in words), max(w.box.x1 for w in words))
        for words in amounts
        if max(w.box.x1 for w in words) < left
    ]


# The column of what this claim bills for the period (an AIA G703 continuation sheet's
# "This period" between "From previous application" and "Total completed and stored to
# date"; "This invoice", "This application"; a French "situation de travaux"'s "Montant de la
# situation HT" beside "Situations précédentes"): the row's amount, wherever the work to date,
# the balance to finish or the retainage stand right of it.
_THIS_PERIOD = re.compile(
    r"^(?:this\s+(?:invoice|claim|period|application|billing)"
    r"|montant\s+de\s+la\s+(?:pr[ée]sente\s+)?situation(?:\s+(?:ht|h\.t\.|€|eur))*)$",
    re.IGNORECASE,
)


def _bills_period(caption: list[Word]) -> bool:
    return _THIS_PERIOD.match(" ".join(w.text for w in caption)) is not None


def _with_stacked(caption: list[Word], group: list[Line]) -> list[Word]:
    """The caption with the header's words wrapped under it ("Montant de la" over "situation
    HT"): those of the later header lines within its x-span."""
    x0, x1 = min(w.box.x0 for w in caption), max(w.box.x1 for w in caption)
    bottom = max(w.box.y1 for w in caption)
    under = [
        w
        for line in group
        for w in line.words
        if w.box.y0 >= bottom - 1 and w.box.x0 < x1 and w.box.x1 > x0 and w not in caption
    ]
    return caption + under


def this_period_amount(
    found: dict[str, list[Word]], amounts: list[list[Word]], group: list[Line]
) -> None:
    """The one "This period" caption among the amounts' names the row's amount, in a table
    billing no count nor unit price."""
    this = [
        words
        for words in amounts
        # "This period" alone over its column letter ("E"), or wrapped onto the next line.
        if _bills_period(words) or _bills_period(_with_stacked(words, group))
    ]
    if len(this) == 1 and "quantity" not in found and "unit_price" not in found:
        found["amount"] = this[0]
