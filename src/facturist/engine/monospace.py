"""Monospaced lines: a gap of one character's width between words is a space, not a cell break.

In a monospaced font (Courier: letters typed by older ERPs, plain-text renderings, Flemish
and German letter-style invoices) a word space is a whole character wide (0.6 em), and word
boxes are ink boxes, so two words of one phrase stand 0.6 em plus two side bearings apart:
more than layout.split_cells' cut (0.9 x the taller word's ink height, about 0.4 em for a
lowercase word), which cut every word of such a line into a cell of its own ("Lier, | 19 |
maart | 2025", "Gelieve | te | betalen | binnen | 30 | dagen", whose "te betalen" was then read
as an amount's caption).

Such a line is told by its grid, not by a font name (the words carry none, and OCR boxes
could not tell either): every word stands a whole number of character widths (the pitch)
after the one before, middle to middle (half of each word's characters + spaces) x pitch,
give or take the glyphs' side bearings, and every word's ink is about its characters x pitch
wide. A pitch that fits two or more close pairs of a line, or one close pair where another
line of the page set that pitch, marks the line monospaced; its words one space apart are
then one phrase, while two or more spaces (the columns of a plain-text table) still cut.
Proportional print fails the grid: its word space (0.28 em) is about half a letter.

Taller monospaced faces (DejaVu Sans Mono, Menlo, Consolas: capitals 0.73 em over a 0.6 em
pitch) stand taller over their pitch than Courier, as tall as all-capital proportional print
over the pitch its letters would fit, so height alone cannot tell them from it: their grid
must fit closer (a monospaced face's side bearings differ little, a proportional line's words
fall on a grid only by chance).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from facturist.engine.model import Word

# How far (a share of the pitch) a word's middle may stray from the grid: the side bearings
# of two words' first and last glyphs differ by up to about a fifth of a Courier letter.
_GRID_SLACK = 0.25
# A pair of words this many spaces apart or more is a column gap: the run may start off grid
# after it (right-aligned figures), so it neither confirms nor spoils the pitch.
_COLUMN_SPACES = 3
# Ink apart by this many pitches or more, a pair is a column gap whatever its words' widths
# say: two spaces and two glyphs' side bearings stay under it. A second column in a smaller
# print ("Inh. Kerstin Lorenz" at 10 pt, "Rechnungsdatum: 15.04.2024" at 8.5 pt) misfits
# the first column's pitch and must not spoil it.
_COLUMN_INK_GAP = 2.6
# Close pairs (under _COLUMN_SPACES) that must fit a pitch found on the line alone.
_MIN_CLOSE_PAIRS = 2
# The tallest word's ink height over the pitch: Courier's 0.8 em from ascender to descender
# over its 0.6 em pitch is 1.33, its x-height 0.7; a proportional font's average letter
# (0.5 em) under an ascender and a descender (0.95 em) is taller than monospaced print allows.
_HEIGHT_PER_PITCH = (0.6, 1.45)
# ... and without a descender: Courier's ascender (0.63 em) over its pitch is 1.05 to 1.12,
# Helvetica's capitals (0.72 em) over the pitch its letters would fit (0.64 em) 1.19.
_PLAIN_HEIGHT_PER_PITCH = 1.16
# Taller faces: DejaVu Sans Mono's ascender to descender (1.0 em) over its 0.6 em pitch is
# 1.66 ("|", "bg"), its ascender (0.76 em) 1.28; Consolas' (0.98 and 0.74 em over 0.55 em)
# 1.78 and 1.35. A line as tall over a pitch must fit the grid closer, at _TALL_GRID_SLACK.
_TALL_HEIGHT_PER_PITCH = 1.82
_TALL_PLAIN_HEIGHT_PER_PITCH = 1.4
_TALL_GRID_SLACK = 0.2
# ... and an accented capital reaches over the ascender ("GRÄF", "ÉTS", "ČÍSLO"), as do a
# ring or a caron over a small letter in taller faces ("Důvod", "å", "ĺ"), and an ogonek
# hangs under the baseline ("ę"): Latin Extended-A, U+0100 to U+017F, whole.
_DESCENDS = re.compile(r"[gjpqyQJ,;()/\[\]{}|@$§µ_ÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝåçýÿþ\u0100-\u017f]")
# Dot leaders ("Name ..................... Brandt AG"): a caption's row ends there, one
# space before its value or not.
_LEADER = re.compile(r"^[.·…_-]{3,}:?$")


def one_space_gaps(lines: Sequence[Sequence[Word]]) -> list[frozenset[int]]:
    """For each line of a page (its words left to right), the indexes i of the words that
    follow words[i - 1] one space apart in monospaced print: no cell break there."""
    # Each line's heights are measured once, only where a pitch is tried on it.
    heights = [_heights(words) if len(words) > _MIN_CLOSE_PAIRS else None for words in lines]
    grids = [
        _line_grid(words, h) if h is not None else None
        for words, h in zip(lines, heights, strict=True)
    ]
    # Another line's pitch is tried on a line of none, the first that fits wins: a pitch
    # equal to one tried before gives the same answer, so each is tried once.
    known = list(dict.fromkeys(grid[0] for grid in grids if grid is not None))
    gaps: list[frozenset[int]] = []
    for words, line_heights, grid in zip(lines, heights, grids, strict=True):
        spaces = grid[1] if grid is not None else None
        # (A line of one word has no pair to fit a pitch: _spaces finds it too few close
        # pairs.)
        if grid is None and known and len(words) != 1:
            if line_heights is None and words:  # (an empty line fails in _spaces, as before)
                line_heights = _heights(words)
            for pitch in known:
                spaces = _spaces(words, pitch, least=1, heights=line_heights)
                if spaces is not None:
                    break
        gaps.append(
            frozenset(
                i + 1
                for i, k in enumerate(spaces)
                if k == 1 and not any(_LEADER.match(w.text) for w in words[i : i + 2])
            )
            if spaces is not None
            else frozenset()
        )
    return gaps


def _line_grid(
    words: Sequence[Word], heights: tuple[float, float | None]
) -> tuple[float, list[int | None]] | None:
    """The pitch the line's words stand on when at least _MIN_CLOSE_PAIRS close pairs fit
    it, and their spaces on it; None when the line is not monospaced (or too short to tell).
    `heights`: the line's _heights."""
    if len(words) <= _MIN_CLOSE_PAIRS:
        return None
    for left, right in pairwise(words):
        # Each close pair, taken as one space apart, proposes a pitch; the grid confirms it:
        # start to start, then middle to middle.
        starts = (right.box.x0 - left.box.x0) / (len(left.text) + 1)
        for guess in (starts, _span(left, right) / (_half_lengths(left, right) + 1)):
            if not _grid_slack(heights, guess):
                continue  # cheap: most guesses of a proportional line fail here
            spaces = _spaces(words, guess, least=_MIN_CLOSE_PAIRS, heights=heights)
            if spaces is None:
                continue
            refined = _refined(words, spaces)
            if _spaces(words, refined, least=_MIN_CLOSE_PAIRS, heights=heights) == spaces:
                # (The spaces on the refined pitch, at least one close pair: as the caller's
                # _spaces(words, refined, least=1) would find them.)
                return refined, spaces
    return None


def _heights(words: Sequence[Word]) -> tuple[float, float | None]:
    """The tallest word's ink height, and the tallest without a descender (None if none)."""
    tallest = max(w.box.y1 - w.box.y0 for w in words)
    plain = [w.box.y1 - w.box.y0 for w in words if not _DESCENDS.search(w.text)]
    return tallest, max(plain) if plain else None


def _grid_slack(heights: tuple[float, float | None], pitch: float) -> float:
    """How far a word may stray from a grid of `pitch` that the print's height fits: the
    Courier ratios above, or the taller faces' at a closer slack; 0.0 when it misfits."""
    if pitch <= 0.5:
        return 0.0
    tallest, plain = heights
    low, high = _HEIGHT_PER_PITCH
    if tallest < low * pitch or tallest > _TALL_HEIGHT_PER_PITCH * pitch:
        return 0.0
    if plain is not None and plain > _TALL_PLAIN_HEIGHT_PER_PITCH * pitch:
        return 0.0
    if tallest <= high * pitch and (plain is None or plain <= _PLAIN_HEIGHT_PER_PITCH * pitch):
        return _GRID_SLACK
    return _TALL_GRID_SLACK


def _refined(words: Sequence[Word], spaces: list[int | None]) -> float:
    """The pitch that best fits the close pairs' starts, given their spaces."""
    run = chars = 0.0
    for (left, right), k in zip(pairwise(words), spaces, strict=True):
        if k is not None:
            run += _span(left, right)
            chars += _half_lengths(left, right) + k
    return run / chars


def _spaces(
    words: Sequence[Word],
    pitch: float,
    least: int,
    heights: tuple[float, float | None] | None = None,
) -> list[int | None] | None:
    """The spaces between each pair of neighbouring words on a grid of `pitch` (None for a
    column gap); None when a close pair, a word's width or the print's height misfits the
    grid, or fewer than `least` close pairs are there to show it. `heights`: the line's
    `_heights`, when the caller has them."""
    slack = _grid_slack(heights or _heights(words), pitch)
    if not slack:
        return None
    spaces: list[int | None] = []
    on_grid: set[int] = set()  # the words of close pairs
    column_gap = _COLUMN_INK_GAP * pitch
    for index, (left, right) in enumerate(pairwise(words)):
        # (_span and _half_lengths written out: the hot loop of a page's lines.)
        before, after = left.box, right.box
        span = (after.x0 + after.x1 - before.x0 - before.x1) / 2
        half = (len(left.text) + len(right.text)) / 2
        k = round(span / pitch - half)
        if k >= _COLUMN_SPACES or after.x0 - before.x1 >= column_gap:
            spaces.append(None)
            continue
        # Start to start or middle to middle: one of them fits the grid ("nr." has its ink
        # left of its middle, "·" stands in the middle of its cell).
        if k < 1 or (
            abs((after.x0 - before.x0) / pitch - len(left.text) - k) > slack
            and abs(span / pitch - half - k) > slack
        ):
            return None
        spaces.append(k)
        on_grid.update((index, index + 1))
    close = sum(k is not None for k in spaces)
    if close < least or not all(_fits_width(words[i], pitch) for i in on_grid):
        return None
    return spaces


def _span(left: Word, right: Word) -> float:
    """From the middle of one word to the middle of the next: a glyph sits about centred in
    its cell, so middles stray less from the grid than starts do ("·", "1", "(")."""
    return (right.box.x0 + right.box.x1 - left.box.x0 - left.box.x1) / 2


def _half_lengths(left: Word, right: Word) -> float:
    """The characters between two words' middles, spaces left out."""
    return (len(left.text) + len(right.text)) / 2


def _fits_width(word: Word, pitch: float) -> bool:
    """Whether the word's ink is as wide as its characters on the grid: each a pitch, less
    the first and last glyphs' side bearings (up to most of a pitch for "1." or "-")."""
    count = len(word.text)
    if count < 2:
        return True
    width = word.box.x1 - word.box.x0
    return (count - 0.85) * pitch <= width <= (count + 0.1) * pitch
