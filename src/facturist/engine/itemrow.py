"""An item row while a table is being read: its own module so that the table reader's helper
modules (tablerows, tableends, tablegroups, tablesections) can name it without a cycle."""

from __future__ import annotations

from dataclasses import dataclass, field

from facturist.engine.model import Value, Word


@dataclass
class ItemRow:
    description: list[Word] = field(default_factory=list)
    numbers: dict[str, Value] = field(default_factory=dict)
    last_y: float = 0.0
    page: int = 0
    # Set once a detail line ("Bruttopreis: 4,00", a sub-position) follows the item's text:
    # the lines after it describe the item further but are no part of its name.
    closed: bool = False
    continued: int = 0  # lines of text added under the item's first line
