"""Rules for real-world vendor layouts: numbers, VAT IDs, parties and item lists, synthetic."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _extract(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


def test_title_before_a_structured_number_labels_it() -> None:
    fields = _extract(
        [
            (50, 60, "Azure Interior"),
            (50, 74, "4557 De Silva St"),
            (50, 200, "Invoice INV/2023/03/0008"),
            (50, 230, "Invoice Date:"),
            (50, 244, "03/20/2023"),
            (300, 400, "Total"),
            (450, 400, "279.84"),
        ]
    )["fields"]
    assert fields["invoice_number"] == "INV/2023/03/0008"


def test_label_ending_inside_a_word_gives_the_rest_of_the_word() -> None:
    fields = _extract(
        [
            (50, 60, "Free SAS"),
            (50, 200, "Facture n°562044387 du 02 Juillet 2015"),
            (300, 400, "Total facture 29,99"),
        ]
    )["fields"]
    assert fields["invoice_number"] == "562044387"
    assert fields["invoice_date"] == "2015-07-02"


def test_vat_id_in_groups_and_after_the_bare_tax_name() -> None:
    grouped = _extract(
        [
            (50, 60, "Fibre SAS"),
            (50, 700, "Siège social: Paris - N° de TVA intra communautaire: FR 604 219 388 61"),
        ]
    )["fields"]
    assert grouped["seller_vat_id"] == "FR60421938861"
    bare = _extract([(50, 60, "Winkel B.V."), (350, 100, "BTW NL810433941B01")])["fields"]
    assert bare["seller_vat_id"] == "NL810433941B01"


def test_comma_set_apart_from_the_day_still_reads_as_a_date() -> None:
    fields = _extract(
        [(50, 60, "Cloud Services, Inc."), (300, 120, "Invoice Date: August 3 , 2014")]
    )
    assert fields["fields"]["invoice_date"] == "2014-08-03"


def test_bracketed_remark_under_a_seller_label_is_no_name() -> None:
    fields = _extract(
        [
            (350, 600, "Service Provider:"),
            (350, 612, "(Not to be used for payment remittance)"),
            (350, 624, "Cloud Services, Inc."),
            (350, 636, "410 Terry Ave North"),
        ]
    )["fields"]
    assert fields["seller_name"] == "Cloud Services, Inc."


def test_letterhead_under_a_tagline_names_the_seller() -> None:
    fields = _extract(
        [
            (400, 40, "Global Wholesaler"),
            (50, 60, "Azure Interior"),
            (50, 72, "4557 De Silva St"),
            (50, 84, "Fremont CA 94538"),
        ]
    )["fields"]
    assert fields["seller_name"] == "Azure Interior"
    # A name on the left whose address stands elsewhere stays the seller.
    kept = _extract(
        [
            (50, 40, "Acme Studio"),
            (350, 40, "Phone 555 0100"),
            (50, 120, "Jane Doe"),
            (50, 132, "12 Main Street"),
        ]
    )["fields"]
    assert kept["seller_name"] == "Acme Studio"


def test_bank_account_label_gives_an_unchecked_account_in_iban_form() -> None:
    fields = _extract([(50, 60, "Azure Interior"), (50, 500, "Bank Account: US1234567890")])
    assert fields["fields"]["iban"] == "US1234567890"


def test_no_tax_is_invented_when_net_equals_total_and_none_is_printed() -> None:
    fields = _extract(
        [
            (50, 60, "Maystone Services Ltd"),
            (350, 500, "Subtotal:"),
            (450, 500, "127.50"),
            (350, 514, "Total:"),
            (450, 514, "127.50"),
        ]
    )["fields"]
    assert fields["net_amount"] == 127.5
    assert "tax_amount" not in fields


def test_second_price_column_is_the_amount_and_totals_block_ends_the_table() -> None:
    rows: list[Row] = [
        (50, 60, "Winkel B.V."),
        (50, 220, "Artikel"),
        (330, 220, "Aantal"),
        (380, 220, "Prijs per stuk"),
        (460, 220, "BTW"),
        (490, 220, "Prijs incl. BTW"),
        (50, 236, "Tablet Air Wifi 16 GB"),
        (340, 236, "1"),
        (390, 236, "399,00"),
        (460, 236, "21%"),
        (500, 236, "399,00"),
        (50, 250, "Leather Cover Zwart"),
        (340, 250, "2"),
        (390, 250, "35,00"),
        (460, 250, "21%"),
        (500, 250, "70,00"),
        (60, 420, "Exclusief BTW"),
        (140, 420, "387,60"),
        (400, 420, "Subtotaal"),
        (500, 420, "469,00"),
        (60, 432, "BTW 21%"),
        (140, 432, "81,40"),
    ]
    items = _extract(rows)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Tablet Air Wifi 16 GB", 1.0, 399.0, 399.0),
        ("Leather Cover Zwart", 2.0, 35.0, 70.0),
    ]


def test_table_goes_on_after_a_group_subtotal_and_drops_bracketed_codes() -> None:
    rows: list[Row] = [
        (50, 60, "Azure Interior"),
        (50, 220, "Description"),
        (260, 220, "Quantity"),
        (340, 220, "Unit Price"),
        (480, 220, "Amount"),
        (50, 236, "--- Non Food ---"),
        (50, 252, "[FURN_7777] Office Chair"),
        (270, 252, "1.00"),
        (350, 252, "70.00"),
        (490, 252, "70.00"),
        (430, 268, "Subtotal $ 70.00"),
        (50, 284, "--- Food Products ---"),
        (50, 300, "[LUX_TRF] Luxury Truffles"),
        (270, 300, "15.00"),
        (350, 300, "10.00"),
        (490, 300, "150.00"),
        (430, 316, "Subtotal $ 150.00"),
        (300, 340, "Total"),
        (490, 340, "220.00"),
    ]
    items = _extract(rows)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Office Chair", 70.0),
        ("Luxury Truffles", 150.0),
    ]


def test_charges_by_service_with_indented_details_add_up_to_the_total() -> None:
    rows: list[Row] = [
        (50, 60, "Cloud Services, Inc."),
        (50, 200, "Summary"),
        (60, 216, "Service Charges"),
        (500, 216, "$4.10"),
        (70, 228, "Charges"),
        (500, 228, "$4.10"),
        (50, 244, "Total for this invoice"),
        (500, 244, "$4.10"),
        (50, 280, "Detail"),
    ]
    y = 296.0
    for name, amount in (("Data Transfer", "$1.88"), ("Compute Cloud", "$2.22")):
        rows += [(60, y, name), (500, y, amount), (70, y + 12, "Charges"), (500, y + 12, amount)]
        rows += [(70, y + 24, "VAT"), (500, y + 24, "$0.00")]
        y += 40
    items = _extract(rows)["line_items"]
    assert [(i["description"], i["unit_price"], i["amount"]) for i in items] == [
        ("Data Transfer", 1.88, 1.88),
        ("Compute Cloud", 2.22, 2.22),
    ]


def test_words_of_two_stacked_rows_do_not_interleave_on_one_line() -> None:
    # Scanned text: a tall word of the left column spans two rows of a narrow right block.
    words = [
        Word("Terms", Box(1, 10, 100, 60, 150)),
        Word("Amazon", Box(1, 300, 104, 360, 128)),
        Word("Web", Box(1, 366, 104, 400, 128)),
        Word("410", Box(1, 302, 124, 330, 148)),
        Word("Terry", Box(1, 336, 124, 380, 148)),
    ]
    lines = build_lines(PageText(1, 600, 800, words, "ocr"))
    assert [line.text for line in lines if "Amazon" in line.text] == ["Terms Amazon Web"]
    assert any(line.text == "410 Terry" for line in lines)


def test_bill_to_address_caption_heads_the_name_after_attn() -> None:
    fields = _extract(
        [
            (40, 60, "Amazon Web Services, Inc."),
            (260, 120, "Invoice Number: 42183017"),
            (37, 140, "Bill to Address:"),
            (36, 154, "ATTN: iViveLabs Limited"),
            (257, 154, "TOTAL AMOUNT DUE ON August 3 , 2014"),
            (500, 154, "$4.11"),
            (36, 168, "93B Sai Yu Chung"),
            (36, 182, "Yuen Long, N.T., 0000, HK"),
        ]
    )["fields"]
    assert fields["buyer_name"] == "iViveLabs Limited"


def test_name_wrapped_onto_a_line_whose_legal_form_has_its_own_cell() -> None:
    fields = _extract(
        [
            (50, 300, "Verkäufer:"),
            (50, 314, "Nummer : 549910"),
            (50, 328, "MVM Musterhafter"),
            (50, 342, "Versicherungsverein Musterstadt"),
            (225, 342, "a.G."),
            (50, 362, "Musterstr. 12"),
            (50, 376, "DE 12345 Musterstadt"),
        ]
    )["fields"]
    assert fields["seller_name"] == "MVM Musterhafter Versicherungsverein Musterstadt a.G."


def test_number_quoted_in_a_payment_reference_yields_to_the_titles() -> None:
    fields = _extract(
        [
            (50, 60, "Lieferant GmbH & Co. KG"),
            (50, 120, "Handelsrechnung (380) Nr. 9099999999 vom 31.10.2026"),
            (50, 140, "Zahlungsreferenz: Kundennummer:. 8888855555 Rechnungsnummer:. 6069999999"),
        ]
    )["fields"]
    assert fields["invoice_number"] == "9099999999"
