"""Register / ID numbers are never money: "HRB Nr. 372876" is no tax amount."""

from __future__ import annotations

import pytest

from facturist.engine.amountread import read_amount
from facturist.engine.candidates import Candidate
from facturist.engine.fields import find_candidates
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.totals import choose_amounts


def words(text: str) -> list[Word]:
    return [Word(t, Box(1, 10.0 * i, 0.0, 10.0 * i + 8, 10.0)) for i, t in enumerate(text.split())]


@pytest.mark.parametrize(
    "text",
    [
        "DE123456789 HRB Nr. 372876",
        "Amtsgericht Musterstadt HRB 12345",
        "St.-Nr. 12345",
        "Steuernummer: 2893",
        "Kunden-Nr. 4711",
        "Telefon : +49 932 431 0",
        "Fax 0221 12345",
        "KvK 12345678",
        "BLZ 370 501 98",
    ],
)
def test_number_after_a_register_caption_is_no_amount(text: str) -> None:
    assert read_amount(words(text)) is None


def test_amount_after_an_id_still_reads() -> None:
    found = read_amount(words("HRB 12345 MwSt 19,00"))
    assert found is not None and found.value == 19.0


def amount(key: str, text: str, value: float, order: int) -> Candidate:
    return Candidate(key, Value(value, text, (Box(1, 0, order, 5, order + 1),)), 1, order)


def test_outsized_bare_integer_loses_the_tax_without_arithmetic() -> None:
    chosen = choose_amounts(
        [
            amount("tax_amount", "8211", 8211.0, 5),
            amount("total_amount", "-8,90", -8.90, 3),
            amount("tax_amount", "-1,12", -1.12, 4),
        ]
    )
    assert chosen["tax_amount"].value == -1.12
    assert chosen["net_amount"].value == -7.78


def test_credit_note_tax_is_total_less_net_when_the_printed_tax_does_not_fit() -> None:
    # "Steuerbetrag in EUR - / 1,12" wrapped over two lines: only one rate's -0,92 is read.
    chosen = choose_amounts(
        [
            amount("net_amount", "-7,67", -7.67, 2),
            amount("tax_amount", "-0,92", -0.92, 1),
            amount("total_amount", "-8,79", -8.79, 3),
        ]
    )
    assert chosen["tax_amount"].value == -1.12


def test_whole_number_total_that_adds_up_still_wins() -> None:
    chosen = choose_amounts(
        [
            amount("net_amount", "100,00", 100.0, 1),
            amount("tax_amount", "19,00", 19.0, 2),
            amount("total_amount", "119", 119.0, 3),
        ]
    )
    assert chosen["total_amount"].value == 119.0


@pytest.mark.parametrize(
    ("text", "value"),
    [("-CHF 2'485.69", -2485.69), ("-EUR 2.485,69", -2485.69), ("−PLN 485,69", -485.69)],
)
def test_a_minus_before_the_currency_code_makes_the_amount_negative(
    text: str, value: float
) -> None:
    found = read_amount(words(text))
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "text",
    ["Please pay the amount due by 27 June 2025", "zu zahlen bis 12. Januar 2019 ohne Abzug"],
)
def test_the_day_and_year_of_a_written_date_are_no_amount(text: str) -> None:
    assert read_amount(words(text)) is None


def test_a_written_date_before_the_amount_leaves_it_readable() -> None:
    found = read_amount(words("Due on 27 June 2025 : 353.89"))
    assert found is not None and found.value == 353.89


def test_ocr_glued_captions_still_give_their_values() -> None:
    rows = ["FACTURE N°RE-065685", "Rechnungsdatum/Lieferdatum:12.01.2019"]
    page_words = [
        Word(text, Box(1, 40.0 + 60.0 * i, 50.0 + 20.0 * row, 90.0 + 60.0 * i, 62.0 + 20.0 * row))
        for row, line in enumerate(rows)
        for i, text in enumerate(line.split())
    ]
    lines = build_lines(PageText(1, 595, 842, page_words, source="ocr"))
    found = {c.key: c.value.value for c in find_candidates(lines)}
    assert found["invoice_number"] == "RE-065685"
    assert str(found["invoice_date"]) == "2019-01-12"


def test_a_word_shaped_like_a_vat_prefix_is_no_vat_id() -> None:
    lines = build_lines(
        PageText(
            1,
            600.0,
            800.0,
            [
                Word("GST", Box(1, 280, 100, 300, 110)),
                Word("ID:000750673920", Box(1, 305, 100, 400, 110)),
                Word("SIMPLIFIED", Box(1, 234, 116, 300, 126)),
                Word("TAX", Box(1, 305, 116, 330, 126)),
                Word("INVOICE", Box(1, 335, 116, 380, 126)),
            ],
        )
    )
    assert not [c for c in find_candidates(lines) if c.key == "seller_vat_id"]


@pytest.mark.parametrize(
    "text",
    [
        "Balance payable within 30 days of the event.",
        "Zahlbar innerhalb von 14 Tagen",
        "Paiement sous 30 jours",
        "Pagamento entro 60 giorni",
    ],
)
def test_a_figure_counting_time_is_no_amount(text: str) -> None:
    assert read_amount(words(text)) is None


def test_a_rand_amount_with_a_decimal_comma_names_the_rand() -> None:
    from facturist.engine.parse.currency import detect_currency

    assert detect_currency("Protea Sound (Pty) Ltd  Balance Due R 20 997,50") == "ZAR"
