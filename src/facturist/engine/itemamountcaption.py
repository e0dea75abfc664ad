"""An amount caption opened by the word "Item": "Item subtotal (incl. VAT)", "Item total".

Marketplaces caption the row's total so, in one cell over the amounts, beside a header line
of its own naming the description ("Unit price | Unit price | Item subtotal" over
"Description | Qty | (excl. VAT) | VAT rate | (incl. VAT) | (incl. VAT)"). Read word by word,
"Item" names the description and "subtotal" the amount: the description's column would open
over the amounts, leaving the items' text under no caption. The word opening the amount's
cell is that caption's first word, no column of its own. Only the item table's header is
read so (the vocabulary stays as it is: a tax summary's "Item subtotal (excl. VAT)" keeps
reading as it did).
"""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word


def item_amount_caption(
    found: dict[str, list[Word]],
    descriptions: list[tuple[list[Word], Line]],
    amounts: list[list[Word]],
) -> None:
    """Join a description caption to the amount caption after it in its cell (the amount's
    words grow in place, as `found` and `amounts` share them) and drop it as a description;
    the description is then the next caption naming it, if any."""
    if len(descriptions) < 2 or not amounts:
        return
    for words, member in list(descriptions):
        if not words:
            continue  # a caption another rule took the words of
        cell = next((c for c in member.cells if words[-1] in c.words), None)
        if cell is None or cell.words[0] is not words[0]:
            continue
        after = cell.words.index(words[-1]) + 1
        if after >= len(cell.words):
            continue
        amount = next((a for a in amounts if a[0] is cell.words[after]), None)
        # Another header line names the description ("Description" under "Item subtotal").
        others = [d for d in descriptions if d[1] is not member]
        if amount is None or not others:
            continue
        amount[:0] = words
        descriptions[:] = [d for d in descriptions if d[0] is not words]
        if found.get("description") is words:
            found["description"] = others[0][0]
