"""Golden tests on the generator's layouts modelled on real designs the engine was not built on.

SaaS invoices (Bill To beside Ship To, totals box), Spanish/Italian/Portuguese facturas (meta
strip of captions over values, national tax ids, VAT breakdown strip), Polish/Dutch invoices
with net, VAT and gross per line, and German/French letters with a ruled grid whose long
tables carry their running sum over the page break. Every language, some on several pages.
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.eval.scorer import field_matches, score_lines
from facturist.samples import LANGUAGES, random_invoice, render_pdf

LAYOUTS = ("saas", "factura", "vat_columns", "letter_grid", "shop", "facture", "handwerk")
CASES = [
    (9300 + index, language, layout, 30 if index % 4 == 3 else None)
    for index, (layout, language) in enumerate(
        (layout, language) for layout in LAYOUTS for language in LANGUAGES
    )
]
EXACT = ("invoice_number", "seller_name", "buyer_name", "seller_vat_id", "iban", "currency")
AMOUNTS = ("net_amount", "tax_amount", "total_amount", "amount_due")


@pytest.fixture(scope="module")
def read() -> list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]]:
    out = []
    for seed, language, layout, lines in CASES:
        spec = random_invoice(seed, language=language, layout=layout, lines=lines)
        out.append(((seed, language, layout), spec.truth(), extract_canonical(render_pdf(spec))))
    return out


def _right(name: str, truth: dict[str, Any], predicted: dict[str, Any]) -> bool:
    expected, guess = truth["fields"][name], predicted["fields"].get(name)
    if expected is None:
        return guess is None
    return field_matches(name, expected, guess, truth["alternatives"].get(name, ()))


def test_every_line_item_on_every_invoice(
    read: list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]],
) -> None:
    wrong = []
    for case, truth, predicted in read:
        counts, _ = score_lines(truth["line_items"], predicted["line_items"])
        if counts.fp or counts.fn:
            wrong.append((case, counts.tp, counts.fp, counts.fn))
    assert wrong == []


def test_identifiers_and_parties_on_every_invoice(
    read: list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]],
) -> None:
    wrong = [
        (case, name, truth["fields"][name], predicted["fields"].get(name))
        for case, truth, predicted in read
        for name in EXACT
        if not _right(name, truth, predicted)
    ]
    assert wrong == []


def test_dates_and_amounts_over_the_set(
    read: list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]],
) -> None:
    for name in ("invoice_date", "due_date", *AMOUNTS):
        right = sum(_right(name, truth, predicted) for _, truth, predicted in read)
        assert right >= 0.9 * len(read), name
