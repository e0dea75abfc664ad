"""IBAN and VAT-id check digits: published examples pass, one changed digit fails."""

from __future__ import annotations

import random

import pytest

from facturist.samples.checksums import (
    group_iban,
    is_valid_iban,
    is_valid_vat_id,
    random_iban,
    random_vat_id,
)

PUBLISHED_IBANS = [
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "CH9300762011623852957",
    "PL61109010140000071219812874",
]
PUBLISHED_VAT_IDS = [
    "DE136695976",
    "FR40303265045",
    "GB980780684",
    "NL004495445B01",
    "IT00743110157",
    "ATU13585627",
    "PL5260250274",
    "PT501964843",
    "ESA28015865",
    "IE6388047V",
    "CHE-116.281.710 MWST",
]
COUNTRIES = ["DE", "AT", "CH", "FR", "ES", "IT", "NL", "PT", "PL", "GB", "IE"]


def _bump_digit(text: str, position: int) -> str:
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    index = digits[position % len(digits)]
    return text[:index] + str((int(text[index]) + 1) % 10) + text[index + 1 :]


@pytest.mark.parametrize("iban", PUBLISHED_IBANS)
def test_published_ibans_pass_and_a_changed_digit_fails(iban: str) -> None:
    assert is_valid_iban(iban)
    assert is_valid_iban(group_iban(iban))
    assert not is_valid_iban(_bump_digit(iban, 5))


@pytest.mark.parametrize("vat_id", PUBLISHED_VAT_IDS)
def test_published_vat_ids_pass_and_a_changed_digit_fails(vat_id: str) -> None:
    assert is_valid_vat_id(vat_id)
    assert not is_valid_vat_id(_bump_digit(vat_id, 2))


@pytest.mark.parametrize("country", COUNTRIES)
def test_generated_numbers_are_valid_for_every_country(country: str) -> None:
    rng = random.Random(country)
    for _ in range(50):
        iban = random_iban(country, rng)
        assert iban.startswith(country) and is_valid_iban(iban), iban
        vat_id = random_vat_id(country, rng)
        assert is_valid_vat_id(vat_id), vat_id


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError):
        random_iban("ZZ", random.Random(0))
    assert not is_valid_vat_id("ZZ123456789")
