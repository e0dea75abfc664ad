"""Receipt detection: is a document a till receipt, and which of two scanned side by side.

Also the few patterns both detection and the receipt rules (receipts.py) need: amounts and
TOTAL labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Cell, Line
from facturist.engine.model import PageText, Word
from facturist.engine.receipt_tillwords import till_marks
from facturist.engine.tenderedchange import paid_with_change

# Words that mark a receipt (several must appear; one TOTAL is on every invoice too).
_RECEIPT_WORDS = re.compile(
    r"\b(RECEIPT|CASH(IER)?|CHANGE|ROUNDING|TENDERED|THANK\s*YOU|COUNTER|GST|SST|"
    # "RM128.50": ringgit glued to the amount counts as "RM" (marks drop the digits).
    r"KASSE|KASSENBON|BON|TICKET|QUITTUNG|RM(?=\d+[.,]\d\d)\d+|RM"
    # A restaurant's check: its table, server and covers.
    r"|TABLE|SERVER|COVERS|PAX"
    # Malaysian tax invoices and cash bills on A5: a company's suffix (or "S/B"), the bill's title.
    r"|SDN\.?\s?BHD|S/B|ENTERPRISE|TAX\s+INVOICE|CASH\s+BILL"
    # Singapore's company suffix, as SDN BHD in Malaysia.
    r"|PTE\.?\s?LTD"
    # Malay "thank you", printed on hawkers' pre-printed cash bills, and their notice.
    r"|TERIMA\s*KASIH|GOODS\s+SOLD"
    # Malay for receipt, (tax) invoice, cash, change and rounding; "Rcpt", a till's receipt.
    # ("INVOIS / INVOICE": a Malaysian shop's bilingual bill form.)
    r"|RESIT|INVOIS(?:\s+CUKAI)?|TUNAI|BAKI|PENGGENAPAN|RCPT"
    # A shop's footer: "No refund", "non-refundable", "goods are not returnable".
    r"|(?:NON[\s-]?)?REFUND(?:ABLE)?|RETURNABLE|EXCHANGEABLE"
    # A till's totals with and without its GST: "Total Incl. GST", "Total Sales (Excl. GST)".
    r"|(?:IN|EX)CL(?:USIVE|\.)?\s*(?:OF\s+)?GST"
    # European tills: German change / tendered and the fiscal signature unit (TSE), a French
    # till by its number ("Caisse 1", not the bank "Caisse d'Epargne"), the seller at it,
    # the change; Italian "Documento commerciale", "Scontrino", change and cash; Polish
    # "Paragon fiskalny", change and cash.
    r"|R[ÜU]CKGELD|ZUR[ÜU]CK|GEGEBEN|TSE|CAISSE(?=\s*(?:N[°O]\.?\s*)?\d)|RENDU|VENDEUR"
    r"|DOCUMENTO\s+COMMERCIALE|SCONTRINO|RESTO|CONTANTE|PARAGON(?:\s+FISKALNY)?|RESZTA"
    r"|GOT[ÓO]WKA)\b",
    re.IGNORECASE,
)
# A Malaysian company's number with its check letter, in brackets under or after its name
# ("(1022871-A)", "(Co. Reg. No. 000712345-M)"): printed on the tills' slips (and A5 bills).
# Dot-matrix print's closing bracket often reads as "|" or "]" ("(JM0521433-V|").
_COMPANY_NUMBER = re.compile(r"(?<![\d-])\d{5,12}\s?-\s?[A-Z]\s*[)|\]]")
# A till-style amount: two decimals after a point or comma, a sign and currency before it
# ("12.90", "1,234.50", "-RM3.00").
AMOUNT = re.compile(r"(?<![\d.,])(-?)(?:RM|\$|€)?\s?(\d{1,3}(?:,\d{3})*|\d+)[.,](\d{2})(?![\d])")
TOTAL = re.compile(
    # "TOTEL"/"TETAL": low-resolution OCR swaps the vowels; "DUE"/"PAYABLE" label the final
    # amount on many tills ("Due 7.50", "Amt Payable", "Tot Pable").
    r"T\s?[OE]\s?T\s?[AE]\s?L|TOTAAL|\bJUMLAH\b|\bGESAMT|\bSUMME\b|\bMONTANT\b|\bRAZEM\b"
    r"|\bDUE\b(?!\s*DATE)|\bP[AE]?Y?ABLE\b"
    # "NET AMOUNT": the bill after discounts (a deposit and the balance due may follow).
    r"|\bNETT?\s*(?:AMOUNT|AMT)\b"
    # "NETT  155.60": Malaysian tills' caption alone before the final amount (after the
    # subtotal, a member discount and the rounding); not "NETT WT 500G" in a description.
    r"|^\W*NETT\b(?=[\s:]*(?:RM\s*)?-?\d)",
    re.IGNORECASE,
)
NOT_TOTAL = re.compile(
    r"SUB\s?-?\s?TOT|QTY|QUANTITY|ITEM|PCS|UNIT|DISC|SAVING|POINT|EXCL|EXC\.|BEFORE|"
    r"INCLUDES|TOTAL\s*(GST|TAX|SST)|GST\s*SUMMARY|TENDER|CHANGE|ROUNDING\s*ADJ|ADJUSTMENT|"
    r"(GST|TAX|SST|VAT)\s*(PAYABLE|DUE)",
    re.IGNORECASE,
)


def looks_like_receipt(pages: Sequence[PageText], lines: Sequence[Line]) -> bool:
    """A short document that is scanned or narrow and uses till-receipt words."""
    if not pages or len(pages) > 2:
        return False
    narrow = all(page.width < 0.6 * page.height for page in pages)
    scanned = all(page.source == "ocr" for page in pages)
    marks = {
        re.sub(r"\d", "", m.group(0).upper())
        for line in lines
        for m in _RECEIPT_WORDS.finditer(line.text)
    }
    if any(_COMPANY_NUMBER.search(line.text) for line in lines):
        marks.add("COMPANY NUMBER")
    marks |= till_marks(lines)  # German, French, Spanish, Dutch tills' own words
    # A slip scanned on a wider bed: its printed column is narrow, not the image.
    column = scanned and len(pages) == 1 and bool(marks) and _narrow_column(lines)
    if scanned and len(pages) == 1 and paid_with_change(lines):
        # Cash less change settling the total (tenderedchange.py): a till's own sums.
        return True
    return (narrow and (scanned or len(marks) >= 2)) or (scanned and len(marks) >= 3) or column


def _narrow_column(lines: Sequence[Line]) -> bool:
    """The printed words span a column less than 0.6 times as wide as it is tall."""
    words = [w for line in lines for w in line.words]
    if len(lines) < 10:
        return False
    width = max(w.box.x1 for w in words) - min(w.box.x0 for w in words)
    height = max(w.box.y1 for w in words) - min(w.box.y0 for w in words)
    return width < 0.6 * height


def main_receipt(lines: Sequence[Line]) -> list[Line]:
    """The main receipt's lines where a second receipt lies beside it on the scanner bed.

    OCR reads the two row by row, so their lines interleave. A band of the page that no word
    crosses splits it; when each side holds a receipt (lines of words and its own total),
    the side that runs taller is the scanned one (the other is cut by the bed's edge).
    """
    if len(lines) < 10 or len({line.page for line in lines}) > 1:
        return list(lines)
    words = sorted((w for line in lines for w in line.words), key=lambda w: w.box.x0)
    heights = sorted(w.box.y1 - w.box.y0 for w in words)
    least_gap = 2 * heights[len(heights) // 2]
    reach = words[0].box.x1
    for word in words[1:]:
        if word.box.x0 - reach >= least_gap:
            split = (reach + word.box.x0) / 2
            left = _side(lines, split, left=True)
            right = _side(lines, split, left=False)
            if _holds_receipt(left) and _holds_receipt(right):
                return max(
                    (left, right),
                    key=lambda side: (side[-1].y1 - side[0].y0, sum(len(ln.words) for ln in side)),
                )
        reach = max(reach, word.box.x1)
    return list(lines)


def _side(lines: Sequence[Line], split: float, *, left: bool) -> list[Line]:
    """`lines` cut down to their words left (or right) of `split`; emptied lines dropped."""

    def keep(word: Word) -> bool:
        return word.box.x1 <= split if left else word.box.x0 >= split

    kept: list[Line] = []
    for line in lines:
        words = [w for w in line.words if keep(w)]
        if words:
            cells = [Cell([w for w in cell.words if keep(w)]) for cell in line.cells]
            kept.append(Line(line.page, words, [cell for cell in cells if cell.words]))
    return kept


def _holds_receipt(lines: Sequence[Line]) -> bool:
    """Several lines of words and a total of its own: a receipt, not a column of prices."""
    worded = sum(letter_count(line.text) >= 3 for line in lines)
    return worded >= 6 and any(
        TOTAL.search(line.text) and not NOT_TOTAL.search(line.text) and amounts_in(line.text)
        for line in lines
    )


def letter_count(text: str) -> int:
    """How many letters a line holds (its digits and signs not counted)."""
    return sum(ch.isalpha() for ch in text)


def amounts_in(text: str) -> list[Decimal]:
    """Every till-style amount ("12.90", "1,234.50", "-RM3.00") in a line, left to right."""
    values = []
    for match in AMOUNT.finditer(text):
        whole = match.group(2).replace(",", "")
        values.append(Decimal(f"{match.group(1)}{whole}.{match.group(3)}"))
    return values
