"""The web app end to end in real headless Chromium: sign in, upload a folder of generated
invoices, submit a field list, wait, read the results, see a value's box on its page,
download the XLSX, create and revoke an API key, delete the extraction.

Every page is saved as a screenshot under test-artifacts/web/ at 1280 and 390 px wide.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook
from web_accounts import ARTIFACTS, PASSWORD

from facturist.samples import InvoiceSpec, random_invoice, render_pdf
from live_server import LiveServer

playwright_sync = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FIELDS = [("Invoice Number", ""), ("Invoice Date", "as printed"), ("Total Amount", "")]
SEEDS = (2, 4, 5)
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}
TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def invoice_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[InvoiceSpec]]:
    """Three generated invoices, plus a stray text file the page must refuse."""
    folder = tmp_path_factory.mktemp("upload") / "invoices"
    folder.mkdir()
    specs = [random_invoice(seed, language="en") for seed in SEEDS]
    for spec in specs:
        (folder / f"invoice-{spec.seed}.pdf").write_bytes(render_pdf(spec))
    (folder / "notes.txt").write_text("not an invoice")
    return folder, specs


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    with playwright_sync.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def shot(page: object, width: int, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{width}-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def sign_in(page: object, server: LiveServer, password: str = PASSWORD) -> None:
    page.goto(server.url + "/")  # type: ignore[attr-defined]
    page.get_by_label("Account name").fill("alice")  # type: ignore[attr-defined]
    page.get_by_label("Password").fill(password)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Sign in").click()  # type: ignore[attr-defined]


def test_first_visit_to_download_and_delete(
    web_server: LiveServer, browser: object, invoice_folder: tuple[Path, list[InvoiceSpec]]
) -> None:
    folder, specs = invoice_folder
    expect = playwright_sync.expect
    context = browser.new_context(viewport=WIDE, accept_downloads=True)  # type: ignore[attr-defined]
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith((web_server.url, "data:", "blob:")) else outside.append(r.url)
        ),
    )
    page.on("dialog", lambda dialog: dialog.accept())

    # Sign in: a wrong password is refused with a message, the right one opens the app.
    sign_in(page, web_server, "not the password")
    expect(page.get_by_role("alert")).to_contain_text("Wrong account name or password")
    shot(page, 1280, "01-sign-in")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="New extraction")).to_be_visible()
    expect(page.locator("#who")).to_have_text("alice")
    shot(page, 1280, "02-new-extraction")

    # A folder: the three PDFs are listed, the text file is refused with a reason.
    page.locator("#pick-folder").set_input_files(folder)
    expect(page.locator("#file-list li")).to_have_count(len(specs))
    expect(page.locator("#file-messages")).to_contain_text("notes.txt: not a PDF, JPG or PNG")

    # The field list: replace the suggested fields by ours.
    for _ in range(page.locator("#field-list li").count()):
        page.get_by_role("button", name="Remove this field").first.click()
    for name, hint in FIELDS:
        page.get_by_role("button", name="Add a field").click()
        page.locator(".field-name").last.fill(name)
        page.locator(".field-hint").last.fill(hint)
    page.get_by_label("Name of this extraction").fill("Web test batch")
    page.get_by_label("Row layout").select_option("per_invoice")
    page.get_by_text("More options").click()
    page.get_by_label("Colour of rows to review (XLSX)").select_option("yellow")
    shot(page, 1280, "03-new-extraction-filled")
    page.get_by_role("button", name="Upload and extract").click()

    # Progress, then completion, on the extraction's own page.
    page.wait_for_url(re.compile(r".*#/extractions/[0-9a-f-]{36}$"))
    extraction_id = page.url.rsplit("/", 1)[-1]
    expect(page.locator("#extraction-status .badge")).to_be_visible()
    shot(page, 1280, "04-progress")
    expect(page.locator("#extraction-status .badge")).to_have_text("Completed")
    expect(page.locator("#rows tbody tr")).to_have_count(len(specs))
    expect(page.locator("#rows thead th")).to_have_text(
        ["#", *[name for name, _ in FIELDS], "Source File", "Review Needed"]
    )
    shot(page, 1280, "05-results")

    # Click a total: the page image opens with a box over the value.
    cell = page.get_by_role("button", name=re.compile(r"^Total Amount: .*Show on the page")).first
    cell.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("img")).to_have_js_property("complete", True)
    box = dialog.locator(".box").first
    expect(box).to_be_visible()
    image_area = dialog.get_by_role("img").bounding_box()
    box_area = box.bounding_box()
    assert image_area and box_area
    assert (
        image_area["x"]
        <= box_area["x"]
        < box_area["x"] + box_area["width"]
        <= (image_area["x"] + image_area["width"] + 1)
    )
    assert 0 < box_area["width"] < image_area["width"] / 3  # a value, not the whole page
    assert dialog.get_by_role("img").evaluate("img => img.naturalWidth") > 500
    shot(page, 1280, "06-source-highlight")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(cell).to_be_focused()  # focus returns to the value

    # The XLSX: header, one row per invoice, values that match the generated truth.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Excel (XLSX)").click()
    workbook = load_workbook(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    sheet = workbook.worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == [name for name, _ in FIELDS] + ["Source File", "Review Needed"]
    by_file = {row[3].split(" (")[0]: row for row in table[1:]}
    assert set(by_file) == {f"invoice-{spec.seed}.pdf" for spec in specs}
    # The spreadsheet holds what the results table showed...
    shown = page.locator("#rows tbody tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.cells).slice(1).map(c => c.textContent))"
    )
    assert [[_text(cell) for cell in row] for row in table[1:]] == shown
    # ...and those are the generated invoices' numbers and totals (the engine may miss one).
    right = [
        spec
        for spec in specs
        if by_file[f"invoice-{spec.seed}.pdf"][0] == spec.invoice_number
        and by_file[f"invoice-{spec.seed}.pdf"][2] is not None
        and Decimal(str(by_file[f"invoice-{spec.seed}.pdf"][2])) == spec.total_amount
    ]
    assert len(right) >= len(specs) - 1, table

    # API keys: create one (shown once, works), then revoke it (stops working).
    page.get_by_role("link", name="API keys").click()
    page.get_by_label("Label").fill("nightly import")
    page.get_by_role("button", name="Create key").click()
    expect(page.locator("#new-key-value")).to_have_text(re.compile(r"^fct_\S{20,}$"))
    key = page.locator("#new-key-value").inner_text()
    details = requests.get(
        f"{web_server.api}/extractions/{extraction_id}/details",
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )
    assert details.status_code == 200
    assert details.json()["extraction"]["submission_method"] == "web_app"
    shot(page, 1280, "07-keys-created")
    page.get_by_role("button", name=f"Revoke key {key[:12]}").click()
    expect(page.locator("#keys tbody")).to_contain_text("Revoked")
    revoked = requests.get(
        f"{web_server.api}/credits/balance", headers={"Authorization": f"Bearer {key}"}, timeout=30
    )
    assert revoked.json()["error"]["code"] == "API_KEY_REVOKED"
    shot(page, 1280, "08-keys-revoked")

    # History lists it as a web-app run; the narrow screen shows every page too.
    page.get_by_role("link", name="History").click()
    expect(page.locator("#history tbody tr")).to_have_count(1)
    expect(page.locator("#history tbody")).to_contain_text("Web app")
    shot(page, 1280, "09-history")
    narrow_screens(browser, web_server, extraction_id)

    # Delete from the extraction's page; History is empty afterwards.
    page.get_by_role("link", name="Web test batch").click()
    page.get_by_role("button", name="Delete extraction").click()
    page.wait_for_url(re.compile(r".*#/history$"))
    expect(page.get_by_text("No extractions yet.")).to_be_visible()
    shot(page, 1280, "10-history-after-delete")
    gone = requests.get(
        f"{web_server.url}/web/api/extractions/{extraction_id}/files/0/pages/1",
        cookies={c["name"]: c["value"] for c in context.cookies()},
        timeout=30,
    )
    assert gone.status_code == 404
    assert outside == []
    context.close()


def _text(cell: object) -> str:
    """An XLSX cell as the results table prints it (numbers in JavaScript's shortest form)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):  # XLSX dates are real dates, shown as ISO in the table
        return cell.date().isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def narrow_screens(browser: object, server: LiveServer, extraction_id: str) -> None:
    """Sign in on a phone-sized screen and capture each page, a highlight included."""
    expect = playwright_sync.expect
    context = browser.new_context(viewport=NARROW, device_scale_factor=1)  # type: ignore[attr-defined]
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(server.url + "/")
    shot(page, 390, "01-sign-in")
    sign_in(page, server)
    expect(page.get_by_role("heading", name="New extraction")).to_be_visible()
    shot(page, 390, "02-new-extraction")
    page.goto(f"{server.url}/#/extractions/{extraction_id}")
    expect(page.locator("#rows tbody tr").first).to_be_visible()
    shot(page, 390, "05-results")
    page.get_by_role("button", name=re.compile(r"^Invoice Number: ")).first.click()
    expect(page.get_by_role("dialog").locator(".box").first).to_be_visible()
    shot(page, 390, "06-source-highlight")
    page.keyboard.press("Escape")
    page.get_by_role("link", name="API keys").click()
    expect(page.locator("#keys tbody tr").first).to_be_visible()
    shot(page, 390, "08-keys")
    page.get_by_role("link", name="History").click()
    expect(page.locator("#history tbody tr")).to_have_count(1)
    shot(page, 390, "09-history")
    context.close()
