"""An item header whose one-line captions ("No. | Name of the goods or the service | U/M |
Qty") are centred beside two-line ones ("Unit / price", "Net / amount", "VAT / %"): the
centred row lies between the stacked captions' two lines and starts at the page's left
edge, where the party blocks above start too. It is the header's own row, no sidebar
beside the table."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page() -> list[SizedText]:
    texts: list[SizedText] = [
        (40, 40, "NORDVERK", 14),
        (400, 40, "Invoice date: 2024-09-02", 9),
        (200, 100, "Invoice no. NV-2024/77", 13),
        (45, 140, "Seller", 9),
        (300, 140, "Buyer", 9),
        (45, 158, "Nordverk Fabrication Ltd", 9),
        (300, 158, "Harbourline Systems Ltd", 9),
        (45, 170, "12 Quay Road", 9),
        (300, 170, "4 Mill Lane", 9),
        (45, 182, "Leeds LS1 4AB", 9),
        (300, 182, "York YO1 7HH", 9),
        (45, 194, "VAT no.: GB123456789", 9),
        (300, 194, "VAT no.: GB987654321", 9),
        (45, 206, "Bank: Example Bank plc", 9),
        # The stacked captions' first line, the centred row, the second line.
        (312, 262, "Unit", 7),
        (366, 262, "Net", 7),
        (420, 262, "VAT", 7),
        (456, 262, "VAT", 7),
        (508, 262, "Gross", 7),
        (45, 268, "No.", 7),
        (97, 268, "Name of the goods or the service", 7),
        (230, 268, "U/M", 7),
        (268, 268, "Qty", 7),
        (312, 272, "price", 7),
        (366, 272, "amount", 7),
        (424, 272, "%", 7),
        (456, 272, "amount", 7),
        (508, 272, "amount", 7),
    ]
    rows = [
        ("1.", "Welded base frame", "pcs", "2", "1 500,00", "3 000,00", "0,00", "3 000,00"),
        ("2.", "Bent bracket", "pcs", "40", "12,50", "500,00", "0,00", "500,00"),
        ("3.", "Delivery to site", "svc", "1", "250,00", "250,00", "0,00", "250,00"),
    ]
    for n, (no, name, unit, qty, price, net, tax, gross) in enumerate(rows):
        y = 290 + 20 * n
        texts += [
            (47, y, no, 8),
            (97, y, name, 8),
            (230, y, unit, 8),
            (272, y, qty, 8),
            (312, y, price, 8),
            (366, y, net, 8),
            (420, y, "0%", 8),
            (456, y, tax, 8),
            (508, y, gross, 8),
        ]
    texts += [
        (318, 370, "Total:", 8),
        (366, 370, "3 750,00", 8),
        (456, 370, "0,00", 8),
        (508, 370, "3 750,00", 8),
        (41, 400, "Amount due: 3 750,00 EUR", 10),
    ]
    return texts


def test_centred_caption_row_joins_the_stacked_header() -> None:
    result = extract_canonical(make_sized_pdf(_page()), use_einvoice=False)
    items = result["line_items"]
    assert [item["description"] for item in items] == [
        "Welded base frame",
        "Bent bracket",
        "Delivery to site",
    ]
    assert [item["quantity"] for item in items] == [2.0, 40.0, 1.0]
    assert [item["amount"] for item in items] == [3000.0, 500.0, 250.0]


def test_zero_tax_sum_row_under_the_stacked_header() -> None:
    """The "Total:" row's figures read by the stacked captions over each (net, VAT amount,
    gross): a zero-rated supply's tax is 0,00, no figure left for a caption in a note."""
    texts = [*_page(), (41, 420, "Note: intra-community supply, art. 138 ust. 1 - rate 0%.", 8)]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields.get("net_amount") == 3750.0
    assert fields.get("tax_amount") == 0.0
    assert fields.get("total_amount") == 3750.0
