"""An ID on the line its holder's or customer's caption opens: the buyer's.

Utility and telecom bills print the contract's details in a box whose first row names the
customer and their tax ID together ("Titular: Javier Moreno Salinas · NIF: 47382915V",
"Titulaire du contrat : ... · N° TVA : ...", "Kunde: ... · USt-IdNr.: ..."); the supplier's
own ID stands in the footer after its name and legal form. The caption names whose line it
is: the ID there is the customer's, never the seller's. On a bank's line ("Kontoinhaber: ...
· IBAN ...") the holder is an account's, whoever's it is: no such line counts.
"""

from __future__ import annotations

import re

from facturist.engine.holdername import BANK
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Value

# The customer's or contract holder's caption opening the line, then a colon: es, pt
# "Titular (del contrato)", fr "Titulaire (du contrat)", "Abonné", "Client", it
# "Intestatario", "Cliente", de "Kunde", "Kontoinhaber", "Vertragspartner", nl "Klant",
# "Abonnee", en "Customer", "Account holder", "Subscriber".
_HOLDER_CAPTION = re.compile(
    r"^\W*(?:titular(?: del? (?:contrato|suministro|servicio|contrat))?"
    r"|titulaire(?: du contrat)?|abonn[ée]e?|client|cliente|intestatari[oa](?: del contratto)?"
    r"|kunde|kundin|kontoinhaber(?:in)?|vertragspartner(?:in)?|vertragsinhaber(?:in)?"
    r"|klant|abonnee|customer|account holder|subscriber)\s*:\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


def on_holder_line(value: Value, lines: list[Line]) -> bool:
    """Whether the ID stands in the cell a customer's or holder's caption opens, after it,
    on a line with no bank's details."""
    if not value.boxes:
        return False
    index = line_holding(lines, value.boxes[0])
    if index is None:
        return False
    line = lines[index]
    cell = next((c for c in line.cells if value.boxes[0] in c.boxes), None)
    if cell is None or BANK.search(line.text):
        return False
    caption = _HOLDER_CAPTION.match(cell.text)
    # The ID after the caption, not the caption's own words.
    return caption is not None and cell.boxes.index(value.boxes[0]) > 0
