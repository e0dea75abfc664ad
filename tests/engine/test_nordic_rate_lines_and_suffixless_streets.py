"""Nordic totals with a line per VAT rate: a Swedish credit note's "Att erhålla" (to receive)
under its rate lines, a Norwegian summary's per-rate bases ("Grunnlag MVA 25%") beside their
taxes and its "Totalt eks. MVA" (the net); and a US street named without a suffix
("1815 Broadway") over its town, state and ZIP code."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.townline import US_STREET, town_in

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_swedish_credit_note_to_receive_under_two_rate_lines() -> None:
    fields = _fields(
        [
            (50, 60, "KREDITFAKTURA"),
            (400, 60, "Norrviks Livs AB"),
            (50, 80, "Kreditfakturanr"),
            (150, 80, "K-1045"),
            (50, 94, "Datum"),
            (150, 94, "2025-03-11"),
            (50, 200, "Benämning"),
            (300, 200, "Antal"),
            (360, 200, "Pris"),
            (420, 200, "Moms"),
            (480, 200, "Summa"),
            (50, 216, "Kaffe, hela bönor 1 kg"),
            (300, 216, "-2"),
            (360, 216, "250,00"),
            (420, 216, "12%"),
            (480, 216, "-500,00"),
            (50, 232, "Pappersservetter"),
            (300, 232, "-4"),
            (360, 232, "100,00"),
            (420, 232, "25%"),
            (480, 232, "-400,00"),
            (330, 280, "Netto"),
            (480, 280, "-900,00"),
            (330, 296, "Moms 12% på -500,00"),
            (480, 296, "-60,00"),
            (330, 312, "Moms 25% på -400,00"),
            (480, 312, "-100,00"),
            (330, 328, "Att erhålla SEK"),
            (480, 328, "-1 060,00"),
        ]
    )
    assert fields["net_amount"] == -900.0
    assert fields["tax_amount"] == -160.0
    assert fields["total_amount"] == -1060.0
    assert fields["amount_due"] == -1060.0


def test_norwegian_rate_bases_beside_their_taxes_and_net_before_vat() -> None:
    fields = _fields(
        [
            (50, 60, "Fjordkafeen AS"),
            (400, 60, "Faktura 5512"),
            (50, 200, "Tekst"),
            (300, 200, "Ant."),
            (380, 200, "MVA"),
            (470, 200, "Beløp"),
            (50, 216, "Lunsj, 20 pers."),
            (300, 216, "20"),
            (380, 216, "15%"),
            (470, 216, "4 000,00"),
            (50, 232, "Leie av lokale"),
            (300, 232, "1"),
            (380, 232, "25%"),
            (470, 232, "1 000,00"),
            (330, 280, "Grunnlag MVA 15%"),
            (470, 280, "4 000,00"),
            (330, 294, "MVA 15%"),
            (470, 294, "600,00"),
            (330, 308, "Grunnlag MVA 25%"),
            (470, 308, "1 000,00"),
            (330, 322, "MVA 25%"),
            (470, 322, "250,00"),
            (330, 336, "Totalt eks. MVA"),
            (470, 336, "5 000,00"),
            (330, 350, "Totalt MVA"),
            (470, 350, "850,00"),
            (330, 364, "Å betale"),
            (470, 364, "5 850,00"),
        ]
    )
    assert fields["net_amount"] == 5000.0
    assert fields["tax_amount"] == 850.0
    assert fields["total_amount"] == 5850.0
    assert fields["amount_due"] == 5850.0


def test_us_street_without_a_suffix_is_no_postcode_and_town() -> None:
    assert US_STREET.match("1815 Broadway")
    assert town_in("1815 Broadway", []) is None
    assert town_in("Sacramento, CA 95818", []) is not None
    # A four-digit postcode before its town stays one.
    assert town_in("8001 Zürich", []) is not None
