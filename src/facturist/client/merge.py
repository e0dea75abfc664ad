"""Merging several extractions' output files into one JSON, CSV and XLSX with one header."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from facturist.client.errors import ClientError

CSV_BOM = "\ufeff"


def _columns_differ(
    fmt: str, first: Sequence[Any], other: Sequence[Any], path: Path
) -> ClientError:
    return ClientError(
        "COLUMNS_DIFFER",
        f"{path.name} has other {fmt} columns than the first part: {list(other)} vs {list(first)}",
    )


def merge_json(parts: Sequence[Path], target: Path) -> int:
    """Concatenate JSON arrays of row objects; every row must have the same keys in order."""
    count = 0
    header: list[str] | None = None
    with target.open("w", encoding="utf-8") as out:
        out.write("[")
        for part in parts:
            rows = json.loads(part.read_text(encoding="utf-8"))
            for row in rows:
                keys = list(row)
                if header is None:
                    header = keys
                elif keys != header:
                    raise _columns_differ("json", header, keys, part)
                out.write(",\n" if count else "\n")
                out.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")))
                count += 1
        out.write("\n]\n" if count else "]\n")
    return count


def merge_csv(parts: Sequence[Path], target: Path) -> int:
    """One header, then every part's data rows (UTF-8 with BOM, CRLF, as the server writes)."""
    count = 0
    header: list[str] | None = None
    with target.open("w", encoding="utf-8", newline="") as out:
        out.write(CSV_BOM)
        writer = csv.writer(out, lineterminator="\r\n")
        for part in parts:
            with part.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(fh)
                part_header = next(reader, [])
                if header is None:
                    header = part_header
                    writer.writerow(header)
                elif part_header != header:
                    raise _columns_differ("csv", header, part_header, part)
                for row in reader:
                    writer.writerow(row)
                    count += 1
    return count


def merge_xlsx(parts: Sequence[Path], target: Path) -> int:
    """Stream every part's first sheet into one workbook, keeping fills and number formats."""
    workbook = Workbook(write_only=True)
    sheet: Any = workbook.create_sheet("Extraction")
    sheet.freeze_panes = "A2"
    header: list[Any] | None = None
    count = 0
    for part in parts:
        source = load_workbook(part, read_only=True)
        try:
            rows = source.worksheets[0].iter_rows()
            part_header = [cell.value for cell in next(rows, ())]
            if header is None:
                header = part_header
                bold = Font(bold=True)
                cells = []
                for name in header:
                    cell = WriteOnlyCell(sheet, value=name)
                    cell.font = bold
                    cells.append(cell)
                sheet.append(cells)
            elif part_header != header:
                raise _columns_differ("xlsx", header, part_header, part)
            for row in rows:
                sheet.append([_copy_cell(sheet, cell) for cell in row])
                count += 1
        finally:
            source.close()
    workbook.save(target)
    return count


def _copy_cell(sheet: Any, cell: Any) -> Any:
    fill = getattr(cell, "fill", None)
    number_format = getattr(cell, "number_format", "General")
    if (fill is None or fill.fill_type is None) and number_format == "General":
        return cell.value
    copy = WriteOnlyCell(sheet, value=cell.value)
    if fill is not None and fill.fill_type is not None:
        copy.fill = fill.copy()
    copy.number_format = number_format
    return copy


MERGERS = {"json": merge_json, "csv": merge_csv, "xlsx": merge_xlsx}


def merge_outputs(fmt: str, parts: Sequence[Path], target: Path) -> None:
    """Write `target` from the parts (a single part is just copied)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if len(parts) == 1:
        shutil.copyfile(parts[0], target)
        return
    MERGERS[fmt](parts, target)


def count_rows(fmt: str, path: Path) -> int:
    """Data rows in an output file."""
    if fmt == "json":
        return len(json.loads(path.read_text(encoding="utf-8")))
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return max(0, sum(1 for _ in csv.reader(fh)) - 1)
    source = load_workbook(path, read_only=True)
    try:
        return max(0, sum(1 for _ in source.worksheets[0].iter_rows()) - 1)
    finally:
        source.close()
