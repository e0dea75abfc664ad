"""Scanned invoices carry the buyer's handwritten or stamped notes: an approval ("OK to pay -
JT", "cost ctr 330", "geprüft", "sachlich richtig", "Kst. 4100") in the letterhead's gap is
never the seller's name (engine/approvalnotes.py, partynames.not_a_name); and Italy's sole
proprietor after "di" under a shop's name ("Gelateria ..." / "di Ferri Luca") runs the name on
(partyblocks.continued_name)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.approvalnotes import approval_note

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


@pytest.mark.parametrize(
    "text",
    [
        "OK to pay - JT",
        "ok to pay",
        "Approved - M. Rossi",
        "approved for payment",
        "cost ctr 330",
        "Cost centre 12",
        "geprüft 13/3 Ko",
        "Sachlich richtig",
        "sachlich und rechnerisch richtig",
        "freigegeben MH",
        "Kst. 4100",
        "Kst 4400 / BV Nord",
        "Kostenstelle 210",
    ],
)
def test_approval_notes(text: str) -> None:
    assert approval_note(text)


@pytest.mark.parametrize(
    "text",
    ["Okto Payroll Services Ltd", "Approved Plumbing Ltd", "Kostner GmbH", "Cost Plus Foods"],
)
def test_names_are_no_approval_notes(text: str) -> None:
    assert not approval_note(text)


def test_approval_note_beside_a_logo_is_no_seller() -> None:
    page: Page = [
        (50, 70, "NORTHWIND SIGNS"),
        (300, 70, "ok to pay - SA"),
        (50, 90, "signs & vehicle graphics"),
        (300, 90, "cost ctr 330"),
        (50, 115, "Northwind Signs Ltd"),
        (350, 115, "Invoice No. NWS-2201"),
        (50, 128, "14 Mill Lane"),
        (350, 128, "Invoice Date 02/04/2025"),
        (50, 141, "Leeds LS1 4AB"),
        (60, 210, "BILL TO"),
        (60, 224, "Harewood Bakery Ltd"),
        (60, 238, "3 Park Row"),
        (60, 252, "York YO1 6GH"),
        (330, 480, "Subtotal"),
        (450, 480, "100.00"),
        (330, 494, "VAT @ 20%"),
        (450, 494, "20.00"),
        (330, 508, "Total GBP"),
        (450, 508, "120.00"),
    ]
    fields = extract_canonical(make_invoice_pdf([page]))["fields"]
    assert fields["seller_name"] == "Northwind Signs Ltd"
    assert fields["buyer_name"] == "Harewood Bakery Ltd"


def test_sole_proprietor_after_di_runs_the_buyers_name_on() -> None:
    page: Page = [
        (50, 60, "Rinaldi Forniture Alimentari S.r.l."),
        (50, 74, "Via Indipendenza 5 - 40121 Bologna (BO)"),
        (50, 88, "P.IVA 01234567897"),
        (50, 140, "FATTURA"),
        (310, 140, "Destinatario / Cessionario"),
        (50, 156, "Numero"),
        (110, 156, "FT/0412"),
        (312, 156, "Gelateria Stella Polare"),
        (312, 169, "di Ferri Luca"),
        (50, 182, "Data"),
        (110, 182, "14/05/2025"),
        (312, 182, "Via Saragozza 31"),
        (312, 195, "40123 Bologna (BO)"),
        (330, 480, "Imponibile"),
        (450, 480, "100,00"),
        (330, 494, "IVA 22%"),
        (450, 494, "22,00"),
        (330, 508, "Totale documento"),
        (450, 508, "122,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([page]))["fields"]
    assert fields["buyer_name"] == "Gelateria Stella Polare di Ferri Luca"
    assert fields["buyer_address"] == "Via Saragozza 31, 40123 Bologna (BO)"
