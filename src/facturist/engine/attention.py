"""An addressee block without a caption whose second line is "For the attention of Mr John
Mulcahy" (or "Attn:", "FAO"): the line over it, in the same column, is the addressee."""

from __future__ import annotations

import re

from facturist.engine.layout import Line, print_height
from facturist.engine.model import Value

_ATTENTION = re.compile(
    r"^(?:for the attention of|attention|attn\.?|fao|f\.a\.o\.)\b"
    # fr "à l'att. de", "à l'attention de"; de "z. Hd.", "zu Händen"; nl "t.a.v."; it "alla
    # c.a."; es "a la atención de", "Atn.".
    # Austria's short "z. H." too ("z. H. Herrn DI Markus Pfandl"); the Nordic "Att:",
    # "Att." (sv, no, da: attention), with its mark ("att" alone is a Swedish word).
    r"|^(?:[àa] l['’]att(?:\.|ention)\s*(?:de|du)?|z\.\s?hd?\.|zu h[äa]nden|t\.\s?a\.\s?v\."
    r"|alla c\.a\.|a la atenci[oó]n de|atn\.|att[.:])(?=\s|:|$)",
    re.I,
)


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


def is_attention(text: str) -> bool:
    """An attention line ("t.a.v. dhr. P. Hendriks", "Attn: Accounts"): the addressee's."""
    return _ATTENTION.match(text.strip()) is not None


def heads_attention(lines: list[Line], index: int, x0: float) -> bool:
    """Whether the next line of the column starting at x0, close under lines[index], is an
    attention line: the name over it is the addressee's ("Oakhurst Holdings Pty Ltd" /
    "Attention: Ms Fiona Hale"), never the issuer's."""
    line = lines[index]
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * below.height:
            return False
        # A scan's OCR sets a block's lines' left edges some points apart ("z. Hd. ..." 10 px
        # left of the name over it): a third of the print's height still aligns them.
        aligned = [c for c in below.cells if abs(c.x0 - x0) < max(4.0, 0.35 * print_height(c))]
        if aligned:
            return _ATTENTION.match(aligned[0].text.strip()) is not None
    return False
