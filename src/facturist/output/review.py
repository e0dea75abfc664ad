"""Review items over the whole extraction: the contract's `review_needed` (section 4.10)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from facturist.output.rows import ReviewEntry


@dataclass(frozen=True)
class NumberedReview:
    """A review item with 1-based data row numbers over the whole extraction."""

    message: str
    affected_fields: tuple[str, ...] = ()
    output_row_numbers: tuple[int, ...] = ()
    source_references: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The contract's review_needed item (also fine for storage)."""
        return {
            "message": self.message,
            "affected_fields": list(self.affected_fields),
            "output_row_numbers": list(self.output_row_numbers),
            "source_references": list(self.source_references),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NumberedReview:
        """Rebuild an item stored by `to_json`."""
        return cls(
            message=str(data["message"]),
            affected_fields=tuple(data.get("affected_fields", ())),
            output_row_numbers=tuple(data.get("output_row_numbers", ())),
            source_references=tuple(data.get("source_references", ())),
        )


def number_review_entries(entries: Iterable[ReviewEntry], rows_before: int) -> list[NumberedReview]:
    """Turn one document's entries into extraction-wide items.

    `rows_before` is how many output rows the documents before this one produced, so a
    document's row index 0 becomes data row `rows_before + 1` (the header is not counted).
    """
    return [
        NumberedReview(
            message=entry.message,
            affected_fields=entry.affected_fields,
            output_row_numbers=tuple(rows_before + index + 1 for index in entry.row_indexes),
            source_references=entry.source_references,
        )
        for entry in entries
    ]


def review_payload(items: Iterable[NumberedReview]) -> list[dict[str, Any]]:
    """The `review_needed.items` list of the completed status payload."""
    return [item.to_json() for item in items]


def review_items_for_rows(
    items: Iterable[NumberedReview], first_row: int, last_row: int
) -> list[NumberedReview]:
    """The items touching data rows first_row..last_row (1-based, inclusive): a results page."""
    return [
        item
        for item in items
        if any(first_row <= number <= last_row for number in item.output_row_numbers)
    ]
