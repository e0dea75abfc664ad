"""A tax row of the totals block printed with a word for its figure ("Sales tax | EXEMPT",
"MwSt. | steuerfrei", "TVA | exonérée", "TVA | non applicable", "IVA | esente *" with its
note's mark): the tax is 0, read where no figure names another (charges.py reads it per
line, totals.choose_amounts takes it as a zero tax)."""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.model import Value

EXEMPT_TAX_KEY = "exempt_tax"

# A tax caption alone in its cell: "Sales tax", "State tax", "VAT", "Tax (0%)", "MwSt.".
_CAPTION = (
    r"(?:(?:sales|state|local|county|city|use)\s+)?(?:vat|tax|sales tax|gst|hst|pst|qst|mwst"
    r"|ust|umsatzsteuer|mehrwertsteuer|tva|iva|btw|moms|mva|alv|dph)\.?"
    r"(?:\s*\(?\s*0(?:[.,]0+)?\s*%\s*\)?)?\s*:?"
)
# The word standing in the figure's place, perhaps marked for a note below ("esente *").
_WORD = (
    r"(?:tax[\s\-])?(?:exempt(?:ed)?|exempt\s+\(?resale\)?|steuerfrei|befreit|exon[ée]r[ée]e?"
    r"|esente|exent[oa]|isent[oa]|vrijgesteld|zwolniony"
    # A small trader's row: "TVA non applicable" (art. 293 B du CGI), "VAT not applicable".
    r"|non[\s\-]applicable|not\s+applicable|non\s+applicabile)\.?\s*(?:\*+|[¹²³†])?"
)
_TAX_CAPTION = re.compile(f"^{_CAPTION}$", re.IGNORECASE)
_EXEMPT = re.compile(f"^{_WORD}$", re.IGNORECASE)
# Both in one cell, alone on the line: "TVA non applicable", "IVA esente".
_CAPTION_AND_WORD = re.compile(f"^{_CAPTION}\\s+{_WORD}$", re.IGNORECASE)
# Both in the caption's cell, perhaps with the exemption's reason and a zero rate, over a
# zero figure: "Tax Exempt - Resale (0%) | 0.00", "Sales tax exempt (resale) | $0.00".
_EXEMPT_ROW = re.compile(
    f"^{_CAPTION}[\\s\\-–]*{_WORD}(?:\\s*[\\-–:]?\\s*[a-z][a-z ]{{0,30}})?"
    r"(?:\s*\(\s*0(?:[.,]0+)?\s*%\s*\))?\s*:?$",
    re.IGNORECASE,
)
_ZERO = re.compile(r"^[$€£]?\s?0(?:[.,]00?)?$")


def exempt_tax(line: Line, order: int) -> Candidate | None:
    """A zero tax where a tax caption's cell is followed by an exemption word closing the
    line, and nothing else is on it."""
    cells = line.cells
    if len(cells) == 1 and _CAPTION_AND_WORD.match(cells[0].text.strip()):
        boxes = tuple(w.box for w in cells[0].words)
        return Candidate(EXEMPT_TAX_KEY, Value(0.0, cells[0].text, boxes, 0.8), 0, order)
    if len(cells) != 2:
        return None
    if _EXEMPT_ROW.match(cells[0].text.strip()) and _ZERO.match(cells[1].text.strip()):
        boxes = tuple(w.box for w in cells[1].words)
        return Candidate(EXEMPT_TAX_KEY, Value(0.0, cells[1].text, boxes, 0.8), 0, order)
    if not _TAX_CAPTION.match(cells[0].text.strip()):
        return None
    if not _EXEMPT.match(cells[1].text.strip()):
        return None
    boxes = tuple(w.box for w in cells[1].words)
    return Candidate(EXEMPT_TAX_KEY, Value(0.0, cells[1].text, boxes, 0.8), 0, order)
