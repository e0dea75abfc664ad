"""Pages of another document bundled with the invoice: no rows, dates or amounts of theirs.

A seller often sends the invoice in one PDF with the other papers of the sale, numbered as
one print ("Pag. 1/3"): an order confirmation or acknowledgement before it, a delivery note
or a remittance advice (the open items, "Balance outstanding") after it. Each such page is
titled as its own document at its head ("CONFERMA D'ORDINE", "SHANNON | DELIVERY NOTE"), its
grid and table those of the order or the delivery. When another page of the group is titled
as the invoice, the invoice's dates, amounts and item rows are read from the pages other
than those; the rest (parties, bank details) still from all of them. Untitled pages (a cover
letter, terms, a continuation page) stay with the invoice.
"""

from __future__ import annotations

import re

from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import Line
from facturist.engine.model import Value

# Another document's title alone in its cell, perhaps signed "No." and a colon.
_OTHER_TITLE = re.compile(
    r"^(?:(?:sales\s+)?order\s+(?:confirmation|acknowledge?ment)"
    r"|(?:confirmation|acknowledge?ment)\s+of\s+order"
    r"|auftragsbest[äa]tigung|bestellbest[äa]tigung|conferma\s+(?:d['’]\s*)?ordine"
    r"|confirmation\s+de\s+commande|orderbevestiging|confirmaci[óo]n\s+de\s+pedido"
    r"|delivery\s+(?:note|docket)|despatch\s+note|dispatch\s+note|packing\s+(?:list|slip)"
    r"|lieferschein|bon\s+de\s+livraison|documento\s+di\s+trasporto|bolla\s+di\s+consegna"
    r"|pakbon|albar[áa]n|remittance(?:\s+advice)?|zahlungsavis|avis\s+de\s+paiement"
    r"|(?:customer\s+)?statement(?:\s+of\s+account)?|kontoauszug|relev[ée]\s+de\s+compte"
    r"|estratto\s+conto|service\s+report|servicebericht|rapport\s+d['’]intervention)"
    r"(?:\s*(?:no|nr|n[°º]|number)\.?)?\s*:?$",
    re.IGNORECASE,
)
# A caption of the number ("Invoice No.", "Rechnungsnummer"), no title.
_NUMBER_SIGN = re.compile(
    r"(?:\bn[or]|\bn[°º]|#|number|nummer|numero|número)\.?\s*:?$", re.IGNORECASE
)
# How many lines from a page's top its title may stand.
_HEAD_LINES = 12
# The fields read only from the invoice's own pages.
_OWN_KEYS = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "net_amount",
    "tax_amount",
    "total_amount",
    "amount_due",
)


def page_title(lines: list[Line]) -> str | None:
    """ "invoice" or "other" by the first title cell at the page's head; None for none.

    Another document's title counts only with no figure after it on its line: "Delivery
    Note | DN-113907" in an invoice's caption grid names the note, it heads no page."""
    for line in lines[:_HEAD_LINES]:
        for position, cell in enumerate(line.cells):
            text = cell.text.strip()
            if DOCUMENT_TITLE.match(text) and not _NUMBER_SIGN.search(text) and ":" not in text:
                return "invoice"
            after = " ".join(c.text for c in line.cells[position + 1 :])
            if _OTHER_TITLE.match(text) and not any(ch.isdigit() for ch in after):
                return "other"
    return None


def invoice_pages(group: list[tuple[int, list[Line]]]) -> list[tuple[int, list[Line]]]:
    """The group's pages less those titled as another document, when a page of the group is
    titled as the invoice; else the group itself."""
    titles = [page_title(lines) for _, lines in group]
    if "invoice" not in titles or "other" not in titles:
        return group
    return [page for page, title in zip(group, titles, strict=True) if title != "other"]


def with_own_figures(fields: dict[str, Value], own: dict[str, Value]) -> dict[str, Value]:
    """`fields` read from all pages, their number, dates and amounts those of the invoice's
    own pages (`own`): a date or amount only another document prints is none of the
    invoice's; a number the invoice's pages lack is kept."""
    out = dict(fields)
    for key in _OWN_KEYS:
        if key in own:
            out[key] = own[key]
        elif key != "invoice_number":
            out.pop(key, None)
    return out
