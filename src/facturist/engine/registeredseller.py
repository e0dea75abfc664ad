"""The party whose VAT ID the footer's register line repeats is the seller.

Two uncaptioned party blocks side by side, each with its "TVA intracom. :" line, leave the
layout to pick the issuer, and the customer's block on the left may win. The footer's legal
line names the issuer's register entry ("RCS Marseille 853 104 727", "SIREN 853104727",
"RPM Bruxelles 0456.789.123", "Registro Imprese di Milano 12345678901"), and a VAT ID is in
several countries built on that number: fr "FR" + two check digits + the SIREN (a SIRET's
first nine digits), be "BE" + the enterprise number, it "IT" + the partita IVA (the firm's
codice fiscale and register number), ch "CHE-" + the UID. Where the footer repeats the number
in the buyer's VAT ID and not in the seller's, the roles were read the wrong way round: the
two parties are swapped (names, addresses, VAT IDs), unless a caption named the blocks.
"""

from __future__ import annotations

import re
from collections import defaultdict

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.selfbilling import captioned_roles, swap_parties

# Where the footer starts, as a share of the page's printed height (footercompany.footer_company).
_FOOTER = 0.85
# A register's name or abbreviation: fr "RCS"/"SIREN"/"SIRET", be "RPM"/"RPR"/"BCE"/"KBO"
# ("numéro d'entreprise", "ondernemingsnummer"), it "Registro Imprese"/"REA"/"C.F.", ch
# "Handelsregister"/"UID", de "Handelsregister"/"Amtsgericht".
_REGISTER = re.compile(
    r"(?<![^\W\d_])(?:r\.?\s?c\.?\s?s|siren|siret|rpm|rpr|bce|kbo|rea|c\.\s?f"
    r"|num[ée]ro d.entreprise|ondernemingsnummer|registro (?:delle )?imprese"
    r"|codice fiscale|handelsregister|amtsgericht|uid)(?![^\W\d_])",
    re.IGNORECASE,
)
# A VAT ID's national number: the digits its register line prints.
_NATIONAL = (
    re.compile(r"FR[0-9A-Z]{2}(\d{9})"),
    re.compile(r"BE(\d{10})"),
    re.compile(r"IT(\d{11})"),
    re.compile(r"CHE(\d{9})"),
)
# Digits a register line groups with spaces, dots or hyphens ("853 104 727", "0456.789.123").
_DIGITS = re.compile(r"\d+(?:[\s.\-]\d+)*")


def with_registered_seller(lines: list[Line], fields: dict[str, Value]) -> None:
    """Swap the parties where the footer's register line holds the buyer's VAT ID's number
    and not the seller's."""
    seller, buyer = fields.get("seller_vat_id"), fields.get("buyer_vat_id")
    if seller is None or buyer is None:
        return
    registered = _footer_register_digits(lines)
    if not registered:
        return
    ours, theirs = _national(seller.value), _national(buyer.value)
    if theirs is None or not _repeated(theirs, registered):
        return
    if ours is not None and _repeated(ours, registered):
        return
    if captioned_roles(lines):
        return
    swap_parties(fields)


def _national(vat_id: object) -> str | None:
    """The national register number a VAT ID is built on, where it is."""
    if not isinstance(vat_id, str):
        return None
    compact = re.sub(r"[\s.\-]", "", vat_id).upper()
    for pattern in _NATIONAL:
        found = pattern.match(compact)
        if found is not None:
            return found.group(1)
    return None


def _repeated(number: str, registered: list[str]) -> bool:
    """Whether a register line's digit run holds the number (a SIRET starts with a SIREN; a
    Belgian enterprise number's leading zero may be left off)."""
    return any(number.lstrip("0") in run for run in registered)


def _footer_register_digits(lines: list[Line]) -> list[str]:
    """The digit runs on the register lines of each page's footer."""
    pages: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    runs = []
    for page in pages.values():
        bottom = max(ln.y1 for ln in page)
        for line in page:
            if line.y0 < _FOOTER * bottom or not _REGISTER.search(line.text):
                continue
            for found in _DIGITS.finditer(line.text):
                run = re.sub(r"\D", "", found.group())
                if len(run) >= 9:
                    runs.append(run)
    return runs
