"""Passwords, per-cell boxes in stored rows, and `facturist accounts` on the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from facturist.engine import plan_from_prompt
from facturist.engine.model import Box
from facturist.output import Row, column_kinds, document_rows, row_object
from facturist.samples import random_invoice, render_pdf
from facturist.service.passwords import hash_password, password_problem, verify_password


def test_password_hashes_are_salted_and_verify() -> None:
    first, second = hash_password("s3cret pass"), hash_password("s3cret pass")
    assert first != second and first.startswith("scrypt$")
    assert verify_password("s3cret pass", first)
    assert not verify_password("s3cret pasS", first)
    assert not verify_password("s3cret pass", None)
    assert not verify_password("s3cret pass", "md5$abc")
    assert password_problem("short") is not None
    assert password_problem("long enough") is None


def test_row_boxes_survive_storage_but_not_the_api_row() -> None:
    kinds = column_kinds(plan_from_prompt("invoice number and invoice date", "per_invoice"))
    row = Row(
        values={"Invoice Number": "A-1", "Invoice Date": date(2026, 1, 2)},
        boxes={"Invoice Number": (Box(1, 10.04, 20.0, 30.0, 40.0),)},
    )
    stored = row.to_json()
    assert stored["boxes"] == {"Invoice Number": [[1, 10.0, 20.0, 30.0, 40.0]]}
    back = Row.from_json(stored, kinds)
    assert back.boxes["Invoice Number"][0].page == 1
    api_row = row_object(back, ["Invoice Number", "Invoice Date"], kinds, False, None)  # type: ignore[arg-type]
    assert "boxes" not in api_row and set(api_row) == {"Invoice Number", "Invoice Date"}
    legacy = {key: value for key, value in stored.items() if key != "boxes"}
    assert Row.from_json(legacy, kinds).boxes == {}


def test_document_rows_keep_the_boxes_of_each_value() -> None:
    from facturist.engine import extract

    spec = random_invoice(4, language="en", layout="classic")  # total in the lower half
    plan = plan_from_prompt(
        {"fields": [{"name": "Invoice Number"}, {"name": "Total Amount"}]}, "per_invoice"
    )
    rows, _ = document_rows("a.pdf", extract(render_pdf(spec), plan), plan)
    boxes = rows[0].boxes
    found = {name for name, value in rows[0].values.items() if value is not None}
    assert "Total Amount" in found
    assert set(boxes) == found - {"Source File", "Review Needed"}  # every value has its boxes
    total = boxes["Total Amount"][0]
    assert total.page == 1 and total.x1 > total.x0 and total.y1 > total.y0
    assert total.y0 > 300  # the total is printed in the lower part of the page (points)


def _cli(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facturist.cli.main", *args, "--data-dir", str(data_dir)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_accounts_cli_creates_lists_and_resets(tmp_path: Path) -> None:
    made = _cli(
        tmp_path, "accounts", "create", "ops", "--admin", "--password-stdin", stdin="longpassword\n"
    )
    assert made.returncode == 0, made.stderr
    generated = _cli(tmp_path, "accounts", "create", "clerk")
    assert generated.returncode == 0
    printed = generated.stdout.strip().splitlines()[-1]
    assert len(printed) >= 12
    again = _cli(tmp_path, "accounts", "create", "ops", "--password-stdin", stdin="longpassword\n")
    assert again.returncode == 2 and "already exists" in again.stderr
    weak = _cli(tmp_path, "accounts", "password", "ops", "--password-stdin", stdin="short\n")
    assert weak.returncode == 2
    listing = _cli(tmp_path, "accounts", "list").stdout
    assert "ops\tops\tadmin\tpassword" in listing and "clerk\tclerk\tmember\tpassword" in listing
