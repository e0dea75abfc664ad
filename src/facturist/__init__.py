"""Facturist: self-hosted, offline invoice data extraction."""

__version__ = "0.1.0"
