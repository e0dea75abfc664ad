"""An item's text broken over a page: its last words at the top of the next page.

An item whose text wraps at the foot of a page goes on at the head of the next, over the
next item's figures, under the running sum the page brings forward::

    IFM IG5953   Inductieve naderingsschakelaar IG5953, M18, Sn 8 mm, PNP,   4   42,90  171,60
                 Transport                                                          2.712,93
    ---------------------------------------------------------------------------- page 2
                 Transport                                                          2.712,93
                 M12-connector
    IFM EVC001   Aansluitkabel M12 haaks 4-polig, PUR, 5 m                   4   14,20   56,80

A line of text only there reads as the page's running head; where the item before the page
break ends unfinished (a comma, a hyphen, a slash) and the line starts where the items'
texts start, it is that item's text going on.
"""

from __future__ import annotations

from facturist.engine.model import Word

# What an item's text may end with when its text goes on below: a list or word unfinished.
_UNFINISHED_ENDS = (",", "-", "–", "/", "&", "+")


def goes_on(last: list[Word], description: list[Word], starts: list[float], height: float) -> bool:
    """The text `description` at a page's head goes on with the item text `last` before the
    page break: `last` ends unfinished, and `description` starts within a line's `height` of
    where the items' texts start (`starts`)."""
    if not last or not description or not last[-1].text.endswith(_UNFINISHED_ENDS):
        return False
    x0 = description[0].box.x0
    return any(abs(start - x0) <= height for start in starts)
