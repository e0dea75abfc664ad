"""Which line of an address block names its town, and which lines are contact lines.

Shared by the block readers (addresses.py) and the letterhead's address apart from its name
(letterheadaddress.py).
"""

from __future__ import annotations

import re

from facturist.engine.countrypostcodes import country_postcode_town
from facturist.engine.layout import Cell
from facturist.engine.towns import CAPITALS_TOWN, COUNTRY_NAMES, POSTCODE_TOWN

# Contact, register and reference pieces: a line holding one (before its town) is no street.
CONTACT = re.compile(
    r"\b(?:t[eé]l|telefon|fon|phone|fax|mobil|e-?mail|www|http|ust|vat|tva|iva|btw|nip|uid"
    r"|steuer|tax|iban|bic|swift|gln|hrb|kvk|siret|siren|nif|cif|p\.\s?iva|mwst|kunden"
    r"|customer|client|cliente|klant|datum|date|fecha|data"
    r"|abn|gstin|gst|hst|uen)\b|@",
    re.IGNORECASE,
)
# "4557 De Silva St": a house number before the street, no postcode before a town; so are
# the kinds of street a suffix names less often ("210 Mill Creek Trail", "45 Oak Circle")
# and the streets named without one ("1815 Broadway", "330 The Embarcadero").
US_STREET = re.compile(
    r"^\d{3,5}\s+(?:[A-Z][\w.]*\s+){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr"
    r"|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway|Cir|Circle|Ter|Terrace"
    r"|Trl|Trail|Tpke|Turnpike|Pike|Broadway|Bowery|Embarcadero)\b\.?",
)
_CAPITALS_STREET = re.compile(rf"{US_STREET.pattern}\s*$", re.IGNORECASE)
_BOX_BEFORE = re.compile(r"\bbox\s*$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\b(?:suite|unit|box|floor|apt|no\.?|nr\.?|#)\s*$", re.IGNORECASE)
# ... and, under a street, "Wellington 6035" (New Zealand, South Africa: the postcode after
# the town, ending the line), perhaps after its suburb ("Stoke, Nelson 7011"). A letterhead
# that bills abroad names its country after the code ("Auckland 1010, New Zealand"), and
# Maori place names keep their macrons ("Whangārei 0110", "Taupō 3330").
_TOWN_WORD = r"[A-ZÀ-ÞĀĒĪŌŪ][a-zß-ÿāēīōū]+"
_TOWN_THEN_CODE = re.compile(
    rf"^{_TOWN_WORD}(?: {_TOWN_WORD})*(?:, {_TOWN_WORD}(?: {_TOWN_WORD})*)?,? \d{{4}}"
    rf"(?:,? (?i:{COUNTRY_NAMES}))?$"
)
# The same town and code ending a whole address on one line, after the street and suburb
# ("18 Electron Avenue, Isando, Kempton Park, 1600"): the line opens with a house number.
# A unit may open it before the building and street ("Unit 4, Bree Street Studios, 112 Bree
# Street, Cape Town, 8001"), and the line may go on into the phone after a bar ("..., Midrand,
# 1686 | Tel 011 805 2290").
_HOUSE_FIRST = re.compile(
    r"^\d{1,5}[A-Za-z]?\s+[^\W\d_]|^(?:Unit|Shop|Suite|Flat|Office)\s+\d{1,4}[A-Za-z]?,\s"
)
_CODE_ENDING_LINE = re.compile(r"(?<=, )[A-Z][a-z]+(?: [A-Z][a-z]+)*,? \d{4}(?=$| [|·•] )")


def ends_with_coded_town(text: str) -> bool:
    """ "42 Harbour Road, Riverside, Nelson 7010": a whole address on one piece of a line, a
    house number first and the town with its four-digit postcode last (New Zealand, South
    Africa, as a footer's company line prints it between its register pieces)."""
    return _HOUSE_FIRST.match(text) is not None and _CODE_ENDING_LINE.search(text) is not None


# Brazil's "CEP 30130-005" / "CEP: 30130005", Mexico's "C.P. 06600": a postcode after its own
# caption ("Belo Horizonte – MG, CEP 30130-005"), which the postcode-and-town patterns do not
# read; the caption makes the digits a postcode, so the line ends an address block.
_CAPTIONED_POSTCODE = re.compile(r"\b(?:CEP:?\s*\d{5}-?\d{3}|C\.\s?P\.?:?\s*\d{5})\b")
# "9000 St. Gallen", "3100 St. Pölten": a postcode before a town named for a saint, alone on
# its line, which reads like a US house number before "St." (a street); a second word that
# names a street's kind makes it one ("4557 St. Charles Avenue"). Austrian, German and Swiss
# saints' towns add their region after "in", "im", "am", "an der", "bei", "ob" ("6380 St.
# Johann in Tirol", "5600 St. Johann im Pongau", "9300 St. Veit an der Glan").
_SAINT_TOWN = re.compile(
    r"^\s*(?:[A-Z]{1,2}-)?\d{4,5} St\. ?[A-ZÀ-Þ][a-zß-ÿ]+"
    r"(?:(?: (?:in|im|am|an der|an den|bei|ob|ob der|unter|auf der))?"
    r"[ \-](?!(?:Avenue|Ave|Street|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl"
    r"|Court|Ct)\b)[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$"
)
# "1100 Wilson Blvd., Suite 2400": a unit's number after the street, which reads like a town
# and a four-digit postcode ("Kempton Park, 1600"); a suite, unit or floor is no town.
_UNIT_NUMBER = re.compile(r"(?:Suite|Ste|Unit|Floor|Room|Apt|Bldg|Building),? \d{1,5}", re.I)
# ... and ending a street's line after a comma ("..., Suite 300", "..., Unit 4B", "..., Suite B").
_UNIT_ENDING = re.compile(
    r",\s*(?:Suite|Ste\.?|Unit|Floor|Room|Apt\.?|Bldg|Building|#)\s*(?:\d{1,5}[A-Za-z]?|[A-Z])\s*$",
    re.IGNORECASE,
)


def town_in(text: str, taken: list[Cell]) -> re.Match[str] | None:
    """Where a block's line names its town: a postcode and town that is no US house number
    and street ("1650 Market Street"); after the street, a town line only a block tells, or
    a postcode alone under a town ("Cape Town" over "7441"); a captioned postcode; a saint's
    town after its postcode. A unit's number is none."""
    found = _printed_town(text, taken) or _CAPTIONED_POSTCODE.search(text)
    if found is not None and _UNIT_NUMBER.fullmatch(found.group().strip(" ,")):
        return None
    # India's PIN and Israel's seven digits, told by a state, a known town or the country
    # beside them ("110020 Delhi", "Haifa 3303312", countrypostcodes.py).
    found = found or _SAINT_TOWN.match(text) or country_postcode_town(text)
    if found is None and GLUED_HOUSE_NUMBER.search(text):
        # "Vognmandsvej 9.7430 Ikast": OCR read the dot between the house number and the
        # postcode as one word with them ("9 · 7430"); read apart, the postcode has its town.
        found = _printed_town(GLUED_HOUSE_NUMBER.sub(r"\1 ", text), taken)
    return found


# A house number after its street's word, glued by a dot to a postcode before a town.
GLUED_HOUSE_NUMBER = re.compile(
    r"(?<=[^\W\d_] )(\d{1,4}[A-Za-z]?)[.·](?=\d{4,5} [A-ZÀ-ÞÆØÅ][a-zß-ÿæøå])"
)


def _printed_town(text: str, taken: list[Cell]) -> re.Match[str] | None:
    towns = [t for t in POSTCODE_TOWN.finditer(text) if not US_STREET.match(text[t.start() :])]
    # "PO Box 2270 Stn Main": the number after "Box" is the box's, no postcode.
    towns = [t for t in towns if not _BOX_BEFORE.search(text[: t.start()])]
    # "1400 East Midway Plaisance, Suite 300": a house number opening a line its unit ends is
    # the street's, no postcode ("1400 EA" reads like a Dutch one).
    towns = [t for t in towns if t.start() > 0 or not _UNIT_ENDING.search(text, t.end())]
    if len(towns) > 1 and towns[0].start() == 0 and ", " in text[: towns[1].start()]:
        # "20690 Langley Bypass #110, Langley, BC V3A 5E8": the house number opening the
        # line is no postcode; the town follows the street after a comma.
        return towns[1]
    if towns:
        return towns[0]
    if _HOUSE_FIRST.match(text):
        ending = _CODE_ENDING_LINE.search(text)
        if ending is not None:
            return ending
    capitals = CAPITALS_TOWN.search(text)
    if capitals is not None and _UNIT_WORD.search(text[: capitals.start()]):
        capitals = None  # "SUITE 1200 NORTH TOWER": a unit's number, no postcode
    if capitals is not None and _CAPITALS_STREET.match(text[capitals.start() :]):
        capitals = None  # "2901 BOSTON ST": a US house number and street in capitals
    if capitals is not None or not any(ch.isdigit() for cell in taken for ch in cell.text):
        return capitals  # with no street above, "Via Emilia Est 1520" is the street
    alone = re.fullmatch(r"\d{4}", text.strip())
    if alone is not None and not any(ch.isdigit() for ch in taken[-1].text):
        return alone
    return _TOWN_THEN_CODE.search(text)
