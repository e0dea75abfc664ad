"""Statement-like item tables, whose rows bill no count and no price.

Two shapes share it:

- A booking platform's or agent's commission statement ("Boekingsnummer | Naam gast |
  Aankomst | Vertrek | Kamerprijs | Comm. % | Commissie", "Reservation number | Guest name |
  ... | Commission"): one row per booking, named by its number and its guest, billed by the
  commission in the header's last column. The room price beside it is the base the commission
  rate is taken of, no unit price, and the rate no tax's.
- A monthly statement captioning each row's text beside its net, tax and gross ("Trajet |
  Passager | Montant HT | TVA 10 % | Montant TTC", "Leistung | Netto | MwSt | Brutto"): of a
  net and a gross amount column the net one is the line amount (`tableheader._net_over_gross`
  settles which), and the two together say the rows are items though no count or price is
  captioned.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import GROSS_WORD, NET_WORD
from facturist.engine.layout import Line
from facturist.engine.model import Word

# The booking's number: nl "Boekingsnummer", "Reserveringsnummer", de "Buchungsnummer",
# "Reservierungsnummer", en "Booking number", "Reservation no.", "Booking ID", fr "N° de
# réservation", it "N. prenotazione", es "Número de reserva".
_BOOKING = re.compile(
    r"^(?:(?:n[°º.]?|nr\.?|no\.?|num[ée]ro|número|numero)\s*(?:de\s+|di\s+)?)?"
    r"(?:booking|reservation|réservation|reservering|boeking|buchung|reservierung"
    r"|prenotazione|reserva)"
    r"(?:s?nummer|s?-?nr\.?|\s+(?:number|no\.?|nr\.?|id|#|code|ref\.?))?$",
    re.IGNORECASE,
)
# The guest's name: en "Guest name", "Guest", nl "Naam gast", "Gastnaam", de "Gast",
# "Gastname", fr "Nom du client", it "Nome ospite", es "Nombre del huésped".
_GUEST = re.compile(
    r"^(?:(?:name|naam|nom|nome|nombre)\s+(?:(?:du|de|del|dell['’]|of)\s*)?(?:the\s+)?)?"
    r"(?:guest|gast|client|cliente|ospite|huésped|huesped|hóspede|hospede)"
    r"(?:\s*(?:name|naam|nom))?$|^gast(?:naam|name)$",
    re.IGNORECASE,
)
# The commission billed: en/fr "Commission", nl "Commissie", "Provisie", de "Provision",
# it "Commissione", es "Comisión", pt "Comissão", pl "Prowizja"; with its amount's word or
# currency ("Commission amount", "Commissiebedrag", "Provision (EUR)").
_COMMISSION = re.compile(
    r"^(?:commission|commissie|provisie|provision|commissione|comisi[óo]n|comiss[ãa]o|prowizja)"
    r"(?:\s*(?:amount|bedrag|betrag|\(?(?:€|eur)\)?))?$|^(?:commissiebedrag|provisionsbetrag)$",
    re.IGNORECASE,
)
# A tax's name in a rate caption: "Btw %", "VAT rate" head the tax's rate, "Comm. %" none.
_TAX = re.compile(r"\b(?:btw|vat|tva|mwst|ust|iva|tax|moms|mva)\b", re.IGNORECASE)


def statement_columns(
    found: dict[str, list[Word]], group: list[Line], amounts: list[list[Word]]
) -> bool:
    """Whether the header heads a statement's items (settling a commission statement's
    columns in `found`): a commission statement, or the item's text beside the net amount
    the line amount is and a gross amount."""
    return _commission_columns(found, group) or _net_and_gross(found, group, amounts)


def _commission_columns(found: dict[str, list[Word]], group: list[Line]) -> bool:
    """ "Boekingsnummer | Naam gast | ... | Commissie": the booking's number (and the guest's
    name right after it) head the item's text, the last column its amount."""
    if len(group) != 1 or "description" in found or "quantity" in found:
        return False
    cells = group[0].cells
    if len(cells) < 3 or not _COMMISSION.match(cells[-1].text.strip(".:")):
        return False
    at = next((n for n, cell in enumerate(cells[:-1]) if _booking(cell.words)), None)
    if at is None:
        return False
    words = list(cells[at].words)
    if at + 1 < len(cells) - 1 and _GUEST.match(cells[at + 1].text):
        words += cells[at + 1].words
    found["description"] = words
    found["amount"] = list(cells[-1].words)
    found.pop("unit_price", None)  # the room price the commission is taken of
    rate = found.get("vat_rate")
    cell = next((c for c in cells if rate and rate[0] in c.words), None)
    if cell is not None and not _TAX.search(cell.text):
        del found["vat_rate"]  # "Comm. %": the commission's rate
    return True


def _booking(words: list[Word]) -> bool:
    """A booking's caption, perhaps with the guest's caption close enough to share its cell
    ("Boekingsnummer Naam gast")."""
    texts = [w.text for w in words]
    return any(
        _BOOKING.match(" ".join(texts[:cut]))
        and (cut == len(texts) or _GUEST.match(" ".join(texts[cut:])))
        for cut in range(1, len(texts) + 1)
    )


def _net_and_gross(
    found: dict[str, list[Word]], group: list[Line], amounts: list[list[Word]]
) -> bool:
    """The item's text beside a net amount, the line amount, and a gross amount column."""
    if "description" not in found or "amount" not in found or len(amounts) < 2:
        return False

    def qualifiers(caption: list[Word]) -> list[str]:
        x0 = min(w.box.x0 for w in caption)
        x1 = max(w.box.x1 for w in caption)
        return [
            w.text.strip("().:")
            for member in group
            for w in member.words
            if x0 - 4 <= (w.box.x0 + w.box.x1) / 2 <= x1 + 4
        ]

    def named(caption: list[Word], kind: re.Pattern[str]) -> bool:
        return any(kind.match(text) for text in qualifiers(caption))

    amount = found["amount"]
    if not named(amount, NET_WORD) or named(amount, GROSS_WORD):
        return False
    if not any(c is not amount and named(c, GROSS_WORD) for c in amounts):
        return False
    rate = found.get("vat_rate")
    cell = next((c for m in group for c in m.cells if rate and rate[0] in c.words), None)
    if cell is not None and any(ch.isdigit() for ch in cell.text):
        del found["vat_rate"]  # "TVA 10 %": the one rate's tax amounts, no rates
    return True
