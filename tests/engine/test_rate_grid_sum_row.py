"""A VAT recap by rate whose labelled sum row ("Součet", "Suma", "Összesen:") gives the invoice's
net, tax and gross by the grid's column captions, not its first rate's row: also where a
totals block beside the grid is interleaved with its rows, and where forint figures print
no decimals ("57.500") (ratesumrow.py, totalgrid.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_HEAD: list[SizedText] = [
    (40, 50, "Obchod Lipa s.r.o.", 12),
    (40, 64, "Nádražní 14, 301 00 Plzen", 9),
    (360, 50, "Faktura 2025-0441", 12),
    (360, 66, "Datum vystavení: 4. 6. 2025", 9),
]


def _czech(sum_row: str) -> bytes:
    texts: list[SizedText] = [
        *_HEAD,
        (40, 200, "Položka", 9),
        (300, 200, "Bez DPH", 9),
        (380, 200, "DPH", 9),
        (460, 200, "Celkem", 9),
        (40, 216, "Montáž regálů", 9),
        (300, 216, "2 400,00", 9),
        (380, 216, "504,00", 9),
        (460, 216, "2 904,00", 9),
        (40, 230, "Knihy", 9),
        (300, 230, "1 000,00", 9),
        (380, 230, "120,00", 9),
        (460, 230, "1 120,00", 9),
        (380, 270, "Celkem bez DPH", 9),
        (480, 270, "3 400,00", 9),
        (40, 276, "Sazba DPH", 9),
        (110, 276, "Základ", 9),
        (180, 276, "Výše DPH", 9),
        (250, 276, "Celkem", 9),
        (380, 283, "DPH celkem", 9),
        (480, 283, "624,00", 9),
        (40, 291, "21 %", 9),
        (110, 291, "2 400,00", 9),
        (180, 291, "504,00", 9),
        (250, 291, "2 904,00", 9),
        (380, 296, "Celkem s DPH", 9),
        (480, 296, "4 024,00", 9),
        (40, 306, "12 %", 9),
        (110, 306, "1 000,00", 9),
        (180, 306, "120,00", 9),
        (250, 306, "1 120,00", 9),
        (380, 306, "Zaokrouhlení", 9),
        (480, 306, "0,00", 9),
        (40, 321, "Suma", 9),
        *[(x, 321, text, 9) for x, text in zip((110, 180, 250), sum_row.split("|"), strict=True)],
        (380, 330, "Celkem k zaplacení", 9),
        (480, 330, "4 024,00 CZK", 9),
    ]
    return make_sized_pdf(texts)


def _hungarian() -> bytes:
    texts: list[SizedText] = [
        (40, 50, "Dunapart Kereskedés Kft.", 12),
        (40, 64, "1095 Budapest, Soroksári út 8.", 9),
        (360, 50, "SZÁMLA", 12),
        (360, 66, "Sorszám: DK-2025-118", 9),
        (360, 78, "Számla kelte: 2025. május 6.", 9),
        (40, 200, "Termék", 9),
        (300, 200, "Menny.", 9),
        (380, 200, "Egységár", 9),
        (460, 200, "Nettó összeg", 9),
        (40, 216, "Liszt 10 kg", 9),
        (300, 216, "20 db", 9),
        (380, 216, "1.640", 9),
        (460, 216, "32.800", 9),
        (40, 230, "Szállítás", 9),
        (300, 230, "1 alk.", 9),
        (380, 230, "6.200", 9),
        (460, 230, "6.200", 9),
        (280, 290, "ÁFA-kulcs", 9),
        (350, 290, "Nettó", 9),
        (420, 290, "ÁFA", 9),
        (480, 290, "Bruttó", 9),
        (280, 308, "5%", 9),
        (350, 308, "32.800", 9),
        (420, 308, "1.640", 9),
        (480, 308, "34.440", 9),
        (280, 324, "27%", 9),
        (350, 324, "6.200", 9),
        (420, 324, "1.674", 9),
        (480, 324, "7.874", 9),
        (280, 340, "Összesen:", 9),
        (350, 340, "39.000", 9),
        (420, 340, "3.314", 9),
        (480, 340, "42.314", 9),
        (360, 380, "Fizetendő összeg: 42.314 Ft", 9),
    ]
    return make_sized_pdf(texts)


def test_sum_row_of_a_recap_interleaved_with_a_totals_block() -> None:
    fields = extract_canonical(_czech("3 400,00|624,00|4 024,00"), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 3400.0
    assert fields["tax_amount"] == 624.0
    assert fields["total_amount"] == 4024.0


def test_sum_row_of_whole_forint_figures() -> None:
    fields = extract_canonical(_hungarian(), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 39000.0
    assert fields["tax_amount"] == 3314.0
    assert fields["total_amount"] == 42314.0
