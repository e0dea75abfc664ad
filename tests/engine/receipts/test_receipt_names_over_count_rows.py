"""Two-line till items under column captions: the name on its own line, then its count,
price, amount and tax code ("4 X  7.80  31.20 SR"). The figures row belongs to the name
above it (the first figures row has a name line over it), and the name keeps its sizes
and inch marks; a multiplier OCR read with a speck ("1 x=42.50") or a tax code glued to
the amount ("19.80SR") still gives the row."""

from __future__ import annotations

from facturist.engine.extraction import analyse

from .test_receipt_items import till_roll
from .test_receipt_row_shapes import items_of

_HEAD = [
    "CHIN HOCK HARDWARE SDN BHD",
    "NO 8, JALAN INDUSTRI 2",
    "TAX INVOICE",
    "INVOICE NO : CS1803",
    "DATE : 25/03/2018",
    "ITEM | QTY | U/PRICE || AMOUNT TAX",
]


def test_figures_rows_under_captions_take_the_name_above() -> None:
    rows = [
        *_HEAD,
        'PVC PIPE 1/2" 6M CLASS D',
        "4 X | 7.80 || 31.20 SR",
        'PVC ELBOW 1/2" 90DEG',
        "10 X | 0.45 || 4.50 SR",
        "THREAD SEAL TAPE 12MM",
        "3 X | 1.20 || 3.60 SR",
        "TOTAL QTY: 17",
        "TOTAL SALES (EXCL. GST) || 39.30",
        "GST @ 6% || 2.36",
        "TOTAL AMOUNT (RM) || 41.66",
    ]
    invoice = analyse([till_roll(rows)])[0]
    items = [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in invoice.items
    ]
    assert items == [
        ('PVC PIPE 1/2" 6M CLASS D', 4.0, 7.8, 31.2),
        ('PVC ELBOW 1/2" 90DEG', 10.0, 0.45, 4.5),
        ("THREAD SEAL TAPE 12MM", 3.0, 1.2, 3.6),
    ]


def test_a_multiplier_read_with_a_speck_and_a_glued_tax_code() -> None:
    rows = [
        "FARMASI SEJATI",
        "NO 25, JALAN BESAR",
        "RECEIPT #:20180105-0042",
        "DATE: 5/1/2018 | 11:20",
        "PANADOL ACTIFAST 20S",
        "2× | 9.90 || 19.80SR",
        "BLACKMORES VIT C 500MG",
        "1 | x=42.50 || 42.50 SR",
        "TOTAL INCL GST || 62.30",
    ]
    assert items_of(rows) == [
        ("PANADOL ACTIFAST 20S", 2.0, 9.9, 19.8),
        ("BLACKMORES VIT C 500MG", 1.0, 42.5, 42.5),
    ]
