"""A Polish/English header stacked over three lines: "Ilość / Qty" names one column, and of
"Wartość netto / Net value" and "Wartość brutto / Gross" the line amount is the net one."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (40, 60, "Drukarnia Wisla Sp. z o.o."),
    (330, 120, "Faktura VAT nr"),
    (450, 120, "FV/2025/03/0214"),
    (330, 134, "Data wystawienia:"),
    (450, 134, "12.03.2025"),
]


def test_the_net_value_column_over_the_gross_one() -> None:
    rows = [
        (40, 240, "Nazwa towaru"),
        (210, 240, "J.m."),
        (245, 240, "Ilosc"),
        (290, 240, "Cena"),
        (340, 240, "Wartosc"),
        (395, 240, "VAT"),
        (430, 240, "Kwota"),
        (490, 240, "Wartosc"),
        (48, 251, "Description"),
        (210, 251, "Unit"),
        (248, 251, "Qty"),
        (290, 251, "netto"),
        (345, 251, "netto"),
        (395, 251, "%"),
        (435, 251, "VAT"),
        (493, 251, "brutto"),
        (285, 262, "Net price"),
        (335, 262, "Net value"),
        (435, 262, "VAT"),
        (496, 262, "Gross"),
        (40, 280, "Katalog produktowy A4"),
        (212, 280, "szt."),
        (250, 280, "500"),
        (292, 280, "9,80"),
        (338, 280, "4 900,00"),
        (395, 280, "23%"),
        (428, 280, "1 127,00"),
        (488, 280, "6 027,00"),
        (40, 295, "Ulotka DL, dwustronna"),
        (212, 295, "szt."),
        (248, 295, "3000"),
        (292, 295, "0,38"),
        (338, 295, "1 140,00"),
        (395, 295, "23%"),
        (432, 295, "262,20"),
        (488, 295, "1 402,20"),
        # The count left out (a scan's OCR dropped it): the amount is still the net.
        (40, 310, "Roll-up 85x200 cm"),
        (212, 310, "szt."),
        (292, 310, "245,00"),
        (342, 310, "980,00"),
        (395, 310, "23%"),
        (432, 310, "225,40"),
        (488, 310, "1 205,40"),
        (250, 330, "Razem / Total"),
        (338, 330, "7 020,00"),
        (428, 330, "1 614,60"),
        (488, 330, "8 634,60"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in result["line_items"]] == [
        (500.0, 9.8, 4900.0),
        (3000.0, 0.38, 1140.0),
        (4.0, 245.0, 980.0),
    ]
