"""The footer's company that names the issuer: page one's, else the last page's. A hotel's
folio over several pages may close only its last page on the legal line ("Alpenhotel
Ramolhaus Gstrein GmbH & Co KG · FN 284417 t · UID-Nr. ..."), page one carrying the
letterhead (no legal form) and the billed company's block."""

from __future__ import annotations

from facturist.engine.footercompany import footer_company
from facturist.engine.layout import Line
from facturist.engine.model import Value


def issuer_footer(lines: list[Line]) -> Value | None:
    """The company page one's footer names, else the one the last page's footer names."""
    if not lines:
        return None
    first = [ln for ln in lines if ln.page == lines[0].page]
    found = footer_company(first)
    if found is None and lines[-1].page != lines[0].page:
        found = footer_company([ln for ln in lines if ln.page == lines[-1].page])
    return found
