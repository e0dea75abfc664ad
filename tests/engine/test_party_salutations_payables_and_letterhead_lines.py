"""Party names and addresses: salutations, payables departments, letterhead display lines.

Conventions:
- A Portuguese addressee's block opens with a courtesy line for either sex ("Exmo.(a) Sr.(a)",
  "Exmo(a). Sr(a)."): it captions the block, the name is on the next line.
- A letterhead tracks out a display word under the firm's name ("S O L I C I T O R S"): no
  addressee's name, no line of the address.
- British and Irish letters print "PRIVATE & CONFIDENTIAL" over the addressee's name.
- A letterhead's one line may open with a founding year's tagline ("… DAILY NEWSPAPER SINCE
  1868 · 188 Ontario Street, Kingston, ON K7L 2Y9 · 613-555-0170"): no part of the address.
- A club's membership receipt names the member it bills ("Member: | Tomasz Nowicki").
- A customer's accounts-payable department heads the addressee's block ("Accounts Payable" /
  "Tidewell Surveying Ltd"); the footer's legal line names the issuer.
- A letterhead's service line ("Customer Service (541) 555-0142") names no one, and a North
  American bill's "Make checks payable to ..." spells out the logo's short name.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_a_courtesy_line_for_either_sex_opens_the_block_and_the_name_follows() -> None:
    fields = _fields(
        [
            (57, 50, "OFICINA SOUSA & IRMÃOS, LDA.", 14),
            (57, 90, "Rua do Souto, 41", 9),
            (57, 101, "4700-329 Braga", 9),
            (57, 123, "NIF 508719321", 9),
            (340, 70, "Número FR 2024A/55", 9),
            (340, 83, "Data 2024-04-09", 9),
            (335, 150, "Exmo.(a) Sr.(a)", 9),
            (335, 164, "Helena Duarte Pires", 9),
            (335, 176, "Rua Nova, 12", 9),
            (335, 188, "4710-251 Braga", 9),
            (57, 260, "Descrição", 9),
            (400, 260, "Valor", 9),
            (57, 275, "Revisão geral", 9),
            (400, 275, "100,00", 9),
            (350, 320, "Total a Pagar (EUR) 123,00", 9),
        ]
    )
    assert fields["buyer_name"] == "Helena Duarte Pires"


_FEE_NOTE: list[SizedText] = [
    (71, 230, "FEE NOTE", 12),
    (71, 250, "Invoice No.: 24/0412", 9),
    (71, 262, "Date: 18th April 2024", 9),
    (71, 300, "Professional fee for acting in the purchase", 9),
    (450, 300, "€2,400.00", 9),
    (71, 315, "VAT @ 23%", 9),
    (450, 315, "€552.00", 9),
    (71, 330, "TOTAL", 9),
    (450, 330, "€2,952.00", 9),
]


def test_a_letter_spaced_trade_word_is_no_buyer_and_no_address_line() -> None:
    fields = _fields(
        [
            (297, 50, "=HAYES MORAN & CO.", 18),
            (297, 73, "=S O L I C I T O R S", 9),
            (
                297,
                90,
                "=Eyre Square, Galway, H91 F2C4 · Tel: +353 91 555 218 · DX 4017 Galway",
                8,
            ),
            (71, 135, "PRIVATE & CONFIDENTIAL", 9),
            (71, 151, "Mr. Ciarán Walsh & Mrs. Nóra Walsh", 9),
            (71, 164, "7 Lough Atalia Terrace", 9),
            (71, 177, "Renmore", 9),
            (71, 190, "Galway", 9),
            *_FEE_NOTE,
        ]
    )
    assert fields["buyer_name"] == "Mr. Ciarán Walsh & Mrs. Nóra Walsh"
    assert fields["seller_address"] == "Eyre Square, Galway, H91 F2C4"


def test_a_founding_years_tagline_opens_no_one_line_letterhead_address() -> None:
    fields = _fields(
        [
            (300, 50, "=The Harbour Courier", 22),
            (
                300,
                80,
                "=PORTSIDE'S WEEKLY PAPER SINCE 1901 · 12 Front Street, Kingston, ON K7L 1A1"
                " · 613-555-0170",
                8,
            ),
            (60, 130, "Bill To", 9),
            (60, 145, "Margaret Lee", 9),
            (60, 158, "57 King Street, Apt 3", 9),
            (60, 171, "Kingston, ON K7L 3H4", 9),
            (400, 130, "Invoice No. SUB-1187", 9),
            (400, 145, "Invoice Date 2024-02-15", 9),
            (60, 250, "Subscription 26 weeks", 9),
            (450, 250, "240.50", 9),
            (400, 300, "TOTAL (CAD) $240.50", 9),
        ]
    )
    assert fields["seller_address"] == "12 Front Street, Kingston, ON K7L 1A1"


def test_a_membership_receipt_bills_the_member_its_caption_names() -> None:
    fields = _fields(
        [
            (150, 50, "PEAKFORM GYM LTD", 16),
            (150, 70, "Unit 3, Dock Lane", 9),
            (150, 82, "Bristol BS1 6QA", 9),
            (60, 120, "Receipt No:", 9),
            (140, 120, "PF-R-20419", 9),
            (60, 134, "Date:", 9),
            (140, 134, "02/04/2024", 9),
            (60, 148, "Member:", 9),
            (140, 148, "Tomasz Nowak", 9),
            (60, 162, "Member No:", 9),
            (140, 162, "0041882", 9),
            (60, 200, "Off-Peak Membership", 9),
            (300, 200, "29.99", 9),
            (60, 240, "TOTAL", 9),
            (300, 240, "£29.99", 9),
            (60, 300, "VISA DEBIT 29.99", 9),
            (60, 360, "Thank you for training with us!", 9),
        ]
    )
    assert fields["buyer_name"] == "Tomasz Nowak"


def test_a_company_under_accounts_payable_is_the_buyer_and_the_footer_names_the_seller() -> None:
    fields = _fields(
        [
            (44, 25, "larkspur", 16),
            (110, 25, "mobile", 16),
            (43, 101, "Accounts Payable", 9),
            (43, 113, "Tidewell Surveying Ltd", 9),
            (43, 125, "41 Quayside Road", 9),
            (43, 137, "Hull", 9),
            (43, 150, "HU1 2AB", 9),
            (340, 101, "Bill date", 9),
            (430, 101, "6 April 2024", 9),
            (340, 113, "Invoice number", 9),
            (430, 113, "LM-88413027", 9),
            (57, 210, "Total to pay", 9),
            (300, 210, "£89.10", 9),
            (
                43,
                800,
                "Larkspur Mobile Ltd, 2 Canal Wharf, Leeds LS11 5PS. Registered in England"
                " & Wales No. 09183374.",
                6,
            ),
        ]
    )
    assert fields["seller_name"] == "Larkspur Mobile Ltd"
    assert fields["buyer_name"] == "Tidewell Surveying Ltd"


def test_a_service_phone_line_is_no_buyer_and_the_check_payee_spells_out_the_logo() -> None:
    fields = _fields(
        [
            (40, 30, "ASHBY FALLS", 16),
            (477, 24, "410 Depot Street", 8),
            (477, 36, "Ashby Falls, OR 97381", 8),
            (40, 52, "Municipal Utilities - Electric - Water", 8),
            (420, 52, "Customer Service (541) 555-0142", 8),
            (40, 104, "UTILITY BILL", 12),
            (40, 127, "Bill Number", 8),
            (130, 127, "7731948-0324", 8),
            (40, 140, "Bill Date", 8),
            (130, 140, "03/18/2024", 8),
            (40, 216, "DANIEL R OKAFOR", 8),
            (40, 228, "2218 SW WILLOW BEND RD", 8),
            (40, 240, "ASHBY FALLS OR 97381", 8),
            (326, 229, "Total Amount Due", 8),
            (480, 229, "$239.99", 8),
            (
                40,
                600,
                "Please detach and return this portion with your payment. Make checks payable"
                " to Ashby Falls Municipal Utilities.",
                7,
            ),
        ]
    )
    assert fields["buyer_name"] == "DANIEL R OKAFOR"
    assert fields["seller_name"] == "Ashby Falls Municipal Utilities"
