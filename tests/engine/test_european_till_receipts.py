"""European till receipts: their receipt-number captions ("Bon-Nr:", "Bonnr", "Ticket n°",
"DOCUMENTO N."), a German card slip's counters, a shop's name over two centred logo rows, the
sum of the included taxes ("Total TVA" under "dont TVA" lines), a VAT caption and ID that is
no name, a till's "Importo pagato" and Spanish abbreviated streets ("C/ Betis, 23")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturist.engine.candidates import Candidate
from facturist.engine.centredname import name_runs_on
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, Value
from facturist.engine.partynames import not_a_name
from facturist.engine.receipt_address import starts_address
from facturist.engine.receipt_due import with_total_due
from facturist.engine.receipt_numbers import receipt_number
from facturist.engine.totals import choose_amounts

from .receipts.pages import rows_page
from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned


def _number(rows: list[str]) -> str | None:
    found = receipt_number(build_lines(rows_page(rows, width=300.0)))
    return None if found is None else str(found.value)


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("Bon-Nr: 2211 Kasse 1 Bed: Anja", "2211"),
        ("15-05-2024 16:04 Bonnr 2217 Kassa 1", "2217"),
        ("Ticket n° 00412 Caisse 02", "00412"),
        ("Note n° 2024-00871", "2024-00871"),
        ("DOCUMENTO N. 0412-0087", "0412-0087"),
        ("Ticket 000231 08/11/2024 20:14", "000231"),
    ],
)
def test_a_european_tills_number_caption(row: str, number: str) -> None:
    assert _number(["MARKT", row, "Brot || 2,49", "SUMME || 2,49"]) == number


def test_an_english_ticket_number_is_no_receipt_number() -> None:
    assert _number(["T/D #44 Ticket No.028165", "TOTAL || 12.00"]) is None


def test_a_german_card_slips_voucher_number_yields_to_the_bon_number() -> None:
    rows = [
        "Fil. 214 Kasse 05 Bon-Nr.: 3312",
        "SUMME EUR || 195,55",
        "Kundenbeleg",
        "Terminal-ID: || 60412378",
        "TA-Nr.: || 012345",
        "Beleg-Nr.: || 0871",
        "Trace-Nr.: || 004512",
    ]
    assert _number(rows) == "3312"


def _centred(y: float, text: str, size: float) -> Run:
    chars = sum(len(token) for token in text.split()) + len(text.split()) - 1
    return (150.0 - chars * size * 0.25, y, text, size)


@pytest.mark.parametrize(
    "under", ["Lindenallee 42-44", "Dorpsstraat 54", "Hostelería Guadalquivir, S.L."]
)
def test_a_name_over_two_centred_logo_rows_runs_on(under: str) -> None:
    runs = [
        _centred(20.0, "FRISCHEMARKT", 16.0),
        _centred(38.0, "BRANDT", 16.0),
        _centred(58.0, under, 12.0),
        _centred(74.0, "34117 Kassel", 12.0),
    ]
    assert name_runs_on(build_lines(scanned(runs)), 0)


def test_a_tagline_under_a_logo_does_not_run_on() -> None:
    runs = [
        _centred(20.0, "FRISCHEMARKT", 16.0),
        _centred(38.0, "BRANDT", 16.0),
        _centred(58.0, "seit 1921", 12.0),
    ]
    assert not name_runs_on(build_lines(scanned(runs)), 0)


def _amount(key: str, value: float, rank: int, order: int) -> Candidate:
    text = f"{value:.2f}".replace(".", ",")
    return Candidate(key, Value(value, text, (Box(1, 0.0, order, 1.0, order + 1.0),)), rank, order)


def test_the_total_of_included_taxes_is_the_tax() -> None:
    candidates = [
        _amount("total_amount", 131.60, 0, 1),
        _amount("included_tax", 9.42, 0, 2),
        _amount("tax_amount", 9.42, 1, 2),
        _amount("included_tax", 4.67, 0, 3),
        _amount("tax_amount", 4.67, 1, 3),
        _amount("tax_amount", 14.09, 0, 4),
    ]
    assert choose_amounts(candidates)["tax_amount"].value == 14.09


def test_a_vat_caption_and_id_is_no_name() -> None:
    assert not_a_name("BTW BE 0751.248.370")
    assert not not_a_name("Brandt Lebensmittel GmbH")


def test_a_till_receipts_sum_paid_is_due() -> None:
    total = Value(19.2, "19,20", (Box(1, 0.0, 1.0, 1.0, 2.0),))
    settled = Value(0.0, "19,20", (Box(1, 0.0, 2.0, 1.0, 3.0),), 0.7)
    fields = with_total_due([], {"total_amount": total, "amount_due": settled})
    assert Decimal(str(fields["amount_due"].value)) == Decimal("19.2")


@pytest.mark.parametrize(
    "street", ["C/ Betis, 23", "Avda. de la Constitución, 12", "Pza. Mayor, 3"]
)
def test_a_spanish_abbreviated_street_starts_an_address(street: str) -> None:
    assert starts_address(street)
