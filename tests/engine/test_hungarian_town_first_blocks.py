"""Hungarian party blocks in postal order, town first: "6722 Szeged," over "Tisza Lajos
sgt. 12." (its comma ending the town line, the street a line under it), the block in a
monospaced text layer whose words stand in cells of their own. A sole trader's status line
"egyéni vállalkozó" under the owner's name is no street."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def _words(x: float, y: float, text: str, size: float = 9) -> list[SizedText]:
    """Each word drawn on its own, two word spaces apart: a monospaced layer's cells."""
    out: list[SizedText] = []
    for word in text.split():
        out.append((x, y, word, size))
        x += pdfmetrics.stringWidth(word, _FONT, size) + 0.5 * size
    return out


def test_street_under_a_town_line_ending_in_a_comma() -> None:
    texts: list[SizedText] = [
        (52, 42, "SZÁMLA", 16),
        (400, 42, "Sorszám:", 9),
        (400, 58, "BT-2025/044", 11),
        (48, 90, "ELADÓ (név, cím, adószám):", 8),
        (300, 90, "VEVŐ (név, cím, adószám):", 8),
        *_words(54, 105, "Szabó Gergely"),
        *_words(300, 105, "Rózsakert Társasház"),
        (54, 118, "egyéni vállalkozó", 9),
        (300, 118, "6791 Szeged,", 9),
        (54, 131, "6722 Szeged,", 9),
        *_words(300, 131, "Petőfi utca 8."),
        *_words(54, 144, "Tisza Lajos sgt. 12."),
        (54, 157, "Adószám: 61234567-1-06", 9),
        (300, 157, "Adószám: 18345678-1-06", 9),
        (48, 250, "Megnevezés", 8),
        (480, 250, "Bruttó", 8),
        (48, 265, "Festési munkadíj", 8),
        (480, 265, "127 000", 8),
        (380, 320, "Nettó: 100 000 Ft", 9),
        (380, 332, "ÁFA: 27 000 Ft", 9),
        (380, 344, "Fizetendő: 127 000 Ft", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)["fields"]
    assert fields.get("seller_address") == "Tisza Lajos sgt. 12., 6722 Szeged"
    assert fields.get("buyer_address") == "Petőfi utca 8., 6791 Szeged"
