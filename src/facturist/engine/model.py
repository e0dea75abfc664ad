"""Data types that cross the engine's seam: the plan going in, the records coming out.

Everything here is plain data (dataclasses, no I/O) so that it can be built, pickled and
serialised by callers that know nothing about how the engine works inside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

OutputStructure = Literal["automatic", "per_invoice", "per_line_item"]
ResolvedStructure = Literal["per_invoice", "per_line_item"]
ColumnKind = Literal["text", "number", "date", "bool"]
ColumnLevel = Literal["invoice", "line"]
CellValue = str | int | float | bool | date | None


@dataclass(frozen=True)
class Box:
    """A rectangle on a page: 1-based page number, PDF points, origin at the top left."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Word:
    """A word read from a page (text layer or OCR), with its box on that page."""

    text: str
    box: Box
    confidence: float = 1.0
    # Set from the text layer's font weight; OCR cannot tell (always False there).
    bold: bool = False
    # The text's fill colour (red, green, blue, 0-255) from the text layer; None where the
    # page does not say (OCR, XML). Left out of comparisons: words rebuilt without it (split,
    # trimmed) still equal the words they were read as.
    colour: tuple[int, int, int] | None = field(default=None, compare=False)


@dataclass
class PageText:
    """All words of one page. Size in PDF points (images: pixels at 72 dpi equivalent)."""

    page: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    source: Literal["text", "ocr", "xml"] = "text"
    # How many of the words' characters annotations drew over the page's own text layer
    # (form fields' values, typed notes): a scan with a note typed on it is still a scan.
    annotation_chars: int = 0


@dataclass(frozen=True)
class Column:
    """One output column of an extraction plan.

    `key` is a catalogue field key (for example "invoice_number", "total_amount",
    "line.quantity") or "custom" for a field the catalogue does not know, which is then
    looked up on the page by its name and `instruction`.
    """

    name: str
    key: str
    level: ColumnLevel = "invoice"
    kind: ColumnKind = "text"
    instruction: str = ""


@dataclass(frozen=True)
class SuggestedAddition:
    purpose: str
    instructions: tuple[str, ...]


@dataclass(frozen=True)
class UncertaintyNote:
    """An assumption the plan or the engine made where the prompt left room."""

    topic: str
    description: str
    suggested_prompt_additions: tuple[SuggestedAddition, ...] = ()


@dataclass(frozen=True)
class ExtractionPlan:
    """What to extract: ordered columns plus the rules the prompt asked for."""

    columns: tuple[Column, ...]
    structure: OutputStructure = "per_invoice"
    date_format: str | None = None  # strftime pattern for dates, None = ISO (typed)
    decimals: int | None = None  # fixed decimals for numbers, None = as read
    currency_symbol: bool = False  # keep currency symbols in amount text cells
    credit_notes_negative: bool = True
    include_non_invoices: bool = False
    skip_document_types: tuple[str, ...] = ()
    general_prompt: str = ""
    notes: tuple[UncertaintyNote, ...] = ()

    def resolved_structure(self) -> ResolvedStructure:
        """`automatic` becomes per_line_item when any column is line-level."""
        if self.structure == "automatic":
            if any(c.level == "line" for c in self.columns):
                return "per_line_item"
            return "per_invoice"
        return self.structure


@dataclass(frozen=True)
class Value:
    """One extracted value with where it came from."""

    value: CellValue
    text: str = ""
    boxes: tuple[Box, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class ReviewItem:
    """A doubt about a record: which columns, and on which line (None = the invoice)."""

    message: str
    columns: tuple[str, ...] = ()
    line_index: int | None = None


@dataclass
class InvoiceRecord:
    """One invoice (or receipt, credit note) found in a document.

    `fields` holds the invoice-level columns of the plan by column name; `lines` holds one
    dict per line item with the line-level columns by column name. `pages` are 1-based.
    """

    pages: list[int]
    fields: dict[str, Value] = field(default_factory=dict)
    lines: list[dict[str, Value]] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)
    document_type: str = "invoice"


FileFailureCode = Literal[
    "ENCRYPTED_FILE",
    "FILE_PAGE_LIMIT_EXCEEDED",
    "NO_PAGES_FOUND",
    "PROCESSING_FILE_SIZE_LIMIT_EXCEEDED",
    "UNREADABLE_FILE",
    "UNSUPPORTED_FILE_TYPE",
]


@dataclass(frozen=True)
class PageOutcome:
    """Whether one page could be read; failed pages carry a code and a message."""

    page: int
    ok: bool
    failure_code: str | None = None
    message: str = ""


@dataclass(frozen=True)
class FileFailure:
    """A problem with a whole file (encrypted, not a document, too many pages...)."""

    code: str
    message: str


@dataclass
class DocumentResult:
    """What the engine made of one document."""

    page_count: int
    pages: list[PageOutcome] = field(default_factory=list)
    invoices: list[InvoiceRecord] = field(default_factory=list)
    notes: list[UncertaintyNote] = field(default_factory=list)
    failure: FileFailure | None = None


DocumentKind = Literal["pdf", "jpeg", "png", "xml", "unknown"]


@dataclass(frozen=True)
class DocumentInfo:
    """What a cheap look at a file's first bytes tells: its kind and page count."""

    kind: DocumentKind
    page_count: int = 0
    encrypted: bool = False
