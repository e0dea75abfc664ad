"""random_invoice: deterministic, truth-shaped, and arithmetically consistent."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from facturist.samples import (
    LANGUAGES,
    LAYOUTS,
    TRUTH_FIELD_KEYS,
    InvoiceSpec,
    is_valid_iban,
    is_valid_vat_id,
    random_invoice,
)
from facturist.samples.locales import get_locale

EXPECTED_KEYS = {
    "document_type", "invoice_number", "invoice_date", "due_date", "seller_name",
    "seller_vat_id", "seller_address", "buyer_name", "currency", "net_amount", "tax_amount",
    "total_amount", "amount_due", "iban",
}  # fmt: skip


def _check_arithmetic(spec: InvoiceSpec) -> None:
    for item in spec.line_items:
        gross = item.quantity * item.unit_price
        if item.discount:
            exact = gross * (100 - item.discount) / 100
            assert abs(item.amount - exact) <= Decimal("0.005")
        else:
            assert gross == item.amount
    assert sum(item.amount for item in spec.line_items) == spec.net_amount
    assert sum(group.tax for group in spec.tax_groups) == spec.tax_amount
    for group in spec.tax_groups:
        assert abs(group.base * group.rate / 100 - group.tax) <= Decimal("0.005")
    assert spec.net_amount + spec.tax_amount == spec.total_amount
    assert spec.total_amount - spec.paid_amount == spec.amount_due
    assert spec.tax_amount == spec.tax_amount.quantize(Decimal("0.01"))


def test_same_seed_same_truth_and_different_seeds_differ() -> None:
    first = json.dumps(random_invoice(42).truth(), sort_keys=True)
    assert first == json.dumps(random_invoice(42).truth(), sort_keys=True)
    others = {json.dumps(random_invoice(seed).truth(), sort_keys=True) for seed in range(20)}
    assert len(others) == 20


def test_fields_have_exactly_the_truth_keys_and_json_types() -> None:
    fields = random_invoice(3).fields()
    assert set(fields) == EXPECTED_KEYS == set(TRUTH_FIELD_KEYS)
    json.dumps(random_invoice(3).truth())  # serialisable
    assert isinstance(fields["total_amount"], float)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_consistent_with_valid_identifiers(language: str) -> None:
    for seed in range(40):
        spec = random_invoice(seed, language=language)
        assert spec.language == language
        _check_arithmetic(spec)
        if spec.iban is not None:
            assert is_valid_iban(spec.iban)
        if spec.seller_vat_id is not None:
            # Some layouts print the id without its country prefix; the full one is accepted.
            printed = [spec.seller_vat_id, *spec.alternatives.get("seller_vat_id", [])]
            assert any(is_valid_vat_id(vat_id) for vat_id in printed)
        if spec.due_date is not None:
            assert spec.due_date > spec.invoice_date
        assert spec.currency == get_locale(spec.locale).currency


def test_credit_notes_are_negative_and_typed() -> None:
    spec = random_invoice(5, document_type="credit_note", lines=3)
    assert spec.document_type == "credit_note"
    assert spec.fields()["document_type"] == "credit_note"
    assert spec.total_amount < 0 and spec.net_amount < 0 and spec.amount_due < 0
    assert all(item.amount < 0 for item in spec.line_items)
    assert spec.original_invoice
    _check_arithmetic(spec)


def test_arguments_are_honoured() -> None:
    spec = random_invoice(9, language="pl", layout="boxed", lines=7)
    assert (spec.language, spec.layout, len(spec.line_items)) == ("pl", "boxed", 7)
    assert random_invoice(9, locale="de-CH").currency == "CHF"
    assert {random_invoice(seed).layout for seed in range(60)} == set(LAYOUTS)


def test_unknown_language_or_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        random_invoice(1, language="xx")
    with pytest.raises(ValueError):
        random_invoice(1, layout="fancy")
