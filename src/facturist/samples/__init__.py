"""Made-up sample invoices with exact truth, for tests, the demo and benchmarks.

Everything is generated here from seeds: no real documents are copied into the project.
"""

from facturist.samples.bad import (
    bomb_png,
    corrupt_page_pdf,
    encrypted_pdf,
    many_page_pdf,
    png_with_text,
    truncated_pdf,
    zero_byte,
)
from facturist.samples.checksums import is_valid_iban, is_valid_vat_id
from facturist.samples.corpus import DEFAULT_KINDS, KINDS, write_corpus
from facturist.samples.generate import LAYOUTS, random_invoice
from facturist.samples.locales import LANGUAGES
from facturist.samples.render import (
    MultiInvoicePdf,
    count_pages,
    render_multi_invoice,
    render_multi_invoice_pdf,
    render_pdf,
)
from facturist.samples.scan import render_scan, render_scanned_pdf
from facturist.samples.spec import TRUTH_FIELD_KEYS, InvoiceSpec, LineItem, Party, TaxGroup

__all__ = [
    "DEFAULT_KINDS",
    "KINDS",
    "LANGUAGES",
    "LAYOUTS",
    "TRUTH_FIELD_KEYS",
    "InvoiceSpec",
    "LineItem",
    "MultiInvoicePdf",
    "Party",
    "TaxGroup",
    "bomb_png",
    "corrupt_page_pdf",
    "count_pages",
    "encrypted_pdf",
    "is_valid_iban",
    "is_valid_vat_id",
    "many_page_pdf",
    "png_with_text",
    "random_invoice",
    "render_multi_invoice",
    "render_multi_invoice_pdf",
    "render_pdf",
    "render_scan",
    "render_scanned_pdf",
    "truncated_pdf",
    "write_corpus",
    "zero_byte",
]
