"""Records -> rows: structures, system columns, Source File, Review Needed, storage."""

from __future__ import annotations

import json
from datetime import date

import pytest
from output_samples import (
    INVOICE_COLUMNS,
    invoice,
    line_item_document,
    per_invoice_plan,
    per_line_plan,
    two_invoice_document,
    value,
)

from facturist.engine.model import (
    Box,
    Column,
    DocumentResult,
    ExtractionPlan,
    InvoiceRecord,
    ReviewItem,
    Value,
)
from facturist.output import (
    REVIEW_NEEDED,
    SOURCE_FILE,
    Row,
    column_kinds,
    columns_for,
    document_rows,
    page_label,
    source_file_label,
)


def test_columns_follow_the_plan_then_system_columns() -> None:
    assert columns_for(per_invoice_plan()) == [
        "Invoice Number",
        "Invoice Date",
        "Vendor Name",
        "Total Amount",
        SOURCE_FILE,
        REVIEW_NEEDED,
    ]
    assert columns_for(per_line_plan())[:5] == [
        "Invoice Number",
        "Invoice Date",
        "Description",
        "Quantity",
        "Line Amount",
    ]


@pytest.mark.parametrize(
    ("exclude", "expected_tail"),
    [
        ((), [SOURCE_FILE, REVIEW_NEEDED]),
        (("source_file",), [REVIEW_NEEDED]),
        (("review_needed",), [SOURCE_FILE]),
        (("source_file", "review_needed"), []),
    ],
)
def test_exclude_columns(exclude: tuple[str, ...], expected_tail: list[str]) -> None:
    columns = columns_for(per_invoice_plan(), exclude)
    assert columns[len(INVOICE_COLUMNS) :] == expected_tail
    rows, _ = document_rows("a.pdf", two_invoice_document(), per_invoice_plan(), exclude)
    assert all(list(row.values) == columns for row in rows)
    # Excluding the column does not hide the flag: XLSX fills and review_needed still need it.
    assert rows[1].needs_review


def test_column_kinds() -> None:
    kinds = column_kinds(per_line_plan())
    assert kinds["Invoice Date"] == "date"
    assert kinds["Quantity"] == "number"
    assert kinds[SOURCE_FILE] == kinds[REVIEW_NEEDED] == "text"


@pytest.mark.parametrize(
    ("pages", "label"),
    [
        ([2], "Page 2"),
        ([3, 2], "Pages 2-3"),
        ([1, 3], "Pages 1, 3"),
        ([5, 1, 2, 2], "Pages 1-2, 5"),
        ([], ""),
    ],
)
def test_page_labels(pages: list[int], label: str) -> None:
    assert page_label(pages) == label


def test_source_file_label() -> None:
    assert source_file_label("invoice-1.pdf", [2]) == "invoice-1.pdf (Page 2)"
    assert source_file_label("scan.png", []) == "scan.png"


def test_per_invoice_rows() -> None:
    rows, entries = document_rows("batch.pdf", two_invoice_document(), per_invoice_plan())
    assert len(rows) == 2
    first, second = rows
    assert first.values == {
        "Invoice Number": "A-1",
        "Invoice Date": date(2026, 1, 15),
        "Vendor Name": "Acme Ltd",
        "Total Amount": 1250.5,
        SOURCE_FILE: "batch.pdf (Page 1)",
        REVIEW_NEEDED: None,
    }
    assert not first.needs_review and first.affected_columns == ()
    assert second.values[SOURCE_FILE] == "batch.pdf (Pages 2-3)"
    assert second.values[REVIEW_NEEDED] == "Total does not match the lines"
    assert second.affected_columns == ("Total Amount",)
    assert second.source_pages == (2, 3)
    assert len(entries) == 1
    assert entries[0].row_indexes == (1,)
    assert entries[0].affected_fields == ("Total Amount",)
    # The flagged total was read on page 3, so the reference points there.
    assert entries[0].source_references == ("batch.pdf (Page 3)",)


def test_per_line_item_rows() -> None:
    rows, entries = document_rows("lines.pdf", line_item_document(), per_line_plan())
    assert [row.values["Description"] for row in rows] == ["Bolts", "Nuts", "Washers", None]
    # Invoice fields are repeated on every line's row.
    assert [row.values["Invoice Number"] for row in rows] == ["L-1", "L-1", "L-1", "L-2"]
    assert [row.values["Quantity"] for row in rows] == [2, 4, 10, None]
    assert rows[3].values["Total Amount"] == 5
    assert rows[0].values[SOURCE_FILE] == "lines.pdf (Pages 1-2)"
    assert rows[3].values[SOURCE_FILE] == "lines.pdf (Page 3)"
    # The invoice-level item flags all three rows; the line item only line 1.
    assert rows[0].values[REVIEW_NEEDED] == "Due date missing"
    assert rows[1].values[REVIEW_NEEDED] == "Quantity x price differs; Due date missing"
    assert rows[1].affected_columns == ("Line Amount",)
    assert rows[0].affected_columns == ()
    assert not rows[3].needs_review
    assert [entry.row_indexes for entry in entries] == [(1,), (0, 1, 2)]
    assert entries[1].affected_fields == ()
    assert entries[1].source_references == ("lines.pdf (Pages 1-2)",)


def test_automatic_structure_resolves_from_columns() -> None:
    rows, _ = document_rows("lines.pdf", line_item_document(), per_line_plan("automatic"))
    assert len(rows) == 4
    automatic_invoice = ExtractionPlan(columns=INVOICE_COLUMNS, structure="automatic")
    rows, _ = document_rows("lines.pdf", line_item_document(), automatic_invoice)
    assert len(rows) == 2


def test_line_columns_in_a_per_invoice_row_are_joined() -> None:
    plan = per_line_plan("per_invoice")
    rows, entries = document_rows("lines.pdf", line_item_document(), plan)
    assert len(rows) == 2
    assert rows[0].values["Description"] == "Bolts; Nuts; Washers"
    assert rows[1].values["Description"] is None
    # A line review item lands on its invoice's only row.
    assert rows[0].affected_columns == ("Line Amount",)
    assert entries[0].row_indexes == (0,)


def test_single_line_value_keeps_its_type_in_per_invoice() -> None:
    doc = DocumentResult(page_count=1, invoices=[invoice("X", 5, [1], lines=[("Pen", 3, 5.0)])])
    rows, _ = document_rows("x.pdf", doc, per_line_plan("per_invoice"))
    assert rows[0].values["Quantity"] == 3


def test_image_without_pages_is_page_1_and_unknown_pages_give_the_name() -> None:
    record = InvoiceRecord(pages=[], fields={"Invoice Number": Value("R-9")})
    rows, _ = document_rows(
        "photo.png", DocumentResult(page_count=1, invoices=[record]), per_invoice_plan()
    )
    assert rows[0].values[SOURCE_FILE] == "photo.png (Page 1)"
    many = DocumentResult(page_count=4, invoices=[InvoiceRecord(pages=[])])
    rows, _ = document_rows("big.pdf", many, per_invoice_plan())
    assert rows[0].values[SOURCE_FILE] == "big.pdf"


def test_pages_from_boxes_when_the_record_has_none() -> None:
    record = InvoiceRecord(pages=[], fields={"Invoice Number": value("Q", page=4)})
    doc = DocumentResult(page_count=5, invoices=[record])
    rows, _ = document_rows("q.pdf", doc, per_invoice_plan())
    assert rows[0].values[SOURCE_FILE] == "q.pdf (Page 4)"


def test_empty_values_become_none_and_text_numbers_become_numbers() -> None:
    record = InvoiceRecord(
        pages=[1],
        fields={
            "Invoice Number": Value("   "),
            "Invoice Date": Value("2026-02-03"),
            "Vendor Name": Value(""),
            "Total Amount": Value("1250.50"),
        },
    )
    rows, _ = document_rows(
        "e.pdf", DocumentResult(page_count=1, invoices=[record]), per_invoice_plan()
    )
    values = rows[0].values
    assert values["Invoice Number"] is None and values["Vendor Name"] is None
    assert values["Invoice Date"] == date(2026, 2, 3)
    assert values["Total Amount"] == 1250.5


def test_review_columns_outside_the_output_are_dropped() -> None:
    item = ReviewItem("odd", columns=("Total Amount", "Not A Column", "Total Amount"))
    doc = DocumentResult(page_count=1, invoices=[invoice("Z", 1, [1], review=[item])])
    rows, entries = document_rows("z.pdf", doc, per_invoice_plan())
    assert entries[0].affected_fields == ("Total Amount",)
    assert rows[0].affected_columns == ("Total Amount",)


def test_duplicate_messages_are_shown_once() -> None:
    items = [ReviewItem("same"), ReviewItem("same", columns=("Vendor Name",))]
    doc = DocumentResult(page_count=1, invoices=[invoice("D", 1, [1], review=items)])
    rows, entries = document_rows("d.pdf", doc, per_invoice_plan())
    assert rows[0].values[REVIEW_NEEDED] == "same"
    assert len(entries) == 2


def test_failed_document_gives_no_rows() -> None:
    rows, entries = document_rows("bad.pdf", DocumentResult(page_count=0), per_invoice_plan())
    assert rows == [] and entries == []


def test_line_review_reference_uses_the_line_page() -> None:
    line = {"Description": Value("Far away", boxes=(Box(7, 0, 0, 1, 1),))}
    item = ReviewItem("check", columns=("Description",), line_index=0)
    record = InvoiceRecord(pages=[6, 7], lines=[line], review=[item])
    plan = ExtractionPlan(columns=(Column("Description", "line.description", level="line"),))
    _, entries = document_rows("f.pdf", DocumentResult(page_count=7, invoices=[record]), plan)
    assert entries[0].source_references == ("f.pdf (Page 7)",)


def test_row_json_round_trip() -> None:
    rows, _ = document_rows("lines.pdf", line_item_document(), per_line_plan())
    kinds = column_kinds(per_line_plan())
    for row in rows:
        stored = json.loads(json.dumps(row.to_json()))
        assert stored["values"]["Invoice Date"] == "2026-01-15"
        assert Row.from_json(stored, kinds) == row


def test_row_from_json_keeps_unparseable_date_text() -> None:
    kinds = column_kinds(per_invoice_plan())
    row = Row.from_json({"values": {"Invoice Date": "Q1 2026"}}, kinds)
    assert row.values["Invoice Date"] == "Q1 2026"
    assert row.needs_review is False and row.source_pages == ()
