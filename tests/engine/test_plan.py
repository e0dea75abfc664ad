from __future__ import annotations

from facturist.engine import plan_from_prompt


def test_sentence_becomes_ordered_named_columns() -> None:
    plan = plan_from_prompt("Extract invoice number, date, vendor name, and total amount")
    assert [c.name for c in plan.columns] == [
        "Invoice Number",
        "Invoice Date",
        "Vendor Name",
        "Total Amount",
    ]
    assert [c.key for c in plan.columns] == [
        "invoice_number",
        "invoice_date",
        "seller_name",
        "total_amount",
    ]
    assert [c.kind for c in plan.columns] == ["text", "date", "text", "number"]


def test_synonyms_map_to_catalogue_keys() -> None:
    plan = plan_from_prompt("Get the supplier, the bill to customer, the VAT and the grand total")
    keys = [c.key for c in plan.columns]
    assert keys == ["seller_name", "buyer_name", "tax_amount", "total_amount"]


def test_generic_prompt_gives_default_columns() -> None:
    plan = plan_from_prompt("extract all invoice data")
    keys = {c.key for c in plan.columns}
    assert {"invoice_number", "invoice_date", "seller_name", "total_amount"} <= keys
    assert not plan.notes


def test_rules_are_honoured() -> None:
    plan = plan_from_prompt(
        "Invoice number and invoice date (DD/MM/YYYY, NOT the due date), "
        "total with 2 decimal places, "
        "no currency symbol. Skip credit notes."
    )
    assert plan.date_format == "%d/%m/%Y"
    assert plan.decimals == 2
    assert plan.currency_symbol is False
    assert "credit_note" in plan.skip_document_types
    keys = [c.key for c in plan.columns]
    assert "due_date" not in keys and "currency" not in keys
    date_column = next(c for c in plan.columns if c.key == "invoice_date")
    assert "due date" in date_column.instruction.lower()


def test_automatic_structure_with_line_items() -> None:
    plan = plan_from_prompt(
        "Extract invoice number and for each line item the description, quantity, "
        "unit price and amount",
        "automatic",
    )
    assert plan.resolved_structure() == "per_line_item"
    assert [c.key for c in plan.columns][1:] == [
        "line.description",
        "line.quantity",
        "line.unit_price",
        "line.amount",
    ]


def test_field_list_keeps_names_and_order() -> None:
    plan = plan_from_prompt(
        {
            "fields": [
                {"name": "Supplier"},
                {"name": "Total", "prompt": "the grand total incl. VAT"},
                {"name": "Cost Centre", "prompt": "the cost centre printed on the invoice"},
            ],
            "general_prompt": "Dates as YYYY-MM-DD",
        }
    )
    assert [c.name for c in plan.columns] == ["Supplier", "Total", "Cost Centre"]
    assert [c.key for c in plan.columns] == ["seller_name", "total_amount", "custom"]
    assert plan.date_format == "%Y-%m-%d"


def test_unhonoured_instruction_becomes_a_note() -> None:
    plan = plan_from_prompt("Extract the total. Translate every description to Klingon.")
    assert any("Klingon" in note.description for note in plan.notes)
