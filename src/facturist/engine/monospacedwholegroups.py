"""Whole amounts whose thousands groups stand one monospaced space apart: "9 500", "320 548".

Currencies without minor units (forint, yen, krona, won, Chilean peso) print whole amounts,
grouped by thousands with a space ("152 000 Ft"). In monospaced print that space is a whole
letter wide, as wide as the gap between cells, and the row "16 óra 9 500 152 000 27 41 040
193 040" falls apart into "9 | 500 | 152 | 000": a price of 9 and an amount of 500.

Without decimals nothing in a group says it is a figure's tail rather than a figure of its own
("2 500 1 000": a quantity of 2 at 500, 1 000 the amount), so the row's arithmetic decides:
the groups one monospaced space apart (monospacedgroups.py measures the pair's grid) are
joined where the joined figure then agrees with the row's others, a quantity times a price
(16 x 9 500 = 152 000), a net plus its tax (152 000 + 41 040 = 193 040), a rate of a net; of
the readings, the one joining the most figures all of which agree wins. A figure the row
alone cannot prove ("FIZETENDŐ: 320 548 Ft", "nettó: 252 400") is joined where the page's
rows proved the same amount ("ÖSSZESEN: 252 400 68 148 320 548").
"""

from __future__ import annotations

import re
from itertools import combinations, permutations

from facturist.engine.model import Box, Word
from facturist.engine.monospacedgroups import one_monospaced_space
from facturist.engine.parsing import parse_amount

_HEAD = re.compile(r"^[(\-\u2212]?\d{1,3}$")
_GROUP = re.compile(r"^\d{3}$")
_LAST_GROUP = re.compile(r"^\d{3}\)?$")
_DECIMAL_TAIL = re.compile(r"^\d{3}[.,]\d{2}\)?$")
# How far a product, sum or rate may miss its figure: rounding to a whole unit.
_TOLERANCE = 0.51
# The most chains on a row whose joinings are tried together (2 ** 8 readings).
_MOST_CHAINS = 8

Chain = tuple[int, int]


def join_whole_groups(rows: list[list[Word]]) -> list[list[Word]]:
    """A page's rows (words left to right) with each whole amount's groups joined into one
    word where the arithmetic of its row, or an amount its page's rows proved, agrees."""
    chained = [_chains(row) for row in rows]
    joins: list[set[Chain]] = []
    proved: set[float] = set()
    for row, chains in zip(rows, chained, strict=True):
        chosen = _agreeing(row, chains) if chains else set()
        joins.append(chosen)
        proved.update(abs(_joined_value(row, chain)) for chain in chosen)
    result = []
    for row, chains, chosen in zip(rows, chained, joins, strict=True):
        for chain in chains:
            if chain not in chosen and abs(_joined_value(row, chain)) in proved:
                chosen.add(chain)
        result.append(_with_joins(row, chosen) if chosen else row)
    return result


def _chains(words: list[Word]) -> list[Chain]:
    """(first, last) index of each head with whole groups one monospaced space on: not the
    groups of a figure with decimals (monospacedgroups.py joins those)."""
    chains: list[Chain] = []
    index = 0
    while index < len(words):
        if not _HEAD.match(words[index].text):
            index += 1
            continue
        end = index
        while end + 1 < len(words) and (end == index or _GROUP.match(words[end].text)):
            following = words[end + 1]
            if not (_LAST_GROUP.match(following.text) or _DECIMAL_TAIL.match(following.text)):
                break
            if not one_monospaced_space(words[end], following, tall_digits=True):
                break
            end += 1
        if end > index and not _DECIMAL_TAIL.match(words[end].text):
            chains.append((index, end))
        index = end + 1
    return chains[:_MOST_CHAINS]


def _joined_value(words: list[Word], chain: Chain) -> float:
    value = parse_amount("\u00a0".join(w.text for w in words[chain[0] : chain[1] + 1]))
    return float(value) if value is not None else 0.0


def _figures(words: list[Word], joined: set[Chain]) -> tuple[list[float], list[int]]:
    """The row's figures (absolute) with the chains `joined` as one figure each, and where
    in that list each joined chain's figure stands."""
    starts = {start: end for start, end in joined}
    figures: list[float] = []
    places: list[int] = []
    index = 0
    while index < len(words):
        if index in starts:
            places.append(len(figures))
            figures.append(abs(_joined_value(words, (index, starts[index]))))
            index = starts[index] + 1
            continue
        value = parse_amount(words[index].text.rstrip("%"))
        if value is not None:
            figures.append(abs(float(value)))
        index += 1
    return figures, places


def _agrees(figures: list[float], place: int) -> bool:
    """Whether the figure at `place` is a product, sum or rate of two others, or one of the
    two such figures make another."""
    others = [i for i in range(len(figures)) if i != place]
    target = figures[place]
    if any(_related(figures[a], figures[b], target) for a, b in combinations(others, 2)):
        return True
    return any(_related(target, figures[a], figures[b]) for a, b in permutations(others, 2))


def _related(one: float, two: float, target: float) -> bool:
    """one x two, one + two, or one at two per cent is the target."""
    if abs(one * two - target) <= _TOLERANCE or abs(one + two - target) <= _TOLERANCE:
        return True
    return any(
        0 < rate <= 100 and abs(base * rate / 100 - target) <= _TOLERANCE
        for base, rate in ((one, two), (two, one))
    )


def _agreeing(words: list[Word], chains: list[Chain]) -> set[Chain]:
    """Of the ways to join the row's chains, the one joining the most, each joined figure
    agreeing with the row's others; none where no joining agrees."""
    best: set[Chain] = set()
    for size in range(len(chains), 0, -1):
        for subset in combinations(chains, size):
            joined = set(subset)
            figures, places = _figures(words, joined)
            if all(_agrees(figures, place) for place in places):
                return joined
    return best


def _with_joins(words: list[Word], joined: set[Chain]) -> list[Word]:
    starts = {start: end for start, end in joined}
    out: list[Word] = []
    index = 0
    while index < len(words):
        if index not in starts:
            out.append(words[index])
            index += 1
            continue
        group = words[index : starts[index] + 1]
        box = group[0].box
        top = min(w.box.y0 for w in group)
        bottom = max(w.box.y1 for w in group)
        out.append(
            Word(
                "\u00a0".join(w.text for w in group),
                Box(box.page, box.x0, top, group[-1].box.x1, bottom),
                min(w.confidence for w in group),
            )
        )
        index = starts[index] + 1
    return out
