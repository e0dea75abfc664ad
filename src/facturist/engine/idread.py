"""Identifiers read from words: a document number with a digit in it, its series prefix or
slash printed apart, its digit groups spaced, never the day of a date."""

from __future__ import annotations

import re

from facturist.engine.amountread import house_number
from facturist.engine.dateread import in_date
from facturist.engine.model import Value, Word
from facturist.engine.ownnumber import digit_run, space_width
from facturist.engine.parsing import parse_date

# Letters of any script: a Greek series "ΠΤ-0019", a Cyrillic "СФ-0012".
_ID_TOKEN = re.compile(r"[^\W_][\w\-/.]*[^\W_]|\d")
_SIGNS = ("nr", "no", "n°", "nº", "number", "nummer", "#")
# A series prefix: a few capitals, or two such groups joined by a hyphen ("SL-JA 5501 8832",
# a utility's billing unit and series before the spaced number).
_PREFIX_TOKEN = re.compile(r"[A-Z]{1,3}(?:-[A-Z]{1,3})?")
_SPACED_NUMBER = re.compile(r"[A-Z]{0,3}\d+(?: \d+)+")
# "5th Floor", "2nd Avenue", "1st reminder": an English ordinal counts, it numbers nothing.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# Australian, US and Canadian addresses end in the state's code and the postcode ("NOOSA HEADS
# QLD 4567", "Austin TX 78701", "Kingston ON K7L 2Y9"): after a town's name such a pair is an
# address line beside a caption, never a series prefix and its number.
_STATES = frozenset(
    (
        *("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"),  # Australia
        *re.findall(  # the United States
            r"[A-Z]{2}",
            "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE"
            " NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY",
        ),
        *("AB", "BC", "MB", "NB", "NL", "NS", "NU", "ON", "PE", "QC", "SK", "YT"),  # Canada
    )
)
_POSTCODE = re.compile(r"\d{4}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]")
# A street named first, its house number after it, as German, Dutch and Nordic addresses
# write it ("Hietzinger Hauptstraße 22", "Am Kirchweg 3a", "Keizersgracht 112"): the word
# before the number ends in the street's kind.
_STREET_BEFORE = re.compile(
    r"(?:stra(?:ß|ss)e|str\.|gasse|weg|allee|platz|damm|ufer|ring|straat|laan|gracht|plein"
    r"|kade|vej|gade|gatan|v[äa]gen|veien|gata|katu|tie|utca|ulica)$",
    re.IGNORECASE,
)
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?", re.IGNORECASE)


def read_id(words: list[Word], *, dated: bool = False) -> Value | None:
    """The first identifier-like token (needs a digit) among words; a date-shaped one only
    when `dated` (after a number sign)."""
    for index, word in enumerate(words[:4]):
        token = word.text.strip(":;,.#")
        if token.lower() in _SIGNS:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if _PREFIX_TOKEN.fullmatch(token) and following is not None:
            if _state_and_postcode(words, index):
                return None
            # "FV 12635/12/2020": a short series prefix printed apart from the number.
            # "FV 27/03/2025": after a series prefix a date-shaped number is the document's.
            tail = following.text.strip(":;,.")
            number = (
                Value(tail, following.text, (following.box,))
                if _ID_TOKEN.fullmatch(tail) and any(ch.isdigit() for ch in tail)
                else None
            )
            # "A / 2026-000318": the series, a slash set apart, the number (Spain's "Serie /
            # Número"): one number, read without the spaces.
            series = _series_slash(words, index)
            if series is not None:
                return series
            # One space apart: in Courier ("RG 5127734" in an old ERP's grid) a space is
            # wider than the glyphs' height, so a digit's width measures it too.
            height = max(word.box.y1 - word.box.y0, 1.0)
            gap = max(height, space_width(following.box, following), _pitch_gap(following))
            if number is not None and following.box.x0 - word.box.x1 < gap:
                text = f"{token} {number.value}"
                prefixed = Value(text, text, (word.box, following.box))
                # "R 2024 / 7718": the series prefix, the year, a slash apart, the count.
                return _slashed_on(words, index + 2, prefixed) or digit_run(
                    words, index + 2, prefixed
                )
        # "300 412 7788 5190" with its groups joined by no-break spaces in one word.
        spaced = token.replace("\u00a0", " ")
        if " " in spaced and _SPACED_NUMBER.fullmatch(spaced):
            return digit_run(words, index + 1, Value(spaced, word.text, (word.box,)))
        if token.isdigit() and in_date(words, index):
            continue  # "4 Dec 2026" over its caption: the day of a date, never a number
        if _ORDINAL.fullmatch(token):
            continue  # "5th Floor" of an address beside the caption, never the number
        if token.isdigit() and house_number(words, index):
            continue  # "58 Gipps Street" in the next column: a house number, never the number
        if _closes_street(words, index):
            continue  # "Hietzinger Hauptstraße 22" in the next column: its house number
        match = _ID_TOKEN.fullmatch(token)
        if match and any(ch.isdigit() for ch in token) and (dated or parse_date(token) is None):
            # "nr. 2025 / 0087": a number whose slash stands apart.
            single = Value(token, word.text, (word.box,))
            return _slashed_on(words, index + 1, single) or digit_run(words, index + 1, single)
    return None


def _closes_street(words: list[Word], index: int) -> bool:
    """Whether words[index] is the house number closing a street named before it."""
    if index == 0 or not _HOUSE_NUMBER.fullmatch(words[index].text.rstrip(",")):
        return False
    return _STREET_BEFORE.search(words[index - 1].text.rstrip(",")) is not None


def _series_slash(words: list[Word], index: int) -> Value | None:
    """The series prefix at words[index], a slash standing apart and the number after it
    ("A / 2026-000318") as one number ("A/2026-000318"); None where no such slash follows."""
    rest = words[index + 1 : index + 3]
    if len(rest) < 2 or rest[0].text != "/":
        return None
    tail = rest[1].text.strip(":;,.")
    if not (_ID_TOKEN.fullmatch(tail) and tail[:1].isdigit()):
        return None
    height = max(words[index].box.y1 - words[index].box.y0, 1.0)
    if any(b.box.x0 - a.box.x1 > height for a, b in zip(words[index:], rest, strict=False)):
        return None  # a column's gap, not the spacing around a slash
    text = f"{words[index].text.strip(':;,.#')}/{tail}"
    return Value(text, text, (words[index].box, rest[0].box, rest[1].box))


# A number of digits and separators: its glyphs' pitch measures a monospaced space.
_FIGURE_NUMBER = re.compile(r"\d[\d\-/.]*\d")


def _pitch_gap(number: Word) -> float:
    """The widest gap one space leaves before a number in a monospaced print ("R 260311-0457"
    in Courier): a space is one glyph's advance, and the glyph boxes, cut to the ink, lose
    their side bearings, so up to 1.75 glyphs' width (as digit_run allows between groups)."""
    if not _FIGURE_NUMBER.fullmatch(number.text):
        return 0.0
    return 1.75 * (number.box.x1 - number.box.x0) / len(number.text)


def opens_street(words: list[Word]) -> bool:
    """Whether the words open with a street's house number ("58 Gipps Street", "8 rue des
    Tanneurs"): an address in the next column beside a caption, not its value."""
    return bool(words) and words[0].text.isdigit() and house_number(words, 0)


def _state_and_postcode(words: list[Word], index: int) -> bool:
    """Whether words[index] and the next are a state's code and a postcode after a town."""
    if index == 0 or words[index].text not in _STATES:
        return False
    town = words[index - 1].text.rstrip(",")
    postcode = words[index + 1].text.rstrip(",.")
    return town.isalpha() and town.lower() not in _SIGNS and bool(_POSTCODE.fullmatch(postcode))


def _slashed_on(words: list[Word], start: int, number: Value) -> Value | None:
    """The number read so far with the part after a slash printed apart from it ("2025 / 0087",
    "R 2024 / 7718"), joined without the spaces; None where no such part follows."""
    rest = words[start : start + 2]
    if len(rest) < 2 or rest[0].text != "/" or not rest[1].text.strip(".,;").isdigit():
        return None
    text = f"{number.value}/{rest[1].text.strip('.,;')}"
    return Value(text, text, (*number.boxes, rest[0].box, rest[1].box))


def grouped_on(words: list[Word], number: Value) -> Value:
    """A number read from a caption's first value cell, with the digit groups that continue it
    one space on in the next ("ETKT NUMBER : 724 | 2318845502", a monospaced ticket whose
    glyph boxes make one space look like a cell's gap)."""
    if not number.boxes:
        return number
    last = number.boxes[-1]
    index = next((i for i, w in enumerate(words) if w.box == last), None)
    return number if index is None else digit_run(words, index + 1, number)
