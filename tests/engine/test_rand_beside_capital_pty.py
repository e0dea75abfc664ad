"""The rand sign ("R 10 399.74") is read on a South African page, which its company names'
"(PTY) LTD" in capitals mark as the "(Pty) Ltd" of mixed case does (parse/currency.py)."""

from __future__ import annotations

from facturist.engine.parse.currency import detect_currency


def test_rand_beside_company_in_capitals() -> None:
    page = "KAROO PIPE WORKS (PTY) LTD\n14 Main Road\nTotal R 10 399.74"
    assert detect_currency(page) == "ZAR"


def test_bare_r_figure_without_south_african_mark_is_no_rand() -> None:
    assert detect_currency("PIPE WORKS LTD\nTotal R 10 399.74") != "ZAR"
