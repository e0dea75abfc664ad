"""A second name joined to the description's caption by a slash: the item's second line.

German wholesalers (pharmacy, food, chemicals) caption the item column "Artikelbezeichnung /
Charge", "Bezeichnung / Seriennummer", "Description / Lot": each row prints the item's name,
and under it, in the same column, its batch or serial number::

    PZN       Artikelbezeichnung / Charge               Menge   AEP €   Rab. %   Netto €
    10668203  Ibuprofen AL 400 mg Filmtabletten 50 St      12   34,82            417,84
                Ch.-B.: V830235  verw. bis 09/2026

The word after the slash names no column of its own, though the vocabulary may read it as
one (German "Charge" is a batch, English "Charge" a fee): read as the amount's caption, the
item names would be cut where it stands. A count, price, rate or discount caption after the
slash ("Menge / Preis") still names its own column.
"""

from __future__ import annotations

from facturist.engine.model import Word

# Captions of figure columns: after a slash they still head a column of their own.
_FIGURE_KINDS = frozenset({"quantity", "unit_price", "vat_rate", "discount"})


def joined_by_slash(
    words: list[Word], position: int, caption: list[Word], kind: str | None
) -> bool:
    """The cell's word at `position` follows the description's caption (`caption`, its last
    word) across a slash ("Bezeichnung / Charge", "Bezeichnung/ Charge", "Bezeichnung /Charge")
    and names no figure column (`kind`, what the vocabulary reads it as)."""
    if kind in _FIGURE_KINDS or position < 1:
        return False
    before = words[position - 1]
    if before is caption[-1]:
        return before.text.endswith("/") or words[position].text.startswith("/")
    return position >= 2 and before.text == "/" and words[position - 2] is caption[-1]
