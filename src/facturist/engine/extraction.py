"""extract(): bytes or a local file + plan -> DocumentResult. Never raises for bad input."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from facturist.engine import xmlpath
from facturist.engine.browsermargins import browser_margin_lines
from facturist.engine.candidates import Candidate
from facturist.engine.companionpages import invoice_pages, with_own_figures
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.itemboxes import boxed_items
from facturist.engine.itemlist import listed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import (
    DocumentResult,
    ExtractionPlan,
    FileFailure,
    PageOutcome,
    PageText,
    ReviewItem,
    Value,
)
from facturist.engine.ocrvatletters import with_mended_vat_ids
from facturist.engine.pages import PageRead, read_image_page, read_pdf_pages
from facturist.engine.receipt_items import receipt_items, settled_items
from facturist.engine.receipts import with_receipt_fields
from facturist.engine.records import build_record
from facturist.engine.segment import split_invoices
from facturist.engine.sniff import DocumentSource, image_size, open_pdf, read_head, sniff_kind
from facturist.engine.tables import line_items
from facturist.engine.termrefs import without_term_refs
from facturist.engine.threedecimals import three_decimal_amounts

log = logging.getLogger(__name__)


@dataclass
class CanonicalInvoice:
    """One invoice in canonical keys, before mapping to a plan's columns."""

    pages: list[int]
    fields: dict[str, Value]
    items: list[dict[str, Value]]
    lines: list[Line] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)
    is_invoice: bool = True


@dataclass
class _Read:
    page_count: int
    pages: list[PageOutcome] = field(default_factory=list)
    texts: list[PageText] = field(default_factory=list)
    failure: FileFailure | None = None
    einvoice: Any = None


DocumentRead = _Read  # one document as read, before analysis


def _read_document(
    source: DocumentSource,
    max_pages: int,
    max_image_pixels: int,
    on_page: Callable[[PageOutcome], bool] | None,
    known: Mapping[int, PageRead] | None = None,
) -> _Read:
    """A document from its bytes or its local file: a PDF is opened from the file (pdfium
    reads what each page needs, never the whole file), an image or XML file (small) is read
    into memory once its first bytes say that it is one."""
    head = read_head(source)
    kind = sniff_kind(head)
    if not head:
        return _Read(0, failure=FileFailure("NO_PAGES_FOUND", "The file is empty."))
    if kind == "xml":
        return _read_xml(_whole(source), on_page)
    if kind in ("jpeg", "png"):
        return _read_image(_whole(source), max_image_pixels, on_page)
    if kind != "pdf":
        return _Read(
            0,
            failure=FileFailure(
                "UNSUPPORTED_FILE_TYPE", "The file is not a PDF, JPEG, PNG or e-invoice XML."
            ),
        )
    return _read_pdf(source, max_pages, max_image_pixels, on_page, known)


def _whole(source: DocumentSource) -> bytes:
    return source.read_bytes() if isinstance(source, Path) else source


def _read_xml(data: bytes, on_page: Callable[[PageOutcome], bool] | None) -> _Read:
    """A standalone CII or UBL e-invoice: one page, read from the XML alone."""
    einvoice = xmlpath.read_einvoice_safely(data)
    if einvoice is None:
        return _Read(
            0,
            failure=FileFailure(
                "UNSUPPORTED_FILE_TYPE",
                "The XML file is not a readable e-invoice (CII or UBL).",
            ),
        )
    read = _Read(1, pages=[PageOutcome(1, True)], einvoice=einvoice)
    if on_page is not None:
        on_page(read.pages[0])
    return read


def _read_image(
    data: bytes, max_image_pixels: int, on_page: Callable[[PageOutcome], bool] | None
) -> _Read:
    """A JPEG or PNG photo or scan: one page, OCR'd, when its header is readable and its
    size within the limit."""
    size = image_size(data)
    if size is None:
        return _Read(
            0, failure=FileFailure("UNREADABLE_FILE", "The image header could not be read.")
        )
    width, height = size
    if width * height > max_image_pixels:
        return _Read(
            1,
            failure=FileFailure(
                "PROCESSING_FILE_SIZE_LIMIT_EXCEEDED",
                f"The image is {width}x{height} pixels, more than the limit of "
                f"{max_image_pixels} pixels.",
            ),
        )
    if width == 0 or height == 0:
        return _Read(0, failure=FileFailure("NO_PAGES_FOUND", "The image has no pixels."))
    page = read_image_page(data, width, height)
    return _collect([page], 1, on_page)


def _read_pdf(
    source: DocumentSource,
    max_pages: int,
    max_image_pixels: int,
    on_page: Callable[[PageOutcome], bool] | None,
    known: Mapping[int, PageRead] | None,
) -> _Read:
    """A PDF page by page (text layer, or OCR where it has none), and its embedded XML."""
    pdf, problem = open_pdf(source)
    if pdf is None:
        if problem == "encrypted":
            return _Read(0, failure=FileFailure("ENCRYPTED_FILE", "The PDF is password-protected."))
        return _Read(
            0,
            failure=FileFailure(
                "UNREADABLE_FILE", "The PDF is damaged or truncated and could not be opened."
            ),
        )
    try:
        count = len(pdf)
        if count == 0:
            return _Read(0, failure=FileFailure("NO_PAGES_FOUND", "The PDF has no pages."))
        if count > max_pages:
            return _Read(
                count,
                failure=FileFailure(
                    "FILE_PAGE_LIMIT_EXCEEDED",
                    f"The PDF has {count} pages; the limit is {max_pages}.",
                ),
            )
        pages = read_pdf_pages(pdf, max_image_pixels, known=known, source=source)
        try:
            read = _collect(pages, count, on_page)
        finally:
            pages.close()  # the documents it opened, when `on_page` stopped early
        # Only a PDF with embedded files can carry e-invoice XML; pdfium counts them cheaply
        # and reads them from the open document.
        if pdf.count_attachments() > 0:
            read.einvoice = xmlpath.read_attached_einvoice_safely(pdf)
    finally:
        pdf.close()
    return read


def _collect(pages: Any, count: int, on_page: Callable[[PageOutcome], bool] | None) -> _Read:
    read = _Read(count)
    for page in pages:
        page_read: PageRead = page
        read.pages.append(page_read.outcome)
        if page_read.text is not None:
            read.texts.append(page_read.text)
        if on_page is not None and on_page(page_read.outcome) is False:
            break
    return read


def analyse(texts: list[PageText]) -> list[CanonicalInvoice]:
    """Pages -> invoices in canonical keys (fields and line items)."""
    # Dinars and rials of three decimals: "430.090" is no thousands group (threedecimals.py).
    with three_decimal_amounts(texts):
        return _analyse(texts)


def _analyse(texts: list[PageText]) -> list[CanonicalInvoice]:
    # Business-term references ("BT-109") beside e-invoice visualisation rows: termrefs.py.
    page_lines = [(text.page, without_term_refs(build_lines(text))) for text in texts]
    # Labelled values are found once per page and shared by splitting and field choice.
    candidates = {page: find_candidates(lines) for page, lines in page_lines}
    # A web browser's print header and footer (its page title, address, time stamp) are no
    # part of the invoice's header fields; its page counter still splits (browsermargins.py).
    margins = {
        id(line)
        for text, (_, lines) in zip(texts, page_lines, strict=True)
        for line in browser_margin_lines(lines, text.height)
    }
    invoices = []
    for group in split_invoices(page_lines, candidates):
        lines = [line for _, page in group for line in page]
        fields = header_fields(
            _unmargined(lines, margins), _joined(candidates, [page for page, _ in group])
        )
        # An order confirmation, delivery note or remittance advice bundled with the invoice
        # gives no dates, amounts or rows (companionpages.py).
        own = invoice_pages(group)
        if own is not group:
            lines = [line for _, page in own for line in page]
            own_fields = header_fields(
                _unmargined(lines, margins), _joined(candidates, [page for page, _ in own])
            )
            fields = with_own_figures(fields, own_fields)
        # Receipt hook (rules in receipts.py): till receipts take their header fields there.
        numbers = {number for number, _ in group}
        pages = [t for t in texts if t.page in numbers]
        fields = with_receipt_fields(pages, lines, fields)
        fields = with_mended_vat_ids(pages, fields)  # a scan's "IE...140" for "...14O"
        # Without a table, a plain list of items that adds up (itemlist.py), then till-roll
        # rows that add up (receipt_items.py), which on receipts also replace table / list
        # rows that miss the totals.
        # A viewer's position boxes ("Position 1" over caption | value rows) come first: their
        # caption | value rows may pass for a table's header and its rows.
        boxed = boxed_items(lines)
        found = (
            (boxed if len(boxed) >= 2 else []) or line_items(lines) or listed_items(lines, fields)
        )
        items = settled_items(pages, lines, fields, found) if found else []
        items = items or receipt_items(pages, lines, fields)
        is_invoice = any(
            k in fields for k in ("invoice_number", "total_amount", "net_amount", "amount_due")
        )
        invoices.append(
            CanonicalInvoice([p for p, _ in group], fields, items, lines, is_invoice=is_invoice)
        )
    return invoices


def _analysed(texts: list[PageText]) -> list[CanonicalInvoice]:
    """`analyse`, and where a rule fails on some page, each page alone: a 50-invoice PDF
    must not lose every invoice to one page that trips a bug (the failing page gives none)."""
    try:
        return analyse(texts)
    except Exception:
        if len(texts) < 2:
            raise
        log.exception("analysis failed; the pages are analysed one by one")
    invoices: list[CanonicalInvoice] = []
    for text in texts:
        try:
            invoices.extend(analyse([text]))
        except Exception:
            log.exception("analysis of page %d failed", text.page)
    return invoices


def _unmargined(lines: list[Line], margins: set[int]) -> list[Line]:
    return [line for line in lines if id(line) not in margins] if margins else lines


def _joined(candidates: dict[int, list[Candidate]], pages: list[int]) -> list[Candidate]:
    """The pages' candidates in reading order, numbered on across pages."""
    out: list[Candidate] = []
    for offset, page in enumerate(pages):
        for found in candidates.get(page, []):
            out.append(replace(found, order=found.order + offset * 1_000_000))
    return out


def extract(
    data: DocumentSource,
    plan: ExtractionPlan,
    *,
    file_name: str = "",
    max_pages: int = 5000,
    max_image_pixels: int = 89_478_485,
    on_page: Callable[[PageOutcome], bool] | None = None,
    pre_read: Mapping[int, PageRead] | None = None,
) -> DocumentResult:
    """Read one document and return its invoices as records of the plan's columns.

    `data` is the document's bytes or its local file (`Path`): from a file, a PDF is read
    lazily by pdfium (a big one is never held in memory whole); the result is the same.

    `pre_read` holds pages of a PDF already read by `read_page_range` (by other workers):
    they are used as they are, which leaves only the analysis to do here.
    """
    try:
        read = _read_document(data, max_pages, max_image_pixels, on_page, pre_read)
    except Exception as error:  # the last line of defence: a bad file must not crash a batch
        return DocumentResult(
            0, failure=FileFailure("UNREADABLE_FILE", f"The file could not be read: {error}")
        )
    result = DocumentResult(read.page_count, pages=read.pages, failure=read.failure)
    if read.failure is not None:
        return result
    try:
        invoices = _invoices(read)
    except Exception as error:
        log.exception("analysis failed")
        result.notes.append(_note(f"Extraction stopped on an internal error: {error}"))
        return result
    for invoice in invoices:
        if not invoice.is_invoice and not plan.include_non_invoices:
            continue
        doc_type = str(invoice.fields.get("document_type", Value("invoice")).value)
        if doc_type in plan.skip_document_types:
            continue
        record = build_record(plan, invoice.pages, invoice.fields, invoice.items, invoice.lines)
        record.review.extend(invoice.review)
        result.invoices.append(record)
    if read.texts == [] and read.einvoice is None and any(not p.ok for p in read.pages):
        result.notes.append(_note("No page of this file could be read; see the page messages."))
    return result


def _invoices(read: _Read) -> list[CanonicalInvoice]:
    visual = _analysed(read.texts) if read.texts else []
    if read.einvoice is None:
        return visual
    exact = xmlpath.canonical_from_einvoice(read.einvoice, [p.page for p in read.pages if p.ok])
    fields, items = exact
    review = xmlpath.compare_with_visual(fields, visual[0].fields) if visual else []
    lines = [line for invoice in visual for line in invoice.lines]
    return [
        CanonicalInvoice(
            sorted({p for inv in visual for p in inv.pages}) or [1], fields, items, lines, review
        )
    ]


def _note(message: str) -> Any:
    from facturist.engine.model import UncertaintyNote

    return UncertaintyNote("extraction", message)


def read_for_canonical(data: DocumentSource) -> DocumentRead:
    """What `extract_canonical` reads (text layer, OCR, XML): picklable, so that evaluation
    runs can keep it and analyse it again after a change to the rules."""
    return _read_document(data, 5000, 89_478_485, None)


def extract_canonical(
    data: DocumentSource, *, use_einvoice: bool = True, pre_read: DocumentRead | None = None
) -> dict[str, Any]:
    """The document's main invoice in the TRUTH.md shape: {"fields", "line_items"}."""
    try:
        read = pre_read if pre_read is not None else read_for_canonical(data)
        if read.failure is not None:
            return {"fields": {}, "line_items": []}
        if not use_einvoice and read.texts:
            # The visual path reads the page alone; a standalone XML file has no page, so its
            # XML is all there is to read.
            read = replace(read, einvoice=None)
        invoices = _invoices(read)
    except Exception:
        # Evaluation goes on with the next document; the traceback shows which rule failed
        # (an empty prediction alone once hid a crash that cost whole documents).
        log.exception("analysis failed")
        return {"fields": {}, "line_items": []}
    if not invoices:
        return {"fields": {}, "line_items": []}
    best = max(invoices, key=lambda inv: (inv.is_invoice, len(inv.fields)))
    return {
        "fields": {key: _plain(value.value) for key, value in best.fields.items()},
        "line_items": [
            {key: _plain(value.value) for key, value in item.items()} for item in best.items
        ],
    }


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
