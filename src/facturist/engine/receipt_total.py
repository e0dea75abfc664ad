"""A receipt's total: the amount on the best TOTAL line, reconciled with cash handed over
minus change and with rounding (moved out of receipts.py, which reads the name block)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_european_totals import SUM_CAPTION, amount_above_included_tax
from facturist.engine.receipt_rows import one_digit_slip
from facturist.engine.receipt_scan import AMOUNT, NOT_TOTAL, TOTAL, amounts_in, letter_count
from facturist.engine.receipt_words import amount_beside_words, amount_in_words
from facturist.engine.tipcharged import tips_taken
from facturist.engine.tips import holds_tip_figure, names_tip_included

# Labels of the final amount; other TOTAL lines compete by size (a total with tax is the
# largest: "Total HT" / "Total ilíquido" / a tax summary's "Total" are smaller).
# Malay "Jumlah perlu bayar" (amount to pay) is the payable total, after the rounding.
_FINAL_TOTAL = re.compile(r"ROUND|GRAND|\bP[AE]?Y?ABLE\b|PERLU\s*(DI)?BAYAR", re.IGNORECASE)
# Malay "Penggenapan" (rounding) and "Pelarasan" (adjustment).
_ROUNDING = re.compile(r"ROUNDING|ROUND\s*ADJ|ADJ|PENGGENAPAN|PELARASAN", re.IGNORECASE)
_DISCOUNT = re.compile(r"\b(DISC(OUNT)?|DISKAUN|POTONGAN|RABAT|LESS)\b", re.IGNORECASE)
# "Less: Deposit paid": a prepayment taken off the total, which the balance due follows; the
# total stays the grand total.
_PREPAYMENT = re.compile(r"\b(DEPOSIT|ADVANCE|PREPAID|PAID|DOWN\s*PAYMENT|PENDAHULUAN)\b", re.I)
_CASH = re.compile(r"\b(CASH|TENDERED|PAYMENT|PAID|TUNAI)\b", re.IGNORECASE)
# Money handed over: "Amount Paid" above "Cash In" on a pay station is the fee, not the cash.
_TENDER = re.compile(r"\b(CASH|TENDERED|TUNAI)\b", re.IGNORECASE)
_AMOUNT_PAID = re.compile(r"\b(AMOUNT|AMT)\s*PAID\b|\bPAID\s*(AMOUNT|AMT)\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(CHANGE|BAKI|KEMBALI)\b", re.IGNORECASE)
_CENT = Decimal("0.01")
_TWO_DECIMALS = re.compile(r"\d[.,]\d{2}(?!\d)")


def _split_glued(text: str) -> str:
    """'TOTAL60.30' -> 'TOTAL 60.30': OCR sometimes drops the space before a number."""
    return re.sub(r"(?<=[A-Za-z:])(?=(RM)?\d)", " ", text)


def _line_amount(lines: Sequence[Line], index: int) -> Decimal | None:
    """The last amount on line `index`, or alone on the next line (value under the label)."""
    line = lines[index]
    if len(line.cells) > 1 and _TWO_DECIMALS.search(line.cells[-1].text):
        parsed = parse_amount(line.cells[-1].text)  # "1 055,22 €", "-4.501,56", "RM 60.31"
        if parsed is not None:
            return parsed
    values = amounts_in(_split_glued(line.text))
    if values:
        return values[-1]
    if index + 1 < len(lines):
        following = lines[index + 1]
        if (
            letter_count(following.text) <= 3
            and following.y0 - lines[index].y1 < 2 * lines[index].height
        ):
            below = amounts_in(following.text)
            if below:
                return below[-1]
    return None


# A TOTAL line's reading: (rank, size, -index, amount); the best is the greatest of the first
# three (a final total's caption, then the bigger sum, then the earlier line).
_Total = tuple[int, Decimal, int, Decimal]


def receipt_total(lines: Sequence[Line]) -> Value | None:
    """The amount on the best TOTAL line, reconciled with cash minus change and rounding."""
    candidates = _total_lines(lines)
    settled = _cash_less_change(lines)
    if settled is not None and settled > 0:
        candidates = _agreeing(lines, candidates, settled) or candidates
    if not candidates and settled is None:
        candidates = _uncaptioned_total(lines)
    best = max(candidates, key=lambda c: c[:3]) if candidates else None
    if best is None:
        if settled is None or settled <= 0:
            return None
        return Value(float(settled), f"{settled:.2f}", (), 0.5)
    rank, _size, negative_index, amount = best
    index = -negative_index
    if rank == 1:
        amount = _rounded(lines, index, amount)
    if settled is not None and settled > 0 and abs(settled - amount) <= Decimal("0.05"):
        amount = settled  # the cash line is read twice (paid, change): trust it for cents
    amount = amount.quantize(_CENT)
    return field_value(f"{amount:.2f}", lines[index].words, float(amount))


def _total_lines(lines: Sequence[Line]) -> list[_Total]:
    """Every TOTAL line's amount, but a sum before a discount."""
    candidates: list[_Total] = []
    for index, line in enumerate(lines):
        text = line.text
        # A Polish fiscal receipt's "SUMA PLN" (receipt_european_totals.py).
        if not (TOTAL.search(text) or SUM_CAPTION.search(text)) or NOT_TOTAL.search(text):
            continue
        if names_tip_included(text):
            continue  # "Gesamt inkl. Trinkgeld": the bill's total is before the tip (tips.py)
        if holds_tip_figure(text):
            continue  # "18%  Tip $18.36  Total $130.82": a suggested gratuity (tips.py)
        amount = _line_amount(lines, index)
        if amount is None:
            amount = _pointless_total(lines, index)
        if amount is None or amount == 0:
            continue
        rank = 2 if _FINAL_TOTAL.search(text) else 1
        candidates.append((rank, abs(amount), -index, amount))
    candidates = _without_tipped(lines, candidates)
    # "Jumlah 307.75 / Diskaun -0.75 / TOTAL 307.00": a total above a discount line and a
    # later total is the sum before the discount.
    return [
        c
        for c in candidates
        if not any(
            later[2] < c[2] and any(_discount_row(ln.text) for ln in lines[-c[2] + 1 : -later[2]])
            for later in candidates
        )
    ]


def _without_tipped(lines: Sequence[Line], candidates: list[_Total]) -> list[_Total]:
    """The candidates but a sum charged with a tip taken ("TOTAL CHARGED: $132.86" under
    "Tip: $20.40"): another TOTAL line plus the tip (tipcharged.py)."""
    tips = {tip for _, tip in tips_taken(lines)} if candidates else set()
    if not tips:
        return candidates
    sums = {c[3] for c in candidates}
    return [c for c in candidates if not any(c[3] - tip in sums for tip in tips)]


def _cash_less_change(lines: Sequence[Line]) -> Decimal | None:
    """What was handed over (tendered or cash) minus the change given, when both print."""
    paid = _labelled_amount(lines, _TENDER)
    if paid is None:
        paid = _labelled_amount(lines, _CASH)
    change = _labelled_amount(lines, _CHANGE)
    if paid is None and change is not None:
        paid = _above_change(lines)
    return paid - change if paid is not None and change is not None else None


def _agreeing(lines: Sequence[Line], candidates: list[_Total], settled: Decimal) -> list[_Total]:
    """Cash handed over minus change is what the total was: a TOTAL line that agrees with it
    beats bigger or better-labelled ones (item subtotals, tax summaries)."""
    agreeing = [c for c in candidates if abs(c[3] - settled) <= Decimal("0.05")]
    if not agreeing:
        # "Total 03.05" over "Cash 100.00 / Change 16.95": no total prints a leading zero,
        # so OCR lost its first digit (a dark scan's 8); cash minus change mends it.
        agreeing = [
            (c[0], settled, c[2], settled)
            for c in candidates
            if (printed := re.findall(r"\d[\d,]*[.,]\d{2}\b", lines[-c[2]].text))
            and re.match(r"0\d", printed[-1])
            and one_digit_slip(settled, printed[-1])
        ]
    if not agreeing:
        # No TOTAL line agrees (a misread label, "0otal"): the same amount printed on
        # another line is enough to trust cash minus change.
        agreeing = [
            (1, settled, -index, settled)
            for index, line in enumerate(lines)
            if not _CASH.search(line.text)
            and not _CHANGE.search(line.text)
            and settled in amounts_in(_split_glued(line.text))
        ][-1:]
    return agreeing


def _uncaptioned_total(lines: Sequence[Line]) -> list[_Total]:
    """No TOTAL line and no cash handed over."""
    if (spelled := amount_in_words(lines)) is not None:
        # The amount printed in a box that the amount in words spells out.
        return [(1, spelled[1], -spelled[0], spelled[1])]
    # A card, a pay station: "Amount Paid".
    paid: list[_Total] = [
        (1, fee, -index, fee)
        for index, line in enumerate(lines)
        if _AMOUNT_PAID.search(line.text) and (fee := _line_amount(lines, index))
    ][:1]
    if paid:
        return paid
    if (fare := amount_above_included_tax(lines)) is not None:
        # A fare above the tax it includes ("Fahrpreis EUR 38,00" / "darin 7% MwSt 2,49").
        return [(1, fare[1], -fare[0], fare[1])]
    if (beside := amount_beside_words(lines)) is not None:
        # Neither caption nor words readable (a PAID stamp over both): the amount beside the
        # amount in words.
        return [(1, beside[1], -beside[0], beside[1])]
    return []


def _rounded(lines: Sequence[Line], index: int, amount: Decimal) -> Decimal:
    """A rounding adjustment printed under the total changes what was paid."""
    for line in lines[index + 1 : index + 4]:
        if _ROUNDING.search(line.text):
            adjustment = amounts_in(_split_glued(line.text))
            if adjustment and abs(adjustment[-1]) < Decimal("0.10"):
                amount += adjustment[-1]
            break
    return amount


def _discount_row(text: str) -> bool:
    """A discount taken off the sum above it (not a deposit paid before)."""
    return bool(_DISCOUNT.search(text)) and not _PREPAYMENT.search(text)


def _above_change(lines: Sequence[Line]) -> Decimal | None:
    """The amount on the line above the change: what was handed over, whatever its label
    says ("Accepted total 10.00" / "Change 5.00" on a parking machine's ticket)."""
    for index, line in enumerate(lines[1:], start=1):
        if _CHANGE.search(line.text) and not TOTAL.search(line.text):
            found = amounts_in(_split_glued(lines[index - 1].text))
            return found[-1] if found else None
    return None


def _pointless_total(lines: Sequence[Line], index: int) -> Decimal | None:
    """A total whose decimal point OCR lost ("TOTAL 4460 RM" for a handwritten 44.60), when
    the amounts of the lines above it add up to it in cents."""
    figures = re.findall(r"(?<![\d.,])\d{3,7}(?![\d.,])", lines[index].text)
    items = [found[-1] for line in lines[:index] if (found := amounts_in(line.text))]
    if len(figures) != 1:
        return None
    amount = Decimal(figures[0]) / 100
    if len(items) >= 2 and sum(items) == amount:
        return amount
    # The item amounts may have lost their points too ("5600" for 56.00): the rows right
    # above the total, each ending in an amount or a bare figure in cents, add up to it.
    above = _cents_above(lines, index)
    return amount if len(above) >= 2 and sum(above) == amount else None


def _cents_above(lines: Sequence[Line], index: int) -> list[Decimal]:
    """The last amount of each line right above line `index`, a bare figure read in cents."""
    found: list[Decimal] = []
    for line in reversed(lines[:index]):
        last = line.text.split()[-1] if line.text.split() else ""
        if AMOUNT.fullmatch(last):
            found.append(amounts_in(last)[-1])
        elif re.fullmatch(r"\d{3,5}", last):
            found.append(Decimal(last) / 100)
        else:
            break
    return found


def _labelled_amount(lines: Sequence[Line], label: re.Pattern[str]) -> Decimal | None:
    """The amount on the first line carrying `label` (and not a TOTAL)."""
    for index, line in enumerate(lines):
        if label.search(line.text) and not TOTAL.search(line.text):
            amount = _line_amount(lines, index)
            if amount is not None:
                return amount
    return None
