"""A Slovak block prints the tax number "DIČ: 2020123523" over the VAT ID "IČ DPH:
SK2020123523": the same digits, the VAT ID with its country code. The seller's VAT ID is the
prefixed one, though no checksum of Slovakia's is known to tell it valid (and the plain
digits pass another country's check by chance, Turkey's VKN)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def test_prefixed_vat_id_beats_the_plain_tax_number() -> None:
    texts: list[SizedText] = [
        (46, 40, "FAKTÚRA č. 2025/0311", 14),
        (46, 100, "Dodávateľ:", 8),
        (312, 100, "Odberateľ:", 8),
        (46, 113, "Horský Servis s.r.o.", 9),
        (312, 137, "Tatranská Chata a.s.", 9),
        (46, 125, "Hlavná 14", 8),
        (312, 149, "Kežmarská 3", 8),
        (46, 137, "058 01 Poprad", 8),
        (312, 161, "059 60 Tatranská Lomnica", 8),
        (46, 149, "IČO: 46512378", 8),
        (312, 173, "IČO: 31598214", 8),
        (46, 161, "DIČ: 2020123523", 8),
        (312, 185, "DIČ: 2120876560", 8),
        (46, 173, "IČ DPH: SK2020123523", 8),
        (312, 197, "IČ DPH: SK2120876560", 8),
        (46, 270, "Popis", 8),
        (540, 270, ">Spolu", 8),
        (46, 284, "Servis lanovky", 8),
        (540, 284, ">1 230,00", 8),
        (440, 340, ">Spolu bez DPH:", 8),
        (540, 340, ">1 000,00 €", 8),
        (440, 352, ">DPH 23 %:", 8),
        (540, 352, ">230,00 €", 8),
        (440, 364, ">Spolu s DPH:", 8),
        (540, 364, ">1 230,00 €", 8),
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)["fields"]
    assert fields.get("seller_vat_id") == "SK2020123523"
