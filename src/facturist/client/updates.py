"""Progress reports handed to `on_update` callbacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Stage = Literal["validate", "upload", "submit", "process", "download", "merge", "done"]
Level = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class Update:
    """One progress report: which stage, how far (`done` of `total`), about which extraction."""

    stage: Stage
    message: str
    level: Level = "info"
    done: int | None = None
    total: int | None = None
    extraction_id: str | None = None

    @property
    def progress(self) -> float | None:
        """Percent done (0-100) when the stage counts its work, else None."""
        if self.done is None or not self.total:
            return None
        return 100.0 * self.done / self.total


OnUpdate = Callable[[Update], None]


def emit(on_update: OnUpdate | None, update: Update) -> None:
    """Call the callback if there is one."""
    if on_update is not None:
        on_update(update)
