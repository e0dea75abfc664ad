"""`write_corpus`: a folder of mixed sample documents, each beside its truth file."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from facturist.samples import bad
from facturist.samples.generate import random_invoice
from facturist.samples.render import count_pages, render_multi_invoice, render_pdf
from facturist.samples.scan import ImageFormat, render_scan, render_scanned_pdf
from facturist.samples.spec import InvoiceSpec

KINDS: tuple[str, ...] = ("digital", "scan", "multi", "credit", "bad")
DEFAULT_KINDS: tuple[str, ...] = ("digital", "scan", "multi", "credit")
# How often each kind appears in a mixed corpus.
_WEIGHTS = {"digital": 50, "scan": 15, "multi": 10, "credit": 15, "bad": 10}

# name -> (maker, file extension, what a reader should report)
_BAD_MAKERS: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "zero_byte": (bad.zero_byte, "pdf", "empty file: refused at upload (INVALID_INPUT)"),
    "truncated": (bad.truncated_pdf, "pdf", "cannot be opened: no pages (NO_PAGES_FOUND)"),
    "encrypted": (bad.encrypted_pdf, "pdf", "needs a password (ENCRYPTED_FILE)"),
    "text_as_png": (bad.png_with_text, "png", "not an image: no pages (NO_PAGES_FOUND)"),
    "bomb_png": (bad.bomb_png, "png", "20000 x 20000 pixels: refused before decoding"),
    "corrupt_page": (bad.corrupt_page_pdf, "pdf", "page 2 unreadable, others fine"),
}


def _pages_info(ranges: Sequence[tuple[int, int]], count: int, other: Sequence[int] = ()) -> Any:
    return {
        "count": count,
        "invoice_ranges": [list(pair) for pair in ranges],
        "non_invoice_pages": list(other),
    }


def _single(spec: InvoiceSpec, pages: int, kind: str) -> dict[str, Any]:
    truth = spec.truth()
    truth["sample_kind"] = kind
    truth["seed"] = spec.seed
    truth["pages"] = _pages_info([(1, pages)], pages)
    return truth


def _make(kind: str, item_seed: int, rng: random.Random) -> tuple[str, bytes, dict[str, Any]]:
    """(file extension, document bytes, truth without id/document) for one corpus item."""
    if kind == "bad":
        name = rng.choice(sorted(_BAD_MAKERS))
        maker, ext, expected = _BAD_MAKERS[name]
        bad_truth: dict[str, Any] = {"kind": "bad", "sample_kind": "bad", "bad": name}
        bad_truth.update(expected=expected, fields={}, line_items=None)
        return ext, maker(), bad_truth
    if kind == "multi":
        specs = [random_invoice(item_seed * 10 + n) for n in range(rng.randint(2, 4))]
        terms_after = rng.choice([None, 0, len(specs) - 1])
        multi = render_multi_invoice(specs, terms_after=terms_after)
        invoices = []
        for spec, (first, last) in zip(specs, multi.page_ranges, strict=True):
            invoices.append({**spec.truth(), "pages": [first, last]})
        truth: dict[str, Any] = {
            "kind": "multi",
            "sample_kind": "multi",
            "fields": {},  # nothing to score at file level; see "invoices"
            "line_items": None,
            "invoices": invoices,
            "pages": _pages_info(multi.page_ranges, multi.page_count, multi.terms_pages),
        }
        return "pdf", multi.data, truth
    if kind == "scan":
        spec = random_invoice(item_seed, lines=rng.randint(1, 6))
        if rng.random() < 0.3:
            return "pdf", render_scanned_pdf(spec), _single(spec, count_pages(spec), kind)
        # Images hold one page, so the invoice must fit on one.
        while count_pages(spec) > 1:
            spec = random_invoice(item_seed, locale=spec.locale, layout=spec.layout, lines=2)
        orientation = rng.choice([0, 0, 0, 0, 90, 180])
        fmt: ImageFormat = rng.choice(["jpeg", "jpeg", "png"])
        data = render_scan(spec, fmt=fmt, orientation=orientation)
        scan_truth = _single(spec, 1, kind)
        scan_truth["orientation"] = orientation
        return ("jpg" if fmt == "jpeg" else "png"), data, scan_truth
    spec = random_invoice(item_seed, document_type="credit_note" if kind == "credit" else "invoice")
    return "pdf", render_pdf(spec), _single(spec, count_pages(spec), kind)


def write_corpus(
    out_dir: Path,
    count: int,
    *,
    seed: int = 0,
    kinds: Sequence[str] = DEFAULT_KINDS,
) -> list[Path]:
    """Write `count` documents (with `<name>.truth.json` beside each); returns the documents.

    The same count, seed and kinds give the same files. "bad" is not in the default mix
    because one empty file makes a whole SDK upload fail.
    """
    unknown = set(kinds) - set(KINDS)
    if unknown or not kinds:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    weights = [_WEIGHTS[kind] for kind in kinds]
    written: list[Path] = []
    for index in range(count):
        kind = rng.choices(list(kinds), weights)[0]
        item_seed = seed * 1_000_003 + index
        ext, data, truth = _make(kind, item_seed, random.Random(item_seed))
        label = truth.get("locale") or truth.get("bad")
        name = f"sample-{index:05d}-{kind}" + (f"-{label}" if label else "")
        path = out_dir / f"{name}.{ext}"
        path.write_bytes(data)
        document = {"id": name, "document": path.name, **truth}
        (out_dir / f"{name}.truth.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written
