"""A payment reference is the invoice's number only when nothing better names it; a code in an
item's description names no currency; a Polish credit note's refund deadline is its due date.

Conventions:
- Czech and Slovak invoices repeat their number as the payment's "Variabilní symbol", often
  without its series ("FV240153" paid as "240153"): the number the title prints beside it
  after a "Číslo:" caption, or alone on the line right under it, flush with the title's edge,
  is the invoice's own.
- Item descriptions carry codes that look like currencies ("Paleta vratná EUR", a returnable
  EUR pallet; "THHN 12 AWG", a wire gauge, AWG also the Aruban florin): the sign printed with
  the total ("45 283,00 Kč", "$16,541.25") names the currency billed.
- A Polish correction invoice refunding the buyer states "Termin zwrotu:" (refund deadline),
  the date the seller must pay by: its due date.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, dejavu_fonts, header_values, make_aligned_pdf

_FONT = "DejaVuSans"
needs_font = dejavu_fonts(_FONT)


def test_a_cislo_caption_beside_the_tax_document_title_beats_the_variable_symbol() -> None:
    values = header_values(
        [
            (40, 40, "FAKTURA - DAŇOVÝ DOKLAD"),
            (330, 40, "Číslo: KD77120"),
            (40, 70, "Dodavatel:"),
            (40, 84, "Kovo Brázda s.r.o."),
            (40, 180, "Variabilní symbol:"),
            (160, 180, "77120"),
            (320, 180, "Datum vystavení:"),
            (440, 180, "03.06.2024"),
        ]
    )
    assert values["invoice_number"] == "KD77120"


@needs_font
def test_a_number_flush_under_the_tax_document_title_beats_the_variable_symbol() -> None:
    texts: list[SizedText] = [
        (40, 48, "LESNÍ ŠKOLKA", 13),
        (554, 44, ">Faktura – daňový doklad", 10),
        (554, 62, ">ZS-2024-0733", 15),
        (40, 100, "Dodavatel", 7),
        (310, 100, "Odběratel", 7),
        (40, 112, "Lesní školka s.r.o.", 9),
        (310, 112, "Obec Dolní Lhota", 9),
        (40, 200, "Datum vystavení:", 9),
        (160, 200, "14.06.2024", 9),
        (40, 214, "Variabilní symbol:", 9),
        (160, 214, "20240733", 9),
        (40, 260, "Popis", 9),
        (480, 260, "Celkem", 9),
        (40, 275, "Sazenice buku lesního", 9),
        (480, 275, "12 100,00", 9),
        (380, 320, "Celkem k úhradě", 9),
        (480, 320, "12 100,00 Kč", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "ZS-2024-0733"


@pytest.mark.parametrize(
    ("item", "total", "expected"),
    [
        ("Paleta vratná EUR", "45 283,00 Kč", "CZK"),
        ("THHN 12 AWG solid copper, black", "$16,541.25", "USD"),
    ],
)
def test_a_code_in_an_item_description_yields_to_the_totals_sign(
    item: str, total: str, expected: str
) -> None:
    values = header_values(
        [
            (40, 40, "Northfield Supply Co."),
            (40, 200, "Description"),
            (300, 200, "Qty"),
            (480, 200, "Amount"),
            (40, 216, item),
            (300, 216, "6"),
            (480, 216, "1 740,00" if "EUR" in item else "313.60"),
            (40, 232, "Cable ties 200 mm"),
            (300, 232, "2"),
            (480, 232, "20,00" if "EUR" in item else "20.00"),
            (360, 300, "Total:"),
            (460, 300, total),
        ]
    )
    assert values["currency"] == expected


def test_a_polish_refund_deadline_is_the_credit_notes_due_date() -> None:
    values = header_values(
        [
            (40, 40, "MEBLIK"),
            (330, 40, "Data wystawienia:"),
            (440, 40, "22.04.2024"),
            (330, 56, "Termin zwrotu:"),
            (440, 56, "06.05.2024"),
            (140, 90, "FAKTURA KORYGUJĄCA nr FK/3/04/2024"),
            (40, 300, "Do zwrotu:"),
            (120, 300, "1 776,12 PLN"),
        ]
    )
    assert str(values["due_date"]) == "2024-05-06"


def test_an_unsigned_total_leaves_the_currency_to_the_amount_dues_sign() -> None:
    values = header_values(
        [
            (40, 40, "Stavebniny Brázda s.r.o."),
            (40, 200, "Označení dodávky"),
            (480, 200, "Celkem"),
            (40, 216, "Paleta vratná EUR"),
            (300, 216, "6,00 ks"),
            (480, 216, "1 740,00"),
            (40, 232, "Cement CEM II/B-M 32,5 R"),
            (300, 232, "40,00 ks"),
            (480, 232, "5 560,00"),
            (400, 250, "Celkem bez DPH:"),
            (480, 250, "7 300,00"),
            (400, 260, "DPH:"),
            (480, 260, "1 532,80"),
            (400, 270, "Celkem:"),
            (480, 270, "8 832,80"),
            (400, 285, "Zaokrouhlení:"),
            (480, 285, "0,20"),
            (340, 300, "Celkem k úhradě:"),
            (470, 300, "8 833,00 Kč"),
        ]
    )
    assert values["currency"] == "CZK"
