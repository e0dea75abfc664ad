"""The writers stream: 50,000 rows go through while only a handful are alive at once."""

from __future__ import annotations

import io
import tempfile
import tracemalloc
import weakref
from collections.abc import Iterator

from facturist.output import Row, write_csv, write_json, write_xlsx
from facturist.output.xlsx import WIDTH_SAMPLE_ROWS

ROW_COUNT = 50_000
COLUMNS = ["Invoice Number", "Total Amount"]
KINDS = {"Invoice Number": "text", "Total Amount": "number"}


class LiveRows:
    """Makes rows on demand and records how many were alive at the same time."""

    def __init__(self) -> None:
        self.alive = 0
        self.most_alive = 0
        self.made = 0

    def _gone(self) -> None:
        self.alive -= 1

    def rows(self, count: int) -> Iterator[Row]:
        for index in range(count):
            flagged = index % 100 == 0
            row = Row(
                values={"Invoice Number": f"INV-{index:06d}", "Total Amount": index * 1.25},
                affected_columns=("Total Amount",) if flagged else (),
                needs_review=flagged,
            )
            weakref.finalize(row, self._gone)
            self.alive += 1
            self.made += 1
            self.most_alive = max(self.most_alive, self.alive)
            yield row


def plain_rows(count: int) -> Iterator[Row]:
    for index in range(count):
        values = {"Invoice Number": f"INV-{index:06d}", "Total Amount": index * 1.25}
        yield Row(values=values)  # type: ignore[arg-type]


def test_csv_streams_in_little_memory() -> None:
    with tempfile.TemporaryFile() as out:
        tracemalloc.start()
        try:
            written = write_csv(plain_rows(ROW_COUNT), COLUMNS, KINDS, out)  # type: ignore[arg-type]
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        size = out.tell()
    assert written == ROW_COUNT
    # Holding 50,000 rows at once would take well over 10 MB; the file itself is ~1 MB.
    assert size > 900_000
    assert peak < 1_000_000, f"peak {peak} bytes"


def test_json_streams() -> None:
    live = LiveRows()
    out = io.BytesIO()
    assert write_json(live.rows(ROW_COUNT), COLUMNS, KINDS, True, out) == ROW_COUNT  # type: ignore[arg-type]
    assert live.most_alive <= 2


def test_xlsx_streams() -> None:
    live = LiveRows()
    with tempfile.TemporaryFile() as out:
        written = write_xlsx(
            live.rows(ROW_COUNT),
            COLUMNS,
            KINDS,  # type: ignore[arg-type]
            out,
            review_fill="orange",
            affected_fill="yellow",
        )
    assert written == ROW_COUNT
    # Only the rows sampled for column widths are held; the rest pass one at a time.
    assert live.most_alive <= WIDTH_SAMPLE_ROWS + 2


def test_xlsx_memory_stays_flat() -> None:
    """tracemalloc slows openpyxl a lot, so compare a small and a 4x larger run instead."""
    peaks = []
    for count in (500, 2_000):
        with tempfile.TemporaryFile() as out:
            tracemalloc.start()
            try:
                write_xlsx(
                    LiveRows().rows(count),
                    COLUMNS,
                    KINDS,  # type: ignore[arg-type]
                    out,
                    review_fill="orange",
                    affected_fill="yellow",
                )
                peaks.append(tracemalloc.get_traced_memory()[1])
            finally:
                tracemalloc.stop()
    small, large = peaks
    assert large < small * 1.5 + 200_000, f"peaks {peaks}"
    assert large < 2_000_000
