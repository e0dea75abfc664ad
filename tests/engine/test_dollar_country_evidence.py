"""A bare "$" is the dollar of the country the page names most: a New Zealand tradesman's
"TPS cable" (the NZ cable type) is no Canadian TPS once the page prints a NZ GST number, GST at
15 % and a NZ bank account (parse/dollarcountry.py)."""

from __future__ import annotations

from facturist.engine.parse.currency import detect_currency

_NZ_PAGE = (
    "Harbour Sparks Limited\n12 Ferry Road\nWoolston, Christchurch 8023\n"
    "GST No: 49-091-850\nTAX INVOICE\n"
    "30 TPS cable 2.5mm sq (metres) 5.10 153.00\n"
    "Subtotal 1,153.00\nGST @ 15% 172.95\nBalance Due $1,325.95\n"
    "Direct credit to ANZ 06-0141-0123456-00\n"
)


def test_nz_evidence_outweighs_cable_named_tps() -> None:
    assert detect_currency(_NZ_PAGE) == "NZD"


def test_canadian_tps_tvq_page_stays_canadian() -> None:
    page = "Plomberie Laval inc.\nSous-total 1 000,00 $\nTPS 5 % 50,00 $\nTVQ 99,75 $\n"
    assert detect_currency(page) == "CAD"


def test_gst_at_ten_percent_with_abn_is_australian() -> None:
    page = "Coastal Tiling Pty Ltd\nABN 51 824 753 556\nGST 10% $120.00\nTotal $1,320.00\n"
    assert detect_currency(page) == "AUD"


def test_singapore_gst_nine_percent() -> None:
    page = "Lim Hardware Pte Ltd\nGST Reg No: 201912345K\nGST 9% $6.75\nTotal $81.75\n"
    assert detect_currency(page) == "SGD"


def test_gst_hst_fifteen_percent_is_canadian() -> None:
    page = "Halifax Marine Supply\nHST 15% $150.00\nTotal $1,150.00\n"
    assert detect_currency(page) == "CAD"
