"""A tax keys' summary under the last group's sum: no more of the item table.

Forwarders' and hauliers' invoices close each consignment with its subtotal and print, under
the last one, a grid of their own summing the charges by tax key::

    14  Standgeld Entladestelle          2 Std.   45,00     90,00   1
        Zwischensumme Sendung 4711-0402                  1.667,38
    St.-Schl. | Bezeichnung          | Netto €  | USt €  | Brutto €
    0         | steuerfrei gem. § 4  | 1.588,70 |   0,00 | 1.588,70
    1         | 19 % Umsatzsteuer    | 1.942,54 | 369,08 | 2.311,62

Its rows may sit in the item columns (a key where the position stood, the net under the
price), so the look past a group's sum (tablesections.py) would read them as the next
group. A header whose cells caption a net, then a tax, then a gross figure is a VAT
summary's: the items are over. (A charge table headed "Description | Net | VAT | Gross"
is read by netvatgross.py from its own header, never as a group after a sum.)
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import GROSS_WORD, NET_WORD, header_words
from facturist.engine.layout import Cell, Line

# A tax's caption word: "USt €", "MwSt.", "VAT", "Tax", "TVA", "IVA", "BTW", "Steuer".
_TAX_WORD = re.compile(
    r"^(?:ust|mwst|umsatzsteuer|steuer|vat|tax|gst|tva|iva|btw|moms|mva|alv|dph|vat-?amount)$",
    re.IGNORECASE,
)


def _words(cell: Cell) -> list[str]:
    return [w.text.strip("().:£€$%") for w in cell.words]


def net_tax_gross_header(line: Line) -> bool:
    """A header row with no figure whose cells caption, left to right, a net, a tax and a
    gross amount ("Netto € | USt € | Brutto €", "Net | VAT | Gross"), no count and no
    price (an item table's header repeated over the next group names those)."""
    if len(line.cells) < 3 or any(ch.isdigit() for ch in line.text):
        return False
    if any(kind in ("quantity", "unit_price") for kind, _words in header_words(line)):
        return False
    wanted = [NET_WORD, _TAX_WORD, GROSS_WORD]
    for cell in line.cells:
        if wanted and any(wanted[0].match(w) for w in _words(cell)):
            wanted.pop(0)
    return not wanted
