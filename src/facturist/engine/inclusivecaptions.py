"""Grid captions that name the net or the gross only as "excluding" or "including" the tax.

Dutch and Belgian tills print their VAT breakdown as "BTW | Excl. | BTW | Incl." over
"9% | 23,90 | 2,15 | 26,05": the first column the rate, then the net ("exclusief": without
the tax), the tax and the gross ("inclusief": with it). German tills shorten the same to
"exkl. / inkl.", English ones to "Excl. VAT / Incl. VAT". As a grid column's caption the
word alone, or the word and the tax's name, names the amount; the tax's name alone in such
a caption would otherwise claim the tax column (gridamounts.caption_key).
"""

from __future__ import annotations

import re

# The tax's name after the word ("excl. BTW", "inkl. MwSt.", "Incl.VAT").
_TAX = r"(?:btw|vat|mwst|ust|tva|iva|moms|mva|alv|gst|tax|taxes|taxe)\.?"
# Words that name the net or the gross on their own ("Excl.", "Exclusief", "inkl.").
_ALONE_NET = r"excl|exkl|exclusief|exklusive|exclusive|excluding"
_ALONE_GROSS = r"incl|inkl|inclusief|inklusive|inclusive|including"
# Words that need the tax's name after them ("ohne MwSt", "Hors TVA", "Ex VAT", "Sin IVA").
_WITH_TAX_NET = r"ex|ohne|hors|sans|zonder|sin|senza|sem|uten|utan|without"
_WITH_TAX_GROSS = r"inc|mit|avec|met|con|com|med|with"
_TAX_NAMED = re.compile(rf"(?:^|[\s.]){_TAX}$", re.IGNORECASE)
_EXCLUSIVE = re.compile(
    rf"^(?:(?:{_ALONE_NET})\.?\s*(?:{_TAX})?|(?:{_WITH_TAX_NET})\.?\s*{_TAX})$",
    re.IGNORECASE,
)
_INCLUSIVE = re.compile(
    rf"^(?:(?:{_ALONE_GROSS})\.?\s*(?:{_TAX})?|(?:{_WITH_TAX_GROSS})\.?\s*{_TAX})$",
    re.IGNORECASE,
)


def inclusive_caption(text: str) -> tuple[str, int] | None:
    """The amount a short "excluding / including the tax" caption names, with its rank:
    the net (best ranked when the tax is named) or the total."""
    stripped = text.strip(" :()€£$")
    if len(stripped) > 24 or stripped[:2].lower() not in _OPENINGS:
        return None  # cheap filter: the caption opens with one of the words above
    if _EXCLUSIVE.match(stripped):
        return "net_amount", 0 if _TAX_NAMED.search(stripped) else 1
    if _INCLUSIVE.match(stripped):
        return "total_amount", 1
    return None


_OPENINGS = frozenset(
    word[:2]
    for words in (_ALONE_NET, _ALONE_GROSS, _WITH_TAX_NET, _WITH_TAX_GROSS)
    for word in words.split("|")
)
