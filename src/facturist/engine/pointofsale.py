"""Argentina's AFIP invoice number: the point of sale, then the voucher's count.

An Argentine "Factura A/B/C" prints its number in two captioned parts on one row, "Punto de
Venta: | 00003 | Comp. Nro: | 00001234" (also "Pto. Vta.: 0003 Comp. Nº: 00001234"): the point
of sale alone is only the series, the count alone repeats across points of sale. The number is
both, joined as printed on receipts and in the AFIP's own listings: "00003-00001234".
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

_POINT_OF_SALE = re.compile(
    r"(?i:punto\s+de\s+venta|pto\.?\s*(?:de\s+)?vta\.?)\s*:?\s*(?P<pos>\d{1,5})\s+"
    r"(?i:comp(?:robante)?\.?\s*(?:nro|n[°º]|no|n[uú]mero)\.?|nro\.?\s*(?:de\s+)?comp(?:robante)?\.?)"
    r"\s*:?\s*(?P<number>\d{1,8})(?!\S)"
)


def point_of_sale_number(lines: list[Line]) -> Value | None:
    """ "00003-00001234" from a "Punto de Venta: 00003 Comp. Nro: 00001234" row, or None."""
    for line in lines[:40]:
        match = _POINT_OF_SALE.search(line.text)
        if match is None:
            continue
        pos, number = match.group("pos", "number")
        boxes = tuple(w.box for w in line.words if w.text in (pos, number))
        return Value(f"{pos}-{number}", match.group(), boxes, 0.8)
    return None
