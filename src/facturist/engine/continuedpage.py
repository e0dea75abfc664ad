"""The top of a page a table goes on to: its letterhead printed again over the repeated header.

Multi-page invoices repeat the company's letterhead on each page, its page number at the right
of the first line ("AUTOFFICINA F.LLI RINALDI  Pag. 2/2"), then the table's header. The page
number makes that first line a page label, passed over; the letterhead's other lines ("di
Rinaldi Marco & C. s.n.c.", "FAX: 32 227 41 90") are no wrapped text of the item the page
break cut, nor an item of their own: the rows go on under the header.
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.tablerows import page_label

# How far a repeated header's captions may stand from the first page's: a few points in a
# PDF's text; in a scan's OCR, a share of the letters' height, as the OCR parts or joins the
# captions' words otherwise on each page ("Preis Rabatt" / "Preis | Rabatt").
_SAME_PLACE = 3.0
_SCAN_SHARE = 0.3
# How much larger or smaller a photographed page may come out than the first page (the camera
# a little nearer or further): a few per cent.
_PHOTO_SCALE = 0.05


def page_opening(lines: list[Line], index: int) -> bool:
    """Whether `lines[index]` opens its page: its first line, or the first under nothing but
    page labels (a running head's line ending in "Pag. 2/2")."""
    page = lines[index].page
    above = index - 1
    while above >= 0 and lines[above].page == page:
        if not page_label(lines[above]):
            return False
        above -= 1
    return True


def same_places(
    found: dict[str, tuple[float, float]], first: dict[str, tuple[float, float]], header: Line
) -> bool:
    """Whether a header printed again on a later page (`found`, its line `header`) has the
    first page's columns (`first`) in the same places."""
    slack = max(_SAME_PLACE, _SCAN_SHARE * header.height)
    if found.keys() != first.keys():
        return False
    if all(abs(found[key][0] - first[key][0]) <= slack for key in first):
        return True
    return _scaled_alike(found, first, slack)


def _scaled_alike(
    found: dict[str, tuple[float, float]], first: dict[str, tuple[float, float]], slack: float
) -> bool:
    """Whether the captions stand where the first page's stand once the page is shifted and
    scaled as a whole: a photographed page taken from a little nearer or further than the
    first (2 % larger, a few points over), each column further off the further right it
    stands. The outermost captions give the scale; every other one must fall on it, within
    half the slack, as the scale already takes up what the page's shift and size moved."""
    keys = sorted(first, key=lambda key: first[key][0])
    left, right = keys[0], keys[-1]
    span = first[right][0] - first[left][0]
    if len(keys) < 3 or span <= 0:
        return False  # two captions fit any scale: nothing to check it by
    scale = (found[right][0] - found[left][0]) / span
    if abs(scale - 1) > _PHOTO_SCALE:
        return False
    return all(
        abs(found[left][0] + (first[key][0] - first[left][0]) * scale - found[key][0]) <= slack / 2
        for key in keys
    )
