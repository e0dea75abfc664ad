"""A party's address on Spanish and Portuguese caption | value rows of its block.

Latin American invoices list a party as caption | value rows: Chile's and Peru's "Señor(es) |
: ACME" over "Dirección | : Los Militares 5620" and "Comuna | : Las Condes"; Argentina's
"Domicilio Comercial: | Av. Belgrano 1842 - Ciudad de Buenos Aires"; Colombia's "Dirección: |
Calle 72 # 10 - 34"; Brazil's NFS-e "Endereço: | Rua X, 1190" over "Município: | Belo
Horizonte | UF: MG | CEP: 30140-128". The value starts with the caption's colon when it is
set in a column of its own. The address row's value is the address; a town row right under it
("Comuna", "Município", "Ciudad") adds its values, their own captions ("UF:", "CEP:") dropped.
"""

from __future__ import annotations

import re

from facturist.engine.fences import unfenced
from facturist.engine.layout import Cell, Line, line_holding
from facturist.engine.model import Value

# The caption of an address row, its colon perhaps in the value's cell.
# Portugal's "Morada", and the same rows elsewhere ("Adresse | ..." over "PLZ | ..." and
# "Ort | ...", "Address | ..." over "Postcode | ..." and "Town | ...").
_ADDRESS = re.compile(
    r"^(?:direcci[oó]n|domicilio|endere[cç]o|morada|adresse|anschrift|address|indirizzo)"
    r"(?: (?:comercial|fiscal|legal|del cliente|del adquirente|del receptor|do tomador"
    r"|do prestador))?\s*:?$",
    re.IGNORECASE,
)
# The same caption with its value in one cell ("Domicilio: Bv. Pellegrini 3120").
_ADDRESS_INLINE = re.compile(
    r"^(?:direcci[oó]n|domicilio|endere[cç]o)(?: (?:comercial|fiscal|legal|del cliente))?"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The caption of a town row under the address row.
_TOWN = re.compile(
    r"^(?:comuna|munic[ií]pio|ciudad|cidade|distrito|localidad|provincia|bairro"
    r"|departamento|estado|c[óo]digo postal|localidade|pa[ií]s|plz|ort|land|postcode"
    r"|post code|postal code|zip(?: code)?|town|city|country)\s*:?$",
    re.IGNORECASE,
)
# A caption inside a town row ("UF:", "CEP:"), alone or before its value.
_INNER_CAPTION = re.compile(r"^[A-Za-zÀ-ÿ. ]{1,20}:\s*")
# A word of the street's (a postcode alone has none).
_WORD = re.compile(r"[^\W\d_]{3,}")
_ROWS = 6  # caption rows of a block under its name


def address_rows(lines: list[Line], index: int, stop: int | None = None) -> Value | None:
    """The address on a caption | value row under the party's name line lines[index] (or on
    it), with the town row under it; None without one. `stop` is the other party's name line:
    a row there or past it is that party's."""
    start = lines[index]
    bottom = start.y0
    last = min(
        len(lines), index + 1 + _ROWS, stop if stop is not None and stop > index else len(lines)
    )
    for number in range(index, last):
        line = lines[number]
        if line.page != start.page or line.y0 - bottom > 2.5 * max(start.height, line.height):
            return None
        bottom = line.y1
        for position, cell in enumerate(line.cells):
            text = cell.text.strip()
            inline = _ADDRESS_INLINE.match(text)
            if inline is not None:
                taken = [(inline.group("rest"), cell)]
            elif _ADDRESS.match(text) and position + 1 < len(line.cells):
                value = line.cells[position + 1]
                taken = [(value.text.strip().lstrip(":").strip(), value)]
            else:
                continue
            if not _WORD.search(taken[0][0]):
                return None  # Mexico's CFDI "Domicilio fiscal: | C.P. 64000": a postcode
            taken += _town_rows(lines, number, cell)
            if not any(ch.isdigit() for piece, _ in taken for ch in piece) and len(taken) < 2:
                return None
            text = ", ".join(piece.strip(" ,") for piece, _ in taken)
            return Value(text, text, tuple(b for _, c in taken for b in c.boxes))
    return None


def _town_rows(lines: list[Line], index: int, caption: Cell) -> list[tuple[str, Cell]]:
    """The values of the town rows right under the address row, flush with its caption."""
    found: list[tuple[str, Cell]] = []
    above = lines[index]
    for line in lines[index + 1 : index + 3]:
        gap = line.y0 - above.y1 > 1.6 * max(above.height, line.height)
        if line.page != above.page or gap:
            break
        first = next((c for c in line.cells if abs(c.x0 - caption.x0) <= 8), None)
        if first is None or not _TOWN.match(first.text.strip()):
            break
        cells = line.cells[line.cells.index(first) + 1 :]
        for cell in cells:
            text = _INNER_CAPTION.sub("", cell.text.strip()).strip(" :")
            if text and not cell.text.strip().endswith(":"):
                found.append((text, cell))
        above = line
    return found


def holds_caption(text: str) -> bool:
    """Whether an address read elsewhere starts with an address row's caption ("Domicilio
    Comercial: Av. Belgrano 1842"): the caption leaked into it."""
    return _ADDRESS_INLINE.match(text.strip()) is not None


def party_rows_address(lines: list[Line], name: Value, other: Value | None) -> Value | None:
    """address_rows() under the party `name`, above the `other` party's name."""
    if not name.boxes:
        return None
    lines = unfenced(lines)
    index = line_holding(lines, name.boxes[-1])
    if index is None:
        return None
    stop = None if other is None or not other.boxes else line_holding(lines, other.boxes[0])
    return address_rows(lines, index, stop)
