"""A letterhead's tagline: the line a firm sets right under its name, naming its trade.

Professional firms and freelancers print what they do under their name, in smaller print and
set with it (centred under a centred name, flush under a name set left): "Solicitors &
Notaries Public", "Chartered Surveyors", "Bilingual Technical Translation (EN/FR)". It is no
party's name (read as a block's first line over the letterhead's address, it looks like an
addressee's), and no line of the seller's address.

An addressee's block may name the contact's title and the company on one line ("Director,
Kestrel Biologics Limited", "Head of Finance, ACME Ltd"): the company is the buyer.
"""

from __future__ import annotations

import re
from statistics import median

from facturist.engine.layout import Cell, Line, line_holding, print_height
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import OWNER_LINE
from facturist.engine.taglinepiece import founding_tagline


def tagline_under_name(lines: list[Line], name: Value, found: Value) -> bool:
    """Whether `found` is the line right under the letterhead's `name`, set with it (centred,
    flush left or flush right) in print no larger, with no digit and no legal form: the
    firm's tagline, never the other party's name."""
    if not name.boxes or not found.boxes or LEGAL_FORM.search(str(found.value)):
        return False
    if any(ch.isdigit() for ch in str(found.value)):
        return False
    above = line_holding(lines, name.boxes[-1])
    below = line_holding(lines, found.boxes[0])
    if above is None or below != above + 1 or lines[below].page != lines[above].page:
        return False
    head, line = lines[above], lines[below]
    if line.y0 - head.y1 > 2 * head.height:
        return False
    boxes = [b for b in name.boxes if b.page == head.page and head.y0 - 1 <= b.y0 <= head.y1]
    if not boxes:
        return False
    left, right = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    named = max(b.y1 - b.y0 for b in boxes)
    cell = next((c for c in line.cells if any(w.box == found.boxes[0] for w in c.words)), None)
    if cell is None or print_height(cell) > named:
        return False
    return _set_with(cell, left, right)


def _set_with(cell: Cell, left: float, right: float) -> bool:
    """Centred under the name's span, or flush with its left or right edge."""
    size = print_height(cell)
    slack = max(6.0, 0.5 * size)
    centred = abs((cell.x0 + cell.x1) / 2 - (left + right) / 2) < slack
    return centred or abs(cell.x0 - left) < slack or abs(cell.x1 - right) < slack


def trade_tagline_off(taken: list[Cell], name_line: Line) -> list[Cell]:
    """A block under a letterhead's name without its first line when that line is a tagline
    naming the firm's trade ("Bilingual Technical Translation (EN/FR)" over "57 Glebe Ave" /
    "Ottawa, ON K1S 2C3"): words without a digit, a trade's word among them and no building's
    word, in print smaller than the name's, over a street and a town line."""
    if len(taken) < 3:
        return taken
    first = taken[0]
    # "Traduzioni e interpretariato EN / DE / IT": a list of trades may run past seven words.
    if not trade_tagline(first.text):
        return taken
    named = max((print_height(c) for c in name_line.cells), default=0.0)
    # Its words' typical height: a slash's or a bracket's glyph stands taller than letters.
    if median(w.box.y1 - w.box.y0 for w in first.words) > 0.8 * named:
        return taken  # the name's own size: a name's second line, no tagline
    return taken[1:]


def tagline_pieces_off(found: Value | None) -> Value | None:
    """A letterhead's one-line address without the tagline pieces that open it ("Traiteur
    depuis 1998, 3 place X, 59000 Lille" -> "3 place X, 59000 Lille"): a piece whose only
    digits are a founding year ("depuis 1998", "since 1988", "seit 1950"), or a trade's
    words without a digit, or a sole trader's owner ("Inh. Malin Lindqvist"), before a piece
    with the street's number."""
    if found is None or not isinstance(found.value, str):
        return found
    pieces = found.value.split(", ")
    dropped = 0
    while (
        len(pieces) - dropped > 2
        and any(ch.isdigit() for ch in pieces[dropped + 1])
        and (
            founding_tagline(pieces[dropped])
            or trade_tagline(pieces[dropped])
            or _owner(pieces[dropped])
        )
    ):
        dropped += 1
    dropped = dropped or _listed_trades(pieces)
    if not dropped:
        return found
    return Value(", ".join(pieces[dropped:]), found.text, found.boxes, found.confidence)


# One word a piece: "Reifen · Felgen · Achsvermessung · Einlagerung", the trades listed.
_LISTED_WORD = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*")
_LISTED_LEAST = 3


def _listed_trades(pieces: list[str]) -> int:
    """How many pieces opening a one-line address list the firm's trades, one word each and
    three at least, before the piece with the street's number and the town's after it ("Reifen,
    Felgen, Achsvermessung, Einlagerung, Am Stadtrand 55, 22047 Hamburg"); 0 where they do not."""
    street = next((i for i, p in enumerate(pieces) if any(ch.isdigit() for ch in p)), 0)
    if street < _LISTED_LEAST or len(pieces) - street < 2:
        return 0
    return street if all(_LISTED_WORD.fullmatch(p) for p in pieces[:street]) else 0


def trade_words_before_name(pieces: list[str]) -> list[str]:
    """A letterhead's one line split into its pieces, without the trade words that open it
    before the firm's legal-form name ("Farben", "Lacke", "Tapeten" before "Malerbedarf Wagner
    GmbH", "Landsberger Str. 302", "80687 München"): short pieces with neither a digit nor a
    legal form, then the one piece with the form (no owner's line), then a numbered street."""
    if len(pieces) < 4 or LEGAL_FORM.search(pieces[0]):
        return pieces
    for index, piece in enumerate(pieces[1:-1], start=1):
        head = pieces[index - 1]
        if _digit(head) or len(head.split()) > _TRADE_WORDS:
            return pieces  # an address's piece, or a sentence: no list of trades
        if LEGAL_FORM.search(piece):
            if _digit(piece) or not _digit(pieces[index + 1]) or _owner(piece):
                return pieces  # "Bioladen Sonnenblume · Inh. G. Schmiedl e.K.": the owner
            return pieces[index:]
    return pieces


def _digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# The most words one trade's piece takes ("Farben", "Bad & Sanitär", "Bois et dérivés").
_TRADE_WORDS = 3


def _owner(text: str) -> bool:
    """A sole trader's owner before the street ("Inh. Malin Lindqvist · Hohe Straße 88 · ..."):
    who owns the shop, no part of its address."""
    return OWNER_LINE.match(text) is not None and not any(ch.isdigit() for ch in text)


def trade_tagline(text: str) -> bool:
    """Whether a line is a letterhead's tagline naming the firm's trades in any language
    ("Électricité générale — Domotique — Bornes IRVE", "Sanitär · Heizung · Solar",
    "Chartered Surveyors"): words without a digit, a legal form or a building's word, a
    trade's word among them, seven words or fewer, or a list of pieces parted by dashes or
    dots."""
    # A sworn translator's register number in brackets ("(MAEC nº 7731)") is no house number.
    bare = _BRACKETED.sub("", text)
    if any(ch.isdigit() for ch in bare) or LEGAL_FORM.search(text) or _BUILDING.search(text):
        return False
    if not _TRADE.search(text):
        return False
    pieces = [p for p in _LIST_MARK.split(text) if p.strip()]
    return len(pieces) >= 2 or len(text.split()) <= 7


def name_over_tagline(lines: list[Line], cell: Cell) -> bool:
    """Whether the cell is a letterhead's name, the firm's trade tagline right under it, set
    with it in smaller print: a name, though it ends in a number like a street ("ÉLEC'TRIC
    33")."""
    index = next((i for i, ln in enumerate(lines) if any(c is cell for c in ln.cells)), None)
    if index is None or index + 1 >= len(lines):
        return False
    head, under = lines[index], lines[index + 1]
    if under.page != head.page or under.y0 - head.y1 > 2 * head.height:
        return False
    size = print_height(cell)
    return any(
        trade_tagline(other.text)
        and print_height(other) < 0.8 * size
        and _set_with(other, cell.x0, cell.x1)
        for other in under.cells
    )


def company_after_title(text: str) -> str | None:
    """The company a "Title, Company" line names after the contact's title ("Director,
    Kestrel Biologics Limited" -> "Kestrel Biologics Limited"), else None."""
    head, comma, rest = text.partition(",")
    rest = rest.strip()
    if not comma or not _TITLE.fullmatch(head.strip()) or LEGAL_FORM.search(head):
        return None
    form = LEGAL_FORM.search(rest)
    if form is None or not rest[: form.start()].strip(" ,&"):
        return None  # "Director, Ltd": no company's name before its form
    return rest


# A contact's job title ("Director", "Finance Director", "Head of Procurement", "Chief
# Financial Officer", "CFO", "Company Secretary", "General Counsel", "Accounts Payable
# Manager").
_TITLE = re.compile(
    r"(?:(?:[A-Z][\w&/-]*\s+){0,3}(?:director|manager|officer|secretary|counsel|controller"
    r"|accountant|treasurer|administrator|coordinator|president|partner|founder|owner|buyer"
    r"|lead|executive|principal|chair(?:man|woman|person)?)"
    r"|head\s+of\s+[\w&\s]{2,30}|c[efiot]o|vp(?:\s+[\w&\s]{2,30})?)",
    re.IGNORECASE,
)
# A trade's or profession's word in a tagline ("Translation", "Solicitors", "Consulting").
_TRADE = re.compile(
    r"\b(?:translations?|translators?|interpret(?:ing|ers?)|locali[sz]ation|consult(?:ing|ancy"
    r"|ants?)|design(?:ers?)?|photograph(?:y|ers?)|illustrat(?:ion|ors?)|copywrit(?:ing|ers?)"
    r"|proofreading|editing|bookkeeping|accountan(?:ts|cy)|solicitors|lawyers|attorneys"
    r"|barristers|notar(?:y|ies)|surveyors|architect(?:s|ure)|engineering|plumbing|heating"
    r"|electrical|joinery|carpentry|roofing|landscaping|gardening|cleaning|catering|marketing"
    r"|coaching|tutoring|physiotherapy|counsell?ing|decorating|printing|videography|recruitment"
    r"|removals|haulage|services|solutions"
    # French, German, Spanish and Italian trades ("Électricité générale", "Domotique",
    # "Sanitär", "Fontanería", "Impianti elettrici").
    r"|[ée]lectricit[ée]|[ée]lectrici[ea]n|domotique|plomberie|chauffage|menuiserie|charpente"
    r"|ma[çc]onnerie|couverture|peinture|carrelage|serrurerie|climatisation|paysagiste"
    r"|r[ée]novation|d[ée]pannage|traduction|comptabilit[ée]|conseil|ing[ée]nierie"
    r"|elektro(?:technik|installation(?:en)?)?|sanit[äa]r|heizung|schreinerei|tischlerei"
    r"|malerarbeiten|dachdeckerei|klimatechnik|haustechnik|gartenbau|bauunternehmung"
    r"|[üu]bersetzungen|steuerberatung|beratung"
    r"|electricidad|fontaner[íi]a|carpinter[íi]a|climatizaci[óo]n|reformas|pintura"
    r"|traducci[óo]n(?:es)?|asesor[íi]a|impianti(?:\s+elettrici)?|idraulica|falegnameria"
    r"|termoidraulica|ristrutturazioni|traduzioni|consulenza"
    # Translators and interpreters by their title: es/pt "Traductora", "Intérprete", it
    # "Traduttrice", fr "Traductrice", de "Übersetzerin", "Dolmetscher", nl "Vertaler", "Tolk".
    r"|traduct(?:or|ora|eur|rice)s?|tradutor(?:a|es|as)?|tradutt(?:ore|rice|ori|rici)"
    r"|int[ée]rpretes?|interpr[èe]tes?|interpreti|[üu]bersetzer(?:in)?|dolmetscher(?:in)?"
    r"|vertaler|tolk)\b",
    re.IGNORECASE,
)
# A bracketed aside ("(EN/FR)", "(MAEC nº 7731)").
_BRACKETED = re.compile(r"\([^()]*\)")
# The marks parting a list of trades ("Plomberie — Chauffage", "Sanitär · Heizung").
_LIST_MARK = re.compile(r"\s[–—-]\s|[·•|/]")
# A building's or an estate's word: a line naming one is part of the address.
_BUILDING = re.compile(
    r"\b(?:house|building|court|chambers|centre|center|tower|lodge|cottage|farm|mill|barn"
    r"|hall|park|estate|floor|suite|unit|wing|block|plaza|quay|yard|works|studios?)\b",
    re.IGNORECASE,
)
