"""German letter-layout invoices: window blocks, the letter's date, footer names, flush counts.

Conventions:
- A reader's line in the window may put a salutation before the degree ("Herrn Dr. med.
  vet. Jonas Lange"): a reader's line, which neither ends the block nor is part of the
  address; one blank line before the town does not end the block, and the info block's
  cells beside the window (sharing its lines) are no part of the address.
- A date captioned as another document's ("Auftrag vom", "Bestellung vom") is never the
  letter's date; the place-and-date line above the subject is.
- The sender line's short legal-form name ("Bergmann HeiSaTec GmbH", a word of first
  syllables) gives way to the footer's full one ("Bergmann Heizungs-, Sanitär- und
  Gebäudetechnik GmbH").
- A right-aligned count column set flush against the left-aligned title column: each row's
  leading count is the quantity, not a word of the title.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.readerlines import reader_line

from .conftest import SizedText, make_aligned_pdf

_TOTALS: list[SizedText] = [
    (60, 330, "Bezeichnung", 9),
    (530, 330, ">Betrag", 9),
    (60, 345, "Wartung Heizungsanlage", 9),
    (530, 345, ">200,00", 9),
    (380, 380, "Netto", 9),
    (530, 380, ">200,00", 9),
    (380, 394, "USt 19 %", 9),
    (530, 394, ">38,00", 9),
    (380, 408, "Gesamtbetrag EUR", 9),
    (530, 408, ">238,00", 9),
]


def test_a_salutation_before_a_degree_names_a_reader() -> None:
    assert reader_line("Herrn Dr. med. vet. Jonas Lange")
    assert reader_line("Frau Prof. Dr. Anna Keller")
    assert not reader_line("Herrn Dr. med. Lange GmbH")


def test_a_window_with_a_titled_reader_and_a_blank_line_before_the_town() -> None:
    texts: list[SizedText] = [
        (72, 40, "HOLZBAU KESSLER", 16),
        (72, 92, "Holzbau Kessler GmbH, Talweg 9, 35037 Marburg", 7),
        (355, 100, "Kunden-Nr.", 8),
        (440, 100, "7731", 8),
        (72, 118, "Tierarztpraxis Dr. Lange & Partner", 10),
        (355, 126, "Ihr Zeichen", 8),
        (440, 126, "Stall Nord", 8),
        (72, 131, "Herrn Dr. med. vet. Jonas Lange", 9),
        (72, 144, "Bergstraße 22", 10),
        (355, 144, "Ansprechpartner", 8),
        (440, 144, "Petra Kessler", 8),
        (355, 157, "Telefon", 8),
        (440, 157, "06421 55 10", 8),
        (72, 170, "69120 Heidelberg", 10),
        (355, 170, "Datum", 8),
        (440, 170, "12.02.2025", 8),
        (72, 232, "Rechnung Nr. 25-0412", 11),
        *_TOTALS,
        (72, 790, "Holzbau Kessler GmbH | USt-IdNr. DE812345670", 7),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Tierarztpraxis Dr. Lange & Partner"
    assert fields["buyer_address"] == "Bergstraße 22, 69120 Heidelberg"


def test_an_order_date_in_the_info_box_gives_way_to_the_letter_date() -> None:
    texts: list[SizedText] = [
        (72, 40, "Malerbetrieb Sommer GmbH", 14),
        (72, 86, "Malerbetrieb Sommer GmbH · Uferweg 2 · 34117 Kassel", 7),
        (355, 93, "Rechnung Nr.", 8),
        (440, 93, "R-2025-017", 8),
        (355, 106, "Kunden-Nr.", 8),
        (440, 106, "3310", 8),
        (72, 112, "Frau", 10),
        (72, 125, "Lena Brück", 10),
        (355, 131, "Auftrag vom", 8),
        (440, 131, "04.11.2024", 8),
        (72, 138, "Gartenstraße 8", 10),
        (72, 151, "34119 Kassel", 10),
        (530, 208, ">Kassel, 12. Februar 2025", 9),
        (72, 238, "Rechnung Nr. R-2025-017 für Malerarbeiten", 11),
        *_TOTALS,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-02-12"


def test_the_footer_full_name_outranks_the_sender_line_short_one() -> None:
    texts: list[SizedText] = [
        (150, 40, "BERGMANN", 18),
        (150, 66, "Sanitär und Heizung", 9),
        (470, 34, "Brunnenweg 12", 8),
        (470, 46, "24103 Kiel", 8),
        (355, 147, "Kundennummer", 8),
        (440, 147, "40-118", 8),
        (72, 151, "Bergmann HeiSaTec GmbH | Brunnenweg 12 | 24103 Kiel", 7),
        (355, 160, "Rechnungsnummer", 8),
        (440, 160, "B-2025-0051", 8),
        (72, 172, "Herrn", 10),
        (355, 172, "Rechnungsdatum", 8),
        (440, 172, "14.02.2025", 8),
        (72, 185, "Karl Vogt", 10),
        (72, 200, "Möwenstraße 3", 10),
        (72, 213, "24105 Kiel", 10),
        (72, 275, "Rechnung Nr. B-2025-0051", 11),
        *_TOTALS,
        (72, 786, "Bergmann Heizungs-, Sanitär- und Gebäudetechnik GmbH", 7),
        (320, 786, "Registergericht: Amtsgericht Kiel", 7),
        (72, 795, "Brunnenweg 12 · 24103 Kiel", 7),
        (320, 795, "HRB 44 120", 7),
        (72, 804, "Geschäftsführer: Karl Bergmann", 7),
        (320, 804, "USt-IdNr.: DE298765431", 7),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Bergmann Heizungs-, Sanitär- und Gebäudetechnik GmbH"
    assert fields["seller_address"] == "Brunnenweg 12, 24103 Kiel"


def _book_row(y: float, count: str, title: str, figures: list[str]) -> list[SizedText]:
    row: list[SizedText] = [(106, y, f">{count}", 9), (110, y, title, 9)]
    for x, figure in zip((340, 381, 432, 466, 537), figures, strict=True):
        row.append((x, y, f">{figure}", 9))
    return row


def test_a_count_column_flush_against_the_title_column_gives_the_quantity() -> None:
    texts: list[SizedText] = [
        (72, 40, "Kranich Verlag GmbH", 14),
        (72, 120, "Buchhandlung Lesezeichen KG", 10),
        (72, 133, "Am Markt 5", 10),
        (72, 146, "37073 Göttingen", 10),
        (355, 120, "Rechnungsnummer", 8),
        (440, 120, "K-7781", 8),
        (355, 133, "Rechnungsdatum", 8),
        (440, 133, "03.02.2025", 8),
        (106, 372, ">Menge", 9),
        (110, 372, "Titel / ISBN", 9),
        (340, 372, ">Ladenpreis", 9),
        (381, 372, ">Rabatt", 9),
        (432, 372, ">Netto-EP", 9),
        (466, 372, ">USt", 9),
        (537, 372, ">Netto gesamt", 9),
        *_book_row(
            400,
            "12",
            "Clara Wendt: Nebel über dem Deich.",
            ["22,00", "40 %", "12,34", "7 %", "148,08"],
        ),
        *_book_row(
            415, "5", "Paul Ebner: Radwege an der Weser.", ["16,00", "35 %", "9,72", "7 %", "48,60"]
        ),
        *_book_row(
            430, "7", "Fritz und die Möwe. Bilderbuch", ["12,00", "40 %", "6,73", "7 %", "47,11"]
        ),
        *_book_row(
            445, "2", "Kalender Küstenküche 2025", ["19,90", "35 %", "12,09", "7 %", "24,18"]
        ),
        (312, 480, "Summe netto", 9),
        (537, 480, ">267,97 €", 9),
        (312, 494, "Umsatzsteuer 7 %", 9),
        (537, 494, ">18,76 €", 9),
        (312, 508, "Rechnungsbetrag", 9),
        (537, 508, ">286,73 €", 9),
        (72, 790, "Kranich Verlag GmbH | USt-IdNr. DE287654329", 7),
    ]
    items = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["line_items"]
    got = [(i["quantity"], i["unit_price"], i["amount"]) for i in items]
    assert got == [
        (12.0, 12.34, 148.08),
        (5.0, 9.72, 48.6),
        (7.0, 6.73, 47.11),
        (2.0, 12.09, 24.18),
    ]
    assert items[1]["description"] == "Paul Ebner: Radwege an der Weser."
