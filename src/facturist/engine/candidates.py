"""A labelled value found on the page, before the checks choose among them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facturist.engine.model import Value


@dataclass
class Candidate:
    """A possible value for a field: rank 0 is the most specific label."""

    key: str
    value: Value
    rank: int
    order: int
    # The currency an account is named for ("EUR payments: IBAN ..."), IBANs only.
    currency: str | None = None


# A dotted leader between a caption and its value ("RECHNUNG........ 7003318"): part of neither.
_LEADER = re.compile(r"(?<=\w)\.{3,}")


def without_leaders(text: str) -> str:
    """The text with each dotted leader blanked, every other character where it was."""
    return _LEADER.sub(lambda match: " " * len(match.group()), text)
