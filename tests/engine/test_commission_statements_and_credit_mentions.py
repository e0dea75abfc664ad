"""Commission statements, and credit notes named on an invoice.

- A self-billed commission statement ("Gutschrift gemäß § 14 Abs. 2 UStG") on the principal's
  letterhead: its table's "Kunde" column, under a header whose caption wraps to a second line
  ("Umsatzbasis" over "netto €"), heads no party's block, so the roles are swapped; its rows
  are the customers' text and the commission's amount ("Provision"), the rate ("Satz", "4 %")
  no unit price. A line denying the self-billing ("keine Gutschrift im Sinne des § 14 Abs. 2
  UStG") makes no self-billed invoice.
- "Industrievertretung" over the agent's name: the kind of business, the person the party.
- An invoice deducting an earlier credit note ("Less: credit note ... | (£40.00)", a note
  saying it was deducted) stays an invoice.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _result(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    return result


def _statement(clause: str) -> list[SizedText]:
    return [
        (60, 40, "WESERTAL LEUCHTEN", 14),
        (60, 80, "Wesertal Leuchten GmbH · Am Deich 12 · 28199 Bremen", 6),
        (400, 80, "Abrechnungs-Nr.: PV-0917", 8),
        (400, 92, "Datum: 04.11.2024", 8),
        (60, 96, "Industrievertretung", 10),
        (60, 109, "Tobias Wendland", 10),
        (400, 104, "Ihre USt-IdNr.: DE813307524", 8),
        (60, 122, "Lindenallee 5", 10),
        (60, 135, "30159 Hannover", 10),
        (60, 190, "GUTSCHRIFT", 14),
        (60, 206, "Provisionsabrechnung Oktober 2024", 10),
        (60, 226, clause, 8),
        (60, 260, "Kd.-Nr.", 8),
        (110, 260, "Kunde", 8),
        (340, 260, "Umsatzbasis", 8),
        (430, 260, "Satz", 8),
        (490, 260, "Provision €", 8),
        (340, 270, "netto €", 8),
        (60, 288, "20311", 9),
        (110, 288, "Leuchtenhaus Kramer OHG, Celle", 9),
        (350, 288, "12.500,00", 9),
        (430, 288, "4 %", 9),
        (500, 288, "500,00", 9),
        (60, 304, "20457", 9),
        (110, 304, "Elektro Vahlsing GmbH, Verden", 9),
        (350, 304, "8.000,00", 9),
        (430, 304, "4 %", 9),
        (500, 304, "320,00", 9),
        (340, 340, "Summe Provision netto", 9),
        (500, 340, "820,00", 9),
        (340, 354, "zzgl. 19 % USt.", 9),
        (500, 354, "155,80", 9),
        (340, 368, "Auszahlungsbetrag", 9),
        (500, 368, "975,80", 9),
        (60, 760, "Wesertal Leuchten GmbH", 6),
        (250, 760, "AG Bremen HRB 40917", 6),
        (60, 770, "Am Deich 12, 28199 Bremen", 6),
        (250, 770, "USt-IdNr. DE204836615", 6),
    ]


def test_self_billed_commission_statement_swaps_roles_past_a_table_customer_column() -> None:
    result = _result(_statement("Abrechnung als Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG."))
    fields = result["fields"]
    assert fields["document_type"] == "invoice"
    assert fields["seller_name"] == "Tobias Wendland"
    assert fields["seller_vat_id"] == "DE813307524"
    assert fields["seller_address"] == "Lindenallee 5, 30159 Hannover"
    assert fields["buyer_name"] == "Wesertal Leuchten GmbH"
    assert fields["buyer_vat_id"] == "DE204836615"


def test_commission_table_rows_give_customer_and_commission() -> None:
    items = _result(_statement("Abrechnung als Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG."))[
        "line_items"
    ]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Leuchtenhaus Kramer OHG, Celle", 500.0),
        ("Elektro Vahlsing GmbH, Verden", 320.0),
    ]
    assert all(i.get("unit_price") is None for i in items)


def test_denied_self_billing_keeps_the_letterhead_as_seller() -> None:
    fields = _result(_statement("Hinweis: keine Gutschrift im Sinne des § 14 Abs. 2 UStG."))[
        "fields"
    ]
    assert fields["seller_name"] == "Wesertal Leuchten GmbH"


def test_invoice_deducting_an_earlier_credit_note_stays_an_invoice() -> None:
    texts: list[SizedText] = [
        (60, 40, "Pennine Joinery Ltd", 12),
        (60, 54, "4 Mill Lane, Halifax HX1 2AB", 9),
        (450, 40, "INVOICE", 16),
        (60, 100, "Bill to", 8),
        (60, 112, "Calder Dental Practice Ltd", 9),
        (60, 124, "9 Bank Street, Hebden Bridge HX7 8AA", 9),
        (380, 100, "Invoice No.", 8),
        (460, 100, "PJ-2210", 8),
        (380, 112, "Invoice Date", 8),
        (460, 112, "05/11/2024", 8),
        (60, 170, "DESCRIPTION", 8),
        (400, 170, "QTY", 8),
        (440, 170, "PRICE", 8),
        (500, 170, "AMOUNT", 8),
        (60, 186, "Reception desk, oak veneer", 9),
        (400, 186, "1", 9),
        (440, 186, "£500.00", 9),
        (500, 186, "£500.00", 9),
        (60, 200, "Fitting, half day", 9),
        (400, 200, "1", 9),
        (440, 200, "£100.00", 9),
        (500, 200, "£100.00", 9),
        (340, 240, "Subtotal", 9),
        (500, 240, "£600.00", 9),
        (340, 254, "VAT @ 20%", 9),
        (500, 254, "£120.00", 9),
        (340, 268, "Invoice total", 9),
        (500, 268, "£720.00", 9),
        (340, 282, "Less: credit note CR-77 of 01/10/2024", 9),
        (500, 282, "(£40.00)", 9),
        (340, 296, "BALANCE DUE", 9),
        (500, 296, "£680.00", 9),
        (
            60,
            330,
            "Credit note CR-77 for the scratched worktop has been deducted from this invoice"
            " as agreed on the phone.",
            8,
        ),
    ]
    assert _result(texts)["fields"]["document_type"] == "invoice"
