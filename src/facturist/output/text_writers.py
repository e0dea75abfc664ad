"""Streaming JSON and CSV writers: one row in memory at a time.

CSV choice: UTF-8 **with** a byte-order mark. Excel opens a UTF-8 CSV correctly only when
it starts with a BOM (without one it assumes the local code page and garbles accents);
Python reads it with `encoding="utf-8-sig"`, and pandas, LibreOffice and most tools skip it.
The dialect is RFC 4180: comma, CRLF line ends, fields quoted when needed, quotes doubled.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import BinaryIO

from facturist.engine.model import ColumnKind
from facturist.output.rows import Row
from facturist.output.values import (
    CellFormat,
    JsonCell,
    json_value,
    neutralise_formula,
    normalise_cell,
    text_value,
)

CSV_BOM = "\ufeff"


def row_object(
    row: Row,
    columns: Sequence[str],
    kinds: Mapping[str, ColumnKind],
    typed: bool,
    fmt: CellFormat | None = None,
) -> dict[str, JsonCell]:
    """One row as the JSON file and the results endpoint show it, keys in column order."""
    return {
        name: json_value(row.values.get(name), kinds.get(name, "text"), typed, fmt)
        for name in columns
    }


def write_json(
    rows: Iterable[Row],
    columns: Sequence[str],
    kinds: Mapping[str, ColumnKind],
    typed: bool,
    out: BinaryIO,
    *,
    fmt: CellFormat | None = None,
) -> int:
    """Write a JSON array of row objects, one per line, UTF-8; returns the row count.

    The file holds exactly the objects the results endpoint returns, and is not altered
    for spreadsheets (no formula neutralising): JSON readers do not evaluate formulas.
    """
    count = 0
    out.write(b"[")
    for row in rows:
        obj = row_object(row, columns, kinds, typed, fmt)
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
        out.write((b",\n" if count else b"\n") + text.encode("utf-8"))
        count += 1
    out.write(b"\n]\n" if count else b"]\n")
    return count


def csv_cells(
    row: Row,
    columns: Sequence[str],
    kinds: Mapping[str, ColumnKind],
    fmt: CellFormat | None = None,
) -> list[str]:
    """One row as CSV text cells; text that came in as text is neutralised against formulas."""
    cells: list[str] = []
    for name in columns:
        value = normalise_cell(row.values.get(name), kinds.get(name, "text"))
        # Only text is neutralised: a real number such as -12.5 must stay "-12.5".
        cells.append(
            neutralise_formula(value) if isinstance(value, str) else text_value(value, fmt)
        )
    return cells


def write_csv(
    rows: Iterable[Row],
    columns: Sequence[str],
    kinds: Mapping[str, ColumnKind],
    out: BinaryIO,
    *,
    fmt: CellFormat | None = None,
) -> int:
    """Write an RFC 4180 CSV (UTF-8 with BOM, CRLF, header row); returns the row count."""
    text_out = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        text_out.write(CSV_BOM)
        writer = csv.writer(text_out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise_formula(name) for name in columns])
        count = 0
        for row in rows:
            writer.writerow(csv_cells(row, columns, kinds, fmt))
            count += 1
        text_out.flush()
    finally:
        # Hand the caller's stream back open: closing the wrapper would close `out`.
        text_out.detach()
    return count
