"""A letterhead's tagline under the firm's name is the seller's, never the buyer's name nor a
line of the seller's address; a footer's "Registered office: ..." sentence ends where the
register's sentence starts; an addressee's "Title, Company Ltd" line names the company."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_centred_tagline_is_no_buyer_and_the_title_line_names_the_company() -> None:
    texts = [
        (297, 50, "=HARCOURT LANE LLP", 16),
        (297, 68, "=Chartered Surveyors & Valuers", 8),
        (297, 80, "=14 Merrion Row, Galway H91 X2Y4, Ireland  ·  T +353 91 555 0100", 8),
        (50, 120, "Private & Confidential", 9),
        (50, 133, "Mr. Declan Moran", 9),
        (50, 146, "Finance Director, Brightwater Foods Limited", 9),
        (50, 159, "Unit 4, Ballybrit Business Park", 9),
        (50, 172, "Tuam Road, Galway H91 P2W7", 9),
        (380, 120, "Invoice No.: HL/25/0311", 9),
        (380, 133, "Date: 14/03/2025", 9),
        (50, 240, "Description", 10),
        (480, 240, "Amount", 10),
        (50, 260, "Valuation report, industrial premises", 10),
        (480, 260, "2,000.00", 10),
        (380, 320, "Fees 2,000.00", 10),
        (380, 335, "VAT 23% 460.00", 10),
        (380, 350, "Total 2,460.00", 10),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"].casefold() == "harcourt lane llp"
    assert fields["buyer_name"] == "Brightwater Foods Limited"
    assert fields["buyer_address"] == "Unit 4, Ballybrit Business Park, Tuam Road, Galway H91 P2W7"
    # The letterhead's address line, without the tagline over it or the phone after it.
    assert fields["seller_address"].startswith("14 Merrion Row, Galway H91 X2Y4")
    assert "+353" not in fields["seller_address"]


def test_tagline_under_a_freelancers_name_is_no_address_line() -> None:
    texts = [
        (50, 50, "Mirela Castellanos-Holt", 16),
        (50, 68, "Scientific Illustration (Print/Web)", 8),
        (50, 82, "88 Larch Crescent, Suite 2", 8),
        (50, 94, "Halifax, NS B3H 1Z9", 8),
        (50, 106, "GST # 812345678RT0001", 8),
        (420, 50, "INVOICE", 16),
        (420, 82, "Invoice #: 2025-044", 8),
        (420, 94, "Date: March 3, 2025", 8),
        (50, 140, "CLIENT", 8),
        (50, 153, "Tidewater Press Inc.", 9),
        (50, 166, "410 Barrington Street", 9),
        (50, 179, "Halifax, NS B3J 2A8", 9),
        (50, 240, "Description", 10),
        (480, 240, "Amount", 10),
        (50, 260, "Cover illustration", 10),
        (480, 260, "900.00", 10),
        (380, 320, "Subtotal 900.00", 10),
        (380, 335, "HST 15% 135.00", 10),
        (380, 350, "Total 1,035.00", 10),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Mirela Castellanos-Holt"
    assert fields["seller_address"] == "88 Larch Crescent, Suite 2, Halifax, NS B3H 1Z9"


_REGISTER = "Registered in England No. 04412345."


def test_registered_office_sentence_ends_before_the_register_sentence() -> None:
    texts = [
        (40, 40, "Lumen Water Services", 14),
        (40, 70, "Bill number: 7700123", 9),
        (40, 82, "Bill date: 3 March 2025", 9),
        (40, 110, "Harbour Yard Cafe Ltd", 9),
        (40, 122, "5 Canal Street", 9),
        (40, 134, "Leeds LS1 4AB", 9),
        (40, 200, "Charge", 9),
        (400, 200, "Amount", 9),
        (40, 215, "Water supply", 9),
        (400, 215, "100.00", 9),
        (300, 250, "Total charges excl. VAT 100.00", 9),
        (300, 262, "VAT at 20% 20.00", 9),
        (300, 274, "Total this bill 120.00", 9),
        (40, 720, "Lumen Water Services Ltd", 7),
        (40, 731, "Registered office: 9 Wharf Road, Sheffield S3 8ET. " + _REGISTER, 7),
        (40, 742, "VAT registration number GB123456789", 7),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "9 Wharf Road, Sheffield S3 8ET"
