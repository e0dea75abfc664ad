"""A "bis zum" date that closes the work a bill covers is no due date.

A progress bill's intro reads "berechnen wir Ihnen für die bis zum 30.04.2024 erbrachten
Leistungen", a final bill "for services rendered until 31 March", a French one "travaux
réalisés jusqu'au 31/03/2025": the date ends the service period. The payment request under the
totals ("Bitte überweisen Sie den Betrag bis zum 27.05.2024") names the due date. A work-done
participle right beside the caption and its date marks the period's end, unless the clause
itself asks for payment ("Bitte zahlen Sie die erbrachten Leistungen bis zum ...").
"""

from __future__ import annotations

import re

# Participles of work done, delivered or used (de, en, fr, it, es, pt, nl), declined forms
# included by their stems.
_DONE = (
    r"(?:erbracht|geleistet|ausgef[üu]hrt|durchgef[üu]hrt|geliefert|angefallen|verbraucht"
    r"|performed|rendered|delivered|completed|carried out|provided|supplied|executed"
    r"|r[ée]alis[ée]|effectu[ée]|ex[ée]cut[ée]|livr[ée]|fourni|accompli"
    r"|eseguit|effettuat|svolt|fornit|consegnat|realizzat"
    r"|realizad|ejecutad|prestad|efectuad|entregad|suministrad|executad"
    r"|uitgevoerd|geleverd|verricht)\w*"
)
_DATE = r"\d{1,2}\.?\s?(?:\d{1,2}\.|[/\-]\d{1,2}[/\-]|\s?[a-zäéû]+\.?\s)\s?\d{2,4}"
# "bis zum 30.04.2024 (von uns) erbrachten": the participle right after the date.
_DONE_AFTER = re.compile(rf"^\W*{_DATE}\W*(?:\w+\s+){{0,2}}?{_DONE}\b", re.IGNORECASE)
# "Leistungen, ausgeführt bis zum", "travaux réalisés jusqu'au": right before the caption.
_DONE_BEFORE = re.compile(rf"\b{_DONE}\b\W*(?:\w+\W+){{0,2}}$", re.IGNORECASE)
# A clause asking for payment: its date is the payment's, whatever work it names.
_PAYMENT = re.compile(
    r"\b(?:zahl(?:en|bar|ung)|bezahl\w*|[üu]berweis\w*|begleich\w*"
    r"|pay\w*|remit\w*|settle\w*|transfer\w*"
    r"|r[ée]gl\w*|payer|payable|paiement|virement|r[èe]glement"
    r"|pag\w*|saldare|bonifico|abonar|transferencia"
    r"|beta+l\w*|overmak\w*|voldoen)\b",
    re.IGNORECASE,
)
# A sentence's end: a full stop after a word, not inside a date or a figure.
_SENTENCE_END = re.compile(r"(?<=[^\W\d])[.!?](?=\s|$)")


def ends_work_period(before: str, after: str) -> bool:
    """Whether a due-date caption ("bis zum") and the date after it close the work billed:
    a work-done participle beside them in a clause that asks for no payment. `before` and
    `after` are the line's text before and after the caption."""
    clause_start = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    head = before[clause_start:]
    tail = _SENTENCE_END.split(after, maxsplit=1)[0]
    if not (_DONE_AFTER.search(after) or _DONE_BEFORE.search(head)):
        return False
    return _PAYMENT.search(f"{head} {tail}") is None
