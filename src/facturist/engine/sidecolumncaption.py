"""A party's caption heading a narrow side column, the main column's block level with it.

A template may print the supplier in a coloured column down the page's left edge, its
caption over its name and address, while the main column right of it holds the customer's
block, a line or so higher::

                   ODBERATEĽ
    DODÁVATEĽ      Mestský podnik služieb Poprad, a.s.
    Tatra Soft, s.r.o.   Levočská 3312/40
    Hlavná 45      058 01 Poprad

The first line under the side caption holds only the main column's text, wholly right of the
caption, that column begun above the caption's line; taken as the block's first row it names
the other party. Where the caption's own column runs on below (a line starting flush under
the caption, no "Name:" caption of a listing), the main column's left edge bounds the
caption's block, as a second caption on its line would.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line

# How far (points) a line of the caption's column may start from the caption's left edge.
_ALIGNED = 4.0
# How far (points) the main column's first line under the caption may be indented from a
# line above it: a heading over its indented list of charges.
_INDENT = 12.0
# How many lines under the caption its column's first line may stand: the next but one, the
# two columns' lines interleaved (a grid's next title three lines down starts no column).
_REACH = 2
# How far apart (in line heights) two lines of the block may be.
_GAP = 3.0
# How far right of the caption's end (in its line's heights) another column's text starts.
_CLEAR = 3.0


def side_column_limit(lines: list[Line], index: int, caption: Cell) -> float | None:
    """Where the main column starts when the first line under the caption lines[index] holds
    only text wholly right of it and a line of the caption's own column follows."""
    line = lines[index]
    previous = line
    first: Cell | None = None
    for below in lines[index + 1 : index + 1 + _REACH]:
        if below.page != line.page or below.y0 - previous.y1 > _GAP * line.height:
            return None
        previous = below
        aligned = [c for c in below.cells if abs(c.x0 - caption.x0) <= _ALIGNED]
        if first is None:
            reach = [c for c in below.cells if c.x1 > caption.x0 - _ALIGNED]
            if aligned or not reach:
                return None
            first = reach[0]
            if first.x0 < caption.x1 + _CLEAR * line.height or not _runs_above(
                lines, index, first.x0
            ):
                return None
            continue
        if aligned and aligned[0].text.rstrip().endswith(":"):
            return None  # "Name: | Max Mustermann": a caption | value listing, one block
        if aligned:
            right = [c.x0 for c in below.cells if c.x0 > aligned[0].x1]
            return min([first.x0, *right])
    return None


def _runs_above(lines: list[Line], index: int, left: float) -> bool:
    """Whether the main column started above the caption's line: a line just over it holds
    a cell starting where the text right of the caption does ("ODBERATEĽ" over the name)."""
    line = lines[index]
    for above in reversed(lines[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > _GAP * line.height:
            return False
        if any(abs(c.x0 - left) <= _ALIGNED or 0 < left - c.x0 <= _INDENT for c in above.cells):
            return True
    return False
