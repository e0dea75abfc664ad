"""Online-service invoices: a "Remit to" block beside "Bill to" is the seller's payment
address, never the buyer's name; a "Receipt from ACME Ltd" heading names the seller without
its heading words; a name under "Invoice to" is never a receipt reader's seller; a title
("Charges by service") over the item header heads no column; a code and figures centred
between a name's two lines; groups going on atop the next page after a group's sum."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.parties import party_names
from facturist.engine.receipt_buyerblock import without_buyer_block
from facturist.engine.receipt_dates import field_value
from facturist.engine.tables import line_items

from .conftest import make_aligned_pages, make_aligned_pdf

# (x, y from the top, text, font size).
Text = tuple[float, float, str, float]

_TABLE: list[Text] = [
    (50, 320, "Description", 9),
    (400, 320, "Qty", 9),
    (500, 320, "Amount", 9),
    (50, 338, "Standard plan - March", 9),
    (400, 338, "1", 9),
    (500, 338, "$490.00", 9),
    (400, 380, "Total due", 9),
    (500, 380, "$490.00", 9),
]


def _lines(texts: list[Text]):  # type: ignore[no-untyped-def]
    return build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])


def _parties(texts: list[Text]) -> tuple[str | None, str | None]:
    seller, buyer = party_names(_lines(texts))
    return (
        None if seller is None else str(seller.value),
        None if buyer is None else str(buyer.value),
    )


def test_remit_to_beside_bill_to_is_the_sellers_payment_block() -> None:
    texts: list[Text] = [
        (50, 40, "KESTRELWARE", 16),
        (400, 40, "Invoice", 16),
        (50, 90, "Kestrelware Software, Inc.", 9),
        (360, 90, "Invoice number", 9),
        (460, 90, "KW-20418", 9),
        (50, 102, "1200 Pine Street, Suite 300", 9),
        (360, 102, "Invoice date", 9),
        (460, 102, "Apr 2, 2025", 9),
        (50, 114, "Portland, OR 97205", 9),
        (50, 180, "Bill to", 8),
        (210, 180, "Remit to", 8),
        (360, 187, "Invoice summary", 9),
        (50, 194, "Larchmont Analytics LLC", 9),
        (210, 194, "Kestrelware Software, Inc.", 9),
        (50, 206, "77 Harbor Road", 9),
        (210, 206, "Lockbox 22871", 9),
        (50, 218, "Boston, MA 02110", 9),
        (210, 218, "Chicago, IL 60693-2287", 9),
        *_TABLE,
    ]
    assert _parties(texts) == ("Kestrelware Software, Inc.", "Larchmont Analytics LLC")


def test_receipt_from_heading_is_no_part_of_the_sellers_name() -> None:
    texts: list[Text] = [
        (220, 60, "postwren", 14),
        (200, 110, "Receipt from Postwren Ltd", 14),
        (240, 134, "Receipt #4410-2231", 9),
        (110, 380, "BILLED TO", 7),
        (110, 392, "Quillfield Studio Ltd", 9),
        (110, 404, "8 Mill Lane", 9),
        (110, 416, "Leeds LS1 4AB", 9),
        (160, 700, "Postwren Ltd · 12 Canal Street, Manchester M1 3HE, United Kingdom", 7),
    ]
    seller, _ = _parties(texts)
    assert seller == "Postwren Ltd"


def test_a_name_under_invoice_to_is_never_the_receipt_readers_seller() -> None:
    lines = _lines(
        [
            (60, 50, "Tax Invoice", 16),
            (60, 160, "Invoice to", 9),
            (60, 174, "Coastline Dental Pty Ltd", 9),
            (60, 186, "Shop 2, 14 Bay Street", 9),
        ]
    )
    name_line = next(ln for ln in lines if ln.text.startswith("Coastline"))
    found: dict[str, Value] = {
        "seller_name": field_value(name_line.text, name_line.words),
        "total_amount": Value(10.0, "10.00"),
    }
    assert set(without_buyer_block(lines, found)) == {"total_amount"}
    heading = next(ln for ln in lines if ln.text.startswith("Tax"))
    own = {"seller_name": field_value(heading.text, heading.words)}
    assert without_buyer_block(lines, own) == own


def _items(texts: list[Text]) -> list[str]:
    return [str(item["description"].value) for item in line_items(_lines(texts))]


def test_a_titles_words_over_the_header_head_no_column() -> None:
    texts: list[Text] = [
        (42, 280, "Charges by service", 10),
        (47, 300, "Description", 7),
        (276, 300, "Quantity", 7),
        (400, 300, "Rate", 7),
        (536, 300, "Amount", 7),
        (56, 316, "GPU VM g2.2xlarge - us-central", 7),
        (290, 316, "96.5", 7),
        (400, 316, "$1.2120", 7),
        (536, 316, "$116.96", 7),
        (56, 328, "Standard VM c4.large - us-central", 7),
        (290, 328, "1,344", 7),
        (400, 328, "$0.0864", 7),
        (536, 328, "$116.12", 7),
        (400, 360, "Total", 7),
        (536, 360, "$233.08", 7),
    ]
    assert _items(texts)[0] == "GPU VM g2.2xlarge - us-central"


def test_a_code_and_figures_centred_between_the_names_two_lines() -> None:
    texts: list[Text] = [
        (54, 290, "Item", 7),
        (132, 290, "Description", 7),
        (380, 290, "Qty", 7),
        (430, 290, "Unit price", 7),
        (520, 290, "Amount", 7),
        (132, 310, "Team plan, monthly seats - 1 March", 7),
        (54, 316, "TP-M", 7),
        (380, 316, "15", 7),
        (430, 316, "18.00", 7),
        (520, 316, "270.00", 7),
        (132, 321, "to 31 March 2025", 7),
        (132, 344, "Additional storage, 500 GB block,", 7),
        (54, 350, "ST-500", 7),
        (380, 350, "2", 7),
        (430, 350, "7.50", 7),
        (520, 350, "15.00", 7),
        (132, 355, "billed per calendar month", 7),
        (430, 390, "Total", 7),
        (520, 390, "285.00", 7),
    ]
    assert _items(texts) == [
        "Team plan, monthly seats - 1 March to 31 March 2025",
        "Additional storage, 500 GB block, billed per calendar month",
    ]


def test_groups_go_on_atop_the_next_page_after_a_group_sum_closing_the_page() -> None:
    def row(y: float, name: str, qty: str, rate: str, amount: str) -> list[Text]:
        return [(56, y, name, 7), (290, y, qty, 7), (400, y, rate, 7), (536, y, amount, 7)]

    first: list[Text] = [
        (47, 300, "Description", 7),
        (276, 300, "Quantity", 7),
        (400, 300, "Rate", 7),
        (536, 300, "Amount", 7),
        (47, 316, "Compute", 8),
        *row(330, "Standard VM c4.large", "1,344", "$0.0864", "$116.12"),
        *row(342, "Burstable VM b1.small", "672", "$0.0208", "$13.98"),
        (430, 356, "Compute total", 7),
        (536, 356, "$130.10", 7),
        (43, 800, "Kestrelware, Inc. · Invoice KW-20418", 6),
        (500, 800, "Page 1 of 2", 6),
    ]
    second: list[Text] = [
        (43, 40, "KESTRELWARE   Invoice KW-20418 (continued)", 8),
        (47, 74, "Managed databases", 8),
        *row(88, "Postgres storage", "500", "$0.23", "$115.00"),
        *row(100, "Redis cache r-2gb", "1,344", "$0.034", "$45.70"),
        (420, 114, "Managed databases total", 7),
        (536, 114, "$160.70", 7),
        (400, 140, "Total usage charges", 7),
        (536, 140, "$290.80", 7),
        (43, 800, "Kestrelware, Inc. · Invoice KW-20418", 6),
        (500, 800, "Page 2 of 2", 6),
    ]
    read = read_for_canonical(make_aligned_pages(first, second))
    lines = [line for text in read.texts for line in build_lines(text)]
    names = [str(item["description"].value) for item in line_items(lines)]
    assert names == [
        "Standard VM c4.large",
        "Burstable VM b1.small",
        "Postgres storage",
        "Redis cache r-2gb",
    ]
