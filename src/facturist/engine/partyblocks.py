"""Address blocks that name a party without a caption: the recipient in an envelope's window
under the sender's return address, a block opened by a salutation, a name over a street and a
town; and how a block's name runs on to its next line."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.labels import LABEL_VALUE_LINE, LEGAL_FORM
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value
from facturist.engine.partynames import SHIP_TO, not_a_name
from facturist.engine.towns import CAPITALS_TOWN, POSTCODE_TOWN


def uncaptioned_block(lines: list[Line], seller: Value | None) -> Value | None:
    """The buyer when nothing captions it and no return address or salutation stands above:
    a name over a street and a postcode/town line, in any column of page one's upper half,
    that is not the seller's ("Hôtel Les Tilleuls SAS / 12 rue ... / 69002 Lyon")."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    bottom = max(ln.y1 for ln in page)
    own = str(seller.value).casefold() if seller is not None else ""
    for index, line in enumerate(page):
        if line.y0 > 0.45 * bottom:
            break
        for cell in line.cells:
            text = cell.text.strip()
            folded = text.casefold()
            if len(text) < 3 or any(ch.isdigit() for ch in text) or not_a_name(text):
                continue
            if own and (folded.startswith(own) or own.startswith(folded)):
                continue  # the seller's letterhead block
            if LABEL_VALUE_LINE.match(text) or SHIP_TO.match(text) or _only_opening(text):
                continue  # "Exmo.(s) Sr.(s)" opens the block; the name is on the next line
            if _starts_block(page, index, cell) and _ends_in_town(page, index, cell):
                return continued_name(page, index, cell, text)
    return None


def _only_opening(text: str) -> bool:
    """A courtesy line without a name ("Exmo.(s) Sr.(s)", "Herrn"); "Mme Claire Dubreuil"
    opens the block and names the buyer in one line."""
    opening = RECIPIENT_OPENING.match(text)
    if opening is None:
        return False
    rest = re.sub(r"\((?:e?s|as)\)", "", text[opening.end() :]).strip(" :")  # "Exmo.(s) Sr.(s)"
    return len(rest) < 3 or RECIPIENT_OPENING.match(rest) is not None


def _starts_block(page: list[Line], index: int, cell: Cell) -> bool:
    """True when no line of the same column runs on just above the cell ("The Netherlands"
    under "5145 PD Waalwijk" ends the seller's block, it starts none)."""
    below = page[index]
    for above in reversed(page[max(0, index - 4) : index]):
        aligned = [c for c in above.cells if abs(c.x0 - cell.x0) < 6]
        if not aligned:
            continue
        if above.page != below.page or below.y0 - above.y1 > 1.6 * below.height:
            return True
        text = aligned[0].text.strip()
        # A return-address line (dotted apart; OCR may garble its postcode) or a courtesy
        # line heads the block below it.
        return is_return_address(text) or bool(
            RECIPIENT_OPENING.match(text) or re.search(r"[●•·|▪■]", text)
        )
    return True


_NUMERIC_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def _ends_in_town(page: list[Line], index: int, cell: Cell) -> bool:
    """True when the lines under a cell, aligned with it, run down to a postcode and town."""
    previous = page[index]
    for below in page[index + 1 : index + 7]:
        aligned = [c for c in below.cells if abs(c.x0 - cell.x0) < 6]
        if not aligned:
            continue  # a line of the other column between two of this block's
        if below.page != previous.page or below.y0 - previous.y1 > 1.6 * below.height:
            return False
        town = aligned[0].text
        # A town in capitals ("59000 LILLE") ends a block as well as "59000 Lille".
        placed = POSTCODE_TOWN.search(town) or CAPITALS_TOWN.search(town)
        if placed and not _NUMERIC_DATE.search(town):
            return True  # "13-09-2017 Time" on a receipt is a date, no town
        previous = below
    return False


def first_piece(text: str) -> str:
    """The name of a cell, or of a return-address line ("ACME S.L.· Calle 6 · 28581 Madrid")."""
    if is_return_address(text):
        pieces = [p.strip() for p in RETURN_SEPARATOR.split(text) if p.strip()]
        if pieces:
            return pieces[0]
    return text.strip(" ,●·|")


# The marks that part a footer's pieces, commas aside ("ACME, Inc. | 1 Main St").
STRONG_SEPARATOR = re.compile(r"[●•·|▪■–]|\s-\s")


# The marks that part a return address's pieces ("ACME GmbH ● Ecke 12 ● 12345 Stadt").
RETURN_SEPARATOR = re.compile(rf"{STRONG_SEPARATOR.pattern}|,\s")


_WINDOW_GAP = 40


def window_address(lines: list[Line]) -> tuple[Value | None, Value | None]:
    """The recipient of a window-envelope letter (DIN 5008) and the sender it names.

    Without a "Bill to" label the buyer is the address block at the top left of page one.
    It is told from other address blocks by what stands above it: the sender's return
    address in one line of small print ("ACME GmbH ● Ecke 12 ● 12345 Stadt"), or else a
    salutation ("Herrn", "Firma") opening a block that ends in a postcode and town.
    """
    if not lines:
        return None, None
    page = [ln for ln in lines if ln.page == lines[0].page]
    bottom = max(ln.y1 for ln in page)
    for index, line in enumerate(page):
        if line.y0 > 0.45 * bottom:
            break
        # The window sits left in Germany, right in Switzerland and France: any run of cells.
        for run in _runs(line.cells):
            text = " ".join(c.text for c in run)
            pieces = [p.strip() for p in RETURN_SEPARATOR.split(run[0].text) if p.strip()]
            if not pieces or any(ch.isdigit() for ch in pieces[0]):
                continue  # a letterhead's "Street 140 · 47229 Town" line names no sender
            if is_return_address(text):
                found = _recipient_below(page, index, run)
                if found is not None:
                    return found, Value(pieces[0], run[0].text, run[0].boxes, 0.6)
        if _SALUTATION.match(line.cells[0].text.strip()):
            found = _addressed_block(page, index)
            if found is not None:
                return found, None
    return None, None


def is_return_address(text: str) -> bool:
    """Name, street and town in one line: with separators, or (OCR drops the dots) with a
    street number and at least three words before the postcode."""
    town = POSTCODE_TOWN.search(text)
    if town is None or not text[: town.start()].strip(" ,●•·|▪■–-"):
        return False  # "Denver, CO 80210": a town line alone names no sender
    if RETURN_SEPARATOR.search(text):
        return True
    before = text[: town.start()].split()
    return len(before) >= 3 and any(ch.isdigit() for ch in before[-1] + before[-2])


def _read_by_ocr(cells: list[Cell]) -> bool:
    return any(w.confidence < 1.0 for c in cells for w in c.words)


def _runs(cells: list[Cell]) -> list[list[Cell]]:
    """The runs of a line's cells between wide gaps (its columns), left to right."""
    runs: list[list[Cell]] = []
    while cells:
        run = _left_run(cells)
        runs.append(run)
        cells = cells[len(run) :]
    return runs


def _left_run(cells: list[Cell]) -> list[Cell]:
    """The cells of a line from its first up to a wide gap (a right-hand column's text)."""
    run = cells[:1]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > _WINDOW_GAP:
            break
        run.append(cell)
    return run


def _height(cells: list[Cell]) -> float:
    return max(w.box.y1 - w.box.y0 for c in cells for w in c.words)


def _text_of(cells: list[Cell]) -> str:
    return " ".join(c.text for c in cells)


def _recipient_below(page: list[Line], index: int, run: list[Cell]) -> Value | None:
    """The first line under a return-address line, in larger print, at its left edge."""
    sender = page[index]
    left, right = run[0].x0 - 2 * _WINDOW_GAP, run[-1].x1
    for offset in range(index + 1, min(index + 5, len(page))):
        below = page[offset]
        cells = [c for c in below.cells if left <= c.x0 < right]
        if not cells:
            continue  # a line of a right-hand column (the sender's contact details)
        # DIN 5008 leaves a notes zone (12.7 mm, mostly empty) between the two.
        if below.y0 - sender.y1 > 5 * _height(cells):
            return None
        # OCR boxes do not tell font sizes apart; on text layers the small print must be smaller.
        if not _read_by_ocr(run) and _height(run) > 0.9 * _height(cells):
            return None
        name = run_of_cells(cells)
        if is_return_address(name) and first_piece(name)[:8] == first_piece(_text_of(run))[:8]:
            # The letterhead's line in large print, then the small return address repeating
            # it (OCR does not tell their sizes apart): the recipient is under the second.
            sender, run = below, cells
            continue
        if LABEL_VALUE_LINE.match(name) or not any(ch.isalpha() for ch in name):
            return None
        if not_a_name(name):
            return None  # the sender's e-mail line under its town
        return continued_name(page, offset, cells[0], name)
    return None


def _addressed_block(page: list[Line], index: int) -> Value | None:
    """ "Herrn / Max Mustermann / Musterstr. 11 / 12346 Bad Musterhausen": the addressee."""
    first = page[index].cells[0]
    if _ends_in_town(page, index, first):
        return continued_name(page, index, first, first.text)
    return None


_SALUTATION_WORDS = (
    r"herrn?|frau|firma|familie|eheleute|ehepaar|famille|mr\.?|mrs\.?|ms\.?|m\.|mme|sr\.?|sra\.?"
    r"|sig\.?"
)


_SALUTATION = re.compile(rf"^(?:{_SALUTATION_WORDS})$", re.IGNORECASE)


# A line opening an addressee's block: a salutation, or "Attn", "z. Hd.", "An", "To",
# "Exmo.(s) Sr.(s)", "t.a.v." before a name ("Herrn Max Mustermann", "To: Beta AG").
RECIPIENT_OPENING = re.compile(
    rf"^(?:{_SALUTATION_WORDS}|sig\.ra|attn\.?|z\. ?hd\.?|monsieur|madame|dhr\.|mevr\.|pan|pani"
    r"|an|to|à|exm[oa]s?\.?(?:\(s\))?|ilm[oa]s?\.?|dear|t\.\s?a\.\s?v\."
    r"|se[nñ]h?or(?:es|as?|\(es\))?|sres\.?)(?:\s|:|$)",
    re.IGNORECASE,
)


def _run(cells: list[Cell]) -> list[Cell]:
    """The first cells of a row up to a wide gap or another label (two-column headers)."""
    run = [cells[0]]
    for previous, cell in pairwise(cells):
        if cell.x0 - previous.x1 > 40 or cell.text.rstrip().endswith(":"):
            break
        run.append(cell)
    return run


def run_of_cells(cells: list[Cell]) -> str:
    return " ".join(c.text for c in _run(cells)).strip()


def _whole_company(text: str, following: str) -> bool:
    """Whether the next line names a company on its own ("SARL RENAUD CONSEIL" under the
    contact "Clément RENAUD", "Pinecone Analytics LLC" under "Accounts Payable"), rather than
    ending the name above ("Versicherungsverein Musterstadt / a.G.", "Bau / GmbH")."""
    if re.search(r"(?:&|\bund|\band|\bet|\by|\be|-)\s*$", text, re.IGNORECASE):
        return False  # "Hausverwaltung Moser & / Partner GmbH": the name runs on
    words = [w for w in LEGAL_FORM.sub(" ", following).split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2


def continued_name(
    lines: list[Line], index: int, cell: Cell, text: str, contact: bool = False
) -> Value:
    """Add the next line to a salutation, or to a name whose legal form is on that line.

    `contact`: in a buyer's block, a next line naming a company on its own is the company
    under its contact person or department, no part of their name.
    """
    boxes = list(cell.boxes)
    below, starts = None, []
    # The next line of the same column: a right-hand info block's lines may interleave.
    for below in lines[index + 1 : index + 4]:
        starts = [i for i, c in enumerate(below.cells) if abs(c.x0 - cell.x0) < 6]
        if starts or below.page != lines[index].page:
            break
    if below is not None and starts:
        cells = _run(below.cells[starts[0] :])
        same_page = (
            below.page == lines[index].page and below.y0 - lines[index].y1 < 1.5 * below.height
        )
        if cells and same_page:
            # "Versicherungsverein Musterstadt | a.G.": the legal form may stand in its own cell.
            following = " ".join(c.text for c in cells)
            plain = not any(ch.isdigit() for ch in following) and not following.rstrip().endswith(
                ":"
            )
            wanted = _SALUTATION.match(text) or (
                not LEGAL_FORM.search(text)
                and LEGAL_FORM.search(following)
                and not (contact and _whole_company(text, following))
            )
            if plain and wanted and not LABEL_VALUE_LINE.match(following):
                text = f"{text} {following}"
                boxes.extend(b for c in cells for b in c.boxes)
    return Value(text, text, tuple(boxes))
