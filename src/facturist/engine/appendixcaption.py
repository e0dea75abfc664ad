"""A customer caption on a later page yields to page one's copy of the same name.

An appendix ("Anlage zu Rechnung ...: Tätigkeitsnachweis", an activity log, a delivery
list) repeats the customer under a caption ("Kunde: Bäckerei Huber GmbH · Zeitraum ...") on
page two or later. Page one's address block (the window: name, attention line, street,
postcode town) names the same customer with its address; the appendix's line names it
without one. When the buyer was read from a later page and page one alone gives a buyer of
the same name, page one's block is the buyer's.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Line
from facturist.engine.model import Value


def page_one_copy(
    lines: list[Line], buyer: Value, read: Callable[[list[Line]], Value | None]
) -> Value | None:
    """Page one's buyer (as `read` finds it on page one's lines alone) when `buyer` stands on
    a later page and page one's names the same party; else None."""
    if not lines or not buyer.boxes or buyer.boxes[0].page == lines[0].page:
        return None
    first = read([ln for ln in lines if ln.page == lines[0].page])
    if first is None or _key(first.value) != _key(buyer.value):
        return None
    return first


def _key(value: object) -> str:
    return " ".join(str(value).casefold().split())


__all__ = ["page_one_copy"]
