"""Caption words that name no column of their own.

A caption may go on with what it is of: "Désignation des honoraires", "Description of
services", "Beschreibung der Leistung", "Descripción de los trabajos". The word after the
linking "des" / "of" / "der" completes the caption before it, though the vocabulary reads it
as a caption too ("honoraires" heads a fee amount column elsewhere): read as one, the item
texts under the description would be cut at that word.

French "Nombre" is a count ("Nombre | P.U. HT", the number of units), Spanish "Nombre" a
name: right of the description's caption, with no other count caption on the line, it is
the count (a name beside the description would name the item twice).

French and Italian grids abridge the line's amount before its tax basis: "Mt HT", "Mnt HT",
"Mont. TTC", "Imp. netto": the abridged word names no column alone ("Mt" is a unit of
length), with the basis after it the amount's caption.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

# Linking words between a caption and what it is of: fr "de", "des", "du", "d'"; en "of";
# de "der", "des"; es/pt "de", "del", "do", "da", "dos", "das"; it "di", "del", "dei",
# "della", "degli", "delle"; nl "van".
_LINK = re.compile(
    r"^(?:de|des|du|of|der|del|do|da|dos|di|dei|della|delle|degli|van)$", re.IGNORECASE
)
# An article after the link ("de la prestation", "de los trabajos", "of the services").
_ARTICLE = re.compile(r"^(?:la|le|les|l['’]|the|los|las|il|lo|gli|het|die|den)$", re.IGNORECASE)
# The French count's caption: "Nombre", abridged "Nbre", "Nb".
COUNT_NOMBRE = re.compile(r"^(?:nombre|nbre|nb)\.?$", re.IGNORECASE)


# "Mt", "Mnt", "Mont.", "Imp." (montant, importo) before "HT", "TTC", "net", "netto".
_ABRIDGED_AMOUNT = re.compile(r"^(?:mt|mnt|mont|imp)\.?$", re.IGNORECASE)
_TAX_BASIS = re.compile(r"^(?:ht|ttc|net|nett[oe]|h\.t\.|t\.t\.c\.)$", re.IGNORECASE)


def abridged_amount(words: list[Word], position: int) -> bool:
    """The cell's word at `position` abridges "montant" before its tax basis ("Mt HT")."""
    return (
        position + 1 < len(words)
        and _ABRIDGED_AMOUNT.match(words[position].text) is not None
        and _TAX_BASIS.match(words[position + 1].text) is not None
    )


def completes_caption(words: list[Word], position: int) -> bool:
    """The cell's word at `position` stands after a linking word (and perhaps an article)
    that follows an earlier word of the cell: what the caption before it is of."""
    at = position - 1
    if at >= 1 and _ARTICLE.match(words[at].text):
        at -= 1
    return at >= 1 and _LINK.match(words[at].text) is not None
