"""Reader's lines inside a company's address block: attention, contact and department lines.

A window block may name who inside the company should read the letter, between the name
and the street: "z. Hd. Frau Theresa Maier", "Attn: Accounts Payable", "t.a.v. de
administratie" (attention.py), a person after a salutation ("Herrn Jonas Ebert",
"Marketing, Frau Carina Lutz"), a department ("Abt. Rechnungsprüfung / Kostenstelle
4410", "IT-Administration" over "Herrn ..."), or for whom or in what role the company is
billed ("für Bauherr Fam. Yilmaz", "as Owners of MV ...", "on behalf of ..."). They are no
part of the postal address and do not end its block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.abbrevperson import abbreviated_person
from facturist.engine.attention import is_attention
from facturist.engine.estates import industrial_estate
from facturist.engine.layout import Cell
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.namedcontact import named_contact
from facturist.engine.officeholder import office_holder_line
from facturist.engine.partyblocks import RECIPIENT_OPENING
from facturist.engine.professiontitle import profession_title
from facturist.engine.remitletterhead import remit_caption
from facturist.engine.titledperson import titled_person

# A salutation and a person's name, perhaps after a department ("Marketing, Frau Lea Sommer",
# "Technik / Herr Jens Pätzold"),
# perhaps with the role after a comma ("Monsieur Éric Durand, Président"); a lawyer's or a
# notary's "Maître" ("Maître Hélène Roux", "Me Paul Blanc").
_PERSON = re.compile(
    r"^(?:[^\W\d_][\w&/.\- ]{1,40}(?:,|\s/)\s*"
    # ... or a job title or department word with no comma ("Projektleitung Herr Dipl.-Ing.
    # K. Stahl", "Accounting Mr John Hale"), before a salutation that is no common word.
    r"|(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[^\W\d_]+)*\s+"
    r"(?=(?:herrn?|frau|mr|mrs|ms|monsieur|madame|mme|dhr|mevr)\b))?"
    # German salutations may be shortened: "Hr. Yilmaz / Fr. Brandt".
    r"(?:herrn?|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|dhr\.?|mevr\.?|monsieur|madame|mme\.?"
    r"|ma[iî]tre|me)"
    r"\s+(?:(?:dr|prof|ing|dipl|mag)\.(?:-\w+\.)?\s+)*(?-i:[A-ZÀ-ÖØ-Þ][\w'’.\-]+)"
    r"(?:\s+(?:(?-i:[A-ZÀ-ÖØ-Þ][\w'’.\-]+)|von|van|de|der|den|zu)){0,3}"
    # the role or department after a comma or a dash ("Frau Sandra Weber – Human Resources")
    r"(?:(?:,|\s[–—-])\s*[^\W\d_][^\d,@:]{1,40})?$",
    re.IGNORECASE,
)
# A German company's department named alone, no street or company word in it.
_UNIT = (
    r"(?:versand|logistik|lager|wareneingang|verwaltung|vertrieb|fuhrpark|instandhaltung"
    # a council's works depot and its services ("Bauhof / Winterdienst")
    r"|bauhof|betriebshof|winterdienst)"
)
# A department or cost centre ("Abt. Einkauf", "Kostenstelle 4410", "Dept. of Finance").
_DEPARTMENT = re.compile(
    r"^(?:abt\.|abteilung|dept\.?|department|kostenstelle|cost\s+cent(?:re|er)|afd\.|afdeling"
    r"|accounts\s+payable|einkauf|purchasing|procurement"
    # the goods-in desk, with its dock or lab ("Wareneingang Labor 2", "Goods-in Bay 4")
    r"|wareneingang|warenannahme|goods[\s\-]in(?:wards)?"
    # a payables desk named for what it pays ("Freight Payables", "Carrier Payables")
    r"|(?:[^\W\d_]+\s+)?payables"
    # also in compounds: "Kreditorenbuchhaltung", "Zentralrechnungseingang", "Muster-Einkauf",
    # a cost centre named for what it pays ("Reisekostenstelle 4410", "Projektkostenstelle")
    r"|[\w\-]*(?:buchhaltung|rechnungseingang|rechnungswesen|einkauf|kostenstelle))(?=\W|$)"
    # A line of department words alone ("VERSAND / LOGISTIK", "Lager und Wareneingang").
    rf"|^{_UNIT}(?:\s*(?:/|&|,|und)\s*{_UNIT})*\s*$"
    # A German public body's office: "Tiefbauamt" alone, "Amt für Grünflächen", "Fachbereich
    # Finanzen", "Referat 21", "Dezernat III", "Sachgebiet Hochbau".
    r"|^[^\W\d_]{2,}amt\s*$|^(?:amt\s+f[üu]r|fachbereich|fachdienst|referat|dezernat|sachgebiet)\s",
    re.IGNORECASE,
)

# A department named by its word first, then what it does: fr "Direction des systèmes
# d'information", "Service comptabilité", es "Departamento de compras", "Dirección
# financiera", it "Ufficio amministrazione", "Servizio acquisti", pt "Direção financeira",
# pl "Dział księgowości"; an Italian council's "Settore Lavori Pubblici", "Ripartizione ...".
# No figure in it and no legal form (a firm named "Service Plus SARL").
_DEPARTMENT_FIRST = re.compile(
    r"^(?:direction|service|d[ée]partement|direcci[oó]n|departamento|servicio|direzione"
    r"|servizio|ufficio|dipartimento|settore|ripartizione|dire[cç]{1,2}[aã]o|servi[cç]o|dzia[łl]|wydzia[łl])"
    r"\s+[^\W\d_][^\d@]{1,60}$",
    re.IGNORECASE,
)

# For whom, or in what role, the company is billed: the party it acts for, a ship's owners,
# a builder-owner ("für Bauherr Fam. ...", "as Agents for ...", "im Auftrag von ...").
_BEHALF = re.compile(
    r"^(?:on\s+behalf\s+of|im\s+(?:auftrag|namen)\s+(?:von|des|der)|acting\s+(?:as|for)\s"
    r"|(?:as|als)\s+(?:the\s+)?(?:owners?|agents?|charterers?|managers?|operators?"
    r"|eigentümer\w*|vertreter\w*|bevollmächtigte\w*)\s"
    r"|(?:für|for|pour)\s+(?:den\s+|die\s+|the\s+)?(?:bauherr\w*|eigentümer\w*|owners?"
    r"|mandant\w*|fam\.|familie|family|le\s+compte\s+de)(?=\W|$))",
    re.IGNORECASE,
)

# Who acts for the company or partnership billed: a GbR, an owners' association or an estate
# names its representative under its name ("vertreten durch Herrn Tobias Wenzel",
# "represented by Ms Joan Hale", "représentée par M. Paul Roux"): a reader, no address part.
# de, en, fr, it, es, pt, nl.
_REPRESENTED = re.compile(
    r"^(?:vertreten\s+durch|gesetzlich\s+vertreten\s+durch|represented\s+by"
    r"|repr[ée]sent[ée]e?s?\s+par|rappresentat[oaie]\s+da|representad[oa]s?\s+por"
    r"|vertegenwoordigd\s+door)\s+[^\W\d_]",
    re.IGNORECASE,
)

# A person's full name: two to six capitalised words, perhaps with particles between them
# ("Rui Manuel Cardoso Teixeira", "María de los Ángeles Ruiz", "Anna Maria di Stefano").
_FULL_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+"
    r"(?:\s+(?:(?:de|da|do|dos|das|del|de la|de los|di|e|y|van|von)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+){1,5}"
)

# A family named as the reader under a house's or a firm's name ("Gasthaus Sonnenberg" /
# "Familie Amrein"): de/nl "Familie", "Fam.", fr "Famille", it "Famiglia", es "Familia", pt
# "Família", en "The Amrein family". Like "Herr Amrein", no part of the postal address.
_FAMILY = re.compile(
    r"^(?:famil(?:ie|le|ia)|famiglia|fam[ií]lia|fam\.)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’\-]+"
    r"(?:\s+(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.\-]+|von|van|de|der|den|di|da|dos|-|&|und|et|e|y)){0,4}$"
    r"|^the\s+(?-i:[A-Z])[\w'’\-]+(?:[\s\-](?-i:[A-Z])[\w'’\-]+)?\s+family$",
    re.IGNORECASE,
)

# Nordic attention lines: da/no "v/ styreleder ..." ("ved", for the attention of), sv/da/no
# "Att: ..." / "Att. ..." (never the bare "Att" of sv "Att betala", to pay).
_NORDIC_ATTENTION = re.compile(r"^(?:v/|att[.:])\s*[^\W\d_]", re.IGNORECASE)


def reader_line(text: str) -> bool:
    """Whether a line of a block names a reader or a department, not an address part."""
    text = text.strip()
    return bool(
        is_attention(text)
        or _NORDIC_ATTENTION.match(text)
        or _FAMILY.match(text)
        or _PERSON.match(text)
        or abbreviated_person(text)  # "M. Bernard Castaing" (abbrevperson.py)
        or _DEPARTMENT.match(text)
        or (_DEPARTMENT_FIRST.match(text) is not None and LEGAL_FORM.search(text) is None)
        or _BEHALF.match(text)
        or _REPRESENTED.match(text)
        or profession_title(text)  # "Avocat au Barreau de ..." (professiontitle.py)
        or office_holder_line(text)  # "Kassenwart Uwe Bartsch" (officeholder.py)
        or named_contact(text)  # "Antoine Le Gall, gérant", "c/o M. ..." (namedcontact.py)
        or titled_person(text)  # "Dipl.-Ing. Jan Ostermann" (titledperson.py)
        or _department_then_attention(text)
        or _departments_slashed(text)
        or _FRAMED.match(text) is not None
    )


# A routing line framed by dashes ("- Wareneingang Labor 2 -", "– Bâtiment C –"): what the
# window block tells the mail room, no street (a street is never framed).
_FRAMED = re.compile(r"^[-–—]\s+[^\W\d_].{1,60}\s[-–—]$")


def _departments_slashed(text: str) -> bool:
    """Departments named in turn, a slash between ("IT Operations / Kreditorenbuchhaltung"):
    one of them a known department's name, no figure and no legal form in the line."""
    pieces = [p.strip() for p in text.split(" / ")]
    return (
        len(pieces) >= 2
        and not any(ch.isdigit() for ch in text)
        and LEGAL_FORM.search(text) is None
        and all(1 <= len(p.split()) <= 3 for p in pieces)
        and any(_DEPARTMENT.match(p) for p in pieces)
    )


def _department_then_attention(text: str) -> bool:
    """A department, a comma, then an attention line ("IT-Leitung, z. Hd. Frau Demir")."""
    head, comma, rest = text.partition(",")
    return (
        bool(comma)
        and 2 <= len(head) <= 40
        and not any(ch.isdigit() for ch in head)
        and is_attention(rest.strip())
    )


def reader_within(text: str, taken: Sequence[Cell], avoid: set[str]) -> bool:
    """Whether a line opening like a recipient's block is a reader's line inside the block
    begun above it: an attention or salutation line, the other party's name not in it, and
    only department lines (no street yet) taken before it."""
    if not reader_line(text):
        return False
    folded = text.casefold()
    if any(len(name) >= 4 and name.casefold() in folded for name in avoid if name):
        return False
    return all(not any(ch.isdigit() for ch in c.text) or reader_line(c.text) for c in taken)


def reader_lines_off(taken: list[Cell]) -> list[Cell]:
    """The block's lines without the reader's and department lines before the street: up to
    the last such line, when all lines before it are such lines or bare words."""
    marked = [i for i, cell in enumerate(taken[:-1]) if reader_line(cell.text)]
    if not marked:
        return taken
    last = marked[-1]
    before = taken[:last]
    if all(reader_line(c.text) or not any(ch.isdigit() for ch in c.text) for c in before):
        rest = taken[last + 1 :]
        if (
            profession_title(taken[last].text)
            and len(rest) >= 3
            and _FULL_NAME.fullmatch(rest[0].text.strip())
            and any(ch.isdigit() for ch in rest[1].text)
        ):
            # "arquitetura · OA n.º 18 224" / "Rui Manuel Cardoso Teixeira" / street / town:
            # the practitioner's full name under the title, over the street.
            return rest[1:]
        return rest
    rest = taken[last + 1 :]
    if _property_over_reader(before, rest):
        return rest
    return taken


# A street line: words, then the house number ending it ("Liechtensteinstraße 117/12").
_STREET_LINE = re.compile(r"^[^\W\d_][^\d,@:]{2,40}\s\d{1,4}[A-Za-z]?(?:/[A-Za-z0-9]{1,4})?$")


def _property_over_reader(before: list[Cell], rest: list[Cell]) -> bool:
    """Whether the lines over the reader's line are the street the party is named for, the
    postal street and town under it: an owners' association is named for its house
    ("Eigentümergemeinschaft" / "Liechtensteinstraße 117" / "z. H. Herrn DI Markus Pfandl" /
    "Liechtensteinstraße 117/12" / "1090 Wien"), the letter goes to its reader's flat."""
    if len(rest) < 2 or not _STREET_LINE.match(rest[0].text.strip()):
        return False
    streets = [c for c in before if any(ch.isdigit() for ch in c.text)]
    return bool(streets) and all(_STREET_LINE.match(c.text.strip()) for c in streets)


# The caption alone over an insurance agent's or broker's block beside the policyholder's
# ("Agenzia emittente", "Ihr Vermittler", "Intermédiaire"): the agent's block, no
# continuation of the insurer's letterhead above it.
_AGENT_CAPTION = re.compile(
    r"^(?:agenzia(?:\s+emittente)?|intermediario|(?:ihr(?:e)?\s+)?vermittler(?:in)?"
    r"|interm[ée]diaire|courtier|tussenpersoon|(?:your\s+)?(?:insurance\s+)?broker)\s*:?$",
    re.IGNORECASE,
)


def opens_other_block(text: str, taken: Sequence[Cell], avoid: set[str]) -> bool:
    """Whether a line opens the next recipient's block ("Herrn Max Mustermann" under the
    letterhead's name), not a reader's line inside this one; or a payment address's caption
    ("Remit payments to: P.O. Box ...", remitletterhead.py), where the bank takes the money."""
    if remit_caption(text) or _AGENT_CAPTION.match(text.strip()):
        return True
    if RECIPIENT_OPENING.match(text) is None or _place_opening(text.strip()):
        return False
    return not reader_within(text, taken, avoid)


# "An" as a place's first word (see _place_opening), not an addressee's "An die Firma ...".
_AN = re.compile(r"an\s", re.IGNORECASE)


def _place_opening(text: str) -> bool:
    """Whether a line opening with "An" names a place: Gaelic's article before an estate's
    name ("An Tobar Industrial Estate"), German's "An der Alster 12" before a house number."""
    if _AN.match(text) is None:
        return False
    return industrial_estate(text) or _STREET_LINE.match(text) is not None


# A house's or a site's name opening an address ("The Old Forge", "Haus am See",
# "Gewerbepark Nord"): capitalised words like a person's name, but a place.
_BUILDING = re.compile(
    r"^(?:the|le|la|les|der|die|das|de|het)\s|\b(?:house|forge|mill|court|farm|barn|lodge"
    r"|cottage|hall|centre|center|building|tower|park|loft|yard|works|haus|hof|gut"
    r"|mühle|zentrum|geb[äa]ude|villa|maison|mas|domaine|r[ée]siden\w*"
    # "Immeuble Le Capitole", "Bâtiment B", "Edificio Aqua", "Palazzo Reale", "Torre
    # Picasso", "Tour Montparnasse", "Gebouw Noord", "Bloque 3": a building's name.
    r"|immeuble|b[âa]timent|edif[ií]cio|palazz(?:o|ina)|torre|tour|gebouw|bloque|block"
    r"|chambers)\b",
    re.IGNORECASE,
)


def contact_off(name: str, taken: list[Cell]) -> list[Cell]:
    """The block without a contact person's bare name opening it under a company's name
    ("Verkehrsbetriebe GmbH" / "Torti Mayer" / "Musterstraße 3" / "DE 12345 Berlin"): the
    company's own name carries a legal form, so a person's name under it is who to ask, no
    part of the postal address. A sole trader's name has no legal form: its line is kept."""
    if len(taken) < 3 or not LEGAL_FORM.search(name):
        return taken
    first = taken[0].text.strip()
    if (
        _FULL_NAME.fullmatch(first)
        and LEGAL_FORM.search(first) is None
        and _BUILDING.search(first) is None
        # "Polígono Industrial Fuente del Jarro" over the street: the estate, a place.
        and not industrial_estate(first)
        and any(ch.isdigit() for ch in taken[1].text)
    ):
        return taken[1:]
    return taken
