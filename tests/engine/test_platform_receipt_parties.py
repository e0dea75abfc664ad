"""A platform's receipt (an app store's, read by OCR from a phone's narrow screenshot): the
receipt rules must keep the general reader's buyer under "BILLED TO" (a card line over the
name, its mask lost by OCR) and the legal name at the foot that spells the wordmark, not
the word set under the logo."""

from __future__ import annotations

from facturist.engine.extraction import analyse
from facturist.engine.partynames import not_a_name

from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned

_RUNS: list[Run] = [
    (120.0, 20.0, "Quillon", 20.0),
    (124.0, 44.0, "Market", 12.0),
    (20.0, 80.0, "Receipt", 22.0),
    (20.0, 120.0, "ACCOUNT", 10.0),
    (200.0, 120.0, "BILLED TO", 10.0),
    (20.0, 136.0, "anna.berger@example.org", 10.0),
    (200.0, 136.0, "Visa", 10.0),
    (250.0, 136.0, "4402", 10.0),
    (200.0, 152.0, "Anna Berger", 10.0),
    (20.0, 160.0, "DATE", 10.0),
    (20.0, 172.0, "7 Jun 2024", 10.0),
    (200.0, 168.0, "Lindenweg 9", 10.0),
    (200.0, 184.0, "3012 Bern", 10.0),
    (20.0, 200.0, "ORDER ID", 10.0),
    (20.0, 216.0, "QX81KZ22", 10.0),
    (20.0, 240.0, "DOCUMENT NO.", 10.0),
    (20.0, 256.0, "770413920188", 10.0),
    (40.0, 300.0, "Tidewise Planner", 10.0),
    (236.0, 300.0, "CHF 9.00", 10.0),
    (40.0, 316.0, "Tidewise Labs GmbH", 10.0),
    (40.0, 350.0, "Quillon Cloud 50 GB", 10.0),
    (236.0, 350.0, "CHF 2.00", 10.0),
    (210.0, 400.0, "TOTAL CHF 11.00", 10.0),
    (20.0, 480.0, "Quillon Digital AG", 10.0),
    (20.0, 496.0, "Rosenbergstrasse 12", 10.0),
    (20.0, 512.0, "9000 St. Gallen", 10.0),
    (20.0, 528.0, "Switzerland", 10.0),
    (20.0, 544.0, "VAT No. CHE-123.456.788 MWST", 10.0),
]


def test_a_card_brand_before_its_last_digits_is_no_name() -> None:
    assert not_a_name("Mastercard 7781")
    assert not_a_name("Visa 4402")
    assert not not_a_name("Visa Partners 2024")


def test_a_platform_receipt_keeps_its_billed_to_buyer_and_legal_seller() -> None:
    fields = {k: v.value for k, v in analyse([scanned(_RUNS, width=300.0)])[0].fields.items()}
    assert fields.get("buyer_name") == "Anna Berger"
    assert fields.get("seller_name") == "Quillon Digital AG"
