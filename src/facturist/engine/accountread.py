"""The payee's account read after an IBAN caption: an IBAN, Poland's NRB, or an account
printed in IBAN form whose checksum fails; an IBAN that prose wraps onto the next line."""

from __future__ import annotations

import re

from facturist.engine.ibanrepair import repaired_iban
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parse.ids import IBAN_LENGTHS, is_valid_iban
from facturist.engine.parsing import find_ibans

_ACCOUNT_TOKEN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{6,30}")
# Poland's NRB: two check digits and six groups of four, or printed in fours from its first
# digit ("6110 9010 1400 0007 1219 8128 74", as a bank's own statements group it).
_NRB = re.compile(r"(?:\d{2}(?: ?\d{4}){6}|\d{4}(?: ?\d{4}){5} ?\d{2})\b")
# The start of an IBAN closing its line: a country code and check digits, perhaps a group.
# How many words after a caption may hold its IBAN: a few words of caption, then the groups.
_IBAN_WORDS = 12
_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){0,7}$")


def read_iban(words: list[Word]) -> Value | None:
    """The IBAN among the words after a caption (its words, then up to seven groups:
    "IBAN des zu belastenden Kontos: DE27 9448 3548 8281 6339 00")."""
    text = " ".join(w.text for w in words[:_IBAN_WORDS])
    ibans = find_ibans(text)
    if ibans:
        return Value(ibans[0], text, tuple(w.box for w in words[:_IBAN_WORDS]))
    repaired = repaired_iban(words[:_IBAN_WORDS])  # OCR lost a digit of "0000" (ibanrepair.py)
    if repaired is not None:
        return repaired
    # A Polish NRB ("35 1140 2004 0000 3902 1234 5678") is the IBAN without its "PL".
    domestic = _NRB.match(text)
    if domestic and is_valid_iban("PL" + re.sub(r"\D", "", domestic.group())):
        return Value("PL" + re.sub(r"\D", "", domestic.group()), text, (words[0].box,))
    # Right after its label, an account number in IBAN form whose checksum fails (or a
    # country's own account format) is still the payee's account as printed.
    first = words[0].text.strip(".,;") if words else ""
    if _ACCOUNT_TOKEN.fullmatch(first):
        return Value(first, words[0].text, (words[0].box,), 0.6)
    return None


def wrapped_iban(
    lines: list[Line], index: int, words: list[Word], label: list[Word] | None = None
) -> Value | None:
    """ "IBAN GB19" / "BARC 2032 5873 4192 65.": an IBAN whose head closes a line of prose and
    whose groups open the next; joined only when the whole passes its mod-97 check. Else
    the account that opens the next line under the caption (`account_below`)."""
    head = " ".join(w.text for w in words[-8:])
    match = re.search(r"(?<![A-Z0-9])" + _IBAN_HEAD.pattern, head)
    if index + 1 >= len(lines) or lines[index + 1].page != lines[index].page:
        return None
    if match is None:
        return account_below(lines, index, label) if label else None
    tail = lines[index + 1].words[:8]
    for end in range(len(tail), 0, -1):
        joined = re.sub(r"\s", "", match.group() + "".join(w.text for w in tail[:end]))
        if is_valid_iban(joined.rstrip(".,;")):
            return Value(joined.rstrip(".,;"), joined, tuple(w.box for w in tail[:end]))
    return None


def account_below(lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """ "Rachunek: mBank S.A." over "77 1140 2004 4000 3302 7813 9457": the bank's name
    beside the caption, the account on the next line from under the caption, read whole
    (a grouped NRB runs far wider than its caption, past what `words_below` takes)."""
    line, below = lines[index], lines[index + 1]
    if below.y0 - line.y1 > 1.5 * line.height:
        return None
    left = label[0].box.x0 - 4
    words = [w for w in below.words if w.box.x0 >= left]
    if not words or words[0].box.x0 - left > 60:
        return None
    value = read_iban(words)
    # Only an account whose checksum holds: the row under a caption may be anything.
    return value if value is not None and is_valid_iban(str(value.value)) else None


# Poland's domestic account number printed with no caption ("Pekao S.A. 03 1240 3028 8111
# 0000 3456 0192"): two check digits, then six groups of four. Only grouped: a bare run of 26
# digits is as often a receipt's barcode number, which passes mod 97 one time in 97.
_BARE_NRB = re.compile(r"(?<![\d\w-])\d{2}(?: \d{4}){6}(?![\d\w-])")


def find_nrb(text: str) -> str | None:
    """The IBAN of a Polish NRB in a text: its check digits validate with "PL" before it (a
    chance run passes one time in 97, and few runs are grouped as an NRB is)."""
    for match in _BARE_NRB.finditer(text):
        iban = "PL" + match.group().replace(" ", "")
        if is_valid_iban(iban):
            return iban
    return None


# An IBAN's first groups closing a cell ("IT35 F020 0802 4350"): a country code, check
# digits, then groups of four, too short for the whole account. A sentence may wrap after
# its first group or none ("... a la cuenta de CaixaBank ES27 2100" / "4817 1502 0013 6547,
# indicando ..."): the country's length and the mod-97 check of the whole keep chance out.
_GROUPED_HEAD = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){0,7}$")
# How far (points) the next line's cell may start from the head's, and how many lines (of
# other columns, read in between) it may stand below.
_ALIGNED = 6.0
_NEXT_LINES = 4


def split_iban(lines: list[Line]) -> Value | None:
    """An IBAN printed in groups of four and broken over two lines of a narrow column (a
    sidebar's "IT35 F020 0802 4350" / "0010 4988 321") or of a paragraph, no caption before
    it: the next line's cell under the head (its cell's start or its own word's),
    joined only when the whole passes its mod-97 check."""
    for index, line in enumerate(lines):
        for cell in line.cells:
            match = _GROUPED_HEAD.search(cell.text)
            if match is None:
                continue
            tail = _cell_under(lines, index, (cell.x0, _word_at(cell, match.start()).box.x0))
            if tail is None:
                continue
            for end in range(len(tail.words), 0, -1):
                pieces = match.group() + "".join(w.text for w in tail.words[:end])
                joined = re.sub(r"\s", "", pieces).rstrip(".,;")
                if is_valid_iban(joined):
                    boxes = tuple(w.box for w in cell.words + tail.words[:end])
                    return Value(joined, f"{match.group()} {tail.text}", boxes)
    return None


def continued_iban(lines: list[Line], value: Value) -> Value:
    """ "IBAN" / "IT46Q0503411701" / "000000481529": an account read whole-word after its
    caption, too short for its country and failing its check, continued by the cell under it
    in a narrow column; joined only when the whole passes mod-97. Else the value as read."""
    short = str(value.value)
    length = IBAN_LENGTHS.get(short[:2])
    if length is None or len(short) >= length or is_valid_iban(short) or not value.boxes:
        return value
    box = value.boxes[0]
    for index, line in enumerate(lines):
        if line.page != box.page or not any(w.box == box for w in line.words):
            continue
        tail = _cell_under(lines, index, (box.x0,), _RUN_START)
        if tail is None:
            return value
        for end in range(len(tail.words), 0, -1):
            joined = short + re.sub(r"\s", "", "".join(w.text for w in tail.words[:end]))
            if is_valid_iban(joined.rstrip(".,;")):
                boxes = value.boxes + tuple(w.box for w in tail.words[:end])
                return Value(joined.rstrip(".,;"), f"{value.text} {tail.text}", boxes)
        return value
    return value


def _word_at(cell: Cell, offset: int) -> Word:
    """The word of a cell that holds the character at `offset` of its text."""
    seen = 0
    for word in cell.words:
        seen += len(word.text) + 1
        if seen > offset:
            return word
    return cell.words[-1]


# The rest of an account under its head: groups of four, or one run of its characters.
_GROUP_START = re.compile(r"[A-Z0-9]{1,4}(?: |$)")
_RUN_START = re.compile(r"[A-Z0-9]{4,30}(?: |$)")


def _cell_under(
    lines: list[Line],
    index: int,
    lefts: tuple[float, ...],
    start: re.Pattern[str] = _GROUP_START,
) -> Cell | None:
    """The first cell of a following line that starts under the head (its cell's or its
    word's left edge), the lines close together; lines of other columns may come between."""
    line = lines[index]
    for below in lines[index + 1 : index + 1 + _NEXT_LINES]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
            return None
        for cell in below.cells:
            if any(abs(cell.x0 - left) <= _ALIGNED for left in lefts):
                return cell if start.match(cell.text) else None
    return None
