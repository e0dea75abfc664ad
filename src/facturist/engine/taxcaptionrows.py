"""A VAT summary's captions under the item table, beside the totals block:

    Consegna e manutenzione allestimenti      4   15,00   60,00   22
    Aliquota | Natura | Imponibile | Imposta       Imponibile   1.036,00
    10,00 | beni/servizi | 856,00 | 85,60          IVA            125,20

Invoices print a small boxed tax summary (rate, nature or category, taxable base, tax) left of
the totals, on the same lines. The line holds a figure (the totals block's), so it reads as
no bare grid header, and its captions as no sum's; taken as the last item's wrapped text, the
item would swallow the captions and the summary's rows. Its lead cells, before the first
figure, naming the rate, the base and the tax of a tax summary (in any language) end the
table: neither they nor the rows under them are item text.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# The captions of a tax summary's columns, each a cell of its own, as invoices print them in
# Italian, German, English, French, Spanish, Dutch and Polish.
_CAPTIONS = {
    "rate": re.compile(
        r"^(?:aliquota(?: iva)?|aliq|(?:steuer|ust-?|mwst-?|prozent)?satz|(?:tax |vat )?rate"
        r"|taux(?: de)?(?: tva)?|tasa|tipo(?: iva)?|(?:btw-?)?tarief|stawka(?: vat)?|%"
        r"|(?:iva|vat|mwst|ust|tva|btw|tax) ?%|% ?(?:iva|vat|mwst|ust|tva|btw))$"
    ),
    "base": re.compile(
        r"^(?:imponibile|imponible|base(?: ht| imponible| imponibile)?|montant ht|netto|net|nett"
        r"|ht|basis(?:betrag)?|bemessungsgrundlage|steuerbasis|grondslag|maatstaf"
        r"|(?:taxable|base|basis|net) amount|taxable(?: base)?|tax base|nettobetrag"
        r"|podstawa(?: opodatkowania)?|warto[śs][ćc] netto)$"
    ),
    "tax": re.compile(
        r"^(?:imposta|iva|cuota(?: iva)?|importe iva|mwst|ust|umsatzsteuer|steuer(?:betrag)?"
        r"|(?:ust|mwst)-?betrag|vat|tax|(?:tax|vat) amount|tva|montant(?: de la)? tva"
        r"|montant taxe|btw(?:-?bedrag)?|kwota vat|vat-?kwota)$"
    ),
    "category": re.compile(
        r"^(?:natura|codice|cod|code|(?:steuer|ust-|mwst-)?kategorie|(?:tax |vat )?category"
        r"|cat[ée]gorie(?: tva)?|categor[íi]a|(?:btw-)?categorie|kategoria|descrizione)$"
    ),
}

_STRIP = ".:() "


def _kind(text: str) -> str | None:
    """The tax summary column a cell's caption names, or None."""
    caption = text.strip(_STRIP).lower()
    return next((kind for kind, found in _CAPTIONS.items() if found.match(caption)), None)


def tax_captions_lead(line: Line) -> bool:
    """Whether the line opens with a tax summary's captions ("Aliquota | Natura | Imponibile |
    Imposta"), whatever stands right of them (a totals caption and its figure): three cells
    or more in a row from the line's start, naming the base, the tax and the rate or
    category."""
    if len(line.cells) < 3 or any(ch.isdigit() for ch in line.cells[0].text):
        return False
    named: list[str] = []
    for cell in line.cells:
        kind = _kind(cell.text)
        if kind is None:
            break  # a figure, or the totals' caption beside the summary ("Imponibile" too)
        named.append(kind)
    kinds = set(named)
    return len(named) >= 3 and {"base", "tax"} <= kinds and bool(kinds & {"rate", "category"})
