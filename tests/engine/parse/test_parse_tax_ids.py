"""Golden cases for tax registration numbers outside the EU: ABN, GSTIN, BN, QST, UEN, NZ GST."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facturist.engine.parse.tax_ids import (
    compact_tax_id,
    is_valid_abn,
    is_valid_business_number,
    is_valid_cnpj,
    is_valid_gstin,
    is_valid_jp_invoice_number,
    is_valid_nz_gst,
    is_valid_qst,
    is_valid_rfc,
    is_valid_uen,
    is_valid_vkn,
    world_tax_id,
)


@pytest.mark.parametrize(
    ("abn", "valid"),
    [
        ("51 824 753 556", True),
        ("51824753556", True),
        ("53 004 085 616", True),
        ("33 102 417 032", True),
        ("51 824 753 557", False),  # check digits wrong
        ("15 824 753 556", False),  # digits swapped
        ("5182475355", False),  # ten digits
        ("01 824 753 556", False),  # no ABN starts with 0
    ],
)
def test_abn(abn: str, valid: bool) -> None:
    assert is_valid_abn(abn) is valid


@pytest.mark.parametrize(
    ("gstin", "valid"),
    [
        ("29AABCS1234F1ZN", True),
        ("24ABCPG5678K1ZG", True),
        ("27AAPFU0939F1ZV", True),
        ("27aapfu0939f1zv", True),
        ("29AABCS1234F1ZM", False),  # check character wrong
        ("29AABCS1234F1YN", False),  # no "Z" before the check character
        ("45AABCS1234F1ZN", False),  # no such state code
        ("29AABCS1234F1Z", False),  # fourteen characters
        ("ABCPG5678K", False),  # a PAN alone
    ],
)
def test_gstin(gstin: str, valid: bool) -> None:
    assert is_valid_gstin(gstin) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("81234 5676 RT0001", True),
        ("812345676RT0001", True),
        ("845123900 RT 0001", True),
        ("812345676RP0002", True),
        ("812345677RT0001", False),  # Luhn check fails
        ("812345676XX0001", False),  # no such program account
        ("812345676", False),  # the BN alone, without its program account
        ("812345676RT001", False),
    ],
)
def test_canadian_business_number(number: str, valid: bool) -> None:
    assert is_valid_business_number(number) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("1234567890TQ0001", True),
        ("1234567890 TQ 0001", True),
        ("123456789TQ0001", False),
        ("1234567890RT0001", False),
    ],
)
def test_quebec_qst_number(number: str, valid: bool) -> None:
    assert is_valid_qst(number) is valid


@pytest.mark.parametrize(
    ("uen", "valid"),
    [
        ("201912345K", True),  # local company: year, five digits, letter
        ("200312345E", True),
        ("53012345D", True),  # business: eight digits, letter
        ("T08LL1234A", True),  # others: T (20) 08, entity type LL
        ("S16FC0121D", True),
        ("F00056789H", True),  # foreign company
        ("M90312345A", True),  # GST registration without a UEN
        ("M9-0312345-A", True),
        ("2019123456", False),  # no check letter
        ("T08ZZ1234A", False),  # no such entity type
        ("F12356789H", False),
        ("1512345678A", False),
        ("ABCDEFGHIJ", False),
    ],
)
def test_singapore_uen(uen: str, valid: bool) -> None:
    assert is_valid_uen(uen) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("49091850", True),
        ("49-091-850", True),
        ("35901981", True),
        ("49098576", True),  # the secondary weights give its check digit
        ("136410132", True),
        ("136410133", False),  # check digit wrong
        ("49091851", False),
        ("9125568", False),  # below the range
        ("150000005", False),  # above the range
        ("12345678A", False),
    ],
)
def test_new_zealand_gst_number(number: str, valid: bool) -> None:
    assert is_valid_nz_gst(number) is valid


def test_compact_tax_id() -> None:
    assert compact_tax_id(" 51 824.753-556 ") == "51824753556"
    assert compact_tax_id("m9-0312345-a") == "M90312345A"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("51 824 753 556", "51824753556"),
        ("29AABCS1234F1ZN", "29AABCS1234F1ZN"),
        ("81234 5676 RT0001", "812345676RT0001"),
        ("1234567890 TQ0001", "1234567890TQ0001"),
        ("201912345K", "201912345K"),
        ("4123456784", "4123456784"),  # South Africa: ten digits from 4, Luhn
        ("4123456785", None),
        ("51 824 753 557", None),
        ("49091850", None),  # New Zealand digits need their caption: not read here
        ("INV-0347", None),
    ],
)
def test_world_tax_id(text: str, expected: str | None) -> None:
    assert world_tax_id(text) == expected


@pytest.mark.parametrize(
    ("check", "number", "valid"),
    [
        (is_valid_cnpj, "11.222.333/0001-81", True),
        (is_valid_cnpj, "11.222.333/0001-82", False),
        (is_valid_cnpj, "00.000.000/0000-00", False),
        (is_valid_jp_invoice_number, "T1011101012345", True),
        (is_valid_jp_invoice_number, "T2011101012345", False),
        (is_valid_jp_invoice_number, "1011101012345", False),
        (is_valid_rfc, "CSA170822K75", True),
        (is_valid_rfc, "CSA170822K76", False),
        (is_valid_rfc, "CSA171322K75", False),  # month 13
        (is_valid_vkn, "4730129580", True),
        (is_valid_vkn, "4730129581", False),
    ],
)
def test_national_tax_numbers_with_their_own_checks(
    check: Callable[[str], bool], number: str, valid: bool
) -> None:
    assert check(number) is valid
