"""How far an amount caption is to be trusted, judged from the words around it.

A totals block prints its captions alone ("Te betalen | EUR 744,11"); the same words inside
a sentence ("Gelieve het totaalbedrag te betalen vóór 21/07/2024 ...") or naming what is due
after an optional cash discount ("mit 2 % Skonto (..., zu zahlen 2.485,76 EUR)") are weaker
or name another sum. Used by fields.find_candidates and fields.read_amount.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.legalforms import SHARE_CAPITAL
from facturist.engine.model import Word
from facturist.engine.nonvatlevies import names_non_vat_charge
from facturist.engine.termsclause import CLAUSE_RANK, deep_in_clause
from facturist.engine.wordspace import run_before

# Rank added to an amount caption inside a sentence: after every totals-block caption.
PROSE_RANK = 20

# An optional cash discount for early payment: the sum it leaves is no amount due.
_CASH_DISCOUNT = re.compile(
    r"skonto|cash discount|early[\s\-]payment discount|prompt[\s\-]payment discount|escompte"
    r"|pronto pago|pronto pagamento|sconto (?:cassa|per pagamento)|betalingskorting"
    r"|korting bij (?:contante|snelle|tijdige) betaling|rabat za wcze[śs]niejsz"
    # Belgian and Dutch terms' "kredietbeperking": the discount for paying within days.
    r"|kredietbeperking",
    re.IGNORECASE,
)
# A line closing on a bare figure, its sign spaced off or not ("- 60,56", "-60,56 €"), its
# currency's sign or code after it ("124,90 TL").
_ROW_FIGURE = re.compile(
    r"[-\u2212]?\s?\d[\d.,'\u00a0\u202f ]*[.,]\d{2}\s*(?:€|eur|[₺₹$£]|(?-i:[A-Z]{2,3}))?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
_FIGURE = re.compile(r"\d[\d.,'\u00a0]*[.,]\d{2}\b")
# A lowercase word: a sentence's article, verb or preposition around a caption.
_LOWER_BEFORE = re.compile(r"(?:^|\s)[a-zäöüßàâçéèêëîïôûùáíóúñ]{2,}\s+$")
_LOWER_AFTER = re.compile(r"^\w*\s+[a-zäöüßàâçéèêëîïôûùáíóúñ]{2,}\b")
# What may stand before a tax caption in its own cell without making it a sentence: the
# surcharge word and the rate ("zzgl. 19 % USt.", "zuzüglich 20 % USt.", "plus 7 % VAT").
# A VAT key may open the line ("A = 7,00 % USt. aus 1.707,74 | 119,54"), as older German
# accounting programs mark each item's rate with a letter.
_RATE_PREFIX = re.compile(
    r"^(?:[A-Z0-9]\s?[=:]\s*)?"
    r"(?:(?:zzgl|zuzgl|zuz[üu]gl(?:ich)?|plus|add|\+|davon|dont|hiervan|di cui|w tym)\.?\s*)?"
    r"\d{1,2}(?:[.,]\d{1,2})?\s*%$",
    re.IGNORECASE,
)
# A tax caption that heads a rate column ("%IVA", "VAT %", "Aliquota IVA", "Tax rate") or
# titles a breakdown ("Quadro resumo do IVA", "Riepilogo IVA", "VAT summary"): no amount.
_TAX_RATE_CAPTION = re.compile(
    r"^\W*%|%\W*$|\b(?:rate|satz|taux|tasa|aliquota|tarief|stawka|sazba|sats)\b|steuersatz",
    re.IGNORECASE,
)
_TAX_SUMMARY = re.compile(
    r"\b(?:quadro|resumo|riepilogo|castelletto|cuadro|desglose|resumen|summary|analysis"
    r"|breakdown|r[ée]capitulatif|rekapitulace|erittely|spezifikation|aufschl[üu]sselung"
    r"|[üu]bersicht|specificatie|zestawienie|overzicht)\b",
    re.IGNORECASE,
)
# A sentence's lowercase word right before a caption, however short ("sujeita à incidência"),
# after at least one word more.
_SENTENCE_BEFORE = re.compile(r"\S\s+[a-zäöüßàâãçéèêëîïôõûùáíóúñ]+\s+$")
# Payment terms: "14 pv netto", "30 days net", "30 Tage netto" name no net amount.
_TERMS_BEFORE = re.compile(
    r"\d+\s*(?:pv|p[äa]iv[äa][äa]|days?|tage?n?|dagen|dage|dager|dni|jours|d[ií]as|dias"
    r"|giorni)\.?\s*$",
    re.IGNORECASE,
)
# A caption of one item's value under its row ("Positionswert netto", SAP's condition lines):
# the position's net, never the document's.
_POSITION_VALUE = re.compile(
    r"\b(?:positions?|pos\.?|zeilen|artikel)[\s\-]*(?:wert|betrag)\s*$"
    r"|\b(?:item|line|position)\s+(?:value|amount)\s*$",
    re.IGNORECASE,
)
# "Net price" (EN 16931's item net price, BT-146), "Net unit price", "Net weight": one unit's
# price or a shipment's weight, never the document's net.
_NET_OF_UNIT = re.compile(r"^\s*(?:unit\s+)?(?:price|weight|wt\b)", re.IGNORECASE)
# it "Netto a pagare", es "Neto a pagar", fr "Net à payer": what is left to pay (after a
# withholding, a deposit), the sum due, never the base before the tax.
_NET_TO_PAY = re.compile(r"^\s*[àa]\s+(?:pagare?|payer)\b", re.IGNORECASE)
# "Line total", "Line amount", "Line net amount" (EN 16931's BT-131, and BT-106 "Sum of line
# net amounts" in a viewer's totals block): one line's or all lines' net, never the gross.
_OF_LINES = re.compile(r"\bline(?:\s+net)?\s+$", re.IGNORECASE)
# A lowercase word right after a tax caption: the noun it qualifies ("tax lien", "tax return").
_DESCRIPTION_WORD = re.compile(r"^\s+[a-zäöüßàâçéèêëîïôûùáíóúñ]{3,}\b")
# A tax on a ticket that is no VAT ("German air passenger tax", "Airport tax", "Departure tax"):
# the state's or the airport's levy per passenger, passed on in the price.
LEVY = re.compile(
    r"\b(?:passenger|departure|airport|embarkation|aviation)\s+(?:tax|duty|levy)\b",
    re.IGNORECASE,
)
# Stamp duty, a fixed charge outside the VAT base ("Rivalsa bollo 2,00", "Marca da bollo",
# "Imposta di bollo", "Imposto do Selo", "Stamp duty"): added after the tax, never the tax.
STAMP_DUTY = re.compile(
    r"\b(?:(?:rivalsa|spese|marca|imposta|addebito|recupero)\s+(?:(?:di|da|per)\s+)?bollo"
    r"|bollo\b|imposto\s+(?:do|de)\s+selo"
    r"|stamp\s+duty|droits?\s+de\s+timbre|timbre\s+fiscal)",
    re.IGNORECASE,
)
# A tax word joined to another sum before it ("Total Fees and VAT", "Fees & VAT", "Net + VAT"):
# an Irish or UK solicitor's fee note captions the fee plus its VAT so, a gross, no tax.
_JOINED_TAX = re.compile(r"[^\W\d]{2,}\.?\s*(?:\band|&|\+|\bplus)\s*$", re.IGNORECASE)
# Italy's VAT number caption ("P. IVA 09182736455", "P.IVA", "Partita IVA"): IVA there names
# the seller's number in the letterhead or footer, never a tax amount.
_VAT_NUMBER_HEAD = re.compile(r"(?:\bp\.?|\bpartita)\s*$", re.IGNORECASE)
_AMOUNT_KEYS = frozenset({"total_amount", "amount_due", "net_amount", "tax_amount"})
# How many words besides the caption make its cell a description rather than a caption.
_DESCRIPTION_WORDS = 4
# An IBAN printed in groups of four ("BE35 7370 4512 3837"): its groups are never amounts.
_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}")
_IBAN_GROUP = re.compile(r"[A-Z0-9]{4}")
_IBAN_TAIL = re.compile(r"[A-Z0-9]{1,4}")


def caption_rank(
    key: str, line: Line, start: int, end: int, rank: int, prior: str = ""
) -> int | None:
    """The rank of an amount caption found at line.text[start:end], or None to drop it.

    A total or amount due quoted in a cash-discount clause is the discounted sum; one inside
    running prose (a lowercase word before and after it) yields to a totals-block caption,
    and so does a bare tax word inside an item's description. A caption a viewer marked
    with an invoice line's business term (Line.item_term) is that line's figure.
    """
    if line.item_term:
        return None  # "Preis pro Einheit (netto): 104,63 BT-146": one line's, no total
    if key in _AMOUNT_KEYS and SHARE_CAPITAL.search(_cell_around(line, start, end)[1]):
        return None  # "... - Capitale sociale € 50.000.000 i.v.": the share capital
    if key == "net_amount":
        before, after = _cell_around(line, start, end)
        # A discount's own row in the totals block ("Escompte 2 % | - 60,56") closes on its
        # figure: the "Net HT" under it is the base after the discount, not the clause's.
        clause = _in_discount_clause(before, after, "" if _ROW_FIGURE.search(prior) else prior)
        if _TERMS_BEFORE.search(before) or clause:
            return None  # "3 % Skonto auf den Warenwert = 93,63 EUR": the discount, no net
        if _POSITION_VALUE.search(before):
            return None  # "Positionswert netto 966,62": one item's value, no document net
        if _NET_OF_UNIT.match(after):
            return None  # "Net price 87.35": one unit's price, no document net
        if _NET_TO_PAY.match(after):
            return None  # "Netto a pagare 1.562,00": the sum due, no net
        if _SENTENCE_BEFORE.search(before) and _LOWER_AFTER.match(after):
            # "Operação não sujeita à incidência de ISS - ... (Súmula 31)": a legal note's
            # words, not the totals block's base; any figure after it yields to one.
            return rank + PROSE_RANK
        return rank
    if key == "tax_amount":
        before, after = _cell_around(line, start, end)
        caption = before + line.text[start:end] + _FIGURE.split(after, maxsplit=1)[0]
        if not re.search(r"\d", caption) and (
            _TAX_RATE_CAPTION.search(caption) or _TAX_SUMMARY.search(caption)
        ):
            return None
        if _VAT_NUMBER_HEAD.search(before):
            return None  # "P. IVA 09182736455": the VAT number's caption, no tax
        if LEVY.search(before + line.text[start:end]):
            return None
        if names_non_vat_charge(caption, line.text[end:]):  # the figure may be a cell on
            return None  # "Ortstaxe (keine USt) 24,00": a levy outside VAT (nonvatlevies.py)
        if _JOINED_TAX.search(before):
            return None  # "Total Fees and VAT 2,952.00": fee plus VAT, a gross
        if STAMP_DUTY.match(line.text[start:end] + after):
            return None  # "Imposta di bollo": stamp duty, no VAT
        return rank + PROSE_RANK if rank > 0 and _in_description(before, after) else rank
    if key not in ("total_amount", "amount_due"):
        return rank
    before, after = _cell_around(line, start, end)
    if _in_discount_clause(before, after, prior) or _discount_run(line, start):
        return None
    if _OF_LINES.search(before):
        return None  # "Line total 4936.60": the lines' net, not the invoice's total
    if _LOWER_BEFORE.search(before) and _LOWER_AFTER.match(after):
        # "... ainsi qu'une indemnité de 10 % du montant dû avec un minimum de" (termsclause.py)
        return rank + (CLAUSE_RANK if deep_in_clause(before, prior) else PROSE_RANK)
    return rank


def _in_discount_clause(before: str, after: str, prior: str) -> bool:
    """A caption inside a cash-discount clause, on its line or continuing the line above."""
    # "zu zahlen abzgl. Skonto 2.485,76": the clause up to the caption's figure, not beyond.
    up_to_figure = _FIGURE.split(after, maxsplit=1)[0]
    if _CASH_DISCOUNT.search(before + " " + up_to_figure):
        return True
    # "Bei Zahlung bis 30.05. gewähren wir 2 % Skonto (103,73 €)," over "Zahlbetrag dann
    # 5.082,53 €.": the sentence of the discount offer goes on into the caption's line.
    if _SENTENCE_END.search(prior) or _CASH_DISCOUNT.search(prior) is None:
        return False
    if not before.strip():
        return True
    # "... gewähren wir 2 % Skonto" over "(13,04 €), Zahlbetrag dann 639,08 €.": the offer's
    # own sentence, still unended before the caption, names the discounted sum.
    last = _SENTENCE_BREAK.split(prior)[-1]
    return _CASH_DISCOUNT.search(last) is not None and not _SENTENCE_BREAK.search(before)


def _discount_run(line: Line, start: int) -> bool:
    """A caption the discount clause runs on into across cells, as a monospaced line parts
    it ("abzgl. 2% Skonto = 101,91 EUR, | Zahlbetrag | 4.993,62 EUR"): the sum after it is
    what is left to pay with the discount."""
    return _CASH_DISCOUNT.search(run_before(line, start)) is not None


def _in_description(before: str, after: str) -> bool:
    """A tax word that goes on into a description ("UCC, tax lien and judgment searches"):
    a lowercase word follows it, and the cell holds more words than a caption does."""
    worded = [w for w in (before + " " + after).split() if any(ch.isalpha() for ch in w)]
    return _DESCRIPTION_WORD.match(after) is not None and len(worded) >= _DESCRIPTION_WORDS


def _cell_around(line: Line, start: int, end: int) -> tuple[str, str]:
    """The text of the caption's cell before the caption and after it."""
    offset = 0
    for cell in line.cells:
        length = len(cell.text)
        if offset <= start < offset + length + 1:
            return cell.text[: start - offset], cell.text[max(end - offset, 0) :]
        offset += length + 1
    return line.text[:start], line.text[end:]


def rate_before(words: list[Word]) -> bool:
    """The words before a tax caption in its cell are its rate ("zuzüglich 20 %")."""
    return bool(words) and _RATE_PREFIX.match(" ".join(w.text for w in words)) is not None


def in_iban(words: list[Word], index: int) -> bool:
    """The word at `index` is a group of an IBAN printed in blocks of four characters."""
    text = words[index].text.rstrip(".,;)")
    if not _IBAN_TAIL.fullmatch(text):
        return False
    if index > 0 and _IBAN_HEAD.fullmatch(words[index - 1].text):
        return _IBAN_GROUP.fullmatch(text) is not None  # the first group is always four long
    for word in reversed(words[max(0, index - 8) : index]):
        if _IBAN_HEAD.fullmatch(word.text):
            return True
        if not _IBAN_GROUP.fullmatch(word.text):
            return False
    return False
