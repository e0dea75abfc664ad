"""Another invoice's number cited on this one: never this invoice's number.

A final invoice after a prepayment cites the advance's invoice: "Ettemaks (arve 3290)",
"Vorauszahlung (Rechnung 2024-117)", "prepayment (invoice 4410)", and in prose "Ettemaks on
tasutud ... arve nr 3290 alusel". The invoice caption in those reads like the document's
own number's; the title's number ("Arve" over "nr 3318") must outrank it. A number in
brackets after an invoice word, on a line where a prepayment word comes before the invoice
word, or on a deduction row ("Less credit note CN-0419 | -110.09"), is ranked after every
caption's and the title's, and so is the same number cited again elsewhere on the page.
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.layout import Line
from facturist.engine.numbercaptions import INVOICE_WORD, NUMBER_WORD

# Ranked after the title's number (fields.py's 19) and its successors.
_REFERENCE_RANK = 30

# "(arve 3290)", "(Rechnung Nr. 2024-117)", "(invoice #4410)".
_BRACKETED = re.compile(
    rf"\(\s*{INVOICE_WORD}\s*(?:{NUMBER_WORD})?\s*:?\s*(?P<number>[\w\-/.]*\d[\w\-/.]*)\s*\)",
    re.IGNORECASE,
)
# A prepayment or advance word, apart, before an invoice word on the same line.
_ADVANCE_THEN_INVOICE = re.compile(
    r"\b(?:prepayment|advance(?:\s+payment)?|down\s+payment|deposit|vorauszahlung|anzahlung"
    r"|acompte|anticipo|ettemaks|avansas|avanss|priek[šs]apmaksa|предоплата|аванс"
    # Italian "Acconto ricevuto (ns. fattura n. ...)"; a "ritenuta d'acconto" withholds tax.
    r"|(?<!d')(?<!d’)acconto)\b"
    # Not the title of an advance invoice itself ("Advance invoice No. 12").
    rf"(?!\s+{INVOICE_WORD}\b).*\b{INVOICE_WORD}\b",
    re.IGNORECASE,
)
# A deduction row opening on its word, then the document it deducts: "Less credit note
# CN-0419", "abzüglich Gutschrift GS-118", "A deducir: factura A-2025/007", "Moins avoir AV-12",
# "Minus creditnota 2025-17", "Meno nota di credito 4/2025".
_DEDUCTION_THEN_DOCUMENT = re.compile(
    r"^\W*(?:less|minus|deduct(?:ed|ing)?|abz(?:[üu]glich|gl\.?)|a\s+deducir|deducir|menos"
    r"|[àa]\s+d[ée]duire|d[ée]duction|moins|meno|dedotto|a\s+dedurre|abzug)\b"
    rf".*\b{INVOICE_WORD}\b",
    re.IGNORECASE,
)


def with_references_last(lines: list[Line], out: list[Candidate]) -> list[Candidate]:
    """The candidates, invoice numbers another invoice's reference cites ranked last."""
    cited = [c for c in out if c.key == "invoice_number" and c.value.boxes]
    if not cited:
        return out
    for candidate in cited:
        box = candidate.value.boxes[0]
        line = next(
            (ln for ln in lines if ln.page == box.page and any(w.box == box for w in ln.words)),
            None,
        )
        if line is None:
            continue
        number = str(candidate.value.value)
        bracketed = any(m.group("number") == number for m in _BRACKETED.finditer(line.text))
        if (
            bracketed
            or _ADVANCE_THEN_INVOICE.search(line.text)
            or _DEDUCTION_THEN_DOCUMENT.search(line.text)
        ):
            candidate.rank = max(candidate.rank, _REFERENCE_RANK)
    # The cited document named again elsewhere ("Credit note CN-0419 has been offset against
    # this invoice"): still the other document's number.
    referenced = {c.value.value for c in cited if c.rank >= _REFERENCE_RANK}
    for candidate in cited:
        if candidate.value.value in referenced:
            candidate.rank = max(candidate.rank, _REFERENCE_RANK)
    return out
