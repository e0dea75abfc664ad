"""Header fields: label -> value candidates on the page, chosen by label rank and arithmetic."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from facturist.engine.accountread import read_iban, wrapped_iban
from facturist.engine.addresses import party_address
from facturist.engine.amountcaptions import caption_rank, in_iban, rate_before
from facturist.engine.candidates import Candidate, without_leaders
from facturist.engine.charges import adjustment_candidates
from facturist.engine.column_captions import names_item_columns
from facturist.engine.dateorder import resolve_dates
from facturist.engine.itemheader import in_item_header
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Box, Value, Word
from facturist.engine.ownnumber import digit_run, document_type, refers_back, title_number
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import (
    detect_currency,
    find_ibans,
    parse_amount,
    parse_date,
)
from facturist.engine.parties import party_names, spaced_name
from facturist.engine.seller_vat import seller_vat_id
from facturist.engine.stacked import figures_above
from facturist.engine.totalgrid import grid_totals
from facturist.engine.totals import choose_amounts, with_exemption
from facturist.engine.vatread import read_vat_id

AMOUNT_TOKEN = re.compile(
    r"^[(\-]?[$€£]?-?\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,4})?-?\)?[€$£]?$"
    r"|^-?\d+(?:[.,]\d{1,4})?$"
    # Indian lakh grouping: "1,15,500.00", "3,27,521.25".
    r"|^[(\-]?\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?-?\)?$"
)
_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/._]*[A-Za-z0-9]|\d")
_SIGN_TOKENS = frozenset({"-", "-€", "-$", "-£", "−", "−€", "€-", "- €"})
_SIGNED_CODE = re.compile(r"[-−][A-Z]{3}")  # "-CHF 2'485.69": the sign before an ISO code
_PREFIX_TOKEN = re.compile(r"[A-Z]{1,3}")
_SPACED_NUMBER = re.compile(r"[A-Z]{0,3}\d+(?: \d+)+")
_KIND = {
    "invoice_number": "id",
    "invoice_date": "date",
    "due_date": "date",
    "total_amount": "amount",
    "net_amount": "amount",
    "tax_amount": "amount",
    "amount_due": "amount",
    "currency": "currency",
    "seller_vat_id": "vat",
    "iban": "iban",
}
# Words that make the VAT number after them the buyer's ("Ihre USt-IdNr.", "Customer VAT",
# "Spett.le Cliente — P.IVA").
_BUYER_WORDS = r"ihre?|your|customer|kunden|client|buyer|k[äa]ufer"
_BUYER_OWNED = re.compile(
    rf"\b(?:{_BUYER_WORDS}|acheteur|cliente|klant)[\s\-\u2013\u2014:|]*$", re.IGNORECASE
)
# "USt-IdNr. Debitor", "VAT No. customer": the party named after the caption owns the number.
_BUYER_AFTER = re.compile(
    r"^\W*(?:des\s+)?(?:debitor\w*|kunden?|customer|client|cliente|buyer|acheteur|nabywcy)\b",
    re.IGNORECASE,
)
# "Käufer-IBAN", "IBAN des Zahlungspflichtigen", "von Ihrem Konto mit IBAN", an IBAN beside a
# mandate reference: the account a direct debit draws on, the buyer's.
_PAYER_BEFORE = re.compile(
    r"\b(?:(?:ihrem|your) (?:\w+ )?(?:konto|account)(?: mit| with)?|mandat\w*(?:\W+\S+){0,3})\W*$|"
    rf"\b(?:{_BUYER_WORDS}|payer|debtor|zahler)[\s\-:|]*$",
    re.IGNORECASE,
)
_PAYER_AFTER = re.compile(
    r"^\W*(?:des\s+)?(?:zahlungspflichtig\w*|zahlers?|kunden?|k[äa]ufers?|payer|debtor|customer)\b",
    re.IGNORECASE,
)
_PAYER_IBAN = "iban_payer"
_MANDATE = re.compile(r"^\W*(?:mandat\w*|mandate)\b", re.IGNORECASE)
# A caption ending in a number sign, or Poland's title: "nr 15/03/2025" and "Faktura VAT
# 15/03/2025" are numbers, however much they look like dates.
_NUMBER_SIGN = re.compile(
    r"(?:\bn[°º.]|\bnr\.?|\bno\.|#|\bfaktura vat|numero|number|nummer|numer)\s*$", re.IGNORECASE
)
# Rank of a number a title carries below it with no caption: after every caption's.
_TITLE_NUMBER_RANK = 19
# "inklusive 19 % Versicherungsteuer": a tax word after it names what an amount includes.
_INCLUSIVE = re.compile(
    r"\b(?:inkl\.?|inklusive|incl\.?|inc\.|including|hors|sin|sem|senza|ohne|zonder|excl\.?|exkl\.?"
    r"|excluding|without|s/)\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?\(?$",
    re.IGNORECASE,
)
# "IVA inclusa", "TVA comprise", "IVA esclusa": a total qualified by its tax, no tax amount.
_QUALIFIED = re.compile(
    r"^\.?\s*(?:inclus|inclu[ií]d|compris|incl\b|inkl\b|esclus|exclu|excl\b)", re.IGNORECASE
)
# A lowercase word just before a label: the label is part of a sentence, not a caption.
_IN_PROSE = re.compile(r"(?:^|\s)[a-zäöüß]{2,}\s+$")
# "Zahlungsreferenz: Kundennummer 888 Rechnungsnummer 606": numbers quoted in a payment
# reference, which a title's own number ("Rechnung Nr. 909") outranks.
_IN_REFERENCE = re.compile(
    r"(?:referen[cz]\w*|verwendungszweck|remittance|r[ée]f[ée]rence de paiement|causale)\s*:",
    re.IGNORECASE,
)
# "Amount Paid (1,500.00)", "Total paid", "Outstanding amount $0.00": money received or still
# open, which a generic "total" / "amount" caption must not pass off as the invoice total.
_PAYMENT_WORDS = re.compile(
    r"\b(?:paid|payments?|received|refund(?:ed)?|credited|deposit|outstanding|balance|prepaid"
    r"|bezahlt|gezahlt|anzahlung|erhalten|vers[ée]|pay[ée]|acompte|pagado|pagato|anticipo"
    r"|betaald|aanbetaling|zap[łl]acono|wp[łl]acono|zaliczka)\b",
    re.IGNORECASE,
)
# "We'll collect £49.74 by Direct Debit / on or after 17 March 2025": the words of a payment
# that make "on or after" its date, on the line or the one above.
_ON_OR_AFTER = re.compile(r"on or after", re.IGNORECASE)
_COLLECTION = re.compile(r"\b(?:debit\w*|collect\w*|payments?|pay|charg\w*|take)\b", re.IGNORECASE)
# Rank added to a label in a sentence: after every caption's rank.
_PROSE_RANK = 20
# The key of a due-date caption found with no value under or beside it.
_BLANK_DUE = "due_date_blank"
# How far below a label (in line heights) a value may sit.
_BELOW_REACH = 2.6


def _words_after(line: Line, end: int) -> list[Word]:
    offset = 0
    out = []
    for word in line.words:
        if offset >= end:
            out.append(word)
        elif offset < end < offset + len(word.text) and word.text[end - offset :].strip(":.#"):
            # "Facture n°562044387": the label ends inside a word; the rest is the value.
            tail = word.text[end - offset :]
            head, colon, value = tail.rpartition(":")
            if colon and head and any(ch.isdigit() for ch in value):
                tail = value  # "Rechnungsdatum/Lieferdatum:12.01.2019": after the last colon
            out.append(Word(tail, word.box, word.confidence))
        offset += len(word.text) + 1
    return out


# A cell that is a count with its unit: a table's total quantity beside its total amount.
_QUANTITY_CELL = re.compile(
    r"^\d[\d.,']*\s*(?:mtrs?|pcs|pc|nos|units?|kgs?|hrs|hours|stk|stück|st|qty|items?"
    r"|pieces|boxes|sets|szt|uds|pz|stuks)\.?$",
    re.IGNORECASE,
)

# A cell that is a rate and nothing else ("19%", "7,5 %").
_RATE_CELL = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s*%$")


def _value_words(line: Line, end: int, label: list[Word]) -> list[Word]:
    """Words after a label: the rest of its cell, then following cells up to one with a digit.

    A label inside a sentence ("... te betalen.") keeps to its own cell, so a page number in
    the next column is not taken for its value.
    """
    after = _words_after(line, end)
    if not label:
        return after
    for position, cell in enumerate(line.cells):
        if label[-1] not in cell.words:
            continue
        own = [w for w in after if w.box in cell.boxes]  # by box: a word's tail is a new Word
        # A bare ")" closing "(netto)" leaves the label closing its cell.
        worded = any(ch.isalnum() for w in own for ch in w.text)
        # "zuzüglich 20 % USt.": a rate before a tax caption makes no sentence of it.
        position_in_cell = cell.words.index(label[0]) if label[0] in cell.words else 0
        deep = position_in_cell > 2 and not rate_before(cell.words[:position_in_cell])
        if deep and (worded or cell.text.endswith(".")):
            # A label deep inside a sentence; one that closes its cell ("in diesem Beitrag
            # enthaltene Versicherungsteuer | 35,13 €") still captions the next cell.
            return own
        taken = list(own)
        cells = line.cells[position + 1 : position + 5]
        for index, following in enumerate(cells):
            if _QUANTITY_CELL.match(following.text):
                continue  # "Total | 2,650 mtr | Rs. 3,27,521.25": the count, then the money
            after_it = cells[index + 1].text if index + 1 < len(cells) else ""
            if following.text.startswith("%") or after_it.startswith("%"):
                continue  # "IGST @ 5% | 5 | % | 15,596.25": the rate set apart from its sign
            if _RATE_CELL.match(following.text):
                continue  # "MwSt. | 19% | 19,00": the rate's own cell, then the tax
            taken.extend(following.words)
            if any(ch.isdigit() for ch in following.text):
                break
        return taken
    return after


def _label_words(line: Line, start: int, end: int) -> list[Word]:
    offset = 0
    out = []
    for word in line.words:
        if offset + len(word.text) > start and offset < end:
            out.append(word)
        offset += len(word.text) + 1
    return out


def read_amount(words: list[Word], *, last: bool = True) -> Value | None:
    """The last (or first) amount among words, ignoring percentages."""
    found: list[Value] = []
    for index, word in enumerate(words):
        text = word.text.strip(":")
        following = words[index + 1].text if index + 1 < len(words) else ""
        if text.endswith("%") or following.startswith("%"):
            continue
        core = without_currency(text.strip("€$£"))
        if core.startswith("(") and ")" not in core:
            core = core[1:]  # "(35,13 €)": a bracketed aside whose symbol closes the bracket
        if not core or not AMOUNT_TOKEN.match(core):
            continue
        previous = words[index - 1].text if index > 0 else ""
        if core.startswith("(") and previous.endswith("%"):
            continue  # "MwSt. 19 % (579,00)": the base the rate applies to, in brackets
        if _after_register(words, index) or in_iban(words, index):
            continue  # "HRB Nr. 372876", "Tel 0221 12345": an ID, never money
        if _in_date(words, index):
            continue  # "pay the amount due by 27 June 2025": a year, never money
        amount = parse_amount(core)
        if amount is None:
            continue
        if amount > 0 and (previous in _SIGN_TOKENS or _SIGNED_CODE.fullmatch(previous)):
            amount = -amount  # "-€ 11.681,16": the sign printed before the currency symbol
        found.append(Value(float(amount), word.text, (word.box,)))
    if not found:
        return None
    return found[-1] if last else found[0]


# Register, tax-office, customer, article, bank and phone captions: the number after one is
# an identifier, however much it looks like an amount.
_REGISTER = re.compile(
    r"(?:HRB|HRA|Amtsgericht|Handelsregister|Registergericht|RCS|SIRET|SIREN|KvK|"
    r"REGON|NIP|KRS|Steuernummer|Steuer-?Nr|St\.?-?Nr|Kunden-?Nr|Kundennummer|GLN|GTIN|EAN|"
    r"IBAN|BLZ|BIC|Konto|Kto|Tel|Telefon|Telefax|Fax|Phone|Mobil)\W*",
    re.IGNORECASE,
)
# Words that may stand between such a caption and its number ("HRB Nr. 372876"), and the
# leading groups of a spaced phone or account number ("Telefon : +49 932 431 0").
# An IBAN's groups count as joins too ("IBAN NL94 INGB 0664 5812 18": the 18 is no amount).
_REGISTER_JOIN = re.compile(
    r"(?:Nr|No|Nummer|Number|n°|#|:|-|\+?\d{1,5})\W*|(?-i:[A-Z]{2}\d{2}|[A-Z]{4})", re.IGNORECASE
)


_DATE_PART = re.compile(r"\d{1,4}\.?")


def _in_date(words: list[Word], index: int) -> bool:
    """A bare number that is the day or year of a date written out ("27 June 2025")."""
    if not _DATE_PART.fullmatch(words[index].text.rstrip(",;")):
        return False
    for start in range(max(0, index - 3), index + 1):
        for end in range(max(index, start + 1), min(len(words), start + 4)):
            text = " ".join(w.text for w in words[start : end + 1]).rstrip(".,;")
            if parse_date(text) is not None:
                return True
    return False


def _after_register(words: list[Word], index: int) -> bool:
    """The word at `index` follows a register / ID caption, perhaps through "Nr." or ":"."""
    for word in reversed(words[max(0, index - 6) : index]):
        if _REGISTER.fullmatch(word.text):
            return True
        if not _REGISTER_JOIN.fullmatch(word.text):
            return False
    return False


def read_date(words: list[Word]) -> Value | None:
    """The first date among words (up to 4 words joined, for "3 March 2019")."""
    for start in range(len(words)):
        for span in (1, 3, 4, 5, 2):
            chunk = words[start : start + span]
            text = " ".join(w.text for w in chunk).strip(".,;:()")
            # "August 3 , 2014": a comma set apart by the text layer still belongs to the day.
            parsed = parse_date(text.replace(" ,", ","))
            if parsed is not None and 1990 <= parsed.value.year <= 2100:
                return Value(
                    parsed.value,
                    text,
                    tuple(w.box for w in chunk),
                    0.6 if parsed.ambiguous else 1.0,
                )
    return None


def read_id(words: list[Word], *, dated: bool = False) -> Value | None:
    """The first identifier-like token (needs a digit) among words; a date-shaped one only
    when `dated` (after a number sign)."""
    for index, word in enumerate(words[:4]):
        token = word.text.strip(":;,.#")
        if token.lower() in ("nr", "no", "n°", "nº", "number", "nummer", "#"):
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if _PREFIX_TOKEN.fullmatch(token) and following is not None:
            # "FV 12635/12/2020": a short series prefix printed apart from the number.
            # "FV 27/03/2025": after a series prefix a date-shaped number is the document's.
            tail = following.text.strip(":;,.")
            number = (
                Value(tail, following.text, (following.box,))
                if _ID_TOKEN.fullmatch(tail) and any(ch.isdigit() for ch in tail)
                else None
            )
            height = max(word.box.y1 - word.box.y0, 1.0)
            if number is not None and following.box.x0 - word.box.x1 < height:
                text = f"{token} {number.value}"
                return digit_run(words, index + 2, Value(text, text, (word.box, following.box)))
        # "300 412 7788 5190" with its groups joined by no-break spaces in one word.
        spaced = token.replace("\u00a0", " ")
        if " " in spaced and _SPACED_NUMBER.fullmatch(spaced):
            return digit_run(words, index + 1, Value(spaced, word.text, (word.box,)))
        if token.isdigit() and _in_date(words, index):
            continue  # "4 Dec 2026" over its caption: the day of a date, never a number
        match = _ID_TOKEN.fullmatch(token)
        if match and any(ch.isdigit() for ch in token) and (dated or parse_date(token) is None):
            rest = words[index + 1 : index + 3]
            if len(rest) == 2 and rest[0].text == "/" and rest[1].text.strip(".,;").isdigit():
                # "nr. 2025 / 0087": a number whose slash stands apart.
                token = f"{token}/{rest[1].text.strip('.,;')}"
                return Value(token, token, (word.box, rest[0].box, rest[1].box))
            return digit_run(words, index + 1, Value(token, word.text, (word.box,)))
    return None


def _read(kind: str, words: list[Word]) -> Value | None:
    if kind == "amount":
        return read_amount(words)
    if kind == "date":
        return read_date(words)
    if kind == "id":
        return read_id(words)
    if kind == "currency":
        text = " ".join(w.text for w in words[:3])
        code = detect_currency(text)
        return Value(code, text, tuple(w.box for w in words[:3])) if code else None
    if kind == "vat":
        return read_vat_id(words)
    if kind == "iban":
        return read_iban(words)
    return None


def _below(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words under a label on the next lines, overlapping its horizontal span."""
    line = lines[index]
    x0 = min(w.box.x0 for w in label) - 4
    x1 = max(w.box.x1 for w in label) + 60
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > _BELOW_REACH * line.height:
            break
        words = [w for w in below.words if w.box.x1 >= x0 and w.box.x0 <= x1]
        if words:
            caption = next((c.words for c in line.cells if label[0] in c.words), label)
            return _centred_value(below, words, caption)
    return []


def _centred_value(below: Line, words: list[Word], label: list[Word]) -> list[Word]:
    """The whole value of a cell centred under its caption ("Date" over "2 September 2021"):
    a value wider than its caption starts left of it, in a grid of captions over values."""
    cell = next((c for c in below.cells if words[0] in c.words), None)
    if cell is None:
        return words
    left, right = min(w.box.x0 for w in label), max(w.box.x1 for w in label)
    width = cell.x1 - cell.x0
    # One value, a little wider than its caption, sharing its centre: not a run of text.
    if abs((cell.x0 + cell.x1) / 2 - (left + right) / 2) > max(6.0, 0.15 * width):
        return words
    if width > right - left + 100:
        return words
    return cell.words[: cell.words.index(words[0])] + words


def _spans_columns(label: list[Word]) -> bool:
    """True when a label's words sit far apart, in two columns of the line."""
    return any(
        right.box.x0 - left.box.x1 > min(40.0, 4 * (left.box.y1 - left.box.y0))
        for left, right in pairwise(label)
    )


def _in_first_cell(
    pattern: re.Pattern[str], line: Line, match: re.Match[str], label: list[Word]
) -> re.Match[str] | None:
    """The label read within one cell: the one it starts in ("VAT | Total invoice" reads
    "VAT"), else the next ("Date | Due Date" read as "Date Due" is "Due Date")."""
    cell = next((c for c in line.cells if label[0] in c.words), None)
    if cell is None:
        return None
    last = line.words.index(cell.words[-1])
    end = len(" ".join(w.text for w in line.words[: last + 1]))
    if end <= match.start():
        return None
    found = pattern.match(line.text, match.start(), end)
    if found is not None or last + 1 >= len(line.words):
        return found
    following = next(c for c in line.cells if line.words[last + 1] in c.words)
    stop = line.words.index(following.words[-1])
    return pattern.match(line.text, end + 1, len(" ".join(w.text for w in line.words[: stop + 1])))


def _stands_alone(line: Line, label: list[Word], label_length: int) -> bool:
    """True when the label fills (nearly) its whole cell, as a caption does."""
    for cell in line.cells:
        if label[0] in cell.words:
            others = [w for w in cell.words if w not in label]
            return len(others) <= 2
    return True


def _beside(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words right of a label on a neighbouring line that overlaps it vertically.

    A value in another font size can land on its own line although it sits beside the label.
    """
    top = min(w.box.y0 for w in label)
    bottom = max(w.box.y1 for w in label)
    right = max(w.box.x1 for w in label)
    middle = (top + bottom) / 2
    found: list[Word] = []
    for other in lines[max(index - 2, 0) : index + 3]:
        if other is lines[index] or other.page != lines[index].page:
            continue
        for word in other.words:
            center = (word.box.y0 + word.box.y1) / 2
            overlaps = word.box.y0 <= middle <= word.box.y1 or top <= center <= bottom
            if overlaps and word.box.x0 >= right - 1:
                found.append(word)
    found.sort(key=lambda w: w.box.x0)
    return found


def _aligned_cells(line: Line, other: Line) -> int:
    return sum(1 for cell in line.cells if any(abs(c.x0 - cell.x0) < 4 for c in other.cells))


def _values_above(lines: list[Line], index: int) -> bool:
    """True when a row of labels carries its values on the line above (a "stacked" layout)."""
    line = lines[index]
    if index == 0 or lines[index - 1].page != line.page or any(ch.isdigit() for ch in line.text):
        return False
    above = lines[index - 1]
    if line.y0 - above.y1 > 1.2 * line.height:
        return False
    below = lines[index + 1] if index + 1 < len(lines) else None
    above_count = _aligned_cells(line, above)
    if above_count < 2 or above_count < len(line.cells) - 1:
        return False
    if below is None or below.page != line.page or below.y0 - line.y1 > 1.2 * line.height:
        return True
    below_count = _aligned_cells(line, below)
    gap_above, gap_below = line.y0 - above.y1, below.y0 - line.y1
    return above_count > below_count or (above_count == below_count and gap_above < 0.8 * gap_below)


def _names_a_field(line: Line) -> bool:
    return any(pattern.search(line.text) for pattern in LABELS_BY_RANK.values())


def _above(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words over a label on the line just above, overlapping its horizontal span."""
    x0 = min(w.box.x0 for w in label) - 4
    x1 = max(w.box.x1 for w in label) + 60
    return [w for w in lines[index - 1].words if w.box.x1 >= x0 and w.box.x0 <= x1]


def find_candidates(lines: list[Line]) -> list[Candidate]:
    """Every labelled value on the document's lines."""
    out: list[Candidate] = []
    order = 0
    stacked: bool | None = None  # labels printed under their values, judged once when needed
    ordered: set[int] = set()  # number candidates an order's caption names
    for index, line in enumerate(lines):
        text = without_leaders(line.text)
        for key, figure in grid_totals(lines, index).items():
            # A grid row that passed its arithmetic outranks any label read on its own.
            order += 1
            out.append(Candidate(key, figure, -1, order))
        order += 1
        out.extend(adjustment_candidates(line, order, read_amount))
        for key, combined in LABELS_BY_RANK.items():
            kind = _KIND[key]
            for match in combined.finditer(text):
                rank = int(str(match.lastgroup)[1:])
                order += 1
                label = _label_words(line, match.start(), match.end())
                if _spans_columns(label):
                    # "... factura | Nº cliente": the end of one label, another's start; a
                    # label may still end in its own cell ("VAT | Total invoice" reads "VAT").
                    inner = _in_first_cell(combined, line, match, label)
                    if inner is None:
                        continue
                    match, rank = inner, int(str(inner.lastgroup)[1:])
                    label = _label_words(line, match.start(), match.end())
                if key == "seller_vat_id" and (
                    _BUYER_OWNED.search(text[: match.start()])
                    or _BUYER_AFTER.match(text[match.end() :])
                ):
                    continue  # "Ihre USt-IdNr.", "USt-IdNr. Debitor": the buyer's number
                if key in ("invoice_number", "invoice_date") and refers_back(
                    lines, index, match.start()
                ):
                    continue  # "Bezug: Rechnung ... Rechnungsdatum": the corrected invoice's
                if key == "invoice_date" and rank > 0 and names_item_columns(line):
                    continue  # "Date | Description | Hours": each item's date
                if key == "due_date" and _ON_OR_AFTER.match(match.group()):
                    prior = lines[index - 1].text if index else ""
                    if not _COLLECTION.search(f"{prior} {text[: match.start()]}"):
                        continue  # "orders placed on or after 1 April": no payment's date
                if key == "tax_amount" and (
                    _INCLUSIVE.search(text[: match.start()])
                    or _QUALIFIED.match(text[match.end() :])
                ):
                    continue  # "Summe (inkl. USt.) 529,87": the amount holds the tax, is none
                if (
                    key == "total_amount"
                    and rank > 0
                    and _PAYMENT_WORDS.search(_cell_of(line, label))
                ):
                    rank += _PROSE_RANK  # a generic caption naming a payment, not the total
                # Cash-discount clauses and captions in prose (amountcaptions.py).
                judged = caption_rank(key, line, match.start(), match.end(), rank)
                if judged is None:
                    continue
                rank = judged
                if key == "invoice_number" and (
                    _IN_PROSE.search(text[: match.start()])
                    or _IN_REFERENCE.search(text[: match.start()])
                ):
                    # "Bei Schriftwechsel bitte ... und Belegnummer 2018...": a number quoted
                    # in a sentence yields to one a caption or the title names.
                    rank += _PROSE_RANK
                payer = key == "iban" and _payers_iban(lines, index, match)
                words = _value_words(line, match.end(), label)
                names_order = key == "invoice_number" and _names_order(line, label)
                value = _read(kind, words)
                first = words[0].text.rstrip(".") if words else ""
                dated = first and "." not in first and _NUMBER_SIGN.search(match.group())
                if value is None and key == "invoice_number" and dated:
                    # Right after the sign only, and never a dotted date ("12.03.2025").
                    value = read_id(words[:1], dated=True)
                if label and not _stands_alone(line, label, match.end() - match.start()):
                    label = []  # a label inside a sentence has no value above or below
                if value is None and label:
                    value = _read(kind, _beside(lines, index, label))
                if value is None and key == "iban":
                    value = wrapped_iban(lines, index, words)
                if value is None and label:
                    if stacked is None:
                        # Only a row of field captions counts: two address blocks side by
                        # side ("Attention: Accounts Payable | Mill Lane") also align.
                        stacked = any(
                            _values_above(lines, i) and _names_a_field(lines[i])
                            for i in range(len(lines))
                        )
                    lone = len(line.cells) == 1
                    above = _values_above(lines, index) or figures_above(lines, index)
                    above = above or (stacked and lone)
                    if above:
                        value = _read(kind, _above(lines, index, label))
                    # Xero's column of captions each over its value: none above, read below.
                    if value is None and (
                        kind != "amount" or (not above and not in_item_header(lines, index, label))
                    ):
                        value = _read(kind, _below(lines, index, label))
                        if key == "due_date" and value and _date_column(lines, index, value):
                            continue  # "Fällig am" over a schedule of instalments
                if value is not None:
                    out.append(Candidate(_PAYER_IBAN if payer else key, value, rank, order))
                    if names_order:
                        ordered.add(order)
                elif key == "due_date" and rank == 0 and label:
                    # A "Fälligkeit" caption over an empty slot: the due date is stated blank.
                    out.append(Candidate(_BLANK_DUE, Value("", text), rank, order))
                if key == "invoice_number" and value is not None:
                    # "Rechnung Nr. 123 vom 05.03.2018": the date shares the number's line.
                    date = read_date(_words_after(line, match.end()))
                    if date is None:
                        date = _dated_below(lines, index) or _date_cell(line, label)
                    if date is not None:
                        out.append(Candidate("invoice_date", date, 1, order))
    titled = title_number(lines)
    if titled is not None:
        for candidate in out:
            if candidate.order in ordered:
                # "FACTURE / FR52889104" over "Commande n° 221874493": the order's number
                # is never the invoice's when the title carries one.
                candidate.rank = max(candidate.rank, _TITLE_NUMBER_RANK + 1)
        out.append(Candidate("invoice_number", titled, _TITLE_NUMBER_RANK, order + 1))
    return out


def _payers_iban(lines: list[Line], index: int, match: re.Match[str]) -> bool:
    """Whether an IBAN caption names the payer's account (a direct debit's), not the seller's."""
    text = lines[index].text
    before = text[: match.start()]
    above = lines[index - 1] if index else None
    if above is not None and above.page == lines[index].page and _MANDATE.match(above.text):
        before = f"{above.text} {before}"  # "Mandatsreferenz: M-17" over "IBAN: DE49 ..."
    return bool(_PAYER_BEFORE.search(before) or _PAYER_AFTER.match(text[match.end() :]))


def _date_column(lines: list[Line], index: int, value: Value) -> bool:
    """The date under a caption heads a column of dates: a schedule (instalments paid or
    due), whose first row is no date of this bill."""
    left, dates = value.boxes[0].x0, 0
    for below in lines[index + 1 : index + 6]:
        if below.page != lines[index].page:
            break
        for start, word in enumerate(below.words):
            if abs(word.box.x0 - left) < 3:
                dated = read_date(below.words[start : start + 5])
                dates += dated is not None and dated.boxes[0] == word.box
                break
    return dates >= 3


# "vom", "dated", "du": the word joining a document's number to its date.
_DATED = re.compile(r"^(?:vom|from|dated|du|del|van|of|em|z dnia)$", re.IGNORECASE)


def _dated_below(lines: list[Line], index: int) -> Value | None:
    """The date of a title wrapped onto the next line ("Nr. 471102 vom" / "05.03.2018")."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > 1.6 * line.height:
        return None
    words = below.words
    if words and _DATED.match(words[0].text):
        words = words[1:]  # "Nr. 47110818" / "vom 31.10.2018"
    elif not _DATED.match(line.words[-1].text):
        return None
    date = read_date(words[:3])
    # The date opens the line below: a date further along belongs to other text.
    return date if date is not None and words[0].box in date.boxes else None


def _date_cell(line: Line, label: list[Word]) -> Value | None:
    """A cell before the number's caption that is a date and nothing else ("March 5, 2025 |
    Invoice No.: 25-00412"): a letter's date beside its number, with no caption of its own."""
    for position, cell in enumerate(line.cells):
        if not label or label[0] in cell.words:
            return None
        before = line.cells[position - 1].text if position else ""
        if before.rstrip().endswith(":") or _OTHER_DATE.search(before):
            continue
        date = read_date(cell.words)
        if date is not None and len(date.boxes) == len(cell.words):
            return date
    return None


# Words naming an order, whose number a shop or portal prints beside the invoice's.
_ORDER_WORD = re.compile(
    r"\b(?:order|commande|bestell\w*|auftrag\w*|pedido|ordine|bestelling|encomenda"
    r"|zam[óo]wieni\w*)\b",
    re.IGNORECASE,
)


def _names_order(line: Line, label: list[Word]) -> bool:
    """The caption, read in its cell up to its last word, names an order ("Commande n°")."""
    cell = next((c for c in line.cells if label and label[-1] in c.words), None)
    if cell is None:
        return False
    caption = cell.words[: cell.words.index(label[-1]) + 1]
    return _ORDER_WORD.search(" ".join(w.text for w in caption)) is not None


def _cell_of(line: Line, label: list[Word]) -> str:
    """The text of the cell a label starts in."""
    return next((c.text for c in line.cells if label and label[0] in c.words), line.text)


def _best(candidates: list[Candidate], key: str) -> Candidate | None:
    pool = [c for c in candidates if c.key == key]
    if not pool:
        return None
    return min(pool, key=lambda c: (c.rank, c.order))


# "München, den", "Wien, am", "Paris, le", "Madrid, a", "Milano, il": a letter's place.
_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.\- ]{1,30},(?:\s*(?:den|am|le|el|a|il|li|op|dnia))?$")
# Captions of the other dates a page shows beside their value (delivery, period, order).
_OTHER_DATE = re.compile(
    r"(?:datum|date|liefer|leistung|zeitraum|period|bestell|order|auftrag|bis|von|from|to)\W*$",
    re.IGNORECASE,
)


def letter_date(lines: list[Line]) -> Value | None:
    """An unlabelled issue date: the date a letter prints alone at the right of its first page.

    Insurers and other letter-style invoices write "Beitragsrechnung ... 24. Januar 2014"
    with no "Rechnungsdatum" caption; the date ends its line in the right half of the page.
    """
    if not lines:
        return None
    page = [line for line in lines if line.page == lines[0].page]
    right_edge = max(line.cells[-1].x1 for line in page)
    # The letter's head: its first lines, not the dates in the text and tables below.
    for line in page[: max(25, len(page) // 2)]:
        cell = line.cells[-1]
        before = line.cells[-2].text if len(line.cells) > 1 else ""
        if before.rstrip().endswith(":") or _OTHER_DATE.search(before):
            continue
        words, placed = cell.words, False
        for size in (1, 2, 3, 5):  # "5 de noviembre de 2024": five words
            # Keep "24. Januar 2014" from "München, den 24. Januar 2014", "07.03.2025" from
            # "Leipzig, den 07.03.2025".
            if len(words) > size and _PLACE.match(" ".join(w.text for w in words[:-size])):
                words, placed = words[-size:], True
                break
        # A Swiss letter puts "Ostermundigen, 04.03.2025" at the left, over the title: the
        # place before it makes it the letter's date there too.
        if cell.x0 < 0.5 * right_edge and not (placed and len(line.cells) == 1):
            continue
        dated = read_date(words)
        if dated is not None and len(dated.boxes) == len(words):
            return replace(dated, confidence=min(dated.confidence, 0.8))
    return None


def header_fields(lines: list[Line], candidates: list[Candidate] | None = None) -> dict[str, Value]:
    """All canonical header fields found on the lines of one invoice (candidates if known)."""
    if candidates is None:
        candidates = find_candidates(lines)
    fields: dict[str, Value] = {}
    seller, buyer = party_names(lines)
    for key in ("invoice_number", "invoice_date", "due_date", "currency", "seller_vat_id", "iban"):
        best = _best(candidates, key)
        if key == "seller_vat_id":
            vat_id = seller_vat_id(candidates, best, buyer, lines)
            if vat_id is not None:
                fields[key] = vat_id
            continue
        # A date from payment-terms prose yields to a due-date field the page shows empty.
        prose = key == "due_date" and best is not None and best.rank > 0
        if prose and any(c.key == _BLANK_DUE for c in candidates):
            best = None
        if best is not None:
            fields[key] = best.value
    fields.update(choose_amounts(candidates))
    with_exemption(fields, " ".join(line.text for line in lines))
    if "currency" not in fields:
        text = " ".join(line.text for line in lines[:200])
        code = detect_currency(text)
        if code:
            fields["currency"] = Value(code, code)
    if "iban" not in fields:
        payers = {c.value.value for c in candidates if c.key == _PAYER_IBAN}
        for line in lines:
            ibans = [iban for iban in find_ibans(line.text) if iban not in payers]
            if ibans:
                fields["iban"] = Value(ibans[0], line.text, tuple(w.box for w in line.words))
                break
    if "invoice_date" not in fields:
        dated = letter_date(lines)
        if dated is not None:
            fields["invoice_date"] = dated
    resolve_dates(fields, lines)
    for role, party, other in (("seller", seller, buyer), ("buyer", buyer, seller)):
        if party is None:
            continue
        address = party_address(lines, party, other)
        if address is not None:
            fields[f"{role}_address"] = address
        if isinstance(party.value, str):
            party = replace(party, value=spaced_name(party.value))
        fields[f"{role}_name"] = party
    fields["document_type"] = Value(document_type(lines), "")
    return fields


def boxes_of(words: list[Word]) -> tuple[Box, ...]:
    """The boxes of some words, for provenance."""
    return tuple(w.box for w in words)
