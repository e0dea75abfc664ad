"""An e-invoice printed as its XML tree ("ram:GrandTotalAmount 9197.63"): element names as captions.

ERP systems and validators show a received ZUGFeRD / XRechnung / Peppol invoice in an "XML
view" that prints each element's name (CII's `ram:`, UBL's `cbc:`) before its raw value: dates
in format 102 (`(102) 20240709`), amounts with a decimal point, attributes as `@currencyID=EUR`.
The names are the EN 16931 syntaxes' fixed vocabulary, so each maps to one field exactly.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from facturist.engine.amountread import read_amount
from facturist.engine.candidates import Candidate
from facturist.engine.dateread import read_date
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.xmlnames import ROW_INDEX, element_name

# Element (last path step, namespace dropped) -> field. CII names first, then UBL's.
_FIELDS = {
    "IssueDateTime": "invoice_date",
    "DueDateDateTime": "due_date",
    "TaxBasisTotalAmount": "net_amount",
    "TaxTotalAmount": "tax_amount",
    "GrandTotalAmount": "total_amount",
    "DuePayableAmount": "amount_due",
    "IssueDate": "invoice_date",
    "DueDate": "due_date",
    "PaymentDueDate": "due_date",
    "TaxExclusiveAmount": "net_amount",
    "TaxInclusiveAmount": "total_amount",
    "PayableAmount": "amount_due",
}
# A caption that is an element path: "ram:ID", "ExchangedDocument/ID", "cac:TaxTotal/cbc:TaxAmount".
_STEP = r"(?:[a-z]{2,4}:)?[A-Z][A-Za-z]*"
_PATH = re.compile(rf"^(?:{_STEP}/)*({_STEP})$")
# Cheap test of a line's start before any word is looked at: a mapped element name or an ID.
_START = re.compile(rf"^(?:{_STEP}/)*(?:[a-z]{{2,4}}:)?(?:{'|'.join(_FIELDS)}|ID|TaxAmount)\b(?!/)")
# The document's own number: CII's ExchangedDocument/ID, UBL's cbc:ID at the root.
_NUMBERED = {"ExchangedDocument", "Invoice", "CreditNote", ""}
# UBL's tax total, CII's line-level and breakdown amounts keep their own names.
_TAX_TOTAL = "TaxTotal"
# A format code or attribute before the value: "(102)", "@currencyID=EUR", "@MTK".
_QUALIFIER = re.compile(r"^(?:\(\d{1,3}\)|@\S*)$")
_CANONICAL = re.compile(r"^-?\d+(?:\.\d+)?$")
_DATE_102 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Rank of a value its element names: before every printed caption's.
_RANK = -1


def xml_tag_candidates(lines: list[Line]) -> list[Candidate]:
    """Header values of a page that prints an e-invoice's elements as captions, in page
    order (their `order` counts from 1)."""
    if not any(_START.match(line.text) for line in lines):
        return []
    out: list[Candidate] = []
    parent = ""
    for line in lines:
        path = _PATH.match(line.words[0].text)
        if path is None:
            continue
        element = element_name(path.group(1))
        rest = [w for w in line.words[1:] if not ROW_INDEX.match(w.text)]
        if not rest:
            parent = element  # "rsm:ExchangedDocument", "cac:InvoiceLine [2]": a section
            continue
        steps = line.words[0].text.split("/")
        owner = element_name(steps[-2]) if len(steps) > 1 else parent
        key = _key(element, owner)
        value = _value(key, rest) if key is not None else None
        if key is not None and value is not None:
            out.append(Candidate(key, value, _RANK, len(out) + 1))
    return out


def _key(element: str, owner: str) -> str | None:
    """The field an element names under its parent, if any."""
    if element == "ID":
        return "invoice_number" if owner in _NUMBERED else None
    if element == "TaxAmount":
        return "tax_amount" if owner == _TAX_TOTAL else None
    return _FIELDS.get(element)


def _value(key: str, words: list[Word]) -> Value | None:
    """The raw value after an element's name, its format code and attributes skipped."""
    while words and _QUALIFIER.match(words[0].text):
        words = words[1:]
    if not words:
        return None
    boxes = (words[0].box,)
    text = words[0].text
    if key == "invoice_number":
        return Value(text, text, boxes) if len(words) == 1 else None
    if key.endswith("_date"):
        found = _DATE_102.match(text)
        if found is None:
            return read_date(words)
        try:
            return Value(date(*(int(g) for g in found.groups())), text, boxes)
        except ValueError:
            return None
    if _CANONICAL.match(text):
        try:
            return Value(float(Decimal(text)), text, boxes)
        except InvalidOperation:
            return None
    return read_amount(words)
