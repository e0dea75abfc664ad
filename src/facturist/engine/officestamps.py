"""The words a recipient's office stamps on a bill it handled: received, paid, booked ("REÇU",
"EINGEGANGEN", "BEZAHLT", "GEBUCHT", "RECEIVED", "ONTVANGEN", "ZAPLACENO"), often turned a few
degrees, coloured or in a display face, perhaps with the day ("REÇU 14 FÉV. 2025", "Eingang
12.12.2024", "Received on 3 March 2025"). A stamp set over a party's box or between the blocks
stands where a name goes, but says how the copy was handled and never names anyone."""

from __future__ import annotations

import re

from facturist.engine.model import Word

# The stamp's words, in the languages of Europe and the Americas: received ...
_RECEIVED = (
    r"received|re[çc]ue?|eingegangen|eingang|erhalten|empfangen|ontvangen|ricevut[oa]"
    r"|recibid[oa]|recebid[oa]|mottagen|mottaget|modtaget|mottatt|vastaanotettu|otrzymano"
    r"|p[řr]ijato|primljeno|prejeto|be[ée]rkezett|primit|gautas|sa[ņn]emts|saadud"
)
# ... paid ...
_PAID = (
    r"paid|bezahlt|beglichen|pay[ée]e?|acquitt[ée]e?|r[ée]gl[ée]e?|betaald|voldaan"
    r"|pagat[oa]|pagad[oa]|betalt|betald|maksettu|zaplaceno|zaplaten[ée]|zap[łl]acono"
    r"|(?:ki)?fizetve|achitat|pl[ăa]tit|pla[ćčc]eno|apmaks[āa]ts|apmok[ėe]ta|makstud"
)
# ... booked or entered.
_BOOKED = (
    r"booked|posted|entered|gebucht|verbucht|erfasst|comptabilis[ée]e?|geboekt"
    r"|registrat[oa]|contabilizzat[oa]|contabilizad[oa]|bokf[öo]rd|bokf[øo]rt|bogf[øo]rt"
    r"|kirjattu|zaksi[ęe]gowano|za[úu][čc]tov[áa]no|k[öo]nyvelve"
)
# A stamp's word opening the text, a payment's "Payment received" / "Zahlung erhalten" too;
# "rec'd" and "saisi(e)" name no party either, but are never dropped from the page.
_STAMP_WORD = re.compile(
    r"^\W*(?:(?:payment|zahlung|paiement|betaling|pagamento|pago)\s+)?"
    rf"(?:{_RECEIVED}|rec'?d|{_PAID}|{_BOOKED}|saisie?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# What may follow the word on the stamp: "on", "am", "le", "op", "il", "el", "em", "den",
# "dnia" before the day.
_ON = frozenset({"on", "am", "le", "op", "il", "el", "em", "den", "dnia", "dne", "the"})
# The day's pieces: figures and punctuation ("14.03.2025", "12/02/25")...
_FIGURES = re.compile(r"[\d\W_]+")
# ... and one month's name or abbreviation ("FÉV.", "Dez", "March").
_MONTH = re.compile(r"[^\W\d_]{3,9}\.?")


def office_stamp(text: str) -> bool:
    """The text is a received, paid or booked stamp, alone or with the day it was set."""
    match = _STAMP_WORD.match(text)
    if match is None:
        return False
    rest = text[match.end() :].split()
    if rest and rest[0].casefold() in _ON:
        rest = rest[1:]
    months = [piece for piece in rest if not _FIGURES.fullmatch(piece)]
    if not months:
        return True  # "BEZAHLT", "EINGANG 12.12.2024"
    # A month's name only with the day's figures: "14 FÉV. 2025", never "Paid Services Ltd".
    return len(months) == 1 and len(rest) > 1 and _MONTH.fullmatch(months[0]) is not None


# A received or booked stamp's word standing alone (a paid stamp is left on the page: it
# settles the amount due, paidstatus.paid_stamp).
_HANDLED_WORD = re.compile(rf"^\W*(?:{_RECEIVED}|{_BOOKED})\W*$", re.IGNORECASE)
# A stamp is inked in a colour: its channels this far apart (black and greys are print).
_INK_SPREAD = 60
# The day set with the stamp, in its ink, within this many of the stamp word's heights
# above or below it...
_DAY_REACH = 2.5
# ... and pieces of a day: figures, a month's name ("14", "FÉV.", "2025", "12.03.2025").
_DAY_PIECE = re.compile(r"[\d\W_]+|[^\W\d_]{3,9}\.?")


def _inked(word: Word) -> bool:
    colour = word.colour
    return colour is not None and max(colour) - min(colour) > _INK_SPREAD


def without_office_stamps(words: list[Word]) -> list[Word]:
    """The page's words less a received or booked stamp inked in a colour ("REÇU" over "14
    FÉV. 2025", "EINGEGANGEN" over "12. DEZ. 2024"), its day with it: set over the customer's
    box, its words would join the lines it crosses ("Lindner Präzisionsteile EINGEGANGEN
    GmbH")."""
    stamps = [w for w in words if _inked(w) and _HANDLED_WORD.match(w.text)]
    if not stamps:
        return words
    # A word of a coloured sentence ("Anticipo recibido 12/02/2024: -600,00 €" typed in red
    # in a note) is no stamp: a stamp's word follows no word of its ink on its line.
    stamps = [stamp for stamp in stamps if not _in_sentence(stamp, words)]
    dropped: set[int] = set()
    for stamp in stamps:
        box, height = stamp.box, stamp.box.y1 - stamp.box.y0
        width = box.x1 - box.x0
        for at, word in enumerate(words):
            other = word.box
            if word is stamp or (
                word.colour == stamp.colour
                and other.page == box.page
                and other.x1 > box.x0 - width
                and other.x0 < box.x1 + width
                and other.y0 < box.y1 + _DAY_REACH * height
                and other.y1 > box.y0 - _DAY_REACH * height
                and _DAY_PIECE.fullmatch(word.text)
            ):
                dropped.add(at)
    return [word for at, word in enumerate(words) if at not in dropped]


# How far (in the stamp word's heights) the word before it in a sentence ends left of it.
_SENTENCE_GAP = 1.0
# Words a stamp's own text may start with ("Payment received", "Zahlung erhalten").
_STAMP_LEADS = frozenset({"payment", "zahlung", "paiement", "betaling", "pagamento", "pago"})


def _in_sentence(stamp: Word, words: list[Word]) -> bool:
    """Whether a word of the stamp word's ink ends just left of it on its line (a word space
    away), other than a stamp's own first word."""
    box = stamp.box
    height = box.y1 - box.y0
    middle = (box.y0 + box.y1) / 2
    return any(
        word is not stamp
        and word.colour == stamp.colour
        and word.box.page == box.page
        and word.box.y0 < middle < word.box.y1
        and 0 <= box.x0 - word.box.x1 <= _SENTENCE_GAP * height
        and word.text.casefold() not in _STAMP_LEADS
        for word in words
    )
