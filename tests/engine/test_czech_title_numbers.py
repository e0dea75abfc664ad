"""A Czech invoice's number with no caption of its own: set large flush right under the small
title "Faktura – daňový doklad", the letterhead's tagline on the same line far left; or
signed "č." (číslo) beside the title as a scan reads it, its caron read as a tilde
("DAÑOVÝ")."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

_REST: list[SizedText] = [
    (46, 125, "DODAVATEL", 7),
    (312, 125, "ODBĚRATEL", 7),
    (46, 138, "Modrý Kód s.r.o.", 9),
    (312, 138, "Pekárna U Mlýna, a.s.", 9),
    (46, 150, "Lidická 22", 8),
    (312, 150, "Hlavní 5", 8),
    (46, 162, "602 00 Brno", 8),
    (312, 162, "586 01 Jihlava", 8),
    (46, 270, "Popis", 8),
    (540, 270, ">Celkem", 8),
    (46, 284, "Vývoj aplikace", 8),
    (540, 284, ">12 100,00", 8),
    (440, 340, ">Základ DPH 21 %:", 8),
    (540, 340, ">10 000,00", 8),
    (440, 352, ">DPH 21 %:", 8),
    (540, 352, ">2 100,00", 8),
    (440, 364, ">Celkem k úhradě:", 8),
    (540, 364, ">12 100,00 Kč", 8),
]


def test_number_flush_right_under_the_title_beside_a_tagline() -> None:
    texts: list[SizedText] = [
        (549, 40, ">Faktura – daňový doklad", 10),
        (83, 48, "modrykod", 18),
        (83, 66, "software studio", 8),
        (549, 68, ">MK-2025-0413", 15),
        *_REST,
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)["fields"]
    assert fields.get("invoice_number") == "MK-2025-0413"


def test_number_signed_beside_a_title_read_with_a_tilde() -> None:
    texts: list[SizedText] = [
        (160, 90, "FAKTURA - DAÑOVÝ DOKLAD", 12),
        (420, 90, "č. 202504417", 12),
        *_REST,
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)["fields"]
    assert fields.get("invoice_number") == "202504417"
