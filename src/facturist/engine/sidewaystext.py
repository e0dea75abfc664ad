"""Text turned 90° or 270° on the page (a vertical footer in the left margin with the seller's
address, VAT ID and bank account, common on designed German invoices) laid out as upright lines
of their own.

The page's lines are grouped by height, so a turned word at its true place would sit across
several upright lines and be merged into them. Each run of turned text (words sharing one
vertical band) becomes one upright line instead: its words in reading order, spaced as printed
along the run, the same height as their print, placed under the page (below its bottom edge)
one block after another, so they come after every upright line and never interleave with them.
Runs printed as lines of one turned paragraph keep their spacing; other runs are set apart.
The boxes of these words are therefore not where the text is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from facturist.engine.model import Box, Word

# Runs are set this many print heights apart (and from the page's bottom edge): further apart
# than any rule joins lines, so each run is a block of its own.
_RUN_GAP = 3.0


@dataclass(frozen=True)
class TurnedWord:
    """A word printed sideways: its true box (top-left origin) and its reading direction."""

    text: str
    box: Box
    upward: bool  # reads bottom to top (turned 90° counterclockwise); else top to bottom
    bold: bool = False
    colour: tuple[int, int, int] | None = None


def lay_out(turned: list[TurnedWord], page_width: float, page_height: float) -> list[Word]:
    """Upright words standing for the turned words, one line per run, under the page (words
    with y0 at or over `page_height`)."""
    top = page_height
    words: list[Word] = []
    for block in _blocks(_runs(turned)):
        height = max(w.box.x1 - w.box.x0 for run in block for w in run)
        top += _RUN_GAP * height
        placed = _upright(block, page_width, top)
        words.extend(placed)
        top = max(w.box.y1 for w in placed)
    return words


def _runs(turned: list[TurnedWord]) -> list[list[TurnedWord]]:
    """Words grouped by direction and vertical band, each run in reading order; runs turned
    upward first, their lines left to right (the line above a turned-up line is to its left),
    then runs turned downward, right to left."""
    runs: list[list[TurnedWord]] = []
    for upward in (True, False):
        same = [w for w in turned if w.upward == upward]
        same.sort(key=lambda w: (w.box.x0 + w.box.x1) / 2, reverse=not upward)
        bands: list[list[TurnedWord]] = []
        spans: list[tuple[float, float]] = []
        for word in same:
            if spans:
                left, right = spans[-1]
                overlap = min(right, word.box.x1) - max(left, word.box.x0)
                narrower = max(min(right - left, word.box.x1 - word.box.x0), 0.1)
                if overlap >= 0.6 * narrower:
                    bands[-1].append(word)
                    spans[-1] = (min(left, word.box.x0), max(right, word.box.x1))
                    continue
            bands.append([word])
            spans.append((word.box.x0, word.box.x1))
        for band in bands:
            band.sort(key=lambda w: -w.box.y1 if upward else w.box.y0)
        runs.extend(bands)
    return runs


def _blocks(runs: list[list[TurnedWord]]) -> list[list[list[TurnedWord]]]:
    """Runs one under the other as printed (a turned paragraph or address) kept together."""
    blocks: list[list[list[TurnedWord]]] = []
    for run in runs:
        if blocks and _follows(blocks[-1][-1], run):
            blocks[-1].append(run)
        else:
            blocks.append([run])
    return blocks


def _follows(upper: list[TurnedWord], lower: list[TurnedWord]) -> bool:
    """Whether `lower` is the next line of `upper`'s paragraph: same direction, a line's
    height away across the band, and sharing some length along it."""
    if upper[0].upward != lower[0].upward:
        return False
    up_left, up_right = min(w.box.x0 for w in upper), max(w.box.x1 for w in upper)
    low_left, low_right = min(w.box.x0 for w in lower), max(w.box.x1 for w in lower)
    height = max(up_right - up_left, low_right - low_left)
    apart = low_left - up_right if upper[0].upward else up_left - low_right
    top, bottom = min(w.box.y0 for w in upper), max(w.box.y1 for w in upper)
    shared = min(bottom, max(w.box.y1 for w in lower)) - max(top, min(w.box.y0 for w in lower))
    return apart < 0.8 * height and shared > 0


def _upright(block: list[list[TurnedWord]], page_width: float, top: float) -> list[Word]:
    """The block's words turned upright: along the run becomes left to right, across the band
    (from the glyphs' tops to their feet) becomes down the page, from `top`."""
    every = [w for run in block for w in run]
    upward = every[0].upward
    band_left = min(w.box.x0 for w in every)
    band_right = max(w.box.x1 for w in every)
    low, high = min(w.box.y0 for w in every), max(w.box.y1 for w in every)
    start = high if upward else low
    # From the band's left edge, kept on the page's width where the run fits in it.
    left = max(0.0, min(band_left, page_width - (high - low)))
    words = []
    for w in every:
        if upward:  # the glyphs' tops face left
            along = (start - w.box.y1, start - w.box.y0)
            across = (w.box.x0 - band_left, w.box.x1 - band_left)
        else:
            along = (w.box.y0 - start, w.box.y1 - start)
            across = (band_right - w.box.x1, band_right - w.box.x0)
        box = Box(w.box.page, left + along[0], top + across[0], left + along[1], top + across[1])
        words.append(Word(w.text, box, bold=w.bold, colour=w.colour))
    return words
