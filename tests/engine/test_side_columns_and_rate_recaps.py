"""A supplier's side column (sidecolumncaption.py, sidebarcolumn.py), a number captioned on
the title's line (captionovernumber.py), IDs beside a party's caption (captionbesideids.py),
a per-rate VAT recap with another box's caption level with a row (totalgrid.py), Czech
"č. / No." under a bilingual title (ownnumber.py) and Romanian "Data scadenței"."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice

from .conftest import SizedText, analysed, make_aligned_pdf

_FONT = "DejaVuSans"  # Czech, Slovak and Romanian letters (Helvetica has no "č", "ľ", "ț")
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# A Slovak template: the supplier in a narrow column down the left edge, the customer's block
# in the main column a line higher, the number under a small "číslo" right of the title.
_SLOVAK: list[SizedText] = [
    (20, 50, "BystroSoft", 15),
    (197, 50, "Faktúra", 18),
    (555, 50, ">číslo", 7),
    (555, 66, ">2026040017", 11),
    (195, 110, "ODBERATEĽ", 6),
    (391, 110, "Dátum vyhotovenia: 02.04.2026", 8),
    (21, 120, "DODÁVATEĽ", 7),
    (196, 125, "Obecný podnik Trnava, a.s.", 10),
    (391, 125, "Dátum splatnosti: 16.04.2026", 8),
    (20, 136, "Bystro Soft, s.r.o.", 8),
    (196, 136, "Hlavná 12", 8),
    (21, 148, "Námestie SNP 8", 7),
    (196, 152, "917 01 Trnava", 9),
    (21, 160, "974 01 Banská Bystrica", 7),
    (21, 172, "Slovenská republika", 8),
    (196, 172, "IČ DPH: SK2020111222", 8),
    (21, 200, "IČ DPH: SK2020333444", 8),
    (21, 212, "Bankové spojenie", 8),
    (201, 254, "Popis", 8),
    (350, 254, "Množ.", 7),
    (389, 254, "MJ", 8),
    (420, 254, "Cena/MJ", 8),
    (473, 254, "DPH", 6),
    (524, 254, "Spolu", 8),
    (21, 261, "PLATOBNÉ ÚDAJE", 8),
    (511, 261, "bez DPH", 7),
    (21, 277, "Tatra banka, a.s.", 7),
    (21, 285, "IBAN:", 6),
    (201, 285, "Správa serverov", 9),
    (374, 285, "1", 6),
    (389, 285, "ks", 7),
    (429, 285, "300,00", 7),
    (472, 285, "23 %", 6),
    (521, 285, "300,00", 7),
    (21, 301, "SK31 1200 0000 1987 4263 7541", 6),
    (21, 313, "SWIFT: TATRSKBX", 6),
    (201, 317, "Konzultácie", 9),
    (374, 317, "2", 6),
    (388, 317, "hod", 7),
    (429, 317, "100,00", 7),
    (472, 317, "23 %", 6),
    (521, 317, "200,00", 7),
    (21, 336, "Variabilný symbol:", 8),
    (21, 348, "2026040017", 6),
    (201, 348, "Hosting", 9),
    (374, 348, "1", 6),
    (389, 348, "ks", 7),
    (429, 348, "50,00", 7),
    (472, 348, "23 %", 6),
    (521, 348, "50,00", 7),
    (437, 376, "Rekapitulácia DPH v EUR", 9),
    (286, 430, "Základ dane 550,00", 9),
    (286, 444, "DPH 23 % 126,50", 9),
    (286, 460, "Suma na úhradu 676,50 EUR", 9),
]

# A Czech invoice: the customer's IDs right of its caption above its name, a VAT recap by
# rate with no sum row and the amount to pay captioned level with its first row.
_CZECH: list[SizedText] = [
    (41, 42, "Faktura - daňový doklad", 14),
    (442, 42, "Číslo: 2026-0518", 11),
    (43, 70, "Dodavatel:", 6),
    (51, 85, "Kovovýroba Morava s.r.o.", 10),
    (51, 97, "Tovární 15", 10),
    (51, 110, "779 00 Olomouc", 9),
    (304, 115, "Odběratel:", 6),
    (421, 115, "IČO: 60820179", 8),
    (421, 126, "DIČ: CZ60820179", 8),
    (51, 135, "IČO: 27341585", 8),
    (161, 135, "DIČ: CZ27341585", 8),
    (318, 145, "Zemědělská a.s.", 8),
    (318, 157, "Polní 24", 10),
    (319, 171, "390 02 Tábor", 8),
    (43, 268, "Datum vystavení: 14.03.2026", 9),
    (43, 280, "Datum splatnosti: 28.03.2026", 9),
    (43, 344, "Označení dodávky", 8),
    (240, 344, "Počet", 8),
    (300, 344, "Cena za m.j.", 8),
    (388, 344, "Bez DPH", 6),
    (461, 344, "DPH", 6),
    (517, 344, "Celkem", 6),
    (44, 360, "Ocelový profil", 7),
    (244, 360, "10", 6),
    (294, 360, "1 000,00", 7),
    (381, 360, "10 000,00", 7),
    (442, 360, "2 100,00", 7),
    (507, 360, "12 100,00", 7),
    (43, 376, "Návod k obsluze", 7),
    (249, 376, "5", 6),
    (302, 376, "100,00", 7),
    (394, 376, "500,00", 7),
    (455, 376, "60,00", 7),
    (520, 376, "560,00", 7),
    (43, 436, "Rekapitulace DPH v Kč:", 8),
    (73, 454, "Sazba", 6),
    (122, 454, "Základ v Kč", 7),
    (195, 454, "Výše DPH", 8),
    (281, 454, "Celkem", 6),
    (79, 470, "21 %", 6),
    (134, 470, "10 000,00", 7),
    (204, 470, "2 100,00", 7),
    (274, 470, "12 100,00", 7),
    (359, 470, "Celkem k úhradě:", 9),
    (80, 484, "12 %", 6),
    (147, 484, "500,00", 7),
    (217, 484, "60,00", 7),
    (287, 484, "560,00", 7),
    (456, 486, "12 660,00 Kč", 11),
]

# A bilingual Czech title over the number signed "č. / No.".
_BILINGUAL_NUMBER: list[SizedText] = [
    (41, 40, "SKLÁRNA BESKYDY", 12),
    (404, 40, "Faktura – daňový doklad", 11),
    (451, 58, "Invoice – tax document", 7),
    (446, 72, "č. / No. 2610388", 10),
    (41, 106, "Dodavatel / Supplier", 7),
    (300, 106, "Odběratel / Customer", 7),
    (41, 118, "Sklárna Beskydy s.r.o.", 9),
    (301, 118, "Hotel Vltava a.s.", 9),
    (41, 196, "Datum vystavení / Issue date", 7),
    (41, 206, "14.03.2026", 7),
    (300, 338, "Celkem / Total 1.210,00 EUR", 8),
]

# A Romanian / English header grid: the due date under "Data scadenței / Due date".
_ROMANIAN: list[SizedText] = [
    (42, 30, "DIGIDATA", 15),
    (382, 30, "FACTURĂ / INVOICE", 15),
    (431, 54, "Seria DGD nr. 2025-0311", 8),
    (41, 206, "Data emiterii / Issue date", 6),
    (311, 206, "Data scadenței / Due date", 7),
    (41, 215, "30.05.2025", 7),
    (311, 215, "29.06.2025", 7),
    (330, 384, "Total factură / Invoice total 1190,00 EUR", 7),
]


def _read(texts: list[SizedText]) -> CanonicalInvoice:
    return analysed(make_aligned_pdf(texts, font=_FONT))


def _field(invoice: CanonicalInvoice, key: str) -> object:
    value = invoice.fields.get(key)
    return value.value if value is not None else None


def test_side_column_caption_heads_the_suppliers_block() -> None:
    invoice = _read(_SLOVAK)
    assert _field(invoice, "seller_name") == "Bystro Soft, s.r.o."
    assert _field(invoice, "seller_address") == (
        "Námestie SNP 8, 974 01 Banská Bystrica, Slovenská republika"
    )
    assert _field(invoice, "buyer_name") == "Obecný podnik Trnava, a.s."


def test_number_under_a_caption_on_the_titles_line() -> None:
    assert _field(_read(_SLOVAK), "invoice_number") == "2026040017"


def test_sidebar_caption_beside_a_captions_second_line() -> None:
    items = _read(_SLOVAK).items
    descriptions = [item["description"].value for item in items]
    assert descriptions == ["Správa serverov", "Konzultácie", "Hosting"]
    assert [item["amount"].value for item in items] == [300.0, 200.0, 50.0]


def test_ids_beside_the_buyers_caption_are_the_buyers() -> None:
    invoice = _read(_CZECH)
    assert _field(invoice, "seller_vat_id") == "CZ27341585"
    assert _field(invoice, "buyer_vat_id") == "CZ60820179"


def test_rate_rows_add_up_past_a_caption_beside_them() -> None:
    invoice = _read(_CZECH)
    assert _field(invoice, "net_amount") == 10500.0
    assert _field(invoice, "tax_amount") == 2160.0
    assert _field(invoice, "total_amount") == 12660.0


def test_czech_number_signed_in_both_languages() -> None:
    assert _field(_read(_BILINGUAL_NUMBER), "invoice_number") == "2610388"


def test_romanian_due_date_caption() -> None:
    invoice = _read(_ROMANIAN)
    assert str(_field(invoice, "due_date")) == "2025-06-29"
    assert str(_field(invoice, "invoice_date")) == "2025-05-30"
