"""A monospaced text dump of an e-invoice: dashed rules round each party's heading and
"Caption ....... value" rows under it, the address on an "Anschrift" row whose postcode and
town line is set under its value with no caption of its own. And a ruled grid whose item text
spans date and name columns before the work's own column: a flat charge in its last row, its
date and name cells empty and only an amount priced, is an item, no total set in."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine import extract_canonical
from facturist.engine.extraction import analyse, read_for_canonical

from .conftest import make_invoice_pdf

_RULE = "-" * 78


def _dump(seller_street: str) -> dict[str, object]:
    """Courier 9 pt, each party's rows 10 pt apart under its heading between dashed rules."""
    rows: list[tuple[float, str]] = [
        (80, "Rechnungsnummer .......... NL-INV-4471"),
        (90, "Rechnungsdatum ........... 15.01.2025"),
        (100, "Währung .................. EUR"),
        (130, _RULE),
        (140, "  VERKÄUFER"),
        (152, _RULE),
        (162, "        Name ..................... Brandt Datentechnik AG"),
        (172, f"        Anschrift ................ {seller_street}"),
        (182, "                                  DE-28195 Bremen"),
        (192, "        Umsatzsteuer-ID .......... DE294837168"),
        (220, _RULE),
        (230, "  KÄUFER"),
        (242, _RULE),
        (252, "        Name ..................... Steuerbüro Kolbe & Partner mbB"),
        (262, "        Anschrift ................ Am Wall 30"),
        (272, "                                  28195 Bremen"),
        (300, _RULE),
        (310, "  SUMMEN"),
        (322, _RULE),
        (332, "        Summe netto .............. 1.000,00 EUR"),
        (342, "        Umsatzsteuer 19 % ........ 190,00 EUR"),
        (352, "        Gesamtbetrag ............. 1.190,00 EUR"),
    ]
    pdf = make_invoice_pdf([[(36, y, text) for y, text in rows]], font="Courier", size=9)
    fields: dict[str, object] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


@pytest.mark.parametrize(
    ("street", "address"),
    [
        ("Speicherstadt, Kehrwieder 8", "Speicherstadt, Kehrwieder 8, DE-28195 Bremen"),
        ("Faulenstraße 12", "Faulenstraße 12, DE-28195 Bremen"),
    ],
)
def test_dumped_listing_under_dashed_rules_gives_the_address_row(street: str, address: str) -> None:
    fields = _dump(street)
    assert fields["seller_name"] == "Brandt Datentechnik AG"
    assert fields["seller_address"] == address
    assert fields["buyer_name"] == "Steuerbüro Kolbe & Partner mbB"
    assert fields["buyer_address"] == "Am Wall 30, 28195 Bremen"


_VISITS = [
    ("02/05/24", "A. Okafor", "Boiler service and flue gas analysis", "3.75", "68.00", "255.00"),
    ("07/05/24", "J. Whitfield", "Descale plate heat exchanger", "0.75", "68.00", "51.00"),
    ("13/05/24", "M. Brennan", "Leak repair under kitchen sink", "2.5", "52.00", "130.00"),
]


def _grid(lone: str, ruled: bool) -> list[tuple[str, float]]:
    """Date | Engineer | Work carried out | Hours | Rate | Amount, a row every 14 pt, the
    charge's row last with only its text and amount; the totals 28 pt under the grid."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, height - 40, "NORTHGATE HEATING SERVICES LTD")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(340, height - 70, "Invoice No.  NHS-40882")
    pdf.drawString(340, height - 84, "Invoice Date  31/05/2024")
    edges = [40, 90, 160, 355, 400, 455, 555]
    top = 110.0
    rows = [("Date", "Engineer", "Work carried out", "Hours", "Rate £", "Amount £")]
    rows += [*_VISITS, ("", "", lone, "", "", "45.00")]
    for n, cells in enumerate(rows):
        y = top + 14 * n + 10
        pdf.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 8)
        for i, text in enumerate(cells):
            if i >= 3:
                pdf.drawRightString(edges[i + 1] - 3, height - y, text)
            else:
                pdf.drawString(edges[i] + 3, height - y, text)
    bottom = top + 14 * len(rows) + 3
    if ruled:
        for n in range(len(rows) + 1):
            pdf.line(edges[0], height - top - 14 * n, edges[-1], height - top - 14 * n)
        for x in edges:
            pdf.line(x, height - top, x, height - bottom)
    for n, (caption, figure) in enumerate(
        [("Subtotal", "481.00"), ("VAT 20 %", "96.20"), ("Total GBP", "577.20")]
    ):
        pdf.drawString(355, height - bottom - 28 - 13 * n, caption)
        pdf.drawRightString(552, height - bottom - 28 - 13 * n, figure)
    pdf.showPage()
    pdf.save()
    invoice = analyse(read_for_canonical(buffer.getvalue()).texts)[0]
    return [(str(item["description"].value), item["amount"].value) for item in invoice.items]


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("lone", ["Call-out charge (flat)", "Parking and congestion charge"])
def test_last_grid_row_with_only_text_and_amount_is_an_item(lone: str, ruled: bool) -> None:
    items = _grid(lone, ruled)
    assert len(items) == 4
    assert items[-1] == (lone, 45.0)
