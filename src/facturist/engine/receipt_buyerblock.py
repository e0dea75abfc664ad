"""A receipt reader's seller that stands under the buyer's caption ("Invoice to", "Bill to",
"Customer"): the first legal-form name under a title is the buyer's block, not the issuer's,
when the letterhead stands elsewhere (set right, merged by OCR into the title's lines). A
block captioned for the buyer never names the seller: the general reader's seller stays."""

from __future__ import annotations

from collections.abc import Sequence

from facturist.engine.labels import BUYER_SECTION
from facturist.engine.layout import Line
from facturist.engine.model import Value


def without_buyer_block(lines: Sequence[Line], found: dict[str, Value]) -> dict[str, Value]:
    """`found` without its seller's name and address when the name stands under a buyer's
    section caption alone on its line, a few lines' heights above it."""
    name = found.get("seller_name")
    if name is None or not name.boxes or not _under_buyer_caption(lines, name):
        return found
    return {k: v for k, v in found.items() if k not in ("seller_name", "seller_address")}


def _under_buyer_caption(lines: Sequence[Line], name: Value) -> bool:
    box = name.boxes[0]
    index = next((i for i, ln in enumerate(lines) if any(w.box == box for w in ln.words)), None)
    if index is None:
        return False
    line = lines[index]
    for above in reversed(lines[max(0, index - 2) : index]):
        if above.page != line.page or line.y0 - above.y1 > 2.5 * line.height:
            return False
        for cell in above.cells:
            text = cell.text.strip()
            caption = BUYER_SECTION.match(text)
            if (
                caption is not None
                and not text[caption.end() :].strip(" :")
                and abs(cell.x0 - box.x0) < 2 * line.height
            ):
                return True
    return False
