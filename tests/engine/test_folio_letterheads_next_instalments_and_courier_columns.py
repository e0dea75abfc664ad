"""A hotel's letterhead block over the company it bills, with the guest's name after a colon
set apart (parties.py, passenger.py); a coming instalment's "erstmals fällig am" that is not
the bill's due date (nextinstalment.py); "Wir buchen den Betrag am ..." (duecaptions.py);
Courier lines beside a column in smaller print and accented capitals (monospace.py)."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import SizedText, make_aligned_pdf

_TOTALS: list[SizedText] = [
    (300, 420, "Summe netto", 9),
    (480, 420, "100,00", 9),
    (300, 434, "Umsatzsteuer 19 %", 9),
    (480, 434, "19,00", 9),
    (300, 448, "Gesamtbetrag", 9),
    (480, 448, "119,00", 9),
]


def _fields(texts: list[SizedText], font: str = "Helvetica") -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_aligned_pdf(texts, font), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_hotel_letterhead_block_over_the_billed_company_and_guest_after_colon() -> None:
    texts: list[SizedText] = [
        (297, 42, "=HOTEL ZUR LINDE", 20),
        (297, 56, "=Marktplatz 3 · 87435 Kempten · Tel. 0831 12 34 56 · www.linde-kempten.de", 8),
        (380, 96, "Rechnung Nr.", 8),
        (440, 96, ": 40771", 8),
        (56, 105, "Brenner Maschinenbau GmbH", 9),
        (380, 105, "Datum", 8),
        (440, 105, ": 03.09.2025", 8),
        (56, 118, "Herr Tobias Reiter", 9),
        (380, 118, "Zimmer", 8),
        (440, 118, ": 12", 8),
        (56, 131, "Werkstraße 8", 9),
        (380, 131, "Anreise", 8),
        (440, 131, ": 01.09.2025", 8),
        (56, 144, "88131 Lindau", 9),
        (380, 156, "Gast", 8),
        (440, 156, ": Tobias Reiter", 8),
        (56, 200, "RECHNUNG", 11),
        (56, 230, "Datum", 8),
        (120, 230, "Beschreibung", 8),
        (480, 230, "Betrag", 8),
        (56, 246, "01.09.2025", 8),
        (120, 246, "Übernachtung Einzelzimmer", 8),
        (480, 246, "100,00", 8),
        *_TOTALS,
        (297, 780, "=Linde Gastronomie GmbH · Marktplatz 3 · 87435 Kempten · HRB 9912", 7),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Linde Gastronomie GmbH"
    assert fields["buyer_name"] == "Brenner Maschinenbau GmbH"


def _statement(sentences: list[str]) -> list[SizedText]:
    texts: list[SizedText] = [
        (50, 60, "Stadtwerke Beispielstadt GmbH · Ringstraße 1 · 12345 Beispielstadt", 7),
        (50, 90, "Herrn Jonas Keller", 10),
        (50, 103, "Gartenweg 2", 10),
        (50, 116, "12345 Beispielstadt", 10),
        (340, 90, "Rechnungsnummer", 9),
        (440, 90, "RE-55120", 9),
        (340, 103, "Datum", 9),
        (440, 103, "10.01.2025", 9),
        (50, 180, "Jahresabrechnung 2024", 12),
        *_TOTALS,
    ]
    texts += [(50, 480 + 14 * i, sentence, 9) for i, sentence in enumerate(sentences)]
    return texts


def test_new_instalment_first_due_is_not_the_bills_due_date() -> None:
    fields = _fields(
        _statement(
            [
                "Bitte überweisen Sie den Nachzahlungsbetrag bis zum 31.01.2025.",
                "Ihr neuer monatlicher Abschlag beträgt 60,00 €, erstmals fällig am 15.03.2025.",
            ]
        )
    )
    assert fields["due_date"] == "2025-01-31"


def test_next_instalment_in_english_is_not_the_bills_due_date() -> None:
    fields = _fields(
        _statement(
            [
                "Please pay the balance by 31/01/2025.",
                "Your next monthly instalment of 60,00 € is due on 15/03/2025.",
            ]
        )
    )
    assert fields["due_date"] == "2025-01-31"


def test_direct_debit_with_the_subject_first() -> None:
    fields = _fields(
        _statement(["Wir buchen den Betrag am 18.02.2025 von Ihrem Konto DE** **12 34 ab."])
    )
    assert fields["due_date"] == "2025-02-18"


def _cells(texts: list[SizedText], font: str) -> list[list[str]]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        page = page_words(pdf, 0)
    finally:
        pdf.close()
    return [[cell.text for cell in line.cells] for line in build_lines(page)]


def test_courier_block_beside_a_grid_in_smaller_print() -> None:
    cells = _cells(
        [
            (57, 50, "SCHREINEREI JÖRG ÜBEL", 12),
            (57, 130, "Pension Waldesruh", 10),
            (339, 130, "Rechnungsnr.:", 8.5),
            (430, 130, "RG-2207", 8.5),
            (57, 143, "Inh. Marta Lenz", 10),
            (339, 143, "Rechnungsdatum:", 8.5),
            (430, 143, "15.04.2024", 8.5),
            (57, 156, "Bergstraße 30", 10),
            (57, 169, "09484 Oberwiesenthal", 10),
        ],
        font="Courier",
    )
    assert cells == [
        ["SCHREINEREI JÖRG ÜBEL"],
        ["Pension Waldesruh", "Rechnungsnr.:", "RG-2207"],
        ["Inh. Marta Lenz", "Rechnungsdatum:", "15.04.2024"],
        ["Bergstraße 30"],
        ["09484 Oberwiesenthal"],
    ]
