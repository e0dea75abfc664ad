"""Streaming XLSX writer: openpyxl write-only mode, native number/date cells, review fills."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from os import PathLike
from typing import IO, Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from facturist.engine.model import CellValue, ColumnKind
from facturist.output.rows import REVIEW_NEEDED, Row
from facturist.output.values import CellFormat, neutralise_formula, normalise_cell, text_value

FillColour = Literal["none", "yellow", "orange", "red"]
# Excel's own "standard colours", so the fills look familiar in the ribbon's colour picker.
FILL_COLOURS: dict[str, str | None] = {
    "none": None,
    "yellow": "FFFFFF00",
    "orange": "FFFFC000",
    "red": "FFFF0000",
}
SHEET_TITLE = "Extracted Data"
ISO_DATE_FORMAT = "yyyy-mm-dd"
EXCEL_MAX_TEXT = 32_767  # longer strings make Excel "repair" the file
WIDTH_SAMPLE_ROWS = 200  # rows looked at to size the columns; the rest is streamed
MIN_WIDTH, MAX_WIDTH = 8, 60

# strftime directives that have an Excel number-format equivalent.
_STRFTIME_TO_EXCEL = {
    "d": "dd",
    "-d": "d",
    "m": "mm",
    "-m": "m",
    "Y": "yyyy",
    "y": "yy",
    "b": "mmm",
    "B": "mmmm",
    "a": "ddd",
    "A": "dddd",
    "%": '"%"',
}
_EXCEL_PLAIN_LITERALS = set("/-.,: ")


def excel_date_format(date_format: str | None) -> str:
    """The Excel number format for a strftime date pattern (ISO when it has no equivalent)."""
    if not date_format:
        return ISO_DATE_FORMAT
    parts: list[str] = []
    index = 0
    while index < len(date_format):
        char = date_format[index]
        if char == "%":
            directive = date_format[index + 1 : index + 3]
            directive = directive if directive.startswith("-") else directive[:1]
            if directive not in _STRFTIME_TO_EXCEL:
                return ISO_DATE_FORMAT
            parts.append(_STRFTIME_TO_EXCEL[directive])
            index += 1 + len(directive)
            continue
        parts.append(char if char in _EXCEL_PLAIN_LITERALS else '"' + char.replace('"', "") + '"')
        index += 1
    return "".join(parts)


def excel_number_format(decimals: int | None) -> str:
    """Fixed decimals as an Excel number format, or "General" to show the value as read."""
    if decimals is None:
        return "General"
    return "0." + "0" * decimals if decimals > 0 else "0"


def safe_text(text: str) -> str:
    """Text fit for a string cell: no formula trigger, no XML-illegal characters, not too long."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return neutralise_formula(text)[:EXCEL_MAX_TEXT]


def _fill(colour: str) -> PatternFill | None:
    if colour not in FILL_COLOURS:
        raise ValueError(f"unknown fill colour {colour!r}; expected one of {list(FILL_COLOURS)}")
    rgb = FILL_COLOURS[colour]
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb) if rgb else None


def write_xlsx(
    rows: Iterable[Row],
    columns: Sequence[str],
    kinds: Mapping[str, ColumnKind],
    path_or_file: str | PathLike[str] | IO[bytes],
    *,
    review_fill: str = "orange",
    affected_fill: str = "orange",
    fmt: CellFormat | None = None,
    review_column: str = REVIEW_NEEDED,
) -> int:
    """Write an XLSX file, streaming rows to disk; returns the row count."""
    fmt = fmt or CellFormat()
    review_pattern, affected_pattern = _fill(review_fill), _fill(affected_fill)
    date_format = excel_date_format(fmt.date_format)
    fixed_decimals = None if fmt.decimals is None else excel_number_format(fmt.decimals)

    workbook = Workbook(write_only=True)
    sheet: Any = workbook.create_sheet(SHEET_TITLE)
    row_iter = iter(rows)
    sample = list(itertools.islice(row_iter, WIDTH_SAMPLE_ROWS))
    for position, width in enumerate(_column_widths(sample, columns, kinds, fmt), start=1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"

    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=safe_text(name))
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    count = 0
    for row in itertools.chain(sample, row_iter):
        cells: list[Any] = []
        for name in columns:
            value = _cell_value(row.values.get(name), kinds.get(name, "text"))
            fill = None
            if row.needs_review and name == review_column:
                fill = review_pattern
            elif name in row.affected_columns:
                fill = affected_pattern
            number_format = None
            if isinstance(value, date) and date_format != ISO_DATE_FORMAT:
                number_format = date_format
            elif isinstance(value, int | float) and not isinstance(value, bool):
                number_format = fixed_decimals
            if fill is None and number_format is None:
                # A plain value is much cheaper than a cell object in write-only mode;
                # openpyxl gives dates the ISO format by itself.
                cells.append(value)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            if fill is not None:
                cell.fill = fill
            if number_format is not None:
                cell.number_format = number_format
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path_or_file)
    return count


def _cell_value(raw: CellValue, kind: ColumnKind) -> CellValue:
    """The value to store; text is made safe, so openpyxl can never read it as a formula."""
    value = normalise_cell(raw, kind)
    return safe_text(value) if isinstance(value, str) else value


def _column_widths(
    sample: list[Row], columns: Sequence[str], kinds: Mapping[str, ColumnKind], fmt: CellFormat
) -> Iterator[float]:
    """Widths from the header and the first rows, in characters, within sensible bounds."""
    for name in columns:
        kind = kinds.get(name, "text")
        longest = len(name)
        for row in sample:
            value = normalise_cell(row.values.get(name), kind)
            text = text_value(value, fmt)
            # A multi-line cell is as wide as its longest line.
            longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        yield float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))
