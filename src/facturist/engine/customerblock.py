"""The buyer's block under the customer's number: "Cliente n.º 1127", "Client no. 4471",
"Kunden-Nr. 88120" set at the top of a column beside the invoice's own details ("Fatura n.º"
/ "Data" / "Vencimento" left, the number right), the customer's name right under it, then
its street and town. The number is the customer's account with the issuer, so the block it
heads is the customer's, though no "Bill to" captions it and no envelope's window frames it.
"""

from __future__ import annotations

from facturist.engine.labels import LABEL_VALUE_LINE
from facturist.engine.layout import Line, column_below, page_one_head
from facturist.engine.model import Value
from facturist.engine.numberedblock import customer_number_line
from facturist.engine.partynames import not_a_name
from facturist.engine.towns import town_in


def block_under_number(lines: list[Line]) -> Value | None:
    """The name heading the block right under a customer's number caption on page one's upper
    half, when the block runs down to a postcode and town within a few lines."""
    page, head = page_one_head(lines)
    for index, line in enumerate(page[:head]):
        for cell in line.cells:
            if not customer_number_line(cell.text):
                continue
            tolerance = max(6.0, 0.2 * line.height)  # a photo's column edge drifts a little
            block = list(column_below(page, index, cell.x0, tolerance))[:5]
            if len(block) < 2:
                continue
            name = block[0][1]
            text = name.text.strip()
            if not _name_like(text):
                continue
            if any(town_in(other.text) for _line, other in block[1:]):
                return Value(text, name.text, name.boxes, 0.6)
    return None


def _name_like(text: str) -> bool:
    """A name heads the block: words, no digit first, no caption or label-value row."""
    return (
        len(text) >= 3
        and text[0].isalpha()
        and not text.endswith(":")
        and not not_a_name(text)
        and not LABEL_VALUE_LINE.match(text)
        and not customer_number_line(text)
    )
