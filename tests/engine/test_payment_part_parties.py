"""A payment part names the seller where the money goes: the Swiss QR-bill's "Konto / Zahlbar
an" over the creditor's post-office box, a remittance stub's "Remit to:" over a lockbox. The
seller's address is the letterhead's, on the payment part's page or on page one; the QR-bill's
empty "Payable by (name/address)" box heads no block above it."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import Drawn, dejavu_fonts, make_aligned_pages, make_pdf

_ITEMS_FR = [
    (57, 300, "Désignation", 9),
    (355, 300, "Quantité", 9),
    (421, 300, "P.U.", 9),
    (480, 300, "Montant CHF", 9),
    (57, 317, "Reliure cousue, édition limitée", 9),
    (394, 317, "12", 9),
    (428, 317, "45.00", 9),
    (502, 317, "540.00", 9),
    (376, 345, "Total hors taxes", 9),
    (502, 345, "540.00", 9),
    (376, 358, "TVA 8.1 %", 9),
    (508, 358, "43.74", 9),
    (376, 371, "Total à payer CHF", 9),
    (502, 371, "583.74", 9),
]


def _fields(*pages: list[tuple[float, float, str, float]]) -> dict[str, object]:
    return extract_canonical(make_aligned_pages(*pages), use_einvoice=False)["fields"]


def test_a_qr_bills_post_office_box_yields_to_the_return_lines_street() -> None:
    page = [
        (174, 49, "RELIURES MONTBRILLANT", 16),
        (150, 90, "Reliures Montbrillant Sàrl · Rue de Lyon 14 · 1203 Genève · Suisse", 7),
        (57, 138, "Genève, le 12.03.2025", 9),
        (341, 138, "Librairie du Rhône SA", 9),
        (341, 151, "Quai du Seujet 9", 9),
        (341, 164, "1201 Genève", 9),
        (57, 268, "FACTURE N° RM-2025-118", 12),
        *_ITEMS_FR,
        (57, 518, "IDE / N° TVA : CHE-184.562.317 TVA", 7),
        (15, 560, "Récépissé", 11),
        (191, 560, "Section paiement", 11),
        (335, 560, "Compte / Payable à", 6),
        (335, 570, "CH16 0839 0003 6158 7200 4", 8),
        (14, 580, "Compte / Payable à", 6),
        (335, 580, "Reliures Montbrillant Sàrl", 8),
        (15, 591, "CH16 0839 0003 6158 7200 4", 8),
        (335, 591, "Case postale 2210", 8),
        (14, 601, "Reliures Montbrillant Sàrl", 8),
        (336, 601, "1211 Genève 2", 8),
        (15, 610, "Case postale 2210", 8),
        (15, 619, "1211 Genève 2", 8),
        (335, 676, "Payable par", 6),
        (335, 683, "Librairie du Rhône SA", 8),
        (336, 696, "Quai du Seujet 9", 8),
        (335, 707, "1201 Genève", 8),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Reliures Montbrillant Sàrl"
    assert fields["seller_address"] == "Rue de Lyon 14, 1203 Genève, Suisse"
    assert fields["buyer_name"] == "Librairie du Rhône SA"


_ITEMS_EN = [
    (56, 294, "Item", 8),
    (112, 294, "Description", 8),
    (371, 294, "Qty", 8),
    (415, 294, "Unit price", 8),
    (481, 294, "Amount CHF", 8),
    (56, 310, "FL-12", 8),
    (113, 310, "Filter cartridges, pack of 12", 8),
    (377, 310, "10", 8),
    (437, 310, "62.50", 8),
    (511, 310, "625.00", 8),
    (401, 340, "Net amount", 8),
    (506, 340, "625.00", 8),
    (410, 353, "VAT 8.1%", 8),
    (514, 353, "50.63", 8),
    (404, 366, "Total CHF", 8),
    (506, 366, "675.63", 8),
]


def test_a_qr_bill_on_page_two_leaves_page_ones_letterhead_and_addressee() -> None:
    first = [
        (545, 40, ">Seeland Wassertechnik AG", 9),
        (70, 42, "SEELAND", 14),
        (545, 52, ">Bielstrasse 118", 8),
        (545, 62, ">2502 Biel", 8),
        (545, 72, ">Switzerland", 8),
        (545, 84, ">VAT CHE-274.118.905 MWST", 7),
        (53, 142, "INVOICE", 16),
        (340, 142, "Kornhaus Brauerei GmbH", 9),
        (341, 160, "Purchasing", 9),
        (52, 173, "Invoice no.", 8),
        (137, 173, "771-20458", 8),
        (341, 173, "Mühlegasse 12", 9),
        (52, 186, "Date", 8),
        (137, 186, "14 May 2025", 8),
        (341, 186, "3011 Bern", 9),
        *_ITEMS_EN,
        (51, 429, "Terms of payment: 30 days net. Please use the enclosed QR-bill.", 8),
        (52, 780, "Seeland Wassertechnik AG", 6),
        (216, 780, "UID CHE-274.118.905", 6),
        (52, 789, "Bielstrasse 118, 2502 Biel", 6),
    ]
    second = [
        (52, 49, "Seeland Wassertechnik AG", 12),
        (52, 67, "QR-bill for invoice 771-20458 dated 14 May 2025", 9),
        (15, 560, "Receipt", 11),
        (191, 560, "Payment part", 11),
        (335, 560, "Account / Payable to", 6),
        (335, 570, "CH92 3076 2000 5512 0384 9", 8),
        (14, 581, "Account / Payable to", 6),
        (335, 581, "Seeland Wassertechnik AG", 8),
        (15, 592, "CH92 3076 2000 5512 0384 9", 8),
        (335, 592, "Postfach", 8),
        (15, 601, "Seeland Wassertechnik AG", 8),
        (335, 601, "2501 Biel", 8),
        (15, 610, "Postfach", 8),
        (15, 619, "2501 Biel", 8),
        (335, 619, "Reference", 6),
        (335, 630, "00 00000 55320 00000 07712 04585", 8),
        (335, 654, "Additional information", 8),
        (15, 662, "Payable by (name/address)", 6),
        (335, 664, "Invoice 771-20458 / Customer 40112", 8),
        (335, 677, "Payable by (name/address)", 8),
    ]
    fields = _fields(first, second)
    assert fields["seller_name"] == "Seeland Wassertechnik AG"
    assert fields["seller_address"] == "Bielstrasse 118, 2502 Biel, Switzerland"
    assert fields["buyer_name"] == "Kornhaus Brauerei GmbH"


@dejavu_fonts("DejaVuSansMono", "DejaVuSans")
def test_a_stub_on_top_in_monospace_leaves_the_letterhead_the_sellers_address() -> None:
    def mono(x: float, y: float, text: str) -> Drawn:
        return Drawn(x, y, text, "DejaVuSansMono", 9)

    def sans(x: float, y: float, text: str, size: float = 8) -> Drawn:
        return Drawn(x, y, text, "DejaVuSans", size)

    page = [
        sans(43, 40, "Please return this portion with your payment."),
        sans(324, 40, "Invoice"),
        mono(502, 40, "INV-25-0733"),
        sans(43, 72, "Remit to:"),
        mono(43, 85, "Lakeside Commercial Heating LLC"),
        sans(324, 87, "Balance Due"),
        mono(507, 86, "$1,280.00"),
        mono(43, 96, "PO Box 88120"),
        mono(43, 107, "Spokane, WA 99228-8120"),
        mono(43, 135, "HARBORVIEW MEDICAL OFFICES LLC"),
        mono(43, 146, "410 W RIVERSIDE AVE STE 900"),
        mono(43, 157, "SPOKANE WA 99201"),
        sans(480, 190, "detach here", 6.5),
        sans(80, 225, "Lakeside Commercial Heating LLC", 13),
        sans(80, 244, "1875 N Division St, Spokane, WA 99207 · (509) 555-0148", 7.5),
        sans(43, 280, "Bill To:"),
        sans(412, 280, "Invoice #"),
        sans(500, 280, "INV-25-0733"),
        sans(43, 290, "Harborview Medical Offices LLC", 8.8),
        sans(412, 290, "Invoice Date"),
        sans(500, 290, "May 6, 2025"),
        sans(43, 301, "410 W Riverside Ave, Suite 900", 8.8),
        sans(43, 312, "Spokane, WA 99201", 8.8),
        sans(47, 344, "Description"),
        sans(353, 344, "Qty"),
        sans(419, 344, "Rate"),
        sans(520, 344, "Amount"),
        sans(47, 360, "Boiler service, annual inspection"),
        sans(362, 360, "2"),
        sans(417, 360, "640.00"),
        sans(517, 360, "1,280.00"),
        sans(416, 390, "Subtotal"),
        sans(517, 390, "1,280.00"),
        sans(389, 403, "Invoice Total"),
        sans(517, 403, "1,280.00"),
    ]
    fields = extract_canonical(make_pdf(page), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Lakeside Commercial Heating LLC"
    assert fields["seller_address"] == "1875 N Division St, Spokane, WA 99207"
