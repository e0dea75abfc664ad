"""A "from | to" pair of captions over two party blocks: "DE | PARA", "Von | An", "Da | A".

Templates head the sender's and the recipient's blocks side by side with the two words of one
language's "from ... to ...", alone and often without a colon. Alone, "De", "Da", "Von" or
"A" captions nothing (they start names: "De Luca Anna", "Von Arx AG"), so the section
readers know these words only with a colon, if at all, and the blocks went uncaptioned: the
seller and buyer were taken for each other. Printed as a pair over two columns of names,
though, they are the blocks' captions; such a line is read as the English pair "From: |
To:", which every party reader (names, addresses, tax IDs) knows.
"""

from __future__ import annotations

from dataclasses import replace

from facturist.engine.layout import Cell, Line

# Each language's sender word and recipient word, which head the two blocks only together:
# en "From / To", es/pt "De / Para", de "Von / An", fr "De / À" or "De / Pour", it "Da / A",
# nl "Van / Aan", sv "Från / Till", da/no "Fra / Til", pl "Od / Do".
_PAIRS = (
    ("from", "to"),
    ("de", "para"),
    ("von", "an"),
    ("de", "à"),
    ("de", "pour"),
    ("de", "a"),
    ("da", "a"),
    ("van", "aan"),
    ("från", "till"),
    ("fra", "til"),
    ("od", "do"),
)

# A block's first line under its caption starts this many line heights at most from it.
_ALIGNED = 1.5
# ... and stands at most this many line heights below the caption.
_BELOW = 2.5


def paired_captions(lines: list[Line]) -> list[Line]:
    """The lines with each "from | to" caption pair read as "From: | To:"; the same list when
    there is none."""
    out = list(lines)
    changed = False
    for index, line in enumerate(lines):
        cells = [c for c in line.cells if c.text.strip() != "/"]
        # The pair opens the line; a meta column may go on right of it on the same line
        # ("DE | POUR | Date d'émission | 5 avril 2024"), its cells kept as they are.
        if len(cells) < 2 or not _is_pair(cells[0].text, cells[1].text):
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is None or not _heads_two_blocks(line, cells[:2], below):
            continue
        sender, recipient = _worded(cells[0], "From:"), _worded(cells[1], "To:")
        rest = [c for c in line.cells if c.x0 > cells[1].x1]
        kept = [sender, recipient, *rest]
        out[index] = Line(line.page, [w for c in kept for w in c.words], kept)
        changed = True
    return out if changed else lines


def _is_pair(left: str, right: str) -> bool:
    words = tuple(text.strip().rstrip(":").rstrip().casefold() for text in (left, right))
    return words in _PAIRS


def _heads_two_blocks(line: Line, captions: list[Cell], below: Line) -> bool:
    """Whether the next line starts a name under each caption: a cell starting near each,
    with no figure in it (a "From | To" period's columns hold dates)."""
    if below.page != line.page or below.y0 - line.y1 > _BELOW * line.height:
        return False
    reach = _ALIGNED * line.height
    for caption in captions:
        under = [c for c in below.cells if abs(c.x0 - caption.x0) <= reach]
        if not under or any(ch.isdigit() for ch in under[0].text):
            return False
    return True


def _worded(cell: Cell, caption: str) -> Cell:
    """The caption cell as one word reading `caption`, over the box the cell's words span."""
    first = cell.words[0]
    return Cell([replace(first, text=caption, box=replace(first.box, x1=cell.x1))])
