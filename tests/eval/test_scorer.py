from __future__ import annotations

import pytest

from facturist.eval.scorer import field_matches, score_documents, to_number, token_f1


def _truth(
    fields: dict[str, object], lines: list[dict[str, object]] | None = None
) -> dict[str, object]:
    return {"family": "f", "fields": fields, "line_items": lines}


def test_field_matching_rules() -> None:
    assert field_matches("invoice_number", "No. 471102", "#471102")
    assert field_matches("seller_vat_id", "DE 123 456 789", "de123456789")
    assert not field_matches("invoice_number", "471102", "471103")
    assert field_matches("invoice_date", "2018-06-05", "2018-06-05")
    assert field_matches("total_amount", -8.79, "8,79")
    assert not field_matches("total_amount", 8.79, 8.81)
    assert field_matches("seller_name", "Lieferant GmbH", "lieferant gmbh")
    assert field_matches("seller_name", "Amazon Web Services, Inc.", "AWS", ["AWS"])
    assert not field_matches("seller_name", "Amazon Web Services, Inc.", "Amazon")


def test_number_and_token_helpers() -> None:
    assert to_number("1.234,56") == pytest.approx(1234.56)
    assert to_number("(12.00)") == pytest.approx(-12.0)
    assert to_number("1,234") == pytest.approx(1234.0)
    assert token_f1("a b c", "a b d") == pytest.approx(2 / 3)


def test_header_counts() -> None:
    pairs = [
        (
            _truth({"invoice_number": "1", "due_date": None, "total_amount": 10.0}),
            {"fields": {"invoice_number": "1", "due_date": "2020-01-01", "total_amount": 11.0}},
        ),
        (_truth({"invoice_number": "2"}), None),
    ]
    score = score_documents(pairs)
    header = score.header()
    # right number (tp), due date where none (fp), wrong total (fp+fn), missing doc (fn)
    assert (header.tp, header.fp, header.fn) == (1, 2, 2)
    assert score.missing == 1


def test_line_items_pair_one_to_one() -> None:
    truth_lines = [
        {"description": "Widget large", "quantity": 10, "unit_price": 50.0, "amount": 500.0},
        {"description": "Widget small", "quantity": 25, "unit_price": 20.0, "amount": 500.0},
    ]
    predicted = [
        {"description": "Widget small", "quantity": 25, "unit_price": 20.0, "amount": 500.0},
        {"description": "Widget large", "quantity": 11, "unit_price": 50.0, "amount": 500.0},
        {"description": "Shipping", "amount": 5.0},
    ]
    score = score_documents([(_truth({}, truth_lines), {"fields": {}, "line_items": predicted})])
    assert (score.lines.tp, score.lines.fp, score.lines.fn) == (1, 2, 1)
    assert score.line_cells["quantity"] == [1, 2]
