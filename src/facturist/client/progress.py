"""Plain-text progress bars on stderr and the closing summary table (no extra dependency)."""

from __future__ import annotations

import time
from typing import TextIO

from facturist.client.batch import BatchResult
from facturist.client.updates import Update

BAR_WIDTH = 30


class ProgressPrinter:
    """An `on_update` callback: one redrawn bar per stage on a terminal, sparse lines otherwise."""

    def __init__(self, out: TextIO, *, enabled: bool = True, min_interval: float = 0.2) -> None:
        self.out = out
        self.enabled = enabled
        self.tty = out.isatty()
        self.min_interval = min_interval if self.tty else 5.0
        self._last_draw = 0.0
        self._open_line = False

    def __call__(self, update: Update) -> None:
        if not self.enabled:
            return
        if update.level != "info" or update.stage in ("submit", "download", "merge"):
            self._line(
                f"[{update.stage}] {update.level}: {update.message}"
                if update.level != "info"
                else f"[{update.stage}] {update.message}"
            )
            return
        if update.done is None or not update.total:
            return
        finished = update.done >= update.total
        now = time.monotonic()
        if not finished and now - self._last_draw < self.min_interval:
            return
        self._last_draw = now
        filled = int(BAR_WIDTH * update.done / update.total)
        label = (
            update.stage if update.stage != "process" else f"process {update.extraction_id or ''}"
        )
        text = (
            f"{label:<12} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {update.done}/{update.total}"
        )
        if self.tty:
            self.out.write("\r" + text)
            self._open_line = True
            if finished:
                self._end_line()
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def _end_line(self) -> None:
        if self._open_line:
            self.out.write("\n")
            self._open_line = False

    def _line(self, text: str) -> None:
        self._end_line()
        self.out.write(text + "\n")
        self.out.flush()

    def close(self) -> None:
        """End a half-drawn bar."""
        if self.enabled:
            self._end_line()
            self.out.flush()


def print_summary(result: BatchResult, out: TextIO) -> None:
    """The closing table: files, pages ok and failed, rows, review, time; then rejections."""
    s = result.summary
    rows = [
        ("files accepted", s.files),
        ("files rejected", s.rejected),
        ("uploaded now / before", f"{s.uploaded_now} / {s.already_uploaded}"),
        ("upload failures", s.upload_failed),
        ("extractions (failed)", f"{s.extractions} ({s.extractions_failed})"),
        ("pages ok", s.pages_ok),
        ("pages failed", s.pages_failed),
        ("rows", s.rows),
        ("rows needing review", s.review_needed),
        ("time", f"{s.seconds:.1f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print("-" * (width + 14), file=out)
    for name, value in rows:
        print(f"{name:<{width}}  {value:>10}", file=out)
    print("-" * (width + 14), file=out)
    for fmt, path in result.outputs.items():
        print(f"{fmt:<5} {path}", file=out)
    print(f"manifest {result.manifest}", file=out)
    for bad in result.rejected:
        print(f"rejected {bad.path}: {bad.code}: {bad.reason}", file=out)
    print("status: " + ("ok" if s.ok else "finished with failures"), file=out)
