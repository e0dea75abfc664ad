"""Day before month or month before day: settled once per document from all its evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.countrydates import philippine_page
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parse.dates import infer_day_first
from facturist.engine.parsing import parse_date

# "Austin, TX 78701" or "Portland, OR 97201-1234": a US city line.
_US_ADDRESS = re.compile(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_US_WORDS = re.compile(r"\b(?:USA|U\.S\.A\.|United States|Sales Tax|EIN)\b")
# Evidence for the European order: VAT and bank identifiers, European currencies.
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:IBAN|BIC|VAT|USt|MwSt|TVA|IVA|BTW|NIP|GST|ABN)\b|[€£]|\b(?:EUR|GBP|CHF|PLN|MYR)\b"
)
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
DATE_KEYS = ("invoice_date", "due_date")


def document_day_first(lines: list[Line], currency: str | None) -> bool | None:
    """True (day first), False (month first) or None when the document does not say."""
    texts = [line.text for line in lines]
    inferred = infer_day_first(texts)
    if inferred is not None:
        return inferred
    text = "\n".join(texts)
    if philippine_page(texts) and not _DOTTED_DATE.search(text):
        # The Philippines writes the month first, and prints VAT and its peso (countrydates.py).
        return False
    us_addresses = len(_US_ADDRESS.findall(text))
    us_votes = us_addresses + len(_US_WORDS.findall(text))
    if currency == "USD" or "$" in text:
        # Dollars billed from a US address (state + ZIP) make a US document: a stray
        # "VAT" or "IBAN" caption on it does not outweigh that.
        us_votes += 1 + 2 * min(us_addresses, 2)
    # Dotted dates are a European notation; the US never writes them.
    europe_votes = len(_DAY_FIRST_WORDS.findall(text)) + 2 * len(_DOTTED_DATE.findall(text))
    if currency not in (None, "USD"):
        europe_votes += 2
    if us_votes and not europe_votes:
        return False
    if europe_votes and not us_votes:
        return True
    if us_votes or europe_votes:
        return us_votes < europe_votes
    return None


def resolve_dates(fields: dict[str, Value], lines: list[Line]) -> None:
    """Re-read ambiguous dates (05/06/2018) in the document's order; unknown ones stay flagged."""
    ambiguous = [key for key in DATE_KEYS if key in fields and fields[key].confidence < 1.0]
    if not ambiguous:
        return
    # A due date that follows the issue date in one order only settles it first: Canada
    # writes both orders, and "03/05/2025" due "04/04/2025" can only be March 5.
    day_first = _order_from_due_date(fields)
    if day_first is None:
        currency = fields.get("currency")
        day_first = document_day_first(lines, str(currency.value) if currency else None)
    if day_first is None:
        return
    for key in ambiguous:
        value = fields[key]
        parsed = parse_date(value.text, day_first=day_first)
        if parsed is not None:
            fields[key] = replace(value, value=parsed.value, confidence=1.0)


def _order_from_due_date(fields: dict[str, Value]) -> bool | None:
    """The one order in which the due date does not come before the issue date, if only one."""
    if "invoice_date" not in fields or "due_date" not in fields:
        return None
    fits = []
    for day_first in (True, False):
        issue = parse_date(fields["invoice_date"].text, day_first=day_first)
        due = parse_date(fields["due_date"].text, day_first=day_first)
        if issue is not None and due is not None and 0 <= (due.value - issue.value).days <= 180:
            fits.append(day_first)
    return fits[0] if len(fits) == 1 else None
