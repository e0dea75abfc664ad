"""Money amounts as printed on invoices: any grouping, either decimal mark, any sign style."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation

from facturist.engine.parse.currency import CURRENCY_TOKEN_PATTERN, currency_from_token

# Normal, no-break, narrow no-break and thin spaces all group thousands.
_SPACES = " \u00a0\u202f\u2009"
_MINUS_SIGNS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash
_GROUP_MARKS = "'\u2019"  # Swiss apostrophe and its typographic twin

# Integers longer than this are account numbers or IDs, not money.
_MAX_INTEGER_DIGITS = 13

# The decimal mark of the document being read, where its currency alone tells it: dinars and
# rials counted in thousandths print "430.090" for 430 dinars 90 fils (threedecimals.py).
_DOCUMENT_MARK: ContextVar[str | None] = ContextVar("document_decimal_mark", default=None)


@contextmanager
def document_decimal_mark(mark: str | None) -> Iterator[None]:
    """Within the block, a lone mark before three digits reads as `mark` says where no caller
    passes its own hint ("430.090" is 430.09 under "."); None leaves the usual rule."""
    token = _DOCUMENT_MARK.set(mark)
    try:
        yield
    finally:
        _DOCUMENT_MARK.reset(token)


def current_decimal_mark() -> str | None:
    """The mark `document_decimal_mark` set for the document being read, if any."""
    return _DOCUMENT_MARK.get()


_NUMBER_CORE = re.compile(rf"\d+(?:[.,{_GROUP_MARKS}{_SPACES}]\d+)*(?:[.,]-{{1,2}})?")
_CREDIT_SUFFIX = re.compile(r"(?:CR|Cr|cr|DR|Dr|dr)\.?$")
_LEADING_CURRENCY = re.compile(r"^(" + CURRENCY_TOKEN_PATTERN + ")")
_TRAILING_CURRENCY = re.compile("(" + CURRENCY_TOKEN_PATTERN + r")\.?$")

# For scanning lines: a run of digits and separators. A space joins two runs only when a
# three-digit group follows, so "2 12,00" in a table row stays two numbers where it can.
_RUN_WITH_SPACES = re.compile(
    rf"(?<!\d)\d+(?:(?:[.,{_GROUP_MARKS}]|[{_SPACES}](?=\d{{3}}(?!\d)))\d+)*(?:[.,]-{{1,2}}(?!\d))?"
)
_RUN_WITHOUT_SPACES = re.compile(rf"(?<!\d)\d+(?:[.,{_GROUP_MARKS}]\d+)*(?:[.,]-{{1,2}}(?!\d))?")
_PREFIX_CURRENCY = re.compile("(" + CURRENCY_TOKEN_PATTERN + rf")[{_SPACES}]?$")
_PREFIX_SIGN = re.compile(rf"(\()?([{_MINUS_SIGNS}+])?[{_SPACES}]?$")
_SUFFIX = re.compile(
    rf"(?:[{_SPACES}]?(" + CURRENCY_TOKEN_PATTERN + r"))?"
    rf"(?:[{_SPACES}]?(?:CR|Cr|DR|Dr)\b\.?|-(?!\d))?\)?"
)


def parse_amount(text: str, *, decimal_hint: str | None = None) -> Decimal | None:
    """Read one money amount ("1.234,56 EUR", "(12.00)", "-€12") or None if it is not one."""
    rest = text.strip(_SPACES + "\t\n")
    if not rest or len(rest) > 60:
        return None
    negative = False
    currency_seen = False
    sign_seen = False
    if rest.startswith("(") and rest.endswith(")"):
        negative, rest = True, rest[1:-1].strip(_SPACES)
    # Peel signs, currencies and credit marks off both ends, each at most once.
    for _ in range(4):
        before = rest
        if rest[:1] in _MINUS_SIGNS + "+" and not sign_seen:
            sign_seen = True
            negative ^= rest[0] != "+"
            rest = rest[1:].lstrip(_SPACES)
        match = None if currency_seen else _LEADING_CURRENCY.match(rest)
        if match and currency_from_token(match.group(1)) is not None:
            currency_seen = True
            rest = rest[match.end() :].lstrip(_SPACES)
        if not sign_seen and (match := _CREDIT_SUFFIX.search(rest)) and match.start() > 0:
            sign_seen = True
            negative ^= match.group(0)[0] in "Cc"
            rest = rest[: match.start()].rstrip(_SPACES)
        if rest[-1:] in _MINUS_SIGNS and not sign_seen and not _ends_with_dash_decimals(rest):
            sign_seen = True
            negative ^= True
            rest = rest[:-1].rstrip(_SPACES)
        match = None if currency_seen else _TRAILING_CURRENCY.search(rest)
        if match and match.start() > 0 and currency_from_token(match.group(1)) is not None:
            currency_seen = True
            rest = rest[: match.start()].rstrip(_SPACES)
        if rest == before or not rest:
            break
    if not rest or not _NUMBER_CORE.fullmatch(rest):
        return None
    value = _interpret_number(rest, decimal_hint)
    if value is None:
        return None
    return -value if negative and value != 0 else value


def parse_percent(text: str) -> Decimal | None:
    """Read a rate such as "19 %", "7,5%" or "20.00" into a Decimal (19, 7.5, 20.00)."""
    stripped = text.strip(_SPACES).removesuffix("%").rstrip(_SPACES)
    if not stripped or not re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", stripped):
        return None
    return Decimal(stripped.replace(",", "."))


# German whole units ("12,-", "12,--"), and the marks between a figure's groups: compiled
# once, as every amount read goes through them.
_DASH_DECIMALS = re.compile(r"\d[.,]-{1,2}$")
_DASHES = re.compile(r"[.,]-{1,2}$")
_GROUP_SPLIT = re.compile(rf"[.,{_GROUP_MARKS}{_SPACES}]")


def _ends_with_dash_decimals(number: str) -> bool:
    """German "12,-" / "12,--" mean twelve whole units, not a trailing minus."""
    return bool(_DASH_DECIMALS.search(number))


def _interpret_number(number: str, decimal_hint: str | None) -> Decimal | None:
    """Decide which mark is the decimal one and check that the grouping is regular."""
    if _ends_with_dash_decimals(number):
        number = _DASHES.sub("", number)
        whole_only = True
    else:
        whole_only = False
    groups = _GROUP_SPLIT.split(number)
    marks = [ch for ch in number if not ch.isdigit()]
    marks = [" " if mark in _SPACES else mark for mark in marks]
    if not marks:
        return _checked_decimal(number, "")
    punctuation = [mark for mark in marks if mark in ".,"]
    decimal_mark: str | None = None
    if punctuation:
        last = marks[-1]
        distinct = set(punctuation)
        if len(distinct) == 2:
            if last not in ".," or punctuation.count(last) != 1:
                return None
            decimal_mark = last
        elif punctuation.count(last) == 1 and last in ".,":
            decimal_mark = _single_mark_role(last, groups, len(marks) > 1, decimal_hint)
        elif _swapped_decimal(groups, marks):
            decimal_mark = last
    if whole_only and decimal_mark is not None:
        return None
    if decimal_mark is None:
        integer_groups, fraction = groups, ""
    else:
        integer_groups, fraction = groups[:-1], groups[-1]
    grouping_marks = set(marks[:-1] if decimal_mark else marks)
    if len(grouping_marks) > 1:
        return None
    if not _regular_grouping(integer_groups, grouping_marks):
        return None
    return _checked_decimal("".join(integer_groups), fraction)


def _single_mark_role(
    mark: str, groups: list[str], has_other_grouping: bool, decimal_hint: str | None
) -> str | None:
    """Return `mark` if a lone "." or "," ending the number is a decimal mark, else None."""
    after = groups[-1]
    if len(after) != 3 or has_other_grouping:
        return mark
    before = groups[-2]
    if before == "0" or len(before) > 3 or before.startswith("0"):
        return mark  # "0.125" or "1234.567": grouping would be irregular
    decimal_hint = decimal_hint if decimal_hint is not None else _DOCUMENT_MARK.get()
    if decimal_hint is not None:
        return mark if decimal_hint == mark else None
    return None  # three-digit-group rule: "1.234" and "1,234" are one thousand two hundred...


def _swapped_decimal(groups: list[str], marks: list[str]) -> bool:
    """OCR'd "2,000,00" / "1.234.56": one mark throughout, a 2-digit tail after 3-digit groups.

    Read as grouping only, the tail is irregular, so the last mark can only be the decimal
    one. A lone mark ("1,234", "1.234") never comes here: it stays the three-digit-group
    question of `_single_mark_role`.
    """
    if len(marks) < 2 or len(set(marks)) != 1 or marks[0] not in ".,":
        return False
    return len(groups[-1]) == 2 and _regular_grouping(groups[:-1], {marks[0]})


def _regular_grouping(groups: list[str], grouping_marks: set[str]) -> bool:
    if len(groups) == 1:
        only = groups[0]
        return only == "0" or not only.startswith("0") or len(only) == 1
    first, *others = groups
    if not 1 <= len(first) <= 3 or (first.startswith("0") and first != "0"):
        return False
    if all(len(group) == 3 for group in others):
        return first != "0"
    # Indian lakh grouping: 1,23,45,678.90
    return (
        grouping_marks == {","}
        and len(others[-1]) == 3
        and all(len(group) == 2 for group in others[:-1])
        and len(first) <= 2
    )


def _checked_decimal(integer: str, fraction: str) -> Decimal | None:
    if len(integer) > _MAX_INTEGER_DIGITS or not integer:
        return None
    if len(integer) > 1 and integer.startswith("0"):
        return None  # "0042" is a code, not an amount
    try:
        return Decimal(f"{integer}.{fraction}" if fraction else integer)
    except InvalidOperation:  # pragma: no cover - the regex admits digits only
        return None


def find_amounts(text: str, *, decimal_hint: str | None = None) -> list[tuple[Decimal, int, int]]:
    """Every amount in a line as (value, start, end); the span includes sign and currency."""
    found: list[tuple[Decimal, int, int]] = []
    for run in _RUN_WITH_SPACES.finditer(text):
        pieces = [run]
        if any(ch in _SPACES for ch in run.group(0)):
            value = _amount_around(text, run.start(), run.end(), decimal_hint)
            if value is None:
                pieces = list(_RUN_WITHOUT_SPACES.finditer(text, run.start(), run.end()))
        for piece in pieces:
            amount = _amount_around(text, piece.start(), piece.end(), decimal_hint)
            if amount is not None:
                found.append(amount)
    return found


def _amount_around(
    text: str, start: int, end: int, decimal_hint: str | None
) -> tuple[Decimal, int, int] | None:
    """Check the digits' neighbours, widen the span over sign and currency, then parse."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    two_before = text[start - 2] if start > 1 else ""
    after_next = text[end + 1] if end + 1 < len(text) else ""
    # Parts of dates, times, ranges, codes and percentages are not amounts.
    if after == "%" or (after in "/:" and after_next.isdigit()):
        return None
    if after in _MINUS_SIGNS and after_next.isdigit():
        return None
    if (before != "" and before in "/:.,'") or (before in _MINUS_SIGNS and two_before.isalnum()):
        return None
    if after in ".," and after_next.isdigit():
        return None
    span_start, span_end = start, end
    prefix = text[max(0, start - 8) : start]
    if match := _PREFIX_CURRENCY.search(prefix):
        if currency_from_token(match.group(1)) is not None:
            span_start -= len(match.group(0))
    elif before.isalpha() or before == "_":
        return None
    sign = _PREFIX_SIGN.search(text[max(0, span_start - 3) : span_start])
    open_paren = False
    if sign and (sign.group(1) or sign.group(2)):
        sign_start = span_start - len(sign.group(0))
        sign_before = text[sign_start - 1] if sign_start > 0 else ""
        if sign.group(2) == "+" and not any(ch in ".," for ch in text[start:end]):
            return None  # "+49": an international dialling code, not a positive amount
        if not (sign_before.isalnum() and sign.group(2)):
            span_start = sign_start
            open_paren = sign.group(1) is not None
    suffix = _SUFFIX.match(text, end)
    if suffix:
        suffix_text = suffix.group(0)
        if suffix_text.endswith(")") and not open_paren:
            suffix_text = suffix_text[:-1]
        if suffix.group(1) and currency_from_token(suffix.group(1)) is None:
            suffix_text = ""
        span_end = end + len(suffix_text)
    if open_paren and not text[span_start:span_end].endswith(")"):
        span_start += 1
    following = text[span_end] if span_end < len(text) else ""
    if span_end == end and (following.isalpha() or following == "_"):
        return None
    value = parse_amount(text[span_start:span_end], decimal_hint=decimal_hint)
    if value is None:
        return None
    return value, span_start, span_end


def format_decimal_hint(texts: Iterable[str]) -> str | None:
    """The decimal mark ("," or ".") a document's amounts use, or None when they never tell."""
    votes = {",": 0, ".": 0}
    for text in texts:
        for run in _RUN_WITHOUT_SPACES.finditer(text):
            mark = _decimal_mark_evidence(run.group(0))
            if mark is not None:
                votes[mark] += 1
    if votes[","] == votes["."]:
        return _DOCUMENT_MARK.get()
    return "," if votes[","] > votes["."] else "."


def _decimal_mark_evidence(number: str) -> str | None:
    """Which decimal mark one number proves, if any ("1.234,5" proves ",")."""
    marks = [ch for ch in number if ch in ".,"]
    if not marks or number.endswith("-"):
        return None
    groups = re.split(r"[.,]", number)
    if len(set(marks)) == 2:
        last = marks[-1]
        if marks.count(last) == 1 and _regular_grouping(groups[:-1], {marks[0]}):
            return last
        return None
    mark = marks[0]
    if len(marks) == 1:
        return mark if len(groups[-1]) in (1, 2) else None
    if _regular_grouping(groups, {mark}):
        return "," if mark == "." else "."
    return None
