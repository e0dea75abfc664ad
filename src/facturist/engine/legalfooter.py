"""A page's legal footer line, read for the company it names: the name ends where the
line goes on with the share capital ("Ligne SA au capital de 1 000 €") or a new sentence
("Hartley Supplies Ltd. Registered in England and Wales No. ...")."""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM, SHARE_CAPITAL
from facturist.engine.partynames import names_by_form
from facturist.engine.receiptsentence import receipt_sentence

# A sentence break: a full stop, a space, a capital.
_SENTENCE_BREAK = re.compile(r"\.\s+(?=[A-ZÀ-Þ])")


# The footer's sentence going on after the name with what the company is ("Hartley Pryce LLP
# is a limited liability partnership registered in ...", "ACME Ltd is authorised and
# regulated by ...", "... GmbH ist im Handelsregister ...", "... SAS est immatriculée ...").
_IS_A = re.compile(
    r"\s+(?:is|ist|est|è|es)\s+(?:an?|ein[e]?|une?|una|een|registered|authorised|authorized"
    r"|regulated|incorporated|eingetragen|im\b|immatricul[ée]e?|iscritta|inscrita)\b",
    re.IGNORECASE,
)
# A brand's footer naming the company that runs it: "Hôtel des Remparts est exploité par SAS
# Remparts Hôtellerie au capital de ...", "The Mill Inn is operated by Mill Taverns Ltd", de
# "... wird betrieben von ...": the company after the verb is the one the footer registers.
_OPERATED_BY = re.compile(
    r"\s+(?:(?:est|sont)\s+(?:exploit|g[ée]r)[ée]e?s?\s+par"
    r"|is\s+(?:operated|run|owned|managed)\s+by|wird\s+betrieben\s+von"
    r"|(?:è|viene)\s+gestit[oa]\s+da|es\s+(?:explotad|gestionad)[oa]\s+por)\s+",
    re.IGNORECASE,
)
# A word glued to a dash that a space follows ("AS- Heggstadmoen"), no hyphen inside a word.
_FORM_DASH = re.compile(r"(?<=\s)(\S+)[-–—]\s")


def footer_name_part(part: str) -> str:
    """The piece of a footer's part up to where its company name ends: before the share
    capital, or at the first full stop after a legal form; else the part as it is."""
    capital = SHARE_CAPITAL.search(part)
    if capital is not None and LEGAL_FORM.search(part[: capital.start()]):
        return _operator(part[: capital.start()].rstrip())
    for verb in _IS_A.finditer(part):
        # "Hartley Pryce LLP is a ...": the name ends at its form before the verb.
        head = part[: verb.start()]
        if head.split() and LEGAL_FORM.fullmatch(head.split()[-1].rstrip(".")):
            return head
    for glued in _FORM_DASH.finditer(part):
        # "Fjordkjøkken Engros AS- Heggstadmoen 8": OCR glued the dash to the legal form.
        head = part[: glued.end(1)]
        if LEGAL_FORM.fullmatch(glued.group(1)) is not None or names_by_form(head):
            return head
    for stop in _SENTENCE_BREAK.finditer(part):
        head = part[: stop.start() + 1]
        last = head.split()[-1] if head.split() else ""
        after = part[stop.end() :].split()
        if LEGAL_FORM.fullmatch(last) is None or last.casefold() == "co.":
            continue  # "Smith & Co. Ltd": the name goes on
        if after and LEGAL_FORM.fullmatch(after[0]):
            continue
        # "Ltd." ends its sentence: the name is "... Ltd"; "S.A." keeps its dots.
        return head if "." in last[:-1] else head[:-1]
    return part


def after_sentence(piece: str) -> str:
    """The piece after a sentence that a wrapped footer line closes before the name ("nel Suo
    cassetto fiscale. Ferrovie Tirreniche S.p.A."): a full stop after a lower-case word of
    four letters or more, with two words or more before it, ends that sentence; a name's own
    abbreviations ("Gebr.", "Co.", "dott.") hold fewer letters or stand closer to its start."""
    kept = piece
    for stop in _SENTENCE_BREAK.finditer(piece):
        words = piece[: stop.start()].split()
        last = words[-1] if words else ""
        if len(words) >= 3 and len(last) >= 4 and last.isalpha() and last.islower():
            kept = piece[stop.end() :]
    return kept


def _operator(head: str) -> str:
    """The company a brand's footer names as its operator, where the name after the verb
    has its legal form; else the head as it is."""
    verb = _OPERATED_BY.search(head)
    if verb is None:
        return head
    company = head[verb.end() :].strip()
    return company if LEGAL_FORM.search(company) else head


# Small words a company's name may hold in lower case ("Verdi Marco & C.", "Lefèvre & Fils",
# "Gesellschaft für Informatik mbH").
_NAME_PARTICLES = frozenset(
    [
        "de",
        "di",
        "da",
        "do",
        "del",
        "della",
        "dei",
        "des",
        "du",
        "dos",
        "das",
        "la",
        "le",
        "les",
        "lo",
        "van",
        "von",
        "der",
        "den",
        "het",
        "zu",
        "zum",
        "zur",
        "für",
        "y",
        "e",
        "et",
        "und",
        "and",
        "of",
        "en",
        "&",
    ]
)
# A legal notice's opening ("De conformidad con ...", "Ai sensi del ...", "Conformément à
# ...", "In accordance with ...", "Gemäß ...").
_NOTICE_OPENING = re.compile(
    r"^(?:de conformidad|en cumplimiento|conforme a|ai sensi|in conformit[àa]|conform[ée]ment"
    r"|en application|in accordance|pursuant to|gem[äa][ßs]|in overeenstemming|nos termos)\b",
    re.IGNORECASE,
)


def is_sentence(text: str) -> bool:
    """A notice's sentence ("En cumplimiento del RGPD le informamos de que sus datos ..."), no
    company's name: a legal notice's opening, or four lower-case words besides a name's small
    words and its legal form."""
    if _NOTICE_OPENING.match(text.strip()) or receipt_sentence(text):
        return True  # ... or a receipt's "RECEBEMOS DE ACME LTDA. OS PRODUTOS ..."
    lower = [
        w
        for w in text.split()
        if w[:1].islower()
        and w.casefold().strip(",.") not in _NAME_PARTICLES
        and LEGAL_FORM.fullmatch(w.strip(",")) is None
    ]
    return len(lower) >= 4
