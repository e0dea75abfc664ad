"""write_corpus and the `facturist samples` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facturist.samples import KINDS, TRUTH_FIELD_KEYS, write_corpus
from facturist.samples.cli import main

from .pdftext import page_texts


def _truths(paths: list[Path]) -> list[dict[str, object]]:
    return [
        json.loads(path.with_name(path.stem + ".truth.json").read_text("utf-8")) for path in paths
    ]


def test_mixed_corpus_has_documents_with_matching_truth(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 30, seed=3, kinds=KINDS)
    assert len(paths) == 30 and all(path.exists() for path in paths)
    truths = _truths(paths)
    kinds = {truth["sample_kind"] for truth in truths}
    assert kinds == set(KINDS)
    for path, truth in zip(paths, truths, strict=True):
        assert truth["document"] == path.name and truth["id"] == path.stem
        kind = truth["sample_kind"]
        if kind in ("digital", "credit"):
            fields = truth["fields"]
            assert isinstance(fields, dict) and tuple(fields) == TRUTH_FIELD_KEYS
            assert fields["invoice_number"] in page_texts(path.read_bytes())[0]
            assert (fields["document_type"] == "credit_note") == (kind == "credit")
        elif kind == "multi":
            pages = truth["pages"]
            assert isinstance(pages, dict)
            texts = page_texts(path.read_bytes())
            assert pages["count"] == len(texts)
            invoices = truth["invoices"]
            assert isinstance(invoices, list)
            for invoice in invoices:
                first = invoice["pages"][0]
                assert invoice["fields"]["invoice_number"] in texts[first - 1]
        elif kind == "scan":
            assert path.suffix in (".jpg", ".png", ".pdf")
        else:
            assert truth["bad"] and truth["fields"] == {}


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 8, seed=5, kinds=("digital", "credit", "multi"))
    second = write_corpus(tmp_path / "b", 8, seed=5, kinds=("digital", "credit", "multi"))
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_corpus(tmp_path, 1, kinds=("digital", "hologram"))


def test_cli_writes_the_asked_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--count", "4", "--seed", "2", "--kinds", "digital,bad"]) == 0
    assert len(list(tmp_path.glob("*.truth.json"))) == 4
    assert "wrote 4 documents" in capsys.readouterr().out


def test_cli_refuses_unknown_kinds(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(tmp_path), "--kinds", "digital,nope"])
    assert exit_info.value.code == 2
