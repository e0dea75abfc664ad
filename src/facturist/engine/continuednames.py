"""How an addressee block's name runs on to its next line: a salutation over the name ("Herrn"
/ "Max Mustermann"), a legal form, partners or an owner on the line under a name, a narrow
window's wrap ("Niedersächsische Staats- und" / "Universitätsbibliothek Göttingen"); and the
words that open such a block (salutations, "Attn", "c/o"). Moved verbatim from partyblocks.py,
which kept finding the blocks."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.attention import is_attention
from facturist.engine.labels import LABEL_VALUE_LINE
from facturist.engine.layout import Cell, Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.ownernameline import owner_completes_name
from facturist.engine.partynames import OWNER_BY_DI, owner_under_trade_name
from facturist.engine.tradeoverlegal import trade_name_over_legal

_SALUTATION_WORDS = (
    r"herrn?|frau|firma|familie|eheleute|ehepaar|famille|mr\.?|mrs\.?|ms\.?|m\.|mme|sr\.?|sra\.?"
    r"|sig\.?"
)


# German letters address a firm or an office "An die" / "An den" / "An das" over its name.
_TO_THE = r"an d(?:ie|en|as)(?:\s+firma)?"
SALUTATION = re.compile(rf"^(?:{_SALUTATION_WORDS}|{_TO_THE})$", re.IGNORECASE)
# A courtesy line of several salutations and no name ("Herrn und Frau", "Mr. & Mrs."): the
# names are on the next line, alone.
# "Monsieur et Madame", "Madame, Monsieur", "Sig. e Sig.ra", "Sr. y Sra.", "De heer en mevrouw".
_COUPLE_WORDS = (
    rf"{_SALUTATION_WORDS}|monsieur|madame|messieurs|mesdames|sig\.ra|signora?|se[nñ]ora?"
    r"|srta\.?|sres\.?|(?:de\s+)?heer|mevrouw|dhr\.?|mevr\.?|herr|mister|miss|dr\.?"
)
SALUTATIONS = re.compile(
    rf"^(?:{_COUPLE_WORDS})(?:\s*(?:und|and|et|e|y|en|&|/|,)\s*(?:{_COUPLE_WORDS}))+$",
    re.IGNORECASE,
)
# The intermediary's line that ends an addressee's name ("c/o Hausverwaltung Moser"), or the
# agent acting for it ("vertreten durch Immobilien Kessler GmbH", "represented by ...").
CARE_OF = re.compile(
    r"^(?:c/o|vertreten durch|handelnd durch|represented by|acting through"
    r"|repr[ée]sent[ée]e? par|rappresentat[ao] da|vertegenwoordigd door)\b",
    re.IGNORECASE,
)
# A German cooperative's "eG" ending its name ("„Einheit“ Chemnitz eG"); case-sensitive, as
# "EG" is a floor (Erdgeschoss) and "e.g." English.
_COOPERATIVE = re.compile(r"\beG$")
# Italy's farm and simple partnerships' forms on a line of their own under the name: "Soc.
# Agr. s.s.", "Società Agricola S.S.", "Soc. Semplice", "s.s." (società semplice). Alone
# only: "S.S. 16" elsewhere is a state road.
_FARM_FORM = re.compile(
    r"(?:soc(?:iet[àa]|\.)?\s*(?:agr(?:icola|\.)|semplice)(?:\s+s\.\s?s\.?)?|s\.\s?s\.)",
    re.IGNORECASE,
)

# A firm's partners closing its name on the next line ("Cabinet d'Architectes" / "Moreau &
# Associés", "Müller & Partner", "Lefèvre & Fils"): the name runs on.
_PARTNERS = re.compile(
    r"&\s*(?:associ[ée]s|associati|asociados|associados|partners?|partner(?:in|innen)?|fils"
    r"|cie\.?|co\.?|s[öo]hne|sohn|hijos|figli|zonen|zn\.?|sons)$",
    re.IGNORECASE,
)

# A name line closing on its owner's surname after "di" ("Trattoria Da Nino di Rossi"): the
# owner's given name follows, and with it the firm's form.
_OWNER_SURNAME_END = re.compile(r"\s(?i:di)\s+[A-ZÀ-Ý][\w'’\-]+$")

# A name's next line that runs it on by a joining word ("Trattoria Al Mulino" / "di Rossi
# Luigi & C. S.a.s.", "Bäckerei Huber" / "& Söhne KG").
_RUNS_ON = re.compile(
    r"^(?:di|de|del|della|des|du|van|von|der|of|&|und|and|et|e|y)\s", re.IGNORECASE
)


# A line opening an addressee's block: a salutation, or "Attn", "z. Hd.", "An", "To",
# "Exmo.(s) Sr.(s)", "t.a.v." before a name ("Herrn Max Mustermann", "To: Beta AG").
RECIPIENT_OPENING = re.compile(
    rf"^(?:{_SALUTATION_WORDS}|sig\.ra|attn\.?|z\. ?hd\.?|monsieur|madame|dhr\.|mevr\.|pan|pani"
    r"|an|to|à|exm[oa]s?(?:\([oa]?s?\))?\.?(?:\(s\))?|ilm[oa]s?\.?|dear|t\.\s?a\.\s?v\."
    r"|se[nñ]h?or(?:es|as?|\(es\))?|sres\.?)(?:\s|:|$)",
    re.IGNORECASE,
)


def _run(cells: list[Cell]) -> list[Cell]:
    """The first cells of a row up to a wide gap or another label (two-column headers)."""
    run = [cells[0]]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > 40 or cell.text.rstrip().endswith(":"):
            break
        run.append(cell)
    return run


def run_of_cells(cells: list[Cell]) -> str:
    return " ".join(c.text for c in _run(cells)).strip()


def _whole_company(text: str, following: str) -> bool:
    """Whether the next line names a company on its own ("SARL RENAUD CONSEIL" under the
    contact "Clément RENAUD", "Pinecone Analytics LLC" under "Accounts Payable"), rather than
    ending the name above ("Versicherungsverein Musterstadt / a.G.", "Bau / GmbH")."""
    if re.search(r"(?:&|\bund|\band|\bet|\by|\be|-)\s*$", text, re.IGNORECASE):
        return False  # "Hausverwaltung Moser & / Partner GmbH": the name runs on
    if _RUNS_ON.match(following):
        return False  # "Trattoria Al Vecchio Mulino / di Rossi Luigi & C. S.a.s."
    if _OWNER_SURNAME_END.search(text):
        # "Trattoria Da Nino di Rossi / Giovanni & C. S.n.c.": Italy prints the owner's
        # surname first; the given name and the partnership's form end the name below.
        return False
    if _PARTNERS.search(following) and not _PERSON_LINE.match(text):
        return False  # "Cabinet d'Architectes / Moreau & Associés": the firm's partners
    if _FARM_FORM.fullmatch(following.strip()):
        return False  # "Fattoria Le Querce / Soc. Agr. s.s.": the form alone ends the name
    words = [w for w in LEGAL_FORM.sub(" ", following).split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2


def continued_name(
    lines: list[Line], index: int, cell: Cell, text: str, contact: bool = False
) -> Value:
    """Add the next line to a salutation, or to a name whose legal form is on that line.

    `contact`: in a buyer's block, a next line naming a company on its own is the company
    under its contact person or department, no part of their name.
    """
    boxes = list(cell.boxes)
    below, starts = None, []
    # The next line of the same column: a right-hand info block's lines may interleave.
    for below in lines[index + 1 : index + 4]:
        starts = [i for i, c in enumerate(below.cells) if abs(c.x0 - cell.x0) < 6]
        if starts or below.page != lines[index].page:
            break
    if below is not None and starts:
        cells = _run(below.cells[starts[0] :])
        same_page = (
            below.page == lines[index].page and below.y0 - lines[index].y1 < 1.5 * below.height
        )
        if cells and same_page:
            # "Versicherungsverein Musterstadt | a.G.": the legal form may stand in its own cell.
            following = " ".join(c.text for c in cells)
            # "Blau-Weiß Wetterfeld 1952 e.V.": a club's founding year beside its legal form.
            formed = LEGAL_FORM.search(following) or _CLUB.search(following)
            dateless = _FOUNDED.sub(" ", following) if formed else following
            plain = not any(ch.isdigit() for ch in dateless) and not following.rstrip().endswith(
                ":"
            )
            if (
                plain
                and not contact
                and trade_name_over_legal(text, following)
                and _whole_company(text, following)
                and not owner_under_trade_name(text, following)
                and not (CARE_OF.match(following) or LABEL_VALUE_LINE.match(following))
            ):
                # "Restaurant Zum Goldenen Hirsch" / "Hirsch Gastro GmbH": the legal name
                # under a trade name names the party (tradeoverlegal.py).
                return Value(following, following, tuple(b for c in cells for b in c.boxes))
            wanted = (
                SALUTATION.match(text)
                or _open_name(text)
                # "Pracownia ... LINEA" / "Katarzyna Mazur": a Polish firm (ownernameline.py).
                or owner_completes_name(lines, cell, below, cells, text, following)
                # "Gelateria Stella" / "di Ferri Luca": Italy's sole proprietor runs the name on.
                or (not LEGAL_FORM.search(text) and OWNER_BY_DI.match(following))
                or _WRAPPED_FORM.search(f"{text} {following}")
                or (
                    not LEGAL_FORM.search(text)
                    and (
                        LEGAL_FORM.search(following)
                        or _COOPERATIVE.search(following)
                        or _FARM_FORM.fullmatch(following.strip()) is not None
                        or _PARTNERS.search(following)
                        # "Praxis für Physiotherapie" / "Kranz & Möller": the partners' names
                        # finishing a firm's name that names only its trade.
                        or (not _PERSON_LINE.match(text) and _PARTNER_NAMES.fullmatch(following))
                    )
                    and not (contact and _whole_company(text, following))
                    # "Hofladen Wiesengrund" / "Tobias Brenner e.K.": the shop's owner, no
                    # part of the shop's name.
                    and not owner_under_trade_name(text, following)
                )
            )
            if _FIRM_SALUTATION.match(text) and plain and not LABEL_VALUE_LINE.match(following):
                # "Firma" / "Hainzl Anlagentechnik GmbH": the salutation opens the block, it
                # is no part of the company's name.
                return Value(following, following, tuple(b for c in cells for b in c.boxes))
            if SALUTATIONS.match(text) and plain and not LABEL_VALUE_LINE.match(following):
                # "Herrn und Frau" / "Dr. Tobias und Miriam Lorenz": the names alone.
                return Value(following, following, tuple(b for c in cells for b in c.boxes))
            if (
                not (wanted and plain)
                and not LEGAL_FORM.search(text)
                and _care_of_after(lines, below, cell)
            ):
                # "Wohnungseigentümergemeinschaft" / "Aaseestraße 18-22" / "c/o Verwaltung":
                # the lines over the intermediary's name the addressee.
                plain = wanted = not following.rstrip().endswith(":")
            if CARE_OF.match(following) or is_attention(following):
                # "ACP Les Tilleuls" / "c/o Syndic SPRL": the intermediary; "VvE Parkzicht" /
                # "t.a.v. Beheer Maas & Co": the person or agent it is for (attention.py).
                wanted = None
            if plain and wanted and not LABEL_VALUE_LINE.match(following):
                text = f"{text} {following}"
                boxes.extend(b for c in cells for b in c.boxes)
            elif (
                plain
                and _PRACTICE.fullmatch(text.strip())
                and (_PERSON_LINE.match(following) or _PARTNERSHIP.search(following))
            ):
                # "Zahnarztpraxis" / "Dr. med. dent. Carola Fink", "Architekturbüro" / "Lüders
                # + Yilmaz Partnerschaft": a line naming only the kind of business, over the
                # holder's or the partners' name: the name is the party's.
                return Value(following, following, tuple(b for c in cells for b in c.boxes))
    return Value(text, text, tuple(boxes))


def _open_name(text: str) -> bool:
    """A name line that cannot end there: it ends in a joining word or a suspended compound
    ("Niedersächsische Staats- und" / "Universitätsbibliothek Göttingen"), or it names only
    the kind of body ("Steuerberatungsgesellschaft" / "Claussen & Partner mbB", "Comunidad de
    Propietarios" / "Residencial Los Almendros"): a narrow address window wrapped it."""
    return bool(_OPEN_END.search(text) or _KIND_ONLY.fullmatch(text.strip()))


# Italy's partnerships name their partners after "di" ("… S.N.C. DI" / "PINNA E DEIANA").
# A dash set apart closes a line whose name goes on ("Kulturforum Schwaz –" / "Verein ...").
_OPEN_END = re.compile(
    r"(?:\w-|\s[–—-]|\s(?:&|und|and|et|y|e|u\.|di|of|von|f[üu]r))\s*$", re.IGNORECASE
)
_KIND_ONLY = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?:gesellschaft|genossenschaft)|comunidad de propietarios"
    r"|(?:wohnungs)?eigent[üu]mergemeinschaft|syndicat des copropri[ée]taires",
    re.IGNORECASE,
)


# A year a club or firm was founded in, part of its name ("TSV 1860 München e.V.").
# A registered club's "e.V." (eingetragener Verein), ending its name.
_CLUB = re.compile(r"\be\.\s?V\.?$")
_FOUNDED = re.compile(r"(?<![\d.,/\-])\b(?:1[89]|20)\d\d\b(?![\d.,/\-])")

# Germany's "UG (haftungsbeschränkt)" (§ 5a GmbHG): one form designation, whose bracketed part
# a narrow column wraps to the next line.
_WRAPPED_FORM = re.compile(r"\bUG\s+\(haftungsbeschr(?:ä|ae)nkt\)$", re.IGNORECASE)

# Two surnames joined by "&" / "und" / "and", alone on a line ("Kranz & Möller").
_PARTNER_NAMES = re.compile(r"[A-ZÄÖÜ][\w'\-]+ (?:&|und|and|et|e|y|en) [A-ZÄÖÜ][\w'\-]+")
# The salutation of a company addressee ("Firma", "Fa.", "Messrs."), alone on its line.
_FIRM_SALUTATION = re.compile(rf"^(?:firma|fa\.|messrs\.?|{_TO_THE})$", re.IGNORECASE)
# One word naming a kind of practice or office ("Zahnarztpraxis", "Steuerkanzlei", "Ingenieurbüro").
_PRACTICE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:praxis|kanzlei|b[üu]ro|apotheke|werkstatt|agentur|atelier|studio"
    r"|vertretung|vermittlung)",
)
# A partnership's name: its partners joined ("Lüders + Yilmaz", "Kranz & Möller") or its
# kind named ("... Partnerschaft", "... & Kollegen", "... Associates").
_PARTNERSHIP = re.compile(
    r"[A-ZÄÖÜ][\w'\-]+ (?:&|\+|und) [A-ZÄÖÜ]"
    r"|\b(?i:partnerschaft\w*|partners?|kollegen|sozietät|associates|associ[ée]s)\b"
)
# A person's name line: an academic title or two capitalised words, nothing else.
_PERSON_LINE = re.compile(
    r"^(?:(?:Dr|Prof|Dipl)\.|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß\-]+$)",
)


def _care_of_after(lines: list[Line], line: Line, cell: Cell) -> bool:
    """Whether the line after `line`, in the cell's column and close under it, is a "c/o"."""
    index = lines.index(line)
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * below.height:
            return False
        starts = [c for c in below.cells if abs(c.x0 - cell.x0) < 6]
        if starts:
            return CARE_OF.match(starts[0].text.strip()) is not None
    return False
