"""Canonical fields -> the plan's columns (names, typed values, date and number rules)."""

from __future__ import annotations

import re
from datetime import date

from facturist.engine.amountread import read_amount
from facturist.engine.dateread import read_date
from facturist.engine.layout import Line
from facturist.engine.model import Column, ExtractionPlan, InvoiceRecord, ReviewItem, Value

_NEGATE = {"net_amount", "tax_amount", "total_amount", "amount_due", "line.amount"}


def format_value(column: Column, value: Value, plan: ExtractionPlan, negate: bool) -> Value:
    """Apply the plan's rules (sign, decimals, date format) to one value."""
    raw = value.value
    if column.kind == "number" and isinstance(raw, int | float) and not isinstance(raw, bool):
        number = float(raw)
        if negate and column.key in _NEGATE and number > 0:
            number = -number
        if plan.decimals is not None:
            number = round(number, plan.decimals)
        return Value(number, value.text, value.boxes, value.confidence)
    if column.kind == "date" and isinstance(raw, date) and plan.date_format:
        return Value(raw.strftime(plan.date_format), value.text, value.boxes, value.confidence)
    return value


def build_record(
    plan: ExtractionPlan,
    pages: list[int],
    canonical: dict[str, Value],
    items: list[dict[str, Value]],
    lines: list[Line],
) -> InvoiceRecord:
    """One InvoiceRecord with the plan's columns filled from canonical values."""
    doc_type = str(canonical.get("document_type", Value("invoice")).value or "invoice")
    negate = plan.credit_notes_negative and doc_type == "credit_note"
    record = InvoiceRecord(pages=pages, document_type=doc_type)
    for column in plan.columns:
        if column.level != "invoice":
            continue
        if column.key == "custom":
            found = find_custom(column, lines)
            if found is not None:
                record.fields[column.name] = found
            continue
        value = canonical.get(column.key)
        if value is not None and value.value not in (None, ""):
            record.fields[column.name] = format_value(column, value, plan, negate)
    line_columns = [c for c in plan.columns if c.level == "line"]
    if line_columns:
        for item in items:
            row: dict[str, Value] = {}
            for column in line_columns:
                value = item.get(column.key.removeprefix("line."))
                if value is not None:
                    row[column.name] = format_value(column, value, plan, negate)
            record.lines.append(row)
    for value_key, value in canonical.items():
        if value.confidence < 0.7:
            names = tuple(c.name for c in plan.columns if c.key == value_key)
            if names:
                record.review.append(ReviewItem(f"Low confidence for {', '.join(names)}.", names))
    return record


def find_custom(column: Column, lines: list[Line]) -> Value | None:
    """A field unknown to the catalogue: its name as a label, the value to the right or below."""
    label_words = [w for w in re.split(r"\W+", column.name.lower()) if w]
    if not label_words:
        return None
    pattern = re.compile(
        r"\b" + r"\W*".join(re.escape(w) for w in label_words) + r"\b\s*:?", re.IGNORECASE
    )
    for index, line in enumerate(lines):
        match = pattern.search(line.text)
        if not match:
            continue
        offset, after = 0, []
        for word in line.words:
            if offset >= match.end():
                after.append(word)
            offset += len(word.text) + 1
        if not after and index + 1 < len(lines):
            label_x = line.words[0].box.x0
            after = [w for w in lines[index + 1].words if w.box.x1 >= label_x - 4]
        if not after:
            continue
        if column.kind == "number":
            return read_amount(after, last=False)
        if column.kind == "date":
            return read_date(after)
        cell_words = after
        text = " ".join(w.text for w in cell_words).strip(" :")
        return Value(text, text, tuple(w.box for w in cell_words))
    return None
