"""The invoice total written out in English words ("Amount in Words: Eighty-eight Thousand One
Hundred Eighty-seven only", "Rupees One Lakh Twelve Thousand and Fifty Paise Only").

Indian GST invoices (and many others in South Asia and Africa) print the amount chargeable in
words under the item table, often where the figures are a column-sum row whose first figure
is the tax ("TOTAL: | ₹13,452.26 | ₹88,187.00"). The words name the total the buyer owes, in
lakhs and crores as often as in thousands and millions; read back into a number they are a
total candidate no column's figure can be mistaken for. A tax written out ("Tax Amount (in
words) : INR Two Thousand ...") names the tax, not the total, and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value

_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_UNITS = {word: value for value, word in enumerate(_UNIT_WORDS.split())}
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {word: 10 * value for value, word in enumerate(_TEN_WORDS.split(), start=2)}
_SCALES = {
    "thousand": 10**3,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "million": 10**6,
    "crore": 10**7,
    "crores": 10**7,
    "billion": 10**9,
}
# The currency's name around the number ("Indian Rupees ... Only", "US Dollars ...").
_CURRENCY_NAMES = (
    "rupees rupee rs inr indian us usd dollars dollar euros euro eur pounds pound sterling gbp"
    " ringgit malaysia rm dirhams aed naira shillings kes rand zar taka bdt"
)
_CURRENCY_WORDS = frozenset(_CURRENCY_NAMES.split())
# The hundredths after the whole units ("and Fifty Paise", "and 25 Cents").
_FRACTION_WORDS = frozenset({"paise", "paisa", "cents", "cent", "sen", "pence"})
# The caption that announces the words ("Amount in Words", "Amount Chargeable (in words)",
# "Total in words", "Rupees in words"), on the words' line or the line above.
_IN_WORDS = re.compile(r"\bin\s+words\b", re.IGNORECASE)
# A tax written out names the tax, not the total.
_TAX_CAPTION = re.compile(r"\b(?:tax|gst|vat|cgst|sgst|igst)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
# The fewest number words that make a written amount (one word may be a description's).
_MIN_NUMBER_WORDS = 2

# The words are the total the invoice states in law: as specific as any total's caption.
WORDS_RANK = 0


def words_total(line: Line, order: int, prior: str = "") -> list[Candidate]:
    """The total written out on the line and closed by "only" ("Rupees Ten Thousand Only",
    under or after an "Amount in Words" caption), as a total candidate. Words wrapped from
    the line above are read with it; a tax written out is no total."""
    if "only" not in line.text.lower():
        # The line's last token must read "only": a token is ASCII letters (or letters
        # folding to "s", "k", "i"), lower-cased; none but o, n, l, y lower-case to those.
        return []
    caption = _IN_WORDS.search(text := line.text)
    if _TAX_CAPTION.search(text[: caption.end()] if caption else text):
        return []
    if caption is None and _IN_WORDS.search(prior) and _TAX_CAPTION.search(prior):
        return []  # "Tax Amount (in words) :" over "INR Two Thousand ... Only"
    words = _tokens(text)
    if not words or words[-1] != "only":
        return []
    # "Rupees One Crore Twelve Lakh" over "Thirty-four Thousand Only": one amount.
    above = _tokens(prior)
    if caption is None and above and all(_is_amount_word(w) for w in above):
        if _TAX_CAPTION.search(prior):
            return []
        words = above + words
    amount = read_number_words(words)
    if amount is None or amount <= 0:
        return []
    boxes = tuple(w.box for w in line.words)
    return [Candidate("total_amount", Value(float(amount), text, boxes, 0.8), WORDS_RANK, order)]


def _tokens(text: str) -> list[str]:
    """The lowercase words after an "in words" caption (or all of them without one)."""
    return [w.lower() for w in _TOKEN.findall(_IN_WORDS.split(text)[-1])]


def _is_amount_word(word: str) -> bool:
    return _is_number_word(word) or word in _CURRENCY_WORDS or word == "and"


def read_number_words(words: list[str]) -> Decimal | None:
    """English number words (lowercase tokens, currency names and "only" allowed around them)
    as a number, hundredths from "and fifty paise"; None if anything else stands between."""
    tokens = [w for w in words if w not in _CURRENCY_WORDS and w != "only"]
    fraction = Decimal(0)
    marker = next((i for i, w in enumerate(tokens) if w in _FRACTION_WORDS), None)
    if marker is not None:
        start = marker
        while start > 0 and (tokens[start - 1] in _UNITS or tokens[start - 1] in _TENS):
            start -= 1
        cents = _whole(tokens[start:marker])
        if cents is None or cents >= 100 or tokens[marker + 1 :]:
            return None
        fraction = Decimal(cents) / 100
        tokens = tokens[:start]
        if tokens and tokens[-1] == "and":
            tokens = tokens[:-1]
    numbered = [w for w in tokens if _is_number_word(w)]
    if len(numbered) < _MIN_NUMBER_WORDS and not (numbered and fraction):
        return None
    whole = _whole(tokens)
    return None if whole is None else whole + fraction


def _is_number_word(word: str) -> bool:
    return word in _UNITS or word in _TENS or word in _SCALES or word == "hundred"


def _whole(tokens: list[str]) -> int | None:
    """A whole number from its words ("one lakh twelve thousand and five"), None on any other
    word or where the words are out of order."""
    total, current, last_scale = 0, 0, None
    for word in tokens:
        if word == "and":
            continue
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            scale = _SCALES[word]
            if last_scale is not None and scale >= last_scale:
                return None  # "thousand ... lakh": no number is written so
            total += max(current, 1) * scale
            current, last_scale = 0, scale
        else:
            return None
    return total + current
