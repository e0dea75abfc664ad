"""A receipt's totals block checked as a chain: net + tax = gross, gross + rounding = payable.

Dot-matrix and faint thermal print read a zero as 8, 6 or 9 ("340.70" as "340.76"); a total
block prints each figure once, so the slip goes unnoticed unless the block is added up.

- The payable total under a rounding adjustment ("Total Incl. GST 340.68 / Rounding Adj.
  0.02 / GRAND TOTAL 340.70") is the gross above it plus the adjustment, which brings it to the
  smallest coin (5 sen in Malaysia, 5 Rappen in Switzerland). A payable read off the coin that
  differs from that sum in one digit is the sum, misread.
- The net is the gross minus the tax. A net read one look-alike digit off (0 read as 8) from
  that difference, where the difference times the printed rate gives the printed tax to the
  cent and the read net does not, is the difference, misread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.rateslips import printed_tax, value_number
from facturist.engine.receipt_rows import one_digit_slip
from facturist.engine.receipt_scan import amounts_in

__all__ = ["with_total_chain"]

# "Rounding Adj.", "ROUNDING", "Round. Adj", Malay "Penggenapan" / "Pelarasan".
_ROUNDING = re.compile(r"\bROUND(?:ING)?\b|\bPENGGENAPAN\b|\bPELARASAN\b", re.IGNORECASE)
# The gross's caption over the rounding: "Total Incl. GST", "Sub Total", Malay "Jumlah".
_TOTAL_CAPTION = re.compile(r"\b(?:SUB[\s-]?)?TOTAL\b|\bJUMLAH\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*[.,]\d{2}")
_COIN = Decimal("0.05")
_CENT = Decimal("0.01")
# Digits a low-resolution print reads for each other: the closed loops of 0, 6, 8, 9 and 3.
_LOOKALIKE = ("0689", "38", "56", "17")


def with_total_chain(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with a payable total and a net mended where the totals block's chain shows
    one misread digit."""
    gross: Decimal | None = None
    chain = _rounding_chain(lines)
    if chain is not None:
        gross, adjustment, payable_text, rounded_total = chain
        fields = _mended_payable(fields, gross + adjustment, payable_text, rounded_total)
    total = value_number(fields.get("total_amount"))
    if gross is None and total is not None:
        gross = total
    return _mended_net(lines, fields, gross) if gross is not None else fields


def _rounding_chain(lines: Sequence[Line]) -> tuple[Decimal, Decimal, str, bool] | None:
    """(gross, adjustment, payable's figure, whether a total's caption names the gross and
    the adjustment is not nothing) from a rounding line between two amount lines whose gross
    plus adjustment lands on the coin."""
    for index in range(1, len(lines) - 1):
        if not _ROUNDING.search(lines[index].text):
            continue
        adjustment = amounts_in(lines[index].text)
        above = amounts_in(lines[index - 1].text)
        below = _FIGURE.findall(lines[index + 1].text)
        if len(adjustment) != 1 or not above or not below or abs(adjustment[0]) >= Decimal("0.10"):
            continue  # "ROUND TABLE 1 120.00": an item, not the adjustment
        gross = above[-1]
        if (gross + adjustment[0]) % _COIN != 0:
            continue  # no rounding to the coin: the lines are not that chain
        # A captioned gross off the coin, brought onto it: the sum is the payable's.
        captioned = _TOTAL_CAPTION.search(lines[index - 1].text) is not None
        return gross, adjustment[0], below[-1], captioned and adjustment[0] != 0
    return None


def _mended_payable(
    fields: dict[str, Value], payable: Decimal, printed: str, rounded_total: bool
) -> dict[str, Value]:
    """The total replaced by `payable` where it was read from `printed`, a figure off the coin
    one digit away from it (or one coin off a `rounded_total`'s sum: a captioned gross off
    the coin, brought onto it by a nonzero rounding)."""
    total = fields.get("total_amount")
    read = value_number(total)
    if total is None or read is None or read == payable:
        return fields
    if read % _COIN == 0 and not (abs(read - payable) == _COIN and rounded_total):
        # A payable on the coin too is a slip only where it is one coin off a total that
        # needed rounding: a 5 and a 0 in the last place, which faint print and OCR confuse
        # ("36.20" for "36.25" under "Total Incl. GST 36.26 / Rounding -0.01").
        return fields
    if _number_of(printed) != read or not one_digit_slip(payable, printed):
        return fields
    mended = {**fields, "total_amount": replace(total, value=float(payable), text=f"{payable}")}
    due = fields.get("amount_due")
    if due is not None and value_number(due) == read:
        mended["amount_due"] = replace(due, value=float(payable), text=f"{payable}")
    return mended


def _mended_net(
    lines: Sequence[Line], fields: dict[str, Value], gross: Decimal
) -> dict[str, Value]:
    """The net replaced by gross minus tax where the printed rate confirms that and not it."""
    net_value = fields.get("net_amount")
    net, tax = value_number(net_value), value_number(fields.get("tax_amount"))
    printed = printed_tax(lines)
    if net_value is None or net is None or tax is None or printed is None:
        return fields
    rate, printed_amount = printed
    if printed_amount != tax or net + tax == gross:
        return fields
    wanted = gross - tax
    if wanted <= 0 or not _lookalike_slip(net, wanted):
        return fields
    if _taxed(wanted, rate) != tax or _taxed(net, rate) == tax:
        return fields
    return {**fields, "net_amount": replace(net_value, value=float(wanted), text=f"{wanted}")}


def _taxed(base: Decimal, rate: Decimal) -> Decimal:
    return (base * rate).quantize(_CENT, ROUND_HALF_UP)


def _lookalike_slip(read: Decimal, wanted: Decimal) -> bool:
    """`read` is `wanted` but for one digit that print reads for the other (0 as 8)."""
    first, second = f"{read:.2f}", f"{wanted:.2f}"
    if len(first) != len(second):
        return False
    slips = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    return len(slips) == 1 and any(set(slips[0]) <= set(group) for group in _LOOKALIKE)


def _number_of(text: str) -> Decimal | None:
    found = amounts_in(text)
    return found[-1] if found else None
