"""Hand-built plans and engine results shared by the output tests."""

from __future__ import annotations

from datetime import date

from facturist.engine.model import (
    Box,
    Column,
    DocumentResult,
    ExtractionPlan,
    InvoiceRecord,
    ReviewItem,
    Value,
)

INVOICE_COLUMNS = (
    Column("Invoice Number", "invoice_number"),
    Column("Invoice Date", "issue_date", kind="date"),
    Column("Vendor Name", "seller_name"),
    Column("Total Amount", "total_amount", kind="number"),
)
LINE_COLUMNS = (
    Column("Description", "line.description", level="line"),
    Column("Quantity", "line.quantity", level="line", kind="number"),
    Column("Line Amount", "line.amount", level="line", kind="number"),
)


def per_invoice_plan(date_format: str | None = None, decimals: int | None = None) -> ExtractionPlan:
    return ExtractionPlan(
        columns=INVOICE_COLUMNS,
        structure="per_invoice",
        date_format=date_format,
        decimals=decimals,
    )


def per_line_plan(structure: str = "per_line_item") -> ExtractionPlan:
    # A line column in the middle checks that plan order is kept.
    columns = (*INVOICE_COLUMNS[:2], *LINE_COLUMNS, *INVOICE_COLUMNS[2:])
    return ExtractionPlan(columns=columns, structure=structure)  # type: ignore[arg-type]


def value(v: object, page: int | None = None) -> Value:
    boxes = (Box(page, 10, 10, 50, 20),) if page else ()
    return Value(value=v, text=str(v), boxes=boxes)  # type: ignore[arg-type]


def invoice(
    number: str,
    total: float | int | str | None,
    pages: list[int],
    *,
    lines: list[tuple[str, float, float]] | None = None,
    review: list[ReviewItem] | None = None,
) -> InvoiceRecord:
    fields = {
        "Invoice Number": value(number, min(pages) if pages else None),
        "Invoice Date": value(date(2026, 1, 15)),
        "Vendor Name": value("Acme Ltd"),
        "Total Amount": value(total, max(pages) if pages else None),
    }
    line_dicts = [
        {
            "Description": value(description, max(pages) if pages else None),
            "Quantity": value(quantity),
            "Line Amount": value(amount, max(pages) if pages else None),
        }
        for description, quantity, amount in (lines or [])
    ]
    return InvoiceRecord(pages=pages, fields=fields, lines=line_dicts, review=review or [])


def two_invoice_document() -> DocumentResult:
    """A 3-page PDF: invoice A on page 1 (clean), invoice B on pages 2-3 (flagged)."""
    flagged = ReviewItem("Total does not match the lines", columns=("Total Amount",))
    return DocumentResult(
        page_count=3,
        invoices=[
            invoice("A-1", 1250.5, [1]),
            invoice("B-2", 99, [3, 2], review=[flagged]),
        ],
    )


def line_item_document() -> DocumentResult:
    """Invoice with three lines (line 1 flagged) and an invoice without lines."""
    return DocumentResult(
        page_count=3,
        invoices=[
            invoice(
                "L-1",
                60.0,
                [1, 2],
                lines=[("Bolts", 2, 10.0), ("Nuts", 4, 20.0), ("Washers", 10, 30.0)],
                review=[
                    ReviewItem("Quantity x price differs", columns=("Line Amount",), line_index=1),
                    ReviewItem("Due date missing"),
                ],
            ),
            invoice("L-2", 5, [3]),
        ],
    )
