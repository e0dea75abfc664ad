"""The code beside the sum the invoice settles names its currency; a second code the page
prints for a statutory conversion (Polish invoices in a foreign currency) does not."""

from __future__ import annotations

from facturist.engine.parse.currency import detect_currency


def test_the_amount_due_code_beats_a_conversion_printed_more_often() -> None:
    text = (
        "Total (USD) 500,00 Amount due: 500,00 USD "
        "Exchange rate: 1 USD = 3,9000 PLN Net value in PLN: 1 950,00 PLN "
        "VAT in PLN: 0,00 PLN PLN account: PL19 5842"
    )
    assert detect_currency(text) == "USD"


def test_without_a_settling_caption_the_count_still_decides() -> None:
    text = "Net 500,00 USD Net value: 1 950,00 PLN VAT: 0,00 PLN Gross: 1 950,00 PLN"
    assert detect_currency(text) == "PLN"
