"""Validation before upload, chunk planning, the state file and the in-process CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from client_support import PROMPT, tiny_invoice_pdf, write_invoices
from PIL import Image

from facturist.client import validate
from facturist.client.cli import main as cli_main
from facturist.client.files import LocalFile, sniff_kind
from facturist.client.state import load_state, new_state, save_state, split_chunks
from facturist.samples import encrypted_pdf, png_with_text, truncated_pdf, zero_byte


def test_validation_rejects_with_reasons_and_keeps_the_rest(tmp_path: Path) -> None:
    good = write_invoices(tmp_path / "in", 2)
    (tmp_path / "in" / "copy.pdf").write_bytes(good[0].read_bytes())
    (tmp_path / "in" / "locked.pdf").write_bytes(encrypted_pdf())
    (tmp_path / "in" / "empty.pdf").write_bytes(zero_byte())
    (tmp_path / "in" / "notes.pdf").write_text("not a pdf at all")
    (tmp_path / "in" / "huge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5_242_880)
    (tmp_path / "in" / "scan.jpeg.txt").write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 100)
    paths = sorted((tmp_path / "in").iterdir())
    accepted, rejected = validate(paths)
    reasons = {r.path.name: r.code for r in rejected}
    assert reasons == {
        "invoice-00000.pdf": "DUPLICATE_CONTENT",  # copy.pdf sorts first and is kept
        "locked.pdf": "ENCRYPTED_FILE",
        "empty.pdf": "EMPTY_FILE",
        "notes.pdf": "UNSUPPORTED_TYPE",
        "huge.png": "FILE_TOO_LARGE",
    }
    names = sorted(f.upload_name for f in accepted)
    # A JPEG with a foreign extension is sent under a name the API accepts.
    assert names == ["copy.pdf", "invoice-00001.pdf", "scan.jpeg.txt.jpg"]
    assert all("same content as" in r.reason for r in rejected if r.code == "DUPLICATE_CONTENT")


def test_sniffing_goes_by_content() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, format="PNG")
    assert sniff_kind(buf.getvalue()[:16]) == "png"
    assert sniff_kind(png_with_text()[:16]) is None  # a text file wearing a .png name
    assert sniff_kind(truncated_pdf()[:16]) == "pdf"
    assert sniff_kind(b"GIF89a") is None


def test_same_names_in_different_folders_get_unique_upload_names(tmp_path: Path) -> None:
    for folder, number in (("a", 1), ("b", 2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "invoice.pdf").write_bytes(tiny_invoice_pdf(number))
    accepted, _ = validate([tmp_path / "a" / "invoice.pdf", tmp_path / "b" / "invoice.pdf"])
    assert [f.upload_name for f in accepted] == ["invoice.pdf", "invoice~2.pdf"]


def _fake(size: int, n: int) -> LocalFile:
    return LocalFile(Path(f"/x/{n}.pdf"), f"{n}.pdf", size, f"{n:064x}", "pdf")


def test_chunks_respect_file_and_byte_limits() -> None:
    files = [_fake(10, n) for n in range(25)]
    assert [len(c) for c in split_chunks(files, max_files=10, max_bytes=10**9)] == [10, 10, 5]
    assert [len(c) for c in split_chunks(files, max_files=100, max_bytes=95)] == [9, 9, 7]


def test_state_round_trips_and_ids_are_stable(tmp_path: Path) -> None:
    files = [_fake(10, n) for n in range(5)]
    state = new_state(files, {"prompt": "p"}, max_files=3)
    state.chunks[0].completed.append(files[0].file_id)
    path = tmp_path / "state.json"
    save_state(state, path)
    again = load_state(path)
    assert again == state
    assert [c.file_ids for c in again.chunks] == [
        [f.file_id for f in files[:3]],
        [f.file_id for f in files[3:]],
    ]
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed away
    other = new_state(files, {"prompt": "p"}, max_files=3)
    assert other.run_id != state.run_id
    assert other.chunks[0].upload_session_id != state.chunks[0].upload_session_id


def test_cli_in_process_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_invoices(tmp_path / "good", 2)
    out = tmp_path / "out"
    args = ["--prompt", PROMPT, "--structure", "per_invoice", "--format", "json,csv"]
    assert cli_main([str(tmp_path / "good"), *args, "--out", str(out), "--quiet"]) == 0
    rows = json.loads((out / "extraction.json").read_text())
    assert sorted(r["Invoice Number"] for r in rows) == ["INV-000000", "INV-000001"]
    assert "rows needing review" in capsys.readouterr().out

    (tmp_path / "good" / "locked.pdf").write_bytes(encrypted_pdf())
    assert cli_main([str(tmp_path / "good"), *args, "--out", str(out), "--quiet"]) == 1
    printed = capsys.readouterr().out
    assert "locked.pdf: ENCRYPTED_FILE" in printed

    assert cli_main([str(tmp_path / "good"), *args, "--out", str(out), "--server", "http://x"]) == 2
    assert cli_main([str(tmp_path / "good"), *args, "--out", str(out), "--format", "pdf"]) == 2
    with pytest.raises(SystemExit) as usage:
        cli_main([str(tmp_path / "good"), "--out", str(out)])  # neither --prompt nor --fields
    assert usage.value.code == 2


def test_fields_file_becomes_a_prompt_object(tmp_path: Path) -> None:
    from facturist.client.cli import read_fields

    text = tmp_path / "fields.txt"
    text.write_text("Invoice Number: the invoice's number\n# comment\nTotal Amount\n")
    assert read_fields(text) == {
        "fields": [
            {"name": "Invoice Number", "prompt": "the invoice's number"},
            {"name": "Total Amount"},
        ]
    }
    listed = tmp_path / "fields.json"
    listed.write_text(json.dumps([{"name": "Vendor Name"}]))
    assert read_fields(listed) == {"fields": [{"name": "Vendor Name"}]}


def test_large_files_are_fingerprinted_by_size_and_edges(tmp_path: Path) -> None:
    from facturist.client.files import FINGERPRINT_EDGE, validate

    body = bytearray(b"%PDF-1.7\n" + b"x" * (3 * FINGERPRINT_EDGE) + b"\n%%EOF\n")
    (tmp_path / "a.pdf").write_bytes(bytes(body))
    (tmp_path / "b.pdf").write_bytes(bytes(body))  # a true duplicate
    body[FINGERPRINT_EDGE + 10] = ord("y")  # same size and edges, different middle
    (tmp_path / "c.pdf").write_bytes(bytes(body))
    accepted, rejected = validate(sorted(tmp_path.iterdir()))
    assert [f.path.name for f in accepted] == ["a.pdf", "c.pdf"]
    assert [(r.path.name, r.code) for r in rejected] == [("b.pdf", "DUPLICATE_CONTENT")]
    assert accepted[0].file_id != accepted[1].file_id
