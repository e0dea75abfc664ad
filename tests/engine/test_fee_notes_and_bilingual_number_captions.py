"""Fee notes' titles, stacked series, bilingual number captions, spaced VAT prefixes.

Conventions:
- Austrian and German professionals bill by a fee note: lawyers, tax advisers and brokers
  title it "Honorarnote" (Austria) or "Honorarrechnung", lawyers and notaries "Kostennote",
  doctors in private practice "Liquidation" / "Privatliquidation"; "Honorarnote Nr." captions
  the invoice's number as "Rechnung Nr." does.
- A big title ("RECHNUNG") carries its number on the line below with a bare sign, the series
  stacked ("Nr. MZ-R-24-0631": the firm's initials, the document kind, the year).
- South Tyrol's (and other bilingual regions') invoices print every caption in both languages:
  "RECHNUNG / FATTURA" over "Nr. / N. | 118/2024", "Datum / Data".
- Italian VAT IDs print their country prefix a space apart ("Partita IVA IT 03184629073").
"""

from __future__ import annotations

import pytest

from facturist.engine.fields import header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import header_values


@pytest.mark.parametrize(
    "rows",
    [
        [(354, 158, "Honorarnote Nr."), (450, 158, "HN-2024-0058")],
        [(57, 234, "HONORARNOTE Nr. 2024/0312")],
        [(57, 234, "Kostennote Nr. 2024/0312")],
        [(57, 234, "Liquidation Nr. 2024/0312")],
        [(57, 234, "Privatliquidation Nr. 2024/0312")],
    ],
)
def test_a_fee_note_captions_its_number(rows: list[tuple[float, float, str]]) -> None:
    values = header_values([(57, 47, "Lechner & Pfeifer Rechtsanwälte OG"), *rows])
    assert values["invoice_number"] in ("HN-2024-0058", "2024/0312")


def test_a_big_title_signs_a_stacked_series_number_on_the_line_below() -> None:
    def word(text: str, x: float, y: float, height: float) -> Word:
        return Word(text, Box(1, x, y, x + 0.6 * height * len(text), y + height))

    words = [
        word("RECHNUNG", 58, 42, 22),
        word("MIETPARK", 474, 42, 14),
        word("ZILLERTAL", 474, 65, 14),
        word("Nr.", 58, 74, 10),
        word("MZ-R-24-0631", 76, 74, 10),
        word("Rechnungsdatum:", 250, 135, 9),
        word("12.03.2024", 340, 135, 9),
    ]
    lines = build_lines(PageText(1, 595, 842, words))
    assert header_fields(lines)["invoice_number"].value == "MZ-R-24-0631"


def test_a_bilingual_title_over_a_bilingual_number_caption() -> None:
    values = header_values(
        [
            (58, 39, "MAIR Tecnica Industriale S.r.l."),
            (58, 136, "RECHNUNG / FATTURA"),
            (320, 145, "Alpenmetall Italia S.r.l."),
            (58, 164, "Nr. / N."),
            (160, 164, "118/2024"),
            (58, 176, "Datum / Data"),
            (160, 176, "14/03/2024"),
        ]
    )
    assert values["invoice_number"] == "118/2024"


def test_an_italian_vat_id_keeps_its_country_prefix_printed_apart() -> None:
    """Italy's "Partita IVA IT 03184629073": the prefix, a space apart, is the VAT ID's."""
    values = header_values(
        [
            (160, 30, "AcquaChiara Servizi Idrici S.p.A."),
            (161, 249, "Partita IVA IT 03184629073 - Cap. Soc. € 12.000.000 i.v."),
        ]
    )
    assert values["seller_vat_id"] == "IT03184629073"
