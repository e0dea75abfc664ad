"""Where a label's value stands: after it in its cell or the next cells, beside it on a line of
another font size, under it, or over it in a stacked layout of values over their captions."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.amountcaptions import rate_before
from facturist.engine.bracketcount import bracketed_count
from facturist.engine.countedtotal import count_before_money
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.ratedcaption import only_rate

# How far below a label (in line heights) a value may sit.
_BELOW_REACH = 2.6


def words_after(line: Line, end: int) -> list[Word]:
    offset = 0
    out = []
    for word in line.words:
        if offset >= end:
            out.append(word)
        elif offset < end < offset + len(word.text) and word.text[end - offset :].strip(":.#"):
            # "Facture n°562044387": the label ends inside a word; the rest is the value.
            tail = word.text[end - offset :]
            head, colon, value = tail.rpartition(":")
            if colon and head and any(ch.isdigit() for ch in value):
                tail = value  # "Rechnungsdatum/Lieferdatum:12.01.2019": after the last colon
            out.append(Word(tail, word.box, word.confidence))
        offset += len(word.text) + 1
    return out


# A cell that is a count with its unit: a table's total quantity beside its total amount.
_QUANTITY_CELL = re.compile(
    r"^\d[\d.,']*\s*(?:mtrs?|pcs|pc|nos|units?|kgs?|hrs|hours|stk|stück|st|qty|items?"
    r"|pieces|boxes|sets|szt|uds|pz|stuks)\.?$",
    re.IGNORECASE,
)


# A cell that is a rate and nothing else ("19%", "7,5 %").
_RATE_CELL = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s*%$")


def value_words(line: Line, end: int, label: list[Word]) -> list[Word]:
    """Words after a label: the rest of its cell, then following cells up to one with a digit.

    A label inside a sentence ("... te betalen.") keeps to its own cell, so a page number in
    the next column is not taken for its value.
    """
    after = words_after(line, end)
    if not label:
        return after
    for position, cell in enumerate(line.cells):
        if label[-1] not in cell.words:
            continue
        boxes = cell.boxes  # a property building its tuple anew: built once, not per word
        own = [w for w in after if w.box in boxes]  # by box: a word's tail is a new Word
        # A bare ")" closing "(netto)" leaves the label closing its cell.
        worded = any(ch.isalnum() for w in own for ch in w.text)
        # "zuzüglich 20 % USt.": a rate before a tax caption makes no sentence of it.
        position_in_cell = cell.words.index(label[0]) if label[0] in cell.words else 0
        # "À payer / Zu bezahlen CHF": a bilingual caption's second half starts at the slash.
        slash = max(
            (i + 1 for i, w in enumerate(cell.words[:position_in_cell]) if w.text.endswith("/")),
            default=0,
        )
        deep = position_in_cell - slash > 2 and not rate_before(cell.words[:position_in_cell])
        # "WA Refuse Collection Tax 3.6% | 6.56": a rate alone ends no sentence (ratedcaption.py).
        if (
            deep
            and (worded or cell.text.endswith("."))
            and not only_rate(cell.words[:position_in_cell], own)
        ):
            # A label deep inside a sentence; one that closes its cell ("in diesem Beitrag
            # enthaltene Versicherungsteuer | 35,13 €") still captions the next cell.
            return own
        taken = list(own)
        cells = line.cells[position + 1 : position + 5]
        skip = 0
        for index, following in enumerate(cells):
            skip = max(skip - 1, bracketed_count(cells, index))
            if skip:
                continue  # "SUBTOTAL | (5 | items) | 65.71": the count, then the money
            if _QUANTITY_CELL.match(following.text):
                continue  # "Total | 2,650 mtr | Rs. 3,27,521.25": the count, then the money
            if count_before_money(cells[index:]):
                continue  # "TOTAL | 10,800 | US$ | 63,708.00": likewise (countedtotal.py)
            after_it = cells[index + 1].text if index + 1 < len(cells) else ""
            if following.text.startswith("%") or after_it.startswith("%"):
                continue  # "IGST @ 5% | 5 | % | 15,596.25": the rate set apart from its sign
            if _RATE_CELL.match(following.text):
                continue  # "MwSt. | 19% | 19,00": the rate's own cell, then the tax
            taken.extend(following.words)
            if any(ch.isdigit() for ch in following.text):
                break
        return taken
    return after


def label_words(line: Line, start: int, end: int) -> list[Word]:
    offset = 0
    out = []
    for word in line.words:
        if offset + len(word.text) > start and offset < end:
            out.append(word)
        offset += len(word.text) + 1
    return out


def words_below(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words under a label on the next lines, overlapping its horizontal span."""
    line = lines[index]
    x0 = min(w.box.x0 for w in label) - 4
    x1 = max(w.box.x1 for w in label) + 60
    # Not under the next caption on the label's row ("Incidência | Valor IVA").
    x1 = min([x1] + [c.x0 - 1 for c in line.cells if c.x0 > max(w.box.x1 for w in label)])
    for below in lines[index + 1 : index + 4]:
        if below.page != line.page or below.y0 - line.y1 > _BELOW_REACH * line.height:
            break
        words = [w for w in below.words if w.box.x1 >= x0 and w.box.x0 <= x1]
        if words:
            caption = next((c.words for c in line.cells if label[0] in c.words), label)
            return _centred_value(below, words, caption)
    return []


def value_below_cell(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """The words under a label with the rest of the cell they end in: a date written out
    ("FECHA" over "20 de noviembre de 2025") runs further right than `words_below` reaches,
    which a scan's pixels make short."""
    words = words_below(lines, index, label)
    if not words:
        return words
    for below in lines[index + 1 : index + 4]:
        cell = next((c for c in below.cells if words[-1] in c.words), None)
        if cell is not None:
            return words + cell.words[cell.words.index(words[-1]) + 1 :]
    return words


def _centred_value(below: Line, words: list[Word], label: list[Word]) -> list[Word]:
    """The whole value of a cell centred under its caption ("Date" over "2 September 2021"):
    a value wider than its caption starts left of it, in a grid of captions over values."""
    cell = next((c for c in below.cells if words[0] in c.words), None)
    if cell is None:
        return words
    left, right = min(w.box.x0 for w in label), max(w.box.x1 for w in label)
    width = cell.x1 - cell.x0
    # One value, a little wider than its caption, sharing its centre: not a run of text.
    if abs((cell.x0 + cell.x1) / 2 - (left + right) / 2) > max(6.0, 0.15 * width):
        return words
    if width > right - left + 100:
        return words
    return cell.words[: cell.words.index(words[0])] + words


def spans_columns(label: list[Word]) -> bool:
    """True when a label's words sit far apart, in two columns of the line."""
    return any(
        right.box.x0 - left.box.x1 > min(40.0, 4 * (left.box.y1 - left.box.y0))
        for left, right in pairwise(label)
    )


def in_first_cell(
    pattern: re.Pattern[str], line: Line, match: re.Match[str], label: list[Word]
) -> re.Match[str] | None:
    """The label read within one cell: the one it starts in ("VAT | Total invoice" reads
    "VAT"), else the next ("Date | Due Date" read as "Date Due" is "Due Date")."""
    cell = next((c for c in line.cells if label[0] in c.words), None)
    if cell is None:
        return None
    last = line.words.index(cell.words[-1])
    end = len(" ".join(w.text for w in line.words[: last + 1]))
    if end <= match.start():
        return None
    found = pattern.match(line.text, match.start(), end)
    if found is not None or last + 1 >= len(line.words):
        return found
    following = next(c for c in line.cells if line.words[last + 1] in c.words)
    stop = line.words.index(following.words[-1])
    # A newline marks where the next cell starts: a caption opening its own cell there
    # ("SARL ... | Mainvilliers, le 7 avril 2025") may anchor on it, as on a line start.
    text = f"{line.text[:end]}\n{line.text[end + 1 :]}"
    return pattern.match(text, end + 1, len(" ".join(w.text for w in line.words[: stop + 1])))


# A form's box number opening its caption: "2." of "2. INVOICE NO. AND DATE", "8)".
_BOX_NUMBER = re.compile(r"^\d{1,2}[.)]$")


def stands_alone(line: Line, label: list[Word], label_length: int) -> bool:
    """True when the label fills (nearly) its whole cell, as a caption does."""
    for cell in line.cells:
        if label[0] in cell.words:
            others = [w for w in cell.words if w not in label]
            if others and others[0] is cell.words[0] and _BOX_NUMBER.match(others[0].text):
                others = others[1:]  # "2. INVOICE NO. AND DATE": a form's box number
            return (
                len(others) <= 2
                or slashed_alias(cell.words, label)
                or bracketed_hint(cell.words, label)
            )
    return True


def bracketed_hint(cell: list[Word], label: list[Word]) -> bool:
    """ "Data (ziua, luna, anul):", "Date (dd/mm/yyyy):": the label and, in brackets after
    it, how its value is written, closing the cell (no figure: the value is elsewhere)."""
    after = cell[cell.index(label[-1]) + 1 :] if label[-1] in cell else []
    rest = [w for w in cell if w not in label]
    return (
        bool(after)
        and len(rest) == len(after) <= 4
        and after[0].text.startswith("(")
        and after[-1].text.rstrip(":").endswith(")")
        and not any(ch.isdigit() for w in after for ch in w.text)
    )


def slashed_alias(cell: list[Word], label: list[Word]) -> bool:
    """ "Invoice Date / Tax Point", "Rechnungsdatum / Leistungsdatum": the label and, after a
    slash, a second caption of the same value in its cell (no figure: no value inside)."""
    after = cell[cell.index(label[-1]) + 1 :] if label[-1] in cell else []
    rest = [w for w in cell if w not in label]
    return (
        bool(after)
        and after[0].text == "/"
        and len(rest) == len(after)
        and len(after) <= 4
        and not any(ch.isdigit() for w in after for ch in w.text)
    )


def words_beside(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words right of a label on a neighbouring line that overlaps it vertically.

    A value in another font size can land on its own line although it sits beside the label.
    """
    top = min(w.box.y0 for w in label)
    bottom = max(w.box.y1 for w in label)
    right = max(w.box.x1 for w in label)
    middle = (top + bottom) / 2
    found: list[Word] = []
    near = [ln for ln in lines[max(index - 2, 0) : index + 3] if ln.page == lines[index].page]
    for other in near:
        if other is lines[index]:
            continue
        for word in other.words:
            center = (word.box.y0 + word.box.y1) / 2
            overlaps = word.box.y0 <= middle <= word.box.y1 or top <= center <= bottom
            if overlaps and word.box.x0 >= right - 1:
                found.append(word)
    found.sort(key=lambda w: w.box.x0)
    border = _next_caption_column(near, right)
    return [w for w in found if w.box.x0 < border]


def _next_caption_column(near: list[Line], right: float) -> float:
    """Where the next box's caption column starts right of a label: two party boxes side by
    side each print a caption column and a value column, and a word beyond the other box's
    captions is that box's value, not this label's. A column is a left edge at which two
    neighbouring lines start a cell of words without figures ("Ort", "Umsatzsteuer-ID")."""
    edges = sorted(
        cell.x0
        for line in near
        for cell in line.cells
        if cell.x0 > right + 1 and _caption_like(cell.text)
    )
    for first, second in pairwise(edges):
        if second - first < 3:
            return first
    return float("inf")


def _caption_like(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 3 and not any(ch.isdigit() for ch in text)


def _aligned_cells(line: Line, other: Line) -> int:
    return sum(1 for cell in line.cells if any(abs(c.x0 - cell.x0) < 4 for c in other.cells))


def above_index(lines: list[Line], index: int) -> int:
    """The index of the line holding the values of a row of captions stacked under them:
    the line above, or the one over it where the line between is another column's only
    ("Z-2026-1184 | 09.12.2026" over the addressee's "Frau", beside the captions' row that
    begins with the addressee's name: the two columns' lines interleave)."""
    line = lines[index]
    if index < 2 or len(line.cells) < 3:
        return index - 1
    between, over = lines[index - 1], lines[index - 2]
    if over.page != line.page or any(c.x1 >= line.cells[1].x0 for c in between.cells):
        return index - 1
    if all(c.x0 >= line.cells[0].x1 for c in over.cells):
        return index - 2  # the values stand clear of the other column, over the captions
    return index - 1


def values_above(lines: list[Line], index: int) -> bool:
    """True when a row of labels carries its values on the line above (a "stacked" layout)."""
    line = lines[index]
    if index == 0 or lines[index - 1].page != line.page or any(ch.isdigit() for ch in line.text):
        return False
    above = lines[above_index(lines, index)]
    if line.y0 - above.y1 > _reach(line, above):
        return False
    below = lines[index + 1] if index + 1 < len(lines) else None
    above_count = _aligned_cells(line, above)
    if above_count < 2 or above_count < len(line.cells) - 1:
        return False
    if below is None or below.page != line.page or below.y0 - line.y1 > _reach(line, below):
        return True
    below_count = _aligned_cells(line, below)
    gap_above, gap_below = line.y0 - above.y1, below.y0 - line.y1
    return above_count > below_count or (above_count == below_count and gap_above < 0.8 * gap_below)


def _reach(captions: Line, values: Line) -> float:
    """How far a row of captions may stand from a row of values that are theirs. Values
    printed larger than their small captions ("03-03-2025" over "factuurdatum") often stand
    with a rule between, farther off than the captions' own size: the values' size measures it.
    The same reach is asked of the row on either side, so the nearer one still wins."""
    if captions.height < 0.85 * values.height:
        return max(1.2 * captions.height, 1.5 * values.height)
    return 1.2 * captions.height


def names_a_field(line: Line) -> bool:
    return any(pattern.search(line.text) for pattern in LABELS_BY_RANK.values())


def words_above(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """Words over a label on the line just above, overlapping its horizontal span."""
    x0 = min(w.box.x0 for w in label) - 4
    x1 = max(w.box.x1 for w in label) + 60
    return [w for w in lines[above_index(lines, index)].words if w.box.x1 >= x0 and w.box.x0 <= x1]


def cell_above(lines: list[Line], index: int, label: list[Word]) -> list[Word]:
    """The whole cell over the caption's cell, flush with it on the left, where the caption
    is the end of its cell ("12 décembre 2026" over "Date d'échéance", the caption known by
    "échéance"): the value starts left of the caption's own words, at its cell's edge."""
    line, above = lines[index], lines[above_index(lines, index)]
    own = next((cell for cell in line.cells if label[0] in cell.words), None)
    if own is None or own.words[0] is label[0]:
        return []
    x0 = own.x0
    return next((c.words for c in above.cells if abs(c.x0 - x0) < 4 and c.x1 < own.x1 + 60), [])
