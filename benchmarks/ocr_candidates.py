"""Compare OCR candidates: word accuracy, CPU seconds per page (one thread), peak memory.

    .venv/bin/python benchmarks/ocr_candidates.py [--receipts DIR] [--limit N]

Synthetic pages: known English/German/French text drawn with a TrueType font at 150-300 dpi,
clean and degraded (noise + blur + JPEG, a 2 degree skew). Score: share of the words drawn
that come back exactly (case-sensitive, punctuation included).
Receipts (optional, evaluation only): scanned receipts with truth JSON beside them (the
SROIE part of the dev set); score: share of the tokens of seller name, address, date and
total that appear in the OCR output (case-insensitive).
Each candidate runs in its own process so that peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import re
import resource
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

TEXTS = {
    "en": "Invoice number INV-2024-0815 dated March 12, 2024. Total amount due 1,234.56 USD. "
    "Please pay within thirty days to account 12345678. Thank you for your business.",
    "de": "Rechnung Nr. 4711 vom 12.03.2024 für die Müller GmbH, Hauptstraße 5, 80331 München. "
    "Gesamtbetrag 1.234,56 EUR zahlbar bis zum 30. April. Umsatzsteuer 19 % inklusive.",
    "fr": "Facture numéro 2024-17 du 5 février 2024, société Dupré à Besançon. Montant "
    "total à régler: 987,65 EUR. Réglé par chèque, TVA intracommunautaire incluse, merci.",
}
CANDIDATES = ("rapidocr", "rapidocr-det1600", "tesseract")


def _font(size: int) -> ImageFont.FreeTypeFont:
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    return ImageFont.truetype(str(vera), size)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def synthetic_pages() -> Iterator[tuple[str, Image.Image, float, list[str]]]:
    """(label, image, dpi, words drawn) for each language, resolution and degradation."""
    rng = random.Random(7)
    for dpi in (150, 300):
        for lang, text in TEXTS.items():
            # An A4 page (width only; the text block is what costs) with 10 pt text.
            width, height = round(8.27 * dpi), round(5.0 * dpi)
            page = Image.new("L", (width, height), 255)
            draw = ImageDraw.Draw(page)
            font = _font(round(10 / 72 * dpi))
            y = round(0.5 * dpi)
            for line in _wrap(text * 2, 70):
                draw.text((round(0.8 * dpi), y), line, font=font, fill=0)
                y += round(16 / 72 * dpi)
            words = (text * 2).split()
            yield f"{lang}-{dpi}dpi-clean", page, dpi, words
            noisy = page.filter(ImageFilter.GaussianBlur(0.8 * dpi / 300))
            pixels = noisy.load()
            assert pixels is not None
            for _ in range(width * height // 50):
                x, y2 = rng.randrange(width), rng.randrange(height)
                pixels[x, y2] = rng.choice((0, 255))
            buffer = io.BytesIO()
            noisy.convert("L").save(buffer, "JPEG", quality=60)
            degraded = Image.open(io.BytesIO(buffer.getvalue())).rotate(
                2.0, resample=Image.Resampling.BICUBIC, fillcolor=255
            )
            yield f"{lang}-{dpi}dpi-noisy-skew2", degraded, dpi, words


def word_recall(expected: list[str], got: list[str]) -> float:
    want, have = Counter(expected), Counter(got)
    return sum(min(n, have[w]) for w, n in want.items()) / max(1, sum(want.values()))


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", text.upper()) if t]


def receipt_cases(folder: Path, limit: int) -> list[tuple[Path, list[str]]]:
    """Receipt images with the tokens their truth says must be readable."""
    cases = []
    for image_path in sorted(folder.glob("docs/sroie__*.jpg"))[:limit]:
        truth = json.loads((folder / "truth" / f"{image_path.stem}.json").read_text())
        fields, raw = truth["fields"], truth.get("raw") or {}
        wanted = " ".join(
            str(v)
            for v in (fields.get("seller_name"), fields.get("seller_address"), raw.get("date"))
            if v
        )
        tokens = _tokens(wanted) + ([str(raw["total"])] if raw.get("total") else [])
        cases.append((image_path, tokens))
    return cases


def _backend(name: str) -> object:
    from facturist.engine.ocr.rapid_backend import RapidOcrBackend
    from facturist.engine.ocr.tesseract_backend import TesseractBackend

    if name == "rapidocr":
        return RapidOcrBackend()
    if name == "rapidocr-det1600":
        return RapidOcrBackend(detection_max_side=1600)
    return TesseractBackend()


def run_candidate(name: str, receipts: str, limit: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from facturist.engine.ocr import ocr_image

    load_start = time.process_time()
    backend = _backend(name)
    ocr_image(next(synthetic_pages())[1], backend=backend)  # loads the models
    load_cpu = time.process_time() - load_start
    rows: dict[str, list[float]] = {"synthetic": [], "receipts": [], "cpu": [], "wall": []}
    for _label, image, dpi, words in synthetic_pages():
        cpu, wall = time.process_time(), time.perf_counter()
        page = ocr_image(image, dpi=dpi, backend=backend)  # type: ignore[arg-type]
        rows["cpu"].append(time.process_time() - cpu)
        rows["wall"].append(time.perf_counter() - wall)
        rows["synthetic"].append(word_recall(words, [w.text for w in page.words]))
    if receipts:
        for path, tokens in receipt_cases(Path(receipts), limit):
            cpu, wall = time.process_time(), time.perf_counter()
            page = ocr_image(Image.open(path), dpi=150, backend=backend)  # type: ignore[arg-type]
            rows["cpu"].append(time.process_time() - cpu)
            rows["wall"].append(time.perf_counter() - wall)
            got = _tokens(" ".join(w.text for w in page.words))
            rows["receipts"].append(word_recall(tokens, got))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, rows, load_cpu, peak_mb))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", default="", help="dev set folder (docs/, truth/)")
    parser.add_argument("--limit", type=int, default=12, help="receipts to read")
    parser.add_argument("--candidates", default=",".join(CANDIDATES))
    parser.add_argument("--timeout", type=float, default=900, help="seconds per candidate")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    print(
        f"{'candidate':18} {'synthetic':>9} {'receipts':>8} {'cpu s/pg':>8} {'max cpu':>7} "
        f"{'wall s/pg':>9} {'load cpu':>8} {'peak MB':>7}"
    )
    for name in args.candidates.split(","):
        queue: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
        process = context.Process(
            target=run_candidate, args=(name, args.receipts, args.limit, queue)
        )
        process.start()
        try:
            _name, rows, load_cpu, peak_mb = queue.get(timeout=args.timeout)
        except Exception:  # the candidate crashed or hung: report it and go on
            process.kill()
            print(f"{name:18} failed (exit code {process.exitcode})")
            continue
        process.join()
        print(
            f"{name:18} {_mean(rows['synthetic']):9.3f} {_mean(rows['receipts']):8.3f} "
            f"{_mean(rows['cpu']):8.2f} {max(rows['cpu']):7.2f} {_mean(rows['wall']):9.2f} "
            f"{load_cpu:8.2f} {peak_mb:7.0f}"
        )


if __name__ == "__main__":
    main()
