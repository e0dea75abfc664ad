"""A recipient's office stamp ("REÇU 14 FÉV. 2025", "BEZAHLT", "ONTVANGEN"), turned a few
degrees and coloured, set over the customer's box or between the blocks, is no party's name
(officestamps.py, partynames.not_a_name); and a "From" block opening with a unit in a named
park ("Unit 7, Galway Technology Park") is the seller's address, its name the letterhead's
(captionnamebelow._NUMBERED_STREET)."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine import extract_canonical
from facturist.engine.officestamps import office_stamp

# (x, y from the top, text, size, bold)
_Text = tuple[float, float, str, float, bool]
_GREEN = (0.05, 0.5, 0.22)
_RED = (0.78, 0.08, 0.12)


def _pdf(
    texts: list[_Text], stamp: list[str], at: tuple[float, float], colour: object, size: float = 16
) -> bytes:
    """A page of black texts and a stamp's lines turned 8° at `at`, in `colour`, its first
    line at `size`."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    height = A4[1]
    for x, y, text, size, bold in texts:
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(x, height - y, text)
    pdf.saveState()
    pdf.setFillColorRGB(*colour)  # type: ignore[misc]
    pdf.translate(at[0], height - at[1])
    pdf.rotate(8)
    for number, line in enumerate(stamp):
        pdf.setFont("Helvetica-Bold", size if number == 0 else 11)
        pdf.drawString(0, -size * number, line)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "text",
    [
        "REÇU",
        "REÇU 14 FÉV. 2025",
        "EINGEGANGEN",
        "Eingang 12.12.2024",
        "BEZAHLT",
        "ONTVANGEN",
        "RECEIVED",
        "Received on 3 March 2025",
        "PAID",
        "GEBUCHT",
        "COMPTABILISÉ",
        "RICEVUTO 03/02/2025",
        "ZAPLACENO",
    ],
)
def test_office_stamps(text: str) -> None:
    assert office_stamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paid Services Ltd",
        "Received Goods Logistics GmbH",
        "Recu Holding SA",
        "Posted Parcels Ltd",
        "Cabinet Lambotte & Associés SRL",
        "Rechnungsempfänger",
    ],
)
def test_names_are_no_office_stamps(text: str) -> None:
    assert not office_stamp(text)


_TOTALS: list[_Text] = [
    (54, 240, "Désignation", 9, True),
    (330, 240, "Quantité", 9, True),
    (494, 240, "Total HTVA", 9, True),
    (54, 258, "Brochures A5 16 pages", 9, False),
    (347, 258, "1500", 9, False),
    (500, 258, "930,00", 9, False),
    (363, 300, "Total HT", 9, False),
    (500, 300, "930,00", 9, False),
    (363, 314, "TVA 21 %", 9, False),
    (500, 314, "195,30", 9, False),
    (363, 328, "Total TTC", 9, False),
    (500, 328, "1 125,30", 9, False),
]


def test_received_stamp_beside_the_client_caption_is_no_buyer() -> None:
    texts: list[_Text] = [
        (105, 60, "Atelier Graphique Renard SRL", 13, True),
        (351, 60, "FACTURE", 13, True),
        (351, 76, "Facture n° 25/00231", 8, True),
        (351, 90, "Date de facture : 12/02/2025", 8, False),
        (51, 113, "Rue des Croisiers 12", 8, False),
        (51, 124, "4000 Liège", 8, False),
        (51, 135, "Belgique", 8, False),
        (318, 141, "Client", 8, True),
        (51, 146, "TVA BE 0428.551.740", 8, False),
        (324, 159, "Bureau Delcourt & Fils SRL", 8, True),
        (324, 171, "Avenue Louise 108", 8, False),
        (324, 183, "1050 Bruxelles", 8, False),
        (324, 195, "N° TVA intracom. : BE0774431271", 8, False),
        *_TOTALS,
    ]
    pdf = _pdf(texts, ["REÇU", "14 FÉV. 2025"], (470, 146), _GREEN)
    fields = extract_canonical(pdf)["fields"]
    assert fields["buyer_name"].startswith("Bureau Delcourt & Fils SRL")
    assert fields["seller_vat_id"] == "BE0428551740"


def test_paid_stamp_between_the_buyer_block_and_the_title_is_no_buyer() -> None:
    texts: list[_Text] = [
        (115, 45, "Frischkost Berger GmbH", 12, True),
        (114, 62, "Marktstraße 9 | 04109 Leipzig", 7, False),
        (52, 136, "RECHNUNGSEMPFÄNGER", 8, True),
        (425, 140, "Rechnung", 20, True),
        (52, 149, "Betriebskantine Nordhafen GmbH", 8, True),
        (52, 161, "Hafenweg 12", 8, False),
        (52, 173, "01067 Dresden", 8, False),
        (364, 166, "Rechnungsnummer", 8, False),
        (483, 166, "20250401-207", 8, True),
        (364, 179, "Rechnungsdatum", 8, False),
        (496, 179, "01.04.2025", 8, True),
        (54, 260, "Artikel", 8, True),
        (304, 260, "Menge", 8, True),
        (511, 260, "Betrag", 8, True),
        (54, 280, "Kartoffeln festkochend", 8, False),
        (324, 280, "50 kg", 8, False),
        (518, 280, "49,00", 8, False),
        (380, 320, "Nettobetrag", 8, False),
        (518, 320, "49,00", 8, False),
        (380, 334, "USt 7 %", 8, False),
        (522, 334, "3,43", 8, False),
        (380, 348, "Gesamtbetrag", 8, False),
        (518, 348, "52,43", 8, False),
    ]
    pdf = _pdf(texts, ["BEZAHLT", "02.04.2025"], (240, 137), _GREEN, size=24)
    fields = extract_canonical(pdf)["fields"]
    assert fields["buyer_name"] == "Betriebskantine Nordhafen GmbH"
    assert fields["seller_name"] == "Frischkost Berger GmbH"


def test_from_block_opening_with_a_unit_line_is_the_letterheads_address() -> None:
    texts: list[_Text] = [
        (52, 60, "Shannon Data Systems Ltd", 16, True),
        (52, 80, "Analytics for manufacturers", 9, False),
        (52, 119, "From", 8, True),
        (298, 119, "Bill To", 8, True),
        (52, 131, "Unit 12, Limerick Business Park", 9, False),
        (298, 131, "Kessler Fördertechnik GmbH", 9, True),
        (52, 142, "Raheen, Limerick V94 K2R7", 9, False),
        (298, 142, "Industriestraße 8", 9, False),
        (52, 153, "Ireland", 9, False),
        (298, 153, "70565 Stuttgart", 9, False),
        (52, 164, "VAT No. IE9825613N", 9, False),
        (298, 164, "Germany", 9, False),
        (53, 214, "INVOICE", 14, True),
        (57, 239, "Invoice No.", 9, False),
        (171, 239, "Invoice Date", 9, False),
        (57, 251, "SDS-INV-25-0112", 9, True),
        (171, 251, "5 March 2025", 9, True),
        (84, 285, "Description", 9, False),
        (346, 285, "Qty", 9, False),
        (502, 285, "Amount", 9, False),
        (84, 305, "Annual analytics licence", 9, False),
        (353, 305, "1", 9, False),
        (502, 305, "4,800.00", 9, False),
        (380, 360, "Subtotal", 9, False),
        (502, 360, "4,800.00", 9, False),
        (380, 375, "VAT 0%", 9, False),
        (502, 375, "0.00", 9, False),
        (380, 390, "Total EUR", 9, False),
        (502, 390, "4,800.00", 9, False),
    ]
    pdf = _pdf(texts, ["RECEIVED", "10 MAR 2025"], (420, 230), _RED)
    fields = extract_canonical(pdf)["fields"]
    assert fields["seller_name"] == "Shannon Data Systems Ltd"
    assert fields["seller_address"].startswith("Unit 12, Limerick Business Park")
    assert fields["buyer_name"] == "Kessler Fördertechnik GmbH"
