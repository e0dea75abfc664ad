"""Plain national tax numbers read after their caption by their own check digit
(checkedtaxids.py, vatread.py): Israel's nine-digit company / VAT number ("Osek Murshe"),
Ukraine's individual tax number (RNOKPP), and a bilingual caption ("VKN / Tax No:") whose
second half stands between the first caption and a Turkish VKN."""

from __future__ import annotations

from facturist.engine.checkedtaxids import is_israeli_tax_number, is_ukrainian_rnokpp

from .conftest import ONE_ITEM_AND_TOTALS, header_values


def test_check_digits() -> None:
    assert is_israeli_tax_number("512345679")
    assert not is_israeli_tax_number("512345672")
    assert not is_israeli_tax_number("51234567")
    assert is_ukrainian_rnokpp("2876153405")
    assert not is_ukrainian_rnokpp("2876153404")
    assert not is_ukrainian_rnokpp("287615340")


def test_israeli_numbers_of_seller_and_customer() -> None:
    fields = header_values(
        [
            (50, 40, "Negev Sensors Ltd."),
            (350, 40, "TAX INVOICE"),
            (50, 56, "4 Haharash St., Ra'anana 4365104, Israel"),
            (50, 68, "Company No. / VAT Reg. (Osek Murshe): 512345679"),
            (350, 80, "Invoice No. 20417"),
            (350, 92, "Date 04/03/2025"),
            (50, 130, "Customer:"),
            (50, 142, "Arava Water Systems Ltd."),
            (50, 154, "9 Herzl St., Beersheba 8489301, Israel"),
            (50, 166, "VAT No.: 516987658"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "512345679"
    assert fields["buyer_vat_id"] == "516987658"


def test_nine_digits_failing_the_check_are_no_tax_number() -> None:
    fields = header_values(
        [
            (50, 40, "Negev Sensors Ltd."),
            (350, 40, "TAX INVOICE"),
            (50, 68, "VAT Reg.: 512345672"),
            (350, 80, "Invoice No. 20417"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields.get("seller_vat_id") is None


def test_ukrainian_individual_tax_number() -> None:
    fields = header_values(
        [
            (50, 40, "Supplier: Individual Entrepreneur Taras Melnyk"),
            (50, 56, "Address: vul. Zelena 12, Kharkiv, 61000, Ukraine"),
            (50, 68, "Individual Tax Number (RNOKPP): 2876153405"),
            (350, 80, "Invoice No. 2025-03"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "2876153405"


def test_turkish_vkn_after_bilingual_caption() -> None:
    fields = header_values(
        [
            (50, 40, "EGE HAVLU SANAYİ A.Ş."),
            (50, 56, "Atatürk Cad. No: 12, 35000 İzmir"),
            (50, 68, "VKN / Tax No: 4820193752"),
            (350, 80, "Fatura No / Invoice No PTK2025000000017"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "4820193752"
