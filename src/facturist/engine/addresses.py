"""Postal addresses of seller and buyer: the lines under a party's name, down to its town.

An address is printed as a block under the name, in the name's column (left-, right-aligned
or centred with it): street, perhaps a building or contact line, then postcode and town,
perhaps a country. The block ends at the town line; contact and register lines (Tel, VAT
id, IBAN), dates, or a wide gap end it sooner, and then no address is given: without its
town line a block is not known to be one. A return address on one line ("ACME GmbH ● Ecke
12 ● 12345 Stadt") gives the rest of that line.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parties import (
    POSTCODE_TOWN,
    RECIPIENT_OPENING,
    RETURN_SEPARATOR,
    initials,
)

_CONTACT = re.compile(
    r"\b(?:tel|telefon|fon|phone|fax|mobil|e-?mail|www|http|ust|vat|tva|iva|btw|nip|uid"
    r"|steuer|tax|iban|bic|swift|gln|hrb|kvk|siret|siren|nif|cif|p\.\s?iva|mwst|kunden"
    r"|customer|client|cliente|klant|datum|date|fecha|data"
    r"|abn|gstin|gst|hst|uen)\b|@",
    re.IGNORECASE,
)
# A registration number outside the EU printed between a letterhead's name and its street
# ("ABN 51 824 753 556"): it ends no block that has not begun.
_REGISTRATION_UNDER_NAME = re.compile(r"^(?:abn|gstin|gst|hst|uen)\b", re.IGNORECASE)
_COUNTRY = re.compile(
    r"^(?:deutschland|germany|österreich|austria|schweiz|suisse|svizzera|switzerland|france"
    r"|españa|spain|italia|italy|nederland|the netherlands|netherlands|belgique|belgië"
    r"|belgium|portugal|polska|poland|united kingdom|uk|ireland|éire|usa|united states"
    r"|luxembourg|luxemburg|danmark|denmark|sverige|sweden|[A-Z]{2})$",
    re.IGNORECASE,
)
# "4557 De Silva St": a house number before the street, no postcode before a town.
_US_STREET = re.compile(
    r"^\d{3,5}\s+(?:[A-Z][\w.]*\s+){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr"
    r"|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway)\b\.?",
)
_MAX_LINES = 4  # street, building or person, town, country
# A caption before the street: "Registered office:", "Siège social :", "Sitz:", "Adresse:".
_ADDRESS_CAPTION = re.compile(
    r"^(?:registered office|head office|business address|address|siège(?: social)?|adresse"
    r"|sitz|firmensitz|sede(?: legale)?|domicilio(?: social)?|indirizzo|adres|morada)\s*:\s*",
    re.IGNORECASE,
)
_ALIGN = 8.0  # points between the name's edge and the address lines' edges


def party_address(
    lines: list[Line], name: Value | None, other: Value | None = None
) -> Value | None:
    """The postal address printed with the party `name` (found by its boxes), or None.

    `other` is the other party's name: a block reaching it is that party's.
    """
    if name is None or not name.boxes:
        return None
    last = name.boxes[-1]
    index = next(
        (
            i
            for i, line in enumerate(lines)
            if line.page == last.page and any(w.box == last for w in line.words)
        ),
        None,
    )
    if index is None:
        return None
    line = lines[index]
    cell = next((c for c in line.cells if any(w.box == last for w in c.words)), None)
    if cell is None:
        return None
    same_line = _rest_of_line(cell, str(name.value)) or _rest_of_line(
        _with_cells_after(line, cell), str(name.value)
    )
    if same_line is not None:
        return same_line
    # The block's edges: the name's cell, or the line's first cell when a logo's initials
    # stand left of the name ("FL  Fjord Lusitano SAS" over "99 rue de la République").
    edges = {(cell.x0, cell.x1)}
    logo = line.cells[0]
    if logo is not cell and initials(logo.text) and cell.x0 - logo.x1 < 40:
        # The letters sit inset in the logo's square: the block starts up to a letter-run's
        # width left of them.
        edges.add((logo.x0 - (logo.x1 - logo.x0) / 2, logo.x1))
    avoid = {str(other.value), other.text} if other is not None else set()
    below = _block_below(lines, index, edges, avoid, str(name.value))
    if below is not None:
        return below
    # A letterhead name alone at the top; the window's return address line names it again
    # with its street and town ("Polder Delta AG · Mariahilfer Straße 1 · 4240 Linz").
    for candidate in lines:
        for again in candidate.cells if candidate.page == last.page else []:
            if again is not cell and again.text.startswith(str(name.value)):
                found = _rest_of_line(again, str(name.value))
                if found is not None:
                    return found
    return None


def _rest_of_line(cell: Cell, name: str) -> Value | None:
    """ "ACME GmbH ● Ecke 12 ● 12345 Stadt": what follows the name, when it holds a town."""
    count = len(name.split())
    texts = [w.text for w in cell.words]
    start = next(
        (i for i in range(len(texts)) if " ".join(texts[i : i + count]).strip(" ,●·|") == name),
        None,
    )
    if start is None:
        return None
    rest = cell.words[start + count :]
    text = " ".join(w.text for w in rest)
    if not rest or not RETURN_SEPARATOR.search(text):
        return None
    # The address ends with its town (and a country after it): a footer line goes on with
    # the company's capital, register and VAT number ("... · 75008 Paris · SAS au capital").
    town = next(
        (m for m in POSTCODE_TOWN.finditer(text) if not _US_STREET.match(text[m.start() :])),
        None,
    )
    if town is None:
        return None  # only a house number, read as a postcode: no town
    after = RETURN_SEPARATOR.search(text, town.end())
    end = after.start() if after else len(text)
    if after is not None:
        following = RETURN_SEPARATOR.split(text[after.end() :], maxsplit=1)[0].strip(" ,")
        if _COUNTRY.match(following) and len(following) > 2:
            end = after.end() + len(following)
    # "... Bristol BS1 6DZ. Registered in England and Wales No. 10928374.": a sentence ends.
    sentence = re.compile(r"[.;]\s").search(text, town.end(), end)
    end = sentence.start() if sentence else end
    parts = [p.strip(" -–,●•·|▪■") for p in RETURN_SEPARATOR.split(text[:end])]
    if parts:
        parts[0] = _ADDRESS_CAPTION.sub("", parts[0])  # "Registered office: 3 Temple Quay"
    joined = ", ".join(p for p in parts if p)
    kept = rest[: len(text[:end].split())]
    return Value(joined, text[:end], tuple(w.box for w in kept)) if joined else None


def _with_cells_after(line: Line, cell: Cell) -> Cell:
    """The cell and the rest of its line, the gaps between cells read as separators
    ("Nimbusfield Cloud, Inc. | 1200 Westlake Ave N | Seattle, WA 98109" in a footer)."""
    words = list(cell.words)
    for following in line.cells[line.cells.index(cell) + 1 :]:
        words.append(Word("|", following.words[0].box))
        words.extend(following.words)
    return Cell(words)


def _aligned(cell: Cell, edges: set[tuple[float, float]]) -> bool:
    """Left-aligned, right-aligned or centred with one of the block's edges."""
    middle = (cell.x0 + cell.x1) / 2
    return any(
        abs(cell.x0 - x0) < _ALIGN or abs(cell.x1 - x1) < _ALIGN or abs(middle - (x0 + x1) / 2) < 4
        for x0, x1 in edges
    )


def _block_below(
    lines: list[Line],
    index: int,
    edges: set[tuple[float, float]],
    avoid: set[str],
    name: str = "",
) -> Value | None:
    start = lines[index]
    bottom, height = start.y1, start.height
    taken: list[Cell] = []
    for line in lines[index + 1 : index + 9]:
        if line.page != start.page or line.y0 - bottom > 1.6 * max(height, line.height):
            break
        centred = _centred_line(line, edges)
        if centred is not None and not any(ch.isdigit() for ch in centred.text):
            # "Mehmet Özdemir · Taxiunternehmen": owner and trade under the name, no address.
            bottom, height = line.y1, line.height
            continue
        cell = centred or next((c for c in line.cells if _aligned(c, edges)), None)
        if cell is None:
            continue
        if taken and name and _names_party(cell.text, name):
            # "Développement web ..." / "EI Camille Roussel" / street: a tagline and the
            # legal name under the letterhead's name come before the address proper.
            taken.clear()
            bottom, height = line.y1, line.height
            continue
        text = cell.text
        if not taken and _REGISTRATION_UNDER_NAME.match(text):
            bottom, height = line.y1, line.height
            continue
        if _CONTACT.search(text) or RECIPIENT_OPENING.match(text) or text in avoid:
            break  # contact lines, or the other party's block ("Herrn Max Mustermann")
        taken.append(cell)
        bottom, height = line.y1, line.height
        town = POSTCODE_TOWN.search(text)
        if town and not _US_STREET.match(text):
            # A centred letterhead line may go on after the town (" · (860) 555-0142").
            after = RETURN_SEPARATOR.search(text, town.end())
            if after is not None and not _COUNTRY.match(text[after.end() :].strip(" ,")):
                taken[-1] = Cell([w for w in cell.words if w.box.x0 < _x_at(cell, after.start())])
            return _joined(taken + _country_after(lines, line, edges))
        if len(taken) >= _MAX_LINES:
            break
    return None


def _names_party(text: str, name: str) -> bool:
    """Whether a line of the block repeats the party's name ("EI Camille Roussel")."""
    return len(name) >= 4 and name.casefold() in text.casefold() and text.strip() != name


def _centred_line(line: Line, edges: set[tuple[float, float]]) -> Cell | None:
    """A whole line, its cells together, centred under a centred name: a letterhead's
    "One Financial Plaza, 27th Floor · Hartford, Connecticut 06103 · (860) 555-0142"."""
    if len(line.cells) < 2:
        return None
    middle = (line.cells[0].x0 + line.cells[-1].x1) / 2
    if not any(abs(middle - (x0 + x1) / 2) < 6 for x0, x1 in edges):
        return None
    return Cell([w for c in line.cells for w in c.words])


def _x_at(cell: Cell, offset: int) -> float:
    """The left edge of the word of `cell` at character `offset` of its text."""
    position = 0
    for word in cell.words:
        if position >= offset:
            return word.box.x0
        position += len(word.text) + 1
    return cell.x1 + 1


def _country_after(lines: list[Line], town: Line, edges: set[tuple[float, float]]) -> list[Cell]:
    following = next((ln for ln in lines if ln.page == town.page and ln.y0 > town.y1), None)
    if following is None or following.y0 - town.y1 > 1.6 * town.height:
        return []
    return [
        c for c in following.cells if _aligned(c, edges) and _COUNTRY.match(c.text.strip(" ,"))
    ][:1]


def _joined(cells: list[Cell]) -> Value:
    words: list[Word] = [w for c in cells for w in c.words]
    text = ", ".join(c.text.strip(" ,") for c in cells)
    text = re.sub(r"\s*[●•·|▪■]\s*", ", ", text)  # a centred line's pieces
    return Value(text, text, tuple(w.box for w in words))
