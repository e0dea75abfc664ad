"""The town line of a country that prints no postcode: "Dubai, United Arab Emirates", "Kwun
Tong, Kowloon, Hong Kong", "P.O. Box 118844, Dubai", "Doha, State of Qatar", "Osu, Accra,
Ghana", "P.O. Box 10234-00100 Nairobi" (Kenya's box and its postal code).

An address block ends at its town line, which the postcode-and-town patterns (towns.py) know
by its postcode. The Gulf states and Hong Kong print none (or, as Saudi Arabia, Kuwait, Oman
and the Philippines, one after the town and before the country): there the town line is the
one that ends in the country's name after a town, or a post-office box and its town, or the
country's name alone under the street and town lines ("Dubai" / "United Arab Emirates").
Without it the block reader (addresses.py) finds no town and gives no address at all.

The country names here are those of postcode-less places only: "Dublin, Ireland" or "Berlin,
Germany" keep their postcode patterns, so their blocks read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Cell
from facturist.engine.legalforms import IRISH_COUNTIES

# African countries whose addresses end in the town and the country, no postcode before it.
AFRICAN_COUNTRY = (
    r"(?:Kenya|Nigeria|Ghana|Uganda|Tanzania|Rwanda|Burundi|Zambia|Zimbabwe|Malawi|Botswana"
    r"|Namibia|Ethiopia|Egypt|Sudan|Cameroun|Cameroon|Gabon|Congo|Mali|Niger|Burkina Faso"
    r"|Togo|B[ée]nin|Guin[ée]e|Guinea|Sierra Leone|Liberia|Gambia|Angola|Mozambique"
    r"|Côte d['’]Ivoire|Cote d['’]Ivoire|S[ée]n[ée]gal|Mauritanie|Mauritania|Djibouti)"
)

_COUNTRY = (
    r"(?:U\.\s?A\.\s?E\.?|UAE|United Arab Emirates|Hong Kong(?: S\.?A\.?R\.?)?|HKSAR|Macau|Macao"
    r"|(?:State of )?Qatar|(?:State of )?Kuwait|(?:Kingdom of )?Bahrain|(?:Sultanate of )?Oman"
    r"|(?:Kingdom of )?Saudi Arabia|K\.?S\.?A\.?"
    # The Philippines print their four-digit postcode after the town as well ("Mandaluyong
    # City 1550, Philippines").
    r"|(?:Republic of the )?Philippines"
    # Most of Africa prints none either ("Mombasa, Kenya", "Osu, Accra, Ghana", "Lagos,
    # Nigeria"); Egypt its five digits after the town ("Cairo 11765, Egypt").
    rf"|{AFRICAN_COUNTRY})"
)
# A town's name: capitalised words ("Abu Dhabi", "Ras Al Khaimah", "Kowloon", "Al-Khobar").
_TOWN = r"[A-Z][A-Za-z'\-]+(?: (?:[A-Z][A-Za-z'\-]+|al|el|bin))*"
# The town (perhaps with the postcode Saudi Arabia, Kuwait and Oman print after it) and the
# country, ending the line or its piece: "Dubai, U.A.E.", "Riyadh 12214, Kingdom of Saudi
# Arabia", "Abu Dhabi - UAE". The town opens the line or follows a comma.
_TOWN_COUNTRY = re.compile(
    rf"(?:^|(?<=, ))\s*{_TOWN}(?: \d{{3,5}})?(?:,| [-–])? {_COUNTRY}"
    r"(?=\s*(?:$|[|·•–]))",
)
# "P.O. Box 118844, Dubai", "PO Box 5521 Doha": the box and its town end the line; a
# Canadian box's post office after it ("PO Box 2270 Stn Main", "Succ. Centre-Ville") is none.
_BOX_TOWN = re.compile(
    rf"\b(?i:P\.?\s?O\.?\s?Box)\s*:?\s*\d{{2,7}}(?:-\d{{5}})?,?\s+"
    rf"(?P<town>(?!(?i:stn|station|succ|succursale|rpo)\b){_TOWN})\s*$"
)
# A city state named alone on the line under the street: "Hong Kong", "Kowloon", "Macau";
# or the country alone under its town's line ("Abu Dhabi" / "United Arab Emirates"), which
# ends the block as the postcode's line would.
_CITY_STATE = re.compile(rf"^\s*(?:Kowloon|{_COUNTRY})\s*$")


# Turkey's district and province under a street its kinds name ("Caferağa Mah. Moda Cad.
# No:48/2" / "Kadıköy/ İstanbul"): an e-Arşiv invoice often prints no postcode.
_TURKISH_STREET = re.compile(
    r"\b(?:Mah|Mahallesi|Cad|Caddesi|Sok|Sokak|Sk|Bulv|Bulvar[ıi])\b\.?|\bNo\s?:\s?\d",
    re.IGNORECASE,
)
_DISTRICT_PROVINCE = re.compile(r"^\s*[^\W\d_]+(?: [^\W\d_]+){0,3}\s?/\s?[^\W\d_]+\s*$")


# An Irish town line without its Eircode: the town and its county ("Adare, Co. Limerick",
# "Kinsale Co Cork", "Co. Wexford" alone under the town), which ends the block as a
# postcode would. Rural addresses print no house number, so no street digit is asked for.
_IRISH_COUNTY = re.compile(
    rf"(?:^|(?<=[\s,]))(?:Co\.?|County) {IRISH_COUNTIES}(?=\s*(?:$|,\s*(?:Ireland|Éire)\s*$))"
)


def postcodeless_town(text: str, taken: Sequence[Cell]) -> re.Match[str] | None:
    """Where a line of a block names a postcode-less town: its town and country, its post
    box's town, or a city state alone under a street. A line holding only the town (no
    street above it, none before it on the line) gives no address, so is none."""
    street_above = any(ch.isdigit() for cell in taken for ch in cell.text)
    found = _TOWN_COUNTRY.search(text)
    if found is not None and (taken or found.start() > 0):
        return found
    county = _IRISH_COUNTY.search(text)
    if county is not None and taken:
        return county
    box = _BOX_TOWN.search(text)
    if box is not None:
        return box
    if street_above and any(_TURKISH_STREET.search(cell.text) for cell in taken):
        return _DISTRICT_PROVINCE.match(text) or _CITY_STATE.match(text)
    if street_above:
        return _CITY_STATE.match(text)
    return None
