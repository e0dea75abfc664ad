"""The account holder a payment line names ("IBAN NL58 ... t.n.v. Schildersbedrijf Van Dijk",
"Kontoinhaber: Malerbetrieb Roth", "Account name: Pryce Carpentry", "bénéficiaire : ...",
"intestato a ..."): the payee, the seller. A last resort for the seller's name where the
letterhead is a logo OCR could not read (white on a coloured band, a stamp)."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import not_a_name

# The holder's caption, then the name up to a separator, a comma, a sentence's end or the
# next caption ("o.v.v.", "IBAN", "BIC").
_HOLDER = re.compile(
    r"(?:\bt\.\s?n\.\s?v\.|\bten name van|\bkontoinhaber(?:in)?\b\s*:?|\baccount (?:name|holder)"
    r"\b\s*:?|\bb[ée]n[ée]ficiaire\b\s*:?|\btitulaire du compte\b\s*:?|\bintestat[oa] a\b\s*:?"
    r"|\bà l['’]ordre de\b|\bbeneficiary\b\s*:?|\bzahlungsempf[äa]nger\b\s*:?)"
    r"\s*(?P<name>[^\W\d_][^,;:·|•()\d]{1,60}?)"
    r"\s*(?:[,;:·|•(]|\.(?:\s|$)|\s(?:o\.v\.v\.|(?:iban|bic|swift|bank)\b)|$)",
    re.IGNORECASE,
)
# Cheap pre-check before the pattern: a word every caption above holds.
_HINT = re.compile(
    r"t\.\s?n\.\s?v|name van|inhaber|account|ficiar|titulaire|intestat|ordre|mpf", re.IGNORECASE
)


def account_holder(lines: list[Line]) -> Value | None:
    """The first account holder a line of the page names, or None."""
    for line in lines:
        if not _HINT.search(line.text):
            continue
        for cell in line.cells:
            found = _HOLDER.search(cell.text)
            if found is None:
                continue
            name = found.group("name").strip(" .")
            if "." in name.split()[-1] and cell.text[found.end("name") :].startswith("."):
                name += "."  # "B.V.", "e.K.": the form's closing dot, not a sentence's
            if len(name) >= 3 and not not_a_name(name):
                return Value(name, cell.text, cell.boxes, 0.4)
    return None


def holder_named(text: str, holder: Value | None) -> bool:
    """Whether a name on the page is the account holder's ("Lena Marchetti" for the bank's
    "Account name: L Marchetti"): every word of the holder's is one of the name's, or its
    initial, and the holder's last word (the surname, the firm's last word) is spelled out."""
    if holder is None or not isinstance(holder.value, str):
        return False
    held = holder.value.lower().replace(".", " ").split()
    named = text.lower().replace(".", " ").split()
    if not held or held[-1] not in named or len(held[-1]) < 3:
        return False
    return all(
        word in named or (len(word) == 1 and any(n[:1] == word for n in named)) for word in held
    )


def holder_spelled(name: Value, page: list[Line]) -> Value:
    """The account holder's full legal name where it holds the letterhead's short `name`
    whole ("VAN DER MEULEN" logo, "t.n.v. Autobedrijf Van der Meulen B.V." in the payment
    line), kept at the name's place (its address is read there); else `name`."""
    short = str(name.value).strip().casefold()
    if not short or LEGAL_FORM.search(str(name.value)) or any(c.isdigit() for c in short):
        return name
    holder = account_holder(page)
    if holder is None:
        return name
    full = str(holder.value)
    if (
        not LEGAL_FORM.search(full)
        or re.search(rf"\b{re.escape(short)}\b", full.casefold()) is None
    ):
        return name
    return Value(full, name.text, name.boxes, name.confidence)
