"""Scanned invoices of several pages: the letterhead a continuation page prints again over
the repeated table header (its page number at the right) is no part of the item cut by the
page break, nor an item of its own, even where it holds figures (a fax number). Also a
Polish "termin:" after the payment form names the due date, and the word "EURO" beside a
total's figure names the currency where the amounts print none."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages


def _canonical(*pages: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pages(*pages), use_einvoice=False)
    return result


def _row(y: float, name: str, qty: str, price: str, amount: str) -> list[SizedText]:
    return [
        (58, y, name, 9),
        (350, y, ">" + qty, 9),
        (450, y, ">" + price, 9),
        (530, y, ">" + amount, 9),
    ]


def _italian_letterhead(page: str) -> list[SizedText]:
    return [
        (55, 50, "OFFICINA F.LLI BERTOLDI", 12),
        (480, 50, page, 9),
        (55, 66, "di Bertoldi Luca & C. s.n.c.", 9),
        (55, 80, "Via dei Mestieri, 14 - 37135 Verona (VR)", 9),
        (55, 94, "P.IVA 03187420165", 9),
    ]


def test_repeated_letterhead_after_a_carry_line_is_no_part_of_the_item() -> None:
    first = [
        *_italian_letterhead("Pag. 1/2"),
        (330, 130, "Spett.le", 9),
        (330, 144, "IMPIANTI ROSSETTI S.R.L.", 9),
        (50, 160, "FATTURA N. 77/2024", 10),
        (50, 174, "del 15/05/2024", 9),
        (58, 300, "Descrizione", 9),
        (330, 300, "Q.tà", 9),
        (400, 300, "Prezzo unit.", 9),
        (490, 300, "Importo", 9),
        *_row(320, "Cambio olio motore", "1", "40,00", "40,00"),
        *_row(336, "Filtro aria", "2", "15,00", "30,00"),
        *_row(352, "Smaltimento rifiuti speciali", "1", "8,50", "8,50"),
        (400, 372, "A riportare", 9),
        (530, 372, ">78,50", 9),
    ]
    second = [
        *_italian_letterhead("Pag. 2/2"),
        (50, 120, "FATTURA N. 77/2024 del 15/05/2024 (segue)", 9),
        (58, 150, "Descrizione", 9),
        (330, 150, "Q.tà", 9),
        (400, 150, "Prezzo unit.", 9),
        (490, 150, "Importo", 9),
        (415, 168, "Riporto", 9),
        (530, 168, ">78,50", 9),
        *_row(186, "Diagnosi elettronica", "1", "35,00", "35,00"),
        (340, 230, "Imponibile", 9),
        (530, 230, ">113,50", 9),
        (340, 246, "IVA 22%", 9),
        (530, 246, ">24,97", 9),
        (340, 262, "Totale fattura", 9),
        (530, 262, ">138,47", 9),
    ]
    items = _canonical(first, second)["line_items"]
    assert [item["description"] for item in items] == [
        "Cambio olio motore",
        "Filtro aria",
        "Smaltimento rifiuti speciali",
        "Diagnosi elettronica",
    ]


def _polish_letterhead(page: str) -> list[SizedText]:
    return [
        (40, 50, 'HURTOWNIA "VOLTEX" S.C.', 12),
        (460, 50, page, 9),
        (40, 66, "A. Kowalski, M. Lis", 9),
        (400, 66, "FAX:", 9),
        (430, 66, ">22 314", 9),
        (507, 66, ">52", 9),
        (520, 66, ">70", 9),
        (40, 80, "ul. Fabryczna 3, 00-950 Warszawa", 9),
        (40, 94, "NIP 634-287-10-66", 9),
    ]


_PL_HEADER = [
    (42, 200, "Lp", 9),
    (70, 200, "Nazwa", 9),
    (300, 200, "Ilosc", 9),
    (380, 200, "Cena netto", 9),
    (470, 200, "Wart. netto", 9),
]


def _pl_row(y: float, n: int, name: str, qty: str, price: str, amount: str) -> list[SizedText]:
    return [
        (48, y, str(n), 9),
        (70, y, name, 9),
        (330, y, ">" + qty, 9),
        (430, y, ">" + price, 9),
        (520, y, ">" + amount, 9),
    ]


def test_letterhead_with_a_fax_number_on_the_next_page_is_no_item() -> None:
    first = [
        *_polish_letterhead("Strona 1 z 2"),
        (190, 110, "FAKTURA VAT Nr 55/H/2024", 11),
        (140, 126, "Data wystawienia: 19.11.2024", 9),
        (40, 150, "Nabywca:", 9),
        (40, 164, "ELEKTRO-SERWIS Jan Maj", 9),
        *_PL_HEADER,
        *_pl_row(220, 1, "Przewod YDYp 3x1,5", "100", "2,00", "200,00"),
        *_pl_row(236, 2, "Gniazdo podwojne", "10", "15,00", "150,00"),
        (380, 260, "Do przeniesienia:", 9),
        (520, 260, ">350,00", 9),
    ]
    second = [
        *_polish_letterhead("Strona 2 z 2"),
        (190, 110, "FAKTURA VAT Nr 55/H/2024 (cd.)", 11),
        *[(x, y - 60, text, size) for x, y, text, size in _PL_HEADER],
        (380, 158, "Z przeniesienia:", 9),
        (520, 158, ">350,00", 9),
        *_pl_row(176, 3, "Tasma izolacyjna", "20", "3,00", "60,00"),
        (330, 220, "Razem netto:", 9),
        (520, 220, ">410,00", 9),
        (40, 260, "Forma platnosci: przelew 21 dni, termin: 10.12.2024", 9),
    ]
    result = _canonical(first, second)
    assert [item["description"] for item in result["line_items"]] == [
        "Przewod YDYp 3x1,5",
        "Gniazdo podwojne",
        "Tasma izolacyjna",
    ]
    assert result["fields"]["due_date"] == "2024-12-10"


def test_euro_word_beside_the_total_names_the_currency() -> None:
    page: list[SizedText] = [
        (90, 50, "LABORATORIO ORTODONTICO SORRISO", 12),
        (90, 66, "Corso Vittorio, 12 - 10121 Torino (TO)", 9),
        (90, 80, "P.IVA 04129850634", 9),
        (320, 110, "Destinatario", 9),
        (320, 124, "STUDIO DENTISTICO BIANCHI", 9),
        (40, 124, "Fattura n. 12", 9),
        (40, 138, "Data 11/04/2024", 9),
        (48, 200, "Descrizione lavorazione", 9),
        (330, 200, "Q.tà", 9),
        (400, 200, "Prezzo", 9),
        (490, 200, "Importo", 9),
        *_row(220, "Corona in zirconia", "1", "165,00", "165,00"),
        (370, 260, "Totale imponibile", 9),
        (530, 260, ">165,00", 9),
        (320, 276, "TOTALE FATTURA EURO", 9),
        (530, 276, ">165,00", 9),
    ]
    assert _canonical(page)["fields"]["currency"] == "EUR"
