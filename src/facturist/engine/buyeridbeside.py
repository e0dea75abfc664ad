"""The buyer's ID printed in the row of its name, or heading the block its section opens.

Latin American forms set the receiver's tax ID in its name's own row, either side of it:
Argentina's AFIP invoice "CUIT: | 30709876542 | Apellido y Nombre / Razón Social: | FRIGORIFICO
LAS TOSCAS S.A.", "Cliente: | Sanatorio del Parque Cooperativa Ltda. | C.U.I.T.: |
33-71456781-6". Brazil's NFS-e opens the taker's block with its ID, over the name: "TOMADOR DE
SERVIÇOS" / "CPF/CNPJ: | 07.891.234/0001-15 | ..." / "Nome/Razão Social: | Laticínios ...".
No block below the name holds these IDs, so buyervat.py's other placements miss them.
"""

from __future__ import annotations

from facturist.engine.labels import BUYER_SECTION
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

# The most cells between the name's and the ID's: the ID's caption, or the name's.
_CELLS_APART = 2
# The most lines from the buyer's section caption down to its name.
_SECTION_SPAN = 3
# How far (points) the ID's row and the name's row may start apart in one block.
_ALIGN = 3.0


def beside_buyer(value: Value, buyer: Value, lines: list[Line]) -> bool:
    """Whether a captioned ID stands in the buyer's name's row, a cell or two from the name,
    or in a row between the buyer's section caption and the name, aligned with the name's."""
    if not value.boxes or not buyer.boxes:
        return False
    start = line_holding(lines, buyer.boxes[0])
    index = line_holding(lines, value.boxes[0])
    if start is None or index is None:
        return False
    if index == start:
        cells = lines[start].cells
        name = next((i for i, c in enumerate(cells) if buyer.boxes[0] in c.boxes), None)
        at = next((i for i, c in enumerate(cells) if value.boxes[0] in c.boxes), None)
        return name is not None and at is not None and 0 < abs(at - name) <= _CELLS_APART
    if not 0 < start - index < _SECTION_SPAN or lines[index].page != lines[start].page:
        return False
    if abs(lines[index].words[0].box.x0 - lines[start].words[0].box.x0) > _ALIGN:
        return False
    above = lines[max(0, start - _SECTION_SPAN) : index]
    return any(_section_caption(line) for line in above)


def _section_caption(line: Line) -> bool:
    """A buyer's section caption alone on its line ("TOMADOR DE SERVIÇOS", "Cliente:")."""
    match = BUYER_SECTION.match(line.text.strip())
    return match is not None and not line.text.strip()[match.end() :].strip(" :")
