"""Dates read from words, and the dates a page prints without a caption of their own: beside or
under an invoice's number, alone at the right of a letter's head, or heading a schedule."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.bilingualcaptions import one_month_name
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.parse.dates import month_number
from facturist.engine.parsing import parse_date

_DATE_PART = re.compile(r"\d{1,4}\.?")
_YEAR = re.compile(r"(?:19|20)\d\d")


# Words before an invoice-date caption that make it the day payment terms count from ("30
# days from invoice date", "14 Tage nach Rechnungsdatum", "30 jours à compter de la date de
# facture"): the date printed after it is another ("..., due 16 February 2025").
_COUNTS_FROM = re.compile(
    r"\b(?:from|after|following|since|nach|ab|seit|[àa] compter de(?: la)?|apr[èe]s(?: la)?"
    r"|desde(?: la)?|a partir de(?: la)?|dalla|vanaf|na|efter|fr[åa]n|fra)"
    r"(?:\s+(?:the|dem|der))?\s*$"
    # France's terms put the count right before the caption, with no preposition: "30 jours
    # date de facture", "45 jours fin de mois date de facture", "à 60 jours net date de
    # facture". Italy's and Spain's likewise: "bonifico a 30 giorni data fattura", "60 gg
    # fine mese data fattura", "30 días fecha factura".
    r"|\b\d{1,3}\s*(?:jours?|j\.?|giorni|gg\.?|d[íi]as)"
    r"(?:\s+(?:fin de mois|nets?|net|fine mese|f\.?m\.?))*\s*$",
    re.IGNORECASE,
)


def counts_from(before: str) -> bool:
    """Whether the text before an invoice-date caption makes it a payment term's start."""
    return _COUNTS_FROM.search(before) is not None


# A word of running prose: lowercase, letters only ("entspricht", "equals").
_PROSE_WORD = re.compile(r"[a-zäöüßàâçéèêëîïôûùœ]{3,}")


def ends_sentence(line: Line, label: list[Word]) -> bool:
    """A date caption that closes a sentence in its cell ("Leistungsdatum entspricht
    Rechnungsdatum."): it names a date, and the value under it is no value of its."""
    cell = next((c for c in line.cells if label and label[-1] in c.words), None)
    if cell is None or cell.words[-1] is not label[-1] or not label[-1].text.endswith("."):
        return False
    # The caption may start in an earlier cell: a monospaced print's wide spaces cut "30 days
    # from | invoice | date." word by word (its first word was looked for in the last one's
    # cell, and the ValueError lost the whole document).
    at = next((i for i, c in enumerate(line.cells) if label[0] in c.words), None)
    if at is None:
        return False
    first = line.cells[at]
    before = first.words[: first.words.index(label[0])]
    if not before and first is not cell and at > 0:
        before = line.cells[at - 1].words
    return any(_PROSE_WORD.fullmatch(w.text) for w in before)


def in_date(words: list[Word], index: int) -> bool:
    """A bare number that is the day or year of a date written out ("27 June 2025")."""
    if not _DATE_PART.fullmatch(words[index].text.rstrip(",;")):
        return False
    # "Versand / Logistik Februar 2025": a month and its year name a period, never money.
    previous = words[index - 1].text.rstrip(".,") if index > 0 else ""
    if _YEAR.fullmatch(words[index].text.rstrip(".,;")) and month_number(previous) is not None:
        return True
    for start in range(max(0, index - 3), index + 1):
        for end in range(max(index, start + 1), min(len(words), start + 4)):
            text = " ".join(w.text for w in words[start : end + 1]).rstrip(".,;")
            if parse_date(text) is not None:
                return True
    return False


def read_date(words: list[Word]) -> Value | None:
    """The first date among words (up to 4 words joined, for "3 March 2019")."""
    if any(w.text == "/" for w in words):
        words = one_month_name(words)  # "14 Mawrth / March 2025" (bilingualcaptions.py)
    # Every date pattern reads its day with int() (parse/dates.py), so a text without a
    # digit is no date: a chunk is tried only when a word from `start` on to its end holds
    # one. A span past the last word gives the chunk of a shorter span: tried once only
    # (the same text parses the same, and a first parse that succeeded returned).
    count = len(words)
    digit_at = count  # the first word at or after `start` holding a digit
    next_digit = [count] * count
    for position in range(count - 1, -1, -1):
        if any(map(str.isdigit, words[position].text)):
            digit_at = position
        next_digit[position] = digit_at
    for start in range(count):
        rest = count - start
        if next_digit[start] == count:
            return None  # no digit in any word from here on: no chunk can be a date
        tried = 0
        for span in (1, 3, 4, 5, 2):
            length = min(span, rest)
            if tried & 1 << length or next_digit[start] >= start + length:
                continue
            tried |= 1 << length
            chunk = words[start : start + span]
            text = " ".join(w.text for w in chunk).strip(".,;:()")
            # "August 3 , 2014": a comma set apart by the text layer still belongs to the day.
            parsed = parse_date(text.replace(" ,", ","))
            if parsed is not None and 1990 <= parsed.value.year <= 2100:
                return Value(
                    parsed.value,
                    text,
                    tuple(w.box for w in chunk),
                    0.6 if parsed.ambiguous else 1.0,
                )
    return None


def heads_date_column(lines: list[Line], index: int, value: Value) -> bool:
    """The date under a caption heads a column of dates: a schedule (instalments paid or
    due), whose first row is no date of this bill."""
    left, dates = value.boxes[0].x0, 0
    for below in lines[index + 1 : index + 6]:
        if below.page != lines[index].page:
            break
        column = next((i for i, w in enumerate(below.words) if abs(w.box.x0 - left) < 3), None)
        if column is None:
            continue
        word = below.words[column]
        dated = read_date(below.words[column : column + 5])
        if dated is None or dated.boxes[0] != word.box:
            # "Date commande" between "18/03/2025" and "05/03/2025": a grid's next caption
            # row, each date under its own caption, no column of dates.
            break
        dates += 1
    return dates >= 3


# A money figure closing a row ("168,00 €", "€ 1.848,00").
_ROW_FIGURE = re.compile(r"^[-−]?[$€£]?\s?\d[\d.,' ]*[.,]\d{2}\s?[€$£]?$")


def heads_schedule(lines: list[Line], index: int, value: Value) -> bool:
    """The date under a caption opens a schedule: it and the row right under it each hold a
    date in the caption's column and end in an amount ("Fälligkeit | Betrag" over "ab
    15.04.2025 monatlich | 168,00 €" / "11 Abschläge bis 15.02.2026 | 1.848,00 €")."""
    left = value.boxes[0].x0
    rows = 0
    for below in lines[index + 1 : index + 3]:
        if below.page != lines[index].page or len(below.cells) < 2:
            return False
        cell = next((c for c in below.cells if c.x0 - 2 <= left <= c.x1 + 2), None)
        if cell is None or not _ROW_FIGURE.match(below.cells[-1].text) or cell is below.cells[-1]:
            return False
        if read_date(cell.words) is None:
            return False
        rows += 1
    return rows == 2


# "vom", "dated", "du": the word joining a document's number to its date.
_DATED = re.compile(r"^(?:vom|from|dated|du|del|van|of|em|z dnia)$", re.IGNORECASE)


def dated_below(lines: list[Line], index: int) -> Value | None:
    """The date of a title wrapped onto the next line ("Nr. 471102 vom" / "05.03.2018")."""
    line = lines[index]
    below = _next_in_column(lines, index)
    if below is None or below.page != line.page or below.y0 - line.y1 > 1.6 * line.height:
        return None
    if _other_event_closes(line, below):
        return None  # "Rechnung Nr. | Datum | Ihr Auftrag vom" over a grid's values
    date = _opening_date(line, below.words)
    if date is not None or len(below.cells) < 2:
        return date
    # "Facture n° 888412377" at the right, "du 04/04/2024" under it beside the logo: the cell
    # under the number's opens with the date.
    head = line.cells[-1]
    for position, cell in enumerate(below.cells[1:], 1):
        if cell.x0 < head.x1 and cell.x1 > head.x0:
            # "FATTURA N. | 2024/0193" over "del | 22/03/2024": the date word alone under
            # the caption's cell, the date under the number's.
            word = below.cells[position - 1]
            if (
                position > 1
                and len(line.cells) > 1
                and len(word.words) == 1
                and _DATED.match(word.text)
                and word.x0 >= line.cells[-2].x0 - 4
            ):
                return _opening_date(line, word.words + cell.words)
            return _opening_date(line, cell.words)
    return None


def _next_in_column(lines: list[Line], index: int) -> Line | None:
    """The line under the number's, past one line of the next column interleaved between:
    "Fattura n. 2024/418" beside the recipient's block, "del 05/12/2024" under it set a
    little lower than the block's street ("Via per Vignola 15" starts where the recipient's
    name does, right of the number)."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or not line.cells or index + 2 >= len(lines):
        return below
    left = line.cells[0]
    if below.words[0].box.x0 <= left.x1 + 20:
        return below
    # "n° 25-F-0088412" alone at the left, the seller's street beside it a little lower: the
    # line under it may be another block's, wholly right of the number.
    if len(line.cells) > 1 and not any(
        abs(cell.x0 - below.words[0].box.x0) < 10 for cell in line.cells[1:]
    ):
        return below  # no column of the number's line goes on there
    after = lines[index + 2]
    # The next line of the number's own column opens under it.
    return after if abs(after.words[0].box.x0 - left.x0) < 10 else below


def _other_event_closes(line: Line, below: Line) -> bool:
    """The line closes on another event's "vom" in a cell of its own ("Ihr Auftrag vom",
    "Lieferung vom") and the line below does not open with one: the date under it is that
    event's, never the number's."""
    if len(line.cells) < 2 or not below.words or _DATED.match(below.words[0].text):
        return False
    words = line.cells[-1].words
    if len(words) < 2 or not _DATED.match(words[-1].text):
        return False
    return _QUALIFIED_BEFORE.search(" ".join(w.text for w in words[:-1])) is not None


def _opening_date(line: Line, words: list[Word]) -> Value | None:
    """The date that opens words below a title, after "vom" / "du" on either line."""
    if words and _DATED.match(words[0].text):
        words = words[1:]  # "Nr. 47110818" / "vom 31.10.2018"
    elif not _DATED.match(line.words[-1].text):
        return None
    date = read_date(words[:3])
    # The date opens the line below: a date further along belongs to other text.
    return date if date is not None and words and words[0].box in date.boxes else None


def date_cell(line: Line, label: list[Word]) -> Value | None:
    """A cell before the number's caption that is a date and nothing else ("March 5, 2025 |
    Invoice No.: 25-00412"): a letter's date beside its number, with no caption of its own."""
    for position, cell in enumerate(line.cells):
        if not label or label[0] in cell.words:
            return None
        before = line.cells[position - 1].text if position else ""
        if before.rstrip().endswith(":") or _OTHER_DATE.search(before):
            continue
        date = read_date(cell.words)
        if date is not None and len(date.boxes) == len(cell.words):
            return date
    return None


# What a bare date caption may be qualified by in its cell: another document's or event's
# date ("Order Date", "Date de livraison", "FECHA ALBARÁN", "Data consegna", "Datum der
# Lieferung"), which is never the invoice's issue date.
_OTHER_EVENT = (
    r"order|purchase|po|delivery|deliver(?:ed)?|ship(?:ping|ment|ped)?|dispatch|due|payment"
    r"|service|supply|start|end|travel|departure|arrival|booking|contract|value|print(?:ed)?"
    # A print or run stamp: it "Data stampa", fr "Date d'impression", es "Fecha (de)
    # impresión", nl "Datum afdruk", de "Datum Druck", en "Run date".
    r"|stampa|impression|impresi[óo]n|afdruk|druck|run"
    r"|livraison|commande|exp[ée]dition|[ée]ch[ée]ance|prestation|paiement|r[èe]glement"
    r"|albar[áa]n|pedido|entrega|env[íi]o|vencimiento|servicio|pago|expedici[óo]n"
    r"|ordine|consegna|ddt|spedizione|scadenza|pagamento|trasporto|documento di trasporto"
    r"|bestelling|levering|verzending|betaling|vervaldag"
    r"|lieferung|bestellung|auftrag(?:s)?|leistung|versand|zahlung|f[äa]lligkeit"
    r"|zam[óo]wienia|dostawy|p[łl]atno[śs]ci|sprzeda[żz]y|encomenda|fornecimento|vencimento"
    # A tradesman's visit: fr "Date d'intervention", es "Fecha de intervención", it "Data
    # dell'intervento", the work's days.
    r"|intervention|intervenci[óo]n|intervento"
)
_QUALIFIED_BEFORE = re.compile(rf"\b(?:{_OTHER_EVENT})\.?\W*$", re.IGNORECASE)
_QUALIFIED_AFTER = re.compile(
    rf"^\W*(?:(?:de|de la|du|des|di|del|della|dell'|van|der|des|of|d')\s*)?(?:{_OTHER_EVENT})\b",
    re.IGNORECASE,
)


def names_other_date(line: Line, start: int, end: int) -> bool:
    """A bare date caption at line.text[start:end] that its cell qualifies as another
    document's or event's date: an order's, a delivery note's, a payment's; or one closing its
    cell before a print or generation stamp ("... invoice data | printed 2025-11-04 09:12")."""
    if _qualified_in_cell(line, start, end, _QUALIFIED_BEFORE, _QUALIFIED_AFTER):
        return True
    if _OTHER_NUMBER_BEFORE.search(_cell_up_to(line, end)):
        return True  # "Delivery Note DN-0045871 dated": the delivery note's date
    return _before_stamp(line, end)


def _cell_up_to(line: Line, end: int) -> str:
    """The text of the cell holding line.text[end - 1], up to `end`."""
    offset = 0
    for cell in line.cells:
        if offset < end <= offset + len(cell.text):
            return cell.text[: end - offset]
        offset += len(cell.text) + 1
    return ""


# A viewer's or printer's time stamp opening a cell: when the page was made, never issued.
_STAMP = re.compile(
    r"^\W*(?:printed|generated|created|rendered|exported|gedruckt|erstellt|imprim[ée]e?|g[ée]n[ée]r[ée]e?"
    r"|stampato|generato|impreso|generado|afgedrukt|gegenereerd)\b",
    re.IGNORECASE,
)


def _before_stamp(line: Line, end: int) -> bool:
    """Whether the caption ending at line.text[end] closes its cell and the next cell opens
    with a print or generation stamp."""
    offset = 0
    for position, cell in enumerate(line.cells):
        offset += len(cell.text)
        if end <= offset:
            rest = line.text[end:offset].strip(" :.")
            following = line.cells[position + 1 : position + 2]
            return not rest and bool(following) and bool(_STAMP.match(following[0].text))
        offset += 1
    return False


# Another date's caption closing the words before a date: a due date's ("Fällig am", "Due
# date", "Zahlbar bis", "Échéance"), a delivery's or an order's ("Lieferdatum", "Order date").
_OTHER_CAPTION_BEFORE = re.compile(
    rf"\b(?:{_OTHER_EVENT}|(?:f[äa]llig|zahlbar|payable|liefer|leistungs|bestell)\w*"
    # Dutch, French, Italian, Spanish due captions ("Te betalen vóór:", "Échéance :").
    r"|te betalen|vervaldatum|vervaldag|[ée]ch[ée]ance|scadenza|vencimiento|due)\.?"
    r"(?:\s+(?:am|bis|on|by|le|el|il|op|date|datum|dat[ae]|v[oó][oó]r|before))?\s*:?\s*$",
    re.IGNORECASE,
)


def number_line_date(words: list[Word]) -> Value | None:
    """The date after an invoice's number on its line ("Rechnung Nr. 123 vom 05.03.2018");
    none when another date's caption stands between them: a two-column meta grid prints
    "Rechnungsnr. | AL-03 | Fällig am | 15.10.2024", the due date's row beside the number's."""
    date = read_date(words)
    if date is None:
        return None
    start = next(i for i, w in enumerate(words) if w.box == date.boxes[0])
    before = " ".join(w.text for w in words[:start])
    if _OTHER_NUMBER_BEFORE.search(before):
        return None  # "Bestellung: W-771204 vom 16.02.2025": the order's number and date
    return None if _OTHER_CAPTION_BEFORE.search(before) else date


# Another document's caption with its own number, then the word dating it, closing the words
# before a date ("Bestellung: W-771204 vom", "Order #88123 of", "Commande n° 4471 du"): the
# date is that order's, printed on the invoice number's line beside it.
_OTHER_NUMBER_BEFORE = re.compile(
    rf"\b(?:{_OTHER_EVENT})\b(?:\s+(?:note|slip|notice))?\W*(?:(?:nr|no|n[°º]|#)\.?\s*)?\S*\d\S*"
    r"\s+(?:vom|du|del|dal|of|dated|from|van|z|ze|de)\.?\s*:?\s*$",
    re.IGNORECASE,
)


def _qualified_in_cell(
    line: Line, start: int, end: int, before: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    """Whether the words before the caption at line.text[start:end] in its cell end in
    `before`, or the words after it start with `after`."""
    offset = 0
    for cell in line.cells:
        length = len(cell.text)
        if offset <= start < offset + length + 1:
            ahead = cell.text[: start - offset]
            behind = cell.text[max(end - offset, 0) :]
            return bool(before.search(ahead) or after.match(behind))
        offset += length + 1
    return False


# An order's date ("Order Date", "Date de commande", "Fecha de pedido"), not a purchase
# order's: the buyer's PO is dated before the sale, a shop's order on the day it bills.
_ORDER = r"(?<!purchase )order|commande|pedido|ordine|bestellung|bestelling"
_ORDER_BEFORE = re.compile(rf"\b(?:{_ORDER})\W*$", re.IGNORECASE)
_ORDER_AFTER = re.compile(
    rf"^\W*(?:(?:de la|de|du|di|del|dell'|van|der|of)\s*)?(?:{_ORDER})\b", re.IGNORECASE
)


def names_order_date(line: Line, start: int, end: int) -> bool:
    """A bare date caption at line.text[start:end] that its cell qualifies as an order's."""
    return _qualified_in_cell(line, start, end, _ORDER_BEFORE, _ORDER_AFTER)


# "München, den", "Wien, am", "Paris, le", "Madrid, a", "Milano, il": a letter's place.
_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.\- ]{1,30},(?:\s*(?:den|am|le|el|a|il|li|op|dnia))?$")


# Captions of the other dates a page shows beside their value (delivery, period, order);
# another document's date after "vom" / "du" / "del" ("Auftrag vom", "Bestellung vom",
# "Angebot vom", "commande du", "pedido del"): never the letter's own date.
_OTHER_DATE = re.compile(
    r"(?:datum|date|liefer|leistung|zeitraum|period|bestell|order|auftrag|bis|von|from|to"
    r"|\bvom|\bdu|\bdel"
    # A vehicle's own dates in a workshop's vehicle block: its first registration ("Erst-
    # zulassung", "EZ", "First registration", "Eerste toelating", "Mise en circulation",
    # "Immatricolazione"), its build year, its next inspection ("HU/AU", "TÜV", "MOT").
    r"|zulassung|\bez|registration|registered|toelating|circulation|immatricola\w*"
    r"|matriculaci[óo]n|baujahr|\bhu|hu/au|t[üu]v|\bmot)\W*$",
    re.IGNORECASE,
)


def letter_date(lines: list[Line]) -> Value | None:
    """An unlabelled issue date: the date a letter prints alone at the right of its first page.

    Insurers and other letter-style invoices write "Beitragsrechnung ... 24. Januar 2014"
    with no "Rechnungsdatum" caption; the date ends its line in the right half of the page.
    """
    if not lines:
        return None
    page = [line for line in lines if line.page == lines[0].page]
    right_edge = max(line.cells[-1].x1 for line in page)
    # The letter's head: its first lines, not the dates in the text and tables below.
    for number, line in enumerate(page[: max(25, len(page) // 2)]):
        dated = _head_date(line, line.cells[-1], right_edge)
        if dated is None and len(line.cells) > 1:
            # "Zürich, 1. November 2024 | Zahlbar bis: 30.11.2024": a letter's place and date
            # opening the line, another detail beside it; the place makes it the letter's.
            dated = _placed_date(line.cells[0].words)
        if dated is None and len(line.cells) == 1 and number:
            dated = _block_letter_date(line, page[number - 1])
        if dated is not None:
            return replace(dated, confidence=min(dated.confidence, 0.8))
    return None


def _head_date(line: Line, cell: Cell, right_edge: float) -> Value | None:
    """The date that a letter's head line closes with, in its last cell."""
    before = line.cells[-2].text if len(line.cells) > 1 else ""
    if before.rstrip().endswith(":") or _OTHER_DATE.search(before):
        return None
    words, placed = _place_cut(cell.words)
    # A Swiss letter puts "Ostermundigen, 04.03.2025" at the left, over the title: the
    # place before it makes it the letter's date there too.
    if cell.x0 < 0.5 * right_edge and not (placed and len(line.cells) == 1):
        return None
    dated = read_date(words)
    return dated if dated is not None and len(dated.boxes) == len(words) else None


# A month's name in a word: "February", "févr.", "März" (no digit, two letters at least).
_MONTH_WORD = re.compile(r"^[^\W\d_]{3,}\.?,?$")
# The caption of a date stacked over its value: a colon, or a due date's word.
_DATE_CAPTION_OVER = re.compile(
    r":\s*$|\b(?:due|payable|f[äa]llig\w*|[ée]ch[ée]ance|vencimiento|scadenza|vervaldatum"
    r"|vencimento|date|datum|fecha|data)\W*$",
    re.IGNORECASE,
)


def _block_letter_date(line: Line, above: Line) -> Value | None:
    """The date of an English block-format letter: alone on its line at the left, under the
    addressee's block, written with its month's name ("13 February 2026", "February 13,
    2026"); a date stacked under a caption ("Due date" over it) is that caption's."""
    words = line.cells[0].words
    if not 2 <= len(words) <= 4 or not any(_MONTH_WORD.match(w.text) for w in words):
        return None
    if _DATE_CAPTION_OVER.search(above.text) or _OTHER_DATE.search(above.text):
        return None
    dated = read_date(words)
    return dated if dated is not None and len(dated.boxes) == len(words) else None


def _placed_date(words: list[Word]) -> Value | None:
    """The date of a cell that is a place, its comma, and a date, and nothing else."""
    words, placed = _place_cut(words)
    dated = read_date(words) if placed else None
    return dated if dated is not None and len(dated.boxes) == len(words) else None


def _place_cut(words: list[Word]) -> tuple[list[Word], bool]:
    """The words after a letter's place ("München, den"), and whether one was cut off."""
    for size in (1, 2, 3, 5):  # "5 de noviembre de 2024": five words
        # Keep "24. Januar 2014" from "München, den 24. Januar 2014", "07.03.2025" from
        # "Leipzig, den 07.03.2025".
        if len(words) > size and _PLACE.match(" ".join(w.text for w in words[:-size])):
            return words[-size:], True
    opening = _opening_place_date(words)
    if opening is not None:
        return opening, True
    return words, False


# What may follow a letter's "place, date" on its line: a separator before other details.
_SEPARATOR = frozenset("·•|–—-/")


def _opening_place_date(words: list[Word]) -> list[Word] | None:
    """The date of a "place, date" that opens a line of details under the title ("Hamburg,
    21.02.2025 · Leistungszeitraum Januar 2025 · Projekt ..."): the date is followed by a
    separator, not by more words of a sentence."""
    for cut in range(1, min(4, len(words))):
        if not _PLACE.match(" ".join(w.text for w in words[:cut])):
            continue
        rest = words[cut:]
        for size in (1, 3, 2, 5):
            following = rest[size : size + 1]
            if len(rest) < size or (following and following[0].text not in _SEPARATOR):
                continue
            dated = read_date(rest[:size])
            if dated is not None and len(dated.boxes) == size:
                return rest[:size]
    return None


# How far apart (in line heights) two lines of one wrapped table row may be.
_ROW_LINE_GAP = 1.6


def date_in_wrapped_row(lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """The date in a caption's column on a later line of the row under it ("Beschreibung |
    Fälligkeit" over "Der Betrag wird am 05.01.2026 per SEPA-Lastschrift von Ihrem Konto" /
    "eingezogen. | 05.01.2026"): a long description wraps, and the column's date is printed
    beside its last line, so the slot right under the caption is empty, not the due date."""
    if not label:
        return None
    x0, x1 = min(w.box.x0 for w in label) - 4, max(w.box.x1 for w in label) + 4
    previous = lines[index]
    for number, below in enumerate(lines[index + 1 : index + 4]):
        reach = (_ROW_LINE_GAP if number else 2.6) * previous.height
        if below.page != previous.page or below.y0 - previous.y1 > reach:
            return None
        inside = [w for w in below.words if w.box.x1 >= x0 and w.box.x0 <= x1]
        if inside:
            # Only a row that wraps: its first line holds text left of the column alone.
            return read_date(inside) if number else None
        if not below.words or below.words[0].box.x0 >= x0:
            return None
        previous = below
    return None
