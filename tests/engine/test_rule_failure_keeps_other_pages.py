"""A rule that fails on one page of a multi-invoice PDF loses that page only.

A single ValueError in a date rule once emptied a whole document; in a PDF of many invoices
every invoice was lost with it. The pages are then analysed one by one.
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract, extraction, plan_from_prompt
from facturist.samples import random_invoice, render_multi_invoice

PLAN = plan_from_prompt("Extract invoice number and total amount")


def test_a_failing_page_loses_only_its_own_invoice(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = [random_invoice(7300 + index, layout="classic", lines=3) for index in range(3)]
    multi = render_multi_invoice(specs)
    assert multi.page_ranges == [(1, 1), (2, 2), (3, 3)]
    real = extraction.find_candidates
    seen: list[int] = []

    def failing_on_page_two(lines: list[Any]) -> Any:
        if lines and lines[0].page == 2:
            raise ValueError("a rule's bug")
        seen.append(lines[0].page if lines else 0)
        return real(lines)

    monkeypatch.setattr(extraction, "find_candidates", failing_on_page_two)
    result = extract(multi.data, PLAN)
    column = next(c.name for c in PLAN.columns if c.key == "invoice_number")
    numbers = [record.fields[column].value for record in result.invoices]
    assert numbers == [specs[0].invoice_number, specs[2].invoice_number]


def test_a_failing_single_page_still_reports_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    multi = render_multi_invoice([random_invoice(7310, layout="classic", lines=3)])

    def failing(lines: list[Any]) -> Any:
        raise ValueError("a rule's bug")

    monkeypatch.setattr(extraction, "find_candidates", failing)
    result = extract(multi.data, PLAN)
    assert result.invoices == []
    assert any("internal error" in note.description for note in result.notes)
