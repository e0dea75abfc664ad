"""A tax word that names a VAT category, no tax amount's caption.

An e-invoice viewer's VAT breakdown box prints each category's rows as caption | value:
"Umsatzsteuerkategorie | Umsatzsteuer, Normalsatz (S)", "VAT category code | Standard rate".
The category's name holds the tax's word ("Umsatzsteuer") but captions no figure: the figure
under it is the category's taxable base ("Gesamtsumme netto | 776,36"), never the tax.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# The caption of a tax category's row: "Umsatzsteuerkategorie", "Steuerkategorie", "VAT
# category (code)", "Catégorie de TVA", "Categoria IVA".
_CATEGORY_CAPTION = re.compile(
    r"(?:kategorie|category|cat[ée]gorie|categor[ií]a|categorie)(?:\s*(?:code|de tva))?\s*:?$"
    r"|^(?:cat[ée]gorie|categor[ií]a|categorie|category)\b",
    re.IGNORECASE,
)


def names_tax_category(line: Line, label: list[Word]) -> bool:
    """Whether the label stands in the value cell after a tax category's caption cell."""
    if not label:
        return False
    for position, cell in enumerate(line.cells):
        if label[0] in cell.words:
            if position == 0:
                return False
            caption = line.cells[position - 1].text.strip()
            return bool(_CATEGORY_CAPTION.search(caption))
    return False
