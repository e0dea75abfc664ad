"""The party's name from a one-line captioned party ("Cliente: Rosario Jiménez Pardo
(Ultramarinos La Esquina) · N.I.F. 28765432E"), as a continuation page repeats the customer
over its table: the name runs up to a separator before the party's tax number, and a person's
name keeps no bracketed trade name after it (the shop the person trades as, no legal name).

A company's bracketed qualifier ("Meyer (Schweiz) AG", "Hostal Miramar (Grupo Costa Azul)")
stays: only a person's name (capitalised words, no legal form) beside a natural person's tax
number (Spain's DNI / NIE, Portugal's NIF 1-3..., Italy's codice fiscale; soletraderseller.py)
drops a bracket of two words or more at its end.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.soletraderseller import personal_tax_number

# A separator and the party's tax number's caption after it: es "N.I.F.", "NIF", "C.I.F.",
# "DNI", "NIE", pt "NIPC", "Contribuinte", it "P.IVA", "C.F.", mx "RFC", "VAT", "USt-IdNr.",
# "TVA", "BTW", "Tax ID".
_TAX_TAIL = re.compile(
    r"\s*(?:[·|•,;]|\s[–—-])\s*(?:n\.?\s?i\.?\s?f|c\.?\s?i\.?\s?f|dni|nie|nipc|contribuinte"
    r"|p\.?\s?iva|partita iva|c\.\s?f|codice fiscale|r\.?\s?f\.?\s?c|vat|tva|btw|ust|tax id"
    r"|cuit|ruc)\b.*$",
    re.IGNORECASE,
)
# A person's name: two to six capitalised words, particles between them.
_PERSON = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+"
    r"(?:\s+(?:(?:de|da|do|dos|das|del|de la|de los|di|e|y|i|van|von|der)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+){1,5}"
)
# A bracketed trade name of two words or more closing the text.
_BRACKET_TAIL = re.compile(r"\s*\(([^()]+\s[^()]+)\)\s*$")


def labelled_name(text: str) -> str:
    """The name of a captioned party's one-line value, without a tax number piece after it
    and, for a person, without a bracketed trade name."""
    tail = _TAX_TAIL.search(text)
    if tail is None:
        return text
    name = text[: tail.start()].strip(" ,·|")
    if not name:
        return text
    bracket = _BRACKET_TAIL.search(name)
    if bracket is not None and personal_tax_number(tail.group().replace(".", "")):
        person = name[: bracket.start()].strip()
        if _PERSON.fullmatch(person) and not LEGAL_FORM.search(person):
            return person
    return name


__all__ = ["labelled_name"]
