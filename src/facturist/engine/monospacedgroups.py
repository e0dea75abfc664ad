"""A figure's thousands groups one monospaced space apart: one amount, not two cells.

French, Belgian, Polish and Nordic invoices group thousands with a space ("4 769,20"). In
monospaced print (Courier) that space is a whole letter wide, as wide as the gap that cuts
a line into cells, and layout.join_digit_groups (made for proportional print's narrow space)
leaves "4" and "769,20" apart; where monospace.py cannot tell the line's grid (a right-aligned
column beside a left-aligned one, terms in smaller print on the totals' lines) the cells
"4 | 769,20" are then read as two figures, and a total as 4.00.

The pair itself shows the grid: the tail's ink is its characters' width at the pitch the
pair's spacing gives for one space, and a digit's height fits that pitch (a proportional
font's digits are taller than a letter of its width allows). DejaVu Sans Mono's digits stand
taller over its pitch (1.22) than Courier's, nearly as tall as Helvetica's would over the pitch
a pair of them could show: such a pair is taken where another pair of the row's words stands
one space apart on the same grid ("Sum eks. mva 102 110,00"), which proportional print, its
word space half a letter, never shows. Such a pair is joined, unless
the row's arithmetic says the head is a quantity one space before its price: "4 769,20 ...
3 076,80", where 4 x 769,20 is a figure later on the row; then the two stay cells apart.
"""

from __future__ import annotations

import re

from facturist.engine.model import Box, Word
from facturist.engine.monospace import one_space_gaps
from facturist.engine.parsing import parse_amount

_HEAD = re.compile(r"^[(\-\u2212]?\d{1,3}$")
_MIDDLE = re.compile(r"^\d{3}$")
_TAIL = re.compile(r"^\d{3}[.,]\d{2}\)?$")
# A word's ink over its characters at the pitch: each a pitch, less the first and last
# glyphs' side bearings (as monospace.py measures).
_WIDTH_PER_CHARS = (-0.85, 0.1)
# A digit's ink height over the pitch: Courier's digits (0.6 em) over its 0.6 em pitch are
# about 1.0; Helvetica's (0.7 em) over the 0.51 em its figures would fit 1.37.
_DIGIT_HEIGHT_PER_PITCH = (0.7, 1.16)
# DejaVu Sans Mono's digits (0.73 em) over its 0.6 em pitch: about 1.22, short of Helvetica's.
_TALL_DIGIT_HEIGHT_PER_PITCH = (0.7, 1.3)
# The ink gap between the groups, in pitches: one space and the glyphs' side bearings.
_GAP_PITCHES = (0.6, 2.0)


def join_monospaced_groups(words: list[Word]) -> tuple[list[Word], frozenset[int]]:
    """The words with each monospaced figure's groups joined into one word, and the indexes
    (in the returned list) of words that must be cut from the word before: a quantity one
    space before its price, as the row's arithmetic shows."""
    chains = _chains(words)
    out: list[Word] = []
    apart: list[int] = []
    position = len(words)
    # Right to left, so that a chain's row arithmetic sees the figures after it joined.
    for start, end in reversed(chains):
        tail = words[end + 1 : position]
        out[:0] = tail
        chain = words[start : end + 1]
        if len(chain) == 2 and _quantity_times_price(chain[0], chain[1], out):
            out[:0] = chain
            apart.append(start + 1)  # index fixed below, once the words before are known
        else:
            joined = chain[0]
            for word in chain[1:]:
                joined = _joined(joined, word)
            out.insert(0, joined)
        position = start
    out[:0] = words[:position]
    if not apart:
        return out, frozenset()
    indexes = {id(words[i]) for i in apart}
    return out, frozenset(i for i, w in enumerate(out) if id(w) in indexes)


def _joined(previous: Word, word: Word) -> Word:
    """Two groups of one figure as one word, a no-break space between (as layout joins)."""
    box = previous.box
    joined = Box(box.page, box.x0, min(box.y0, word.box.y0), word.box.x1, max(box.y1, word.box.y1))
    return Word(
        f"{previous.text}\u00a0{word.text}", joined, min(previous.confidence, word.confidence)
    )


def _chains(words: list[Word]) -> list[tuple[int, int]]:
    """(first, last) index of each head with its groups one monospaced space on, the last
    group carrying the decimals."""
    chains: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if not _HEAD.match(words[index].text):
            index += 1
            continue
        end = index
        while end + 1 < len(words) and _one_space(words, end):
            end += 1
            if not _MIDDLE.match(words[end].text):
                break
        if end > index and _TAIL.match(words[end].text):
            chains.append((index, end))
            index = end + 1
        else:
            index += 1
    return chains


def _one_space(words: list[Word], index: int) -> bool:
    """Whether words[index + 1], a group of three digits (with decimals or not), stands one
    monospaced space after words[index] on the grid the pair's own spacing and widths show
    (digits as tall as DejaVu Sans Mono's where the row's words confirm that grid)."""
    left, right = words[index], words[index + 1]
    if not (_MIDDLE.match(right.text) or _TAIL.match(right.text)):
        return False
    if one_monospaced_space(left, right):
        return True
    return one_monospaced_space(left, right, tall_digits=True) and _grid_elsewhere(words, index)


def _grid_elsewhere(words: list[Word], index: int) -> bool:
    """Whether the row's other words stand one space apart on a monospaced grid (monospace.py
    tells such rows; it takes DejaVu Sans Mono's taller faces too)."""
    return bool(one_space_gaps([words])[0] - {index + 1})


def one_monospaced_space(left: Word, right: Word, tall_digits: bool = False) -> bool:
    """Whether `right` stands one monospaced space after `left` on the grid the pair's own
    spacing and widths show. `tall_digits`: allow the taller digits of DejaVu Sans Mono's
    kind (monospacedwholegroups.py, where the row's arithmetic confirms the reading)."""
    chars = (len(left.text) + len(right.text)) / 2 + 1
    span = (right.box.x0 + right.box.x1 - left.box.x0 - left.box.x1) / 2
    pitch = span / chars
    if pitch <= 0.5:
        return False
    gap = right.box.x0 - left.box.x1
    if not _GAP_PITCHES[0] * pitch <= gap <= _GAP_PITCHES[1] * pitch:
        return False
    low, high = _WIDTH_PER_CHARS
    for word in (left, right):
        count = len(word.text)
        width = word.box.x1 - word.box.x0
        if count >= 2 and not (count + low) * pitch <= width <= (count + high) * pitch:
            return False
    # Figures without a comma's descender: their ink is the digits' height.
    digits = [w for w in (left, right) if _HEAD.match(w.text) or _MIDDLE.match(w.text)]
    low, high = _TALL_DIGIT_HEIGHT_PER_PITCH if tall_digits else _DIGIT_HEIGHT_PER_PITCH
    return all(low * pitch <= w.box.y1 - w.box.y0 <= high * pitch for w in digits)


def _quantity_times_price(head: Word, tail: Word, after: list[Word]) -> bool:
    """Whether the head times the tail is a figure later on the row: a quantity and its
    price one space apart, not one amount."""
    quantity = parse_amount(head.text.strip("()"))
    price = parse_amount(tail.text.rstrip(")"))
    if quantity is None or price is None or quantity <= 0:
        return False
    product = float(quantity) * float(price)
    joined = parse_amount(f"{head.text.strip('()')}\u00a0{tail.text.rstrip(')')}")
    for word in after:
        figure = parse_amount(word.text.strip("€()"))
        if figure is None or (joined is not None and figure == joined):
            continue
        if abs(abs(float(figure)) - product) <= 0.011:
            return True
    return False
