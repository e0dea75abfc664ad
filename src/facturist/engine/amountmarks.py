"""Swiss print marks inside amounts, rewritten to the plain forms the rules read.

Swiss invoices group thousands with an apostrophe, and typesetting software often prints a
typographic one ("2’398.00", U+2019, or its look-alikes ʼ ´ ‘) where the amount parser and
the many row and caption patterns expect "'". They also print whole francs as "120.–" /
"Fr. 895.–" (a dash, often an en dash, for the rappen): the rows' figure patterns expect two
decimals. Each word is rewritten once, before lines are built, so every rule sees "2'398.00"
and "120.00": an apostrophe only between a digit and a group of exactly three digits, a dash
only where it ends a word that is otherwise a plain figure.

Swedish and Norwegian invoices print whole kronor as "1 190:-" (a colon before the dash): read
as "1 190,00", the comma being those countries' decimal mark. A minus sign other than the
hyphen ("−16 770,00" typeset with U+2212, a figure dash, a small or full-width hyphen-minus)
before a figure is made a hyphen, so the rules joining "-16" to its group "770,00" and reading
signed figures see one sign. (An en dash is left as it is: it also joins ranges, "1–3".)
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Word

# Typographic apostrophes and their look-alikes between thousands groups: "2’398.00".
_TYPOGRAPHIC_GROUP_MARK = re.compile(r"(?<=\d)[\u2019\u02bc\u00b4\u2018](?=\d{3}(?!\d))")
# A whole-unit figure, optionally after a currency and sign, whose rappen are a dash: "120.–",
# "Fr.895.–", "1'250.-", "-19.–". The dash is one hyphen, en or em dash, or two hyphens.
_WHOLE_UNITS = re.compile(
    r"^(?P<head>[(\-−]?(?:Fr\.|CHF|EUR|€)?\s?[-−]?\d{1,3}(?:'\d{3})*|[(\-−]?\d+)"
    r"(?P<mark>[.,])(?:[\u2013\u2014]|-{1,2})(?P<tail>\)?)$"
)
# Swedish whole kronor: "190:-", "1.190:–", "3260:-" (the head's groups by a point, if any).
_WHOLE_KRONOR = re.compile(
    r"^(?P<head>[(\-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)):(?:[\u2013\u2014]|-{1,2})$"
)
# Minus signs other than the hyphen, before a figure's first digit.
_OTHER_MINUS = "\u2212\u2012\ufe63\uff0d"


def plain_amount_marks(words: list[Word]) -> list[Word]:
    """The words with typographic group apostrophes and whole-unit dashes made plain."""
    return [_plain(word) for word in words]


def _plain(word: Word) -> Word:
    text = word.text
    if any(ch in text for ch in "\u2019\u02bc\u00b4\u2018"):
        text = _TYPOGRAPHIC_GROUP_MARK.sub("'", text)
    if text[-1:] in "-\u2013\u2014":
        if match := _WHOLE_UNITS.match(text):
            text = f"{match['head']}{match['mark']}00{match['tail']}"
        elif match := _WHOLE_KRONOR.match(text):
            text = f"{match['head']},00"
    if text[:1] in _OTHER_MINUS and text[1:2].isdigit():
        text = f"-{text[1:]}"
    return word if text == word.text else replace(word, text=text)
