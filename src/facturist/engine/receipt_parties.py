"""Receipt party rules on top of the general reader's: the seller's Malaysian GST / SST
registration number, the header lines that are the shop's own (no buyer), a patient's name as
the buyer, and a number the general reader took from an order or address line.

A till receipt has no buyer block: a logo word, a branch / outlet line or the shop's address
above the date is the seller's, whatever a generic buyer rule made of it. Only a captioned
name ("Customer : MS TAN", "Patient: ...") names a buyer on a receipt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value
from facturist.engine.receipt_address import is_address_like
from facturist.engine.receipt_dates import field_value, find_date
from facturist.engine.receipt_numbers import ORDER_CAPTION, mended_prefix, receipt_number
from facturist.engine.receipt_platform import under_buyer_caption
from facturist.engine.receipt_scan import letter_count

# "GST ID: 000123456789", "GST REG NO", "GST Reg. No.:", "GST No", "GST REG", "SSTID: W10-...";
# OCR reads "REG" as "RBG" and "ID" as "1D" on thermal print.
_TAX_ID = re.compile(
    # A faded "GST" comes out "GBT" or "CST"; the twelve digits after the caption still tell.
    r"(?:\b(?:G[SB]T|CST|SST)\s*(?:(?:I|1)\.?D(?:\s*NO\b\.?)?|R[EB]G(?:ISTRATION)?\.?(?:\s*NO\b\.?)?|NO\b\.?|NUMBER)"
    # Malay word order: "No. GST:", "No. Pendaftaran GST:" (beside "No. Syarikat:").
    r"|\bNO\b\.?\s*(?:PENDAFTARAN\s+)?(?:GST|SST))"
    # The colon may come out as a bar on a scan ("GST ID | 0010...").
    r"\s*[:.|]?\s*(?P<id>\d{12}|[A-Z]\d{2}-\d{4}-\d{8})(?![\w-])",
    re.IGNORECASE,
)
# A buyer named under its caption on a receipt: a clinic's or optician's patient.
# Malay "Nama :" (name) on a tailor's or clinic's slip names its customer; OCR may drop the
# colon before a title ("Nama PUAN ROSNAH"), which tells it from a column head ("Nama Barang").
_PATIENT = re.compile(
    r"^\W*(?:(?:PATIENT|PESAKIT)(?:'S)?\s*(?:NAME|NAMA)?|NAMA(?:\s+PELANGGAN)?)\s*"
    r"(?::\s*|(?=(?:PUAN|ENCIK|CIK|TUAN|DATO'?|DATIN|DR|MADAM)\b))(?P<name>.+)$",
    re.I,
)
# A cash-sales form's customer box: "Name : PERSATUAN ..." over "Tel : ...", the caption
# at a cell's start and its colon (a column head "Item Name" or "Name Qty" has neither).
_NAME_BOX = re.compile(r"^\W*(?:CUSTOMER(?:'S)?\s+)?NAME\s*:\s*(?P<name>[^\W\d].+)$", re.I)
# A buyer's caption on the line of a tax number: the number is the customer's.
_BUYER_WORD = re.compile(r"\b(?:CUSTOMER|BUYER|CLIENT|CLIENTE|KUNDE|K[ÄA]UFER|ACHETEUR|BILL)", re.I)
_CAPTIONED = re.compile(r":|\bM/S\b|\bMESSRS\b", re.IGNORECASE)
# A form's customer caption alone in its cell, its value in the next cell after a colon.
# A cash bill's "M/s" (Messrs) cell, the customer written in beside it ("M/s | Encik Razali").
_CUSTOMER_CELL = re.compile(
    r"^\W*(?:(?:CUSTOMER|PELANGGAN)(?:'S)?(?:\s+NAME)?|M/S|MESSRS)\s*:?\s*$", re.I
)
# The next caption of a form's row, not a name: "To : M/s | Invoice No. | ...".
_FORM_CAPTION = re.compile(r"\b(?:NO|DATE|TARIKH|INVOICE|INVOIS|REF|TERMS?|PAGE)\b\.?", re.I)
# A cash bill's walk-in customer: "Customer : CASH", "Bill To : CASH CUSTOMER", "C.O.D.".
_WALK_IN = re.compile(
    r"^\W*(?:CASH(?:\s+(?:CUSTOMER|SALES?|BILL))?|C\.?O\.?D\.?|WALK[\s-]?IN(?:\s+CUSTOMER)?)\W*$",
    re.IGNORECASE,
)


def seller_tax_id(lines: Sequence[Line]) -> Value | None:
    """The first Malaysian GST (12 digits) or SST ("W10-1809-32000123") number captioned."""
    for line in lines:
        match = _TAX_ID.search(line.text)
        if match is not None:
            number = match.group("id").upper()
            words = [w for w in line.words if number[-4:] in w.text.upper()]
            return field_value(number, words or list(line.words))
    return None


def with_receipt_parties(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the receipt's seller tax number, buyer and number rules applied."""
    out = dict(fields)
    if "seller_vat_id" not in out and (tax_id := seller_tax_id(lines)) is not None:
        out["seller_vat_id"] = tax_id
    first_date = next((line.y0 for line in lines if find_date(line.text) is not None), float("inf"))
    for key in ("buyer_name", "buyer_address"):
        found = out.get(key)
        line = _line_of(lines, found)
        if (
            line is not None
            and line.y0 < first_date
            and not _CAPTIONED.search(line.text)
            # "BILLED TO" over the name: a platform's customer block (receipt_platform.py).
            and (found is None or not under_buyer_caption(lines, found))
        ):
            del out[key]  # the shop's own logo, outlet or address line above the date
    vat_id = out.get("buyer_vat_id")
    vat_line = _line_of(lines, vat_id)
    # "USt-ID: DE311224451" in the shop's block above the date: the seller's own number.
    if (
        vat_line is not None
        and vat_line.y0 < first_date
        and not _BUYER_WORD.search(vat_line.text)
        and "seller_vat_id" not in out
    ):
        out["seller_vat_id"] = out.pop("buyer_vat_id")
    walk_in = out.get("buyer_name")
    if walk_in is not None and (
        _WALK_IN.match(str(walk_in.value)) or _is_caption(_line_of(lines, walk_in), walk_in)
    ):
        del out["buyer_name"]  # no name (sold over the counter), or the next row's caption
    seller = out.get("seller_address")
    buyer = out.get("buyer_address")
    if seller is not None and buyer is not None and str(buyer.value) in str(seller.value):
        del out["buyer_address"]
    if "buyer_name" not in out and (name := _captioned_buyer(lines)) is not None:
        out["buyer_name"] = name
    return _with_number(lines, out)


def _captioned_buyer(lines: Sequence[Line]) -> Value | None:
    """A patient's or customer's name after its caption: the line's rest, or for a form's
    "Name :" box the rest of its cell (the form's number may share the line), or the cell
    after a "Customer" caption cell in a label / value column ("Customer  : EN. HAFIZ")."""
    for line in lines:
        if (match := _PATIENT.match(line.text)) is not None:
            name = match.group("name").strip()
            return field_value(name, line.words[1:] or line.words)
        for cell, after in zip(line.cells, [*line.cells[1:], None], strict=True):
            match = _NAME_BOX.match(cell.text)
            if match is not None and not _WALK_IN.match(match.group("name")):
                name = match.group("name").strip()
                return field_value(name, cell.words[1:] or cell.words)
            if after is not None and _CUSTOMER_CELL.match(cell.text):
                name = after.text.lstrip(" :")
                if (
                    letter_count(name) >= 3
                    and not _WALK_IN.match(name)
                    and not _FORM_CAPTION.search(name)
                ):
                    return field_value(name, after.words)
    return None


def _is_caption(line: Line | None, found: Value) -> bool:
    """The value is a label in a label / value column: its cell is followed by one opening
    with a colon ("Vehicle No | : WXY 4471"), or it ends in its own colon."""
    if line is None:
        return False
    text = str(found.value).strip()
    if text.endswith(":"):
        return True
    cells = line.cells
    return any(
        cell.text.strip() == text and after.text.lstrip().startswith(":")
        for cell, after in pairwise(cells)
    )


def _with_number(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """A receipt's own captioned number over one the general reader took from an order /
    table line or from an address's unit ("#02-05")."""
    general = fields.get("invoice_number")
    if general is None:
        return fields
    text = str(general.value)
    if (mended := mended_prefix(text)) != text:
        text = mended
        fields = {**fields, "invoice_number": Value(text, general.text, general.boxes)}
    if re.fullmatch(r"\d(?: \d+)+", text):
        # Numbering-machine digits read apart ("3 4 0 9 6"): one number.
        joined = text.replace(" ", "")
        fields = {**fields, "invoice_number": Value(joined, general.text, general.boxes)}
        text = joined
    line = _line_of(lines, general)
    if line is None:
        return fields
    before = line.text.split(text.split()[0])[0] if text.split() else line.text
    ordered = bool(ORDER_CAPTION.search(before))
    # "#02-05": a unit in an address (Singapore, Malaysia), not a document number.
    unit = bool(re.fullmatch(r"\d{2}-\d{2,4}", text)) and (
        before.rstrip().endswith("#") or is_address_like(line.text)
    )
    if not (ordered or unit):
        return fields
    own = receipt_number(lines)
    if own is not None and str(own.value) != text:
        return {**fields, "invoice_number": own}
    return fields


def _line_of(lines: Sequence[Line], found: Value | None) -> Line | None:
    """The line holding the value's first box."""
    if found is None or not found.boxes:
        return None
    index = line_holding(list(lines), found.boxes[0])
    return None if index is None else lines[index]
