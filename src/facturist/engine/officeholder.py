"""An office holder's line inside an organisation's address block: the role, then the
person's name ("Kassenwart Uwe Bartsch", "Vorsitzende Dr. Ines Kraft", "Treasurer: Jane
Doe", "Penningmeester J. de Vries", "Trésorier M. Paul Martin").

Clubs, associations and small firms are billed for the attention of their treasurer,
chair or managing director, named on a line of its own between the organisation's name
and the street. The line names who reads the letter, no part of the postal address
(readerlines.py strips it with the attention and department lines).
"""

from __future__ import annotations

import re

# The role: German, English, Dutch, French, Italian, Spanish officers of a club or firm.
_ROLE = (
    r"(?:kassenwart(?:in)?|kassier(?:er(?:in)?)?|schatzmeister(?:in)?|schriftf[üu]hrer(?:in)?"
    r"|(?:1\.\s*|2\.\s*|erste[rn]?\s+|zweite[rn]?\s+|stellv(?:\.|ertretende[rn]?)\s*)?"
    r"vorsitzende[rn]?|vorstand|gesch[äa]ftsf[üu]hrer(?:in)?|gesch[äa]ftsf[üu]hrung"
    r"|inhaber(?:in)?|obmann|obfrau|pr[äa]sident(?:in)?"
    r"|treasurer|secretary|chair(?:man|woman|person)?|president|managing\s+director|director"
    r"|penningmeester|voorzitter|secretaris|trésori(?:er|ère)|tresori(?:er|ère)"
    r"|présidente?|presidente?|secrétaire|g[ée]rante?|tesorier[ea]|segretari[oa]|tesorer[oa]"
    r"|secretari[oa]"
    # Nordic: da/no "Kasserer", "Formand", "Styreleder", "Daglig leder", sv "Kassör",
    # "Ordförande", "VD"; fi "Rahastonhoitaja", "Puheenjohtaja", "Toimitusjohtaja"; and the
    # compounds of a head's word ("Klinikchef", "Afdelingsleder", "Talouspäällikkö").
    r"|kasserer|kass[öø]r|formand|formann|ordf[öo]rande|styreleder|styreformand|daglig\s+leder"
    r"|sekret[æa]r|sekreterare|direkt[øö]r|vd|rahastonhoitaja|puheenjohtaja|sihteeri"
    r"|isännöitsijä|[^\W\d_]{3,}(?:chef|leder|ledare|ansvarlig|ansvarig|p[äa][äa]llikk[öo]"
    r"|johtaja|vastaava))"
)
# A salutation or an academic title before the name ("Herrn", "Frau Dr.", "Mr", "M.").
_BEFORE_NAME = (
    r"(?:(?:herrn?|frau|mr\.?|mrs\.?|ms\.?|dhr\.?|mevr\.?|m\.|mme\.?|monsieur|madame"
    r"|sig\.(?:ra)?|sr\.|sra\.|dr\.|prof\.|ing\.|dipl\.-\w+\.|mag\.)\s+)*"
)
# The person's name: two to four words, each capitalised or an initial, perhaps with
# particles ("Uwe Bartsch", "J. de Vries", "Anna-Lena von der Heide").
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ](?:(?:[^\W\d_]|['’\-])+|\.))"
_PARTICLE = r"(?:von|van|de|der|den|du|la|le|di|da|del|zu|ter|ten)"
_OFFICE_HOLDER = re.compile(
    rf"^{_ROLE}\s*[:,\-–]?\s+{_BEFORE_NAME}{_NAME_WORD}"
    rf"(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}$",
    re.IGNORECASE,
)


def office_holder_line(text: str) -> bool:
    """Whether a line is a role and a person's name, with no digit after the role (a
    club's treasurer, a firm's managing director) inside an address block."""
    return _OFFICE_HOLDER.match(text.strip()) is not None
