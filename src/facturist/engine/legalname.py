"""A seller named by its brand ("Blauwkoop", the logo's "studio kompas") that the page prints
elsewhere with its legal form ("t.n.v. Blauwkoop B.V.", the footer's "Studio Kompas B.V."):
the legal entity is the seller's name."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value


def with_legal_form(name: Value, page: list[Line], others: tuple[str, ...] = ()) -> Value:
    """The page's printing of `name` followed by a legal form, kept at the name's place (its
    address is read there); else the name itself."""
    short = str(name.value).strip()
    # "& Co." closing a wordmark ("fernhill&co.") is its partners', no form the legal name
    # may not add to ("Fernhill & Co. Design Ltd").
    if len(short) < 3 or has_legal_form(short) or any(ch.isdigit() for ch in short):
        return name
    printed = re.compile(rf"(?<![^\W_]){_spaced(short)}", re.IGNORECASE)
    folded = {o.casefold() for o in others}
    for line in page:
        # Added words stay in one cell: the next column's words are another party's name
        # ("Jana Vogt | Verlag Hagebutte GmbH" side by side).
        for text, tails in ((line.text, _TAILS[:1]), *((c.text, _TAILS[1:]) for c in line.cells)):
            for found in printed.finditer(text):
                # The fewest added words first: "Blauwkoop B.V." before "Blauwkoop Tuin B.V.".
                for tail in tails:
                    after = tail.match(text, found.end())
                    full = None if after is None else _full_name(after, text, found.start())
                    if full is not None and full.casefold() not in folded:
                        full = _wordmark_words(page, text[: found.start()], short) + full
                        return Value(full, name.text, name.boxes, name.confidence)
    return name


# The words before a brand in its legal-form printing, back to a separator or a caption.
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w.&'-]*\s+){1,3}$")


def _wordmark_words(page: list[Line], before: str, short: str) -> str:
    """The words printed before the brand in the printing with its legal form ("Reifen-Center"
    in "Reifen-Center Albers e.K.") that a letterhead prints with the brand as a wordmark of
    its own ("REIFEN-CENTER ALBERS"): the brand is the name's last word, they belong to it.
    Other words before it ("t.n.v. Blauwkoop B.V.") are no part of the name."""
    found = _WORDS_BEFORE.search(before)
    if found is None:
        return ""
    words = found.group().split()
    marks = {cell.text.strip().casefold() for line in page for cell in line.cells}
    for start in range(len(words)):
        head = " ".join(words[start:])
        if f"{head} {short}".casefold() in marks:
            return f"{head} "
    return ""


def has_legal_form(name: str) -> bool:
    """Whether `name` prints a legal form; a closing "& Co" is none ("Verhaeghe & Co")."""
    return LEGAL_FORM.search(name) is not None and _AND_CO.search(name) is None


def _spaced(short: str) -> str:
    """The name's pattern, spaces allowed around its joining signs: a wordmark sets them tight
    ("fernhill&co.") where the legal name spaces them ("Fernhill & Co. Design Ltd")."""
    parts = _JOINING.split(short)
    return "".join(rf"\s*{re.escape(p)}\s*" if p in ("&", "+") else re.escape(p) for p in parts)


_JOINING = re.compile(r"\s*([&+])\s*")
_AND_CO = re.compile(r"[&+]\s*co\.?$", re.IGNORECASE)


# A word the footer's fuller name may add after the logo's ("Marchal" + "Traiteur", "Zur
# Linde" + "Strullendorf"): capitalised, or a short joining word ("de", "&", "und").
_NAME_WORD = r"(?:[A-ZÀ-ÞÄÖÜ][^\s,;·|–—]*|&|\+|de|du|des|di|van|von|und|et|and)"
# The name's end after 0 to 3 added words: a comma or a space before the legal form, or a
# dash or dot between them.
_TAILS = [
    re.compile(
        rf"(?P<more>(?:\s+{_NAME_WORD}){{{count}}})(?P<sep>\s+[-–—·|]\s+|,?\s+)"
        r"(?P<form>[^\s,;]+(?:\s[^\s,;]+)?)"
    )
    for count in range(4)
]


def _full_name(found: re.Match[str], text: str, start: int) -> str | None:
    """The name a printing gives: the words up to a legal form, with it when only a space or a
    comma stands between ("Landhotel Zur Linde Strullendorf GmbH"); without it after a dash
    ("Marchal Traiteur – EURL au capital de ...": an EURL named "Marchal Traiteur")."""
    form = _legal_form(found.group("form"))
    if form is None:
        return None
    head = text[start : found.start("sep")].strip(" ,")
    if found.group("sep").strip(" ,"):
        return head if found.group("more") else None
    # "Hansa Haustechnik Großhandel GmbH & Co. KG": the limited partnership whose partner is
    # the GmbH is named by both forms; the first alone names the partner, another company.
    partnership = _PARTNERSHIP.match(text, found.start("form") + len(form))
    if partnership is not None:
        return f"{head} {form}{partnership.group(0).rstrip()}"
    return f"{head} {form}"


# The partnership's form after its partner's ("GmbH & Co. KG", "AG & Co. KGaA", "Ltd. & Co.
# KG", "B.V. & Co. KG", "GmbH & Co. OHG").
_PARTNERSHIP = re.compile(r"\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)\b\.?", re.IGNORECASE)


def _legal_form(text: str) -> str | None:
    """The legal form the text starts with, when it is one ("B.V.", "GmbH & Co. KG" is not
    taken whole: only its first form), else None."""
    for candidate in (text, text.split()[0] if text.split() else ""):
        found = LEGAL_FORM.fullmatch(candidate)
        if found is not None:
            return candidate
    return None


# A register's caption and number printed on the name's line after the legal form ("Wattle
# Broadband Pty Ltd  ABN 93 612 447 901", "Nordlicht GmbH USt-IdNr. DE123456789").
_REGISTER_AFTER_FORM = re.compile(
    # A dash may set it apart ("Talleres Ortega, S.L. - C.I.F. B91403261"); OCR reads the
    # capitals' dotted "C.I.F." as "C.1.F.".
    r"\s+(?:[-\u2013\u2014]\s*)?"
    r"(?:abn|acn|gstin|gst(?:\s+no\.?)?|vat(?:\s+(?:no|reg(?:istration)?)\.?)?|ust-?id(?:nr)?\.?"
    r"|uid|nif|cif|kvk|btw|siret|siren|tva|p\.\s?iva|crn|company\s+no\.?|reg(?:istration)?\.?\s+no\.?"
    r"|[cn]\.i\.f\.|(?-i:[CN]\.1\.F\.))"
    r"\s*[:.#]?\s*[A-Z]{0,3}\s?\d[\d\s\u00a0./-]{3,}\w*$",
    re.IGNORECASE,
)


def without_register(text: str) -> str:
    """The name without a register number printed after its legal form on its line."""
    found = _REGISTER_AFTER_FORM.search(text)
    if found is None or not LEGAL_FORM.search(text[: found.start()].split()[-1] + " "):
        return text
    return text[: found.start()].rstrip(" ,")
