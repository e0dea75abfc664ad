"""An addressee block without a caption whose second line is "For the attention of Mr John
Mulcahy" (or "Attn:", "FAO"): the line over it, in the same column, is the addressee."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

_ATTENTION = re.compile(r"^(?:for the attention of|attention|attn\.?|fao|f\.a\.o\.)\b", re.I)


def name_over_attention(page: list[Line], seller: Value | None) -> Value | None:
    """The name on the line right above the first attention line of the page's top half."""
    bottom = max((ln.y1 for ln in page), default=0.0)
    for index, line in enumerate(page[1:], start=1):
        if line.y0 > 0.5 * bottom:
            break
        for cell in line.cells:
            if not _ATTENTION.match(cell.text.strip()):
                continue
            for above in reversed(page[max(index - 3, 0) : index]):
                if line.y0 - above.y1 > 1.5 * line.height:
                    break
                ups = [c for c in above.cells if abs(c.x0 - cell.x0) < 4]
                if not ups:
                    continue
                text = ups[0].text.strip()
                if any(ch.isdigit() for ch in text) or text.endswith(":") or len(text) < 3:
                    return None
                if seller is not None and text.casefold() == str(seller.value).casefold():
                    return None
                return Value(text, ups[0].text, ups[0].boxes)
            return None
    return None
