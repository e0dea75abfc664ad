"""JSON, CSV and XLSX files written from rows and read back with ordinary readers."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from output_samples import line_item_document, per_invoice_plan, per_line_plan, two_invoice_document

from facturist.engine.model import DocumentResult, InvoiceRecord, Value
from facturist.output import (
    CSV_BOM,
    FILL_COLOURS,
    REVIEW_NEEDED,
    SOURCE_FILE,
    CellFormat,
    Row,
    column_kinds,
    columns_for,
    document_rows,
    excel_date_format,
    row_object,
    write_csv,
    write_json,
    write_xlsx,
)

TRICKY_TEXT = [
    "Acme, Inc.",
    'He said "hello"',
    "line one\nline two",
    "Café Müller – 東京 ✓",
    '=HYPERLINK("http://evil.example","click")',
    "-discount",
    "@cmd",
    "+49 30 123",
    "\ttabbed",
]


def _tricky_rows() -> tuple[list[Row], list[str], dict[str, str]]:
    plan = per_invoice_plan()
    records = [
        InvoiceRecord(
            pages=[index + 1],
            fields={
                "Invoice Number": Value(f"N-{index}"),
                "Invoice Date": Value(date(2026, 3, index + 1)),
                "Vendor Name": Value(text),
                "Total Amount": Value(-12.5 if index == 0 else 1000.25 * index),
            },
        )
        for index, text in enumerate(TRICKY_TEXT)
    ]
    doc = DocumentResult(page_count=len(records), invoices=records)
    rows, _ = document_rows("=evil.pdf", doc, plan)
    return rows, columns_for(plan), dict(column_kinds(plan))


def _json_rows(typed: bool, fmt: CellFormat | None = None) -> list[dict[str, object]]:
    plan = per_invoice_plan()
    rows, _ = document_rows("batch.pdf", two_invoice_document(), plan)
    out = io.BytesIO()
    count = write_json(rows, columns_for(plan), column_kinds(plan), typed, out, fmt=fmt)
    assert count == 2
    parsed = json.loads(out.getvalue().decode("utf-8"))
    assert parsed == [
        row_object(r, columns_for(plan), column_kinds(plan), typed, fmt) for r in rows
    ]
    return parsed  # type: ignore[no-any-return]


def test_typed_json() -> None:
    first, second = _json_rows(typed=True)
    assert list(first) == columns_for(per_invoice_plan())
    assert first["Total Amount"] == 1250.5
    assert second["Total Amount"] == 99 and isinstance(second["Total Amount"], int)
    assert first["Invoice Date"] == "2026-01-15"
    assert first[REVIEW_NEEDED] is None
    assert second[REVIEW_NEEDED] == "Total does not match the lines"


def test_untyped_json_is_all_strings() -> None:
    rows = _json_rows(typed=False, fmt=CellFormat(decimals=2))
    assert all(isinstance(v, str) for row in rows for v in row.values())
    assert rows[0]["Total Amount"] == "1250.50"
    assert rows[0][REVIEW_NEEDED] == ""


def test_empty_json_is_an_empty_array() -> None:
    out = io.BytesIO()
    assert write_json(iter([]), ["A"], {}, True, out) == 0
    assert json.loads(out.getvalue()) == []


def test_json_is_not_neutralised() -> None:
    rows, columns, kinds = _tricky_rows()
    out = io.BytesIO()
    write_json(rows, columns, kinds, True, out)  # type: ignore[arg-type]
    parsed = json.loads(out.getvalue())
    assert [row["Vendor Name"] for row in parsed] == TRICKY_TEXT
    assert parsed[0][SOURCE_FILE] == "=evil.pdf (Page 1)"


def test_csv_round_trip() -> None:
    rows, columns, kinds = _tricky_rows()
    out = io.BytesIO()
    assert write_csv(iter(rows), columns, kinds, out) == len(TRICKY_TEXT)  # type: ignore[arg-type]
    assert not out.closed  # the caller's stream is left open
    raw = out.getvalue()
    assert raw.startswith(CSV_BOM.encode("utf-8"))
    assert b"\r\n" in raw and b'"He said ""hello"""' in raw
    with io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline="") as text:
        table = list(csv.reader(text))
    assert table[0] == columns
    body = table[1:]
    assert body[0][columns.index("Total Amount")] == "-12.5"  # a real number, untouched
    assert body[1][columns.index("Total Amount")] == "1000.25"
    assert body[0][columns.index("Invoice Date")] == "2026-03-01"
    assert body[0][columns.index(SOURCE_FILE)] == "'=evil.pdf (Page 1)"
    assert body[0][columns.index(REVIEW_NEEDED)] == ""
    vendors = [row[columns.index("Vendor Name")] for row in body]
    for written, original in zip(vendors, TRICKY_TEXT, strict=True):
        expected = "'" + original if original[0] in "=+-@\t\r" else original
        assert written == expected


def test_csv_uses_plan_formats() -> None:
    plan = per_invoice_plan()
    rows, _ = document_rows("batch.pdf", two_invoice_document(), plan)
    out = io.BytesIO()
    fmt = CellFormat(date_format="%d.%m.%Y", decimals=2)
    write_csv(rows, columns_for(plan), column_kinds(plan), out, fmt=fmt)
    table = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert table[1][1:4] == ["15.01.2026", "Acme Ltd", "1250.50"]


def _read_xlsx(path: Path) -> tuple[object, list[list[object]]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_xlsx_types_fills_and_layout(tmp_path: Path) -> None:
    plan = per_line_plan()
    rows, _ = document_rows("lines.pdf", line_item_document(), plan)
    columns, kinds = columns_for(plan), column_kinds(plan)
    path = tmp_path / "out.xlsx"
    count = write_xlsx(
        rows,
        columns,
        kinds,
        path,
        review_fill="red",
        affected_fill="yellow",
        fmt=CellFormat(decimals=2),
    )
    assert count == 4
    sheet, values = _read_xlsx(path)
    assert values[0] == columns
    header_cell = sheet.cell(row=1, column=1)  # type: ignore[attr-defined]
    assert header_cell.font.bold
    assert sheet.freeze_panes == "A2"  # type: ignore[attr-defined]
    col = {name: index + 1 for index, name in enumerate(columns)}
    quantity = sheet.cell(row=2, column=col["Quantity"])  # type: ignore[attr-defined]
    assert quantity.value == 2 and quantity.data_type == "n"
    amount = sheet.cell(row=3, column=col["Line Amount"])  # type: ignore[attr-defined]
    assert amount.value == 20.0 and amount.number_format == "0.00"
    issued = sheet.cell(row=2, column=col["Invoice Date"])  # type: ignore[attr-defined]
    assert issued.value == datetime(2026, 1, 15) and issued.is_date
    assert issued.number_format == "yyyy-mm-dd"
    # Row 3 holds line 1: flagged, with Line Amount affected.
    review = sheet.cell(row=3, column=col[REVIEW_NEEDED])  # type: ignore[attr-defined]
    assert review.fill.fgColor.rgb == FILL_COLOURS["red"]
    assert amount.fill.fgColor.rgb == FILL_COLOURS["yellow"]
    # Row 2 (line 0) is flagged only by the invoice-level item: no affected cells.
    assert sheet.cell(row=2, column=col["Line Amount"]).fill.fill_type is None  # type: ignore[attr-defined]
    assert sheet.cell(row=2, column=col[REVIEW_NEEDED]).fill.fgColor.rgb == FILL_COLOURS["red"]  # type: ignore[attr-defined]
    # The invoice without lines is clean: nothing filled.
    assert sheet.cell(row=5, column=col[REVIEW_NEEDED]).fill.fill_type is None  # type: ignore[attr-defined]
    assert sheet.cell(row=5, column=col["Description"]).value is None  # type: ignore[attr-defined]
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHI"]  # type: ignore[attr-defined]
    assert all(8 <= width <= 60 for width in widths)
    assert widths[col[REVIEW_NEEDED] - 1] > widths[col["Quantity"] - 1]


def test_xlsx_no_fill(tmp_path: Path) -> None:
    plan = per_invoice_plan()
    rows, _ = document_rows("batch.pdf", two_invoice_document(), plan)
    path = tmp_path / "plain.xlsx"
    write_xlsx(
        rows, columns_for(plan), column_kinds(plan), path, review_fill="none", affected_fill="none"
    )
    sheet, _ = _read_xlsx(path)
    assert all(cell.fill.fill_type is None for row in sheet.iter_rows() for cell in row)  # type: ignore[attr-defined]


def test_xlsx_rejects_an_unknown_colour(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="purple"):
        write_xlsx([], ["A"], {}, tmp_path / "x.xlsx", review_fill="purple", affected_fill="none")


def test_xlsx_neutralises_formulas_but_keeps_numbers(tmp_path: Path) -> None:
    rows, columns, kinds = _tricky_rows()
    stream = io.BytesIO()
    write_xlsx(rows, columns, kinds, stream, review_fill="orange", affected_fill="orange")  # type: ignore[arg-type]
    workbook = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))
    sheet = workbook.active
    assert sheet is not None
    vendor_column = columns.index("Vendor Name") + 1
    for row_number, original in enumerate(TRICKY_TEXT, start=2):
        cell = sheet.cell(row=row_number, column=vendor_column)
        assert cell.data_type == "s"
        expected = "'" + original if original[0] in "=+-@\t\r" else original
        assert cell.value == expected
    hyperlink = sheet.cell(row=6, column=vendor_column).value
    assert isinstance(hyperlink, str) and hyperlink.startswith("'=HYPERLINK(")
    total = sheet.cell(row=2, column=columns.index("Total Amount") + 1)
    assert total.value == -12.5 and total.data_type == "n"
    assert sheet.cell(row=2, column=columns.index(SOURCE_FILE) + 1).value == "'=evil.pdf (Page 1)"


def test_xlsx_strips_characters_xml_cannot_hold(tmp_path: Path) -> None:
    row = Row(values={"A": "bell\x07 and null\x00"})
    path = tmp_path / "ctl.xlsx"
    write_xlsx([row], ["A"], {"A": "text"}, path, review_fill="none", affected_fill="none")
    _, values = _read_xlsx(path)
    assert values[1] == ["bell and null"]


def test_xlsx_date_format_from_the_plan(tmp_path: Path) -> None:
    assert excel_date_format(None) == "yyyy-mm-dd"
    assert excel_date_format("%d/%m/%Y") == "dd/mm/yyyy"
    assert excel_date_format("%d %B %Y") == "dd mmmm yyyy"
    assert excel_date_format("%j") == "yyyy-mm-dd"  # no Excel equivalent: ISO
    row = Row(values={"D": date(2026, 4, 1)})
    path = tmp_path / "d.xlsx"
    fmt = CellFormat(date_format="%d/%m/%Y")
    write_xlsx([row], ["D"], {"D": "date"}, path, review_fill="none", affected_fill="none", fmt=fmt)
    workbook = openpyxl.load_workbook(path)
    cell = workbook.active["A2"]  # type: ignore[index]
    assert cell.is_date and cell.number_format == "dd/mm/yyyy"
