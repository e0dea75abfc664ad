"""Swiss invoices: typographic thousands apostrophes and whole-franc dashes (amountmarks.py),
a bilingual "À payer / Zu bezahlen" caption (labelvalues.py, labels.py), a figure's caption
beside the buyer's caption (figurecaption.py), a party's name printed twice (namecopies.py)
and Liechtenstein's plain MWST number (liechtensteinvat.py)."""

from __future__ import annotations

import pytest

from facturist.engine.amountmarks import plain_amount_marks
from facturist.engine.figurecaption import figure_caption
from facturist.engine.model import Box, Value, Word
from facturist.engine.namecopies import name_copies

from .conftest import header_values, spaced_lines

_HEAD = [
    (50, 40, "Zugerberg Cloud AG"),
    (50, 52, "Baarerstrasse 43, 6300 Zug"),
    (50, 100, "Rechnung Nr. ZC-2025-0412"),
    (50, 112, "Rechnungsdatum: 01.09.2025"),
]


def _word(text: str) -> Word:
    return Word(text, Box(1, 10, 10, 40, 18))


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        ("2\u2019398.00", "2'398.00"),
        ("1\u2019250\u2019000.50", "1'250'000.50"),
        ("12\u02bc500.00", "12'500.00"),
        ("120.\u2013", "120.00"),
        ("1'250.\u2014", "1'250.00"),
        ("19.-", "19.00"),
        ("12,\u2013", "12,00"),
    ],
)
def test_swiss_marks_are_made_plain(printed: str, plain: str) -> None:
    assert plain_amount_marks([_word(printed)])[0].text == plain


@pytest.mark.parametrize(
    "text", ["Kunden\u2019s", "1\u201923.00", "18.05.\u201321.05.", "Nr.\u2013", "A.\u2013"]
)
def test_other_words_are_kept(text: str) -> None:
    assert plain_amount_marks([_word(text)])[0].text == text


def test_typographic_apostrophe_totals_are_read() -> None:
    values = header_values(
        [
            *_HEAD,
            (330, 400, "Zwischensumme"),
            (460, 400, "EUR 2\u2019398.00"),
            (330, 414, "MWST 0 %"),
            (460, 414, "EUR 0.00"),
            (330, 428, "Gesamtbetrag"),
            (460, 428, "EUR 2\u2019398.00"),
        ]
    )
    assert values["total_amount"] == pytest.approx(2398.00)
    assert values["net_amount"] == pytest.approx(2398.00)


def test_whole_franc_total_is_read() -> None:
    values = header_values([*_HEAD, (330, 400, "Total inkl. MWST"), (460, 400, "Fr. 895.\u2013")])
    assert values["total_amount"] == pytest.approx(895.00)


def test_bilingual_pay_caption_reads_its_german_half() -> None:
    values = header_values(
        [
            *_HEAD,
            (330, 400, "Total TTC / Total inkl. MWST"),
            (490, 400, "1'819.32"),
            (330, 414, "Arrondi / Rundung"),
            (490, 414, "-0.02"),
            (330, 428, "\u00c0 payer / Zu bezahlen CHF"),
            (490, 428, "1'819.30"),
        ]
    )
    assert values["amount_due"] == pytest.approx(1819.30)


def test_bare_french_pay_caption_before_its_figure() -> None:
    values = header_values(
        [
            *_HEAD,
            (330, 400, "Total TTC"),
            (490, 400, "250.03"),
            (330, 414, "Arrondi"),
            (490, 414, "-0.03"),
            (330, 428, "\u00c0 payer CHF"),
            (490, 428, "250.00"),
        ]
    )
    assert values["amount_due"] == pytest.approx(250.00)


@pytest.mark.parametrize("text", ["Fälliger Betrag", "Amount due:", "Zahlbar bis", "Total"])
def test_figure_captions(text: str) -> None:
    assert figure_caption(text)


@pytest.mark.parametrize("text", ["Total Energies SA", "Kanzlei Voss & Partner mbB", "Balance 12"])
def test_names_are_no_figure_captions(text: str) -> None:
    assert not figure_caption(text)


def test_due_amount_caption_beside_buyer_caption_is_no_name() -> None:
    values = header_values(
        [
            *_HEAD,
            (50, 170, "RECHNUNGSEMPFÄNGER"),
            (330, 170, "Fälliger Betrag"),
            (50, 186, "Kanzlei Voss & Partner mbB"),
            (330, 190, "EUR 2'398.00"),
            (50, 198, "Königsallee 60"),
            (50, 210, "40212 Düsseldorf"),
        ]
    )
    assert values["buyer_name"] == "Kanzlei Voss & Partner mbB"


def test_name_copies_find_the_name_again_and_written_out() -> None:
    lines = spaced_lines(
        [
            (50, 40, "LEMANIC ADVISORY"),
            (50, 300, "Atelier de direction"),
            (430, 300, "Lemanic Advisory Sàrl"),
            (50, 400, "Brenner Consulting GmbH"),
            (50, 700, "Lemanic Advisory"),
        ]
    )
    logo = lines[0].cells[0]
    party = Value("Lemanic Advisory", logo.text, logo.boxes)
    copies = [copy.text for copy in name_copies(party, lines)]
    assert copies == ["LEMANIC ADVISORY", "Lemanic Advisory Sàrl", "Lemanic Advisory"]
    fuller = [copy.text for copy in name_copies(party, lines, fuller=True)]
    assert fuller == ["LEMANIC ADVISORY", "Lemanic Advisory Sàrl"]


_FOOTER = "MWST-Nr. 57318 · Öffentlichkeitsregister FL-0002.512.773-4"


def test_liechtenstein_vat_number_after_its_caption() -> None:
    values = header_values(
        [
            (50, 40, "Treuhand Rheintal Anstalt"),
            (50, 52, "Äulestrasse 30, FL-9490 Vaduz"),
            (50, 100, "Rechnung Nr. 2025-118"),
            (50, 780, _FOOTER),
        ]
    )
    assert values["seller_vat_id"] == "57318"


def test_plain_mwst_number_needs_liechtenstein() -> None:
    values = header_values(
        [
            (50, 40, "Treuhand Rheintal AG"),
            (50, 52, "Bahnhofstrasse 30, 9000 St. Gallen"),
            (50, 100, "Rechnung Nr. 2025-118"),
            (50, 780, "MWST-Nr. 57318"),
        ]
    )
    assert "seller_vat_id" not in values
