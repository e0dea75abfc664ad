"""A paid stamp over a cash invoice ("ZAPLACENO" with the day it was paid, "PAID"): the total
printed as to pay is settled, nothing is left due; a stamp in words within a sentence, or a
part of the total still due, stays as printed (paidstatus.py, totals.py)."""

from __future__ import annotations

import pytest

from .conftest import analysed, make_aligned_pdf

_PAGE = [
    (50, 60, "Tiskárna Novotný & syn s.r.o.", 16),
    (350, 60, "FAKTURA", 16),
    (50, 76, "Palackého 512, 779 00 Olomouc", 9),
    (350, 90, "číslo: FV-2026-0918", 9),
    (341, 140, "Datum vystavení", 9),
    (490, 140, "04.11.2026", 9),
    (55, 250, "Tisk letáků A5", 9),
    (298, 250, "5000", 9),
    (543, 250, ">5 900,00", 9),
    (330, 350, "Základ DPH 21 %", 9),
    (546, 350, ">5 900,00", 9),
    (333, 364, "DPH 21 %", 9),
    (546, 364, ">1 239,00", 9),
    (332, 378, "Celkem k úhradě", 9),
    (545, 378, ">7 139,00 CZK", 9),
]


@pytest.mark.parametrize("stamp", ["ZAPLACENO", "ZAPLACENO 04.11.2026", "PAID"])
def test_a_paid_stamp_leaves_nothing_due(stamp: str) -> None:
    invoice = analysed(make_aligned_pdf([*_PAGE, (170, 420, stamp, 28)]))
    assert invoice.fields["total_amount"].value == 7139.0
    assert invoice.fields["amount_due"].value == 0.0


def test_a_paid_word_in_a_sentence_is_no_stamp() -> None:
    invoice = analysed(
        make_aligned_pdf([*_PAGE, (50, 420, "Faktura bude ZAPLACENO převodem do 18.11.2026", 9)])
    )
    assert invoice.fields["amount_due"].value == 7139.0
