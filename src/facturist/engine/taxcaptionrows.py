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
from facturist.engine.tableends import BREAKDOWN_CAPTIONS

# A boxed summary beside the totals captions its columns more tersely than a breakdown under
# the items: besides tableends' breakdown captions, the bare tax names ("IVA", "MwSt"), "Netto"
# / "HT" for the base, a rate with its "%" ("IVA %"), and the nature or code of the tax
# ("Natura", "Codice"). Kept apart from BREAKDOWN_CAPTIONS, which also judges grid headers
# where these bare words mean other columns.
_MORE_CAPTIONS = {
    "rate": re.compile(
        r"^(?:aliq|(?:ust|mwst)satz|btwtarief"
        r"|(?:iva|vat|mwst|ust|tva|btw|tax) ?%|% ?(?:iva|vat|mwst|ust|tva|btw))$",
        re.IGNORECASE,
    ),
    "base": re.compile(r"^(?:netto|net|nett|ht|nettobetrag|warto[śs][ćc] netto)$", re.IGNORECASE),
    "tax": re.compile(
        r"^(?:iva|mwst|ust|umsatzsteuer|steuer|vat|tax|tva|btw|vat-?kwota)$", re.IGNORECASE
    ),
    "category": re.compile(r"^(?:natura|codice|cod|code|descrizione)$", re.IGNORECASE),
}
_CAPTIONS = {kind: (BREAKDOWN_CAPTIONS[kind], more) for kind, more in _MORE_CAPTIONS.items()}

_STRIP = ".:() "


def _kind(text: str) -> str | None:
    """The tax summary column a cell's caption names, or None."""
    caption = text.strip(_STRIP)
    return next(
        (kind for kind, patterns in _CAPTIONS.items() if any(p.match(caption) for p in patterns)),
        None,
    )


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
