"""Find the structured invoice XML that a hybrid PDF (Factur-X, ZUGFeRD, XRechnung) carries."""

from __future__ import annotations

import pypdfium2 as pdfium

from facturist.engine.einvoice.model import local_name, parse_xml

# File names the standards prescribe, in the order we trust them.
KNOWN_XML_NAMES = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "xrechnung.xml",
    "order-x.xml",
)
_INVOICE_ROOTS = frozenset(
    {"CrossIndustryInvoice", "CrossIndustryDocument", "Invoice", "CreditNote"}
)


def embedded_xml(pdf: bytes) -> bytes | None:
    """The invoice XML attached to a PDF, or None (also for PDFs that cannot be read): the
    PDF opened with pdfium and read as `embedded_xml_in` reads an open one."""
    if not pdf.startswith(b"%PDF") and b"%PDF" not in pdf[:1024]:
        return None
    try:
        document = pdfium.PdfDocument(pdf)
    except Exception:  # a damaged or password-locked PDF carries no readable XML
        return None
    try:
        return embedded_xml_in(document)
    finally:
        document.close()


def embedded_xml_in(pdf: pdfium.PdfDocument) -> bytes | None:
    """The invoice XML attached to a PDF that pdfium has open, or None: read from the open
    document (the embedded files only, never the whole PDF), as `embedded_xml` chooses it."""
    return _invoice_xml(_pdfium_attachments(pdf))


def _invoice_xml(attachments: list[tuple[str, bytes]]) -> bytes | None:
    by_lower_name = {name.lower(): data for name, data in attachments}
    for name in KNOWN_XML_NAMES:
        data = by_lower_name.get(name)
        if data is not None and _is_invoice_xml(data):
            return data
    for name, data in attachments:
        if name.lower().endswith(".xml") and _is_invoice_xml(data):
            return data
    return None


def _pdfium_attachments(pdf: pdfium.PdfDocument) -> list[tuple[str, bytes]]:
    """(name, content) of the embedded files named *.xml (the only ones `_invoice_xml` may
    choose: other files, a scan or a spreadsheet however big, are not loaded) that pdfium
    can read; a damaged or empty one is left out."""
    found: list[tuple[str, bytes]] = []
    try:
        count = pdf.count_attachments()
    except Exception:
        return found
    for index in range(count):
        try:
            attachment = pdf.get_attachment(index)
            name = attachment.get_name()
            if name.lower().endswith(".xml"):
                found.append((name, bytes(attachment.get_data())))
        except Exception:  # pdfium raises on a nameless, empty or unreadable file
            continue
    return found


def _is_invoice_xml(data: bytes) -> bool:
    root = parse_xml(data)
    return root is not None and local_name(root) in _INVOICE_ROOTS
