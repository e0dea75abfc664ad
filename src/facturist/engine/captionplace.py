"""Whether a caption matched on a line is the field's caption there, and at what rank.

A field's caption words also occur where they name something else: the buyer's VAT number
("Ihre USt-IdNr."), a corrected invoice's number and date ("Bezug: Rechnung ..."), the start of
payment terms ("30 days from invoice date"), an item column ("Date | Description"), an amount
that includes the tax ("inkl. USt."), money paid rather than owed, a number quoted in a
sentence. These checks run on every caption match the field lists find (fields.py)."""

from __future__ import annotations

import re

from facturist.engine.amountcaptions import caption_rank
from facturist.engine.carrylines import names_carried_sum
from facturist.engine.column_captions import names_item_columns
from facturist.engine.creditedinvoice import (
    dates_credited_invoice,
    names_credited_invoice,
    quotes_credited_invoice,
)
from facturist.engine.dateread import counts_from, names_order_date, names_other_date, read_date
from facturist.engine.groupsubtotals import group_subtotal
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.laterpayment import payable_later
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.nextinstalment import announces_next_instalment, names_recurring_day
from facturist.engine.origindue import origin_due_date
from facturist.engine.ownnumber import refers_back
from facturist.engine.printerpermit import on_permit_line
from facturist.engine.priorbill import names_prior_bill
from facturist.engine.registernumber import names_register
from facturist.engine.servicedate import restates_other_date
from facturist.engine.taxcategory import names_tax_category
from facturist.engine.taxdeadline import names_tax_deadline
from facturist.engine.taxtotalcaption import names_tax_total
from facturist.engine.taxworkitem import names_work_item
from facturist.engine.tips import names_tip_included
from facturist.engine.workdoneuntil import ends_work_period

BUYER_WORDS = r"ihre?|your|customer|kunden|client|buyer|k[äa]ufer"
_BUYER_OWNED = re.compile(
    rf"\b(?:{BUYER_WORDS}|acheteur|cliente|klant|votre|vos|vostr[ao]|vs\.|uw|su|seu|sua"
    # Nordic "the customer's" / "the buyer's": "Asiakkaan Y-tunnus", "Kundens org.nr".
    r"|asiakkaan|ostajan|kundens|k[øo]bers|kj[øo]pers|k[öo]parens)"
    r"[\s\-\u2013\u2014:|]*$",
    re.IGNORECASE,
)
# The words naming the invoice's recipient after (or before) a VAT caption: "USt-IdNr.
# Debitor", "VAT No. customer", "UID-Nr. des Leistungsempfängers", "NIF adquirente". One list
# for both readings: this module keeps such an ID from the seller's candidates, buyervat.py
# reads it as the buyer's (two lists had drifted apart, and an ID kept from the seller went
# unread for the buyer).
# (A caption may end inside a word, "TVA intracom|munautaire client", or before its qualifier,
# "N° TVA| intracommunautaire client": both go before the party's word.)
RECIPIENT_WORD = (
    r"(?:(?:leistungs|rechnungs)?empf(?:[äa]|ae)nger\w*|kunden?|abnehmer|erwerber|customer|buyer"
    r"|recipient|client|acheteur|preneur|cliente|destinatario|afnemer|klant|debitor\w*"
    r"|adquirente|nabywcy"
    # "Cust. VAT:", "Cust. VAT No.": the customer abridged.
    r"|cust\.)"
)
RECIPIENT_AFTER = re.compile(
    # Portugal's "Contribuinte do cliente", "NIF do adquirente", Italy's "P.IVA del cliente".
    rf"^\w*\W*(?:(?:des|der|du|de la|del|do|da|of the|of|intra[\w\-]*\.?)\s+)?{RECIPIENT_WORD}s?\b",
    re.IGNORECASE,
)
# "inklusive 19 % Versicherungsteuer": a tax word after it names what an amount includes.
_INCLUSIVE = re.compile(
    r"\b(?:inkl\.?|inklusive|incl\.?|inc\.|including|hors|sin|sem|senza|ohne|zonder|excl\.?|exkl\.?"
    r"|excluding|without|before|s/)\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?\(?$",
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
# "FACTURE – SITUATION N° 3", "Abschlagsrechnung Nr. 2", "Progress claim no. 4": a title
# numbering an instalment of a contract (a count), which a labelled number outranks.
_INSTALMENT = re.compile(
    r"\b(?:situation|acompte|\w*abschlag\w*|teil(?:rechnung|zahlung)\w*|instal+ment"
    r"|progress (?:claim|payment|billing|invoice)|termijn\w*|deelfactuur|certificaci[oó]n"
    r"|rata|stato (?:di )?avanzamento)\b",
    re.IGNORECASE,
)
# A heading over the instalments' block: Brazil's "FATURA / DUPLICATA" over "Número: 001 /
# Vencimento / Valor" (a trade bill per instalment), "Parcelas", "Instalments".
_INSTALMENT_HEADING = re.compile(
    r"\b(?:duplicatas?|parcelas?|instal+ments?|ratenzahlung|vencimentos)\s*$", re.IGNORECASE
)
# The count after such a caption: a few digits, no series, separators or year.
_COUNT = re.compile(r"^\s*:?\s*\d{1,3}\b(?![\-/.]\d)")
# Rank added to a label in a sentence: after every caption's rank.
PROSE_RANK = 20
# Rank of an order's date as the issue date: after every caption's, even one in prose.
ORDER_DATE_RANK = 60
# The key of a due-date caption found with no value under or beside it.


def judged_rank(
    key: str,
    rank: int,
    lines: list[Line],
    index: int,
    text: str,
    match: re.Match[str],
    label: list[Word],
) -> int | None:
    """The caption's rank here, or None where the match is no caption of the field."""
    line = lines[index]
    if key == "seller_vat_id" and (
        _BUYER_OWNED.search(text[: match.start()]) or RECIPIENT_AFTER.match(text[match.end() :])
    ):
        return None  # "Ihre USt-IdNr.", "USt-IdNr. Debitor": the buyer's number
    if key in ("invoice_number", "invoice_date") and refers_back(lines, index, match.start()):
        return None  # "Bezug: Rechnung ... Rechnungsdatum": the corrected invoice's
    if key in ("invoice_number", "invoice_date") and names_prior_bill(
        _before_in_cell(line, label, text, match), text[match.start() :]
    ):
        return None  # "Solde de votre précédente facture du ...": an earlier bill's (priorbill.py)
    if key == "invoice_date" and counts_from(_before_in_cell(line, label, text, match)):
        return None  # "30 days from invoice date, due ...": the terms' start
    if key == "invoice_date" and on_permit_line(lines, index, match.start()):
        return None  # "Authority to Print No. … | Date Issued: …" (printerpermit.py)
    if (
        key == "invoice_date"
        and rank > 0
        and names_item_columns(line)
        and not _dated_caption(line, label)
    ):
        return None  # "Date | Description | Hours": each item's date
    if key == "invoice_date" and rank == 1 and names_other_date(line, *match.span()):
        # "FECHA ALBARÁN", "Delivery Date": another document's date. A shop's "Order
        # Confirmation / Invoice" e-mail dates only the order, on the day it bills: its
        # date is the last resort, after every caption's and the letter's date.
        return ORDER_DATE_RANK if names_order_date(line, *match.span()) else None
    if (
        key == "invoice_date"
        and rank > 0
        and restates_other_date(_before_in_cell(line, label, text, match))
    ):
        return ORDER_DATE_RANK  # "Leistungsdatum entspricht dem Datum ..." (servicedate.py)
    if key == "invoice_date" and rank > 0 and _in_due_caption(line, *match.span()):
        return None  # "Date limite de paiement", "Due date": the due date's caption
    if key == "due_date" and announces_next_instalment(_before_in_cell(line, label, text, match)):
        return None  # "Ihr neuer Abschlag ... erstmals fällig am": no bill's (nextinstalment.py)
    if key == "due_date" and names_recurring_day(text[match.end() :]):
        return None  # "Fälligkeit jeweils zum 15. ..., erstmals am": a plan's (nextinstalment.py)
    if key == "due_date" and names_tax_deadline(text[match.end() :]):
        return None  # "Data de vencimento do ISS": the tax's deadline (taxdeadline.py)
    if key == "due_date" and origin_due_date(lines, index, match.start()):
        return None  # "Facture d'origine" over "Échéance facture": that invoice's (origindue.py)
    if key == "due_date" and ends_work_period(text[: match.start()], text[match.end() :]):
        return None  # "für die bis zum 30.04. erbrachten": the work's end (workdoneuntil.py)
    if key == "due_date" and _ON_OR_AFTER.match(match.group()):
        prior = lines[index - 1].text if index else ""
        if not _COLLECTION.search(f"{prior} {text[: match.start()]}"):
            return None  # "orders placed on or after 1 April": no payment's date
    if key == "tax_amount" and (
        _INCLUSIVE.search(text[: match.start()]) or _QUALIFIED.match(text[match.end() :])
    ):
        return None  # "Summe (inkl. USt.) 529,87": the amount holds the tax, is none
    if key == "amount_due" and payable_later(text[match.end() :]):
        return None  # "Restbetrag nach Montage: ...": a later payment's (laterpayment.py)
    if key in ("total_amount", "amount_due") and names_tip_included(text):
        return None  # "Gesamt inkl. Trinkgeld": the tip is no part of the bill (tips.py)
    if key in ("net_amount", "total_amount") and names_carried_sum(text):
        return None  # "Page subtotal carried forward 9,267.13": a page's sum (carrylines.py)
    if key in ("net_amount", "total_amount") and group_subtotal(lines, index, text, match.start()):
        return None  # "Subtotal Lighting" under "Lighting": one group's sum (groupsubtotals.py)
    if key == "tax_amount" and names_tax_category(line, label):
        return None  # "Umsatzsteuerkategorie | Umsatzsteuer, Normalsatz (S)" (taxcategory.py)
    if key == "tax_amount" and names_work_item(line, label):
        return None  # "Sales tax research, NH/MA nexus memo | 2.50 | 72.00" (taxworkitem.py)
    if key == "total_amount" and rank > 0 and names_tax_total(_cell_of(line, label)):
        return None  # "Moms totalt 988,97": the tax over every rate (taxtotalcaption.py)
    if key == "total_amount" and rank > 0 and _PAYMENT_WORDS.search(_cell_of(line, label)):
        rank += PROSE_RANK  # a generic caption naming a payment, not the total
    # Cash-discount clauses and captions in prose (amountcaptions.py).
    prior = lines[index - 1].text if index else ""
    judged = caption_rank(key, line, match.start(), match.end(), rank, prior)
    if judged is None:
        return None
    rank = judged
    if key == "invoice_number" and (
        _IN_PROSE.search(_before_in_cell(line, label, text, match) + " ")
        or _IN_REFERENCE.search(text[: match.start()])
    ):
        # "Bei Schriftwechsel bitte ... und Belegnummer 2018...": a number quoted
        # in a sentence yields to one a caption or the title names. Only the caption's own
        # cell is its sentence: a tagline in the next column ("Solutions de mesure
        # industrielle | Facture n° LM-2024/0217") leaves the caption standing alone.
        rank += PROSE_RANK
    if key == "invoice_number" and names_register(_before_in_cell(line, label, text, match)):
        return None  # "Resolución de Intendencia N° ...", "Cta. ... N°" (registernumber.py)
    if key == "invoice_number" and names_credited_invoice(lines, index, text, match):
        rank += PROSE_RANK  # a credit note's "Rechnung : ..." by its "Ref." (creditedinvoice.py)
    if key == "invoice_number" and quotes_credited_invoice(
        lines, _before_in_cell(line, label, text, match), match
    ):
        rank += PROSE_RANK  # a credit note's item "Frais factuur 24/10877" (creditedinvoice.py)
    if key == "invoice_date" and dates_credited_invoice(lines, match):
        rank += PROSE_RANK  # a credit note's "Invoice Date" by its "Date" (creditedinvoice.py)
    if (
        key == "invoice_number"
        and (_INSTALMENT.search(match.group()) or _INSTALMENT_HEADING.search(prior))
        and _COUNT.match(text[match.end() :])
    ):
        rank += PROSE_RANK  # the instalment's count, not the invoice's number
    return rank


def _dated_caption(line: Line, label: list[Word]) -> bool:
    """The caption's own date follows it ("Date | : 03/12/2024 | Km 7, Route de Rosso"): the
    line is a header field's, however its other column's words read as item captions ("Km",
    "Route"); an item table's header row holds captions, no date."""
    if not label or label[-1] not in line.words:
        return False
    after = line.words.index(label[-1]) + 1
    return read_date(line.words[after : after + _DATE_WORDS]) is not None


# The words a date beside its caption spans at most: ":", "3", "March", "2024".
_DATE_WORDS = 4


def _before_in_cell(line: Line, label: list[Word], text: str, match: re.Match[str]) -> str:
    """The words before a label in its cell; the line's text before it without a label."""
    cell = next((c for c in line.cells if label and label[0] in c.words), None)
    if cell is None:
        return text[: match.start()]
    return " ".join(w.text for w in cell.words[: cell.words.index(label[0])])


def _cell_of(line: Line, label: list[Word]) -> str:
    """The text of the cell a label starts in."""
    return next((c.text for c in line.cells if label and label[0] in c.words), line.text)


def _in_due_caption(line: Line, start: int, end: int) -> bool:
    """A date caption's words are part of a due date's caption in its cell ("Date limite de
    paiement"); "Date | Due Date", two cells, read "Date Due" across them is no such caption."""
    offset = 0
    for cell in line.cells:
        if offset <= start < offset + len(cell.text) + 1:
            return any(
                found.start() < end - offset and start - offset < found.end()
                for found in LABELS_BY_RANK["due_date"].finditer(cell.text)
            )
        offset += len(cell.text) + 1
    return False
