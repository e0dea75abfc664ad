"""A payment sentence closing on the last day to pay ("This Invoice shall be paid not later
than April 12, 2024", "spätestens am", "au plus tard le", "a más tardar el") states the due
date, whether the date is written month first or day first."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(sentence: str, date: str) -> bytes:
    texts: list[SizedText] = [
        (57, 40, "Northbridge Analytics Ltd", 14),
        (57, 58, "12 Quay Street, Dublin D02 X285, Ireland", 9),
        (57, 120, "Harlow Systems BV", 10),
        (57, 133, "Keizersgracht 101, 1015 CJ Amsterdam", 10),
        (380, 120, "Invoice No.: 2024-118", 9),
        (380, 133, f"Date: {date}", 9),
        (57, 220, "Description", 9),
        (470, 220, "Amount", 9),
        (57, 238, "Data pipeline consulting", 9),
        (470, 238, "3,200.00", 9),
        (380, 280, "Total", 9),
        (470, 280, "3,200.00", 9),
        (57, 330, sentence, 9),
    ]
    return make_sized_pdf(texts)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("2. This Invoice shall be paid not later than April 12, 2024.", "March 29, 2024"),
        ("Payment must be made no later than April 12, 2024.", "March 29, 2024"),
        ("The amount shall be paid no later than 12 April 2024.", "29 March 2024"),
        ("Die Zahlung hat spätestens am 12.04.2024 zu erfolgen.", "29.03.2024"),
        ("Le paiement doit être effectué au plus tard le 12/04/2024.", "29/03/2024"),
        ("El pago deberá realizarse a más tardar el 12/04/2024.", "29/03/2024"),
    ],
)
def test_payment_sentence_closing_on_the_last_day(sentence: str, date: str) -> None:
    fields = extract_canonical(_page(sentence, date), use_einvoice=False)["fields"]
    assert fields["due_date"] == "2024-04-12"
