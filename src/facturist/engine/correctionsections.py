"""A corrective invoice's item tables under titles: before, after, and the difference.

Polish "faktura korygująca" (and German, Czech, English corrections) list the items three
times, each table under a title of its own::

    PRZED KOREKTĄ            (the items as first invoiced)
    Lp. | Nazwa | Ilość | ...
    PO KOREKCIE              (the items as corrected)
    Lp. | Nazwa | Ilość | ...
    KOREKTA (RÓŻNICA)        (the difference: what the correction bills)
    Lp. | Nazwa | Ilość | ...

The items are the difference table's rows only. That table need not list every item (an item
left unchanged has no difference) nor name them as the others do ("– zwrot towaru" added), so
the tables are told apart by their titles rather than by their figures.
"""

from __future__ import annotations

import functools

from facturist.engine.comparisonrows import label_kind
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The most words a section title runs to ("Stan po korekcie", "Korekta (różnica)").
_TITLE_WORDS = 5
_KINDS = {"before", "after", "change"}


# label_kind depends on the text alone; the same short lines (captions, page labels) come by
# on every document.
_label_kind = functools.lru_cache(maxsize=4096)(label_kind)


def _titles(lines: list[Line]) -> list[tuple[int, float, str]]:
    """The section titles on the lines: (page, top, kind), in reading order."""
    found = []
    for line in lines:
        text = line.text.strip()
        if len(text.split()) > _TITLE_WORDS or any(map(str.isdigit, text)):
            continue
        kind = _label_kind(text)
        if kind is not None:
            found.append((line.page, line.y0, kind))
    return found


def _where(item: dict[str, Value]) -> tuple[int, float] | None:
    for value in item.values():
        if value.boxes:
            return value.boxes[0].page, value.boxes[0].y0
    return None


def difference_items(lines: list[Line], items: list[dict[str, Value]]) -> list[dict[str, Value]]:
    """The items under a difference title, where items stand under a before and an after
    title too; else the items as they are."""
    if not items:
        return items  # no item stands under any title: the items as they are
    titles = _titles(lines)
    if {kind for _, _, kind in titles} != _KINDS:
        return items
    sections: list[str | None] = []
    for item in items:
        place = _where(item)
        above = [kind for page, top, kind in titles if place and (page, top) < place]
        sections.append(above[-1] if above else None)
    if not all(kind in sections for kind in _KINDS):
        return items
    return [item for item, kind in zip(items, sections, strict=True) if kind == "change"]
