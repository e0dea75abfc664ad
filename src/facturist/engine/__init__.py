"""The extraction engine: document bytes + extraction plan -> records with provenance.

A pure library: it imports nothing from the service layers (api, service, db, storage,
jobs) and reads no global settings; every option is passed in.

Public seam (the only names the service uses):

- `plan_from_prompt(prompt, structure)` turns a prompt (a sentence, or a field-list object
  `{"fields": [{"name", "prompt"}], "general_prompt"}`) into an `ExtractionPlan`.
- `inspect_document(data)` sniffs the type from content and counts pages cheaply.
- `read_page_range(source, first, last)` reads some pages of a PDF for other workers;
  like `inspect_document` it takes the bytes or a local file's `Path` (read lazily).
- `extract(source, plan, ...)` reads one document (its bytes or its local file's `Path`, a
  PDF then read lazily) and returns a `DocumentResult`.
"""

from facturist.engine.extraction import extract, extract_canonical
from facturist.engine.model import (
    Box,
    Column,
    DocumentInfo,
    DocumentResult,
    ExtractionPlan,
    FileFailure,
    InvoiceRecord,
    PageOutcome,
    PageText,
    ReviewItem,
    UncertaintyNote,
    Value,
    Word,
)
from facturist.engine.pages import (
    PageRead,
    page_read_from_json,
    page_read_to_json,
    read_page_range,
)
from facturist.engine.plan import plan_from_prompt
from facturist.engine.sniff import inspect_document

__all__ = [
    "Box",
    "Column",
    "DocumentInfo",
    "DocumentResult",
    "ExtractionPlan",
    "FileFailure",
    "InvoiceRecord",
    "PageOutcome",
    "PageRead",
    "PageText",
    "ReviewItem",
    "UncertaintyNote",
    "Value",
    "Word",
    "extract",
    "extract_canonical",
    "inspect_document",
    "page_read_from_json",
    "page_read_to_json",
    "plan_from_prompt",
    "read_page_range",
]
