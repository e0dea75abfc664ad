"""Round 52 (Danish / Swedish suppliers, Belgian fee notes): Flemish "Ereloon" and OCR's
"Belob" as amount captions (column_captions.py); da/no "Til betaling" after an a-conto
payment (labels.py); "kr." in an amount column's caption names the page's krone
(parse/currency.py); a closing "& Co" is no legal form (legalname.py, footerfullname.py); a
customer number with its tax ID in brackets (partynames.py); a price column whose figures
stand flush right, left of its caption (chargetext.py); "Overte dragen" (carrylines.py); a
tagline over a name with its legal form (nameabove.py); OCR's "9.7430 Ikast" (townline.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.addresses import _joined
from facturist.engine.carrylines import CARRIED
from facturist.engine.footerfullname import footer_holds
from facturist.engine.layout import Cell, build_lines
from facturist.engine.legalname import has_legal_form
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.nameabove import with_line_above
from facturist.engine.parse.currency import detect_currency
from facturist.engine.partynames import customer_number
from facturist.engine.townline import town_in

from .conftest import SizedText, make_aligned_pdf


def _read(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


def _items(texts: list[SizedText]) -> list[tuple[Any, ...]]:
    items = _read(texts)["line_items"] or []
    return [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items]


def test_flemish_fee_caption_heads_the_amount_column() -> None:
    texts: list[SizedText] = [
        (48, 50, "Claeys & Partners Bedrijfsrevisoren BV", 12),
        (48, 64, "Coupure Links 212, 9000 Gent", 8),
        (330, 110, "Dierenartsenpraktijk De Leie BV", 9),
        (330, 122, "Leiekaai 8, 9051 Gent", 9),
        (48, 150, "Ereloonnota 2025/118", 11),
        (48, 200, "Prestaties", 8),
        (330, 200, ">Uren", 8),
        (420, 200, ">Tarief", 8),
        (540, 200, ">Ereloon", 8),
        (48, 216, "Nazicht jaarrekening 2024", 8),
        (330, 216, ">12,00", 8),
        (420, 216, ">95,00", 8),
        (540, 216, ">1.140,00", 8),
        (48, 230, "Opmaak vennootschapsbelasting", 8),
        (330, 230, ">4,50", 8),
        (420, 230, ">110,00", 8),
        (540, 230, ">495,00", 8),
        (380, 270, "Totaal excl. BTW", 9),
        (540, 270, ">1.635,00", 9),
        (380, 284, "BTW 21%", 9),
        (540, 284, ">343,35", 9),
        (380, 298, "Totaal incl. BTW", 9),
        (540, 298, ">1.978,35", 9),
    ]
    assert _items(texts) == [
        ("Nazicht jaarrekening 2024", 12.0, 95.0, 1140.0),
        ("Opmaak vennootschapsbelasting", 4.5, 110.0, 495.0),
    ]


def test_scanned_belob_caption_heads_the_amount_column() -> None:
    texts: list[SizedText] = [
        (48, 50, "FYNS VVS ApS", 14),
        (48, 66, "Odensevej 41, 5000 Odense C", 8),
        (48, 110, "Hansen Snedkeri A/S", 9),
        (48, 122, "Skovvej 3, 5200 Odense V", 9),
        (380, 110, "Faktura nr.: 88213", 9),
        (48, 200, "Tekst", 8),
        (330, 200, ">Antal", 8),
        (420, 200, ">Á pris", 8),
        (540, 200, ">Belob", 8),
        (48, 216, "Udskiftning af radiatorventil", 8),
        (330, 216, ">3", 8),
        (420, 216, ">410,00", 8),
        (540, 216, ">1.230,00", 8),
        (48, 230, "Kørsel", 8),
        (330, 230, ">1", 8),
        (420, 230, ">250,00", 8),
        (540, 230, ">250,00", 8),
        (380, 270, "Beløb ekskl. moms", 9),
        (540, 270, ">1.480,00", 9),
        (380, 284, "25% moms", 9),
        (540, 284, ">370,00", 9),
        (380, 298, "At betale DKK", 9),
        (540, 298, ">1.850,00", 9),
    ]
    assert _items(texts) == [
        ("Udskiftning af radiatorventil", 3.0, 410.0, 1230.0),
        ("Kørsel", 1.0, 250.0, 250.0),
    ]


def test_til_betaling_after_an_a_conto_payment_and_krone_in_the_caption() -> None:
    texts: list[SizedText] = [
        (48, 50, "Bruun Advokatfirma P/S", 14),
        (48, 66, "Søndergade 12, 8000 Aarhus C", 8),
        (48, 76, "CVR-nr. 29403473", 8),
        (48, 110, "Kattegat Trælast A/S", 9),
        (48, 122, "Havnevej 7, 8500 Grenaa", 9),
        (48, 160, "FAKTURA NR. 2025-0311", 11),
        (48, 200, "Ydelse", 8),
        (540, 200, ">Beløb kr.", 8),
        (48, 216, "Rådgivning vedr. lejekontrakt", 8),
        (540, 216, ">18.000,00", 8),
        (48, 230, "Gennemgang af leverandøraftale", 8),
        (540, 230, ">6.000,00", 8),
        (300, 270, "Honorar i alt ekskl. moms", 9),
        (540, 270, ">24.000,00", 9),
        (300, 284, "Moms 25 %", 9),
        (540, 284, ">6.000,00", 9),
        (300, 298, "I alt inkl. moms", 9),
        (540, 298, ">30.000,00", 9),
        (300, 312, "A conto faktureret og betalt 03.01.2025", 9),
        (540, 312, ">-10.000,00", 9),
        (300, 326, "Til betaling", 9),
        (540, 326, ">20.000,00", 9),
        (48, 370, "Sidste rettidige betalingsdag: 20. marts 2025.", 8),
    ]
    fields = _read(texts)["fields"]
    assert fields["total_amount"] == 30000.0
    assert fields["amount_due"] == 20000.0
    assert fields["currency"] == "DKK"


def test_krone_in_an_amount_caption_names_the_currency() -> None:
    assert detect_currency("Ydelse Beløb kr. Revision 38.500,00 CVR-nr. 33726104") == "DKK"
    assert detect_currency("Varer Belopp kr Bord 1 200,00 Org.nr SE556078341601") == "SEK"
    # A krone sign standing in prose, away from a caption or a figure, is still none.
    assert detect_currency("Kontakt kr. afdeling 38.500,00") is None


def test_a_closing_and_co_is_no_legal_form() -> None:
    assert not has_legal_form("VERHAEGHE & CO")
    assert has_legal_form("Verhaeghe & Co Accountants BV")
    footer = Value("Dewitte & Co Accountants BV", "Dewitte & Co Accountants BV")
    assert footer_holds(Value("DEWITTE & CO", "DEWITTE & CO"), footer)


def test_customer_number_with_its_bracketed_tax_id_is_no_name() -> None:
    assert customer_number("000318 (BTW BE0761438221)")
    assert customer_number("4411 (TVA FR40303265045)")
    assert not customer_number("Dierenkliniek Noord (Gent)")


def test_flush_right_prices_under_the_price_caption_keep_the_names_column() -> None:
    texts: list[SizedText] = [
        (48, 50, "Dalarna Trä AB", 14),
        (48, 110, "Fakturanummer 2025-204", 9),
        (330, 110, "Lindqvist Möbler A/S", 9),
        (330, 122, "Industrivej 2, 7400 Herning", 9),
        (53, 200, "Art.nr", 8),
        (111, 200, "Benämning", 8),
        (324, 200, "Lev. antal", 8),
        (369, 200, "Enh", 8),
        (445, 200, "Pris", 8),
        (515, 200, "Belopp", 8),
        (54, 216, "BJ4512", 8),
        (111, 216, "Björk limfog 45x1200", 8),
        (360, 216, ">120", 8),
        (368, 216, "st", 8),
        (460, 216, ">305,00", 8),
        (542, 216, ">36 600,00", 8),
        (54, 230, "GR2290", 8),
        (111, 230, "Gran hyvlad 22x90", 8),
        (360, 230, ">640", 8),
        (368, 230, "lpm", 8),
        (460, 230, ">12,50", 8),
        (542, 230, ">8 000,00", 8),
        (57, 500, "Nettobelopp", 8),
        (171, 500, "Moms 0 %", 8),
        (400, 500, "Summa att betala", 8),
        (57, 514, ">44 600,00", 8),
        (540, 514, ">44 600,00", 8),
        (51, 760, "Dalarna Trä AB", 7),
        (456, 760, "Plusgiro 12 34 56-7", 7),
        (456, 770, "IBAN SE4550000000058398257466", 7),
        (455, 780, "BIC ESSESESS", 7),
    ]
    assert _items(texts) == [
        ("Björk limfog 45x1200", 120.0, 305.0, 36600.0),
        ("Gran hyvlad 22x90", 640.0, 12.5, 8000.0),
    ]


def test_carry_caption_with_its_words_run_together() -> None:
    assert CARRIED.search("Overte dragen 3.645,45")
    assert CARRIED.search("Over tedragen 3.645,45")


def _line_words(text: str, x: float, y: float, height: float) -> list[Word]:
    words = []
    for token in text.split():
        width = 0.5 * height * len(token)
        words.append(Word(token, Box(1, x, y, x + width, y + height)))
        x += width + 0.25 * height
    return words


def test_tagline_over_a_name_with_its_legal_form_stays_apart() -> None:
    # A scan's lines: the italic tagline close over the name, both of a size, flush left.
    words = [
        *_line_words("Entretien industriel – cabinets dentaires", 50, 90, 14),
        *_line_words("Clean'Up Services SRL", 50, 110, 13),
    ]
    top = build_lines(PageText(1, 595, 842, words))
    name = Value("Clean'Up Services SRL", "Clean'Up Services SRL", (top[1].cells[0].boxes[0],))
    assert with_line_above(top, 1, 0, name).value == "Clean'Up Services SRL"
    # A name's first line in capitalised words still starts it.
    words = [
        *_line_words("Suministros Hosteleros", 50, 90, 14),
        *_line_words("Guadalquivir SL", 50, 110, 13),
    ]
    top = build_lines(PageText(1, 595, 842, words))
    name = Value("Guadalquivir SL", "Guadalquivir SL", (top[1].cells[0].boxes[0],))
    assert with_line_above(top, 1, 0, name).value == "Suministros Hosteleros Guadalquivir SL"


def _cell(text: str, x: float) -> Cell:
    words, out = text.split(), []
    for word in words:
        out.append(Word(word, Box(1, x, 100, x + 6 * len(word), 110)))
        x += 6 * len(word) + 3
    return Cell(out)


def test_house_number_glued_to_the_postcode_by_ocr() -> None:
    found = town_in("Havnegade 12.8000 Aarhus · Tlf. 86 12 34 56", [])
    assert found is not None
    assert found.start() == len("Havnegade 12.")
    assert _joined([_cell("Havnegade 12.8000 Aarhus", 50)]).value == "Havnegade 12, 8000 Aarhus"
    # A price with four decimals is no postcode.
    assert town_in("Preis 9.7430 pro Stück", []) is None
