"""Layout: words -> lines -> cells (runs of words separated by wide gaps)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from facturist.engine.amountmarks import plain_amount_marks
from facturist.engine.asciitables import ascii_rule_page, pipe_runs, pipe_words
from facturist.engine.colondecimals import colon_decimals
from facturist.engine.gluedfieldcaptions import unglued_field_captions
from facturist.engine.gluedfunctionwords import unglued_function_words
from facturist.engine.ibanrepair import restored_whole_ibans
from facturist.engine.ibanspecks import unspecked_ibans
from facturist.engine.misreadmarks import mended_marks
from facturist.engine.model import Box, PageText, Word
from facturist.engine.monospace import one_space_gaps
from facturist.engine.monospacedgroups import join_monospaced_groups
from facturist.engine.monospacedwholegroups import join_whole_groups
from facturist.engine.randsign import rand_signed_rows
from facturist.engine.spacedleaders import without_spaced_leaders

# "12 684,00": a thousands group split off by a (thin) space; joined when the gap is narrow.
# A head already joined keeps growing: "1\u00a0278" + "763" ("1 278 763 Ft").
# A minus sign may be an en dash (amountmarks.py makes the others hyphens): "–16" "770,00".
_GROUP_HEAD = re.compile(
    r"^[(\-\u2212\u2013]?[$€£]?\d{1,3}$|^[(\-\u2212\u2013]?[$€£]?\d{1,3}(?:[ ,.'\u00a0]\d{3})+$"
)
_GROUP_TAIL = re.compile(r"^\d{3}(?:[.,]\d{1,4})?(?:[ .,']\d{3})*[)\-]?[€$£]?$|^\d{3}$")
_GROUP_GAP_RATIO = 0.8

# Two words belong to one cell when the gap between them is below this share of their height.
CELL_GAP_RATIO = 0.9
# An OCR word's box is the text line's detected band, ~2.2x the glyphs' height a text layer
# gives (13.4 vs 5.8 pt for one word), so gaps measured against it merge cells a text layer
# keeps apart. At the glyphs' share (0.45) OCR'd phrases, whose word gaps come out wider too,
# fell apart (scanned generated header F1 0.982 -> 0.953); at 0.7: 0.982 -> 0.986, and lines
# 0.968 -> 0.988 on a second seed. (Captions a bare space apart, "Bedrag excl. BTW  Tarief",
# still merge at 0.7.)
OCR_GLYPH_SHARE = 0.7


@dataclass
class Cell:
    """Words on one line that read as one phrase."""

    words: list[Word]

    # Cells, like lines, are never changed once built, and their text is read many times.
    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].box.x0

    @property
    def x1(self) -> float:
        return max(w.box.x1 for w in self.words)

    @property
    def boxes(self) -> tuple[Box, ...]:
        return tuple(w.box for w in self.words)


def print_height(cell: Cell) -> float:
    """The height of the cell's tallest word: its print size, which the line's height (the
    span of all its cells) does not tell."""
    return max(w.box.y1 - w.box.y0 for w in cell.words)


@dataclass
class Line:
    """Words sharing a baseline, left to right, split into cells."""

    page: int
    words: list[Word]
    cells: list[Cell] = field(default_factory=list)
    # An e-invoice viewer marked the row with an invoice line's business term (BT-126 to
    # BT-161, termrefs.py): its figure is that line's, never the document's.
    item_term: bool = False

    # Lines are built once and never changed, so their derived values are computed once.
    @cached_property
    def y0(self) -> float:
        return min(w.box.y0 for w in self.words)

    @cached_property
    def y1(self) -> float:
        return max(w.box.y1 for w in self.words)

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


def build_lines(page: PageText) -> list[Line]:
    """Group a page's words into lines (top to bottom) and each line into cells."""
    # Swiss "2’398.00" and "120.–" in the plain forms the rules read (amountmarks.py).
    words = plain_amount_marks(page.words)
    # A table drawn in characters: pipes as cell borders, "+---+" rules no words.
    drawn = ascii_rule_page(words)
    words = pipe_words(words) if drawn else words
    # "RechnungsnummerRechnungsdatum": two captions read as one word (gluedfieldcaptions.py).
    words = unglued_field_captions(words)
    if page.source == "ocr":  # "Zahlbetragdieser Rechnung": a caption glued to "dieser"
        words = unglued_function_words(words)  # (gluedfunctionwords.py)
    words = sorted(words, key=lambda w: ((w.box.y0 + w.box.y1) / 2, w.box.x0))
    groups: list[list[Word]] = []
    spans: list[tuple[float, float]] = []
    # The height of each line's tallest word (of those of a height), which tells cheaply when
    # _below_peers cannot be true.
    tallest: list[float] = []
    for word in words:
        low, high = word.box.y0, word.box.y1
        center = (low + high) / 2
        own = high - low  # the word's height
        # Only the last few lines can still take a word: words are sorted by their centre.
        for index in range(len(groups) - 1, max(len(groups) - 4, -1), -1):
            top, bottom = spans[index]
            if not top <= center <= bottom:
                continue
            # The word must overlap the line most of its height, not just touch it with its centre.
            overlap = min(bottom, high) - max(top, low)
            if not overlap >= 0.6 * max(min(bottom - top, own), 0.1):
                continue
            # _below_peers needs the line stretched over the word, or a word of it taller by
            # more than _PEER_HEIGHTS: without either it is False.
            height = max(own, 0.1)
            if (
                bottom - top >= _STRETCHED * height or tallest[index] > _PEER_HEIGHTS * height
            ) and _below_peers(groups[index], word, bottom - top):
                continue
            if not _stacked_on(groups[index], word):
                groups[index].append(word)
                # Grow the line to its words' union: a descender must not split "Bergmann" off.
                spans[index] = (min(top, low), max(bottom, high))
                if own > tallest[index]:
                    tallest[index] = own
                break
        else:
            groups.append([word])
            spans.append((low, high))
            # (A NaN height is never taken, as any() in _below_peers never counts one.)
            tallest.append(own if own > -math.inf else -math.inf)
    lines = []
    rows = [sorted(group, key=lambda w: w.box.x0) for group in groups]
    if page.source == "ocr":  # OCR's misread marks: "175:00" (colondecimals.py), IBAN specks
        # ibanrepair.py: an unspaced IBAN one digit of "0000" short.
        rows = [restored_whole_ibans(unspecked_ibans(colon_decimals(row))) for row in rows]
        rows = [mended_marks(row) for row in rows]  # "1 037;50", "09.04:2025" (misreadmarks.py)
    # South Africa's rand sign, "R 229,00" and "R31,736.75", as the code "ZAR" (randsign.py).
    rows = rand_signed_rows(rows)
    rows = [join_digit_groups(without_spaced_leaders(row)) for row in rows]
    # Monospaced print's one-letter word spaces (monospace.py) and thousands groups one such
    # space apart, "4 769,20" (monospacedgroups.py); OCR boxes are too rough.
    spaced: list[frozenset[int]] = [frozenset()] * len(rows)
    if page.source == "text":
        rows, spaced = _monospaced_groups(rows)
    for joined, kept in zip(rows, spaced, strict=True):
        runs = pipe_runs(joined) if drawn else None  # asciitables.py: the cells between pipes
        if runs is not None:
            if runs:
                line = Line(page=page.page, words=[w for run in runs for w in run])
                line.cells = [Cell(run) for run in runs]
                lines.append(line)
            continue
        line = Line(page=page.page, words=joined)
        share = OCR_GLYPH_SHARE if page.source == "ocr" else 1.0
        line.cells = split_cells(joined, share, kept)
        lines.append(line)
    lines.sort(key=lambda ln: (ln.y0 + ln.y1) / 2)
    return lines


def _monospaced_groups(rows: list[list[Word]]) -> tuple[list[list[Word]], list[frozenset[int]]]:
    """The rows with monospaced thousands groups joined, and their one-space gaps (a quantity
    one space before its price cut apart)."""
    rows = join_whole_groups(rows)  # monospacedwholegroups.py: "9 500" where arithmetic agrees
    joined = [join_monospaced_groups(row) for row in rows]
    rows = [row for row, _ in joined]
    gaps = one_space_gaps(rows)
    return rows, [kept - apart for kept, (_, apart) in zip(gaps, joined, strict=True)]


# A line this many times a word's height is stretched by a taller word (a logo).
_STRETCHED = 1.8
# Words up to this many times apart in height are printed in one size, a row's peers.
_PEER_HEIGHTS = 1.5
# How far (in the taller one's heights) a word's centre may stand from its peers' to share
# their row.
_PEER_OFFSET = 0.6


def _below_peers(group: list[Word], word: Word, span: float) -> bool:
    """True when a tall word (a 26 pt logo) stretches the line over two rows of small type
    and the word is on the other row than the line's words of its own size ("Facture n° 40
    1178 2264" over "du 04/03/2024" beside the logo): the small rows stay two lines."""
    height = max(word.box.y1 - word.box.y0, 0.1)
    middle = (word.box.y0 + word.box.y1) / 2
    peers = [
        other
        for other in group
        if max(other.box.y1 - other.box.y0, height)
        <= _PEER_HEIGHTS * min(other.box.y1 - other.box.y0, height)
    ]
    if not peers:
        return False
    if span >= _STRETCHED * height and all(
        abs((p.box.y0 + p.box.y1) / 2 - middle) > _PEER_OFFSET * max(p.box.y1 - p.box.y0, height)
        for p in peers
    ):
        return True
    # OCR boxes stand ~2x the glyphs tall, so two rows of small type overlap and a logo under
    # 1.8x their box height still bridges them ("Kanaalweg 88" over "3526 KM Utrecht"): the
    # word stays out when only a taller word's stretch reaches its centre, not its peers'.
    taller = any(w.box.y1 - w.box.y0 > _PEER_HEIGHTS * height for w in group)
    return taller and not min(p.box.y0 for p in peers) <= middle <= max(p.box.y1 for p in peers)


def _stacked_on(group: list[Word], word: Word) -> bool:
    """True when the word sits over or under a word of the line, at another height.

    Two words of one line never share their x-range. A tall word of a neighbouring column
    (scanned text, OCR boxes) can stretch a line over two rows of a narrow block, whose
    words would be interleaved ("Amazon 410 Terry Web Ave ..."); a word printed twice for a
    bold effect sits at the same height and stays.
    """
    height = max(word.box.y1 - word.box.y0, 0.1)
    middle = (word.box.y0 + word.box.y1) / 2
    left, right = word.box.x0, word.box.x1
    for other in group:
        # (A shared width over half the narrower one's, at least 0.1, needs the two x-ranges
        # to overlap: words side by side, most of a line's, are passed over cheaply. Written
        # so that a NaN edge still goes on to the full test.)
        if other.box.x1 <= left or right <= other.box.x0:
            continue
        shared = min(other.box.x1, word.box.x1) - max(other.box.x0, word.box.x0)
        narrower = max(min(other.box.x1 - other.box.x0, word.box.x1 - word.box.x0), 0.1)
        if shared > 0.5 * narrower and abs((other.box.y0 + other.box.y1) / 2 - middle) > (
            0.3 * height
        ):
            return True
    return False


def split_cells(
    words: list[Word], glyph_share: float = 1.0, kept: Collection[int] = frozenset()
) -> list[Cell]:
    """Cut a line's words where the gap is wide compared with the text height.

    `glyph_share`: the share of a word box's height its glyphs take (under 1 for OCR boxes).
    `kept`: indexes of words never cut from the word before (a monospaced word space).
    """
    cells: list[Cell] = []
    current: list[Word] = []
    for index, word in enumerate(words):
        if current and index not in kept and cell_gap(current[-1], word, glyph_share):
            cells.append(Cell(current))
            current = []
        current.append(word)
    if current:
        cells.append(Cell(current))
    return cells


def cell_gap(previous: Word, word: Word, glyph_share: float = 1.0) -> bool:
    """Whether the gap between two words of a line parts them into two cells (`split_cells`;
    `glyph_share` as there, 1.0 for a text layer's boxes)."""
    return word.box.x0 - previous.box.x1 > CELL_GAP_RATIO * _gap_height(previous, word) * (
        glyph_share
    )


# A word this many times another's height is display type (a logo's "OMR" set at 26 pt)...
_DISPLAY_RATIO = 2.5
_WORDLIKE = re.compile(r"[^\W_]")


def _gap_height(previous: Word, word: Word) -> float:
    """The height a gap between two words is measured against: the taller one's, except
    beside display type, whose height would swallow a wide gutter to the small type next to
    it ("OMR" logo | "Via dell'Industria, 31" at 7.5 pt); there half the tall one's height,
    still over a word space of its own size (about 0.4 of it). A mark's box is its glyph's
    only, a bullet's or dash's far under its text's height ("•  Beschreibung", "58 - per"):
    only words of letters or digits tell their print size."""
    first, second = previous.box.y1 - previous.box.y0, word.box.y1 - word.box.y0
    tall, small = max(first, second, 1.0), min(first, second)
    if (
        tall > _DISPLAY_RATIO * small
        and _WORDLIKE.search(previous.text)
        and (_WORDLIKE.search(word.text))
    ):
        return max(small, 0.5 * tall, 1.0)
    return tall


def joined_word(previous: Word, word: Word) -> Word:
    """Two words of one figure as one, a no-break space between ("12" "684,00")."""
    box = previous.box
    joined = Box(box.page, box.x0, min(box.y0, word.box.y0), word.box.x1, max(box.y1, word.box.y1))
    return Word(
        f"{previous.text}\u00a0{word.text}", joined, min(previous.confidence, word.confidence)
    )


def line_holding(lines: list[Line], box: Box) -> int | None:
    """The index of the line that holds the word with this box, None when none does."""
    top, bottom = box.y0, box.y1
    for index, line in enumerate(lines):
        # A box starting above all of a line's words (its y0 is their least y0) or ending
        # below all of them is none of theirs: most lines are passed over without comparing
        # boxes. (Comparisons with a NaN are false, so such a line is still searched.)
        if not line.words or top < line.y0 or bottom > line.y1:
            continue
        if any(w.box == box for w in line.words):
            return index
    return None


def cell_holding(lines: list[Line], box: Box) -> tuple[int, int] | None:
    """The index of the line that holds the word with this box and of its cell there."""
    index = line_holding(lines, box)
    if index is None:
        return None
    position = next((i for i, c in enumerate(lines[index].cells) if box in c.boxes), None)
    return None if position is None else (index, position)


def captioned_cell(lines: list[Line], boxes: tuple[Box, ...]) -> tuple[int, Cell, Cell] | None:
    """Where a value read with these boxes stands: its line's index, the cell holding its
    caption (the cell before when the value fills a cell of its own: "DIČ: | CZ25187368"),
    and its own cell; None when no line holds it."""
    if not boxes:
        return None
    held = cell_holding(lines, boxes[0])
    if held is None:
        return None
    index, position = held
    row = lines[index]
    own = row.cells[position]
    if position and all(box in boxes for box in own.boxes):
        return index, row.cells[position - 1], own
    return index, own, own


def page_one_head(lines: list[Line], share: float = 0.5) -> tuple[list[Line], int]:
    """Page one's lines, and how many of them open it before the first line starting below
    `share` of its printed height (where a letterhead and the parties' blocks stand)."""
    page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    if not page:
        return [], 0
    bottom = max(ln.y1 for ln in page)
    head = next((i for i, ln in enumerate(page) if ln.y0 > share * bottom), len(page))
    return page, head


def line_with_cell(lines: list[Line], cell: Cell) -> int | None:
    """The index of the line that holds this very cell (not an equal one), None when none does."""
    return next((i for i, ln in enumerate(lines) if any(c is cell for c in ln.cells)), None)


def flush_under(
    page: list[Line],
    index: int,
    cell: Cell,
    *,
    most: int,
    span: int,
    slack: Callable[[Line], float],
    limit: float = math.inf,
) -> list[Cell]:
    """Up to `most` cells on the `span` lines under page[index], each close under the last,
    flush with the cell's left or right edge within `slack(line)` points (a right-aligned
    block's lines start at different places); a new page or a line reaching below `limit`
    ends them."""
    found: list[Cell] = []
    last = page[index]
    for line in page[index + 1 : index + 1 + span]:
        if line.page != last.page or line.y1 > limit:
            break
        if line.y0 - last.y1 > 1.6 * max(last.height, line.height):
            break
        edge = slack(line)
        flush = [c for c in line.cells if abs(c.x0 - cell.x0) < edge or abs(c.x1 - cell.x1) < edge]
        if flush:
            found.append(flush[0])
            last = line
            if len(found) == most:
                break
    return found


def join_digit_groups(words: list[Word]) -> list[Word]:
    """Join "12" "684,00" into one word when a narrow gap separates thousands groups."""
    out: list[Word] = []
    for word in words:
        if out:
            previous = out[-1]
            # The taller of the two, as split_cells measures: a lone "1" has a short ink box.
            height = max(previous.box.y1 - previous.box.y0, word.box.y1 - word.box.y0, 1.0)
            gap = word.box.x0 - previous.box.x1
            if (
                -1.0 <= gap <= _GROUP_GAP_RATIO * height
                and _GROUP_HEAD.match(previous.text)
                and _GROUP_TAIL.match(word.text)
            ):
                out[-1] = joined_word(previous, word)
                continue
        out.append(word)
    return out


def column_below(
    lines: list[Line], start: int, x0: float, tolerance: float
) -> Iterator[tuple[Line, Cell]]:
    """The lines that go on the block of lines[start] in the column starting at x0, with
    their cell there: lines of other columns in between are passed over, and a gap of more
    than 1.5 line heights below the block's last line, or a new page, ends it."""
    bottom = lines[start].y1
    for line in lines[start + 1 :]:
        if line.page != lines[start].page:
            return
        cell = next((c for c in line.cells if abs(c.x0 - x0) <= tolerance), None)
        if cell is None:
            continue
        if line.y0 - bottom > 1.5 * line.height:
            return
        bottom = line.y1
        yield line, cell
