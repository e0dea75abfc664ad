"""A labelled value found on the page, before the checks choose among them."""

from __future__ import annotations

from dataclasses import dataclass

from facturist.engine.model import Value


@dataclass
class Candidate:
    """A possible value for a field: rank 0 is the most specific label."""

    key: str
    value: Value
    rank: int
    order: int
