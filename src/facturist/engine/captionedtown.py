"""A town line printed as captioned parts, the postcode last ("Comune: Modena  Provincia: MO
Cap: 41126" in Italy's e-invoice copy): read in postal order ("41126 Modena (MO)") so that the
town rules know it, and the address reads as the country writes it."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

# The part captions such a line holds, and the one it opens with (the town's).
_TOWN_CAPTION = re.compile(r"^(?:comune|citt[àa]|localit[àa])\s*:$", re.IGNORECASE)
_PART = {"comune": "town", "città": "town", "citta": "town", "località": "town"}
_PART |= {"localita": "town", "provincia": "province", "prov.": "province", "prov": "province"}
_PART |= {"cap": "code", "c.a.p.": "code"}
# The country's code after the postcode ("Cap: 10123 Nazione: IT"), the address's last part.
_PART |= {"nazione": "country", "paese": "country"}
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_CODE = re.compile(r"^\d{5}$")


def captioned_town(
    line: Line, cell: Cell, limit: float = float("inf"), under: Line | None = None
) -> Cell | None:
    """The line's town, province and postcode from the cell's "Comune:" on, as one cell in
    postal order; None unless it opens so and carries a five-digit "Cap:".

    `limit` is where the next box's column starts: two party boxes side by side print their
    rows at one height ("Comune: Bologna Provincia: BO      Cap: 41049 Nazione: IT"), and a
    part past it is the other box's. A "Cap:" the box wraps onto the row `under` the town's,
    flush with it, completes the town.
    """
    first = cell.words[0]
    if not _TOWN_CAPTION.match(first.text):
        return None
    words = line.words[next(i for i, w in enumerate(line.words) if w is first) :]
    parts = _parts([w for w in words if w.box.x0 < limit - _FLUSH])
    if "code" not in parts and under is not None:
        wrapped = next((c for c in under.cells if abs(c.x0 - cell.x0) < _FLUSH), None)
        if wrapped is not None and wrapped.words[0].text.lower() in ("cap:", "c.a.p.:"):
            # "Cap: 40133 | Nazione: IT": its parts may stand in cells of their own.
            start = next(i for i, w in enumerate(under.words) if w is wrapped.words[0])
            tail = _parts([w for w in under.words[start:] if w.box.x0 < limit - _FLUSH])
            parts["code"] = tail.get("code", [])
            parts["country"] = tail.get("country", [])
    town, code, province = parts.get("town"), parts.get("code"), parts.get("province")
    country = parts.get("country") or []
    if not town or not code or len(code) != 1 or not _CODE.match(code[0].text):
        return None
    ordered = [*code, *town]
    if province and len(province) == 1 and province[0].text.isalpha():
        ordered.append(replace(province[0], text=f"({province[0].text})"))
    if len(country) == 1 and _COUNTRY_CODE.match(country[0].text):
        # "10123 Torino (TO), IT": the country closes the address, as a line of its own would.
        ordered[-1] = replace(ordered[-1], text=f"{ordered[-1].text},")
        ordered.append(country[0])
    return Cell(ordered)


_FLUSH = 8.0  # points between the left edges of a box's rows


def _parts(words: list[Word]) -> dict[str, list[Word]]:
    """The captioned parts of a run of words, up to a caption of no part or one seen twice."""
    parts: dict[str, list[Word]] = {}
    current = ""
    for word in words:
        if word.text.endswith(":"):
            part = _PART.get(word.text[:-1].strip().lower())
            if part is None or part in parts:
                break  # another caption, or the next block's "Comune:" on the same line
            current = part
            parts[part] = []
            continue
        if current:
            parts[current].append(word)
    return parts


# A town line led by the country's code: "DE 80687 München", as viewers print an address's
# country (BT-40 / BT-55) before its postcode and town.
_COUNTRY_FIRST = re.compile(r"^[A-Z]{2}$")
_POSTCODE = re.compile(r"^\d{4,5}$")


def country_first_town(words: list[Word]) -> list[Word] | None:
    """A town line's words in postal order with its leading country code moved last, after a
    comma ("DE 80687 München" -> "80687 München, DE"); None unless it opens with a country's
    code and then a postcode and a town."""
    if len(words) < 3 or not _COUNTRY_FIRST.match(words[0].text):
        return None
    if not _POSTCODE.match(words[1].text) or not words[2].text[:1].isalpha():
        return None
    rest = words[1:]
    rest[-1] = replace(rest[-1], text=f"{rest[-1].text},")
    return [*rest, words[0]]
