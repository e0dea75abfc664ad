"""The payer's block on a bank-transfer form printed at an invoice's foot (Belgium's "Virement
européen / Europese overschrijving", Germany's "Überweisung / Zahlschein", Austria's
"Zahlungsanweisung"): "Nom et adresse du donneur d'ordre" over the customer's name and address,
"Nom et adresse du bénéficiaire" over the issuer's. The payer is the buyer, never the seller,
so the legal-form name under the payer's caption is no footer naming the issuer."""

from __future__ import annotations

import functools
import re

from facturist.engine.layout import Cell, Line

# The payer's caption on a transfer form: fr "donneur d'ordre", nl "opdrachtgever", de
# "Auftraggeber", "Kontoinhaber/Einzahler", "Einzahler", it "ordinante", es/pt "ordenante",
# en "payer", "remitter", with what frames it ("Nom et adresse du ...", "Naam en adres ...",
# "Name, Vorname/Firma ..."): a caption alone in its cell, its block under it.
_PAYER = re.compile(
    r"\b(?:donneur\s+d['’]ordre|opdrachtgever|auftraggeber(?:in)?|einzahler(?:in)?"
    r"|ordinante|ordenante|payer|remitter)\b",
    re.IGNORECASE,
)
# The payee's caption that closes the payer's block: fr "bénéficiaire", nl "begunstigde", de
# "Empfänger", it "beneficiario", en "beneficiary", "payee".
_PAYEE = re.compile(
    r"b[ée]n[ée]ficiaire|begunstigde|empf[äa]nger|beneficiar|\bpayee\b", re.IGNORECASE
)
# How long a caption runs at most ("Nom et adresse du donneur d'ordre (en majuscules)").
_CAPTION_LENGTH = 60
# How many lines the payer's block holds at most: the name, a street, a town, a country.
_BLOCK_LINES = 4
# How far a block's line may start from its caption's left edge, in points.
_ALIGN = 8.0


def without_payer_blocks(page: list[Line]) -> list[Line]:
    """The page's lines less the cells of a transfer form's payer block: the lines under a
    payer's caption starting at its left edge, up to the next caption or a wide gap."""
    dropped: set[int] = set()
    for index, line in enumerate(page):
        for cell in line.cells:
            if _payer_caption(cell):
                dropped.update(id(c) for c in _block_under(page, index, cell))
    if not dropped:
        return page
    out: list[Line] = []
    for line in page:
        kept = [c for c in line.cells if id(c) not in dropped]
        if len(kept) == len(line.cells):
            out.append(line)
        elif kept:
            out.append(Line(line.page, [w for c in kept for w in c.words], kept, line.item_term))
    return out


def _payer_caption(cell: Cell) -> bool:
    return _payer_caption_text(cell.text)


# A pure function of the text: `footer_company` reads each page's cells several times.
@functools.lru_cache(maxsize=8192)
def _payer_caption_text(text: str) -> bool:
    text = text.strip()
    return (
        len(text) <= _CAPTION_LENGTH
        and not any(ch.isdigit() for ch in text)
        and _PAYER.search(text) is not None
    )


def _block_under(page: list[Line], index: int, caption: Cell) -> list[Cell]:
    """The cells under the caption at its left edge, each within two line heights of the
    one before, up to a caption's line."""
    found: list[Cell] = []
    bottom = page[index].y1
    for line in page[index + 1 :]:
        if len(found) >= _BLOCK_LINES or line.page != page[index].page:
            break
        if line.y0 - bottom > 2 * line.height + 2:
            break
        cell = next((c for c in line.cells if abs(c.x0 - caption.x0) <= _ALIGN), None)
        if cell is None:
            continue
        text = cell.text.strip()
        if text.endswith(":") or _PAYEE.search(text) or _payer_caption(cell):
            break
        found.append(cell)
        bottom = line.y1
    return found
