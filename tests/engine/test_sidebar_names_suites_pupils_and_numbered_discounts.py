"""A school's or association's invoices and receipts.

Conventions:
- A sidebar prints the issuer's name over three lines ("European Association" / "for Adult
  Learning" / "Professionals AISBL"): a line opening in a lower-case word runs on from the one
  over it, and lines of one print size are told apart from a descender's reach. Its address
  stands lower down the sidebar, the document's details beside the blank rows between.
- "1400 East Midway Plaisance, Suite 300": a street line its unit ends holds no postcode.
- A receipt's two-line heading repeated below in small type with the legal form after it
  ("École de Langues du Léman Sàrl") names the school whole; "Sàrl" is Switzerland's form.
- A language school's receipt names its pupil ("Élève : | Mme Laura Bianchi"): the buyer.
- A discount row carrying its own position number ("4 | Frühbucherrabatt ... | -387,00") is
  an item of the table, not a condition of the item above.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import with_receipt_fields

from .conftest import SizedText, make_aligned_pdf, make_invoice_pdf
from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned


def _extract(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


def test_a_sidebar_name_over_three_lines_and_its_address_lower_down() -> None:
    fields = _extract(
        [
            (25, 60, "NAEOT", 20),
            (177, 60, "CREDIT NOTE", 18),
            (23, 86, "Nordic Association", 8),
            (177, 90, "No. CN-2025-0044", 9),
            (23, 96, "for Outdoor Teaching", 8),
            (23, 106, "Instructors AISBL", 8),
            (176, 124, "Credit note date", 8),
            (267, 124, "02/04/2025", 8),
            (426, 124, "Credited to", 8),
            (176, 136, "Related invoice", 8),
            (267, 136, "INV-2025-0311", 8),
            (176, 148, "Event", 8),
            (267, 148, "Spring Forum 2025", 8),
            (426, 148, "Stichting Buiten Leren", 8),
            (176, 160, "Event dates", 8),
            (267, 160, "14–16 May 2025, Ghent", 8),
            (426, 160, "Afd. Financiën", 8),
            (23, 176, "Rue de la Loi 41", 8),
            (426, 176, "Coolsingel 52", 8),
            (23, 186, "1040 Bruxelles", 8),
            (426, 186, "3011 AD Rotterdam", 8),
            (23, 196, "Belgium", 8),
            (426, 196, "Netherlands", 8),
            (23, 214, "VAT BE 0873.441.250", 8),
            (176, 300, "Description", 8),
            (382, 300, "Qty", 8),
            (421, 300, "Unit price", 8),
            (499, 300, "Amount EUR", 8),
            (177, 316, "Forum pass – cancelled", 8),
            (390, 316, "-1", 8),
            (435, 316, "400.00", 8),
            (522, 316, "-400.00", 8),
            (340, 350, "Total excl. VAT", 8),
            (522, 350, "-400.00", 8),
            (340, 362, "VAT 21 %", 8),
            (522, 362, "-84.00", 8),
            (340, 374, "Total credit incl. VAT", 8),
            (522, 374, "-484.00", 8),
        ]
    )
    fields = fields["fields"]
    assert fields["seller_name"] == "Nordic Association for Outdoor Teaching Instructors AISBL"
    assert fields["seller_address"] == "Rue de la Loi 41, 1040 Bruxelles, Belgium"
    assert fields["buyer_name"] == "Stichting Buiten Leren"


def test_a_street_line_ending_in_its_suite_holds_no_postcode() -> None:
    fields = _extract(
        [
            (54, 30, "HALLORAN", 18),
            (485, 30, "INVOICE", 16),
            (54, 60, "INSTITUTE OF MANAGEMENT", 9),
            (54, 104, "Halloran Institute of Management", 8),
            (361, 104, "Invoice #", 8),
            (480, 104, "HI-2025-0032", 8),
            (54, 115, "1400 East Lakeshore Esplanade, Suite 300", 8),
            (361, 115, "Invoice Date", 8),
            (480, 115, "February 12, 2025", 8),
            (54, 126, "Chicago, IL 60637, USA", 8),
            (54, 137, "billing@halloran.edu | (312) 555-0148", 8),
            (55, 180, "BILL TO", 8),
            (55, 192, "Brightwater Devices, Inc.", 8),
            (55, 204, "88 Commerce Drive", 8),
            (55, 216, "Minneapolis, MN 55401", 8),
            (58, 280, "Description", 8),
            (389, 280, "Qty", 8),
            (450, 280, "Rate", 8),
            (526, 280, "Amount", 8),
            (58, 296, "Leadership Program – Tuition", 8),
            (399, 296, "1", 8),
            (435, 296, "8,950.00", 8),
            (525, 296, "8,950.00", 8),
            (430, 340, "Total Due", 8),
            (525, 340, "8,950.00", 8),
        ]
    )
    assert fields["fields"]["seller_address"] == (
        "1400 East Lakeshore Esplanade, Suite 300, Chicago, IL 60637, USA"
    )


_RECEIPT_BODY: list[Run] = [
    (110.0, 92.0, "Rue du Marché 8", 10.0),
    (110.0, 106.0, "1204 Genève", 10.0),
    (20.0, 130.0, "Ticket 7781 14.03.2024 17:42", 10.0),
    (20.0, 150.0, "Pain complet", 10.0),
    (260.0, 150.0, "4.90", 10.0),
    (20.0, 166.0, "Lait entier", 10.0),
    (260.0, 166.0, "1.95", 10.0),
    (20.0, 190.0, "TOTAL CHF", 10.0),
    (260.0, 190.0, "6.85", 10.0),
    (20.0, 206.0, "Espèces", 10.0),
    (260.0, 206.0, "10.00", 10.0),
    (20.0, 222.0, "Rendu", 10.0),
    (260.0, 222.0, "3.15", 10.0),
    (80.0, 250.0, "Merci de votre visite", 10.0),
]


def _receipt_fields(runs: list[Run]) -> dict[str, Any]:
    page = scanned(runs, width=380.0, height=520.0)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    fields: dict[str, Any] = with_receipt_fields([page], lines, {})
    return fields


def test_a_two_line_heading_repeated_below_with_its_legal_form_names_the_shop() -> None:
    head: list[Run] = [
        (90.0, 20.0, "ÉPICERIE DU", 18.0),
        (116.0, 44.0, "BOURG", 18.0),
        (90.0, 72.0, "Épicerie du Bourg Sàrl", 10.0),
    ]
    seller = _receipt_fields(head + _RECEIPT_BODY)["seller_name"]
    assert seller.value == "Épicerie du Bourg Sàrl"


def test_a_pupil_caption_names_the_buyer() -> None:
    fields = _extract(
        [
            (150, 50, "ÉCOLE LINGUA PLUS", 16),
            (150, 70, "Rue du Marché 8", 9),
            (150, 82, "1204 Genève", 9),
            (60, 120, "Quittance N° :", 9),
            (160, 120, "Q-2025-0102", 9),
            (60, 134, "Date :", 9),
            (160, 134, "07.02.2025", 9),
            (60, 148, "Élève :", 9),
            (400, 148, ">Mme Laura Ferrand", 9),
            (60, 200, "Cours intensif français B1", 9),
            (300, 200, "780.00", 9),
            (60, 240, "TOTAL CHF", 9),
            (300, 240, "780.00", 9),
            (60, 300, "Payé en espèces", 9),
            (300, 300, "780.00", 9),
        ]
    )
    assert fields["fields"]["buyer_name"] == "Laura Ferrand"


def test_a_discount_row_with_its_own_position_number_is_an_item() -> None:
    page = [
        (72, 40, "Akademie für Unternehmensführung GmbH"),
        (72, 52, "Ringstraße 27, 50672 Köln"),
        (72, 100, "Kunde GmbH"),
        (72, 112, "Hauptstr. 1"),
        (72, 124, "10115 Berlin"),
        (354, 150, "Rechnungsnummer"),
        (468, 150, "R-2024-0815"),
        (354, 162, "Rechnungsdatum"),
        (468, 162, "14.10.2024"),
        (74, 230, "Pos."),
        (103, 230, "Leistung"),
        (365, 230, "Menge"),
        (402, 230, "Einzelpreis €"),
        (472, 230, "USt"),
        (505, 230, "Betrag €"),
        (75, 248, "1"),
        (102, 248, "Seminargebühr Modul I"),
        (387, 248, "1"),
        (419, 248, "1.290,00"),
        (472, 248, "0 %"),
        (504, 248, "1.290,00"),
        (75, 266, "2"),
        (102, 266, "Seminargebühr Modul I"),
        (387, 266, "1"),
        (419, 266, "1.290,00"),
        (472, 266, "0 %"),
        (504, 266, "1.290,00"),
        (75, 284, "3"),
        (102, 284, "Frühbucherrabatt 10 % auf Pos. 1–2"),
        (472, 284, "0 %"),
        (508, 284, "-258,00"),
        (75, 302, "4"),
        (102, 302, "Tagungspauschale"),
        (387, 302, "6"),
        (431, 302, "58,00"),
        (470, 302, "19 %"),
        (511, 302, "348,00"),
        (284, 340, "Summe netto"),
        (505, 340, "2.670,00"),
        (284, 352, "zzgl. 19 % Umsatzsteuer auf 348,00 €"),
        (517, 352, "66,12"),
        (284, 364, "Rechnungsbetrag"),
        (497, 364, "2.736,12 €"),
    ]
    items = extract_canonical(make_invoice_pdf([page], size=8), use_einvoice=False)["line_items"]
    assert [item.get("amount") for item in items] == [1290.0, 1290.0, -258.0, 348.0]
    assert items[2]["description"] == "Frühbucherrabatt 10 % auf Pos. 1–2"
    assert "quantity" not in items[2] and "unit_price" not in items[2]
