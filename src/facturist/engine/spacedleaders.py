"""Leader dots set one by one, a space between each (". . . . . . . €  130,17"): word
processors and premium notes fill a caption's row out to its figure so. Each dot is a word of
its own, and the row would read as dozens of cells between the caption and the figure; the
dots lead the eye and say nothing, so a run of several such dots is dropped. Middle dots
("A · B · C") separate a footer's items and stay."""

from __future__ import annotations

from facturist.engine.model import Word

# A word that is one leader dot: a full stop or an ellipsis.
_DOTS = frozenset({".", "…"})
# Lone dots in a row that make a run of leaders: fewer may be text ("Nr .", "Fig . 3").
_RUN = 5


def without_spaced_leaders(row: list[Word]) -> list[Word]:
    """The row (left to right) less its runs of lone leader dots."""
    if sum(1 for word in row if word.text in _DOTS) < _RUN:
        return row
    kept: list[Word] = []
    run: list[Word] = []
    for word in row:
        if word.text in _DOTS:
            run.append(word)
            continue
        if len(run) < _RUN:
            kept.extend(run)
        run = []
        kept.append(word)
    if len(run) < _RUN:
        kept.extend(run)
    return kept
