"""Latin American town lines in a letterhead's address block, which the postcode patterns
(towns.py) do not read.

Chilean, Peruvian and Colombian letterheads print no postcode: the street line ("Av.
Apoquindo 4501, Oficina 1203") stands over the commune or district and its region, parted
by dashes ("Las Condes - Santiago", "La Victoria - Lima - Lima", "Medellín, Antioquia -
Colombia"). Such a line ends the block only directly under a street with a house number,
and only where its last piece names a Latin American region, department or country, so a
European line with a dash ("Bolzano - Bozen") stays the other patterns' affair.

Argentina's CPA postcode is a province letter, four digits and three letters ("S2000DSM
Rosario"). Mexico's "C.P. 11950" is followed by the municipality and the state ("C.P.
11950, Miguel Hidalgo, Ciudad de México"), which belong to the address. A Mexican street's
cardinal suffix after its number ("Blvd. Constitución 1200 Ote.") is no postcode and town.

Under a letterhead's name, a Chilean business-activity line ("Giro: Venta al por mayor ...")
or a tax-regime line ("Responsable de IVA - Régimen común", "IVA Responsable Inscripto")
comes before the street and is no part of the address.
"""

from __future__ import annotations

import re

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_LOWER = "a-záéíóúñü"
_WORD = rf"[{_UPPER}][{_LOWER}]+\.?"
# A place's name: capitalised words, perhaps joined by a lower-case particle ("Ciudad de
# México", "Valle del Cauca", "La Victoria").
_NAME = rf"{_WORD}(?: (?:de|del|la|las|los|el|y) {_WORD}| {_WORD}){{0,3}}"

# Regions, departments, states and provinces that close a Latin American town line, and the
# countries themselves (matched case-blind, accents as printed or not).
_PLACES = (
    # countries
    r"chile|per[uú]|colombia|argentina|m[eé]xico|ecuador|bolivia|uruguay|paraguay|venezuela"
    r"|guatemala|honduras|el salvador|nicaragua|costa rica|panam[aá]|rep[uú]blica dominicana"
    # Chile: the capital and the regions' names
    r"|santiago|regi[oó]n metropolitana|regi[oó]n (?:de |del )?[a-záéíóúñ' ]+"
    r"|valpara[ií]so|biob[ií]o|antofagasta|atacama|coquimbo|araucan[ií]a|los lagos|los r[ií]os"
    r"|maule|[nñ]uble|tarapac[aá]|arica y parinacota|magallanes|ays[eé]n"
    # Peru: departments
    r"|lima|arequipa|cusco|cuzco|callao|la libertad|piura|lambayeque|jun[ií]n|puno|tacna"
    r"|ancash|[aá]ncash|cajamarca|loreto|ucayali|hu[aá]nuco|ayacucho|moquegua|san mart[ií]n"
    # Colombia: departments
    r"|antioquia|cundinamarca|valle del cauca|atl[aá]ntico|santander|norte de santander"
    r"|bol[ií]var|boyac[aá]|caldas|risaralda|quind[ií]o|tolima|huila|nari[nñ]o|cauca"
    r"|magdalena|c[oó]rdoba"
    # Argentina: provinces
    r"|buenos aires|santa fe|mendoza|tucum[aá]n|entre r[ií]os|salta|neuqu[eé]n|chubut"
    r"|misiones|corrientes|san juan|san luis|jujuy|r[ií]o negro|la pampa|santa cruz"
    # Mexico: states
    r"|ciudad de m[eé]xico|cdmx|nuevo le[oó]n|jalisco|estado de m[eé]xico|puebla|guanajuato"
    r"|quer[eé]taro|veracruz|yucat[aá]n|sonora|chihuahua|coahuila|baja california(?: sur)?"
    r"|sinaloa|tamaulipas|michoac[aá]n|oaxaca|chiapas|guerrero|hidalgo|morelos|aguascalientes"
    r"|san luis potos[ií]|durango|zacatecas|tabasco|campeche|quintana roo|nayarit|colima"
    r"|tlaxcala"
)
_PLACE = re.compile(rf"(?:{_PLACES})", re.IGNORECASE)

# "Las Condes - Santiago", "Medellín, Antioquia - Colombia": two or three names, a dash
# between two of them.
_DASHED_TOWN = re.compile(rf"^\s*{_NAME}(?:(?: [-–] |, ){_NAME}){{1,2}}\s*$")
# Argentina's CPA before its town ("S2000DSM Rosario"); the province letter is never I or O.
_CPA_TOWN = re.compile(rf"(?<![\w.,\-/])[A-HJ-NP-Z]\d{{4}}[A-Z]{{3}} {_WORD}(?: {_WORD})*")
# "1200 Ote.", "450 Pte.", "2020 Nte.": a house number and the street's cardinal suffix.
_CARDINAL = re.compile(r"\d{1,5}\s*(?:Ote|Pte|Nte|Oriente|Poniente|Norte)\.?(?=[,\s]|$)")
# "Giro: ...", "Responsable de IVA - Régimen común", "IVA Responsable Inscripto", "Régimen
# Simplificado", "NIT 900.482.731-8": a business-activity, tax-regime or tax-number line
# under the name.
_REGIME = re.compile(
    r"^\s*(?:giro\s*:"
    # ... or a Latin American tax number's line ("NIT 900.482.731-8", "R.U.T.: 76.123.456-0").
    r"|(?:nit|r\.?\s?u\.?\s?[tc]\.?|rfc|c\.?\s?u\.?\s?i\.?\s?t\.?)\s*:?\s*\d"
    r"|(?:no\s+)?responsable\s+(?:de\s+)?iva\b"
    r"|iva\s+(?:responsable\s+inscripto|exento|no\s+responsable)\b"
    r"|r[eé]gimen\s+(?:com[uú]n|simplificado|ordinario)\b)",
    re.IGNORECASE,
)


def latam_town(
    text: str, taken_texts: list[str], town: re.Match[str] | None
) -> re.Match[str] | None:
    """The block line's town: none where the postcode read is a street's number and
    cardinal suffix ("1200 Ote."); an Argentine CPA and its town; a commune and region
    parted by dashes directly under a street with a house number."""
    if town is not None:
        if _CARDINAL.fullmatch(town.group().strip(" ,")) or _CARDINAL.match(text, town.start()):
            return None
        return town
    cpa = _CPA_TOWN.search(text)
    if cpa is not None:
        return cpa
    if not taken_texts or not any(ch.isdigit() for ch in taken_texts[-1]):
        return None
    dashed = _DASHED_TOWN.match(text)
    if dashed is None or not re.search(r" [-–] ", text):
        return None
    last = re.split(r" [-–] |, ", text.strip())[-1]
    return dashed if _PLACE.fullmatch(last.strip()) else None


def latam_region_after(rest: str) -> bool:
    """Whether the words after a town line's comma are a municipality and a state ("Miguel
    Hidalgo, Ciudad de México", "Monterrey, Nuevo León"): capitalised names, the last a
    Latin American state, region or country."""
    pieces = [p.strip() for p in rest.split(",")]
    if not 1 <= len(pieces) <= 3:
        return False
    if not all(re.fullmatch(_NAME, p) for p in pieces):
        return False
    return _PLACE.fullmatch(pieces[-1]) is not None


def regime_line(text: str) -> bool:
    """A business-activity, tax-regime or tax-number line under a letterhead's name."""
    return _REGIME.match(text) is not None
