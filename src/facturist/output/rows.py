"""Engine records -> output rows (per_invoice or per_line_item) with the system columns."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from facturist.engine.model import (
    Box,
    CellValue,
    Column,
    ColumnKind,
    DocumentResult,
    ExtractionPlan,
    InvoiceRecord,
    ReviewItem,
    Value,
)
from facturist.output.values import normalise_cell, text_value

SOURCE_FILE = "Source File"
REVIEW_NEEDED = "Review Needed"
# The `exclude_columns` option names the system columns by these keys (contract 4.6).
SYSTEM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_file", SOURCE_FILE),
    ("review_needed", REVIEW_NEEDED),
)
# Joins several review messages in one cell, and several line values in one per_invoice cell.
JOINER = "; "


@dataclass
class Row:
    """One output row: typed cells by column name, plus what to highlight and where it came from."""

    values: dict[str, CellValue]
    affected_columns: tuple[str, ...] = ()
    needs_review: bool = False
    source_pages: tuple[int, ...] = ()
    # Where each cell's value was read: column -> boxes. Kept in storage for the web page's
    # highlights; never written to the API's row objects or the output files.
    boxes: dict[str, tuple[Box, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict for storage (dates as ISO strings, boxes as [page, x0, y0, x1, y1])."""
        data: dict[str, Any] = {
            "values": {
                name: value.isoformat() if isinstance(value, date) else value
                for name, value in self.values.items()
            },
            "affected_columns": list(self.affected_columns),
            "needs_review": self.needs_review,
            "source_pages": list(self.source_pages),
        }
        if self.boxes:
            data["boxes"] = {name: boxes_to_json(found) for name, found in self.boxes.items()}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], kinds: Mapping[str, ColumnKind]) -> Row:
        """Rebuild a row stored by `to_json`, turning ISO strings back into dates by kind."""
        values: dict[str, CellValue] = {}
        for name, value in data["values"].items():
            if kinds.get(name) == "date" and isinstance(value, str):
                # A date column may hold text the engine could not parse: keep it as text.
                with contextlib.suppress(ValueError):
                    value = date.fromisoformat(value)
            values[name] = value
        return cls(
            values=values,
            affected_columns=tuple(data.get("affected_columns", ())),
            needs_review=bool(data.get("needs_review", False)),
            source_pages=tuple(data.get("source_pages", ())),
            boxes={name: boxes_from_json(found) for name, found in data.get("boxes", {}).items()},
        )


def boxes_to_json(boxes: Iterable[Box]) -> list[list[float]]:
    """Boxes as `[page, x0, y0, x1, y1]` lists, coordinates rounded to 0.1 point."""
    return [[box.page, *(round(c, 1) for c in (box.x0, box.y0, box.x1, box.y1))] for box in boxes]


def boxes_from_json(data: Iterable[Sequence[float]]) -> tuple[Box, ...]:
    """The inverse of `boxes_to_json`."""
    return tuple(Box(int(item[0]), *(float(c) for c in item[1:5])) for item in data)


@dataclass(frozen=True)
class ReviewEntry:
    """A review item of one document: row indexes are 0-based within that document's rows."""

    message: str
    affected_fields: tuple[str, ...] = ()
    row_indexes: tuple[int, ...] = ()
    source_references: tuple[str, ...] = ()


def columns_for(plan: ExtractionPlan, exclude_columns: Sequence[str] = ()) -> list[str]:
    """Output column names: the plan's columns in order, then the system columns not excluded.

    Both structures keep the plan's order (the order the user listed the fields in); in
    per_line_item the invoice-level cells are repeated on each line's row.
    """
    excluded = set(exclude_columns)
    names = [column.name for column in plan.columns]
    names += [name for key, name in SYSTEM_COLUMNS if key not in excluded and name not in excluded]
    return names


def column_kinds(plan: ExtractionPlan) -> dict[str, ColumnKind]:
    """The kind of every possible output column; the system columns are text."""
    kinds: dict[str, ColumnKind] = {column.name: column.kind for column in plan.columns}
    for _, name in SYSTEM_COLUMNS:
        kinds[name] = "text"
    return kinds


def page_label(pages: Iterable[int]) -> str:
    """ "Page 2", "Pages 2-3", "Pages 1, 3" or "Pages 1-2, 5"; "" when no page is known."""
    ordered = sorted(set(pages))
    if not ordered:
        return ""
    if len(ordered) == 1:
        return f"Page {ordered[0]}"
    runs: list[tuple[int, int]] = []
    for page in ordered:
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    parts = [str(start) if start == end else f"{start}-{end}" for start, end in runs]
    return "Pages " + ", ".join(parts)


def source_file_label(file_name: str, pages: Iterable[int]) -> str:
    """The Source File cell: `invoice.pdf (Page 2)`, or just the name when pages are unknown."""
    label = page_label(pages)
    return f"{file_name} ({label})" if label else file_name


@dataclass
class _RowDraft:
    values: dict[str, CellValue]
    boxes: dict[str, tuple[Box, ...]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    affected: set[str] = field(default_factory=set)


def document_rows(
    file_name: str,
    result: DocumentResult,
    plan: ExtractionPlan,
    exclude_columns: Sequence[str] = (),
) -> tuple[list[Row], list[ReviewEntry]]:
    """The output rows of one document and its review entries (row indexes 0-based)."""
    columns = columns_for(plan, exclude_columns)
    per_line_item = plan.resolved_structure() == "per_line_item"
    rows: list[Row] = []
    entries: list[ReviewEntry] = []
    for invoice in result.invoices:
        pages = _invoice_pages(invoice, result.page_count)
        source = source_file_label(file_name, pages)
        slots: list[int | None] = list(range(len(invoice.lines))) if per_line_item else []
        slots = slots or [None]
        drafts = [
            _RowDraft(
                _plan_values(plan, invoice, slot, per_line_item),
                _plan_boxes(plan, invoice, slot),
            )
            for slot in slots
        ]
        first_index = len(rows)
        for item in invoice.review:
            targets = _target_slots(item, slots)
            affected = tuple(name for name in dict.fromkeys(item.columns) if name in columns)
            for target in targets:
                drafts[target].messages.append(item.message)
                drafts[target].affected.update(affected)
            reference_pages = _reference_pages(item, invoice) or pages
            entries.append(
                ReviewEntry(
                    message=item.message,
                    affected_fields=affected,
                    row_indexes=tuple(first_index + target for target in targets),
                    source_references=(source_file_label(file_name, reference_pages),),
                )
            )
        for draft in drafts:
            rows.append(_finish_row(draft, columns, source, pages))
    return rows, entries


def _finish_row(draft: _RowDraft, columns: list[str], source: str, pages: list[int]) -> Row:
    values = draft.values
    if SOURCE_FILE in columns:
        values[SOURCE_FILE] = source
    if REVIEW_NEEDED in columns:
        unique_messages = dict.fromkeys(draft.messages)
        values[REVIEW_NEEDED] = JOINER.join(unique_messages) if unique_messages else None
    return Row(
        values={name: values.get(name) for name in columns},
        affected_columns=tuple(name for name in columns if name in draft.affected),
        needs_review=bool(draft.messages),
        source_pages=tuple(pages),
        boxes={name: found for name, found in draft.boxes.items() if name in columns},
    )


def _plan_boxes(
    plan: ExtractionPlan, invoice: InvoiceRecord, slot: int | None
) -> dict[str, tuple[Box, ...]]:
    """The boxes behind each plan cell; a per_invoice line column gathers every line's."""
    boxes: dict[str, tuple[Box, ...]] = {}
    for column in plan.columns:
        if column.level == "invoice" or column.name in invoice.fields:
            found = invoice.fields.get(column.name)
            sources = [found] if found is not None else []
        elif slot is not None:
            line_value = invoice.lines[slot].get(column.name)
            sources = [line_value] if line_value is not None else []
        else:
            sources = [v for line in invoice.lines if (v := line.get(column.name)) is not None]
        gathered = tuple(box for value in sources for box in value.boxes)
        if gathered:
            boxes[column.name] = gathered
    return boxes


def _plan_values(
    plan: ExtractionPlan, invoice: InvoiceRecord, slot: int | None, per_line_item: bool
) -> dict[str, CellValue]:
    values: dict[str, CellValue] = {}
    for column in plan.columns:
        if column.level == "invoice":
            found = invoice.fields.get(column.name)
        elif slot is not None:
            found = invoice.lines[slot].get(column.name)
        elif per_line_item:
            found = None  # an invoice without lines still gets one row, line cells empty
        else:
            values[column.name] = _lines_in_one_cell(invoice, column)
            continue
        values[column.name] = _cell(found, column.kind)
    return values


def _cell(found: Value | None, kind: ColumnKind) -> CellValue:
    return None if found is None else normalise_cell(found.value, kind)


def _lines_in_one_cell(invoice: InvoiceRecord, column: Column) -> CellValue:
    """A line-level column in a per_invoice row: the engine's own value, else the lines'."""
    if column.name in invoice.fields:
        return _cell(invoice.fields[column.name], column.kind)
    found = [_cell(line.get(column.name), column.kind) for line in invoice.lines]
    present = [value for value in found if value is not None]
    if len(present) == 1:
        return present[0]
    if not present:
        return None
    return JOINER.join(text_value(value) for value in present)


def _target_slots(item: ReviewItem, slots: list[int | None]) -> list[int]:
    """Which of an invoice's rows a review item applies to (indexes into `slots`)."""
    if item.line_index is not None and item.line_index in slots:
        return [slots.index(item.line_index)]
    # Invoice-level items, per_invoice rows, and line indexes the rows do not have.
    return list(range(len(slots)))


def _invoice_pages(invoice: InvoiceRecord, page_count: int) -> list[int]:
    if invoice.pages:
        return sorted(set(invoice.pages))
    values = list(invoice.fields.values())
    for line in invoice.lines:
        values.extend(line.values())
    from_boxes = sorted({box.page for value in values for box in value.boxes})
    if from_boxes:
        return from_boxes
    return [1] if page_count <= 1 else []


def _reference_pages(item: ReviewItem, invoice: InvoiceRecord) -> list[int]:
    """The pages of the values a review item names, for a precise source reference."""
    sources: list[Mapping[str, Value]] = [invoice.fields]
    if item.line_index is not None and 0 <= item.line_index < len(invoice.lines):
        sources.insert(0, invoice.lines[item.line_index])
    pages: set[int] = set()
    for name in item.columns:
        for source in sources:
            if name in source:
                pages.update(box.page for box in source[name].boxes)
                break
    return sorted(pages)
