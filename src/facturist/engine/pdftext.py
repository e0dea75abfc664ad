"""Words with boxes from a PDF text layer (pdfium), one page at a time."""

from __future__ import annotations

import ctypes
import math
import re
import struct
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from facturist.engine.annotationlayer import merge_annotations
from facturist.engine.annotationwords import with_annotations
from facturist.engine.model import Box, PageText, Word
from facturist.engine.officestamps import without_office_stamps
from facturist.engine.pagerotation import displayed_angle, displayed_box, page_turn
from facturist.engine.sidewaystext import TurnedWord, lay_out

# A gap wider than this share of the font height splits a word even without a space char.
_SPLIT_GAP_RATIO = 0.25
# A space inside one text object (pdfium makes one from a kerning offset of a TJ array) over a
# gap narrower than this share of the font height is kerning noise, not a word break: some
# generators print "Br uttosumme" with letters 0.11 em apart, while a word space is 0.25 em or
# more. A space between two text objects always breaks: tight ones ("15.00 g" in separate
# table-cell runs, 0.15 em) are meant. So does a space glyph the run prints (not one pdfium
# made): an oblique font's loose boxes lean over it, leaving under 0.15 em between the words
# of a small italic note ("inkl. der gesetzlichen").
_SPACE_GAP_RATIO = 0.15
# Two words of one text whose edges lie within this share of the text's height of each other
# are one word drawn twice.
_COPY_SLACK = 0.15
# ... and never more than this many points apart (a copy is drawn where the first was).
_COPY_MOST = 2.0
# CSS-style weights: 400 regular, 700 bold; semibold (600) marks item names too.
_BOLD_WEIGHT = 600
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A character's tight box (4 doubles) and loose box (4 floats), as pdfium writes them.
_BOXES = struct.Struct("=4d4f")
# The characters never read into a word: whitespace (which ends a word), STX (which does too)
# and the NUL and non-characters pdfium gives unmapped glyphs (skipped). Unicode's whitespace
# all lies below U+3001 (test_pdf_words checks the whole range).
_NOT_READ = frozenset("\x00\x02\ufffe\uffff").union(
    char for char in map(chr, range(0x3001)) if char.isspace()
)
# Spaces that set a figure's thousands groups apart ("2\u2009150,00"): between a head of one
# to three digits and a group of three, the character itself says the figure goes on, however
# wide the face draws it (a monospaced face's thin space is as wide as its word space, where
# a count and an amount one letter apart would read the same). Read as a no-break space, as
# layout.join_digit_groups joins groups split by a narrow gap.
_GROUP_SPACES = frozenset("\u00a0\u2009\u202f")
_GROUP_HEAD = re.compile(r"[(\-\u2212\u2013]?[$€£]?\d{1,3}(?:\u00a0\d{3})*")
_GROUP_TAIL = re.compile(r"\d{3}(?![^\W_])")
# ... over a gap up to this share of the characters' height (a loose box's height is about
# 1.2 em; a monospaced letter with the digits' side bearings about 0.8 em).
_GROUP_GAP_RATIO = 1.0
# A footnote marker set raised in smaller type right after a word ("Zahlbetrag¹" drawn as a
# small "1" with a text rise): a digit or star whose height is under this share of the
# word's letters'...
_MARK_SIZE = 0.8
# ... whose bottom stands this share of their height over theirs (type merely set smaller on
# the same baseline rises by its smaller descent only, under a tenth), after three letters
# (an exponent follows a unit's one or two: "m2", "km3"). The marker refers to a note and
# is no part of the word: "Zahlbetrag1" is no caption.
_MARK_RISE = 0.25
_MARKS = frozenset("0123456789*†‡")


def page_words(pdf: pdfium.PdfDocument, index: int) -> PageText:
    """Read page `index` (0-based) into a PageText, closing pdfium's handles afterwards. Form
    fields and notes a viewer draws over the page are read with it (annotationlayer.py)."""
    page = pdf[index]
    drawn = 0
    try:
        layer = merge_annotations(page)
        if layer is not None and layer.merged:
            page.close()
            page = pdf[index]
        width, height = page.get_size()
        # Character boxes are in the page's own space; a crop box (or media box) whose corner
        # is not at (0, 0) shows the page from that corner on.
        left, bottom, _right, _top = page.get_cropbox()
        textpage = page.get_textpage()
        try:
            turn = page_turn(page.get_rotation())
            words = _without_copies(
                _words(textpage, index + 1, width, height, turn, (left, bottom))
            )
            # A received stamp inked over the customer's box (officestamps.py).
            if layer is not None:
                words, drawn = with_annotations(words, layer, height)
            words = without_office_stamps(words)
        finally:
            textpage.close()
    finally:
        page.close()
    return PageText(
        page=index + 1,
        width=width,
        height=height,
        words=words,
        source="text",
        annotation_chars=drawn,
    )


def _without_copies(words: list[Word]) -> list[Word]:
    """The words less those drawn again over themselves: the same text at the same place
    (a caption printed black, then white over the band that hides the first, or twice for a
    bold effect) is one word. The last copy drawn, the one on top, keeps the first's place.
    Words are filed by their text and a band of rows twice as tall as the largest offset a
    copy may have: a copy lies in its word's band or in the one beside the half it sits in,
    so each word costs two lookups (most pages draw nothing twice)."""
    kept: list[Word] = []
    filed: dict[tuple[str, int], list[int]] = {}
    band = 2 * _COPY_MOST
    for word in words:
        box = word.box
        slack = min(_COPY_SLACK * max(box.y1 - box.y0, 1.0), _COPY_MOST)
        if not slack >= 0:  # a NaN edge: never a copy
            kept.append(word)
            continue
        place = box.y0 / band
        row = math.floor(place)
        same: int | None = None
        for key in ((word.text, row), (word.text, row - 1 if place - row < 0.5 else row + 1)):
            for at in filed.get(key, ()):
                other = kept[at].box
                if (
                    abs(other.x0 - box.x0) <= slack
                    and abs(other.y0 - box.y0) <= slack
                    and abs(other.x1 - box.x1) <= slack
                    and abs(other.y1 - box.y1) <= slack
                ):
                    same = at
                    break
            if same is not None:
                break
        if same is None:
            filed.setdefault((word.text, row), []).append(len(kept))
            kept.append(word)
        else:
            kept[same] = word
    return kept


def _words(
    textpage: pdfium.PdfTextPage,
    page_number: int,
    page_width: float,
    page_height: float,
    turn: int = 0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> list[Word]:
    """The page's words; `turn` is its /Rotate, by which character boxes (given unturned) are
    moved onto the page as displayed, whose size `page_width` and `page_height` are; `origin`
    the visible page's lower-left corner in the page's space. Words wholly outside the visible
    page (a printer's slug line the crop box hides) are not read."""
    shift_x, shift_y = origin
    moved = bool(shift_x or shift_y or turn)
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    # Two pdfium calls per character are most of a digital page's reading time: they go
    # through prototypes without argument types, which ctypes passes with the least work
    # (see _FastCalls).
    calls = _fast_calls()
    handle = ctypes.cast(raw, ctypes.c_void_p)
    # One buffer for both boxes, read back in one unpacking: the tight box's left, right,
    # bottom, top (doubles), then the loose box (FS_RECTF: left, top, right, bottom floats).
    boxes = ctypes.create_string_buffer(_BOXES.size)
    at_left = ctypes.addressof(boxes)
    to_left, to_right, to_bottom, to_top, to_loose = (
        ctypes.c_void_p(at_left + 8 * k) for k in range(5)
    )
    char_box, loose_box, text_object = calls.char_box, calls.loose_box, calls.text_object
    is_generated = calls.is_generated
    char_angle, font_weight, fill_colour = calls.angle, calls.weight, calls.fill_colour
    unpack = _BOXES.unpack_from
    rgba = tuple(ctypes.c_uint() for _ in range(4))
    to_rgba = tuple(ctypes.c_void_p(ctypes.addressof(channel)) for channel in rgba)
    space_ratio, split_ratio = _SPACE_GAP_RATIO, _SPLIT_GAP_RATIO
    group_ratio, mark_size = _GROUP_GAP_RATIO, _MARK_SIZE
    previous_end = 0.0
    words: list[Word] = []
    turned: list[TurnedWord] = []
    # The word's characters (whitespace never among them: it ends the word or is skipped).
    chars: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    # The word's direction: 0 upright, 1 turned to read upward, -1 downward, None slanted.
    direction: int | None = 0
    bold = False
    colour: tuple[int, int, int] | None = None
    text = _page_text(raw, count)
    if text is None:
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    spaced = False  # a space char since the last letter: break there unless the gap is tiny
    grouped = False  # a group space since the last digit: the figure goes on over it
    # Where a raised footnote marker starts in the word (-1: none), and the word's right and
    # top edges before it; the height and bottom of the word's last letter-sized character.
    marked, marked_x1, marked_y1 = -1, 0.0, 0.0
    base_height = base_bottom = 0.0
    last_index = 0
    # A line break after the last character ends the last word (it reads no character box).
    for i, char in enumerate(text + "\n"):
        ends = False
        if char in _NOT_READ:  # (one set lookup for the rare characters' tests below)
            if char in "\x00\ufffe\uffff":
                continue
            if char in _GROUP_SPACES and chars and _groups_figure(chars, text, i):
                chars.append("\u00a0")
                grouped = True
                continue
            # Characters pdfium generates are spaces and line breaks, so isspace() covers them.
            if (
                char == " "
                and chars
                and (owner := text_object(handle, i)) is not None
                and owner == text_object(handle, last_index)
                and is_generated(handle, i)
            ):
                spaced = True
                continue
            spaced = False
            if not chars:
                continue
            ends = True  # a space or line break (or STX) ends the word
        else:
            char_box(handle, i, to_left, to_right, to_bottom, to_top)
            # Loose boxes span the advance width, so gaps between them are true spacing.
            loose_box(handle, i, to_loose)
            cl, cr, cb, ct, ll, lt, lr, lb = unpack(boxes)
            if moved:
                cl, cb, cr, ct, ll, lb, lr, lt = _moved(
                    (cl, cb, cr, ct, ll, lb, lr, lt), origin, turn, page_width, page_height
                )
            if chars:
                # Along the word's direction: left to right, or up or down the page when
                # turned (slanted text, None, is measured as upright).
                if direction:
                    char_height = lr - ll
                    gap = lb - previous_end if direction == 1 else previous_end - lt
                    apart = cl > x1 or cr < x0
                else:
                    char_height, gap = lt - lb, ll - previous_end
                    apart = cb > y1 or ct < y0
                    if char_height < mark_size * base_height:
                        if marked < 0 and _raised_mark(char, chars, lb - base_bottom, base_height):
                            marked, marked_x1, marked_y1 = len(chars), x1, y1
                        elif char not in _MARKS:
                            marked = -1
                    elif marked >= 0:  # letter-sized type goes on: no marker at the end
                        marked = -1
                if char_height < 1.0:  # (as max(char_height, 1.0), NaN kept, cheaper)
                    char_height = 1.0
                limit = (
                    space_ratio if spaced else group_ratio if grouped else split_ratio
                ) * char_height
                ends = gap > limit or gap < -char_height * 2 or apart
        if ends:
            if marked >= 0:
                del chars[marked:]
                x1, y1, marked = marked_x1, marked_y1, -1
            box = Box(page_number, x0, page_height - y1, x1, page_height - y0)
            # Out of view, not read. Slanted text (watermarks) is not part of the invoice's
            # reading order; text turned sideways (a vertical footer in the margin) is read
            # as lines of its own.
            if x1 < 0 or y1 < 0 or x0 > page_width or y0 > page_height:
                pass
            elif direction == 0:
                words.append(Word("".join(chars), box, bold=bold, colour=colour))
            elif direction is not None:
                turned.append(TurnedWord("".join(chars), box, direction > 0, bold, colour))
            chars = []
            if char in _NOT_READ:
                continue
        spaced = grouped = False
        last_index = i
        if not chars:
            x0, y0, x1, y1 = cl, cb, cr, ct
            # One angle, weight and colour per word, read from its first character, keep the
            # cost small.
            angle = char_angle(handle, i)
            direction = _turn(displayed_angle(turn, angle) if turn else angle)
            weight = font_weight(handle, i)
            bold = weight >= _BOLD_WEIGHT if weight > 0 else _is_bold_by_name(raw, i)
            colour = (
                (rgba[0].value, rgba[1].value, rgba[2].value)
                if fill_colour(handle, i, *to_rgba)
                else None  # pdfium cannot tell
            )
        else:  # (comparisons: cheaper than min / max calls, once per character)
            if cl < x0:
                x0 = cl
            if cb < y0:
                y0 = cb
            if cr > x1:
                x1 = cr
            if ct > y1:
                y1 = ct
        # Where this character ends along the word's direction.
        previous_end = lt if direction == 1 else lb if direction == -1 else lr
        if marked < 0:
            base_height, base_bottom = lt - lb, lb
        chars.append(char)
    return words + lay_out(turned, page_width, page_height)


def _raised_mark(char: str, chars: list[str], rise: float, height: float) -> bool:
    """Whether a character in smaller type than the word's last letter, its bottom `rise`
    over that letter's, starts a footnote marker after the word's letters."""
    return (
        char in _MARKS
        and rise > _MARK_RISE * height
        and len(chars) >= 3
        and "".join(chars[-3:]).isalpha()
    )


def _groups_figure(chars: list[str], text: str, index: int) -> bool:
    """Whether the group space at text[index] sets apart a figure's thousands groups: the
    word so far is a head of one to three digits (after groups already joined) and three
    digits, no more, follow."""
    return (
        _GROUP_TAIL.match(text, index + 1) is not None
        and _GROUP_HEAD.fullmatch("".join(chars)) is not None
    )


def _moved(
    box: tuple[float, float, float, float, float, float, float, float],
    origin: tuple[float, float],
    turn: int,
    page_width: float,
    page_height: float,
) -> tuple[float, float, float, float, float, float, float, float]:
    """A character's tight and loose boxes (left, bottom, right, top each) shifted by the
    visible page's corner `origin` and moved onto the page as displayed turned `turn`."""
    cl, cb, cr, ct, ll, lb, lr, lt = box
    shift_x, shift_y = origin
    if shift_x or shift_y:
        cl, cr, ll, lr = cl - shift_x, cr - shift_x, ll - shift_x, lr - shift_x
        cb, ct, lb, lt = cb - shift_y, ct - shift_y, lb - shift_y, lt - shift_y
    if turn:
        cl, cb, cr, ct = displayed_box(turn, page_width, page_height, cl, cb, cr, ct)
        ll, lb, lr, lt = displayed_box(turn, page_width, page_height, ll, lb, lr, lt)
    return cl, cb, cr, ct, ll, lb, lr, lt


class _FastCalls:
    """pdfium's per-character text functions declared without argument types: ctypes then
    passes each argument as it is, with no converter call (about a third of a call's cost).
    Callers must pass the text page and every pointer as ctypes.c_void_p objects and the
    character index as a Python int (passed as a C int, the functions' `int index`)."""

    def __init__(self) -> None:
        untyped = ctypes.CFUNCTYPE
        # Their FPDF_BOOL results are not read, so no Python int is made of them.
        self.char_box = untyped(None)(_address(pdfium_c.FPDFText_GetCharBox))
        self.loose_box = untyped(None)(_address(pdfium_c.FPDFText_GetLooseCharBox))
        # The character's text object, None for characters pdfium generated (spaces it
        # inferred from gaps belong to no object, so they always break a word).
        self.text_object = untyped(ctypes.c_void_p)(_address(pdfium_c.FPDFText_GetTextObject))
        # 1 for a character pdfium made (a space from a kerning offset), 0 for a printed glyph.
        self.is_generated = untyped(ctypes.c_int)(_address(pdfium_c.FPDFText_IsGenerated))
        self.angle = untyped(ctypes.c_float)(_address(pdfium_c.FPDFText_GetCharAngle))
        self.weight = untyped(ctypes.c_int)(_address(pdfium_c.FPDFText_GetFontWeight))
        self.fill_colour = untyped(ctypes.c_int)(_address(pdfium_c.FPDFText_GetFillColor))


def _address(function: Any) -> int:
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise OSError("pdfium function without an address")
    return address


_CALLS: list[_FastCalls] = []


def _fast_calls() -> _FastCalls:
    if not _CALLS:
        _CALLS.append(_FastCalls())
    return _CALLS[0]


def _turn(angle: float) -> int | None:
    """0 for upright text, 1 for text turned to read upward (pdfium's angle 3π/2), -1 for text
    reading downward (π/2), None for slanted text."""
    sine = math.sin(angle)
    if abs(sine) < 0.2:
        return 0
    if abs(sine) > 0.97:
        return 1 if sine < 0 else -1
    return None


def _is_bold_by_name(raw: object, index: int) -> bool:
    """Whether a character's font is bold by its name ("Helvetica-Bold", "Arial,BoldItalic",
    "OpenSans-Semibold"): the standard 14 fonts carry no weight."""
    name = ctypes.create_string_buffer(64)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, 64, ctypes.byref(flags))
    return _BOLD_NAME.search(name.value.decode("latin-1")) is not None


def _page_text(raw: object, count: int) -> str | None:
    """All characters of the page in one call; None when they do not map one to one."""
    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(
        raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")
    return text if len(text) == count else None
