"""An issue date captioned "Submitted on", a month-and-year period that is no amount, and
number captions whose "rn" and "m" OCR confuses at low resolution (labels.py, dateread.py)."""

from __future__ import annotations

import datetime

from facturist.engine.amountread import read_amount
from facturist.engine.dateread import in_date
from facturist.engine.model import Box, Word

from .conftest import header_values


def _words(text: str) -> list[Word]:
    words, x = [], 50.0
    for token in text.split(" "):
        width = 5.0 * len(token)
        words.append(Word(token, Box(1, x, 100, x + width, 109)))
        x += width + 2.5
    return words


def test_submitted_on_is_the_issue_date() -> None:
    # A Google Docs template: "Submitted on <date>" under the title, the due date in a grid.
    fields = header_values(
        [
            (50, 60, "Northern Loon Web Studio"),
            (50, 120, "Invoice"),
            (50, 140, "Submitted on 2025-03-14"),
            (50, 200, "Invoice for"),
            (250, 200, "Payable to"),
            (420, 200, "Invoice #"),
            (420, 214, "NL-0318"),
            (420, 260, "Due date"),
            (420, 274, "2025-04-13"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 3, 14)
    assert fields["due_date"] == datetime.date(2025, 4, 13)


def test_year_after_a_month_name_is_a_date() -> None:
    words = _words("Versand / Logistik Februar 2025")
    assert in_date(words, 4)
    words = _words("Leistungszeitraum: März 2025")
    assert in_date(words, 2)
    # The period's year is no charge of 2025.00.
    assert read_amount(_words("Versand / Logistik Februar 2025")) is None


def test_lone_number_is_no_date() -> None:
    assert not in_date(_words("Fracht pauschal 2025"), 2)
    assert not in_date(_words("Summe 2025"), 1)


def test_dutch_number_caption_with_rn_read_as_m() -> None:
    # At 100 dpi "Factuurnummer" reads "Factuumummer": "rn" merged into "m".
    fields = header_values(
        [
            (50, 60, "Van der Linden Installatietechniek B.V."),
            (350, 120, "Factuumummer 2025-0417"),
            (350, 134, "Factuurdatum 14-03-2025"),
        ]
    )
    assert fields["invoice_number"] == "2025-0417"


def test_number_caption_with_m_read_as_rn() -> None:
    fields = header_values(
        [
            (50, 60, "Acme Tools Ltd"),
            (350, 120, "Invoice nurnber INV-20418"),
            (350, 134, "Date 14/03/2025"),
        ]
    )
    assert fields["invoice_number"] == "INV-20418"


def test_rechnungsnummer_with_m_read_as_rn() -> None:
    fields = header_values(
        [
            (50, 60, "Kraus Software GmbH"),
            (350, 120, "Rechnungsnurnmer RE-2025-0387"),
            (350, 134, "Datum 06.06.2025"),
        ]
    )
    assert fields["invoice_number"] == "RE-2025-0387"
