"""Three-letter words that only look like ISO codes: product names, legal forms, charge
captions and fuel grades on receipts name no currency."""

import pytest

from facturist.engine.parse.currency import detect_currency


@pytest.mark.parametrize(
    "text",
    [
        "MEE KUNING 500G 29.85 1 SOS TOMATO KIMBALL 20.95 1 DYNAMO POWER GEL 9.90",
        "KEDAI BUKU CAHAYA ILMU SON BHD (765432-H) G-12, JALAN TUN RAZAK TOTAL 49.77",
        "KOPI O PANAS 1.80 SUBTOTAL 32.30 SVC CHG 10% 3.23 GST 6% 2.13 TOTAL 37.66",
        "PETROL RON95 ZR 45.00 TOTAL 47.40",
        "SPEEDY MART DMD SOS DO (519537-8) LOT 5 JALAN NOTA TOTAL 83.05",
        # A parts counter's brand code and part number in an item row: a brand, no colón.
        "6 NBP 7-1539 BRAKE PAD SET 1 89.99 48.60 48.60\n"
        "CRC 05089 BRAKE CLEANER 14OZ 12 6.49 3.95 47.40\nTOTAL 507.76",
        "7 CRC 5089 BRAKE CLEANER 12 6.49 3.95 47.40 TOTAL 507.76",
    ],
)
def test_wordlike_code_on_a_receipt_is_no_currency(text: str) -> None:
    assert detect_currency(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Total 12.500 BHD", "BHD"),
        ("Amount due BHD 1,250.000", "BHD"),
        ("Currency: SAR INVOICE DATE 2025-01-01", "SAR"),
        ("Price RON Amount RON 1 Widget 12,00 12,00", "RON"),
        ("Total EUR100 due", "EUR"),
        ("Subtotal 1,200.00 AED VAT 5% 60.00", "AED"),
    ],
)
def test_real_codes_still_count(text: str, code: str) -> None:
    assert detect_currency(text) == code
