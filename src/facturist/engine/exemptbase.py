"""A totals block's row for the exempt supplies, captioned by the exemption alone and its law:

    Base imponible IVA 10%            492,00 €
    Cuota IVA 10%                      49,20 €
    Base imponible IVA 21%             30,00 €
    Cuota IVA 21%                       6,30 €
    Exento (art. 20.Uno.16º LIVA)      18,50 €
    Total factura                     596,00 €

("Esente art. 10 | 45,00", "Exonéré (art. 261 CGI) | 30,00", "Steuerfrei | 12,00",
"Exempt | 18.50"). The figure bears no VAT: the total holds it besides the rated bases and
their taxes, as it holds a levy outside VAT (nonvatlevies.py), so the rate lines' sum is the
tax (levyrates.py) and the net the total less it."""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The exemption's word opening the caption, perhaps after "Base" / "Importe" / "Operaciones".
_EXEMPT = re.compile(
    r"^(?:(?:base|importe|operaciones|opérations|operazioni)\s+)?"
    r"(?:exent[oa]s?|esent[ei]|exon[ée]r[ée]e?s?|steuerfrei|exempt(?:ed)?|vrijgesteld"
    r"|isent[oa]s?)\b",
    re.IGNORECASE,
)


def exempt_bases(lines: list[Line]) -> list[Value]:
    """The figures of caption | figure rows whose caption is an exemption (no rate in it)."""
    found: list[Value] = []
    for line in lines:
        if len(line.cells) != 2:
            continue
        caption = line.cells[0].text.strip()
        if "%" in caption or not _EXEMPT.match(caption):
            continue
        value = read_amount(line.cells[1].words)
        if value is not None and isinstance(value.value, float) and value.value > 0:
            found.append(value)
    return found
