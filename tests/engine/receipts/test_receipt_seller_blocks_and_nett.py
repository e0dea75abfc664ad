"""Malaysian receipts: "NETT" alone as the final total, a seller block beside a logo, a site
line over the address, GST ID captions misread or in Malay order, a caption under "Customer"."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice, analyse
from facturist.engine.model import Box, PageText, Word

CHAR_WIDTH = 6.0

# (x, y, text, letter height): one OCR'd run of words on a scanned page.
Run = tuple[float, float, str, float]


def scanned(runs: list[Run], width: float = 300.0, height: float = 700.0) -> PageText:
    """An OCR page holding each run's words from (x, y), letters as wide as tall / 2."""
    words: list[Word] = []
    for x, y, text, size in runs:
        left = x
        for token in text.split():
            right = left + len(token) * size * 0.5
            words.append(Word(token, Box(1, left, y, right, y + size), 0.95))
            left = right + size * 0.5
    return PageText(1, width, height, words, source="ocr")


def rows(texts: list[str], *, top: float = 20.0, width: float = 300.0) -> list[Run]:
    """One run a row from the left margin; '||' puts the part after it flush right."""
    runs: list[Run] = []
    for number, text in enumerate(texts):
        y = top + number * 18.0
        left, _, right = text.partition("||")
        if left.strip():
            runs.append((10.0, y, left.strip(), 12.0))
        if right.strip():
            runs.append((width - 10.0 - len(right.strip()) * CHAR_WIDTH, y, right.strip(), 12.0))
    return runs


def invoice_of(runs: list[Run], width: float = 300.0) -> CanonicalInvoice:
    return analyse([scanned(runs, width=width)])[0]


def values(invoice: CanonicalInvoice) -> dict[str, object]:
    return {name: value.value for name, value in invoice.fields.items()}


MEDICAL_HALL = [
    "KEDAI UBAT CINA HENG LEE SDN. BHD.",
    "(Co. No. 55321-P)",
    "8, Jalan Besar,",
    "31650 Ipoh, Perak",
    "Tel: 05-254 0000",
    "Inv: 2018/00071",
    "Date: 02-01-2018 11:04",
    "GINSENG SLICES 1 TAEL",
    "2 × 14.00 || 28.00",
    "WOLFBERRY 300G",
    "1 × 18.50 || 18.50",
    "SUBTOTAL || 46.50",
    "MEMBER DISC. || -1.50",
    "ROUNDING || 0.00",
    "NETT || 45.00",
    "VISA || 45.00",
    "Thank you",
]


def test_nett_alone_is_the_final_total_and_no_item() -> None:
    invoice = invoice_of(rows(MEDICAL_HALL))
    assert values(invoice)["total_amount"] == 45.0
    described = [str(item["description"].value) for item in invoice.items]
    assert described == ["GINSENG SLICES 1 TAEL", "WOLFBERRY 300G"]


def _form_foot(top: float) -> list[Run]:
    """A tax invoice's number, date, one item and its totals from `top` down, on an A5 form."""
    texts = [
        "TAX INVOICE",
        "Invoice No : KP/INV/0042",
        "Date: 09.02.2018",
        "1 SCREEN PROTECTOR 1 35.00 35.00",
        "TOTAL (RM) 35.00",
        "CASH 50.00",
        "CHANGE 15.00",
    ]
    return [(60.0, top + 18.0 * n, text, 10.0) for n, text in enumerate(texts)]


def test_a_logo_beside_the_block_stays_out_of_the_address_and_it_runs_to_the_postcode() -> None:
    runs: list[Run] = [
        (250.0, 20.0, "KILAT MOBILE TELECOMMUNICATION TRADING", 10.0),
        (60.0, 36.0, "KILAT MOBILE", 20.0),
        (400.0, 41.0, "G-12, Ground Floor, Plaza Sentral,", 10.0),
        (60.0, 58.0, "Phone • Accessories • Repair", 9.0),
        (380.0, 58.0, "No. 7, Jalan Tun Sambanthan,", 10.0),
        (440.0, 74.0, "50470 Kuala Lumpur.", 10.0),
        (420.0, 90.0, "Tel: 03-2148 0000", 10.0),
        (420.0, 106.0, "GST ID No: 001672293120", 10.0),
        *_form_foot(140.0),
    ]
    found = values(invoice_of(runs, width=600.0))
    assert found["seller_address"] == (
        "G-12, Ground Floor, Plaza Sentral, No. 7, Jalan Tun Sambanthan, 50470 Kuala Lumpur."
    )


def test_a_logos_monogram_beside_a_wrapped_name_is_no_part_of_it() -> None:
    runs: list[Run] = [
        (200.0, 20.0, "MUTIARA JAYA AUTO SERVICE", 16.0),
        (138.0, 40.0, "MJ", 22.0),
        (201.0, 42.0, "CENTRE SDN. BHD.", 15.0),
        (335.0, 46.0, "(1198732-A)", 10.0),
        (200.0, 64.0, "No. 3, Jalan Industri 1/3,", 10.0),
        (200.0, 80.0, "68100 Batu Caves, Selangor.", 10.0),
        (200.0, 96.0, "GST ID: 000922018816", 10.0),
        *_form_foot(130.0),
    ]
    found = values(invoice_of(runs, width=600.0))
    assert found["seller_name"] == "MUTIARA JAYA AUTO SERVICE CENTRE SDN BHD."


def test_a_site_line_under_its_caption_is_not_the_address() -> None:
    texts = [
        "AUTO PAY STATION 2",
        "TRIPLE STAR PARKING SDN BHD",
        "(Co. No. 883120-H)",
        "CAR PARK: SERI INDAH SQUARE B2",
        "Jalan Lagoon Utara,",
        "Bandar Baru,",
        "47500 Petaling Jaya, Selangor",
        "SST ID: B16-1809-32000451",
        "RECEIPT",
        "Receipt No || APS2-00941377",
        "Entry || 11-01-19 09:14",
        "Parking Fee || 6.00",
        "Service Tax 6% || 0.36",
        "Total Amount (RM) || 6.36",
        "Paid (Cash) || 10.00",
        "Change || 3.64",
    ]
    found = values(invoice_of(rows(texts)))
    assert (
        found["seller_address"] == "Jalan Lagoon Utara, Bandar Baru, 47500 Petaling Jaya, Selangor"
    )


PHARMACY = [
    "KEDAI UBAT MESRA SDN. BHD.",
    "No. Syarikat: 774129-T",
    "No. 15, Jalan Kota,",
    "05000 Alor Setar, Kedah.",
    "{tax_line}",
    "INVOIS CUKAI RINGKAS",
    "No. Resit : FS-0309-2271",
    "Tarikh 21-09-2017 17:45",
    "PANADOL 20S || 12.90 SR",
    "JUMLAH BESAR (RM) || 12.90",
    "Tunai || 20.00",
    "Baki || 7.10",
]


def test_a_gst_number_in_malay_order_or_with_its_colon_read_as_a_bar_is_the_sellers() -> None:
    for tax_line in ("No. GST: 000211934208", "GST ID | 000211934208"):
        texts = [text.replace("{tax_line}", tax_line) for text in PHARMACY]
        assert values(invoice_of(rows(texts)))["seller_vat_id"] == "000211934208", tax_line


def test_the_next_rows_caption_is_no_customer_name() -> None:
    runs: list[Run] = [
        (200.0, 20.0, "SINAR AUTO SERVICE SDN. BHD.", 14.0),
        (200.0, 40.0, "No. 3, Jalan Industri 1/3,", 10.0),
        (200.0, 56.0, "68100 Batu Caves, Selangor.", 10.0),
        (200.0, 72.0, "GST ID: 000922018816", 10.0),
        (60.0, 100.0, "TAX INVOICE / CASH BILL", 10.0),
        (60.0, 120.0, "Customer", 10.0),
        (120.0, 120.0, ": EN. AZMAN BIN YUSOF", 10.0),
        (400.0, 120.0, "Invoice No : SA 004519", 10.0),
        (60.0, 136.0, "Vehicle No", 10.0),
        (120.0, 136.0, ": WXY 4471", 10.0),
        (400.0, 136.0, "Date : 17/10/2017", 10.0),
        (60.0, 170.0, "1 OIL FILTER 1 18.00 18.00", 10.0),
        (60.0, 190.0, "GRAND TOTAL (RM) 18.00", 10.0),
        (60.0, 206.0, "Payment: CASH", 10.0),
    ]
    assert values(invoice_of(runs, width=600.0)).get("buyer_name") == "EN. AZMAN BIN YUSOF"
