"""Receipt seller names: a shop's trade line under its name.

A shop often prints what it sells under its name, before its registration number and address:
"HARDWARE & ELECTRICAL", "PAINTS & BUILDING MATERIALS". Such a row is only trade words joined
by "&" / "AND": any shop of the trade could print it. Under a row that names a business (a
Malay "SYARIKAT" / "PERNIAGAAN" / "KEDAI" opening it, or a business form such as "ENTERPRISE"
or "SDN BHD" ending it) the trade line is no name, even when the registration number follows it.
A row with a word of its own before the trades ("ANEKA HARDWARE & ELECTRICAL") still names a
shop.
"""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipts import receipt_fields

from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned


def _centred(y: float, text: str, size: float) -> Run:
    """A row centred on the paper's middle (x = 150), letters half as wide as tall."""
    chars = sum(len(token) for token in text.split()) + len(text.split()) - 1
    return (150.0 - chars * size * 0.25, y, text, size)


_TAIL: list[Run] = [
    _centred(80.0, "NO. 18, JALAN MERANTI 3/1,", 12.0),
    _centred(96.0, "TAMAN SRI MUDA,", 12.0),
    _centred(112.0, "40400 SHAH ALAM, SELANGOR", 12.0),
    _centred(128.0, "TEL: 03-51218877", 12.0),
    (20.0, 160.0, "CASH BILL", 12.0),
    (20.0, 176.0, "No: CB-20931", 12.0),
    (180.0, 176.0, "03/02/2018", 12.0),
    (20.0, 210.0, "TOTAL", 12.0),
    (220.0, 210.0, "48.90", 12.0),
]


def _seller(runs: list[Run]) -> str:
    found = receipt_fields(build_lines(scanned(runs)))
    return str(found["seller_name"].value)


def test_a_trade_line_over_the_registration_number_is_not_the_name() -> None:
    runs: list[Run] = [
        _centred(20.0, "SYARIKAT PERNIAGAAN KIM HOE", 16.0),
        # Set a little apart from the name, right over the registration number.
        _centred(44.0, "HARDWARE & ELECTRICAL", 12.0),
        _centred(60.0, "(JM0412276-K)", 12.0),
        *[(x, y + 4.0, text, size) for x, y, text, size in _TAIL],
    ]
    assert _seller(runs) == "SYARIKAT PERNIAGAAN KIM HOE"


def test_a_trade_line_under_an_enterprise_without_a_number_is_not_the_name() -> None:
    runs: list[Run] = [
        _centred(20.0, "SOON HUAT ENTERPRISE", 16.0),
        _centred(44.0, "PAINTS AND BUILDING MATERIALS", 12.0),
        *_TAIL,
    ]
    assert _seller(runs) == "SOON HUAT ENTERPRISE"


def test_a_trade_line_under_a_malay_shop_name_is_not_the_name() -> None:
    runs: list[Run] = [
        _centred(20.0, "KEDAI SENG FATT", 16.0),
        _centred(44.0, "TOOLS, HARDWARE & ELECTRICAL", 12.0),
        _centred(60.0, "(002231876-A)", 12.0),
        *[(x, y + 4.0, text, size) for x, y, text, size in _TAIL],
    ]
    assert _seller(runs) == "KEDAI SENG FATT"


def test_a_row_with_its_own_word_before_the_trades_still_names_the_shop() -> None:
    # A brand in a logo box, kept apart, over the registered shop's own row.
    runs: list[Run] = [
        _centred(14.0, "MEGATOOL", 18.0),
        _centred(44.0, "ANEKA HARDWARE & ELECTRICAL", 12.0),
        _centred(58.0, "(JM0412276-K)", 12.0),
        *[(x, y + 2.0, text, size) for x, y, text, size in _TAIL],
    ]
    assert _seller(runs) == "ANEKA HARDWARE & ELECTRICAL"
