"""Output: engine records -> rows (per_invoice / per_line_item) -> JSON, CSV and XLSX files.

Imports only `facturist.engine.model` from the rest of the project. The service layer calls:

- `columns_for(plan, exclude_columns)`, `column_kinds(plan)` and `cell_format_for(plan)`;
- `document_rows(file_name, result, plan, exclude_columns)` per document -> rows + review
  entries, and `number_review_entries(entries, rows_before)` to number them extraction-wide;
- `row_object(...)` for the results endpoint, `review_payload(...)` for `review_needed`;
- `write_json`, `write_csv`, `write_xlsx` over an iterable of rows (streamed).
"""

from facturist.output.review import (
    NumberedReview,
    number_review_entries,
    review_items_for_rows,
    review_payload,
)
from facturist.output.rows import (
    REVIEW_NEEDED,
    SOURCE_FILE,
    ReviewEntry,
    Row,
    column_kinds,
    columns_for,
    document_rows,
    page_label,
    source_file_label,
)
from facturist.output.text_writers import CSV_BOM, csv_cells, row_object, write_csv, write_json
from facturist.output.values import (
    CellFormat,
    JsonCell,
    cell_format_for,
    json_value,
    neutralise_formula,
    normalise_cell,
    number_text,
    text_value,
)
from facturist.output.xlsx import FILL_COLOURS, FillColour, excel_date_format, write_xlsx

__all__ = [
    "CSV_BOM",
    "FILL_COLOURS",
    "REVIEW_NEEDED",
    "SOURCE_FILE",
    "CellFormat",
    "FillColour",
    "JsonCell",
    "NumberedReview",
    "ReviewEntry",
    "Row",
    "cell_format_for",
    "column_kinds",
    "columns_for",
    "csv_cells",
    "document_rows",
    "excel_date_format",
    "json_value",
    "neutralise_formula",
    "normalise_cell",
    "number_review_entries",
    "number_text",
    "page_label",
    "review_items_for_rows",
    "review_payload",
    "row_object",
    "source_file_label",
    "text_value",
    "write_csv",
    "write_json",
    "write_xlsx",
]
