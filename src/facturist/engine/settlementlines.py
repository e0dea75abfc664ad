"""Lines that settle the total, never items: income tax withheld at source ("Retenção na
fonte de IRS (25%) 800,00 €", "Retención IRPF 225,00") and the sum received or paid
("Importância recebida 3.136,00 €", "Amount paid £180.00").

A receipt-invoice (pt "fatura-recibo", a freelancer's "recibo verde") prints them under its
total; the withholding and the sum received add up to the total, so a header-less list of
"name ... amount" lines (itemlist.py) would take them for two items adding up.
"""

from __future__ import annotations

from facturist.engine.amountread import read_amount
from facturist.engine.charges import WITHHOLDING
from facturist.engine.layout import Line
from facturist.engine.paidstatus import paid_sum


def settles_total(line: Line, name: str) -> bool:
    """The line (its text before the figure `name`) withholds tax or states the sum paid."""
    return WITHHOLDING.match(name.strip()) is not None or paid_sum(line, 0, read_amount) is not None
