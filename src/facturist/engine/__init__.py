"""The extraction engine: document bytes + extraction plan -> records with provenance.

A pure library: it imports nothing from the service layers (api, service, db, storage,
jobs) and reads no global settings; every option is passed in.

Public seam (the only names the service uses):

- `plan_from_prompt(prompt, structure)` turns a prompt (a sentence, or a field-list object
  `{"fields": [{"name", "prompt"}], "general_prompt"}`) into an `ExtractionPlan`.
- `inspect_document(data)` sniffs the type from content and counts pages cheaply.
- `extract(data, plan, ...)` reads one document and returns a `DocumentResult`.
"""

from facturist.engine.model import (
    Box,
    Column,
    DocumentResult,
    ExtractionPlan,
    FileFailure,
    InvoiceRecord,
    PageOutcome,
    ReviewItem,
    UncertaintyNote,
    Value,
)

__all__ = [
    "Box",
    "Column",
    "DocumentResult",
    "ExtractionPlan",
    "FileFailure",
    "InvoiceRecord",
    "PageOutcome",
    "ReviewItem",
    "UncertaintyNote",
    "Value",
]
