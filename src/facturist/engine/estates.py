"""A line naming an industrial estate or a business park: part of a postal address.

Firms on an estate print its name on a line of its own between their name and their street
("Polígono Industrial Fuente del Jarro" / "C/ Ciudad de Sevilla, 27" / "46988 Paterna"). It
holds no digit and reads like capitalised words, as a contact person's name or a trade
tagline does; the estate's word (es "Polígono", "P.I.", it "Zona Industriale", "Z.I.", de
"Gewerbegebiet", fr "ZA", "ZI") says it is a place.
"""

from __future__ import annotations

import re

# The estate's word, opening the line or after a unit's number ("Nave 4, Pol. Ind. ...").
_ESTATE = re.compile(
    # es / pt / it: "Polígono (Industrial)", "Pol. Ind.", "P.I.", "Zona Industrial(e)",
    # "Z.I.", "Zona Artigianale", "Area Industriale", "Parque Empresarial / Industrial /
    # Tecnológico", "Parco Industriale", "Ciudad del Transporte".
    r"\b(?:pol[ií]gono|pol\.\s?ind\.?|p\.\s?i\.(?=\s)|zona\s+(?:industrial[e]?|artigianale"
    r"|empresarial|franca)|z\.\s?i\.(?=\s)|area\s+(?:industriale|artigianale)"
    r"|parque\s+(?:empresarial|industrial|tecnol[oó]gico|de\s+actividades)"
    r"|parco\s+(?:industriale|scientifico|tecnologico)|[áa]rea\s+empresarial"
    # de / nl: "Gewerbegebiet", "Industriegebiet", "Gewerbepark", "Industriepark",
    # "Industrieterrein", "Bedrijventerrein", "Bedrijvenpark".
    r"|gewerbe(?:gebiet|park|hof)|industrie(?:gebiet|park|terrein)|bedrijven(?:terrein|park)"
    # fr: "Zone d'activité(s)", "Zone industrielle / artisanale", "Parc d'activités", and
    # their capitals' shorthand "ZA", "ZI", "ZAC", "ZAE" before the estate's name.
    r"|zone\s+(?:d['’]\s?activit[ée]s?|industrielle|artisanale|commerciale)"
    r"|parc\s+d['’]\s?activit[ée]s|^(?:ZA|ZI|ZAC|ZAE)\s"
    # pl: "Strefa Przemysłowa", "Park Przemysłowy"; en: "Industrial Estate", "Business
    # Park", "Trading Estate", "Industrial Park".
    r"|strefa\s+(?:przemys[łl]owa|ekonomiczna)|park\s+przemys[łl]owy"
    r"|industrial\s+(?:estate|park)|business\s+park|trading\s+estate)",
    re.IGNORECASE,
)
# "ZA", "ZI" in capitals only: "Za" or "zi" are words.
_CAPS_SHORTHAND = re.compile(r"^(?:ZA|ZI|ZAC|ZAE)\s")


def industrial_estate(text: str) -> bool:
    """Whether a line names an industrial estate or a business park (see the module's note)."""
    stripped = text.strip()
    found = _ESTATE.search(stripped)
    if found is None:
        return False
    if found.group().strip().casefold() in {"za", "zi", "zac", "zae"}:
        return _CAPS_SHORTHAND.match(stripped) is not None
    return True
