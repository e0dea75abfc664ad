"""Words with boxes from a PDF text layer (pdfium), one page at a time."""

from __future__ import annotations

import ctypes
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from facturist.engine.model import Box, PageText, Word

# A gap wider than this share of the font height splits a word even without a space char.
_SPLIT_GAP_RATIO = 0.25


def page_words(pdf: pdfium.PdfDocument, index: int) -> PageText:
    """Read page `index` (0-based) into a PageText, closing pdfium's handles afterwards."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            words = _words(textpage, index + 1, height)
        finally:
            textpage.close()
    finally:
        page.close()
    return PageText(page=index + 1, width=width, height=height, words=words, source="text")


def _words(textpage: pdfium.PdfTextPage, page_number: int, page_height: float) -> list[Word]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    loose = pdfium_c.FS_RECTF()
    previous_loose_right = 0.0
    words: list[Word] = []
    chars: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    upright = True

    def flush() -> None:
        if chars:
            text = "".join(chars).strip()
            # Rotated text (margin notes, watermarks) is not part of the invoice's reading order.
            if text and upright:
                words.append(
                    Word(text, Box(page_number, x0, page_height - y1, x1, page_height - y0))
                )
            chars.clear()

    text = _page_text(raw, count)
    for i in range(count):
        char = text[i] if text is not None else chr(pdfium_c.FPDFText_GetUnicode(raw, i))
        code = ord(char)
        if code in (0, 0xFFFE, 0xFFFF):
            continue
        # Characters pdfium generates are spaces and line breaks, so isspace() covers them.
        if char.isspace() or code == 0x2:
            flush()
            continue
        pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
        cl, cr, cb, ct = left.value, right.value, bottom.value, top.value
        # Loose boxes span the advance width, so gaps between them are true spacing.
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, loose)
        if chars:
            char_height = max(loose.top - loose.bottom, 1.0)
            gap = loose.left - previous_loose_right
            if gap > _SPLIT_GAP_RATIO * char_height or gap < -char_height * 2 or cb > y1 or ct < y0:
                flush()
        previous_loose_right = loose.right
        if not chars:
            x0, y0, x1, y1 = cl, cb, cr, ct
            # One angle per word, read from its first character, keeps the cost small.
            upright = abs(math.sin(pdfium_c.FPDFText_GetCharAngle(raw, i))) < 0.2
        else:
            x0, y0, x1, y1 = min(x0, cl), min(y0, cb), max(x1, cr), max(y1, ct)
        chars.append(char)
    flush()
    return words


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
