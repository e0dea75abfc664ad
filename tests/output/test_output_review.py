"""Review entries numbered over the whole extraction (contract review_needed items)."""

from __future__ import annotations

import json

from output_samples import line_item_document, per_line_plan, two_invoice_document

from facturist.output import (
    NumberedReview,
    document_rows,
    number_review_entries,
    review_items_for_rows,
    review_payload,
)


def _numbered_over_two_documents() -> tuple[int, list[NumberedReview]]:
    plan = per_line_plan()
    total_rows = 0
    items: list[NumberedReview] = []
    for name, doc in [("a.pdf", two_invoice_document()), ("b.pdf", line_item_document())]:
        rows, entries = document_rows(name, doc, plan)
        items += number_review_entries(entries, rows_before=total_rows)
        total_rows += len(rows)
    return total_rows, items


def test_row_numbers_are_one_based_over_the_extraction() -> None:
    total_rows, items = _numbered_over_two_documents()
    # a.pdf: 2 rows (no lines), b.pdf: 3 line rows + 1 row without lines.
    assert total_rows == 6
    assert [item.output_row_numbers for item in items] == [(2,), (4,), (3, 4, 5)]
    assert items[1].source_references[0].startswith("b.pdf (")


def test_review_payload_has_the_contract_keys() -> None:
    _, items = _numbered_over_two_documents()
    payload = review_payload(items)
    assert payload[0] == {
        "message": "Total does not match the lines",
        "affected_fields": ["Total Amount"],
        "output_row_numbers": [2],
        "source_references": ["a.pdf (Page 3)"],
    }
    restored = [NumberedReview.from_json(d) for d in json.loads(json.dumps(payload))]
    assert restored == items


def test_items_for_a_results_page() -> None:
    _, items = _numbered_over_two_documents()
    assert review_items_for_rows(items, 1, 2) == [items[0]]
    assert review_items_for_rows(items, 5, 6) == [items[2]]
    assert review_items_for_rows(items, 6, 100) == []
