"""Tax numbers of the Gulf and South-East Asia read after their caption (gulfasiataxids.py):
the UAE's TRN, Saudi Arabia's VAT number, Malaysia's SST number, the Philippines' TIN; the
buyer's "Customer TRN" (buyervat.py); and a Japanese registration number in an uncaptioned
block telling the issuer's block from the customer's (contactblock.py)."""

from __future__ import annotations

from facturist.engine.gulfasiataxids import (
    is_gulf_vat_number,
    is_malaysian_sst,
    is_philippine_tin,
)
from facturist.engine.parties import party_names

from .conftest import ONE_ITEM_AND_TOTALS, header_values, spaced_lines


def test_shapes() -> None:
    assert is_gulf_vat_number("100273918400003")
    assert is_gulf_vat_number("302184756900003")
    assert not is_gulf_vat_number("302184756900001")
    assert not is_gulf_vat_number("20021845690000")
    assert is_malaysian_sst("B16-1907-21000093")
    assert not is_malaysian_sst("B16-1913-21000093")
    assert is_philippine_tin("123-456-789-000")
    assert is_philippine_tin("123-456-789-00000")
    assert not is_philippine_tin("123-456-7890")


def test_uae_trns_of_seller_and_customer() -> None:
    fields = header_values(
        [
            (50, 40, "Palm Crest Trading L.L.C"),
            (350, 40, "TAX INVOICE"),
            (50, 56, "Office 310, Gold Tower"),
            (350, 56, "TRN: 100273918400003"),
            (50, 68, "Dubai, United Arab Emirates"),
            (350, 80, "Invoice No. PCT-0042"),
            (350, 92, "Date 04/03/2025"),
            (50, 130, "Customer"),
            (50, 142, "Oasis Fittings LLC"),
            (50, 154, "Plot 7, Industrial Area 2"),
            (50, 166, "Sharjah, United Arab Emirates"),
            (50, 178, "Customer TRN: 100581637200003"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "100273918400003"
    assert fields["buyer_vat_id"] == "100581637200003"


def test_saudi_vat_number_and_malaysian_sst_after_their_captions() -> None:
    saudi = header_values(
        [
            (50, 40, "Rimal Engineering Co."),
            (350, 40, "Tax Invoice"),
            (50, 56, "Prince Sultan Road, Jeddah"),
            (350, 56, "VAT Number: 302184756900003"),
            (350, 80, "Invoice No. RE-1188"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert saudi["seller_vat_id"] == "302184756900003"
    malaysian = header_values(
        [
            (50, 40, "Kenanga Supplies Sdn. Bhd."),
            (350, 40, "INVOICE"),
            (50, 56, "SST No.: B16-1907-21000093"),
            (350, 80, "Invoice No. KS-2201"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert malaysian["seller_vat_id"] == "B16-1907-21000093"


def test_philippine_tin_after_vat_reg_caption() -> None:
    fields = header_values(
        [
            (50, 40, "Makati Paper Traders Corporation"),
            (350, 40, "SALES INVOICE"),
            (50, 56, "VAT Reg. TIN: 123-456-789-000"),
            (350, 80, "Invoice No. 004512"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "123-456-789-000"


def test_free_floating_fifteen_digits_are_no_tax_number() -> None:
    fields = header_values(
        [
            (50, 40, "Palm Crest Trading L.L.C"),
            (350, 40, "TAX INVOICE"),
            (50, 56, "Reference 100273918400003"),
            (350, 80, "Invoice No. PCT-0042"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert "seller_vat_id" not in fields


def test_registration_number_marks_the_issuers_uncaptioned_block() -> None:
    lines = spaced_lines(
        [
            (40, 30, "INVOICE"),
            (40, 84, "Minato Kogyo Co., Ltd."),
            (370, 84, "Aozora Shokuhin K.K."),
            (40, 96, "Purchasing Department"),
            (370, 96, "1-2-3 Umeda, Kita-ku"),
            (40, 108, "4-5-6 Shiba, Minato-ku"),
            (370, 108, "Osaka 530-0001, Japan"),
            (40, 120, "Tokyo 105-0014, Japan"),
            (370, 120, "Registration number: T1234567890123"),
            (370, 132, "Tel: 06-6123-4567"),
            (40, 150, "We hereby invoice you as follows."),
            (40, 680, "Account holder: Aozora Shokuhin K.K."),
        ]
    )
    seller, buyer = party_names(lines)
    assert seller is not None and seller.value == "Aozora Shokuhin K.K."
    assert buyer is not None and buyer.value == "Minato Kogyo Co., Ltd."
