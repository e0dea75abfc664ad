"""Baltic and Balkan seller tax numbers (vatidcaptions.py, vatread.py), the convertible mark
after its figures (parse/currency.py), party blocks captioned by name rows or a recipient's
word (partycaptions.py, labels.py) and a stacked item header (column_captions.py)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.labels import BUYER_SECTION
from facturist.engine.parse.currency import detect_currency
from facturist.engine.partycaptions import section_name

from .conftest import SizedText, analysed, make_sized_pages

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

_TOTALS: list[SizedText] = [
    (330, 520, "Iznos bez PDV-a: 400,00", 9),
    (330, 535, "PDV 25%: 100,00", 9),
    (330, 550, "UKUPNO: 500,00", 9),
]


def _invoice(texts: list[SizedText]) -> CanonicalInvoice:
    return analysed(make_sized_pages(texts, font=_FONT))


def _field(invoice: CanonicalInvoice, key: str) -> object:
    value = invoice.fields.get(key)
    return value.value if value is not None else None


def test_latvian_vat_payer_number_caption() -> None:
    page: list[SizedText] = [
        (50, 50, 'SIA "Vējkalnu Ražotne"', 14),
        (50, 90, "PVN RĒĶINS Nr. VR-25/118", 11),
        (50, 130, 'Piegādātājs: SIA "Vējkalnu Ražotne"', 9),
        (50, 143, "Reģistrācijas Nr.: 40008123457", 9),
        (50, 156, "PVN maksātāja Nr.: LV40008123457", 9),
        (50, 169, "Juridiskā adrese: Dzirnavu iela 7, Valmiera, LV-4201", 9),
        (50, 200, 'Maksātājs: SIA "Zaļā Pļava"', 9),
        (50, 213, "PVN maksātāja Nr.: LV40003000001", 9),
        (50, 226, "Juridiskā adrese: Brīvības iela 90, Rīga, LV-1001", 9),
        (330, 520, "Kopā bez PVN: 400,00", 9),
        (330, 535, "PVN 21%: 84,00", 9),
        (330, 550, "Kopā apmaksai, EUR: 484,00", 9),
    ]
    assert _field(_invoice(page), "seller_vat_id") == "LV40008123457"


def test_croatian_oib_read_with_a_zero_for_its_o() -> None:
    page: list[SizedText] = [
        (200, 50, "Sunčani Dvor j.d.o.o.", 12),
        (200, 65, "Obala 3, 23000 Zadar", 9),
        (200, 78, "0IB:52601815906", 9),
        (50, 110, "RAČUN br: 118/P1/2", 10),
        (50, 125, "Datum: 05.02.2025.", 9),
        *_TOTALS,
    ]
    assert _field(_invoice(page), "seller_vat_id") == "52601815906"


def test_serbian_pib_beside_the_buyers_caption() -> None:
    page: list[SizedText] = [
        (50, 50, "PAPIRNICA ZORA d.o.o.", 14),
        (50, 70, "Adresa: Kneza Miloša 12, 11000 Beograd", 8),
        (50, 82, "PIB: 609139099", 8),
        (330, 82, "Kupac:", 8),
        (50, 94, "Matični broj: 20874411", 8),
        (330, 94, "Studio Vidik d.o.o.", 8),
        (330, 106, "Zmaj Jovina 4", 8),
        (330, 118, "21000 Novi Sad", 8),
        (330, 130, "PIB: 960308244", 8),
        (50, 160, "FAKTURA BROJ: 77/25", 11),
        *_TOTALS,
    ]
    assert _field(_invoice(page), "seller_vat_id") == "609139099"


def test_bosnian_vat_number_beside_its_id_number() -> None:
    page: list[SizedText] = [
        (50, 50, "TUZLA MONTAŽA d.o.o. Tuzla", 13),
        (50, 66, "Slatina 9, 75000 Tuzla, Bosna i Hercegovina", 8),
        (50, 78, "ID broj: 4231084756292 PDV broj: 231084756292", 8),
        (50, 110, "FAKTURA broj: 12/25", 11),
        (330, 520, "Iznos bez PDV-a: 400,00 KM", 9),
        (330, 535, "PDV 17%: 68,00 KM", 9),
        (330, 550, "UKUPNO ZA PLAĆANJE: 468,00 KM", 9),
    ]
    invoice = _invoice(page)
    assert _field(invoice, "seller_vat_id") == "231084756292"
    assert _field(invoice, "currency") == "BAM"


def test_convertible_mark_only_after_decimals() -> None:
    assert detect_currency("UKUPNO: 1.204,50 KM") == "BAM"
    assert detect_currency("Prijevoz 180 KM 0,50") is None  # a distance
    assert detect_currency("Summa 100,00 KM 22% 22,00") is None  # Estonian VAT's caption


def test_lithuanian_side_by_side_blocks_with_name_rows() -> None:
    page: list[SizedText] = [
        (200, 40, "PVM SĄSKAITA FAKTŪRA", 12),
        (230, 58, "Serija KL Nr. 0000871", 9),
        (52, 100, "Pardavėjas", 9),
        (307, 100, "Pirkėjas", 9),
        (52, 114, "Pavadinimas:", 8),
        (128, 114, "UAB „Kalvių dirbtuvė“", 8),
        (307, 114, "Pavadinimas:", 8),
        (383, 114, "UAB „Ežero sodyba“", 8),
        (52, 126, "Adresas:", 8),
        (128, 126, "Kalvių g. 4,", 8),
        (307, 126, "Adresas:", 8),
        (383, 126, "Sodų g. 17,", 8),
        (128, 138, "LT-44280 Kaunas", 8),
        (383, 138, "LT-91211 Klaipėda", 8),
        (52, 150, "PVM kodas:", 8),
        (128, 150, "LT100004412318", 8),
        (307, 150, "PVM kodas:", 8),
        (383, 150, "LT100009876512", 8),
        (330, 520, "Suma be PVM, EUR: 400,00", 9),
        (330, 535, "PVM 21 %, EUR: 84,00", 9),
        (330, 550, "Bendra suma su PVM, EUR: 484,00", 9),
    ]
    invoice = _invoice(page)
    assert _field(invoice, "seller_name") == "UAB „Kalvių dirbtuvė“"
    assert _field(invoice, "buyer_name") == "UAB „Ežero sodyba“"


def test_slovenian_recipient_caption_beside_the_invoice_heading() -> None:
    page: list[SizedText] = [
        (470, 40, "Marko Zupan s.p.", 9),
        (420, 52, "Glavni trg 8, 3000 Celje", 8),
        (460, 64, "ID za DDV: SI12345679", 8),
        (55, 110, "Prejemnik", 8),
        (327, 110, "Račun 2025-00031", 12),
        (55, 124, "Planinska koča Kredarica d.o.o.", 10),
        (327, 124, "Datum izdaje 04. 02. 2025", 8),
        (55, 138, "Triglavska cesta 2", 8),
        (55, 150, "4281 Mojstrana", 8),
        (330, 520, "Znesek brez DDV 400,00 €", 9),
        (330, 535, "DDV 22 % 88,00 €", 9),
        (330, 550, "Za plačilo 488,00 €", 9),
    ]
    invoice = _invoice(page)
    assert _field(invoice, "buyer_name") == "Planinska koča Kredarica d.o.o."
    assert _field(invoice, "seller_name") == "Marko Zupan s.p."


def test_croatian_r1_mark_before_the_buyers_caption() -> None:
    page: list[SizedText] = [
        (200, 40, "Sunčani Dvor j.d.o.o.", 12),
        (200, 55, "Obala 3, 23000 Zadar", 9),
        (50, 90, "RAČUN br: 118/P1/2", 10),
        (50, 105, "Datum: 05.02.2025. Vrijeme: 20:14", 9),
        (50, 125, "R1 - Kupac:", 9),
        (50, 138, "Jadranska Plovidba Tours d.o.o.", 9),
        (50, 151, "Riva 11, 21000 Split", 9),
        *_TOTALS,
    ]
    lines = _invoice(page).lines
    found = section_name(lines, BUYER_SECTION)
    assert found is not None and found.value == "Jadranska Plovidba Tours d.o.o."


def test_stacked_header_with_currency_on_its_second_line() -> None:
    page: list[SizedText] = [
        (50, 50, 'SIA "Vējkalnu Ražotne"', 14),
        (50, 90, "PVN RĒĶINS Nr. VR-25/118", 11),
        (58, 200, "Nr.", 8),
        (83, 200, "Preces (pakalpojuma) nosaukums", 8),
        (306, 200, "Mērv.", 8),
        (349, 200, "Daudz.", 8),
        (411, 200, "Cena,", 8),
        (505, 200, "Summa,", 8),
        (57, 210, "p.k.", 8),
        (417, 210, "EUR", 8),
        (522, 210, "EUR", 8),
        (64, 225, "1", 8),
        (83, 225, "Bukleti A5, 4+4, 170 g/m²", 8),
        (310, 225, "gab.", 8),
        (364, 225, "500", 8),
        (418, 225, "0,612", 8),
        (512, 225, "306,00", 8),
        (64, 240, "2", 8),
        (83, 240, "Dizaina izstrāde", 8),
        (310, 240, "st.", 8),
        (366, 240, "4", 8),
        (418, 240, "23,50", 8),
        (512, 240, "94,00", 8),
        (330, 520, "Kopā bez PVN: 400,00", 9),
        (330, 535, "PVN 21%: 84,00", 9),
        (330, 550, "Kopā apmaksai, EUR: 484,00", 9),
    ]
    items = _invoice(page).items
    assert [item["description"].value for item in items] == [
        "Bukleti A5, 4+4, 170 g/m²",
        "Dizaina izstrāde",
    ]
    assert [item["unit_price"].value for item in items] == [0.612, 23.5]
