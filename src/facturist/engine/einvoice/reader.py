"""One entry point for structured invoices: a hybrid PDF or standalone CII / UBL XML."""

from __future__ import annotations

from facturist.engine.einvoice.cii import CII_ROOTS, read_cii
from facturist.engine.einvoice.model import EInvoice, local_name, parse_xml
from facturist.engine.einvoice.pdf import embedded_xml
from facturist.engine.einvoice.ubl import UBL_ROOTS, read_ubl


def read_einvoice(data: bytes) -> EInvoice | None:
    """Read a Factur-X/ZUGFeRD PDF or a CII/UBL XML file; None when it is neither."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF" in head[:16]:
        xml = embedded_xml(data)
        if xml is None:
            return None
        data = xml
    root = parse_xml(data)
    if root is None:
        return None
    name = local_name(root)
    if name in CII_ROOTS:
        return read_cii(root)
    if name in UBL_ROOTS:
        return read_ubl(root)
    return None
