"""The due date of payment terms that offer a cash discount for early payment.

Terms in a sentence often name two dates: the last day for the discount and the last day to
pay the full amount ("Zahlbar innerhalb von 7 Tagen mit 2 % Skonto oder bis zum 05.06.2025
ohne Abzug", "2 % Skonto bei Zahlung bis 12.06.2025, zahlbar ohne Abzug bis 02.07.2025",
"innert 10 Tagen (bis 05.05.2025) mit 2 % Skonto, oder innert 30 Tagen netto (bis
25.05.2025)", "escompte 2 % avant le 10/05/2025, net sans escompte au 30/05/2025"). The
invoice falls due on the net date; the discount's date is an offer, no due date.

The sentence is cut into clauses at commas, semicolons and "oder" / "or" / "ou" outside
brackets; each date is the net date or the discount's by the nearest of the clause's words
that say which ("ohne Abzug", "netto", "net", "sans escompte" / "Skonto", "2 %").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facturist.engine.candidates import Candidate
from facturist.engine.dateread import read_date
from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.wordspace import one_space

# "Skonto" opening a word (or after a linking "s": "Zahlungsskonto"), never the "skonto" inside
# "Geschäftskonto" or "Gehaltskonto", the account a sentence asks to pay into.
_SKONTO = r"(?:(?<![^\W\d_])|(?<=s))skonto"
# A sentence about paying: only its dates are read. OCR misreads the "l" of "Zahlbar" ("Zahibar");
# "ohne Abzug" names the full amount to pay on its own.
_PAYMENT = re.compile(
    rf"zah[li1]bar|zahlung|{_SKONTO}|ohne\s+abzug|konditionen|payable|payment|\bpay\b|\bterms\b|paiement|payer"
    r"|r[ée]gler|r[èe]glement|escompte|pagamento|pagabile|pagare|sconto|\bpago\b|pagar"
    r"|pagadero|descuento|betaling|betalen|betaalbaar|korting|p[łl]atno|p[łl]atne",
    re.IGNORECASE,
)
# The strings one of which every sentence about paying holds: most lines hold none, and this
# test is cheaper than the pattern's scan, run on every line (labelfilter.py).
_PAYMENT_NEEDED = needed_strings(_PAYMENT)
# Words of a clause that name the full amount: its date is the due date.
_NET = re.compile(
    r"ohne\s+(?:jeden\s+|jeglichen\s+)?(?:skonto)?abzug|\bnet(?:to|o)?\b|sans\s+escompte"
    r"|senza\s+sconto|sin\s+descuento|zonder\s+korting|without\s+(?:any\s+)?(?:deduction|discount)"
    # (Not a payment made: "Paid in full by Mastercard ... on 02 Apr 2024".)
    r"|(?<!paid\s)(?<!settled\s)\bin\s+full\b|\bno\s+discount|sem\s+desconto|bez\s+(?:potr[aą]ce[nń]|skonta|rabatu)",
    re.IGNORECASE,
)
# Words of a clause that name the discount: its date is the discount's last day.
_DISCOUNT = re.compile(
    rf"{_SKONTO}|escompte|sconto|descuento|desconto|korting|discount|rabat|abz[üu]glich"
    r"|\d\s*%",
    re.IGNORECASE,
)
# A count of days ("30 jours", "14 Tage", "30 days"): terms with no word of either kind name
# the full amount's period, so a date restating them ("30 jours date de facture, soit le
# 26/06/2015") is the net date.
_DAY_COUNT = re.compile(
    r"\b\d{1,3}\s*(?:jours?|days?|tage?n?|dagen|dage|dager|giorni|d[ií]as|dias|dni)\b",
    re.IGNORECASE,
)
# A clause restating the one before it: "soit le", "d. h. bis", "i.e. by", "c'est-à-dire le".
_RESTATING = re.compile(
    r"^(?:soit|d\.|dh\.?|i\.e\.,?|ie|c'est-[àa]-dire|cio[èe])$",
    re.IGNORECASE,
)
# "oder", "or", "ou", "o", "of": the next clause begins.
_OR = re.compile(r"^(?:oder|or|ou|o|of|bzw\.?|sonst|otherwise|sinon|altrimenti)$", re.IGNORECASE)
# A word closing a sentence: letters and a full stop ("Abzug."), no number or abbreviation.
_SENTENCE_END = re.compile(r"^[^\W\d_]{3,}\.$")
# Rank of a net date read from terms: with the prose captions, after every field caption.
_NET_RANK = 1


@dataclass
class _Dated:
    value: Value
    start: int  # index of the date's first word in the sentence
    end: int  # one past its last word


def with_net_due_dates(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each terms sentence's net date added as a due date, and the
    prose due dates that are a discount's last day dropped."""
    nets: list[Value] = []
    offers: set[object] = set()
    # Offers of terms that name a net date too: even a due-date caption's date yields there
    # ("Zahlbar bis 13.06.2024 mit 2 % Skonto oder bis 03.07.2024 rein netto").
    replaced: set[object] = set()
    used: set[int] = set()
    previous = -1  # the last line of the last terms sentence read
    # Whether each line may hold a payment word, read once a line (labelfilter.py): a
    # sentence is the words of its line and of at most two lines under it, and the strings
    # one of which a payment word needs hold no space, so a sentence none of whose lines
    # may hold one holds no payment word (the cheap test before the sentence is gathered).
    payment = [may_hold(_PAYMENT_NEEDED, folded(line.text)) for line in lines]
    for index in range(len(lines)):
        if index in used:
            continue
        # One tier a line ("bis 14.12.2024 abzgl. 1 % Skonto: …" over "bis 13.01.2025 netto:
        # …"): a line going on under terms belongs to them without a payment word of its own.
        tier = index == previous + 1 and _wraps_onto(lines[previous], lines[index], [])
        if not tier and not any(payment[index : index + 3]):
            continue
        words, taken = _sentence(lines, index)
        if not tier and not _about_payment(" ".join(w.text for w in words)):
            continue
        used.update(taken)
        previous = taken[-1]
        cells = {id(cell.words[0]) for i in taken for cell in lines[i].cells[1:]}
        clauses = _clauses(words, cells)
        found = [
            pair
            for at, clause in enumerate(clauses)
            for pair in _classified(clause, clauses[at - 1] if at else [])
        ]
        named = [dated.value for dated, kind in found if kind == "net"]
        discounts = {dated.value.boxes[0] for dated, kind in found if kind == "discount"}
        nets.extend(named)
        offers.update(discounts)
        if named:
            replaced.update(discounts)
    if not nets and not offers:
        return candidates
    out, order = [], max((c.order for c in candidates), default=0) + 1
    for candidate in candidates:
        box = candidate.value.boxes[0] if candidate.value.boxes else None
        offer = box in offers if candidate.rank > 0 else box in replaced
        if candidate.key == "due_date" and box is not None and offer:
            order = min(order, candidate.order)
            continue
        out.append(candidate)
    out.extend(Candidate("due_date", value, _NET_RANK, order) for value in nets[:1])
    return out


def _about_payment(text: str) -> bool:
    return may_hold(_PAYMENT_NEEDED, folded(text)) and _PAYMENT.search(text) is not None


def _sentence(lines: list[Line], index: int) -> tuple[list[Word], list[int]]:
    """A line's words and those of the lines its sentence wraps onto (left-aligned, close
    under it), with the indices of the lines taken."""
    line = lines[index]
    words, taken = list(line.words), [index]
    lefts = _left_edges(line)
    for below in lines[index + 1 : index + 3]:
        if not _wraps_onto(lines[taken[-1]], below, lefts):
            break
        words.extend(below.words)
        taken.append(taken[-1] + 1)
    return words, taken


def _wraps_onto(last: Line, below: Line, lefts: list[float]) -> bool:
    """Whether the text of `last` goes on in `below`: no full stop ends it, and `below` sits
    close under it on the same page, starting at one of `lefts` (`last`'s own start if none)."""
    starts = lefts or [last.words[0].box.x0]
    return (
        not last.text.rstrip().endswith(".")
        and below.page == last.page
        and below.y0 - last.y1 <= last.height
        and any(abs(below.words[0].box.x0 - left) <= 3 for left in starts)
    )


def _left_edges(line: Line) -> list[float]:
    """Where the lines a sentence wraps onto start: under its first word, or under the word
    after its caption ("Zahlungsbedingung: bis 06.05.2024 …" over "bis 26.05.2024 netto
    Kasse.", the terms indented under their first word)."""
    words = line.words
    if len(words) > 1 and words[0].text.endswith(":"):
        return [words[0].box.x0, words[1].box.x0]
    return [words[0].box.x0]


def _clauses(words: list[Word], cells: set[int]) -> list[list[Word]]:
    """The sentence cut at commas, semicolons, "oder" and full stops outside brackets, and
    where a new cell begins ("Datum 02.06.2025 | Zahlungsziel 30 Tage netto": two fields)."""
    clauses: list[list[Word]] = [[]]
    depth = 0
    for word in words:
        # A monospaced line parts each word into a cell; one space apart, the clause goes on.
        if id(word) in cells and clauses[-1] and not one_space(clauses[-1][-1], word):
            clauses.append([])
            depth = 0
        elif depth == 0 and _OR.match(word.text) and clauses[-1]:
            clauses.append([])
        clauses[-1].append(word)
        depth = max(0, depth + word.text.count("(") - word.text.count(")"))
        # "soit le 26/06/2015. Escompte 1 % ...": a date closing a sentence ends its clause.
        closing = (
            word.text.endswith((",", ";"))
            or _SENTENCE_END.match(word.text) is not None
            or _DATE_END.fullmatch(word.text) is not None
        )
        if depth == 0 and closing:
            clauses.append([])
    return [clause for clause in clauses if clause]


def _classified(clause: list[Word], before: list[Word]) -> list[tuple[_Dated, str | None]]:
    """Each date of a clause with "net", "discount" or None by the nearest word saying which.
    A clause restating the one before ("..., soit le 26/06/2015") reads that one's words too."""
    dates = _dates(clause)
    if not dates:
        return []
    restates = bool(before) and _RESTATING.match(clause[0].text) is not None
    lead = before if restates else []
    if lead:
        dates = [_Dated(d.value, d.start + len(lead), d.end + len(lead)) for d in dates]
    text, starts = "", []
    for word in [*lead, *clause]:
        starts.append(len(text))
        text += word.text + " "
    cues: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("net", _NET), ("discount", _DISCOUNT)):
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue  # "sans escompte": the net words hold the discount's
            taken.append(match.span())
            at = max(i for i, s in enumerate(starts) if s <= match.start())
            cues.append((at, kind))
    if not cues and restates and _DAY_COUNT.search(text):
        return [(dated, "net") for dated in dates]  # "30 jours ..., soit le 26/06/2015"
    out: list[tuple[_Dated, str | None]] = []
    for dated in dates:
        # Net before discount on a tie: "bis 16.05.2025 netto" with "2 %" as far the other way.
        ranked = sorted(cues, key=lambda cue: (_distance(dated, cue[0]), cue[1] != "net"))
        out.append((dated, ranked[0][1] if ranked else None))
    return out


def _distance(dated: _Dated, at: int) -> int:
    if at < dated.start:
        return dated.start - at
    return max(0, at - dated.end + 1)


def _dates(words: list[Word]) -> list[_Dated]:
    """The dates in words, each opening at its word ("(bis 05.05.2025)" reads the date),
    less those of a period ("Leistungszeitraum: 02.09.2024 – 15.11.2024"): its end is no
    day to pay by, however close the terms that follow it."""
    out: list[_Dated] = []
    start = 0
    while start < len(words):
        dated = read_date(words[start : start + 5])
        if dated is not None and dated.boxes[0] == words[start].box:
            end = start + len(dated.boxes)
            out.append(_Dated(dated, start, end))
            start = end
        else:
            start += 1
    return [
        d
        for d in out
        if not _dashed(words, d.start)
        and not _dashed(words, d.end, after=True)
        and not _event_dated(words, d.start)
    ]


# "Abschlagszahlung vom 14.02.2025", "payment dated 3 May 2025": the day of a payment made or
# a document, no day to pay by.
_EVENT_DATED = re.compile(r"^(?:vom|dated|datiert|datée?s?)$", re.IGNORECASE)


def _event_dated(words: list[Word], at: int) -> bool:
    return at > 0 and _EVENT_DATED.match(words[at - 1].text) is not None


def _dashed(words: list[Word], at: int, *, after: bool = False) -> bool:
    """A dash and a date between words[at - 1] and the date before it (after=True: between
    words[at] and the date after it): the date is one end of a period."""
    near = words[at : at + 2] if after else words[max(0, at - 2) : at][::-1]
    if not near:
        return False
    first = near[0].text
    if first in _DASHES:
        return len(near) > 1 and _is_date(near[1].text)
    stripped = first.lstrip(_DASHES) if after else first.rstrip(_DASHES)
    return stripped != first and _is_date(stripped)


def _is_date(text: str) -> bool:
    return _NUMERIC_DATE.fullmatch(text) is not None


# A dash joining a period's two dates, alone or on one of them ("02.09.2024-").
_DASHES = "-\u2013\u2014"
_NUMERIC_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
# A numeric date with the sentence's full stop: "26/06/2015.", "02.07.2025.".
_DATE_END = re.compile(r"\d{1,4}([/\-])\d{1,2}\1\d{2,4}\.|\d{1,2}\.\d{1,2}\.\d{2,4}\.")


__all__ = ["with_net_due_dates"]
