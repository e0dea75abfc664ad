"""Structured e-invoices (Factur-X / ZUGFeRD / XRechnung, CII and UBL) read without OCR."""

from facturist.engine.einvoice.model import EInvoice
from facturist.engine.einvoice.pdf import embedded_xml
from facturist.engine.einvoice.reader import read_einvoice

__all__ = ["EInvoice", "embedded_xml", "read_einvoice"]
