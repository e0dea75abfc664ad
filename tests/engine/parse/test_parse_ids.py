"""Golden cases for IBAN, BIC and VAT ID validation and scanning."""

from __future__ import annotations

import pytest

from facturist.engine.parse.ids import (
    find_bics,
    find_ibans,
    find_vat_ids,
    is_valid_bic,
    is_valid_iban,
    is_valid_vat_id,
    normalize_iban,
    normalize_vat_id,
)

VALID_IBANS = [
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "de89 3704 0044 0532 0130 00",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "BE68539007547034",
    "CH9300762011623852957",
    "AT611904300234573201",
    "PL61109010140000071219812874",
    "NO9386011117947",
]


@pytest.mark.parametrize("iban", VALID_IBANS)
def test_valid_iban(iban: str) -> None:
    assert is_valid_iban(iban)


INVALID_IBANS = [
    "DE89370400440532013001",  # check digits wrong
    "DE8937040044053201300",  # too short for Germany
    "DE893704004405320130000",  # too long
    "XX89370400440532013000",  # no such country
    "GB82WEST1234569876543Z",
    "",
    "DE",
    "1234567890",
]


@pytest.mark.parametrize("iban", INVALID_IBANS)
def test_invalid_iban(iban: str) -> None:
    assert not is_valid_iban(iban)


def test_normalize_iban() -> None:
    assert normalize_iban(" de89 3704-0044 0532 0130 00 ") == "DE89370400440532013000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN: DE89 3704 0044 0532 0130 00 BIC: COBADEFFXXX", ["DE89370400440532013000"]),
        (
            "IBAN DE89370400440532013000, NL91ABNA0417164300",
            ["DE89370400440532013000", "NL91ABNA0417164300"],
        ),
        ("IBAN DE89 3704 0044 0532 0130 01", []),
        ("Konto DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", ["DE89370400440532013000"]),
        ("no iban here 12345", []),
    ],
)
def test_find_ibans(text: str, expected: list[str]) -> None:
    assert find_ibans(text) == expected


@pytest.mark.parametrize(
    ("bic", "valid"),
    [
        ("COBADEFFXXX", True),
        ("DEUTDEFF", True),
        ("GENODEF1S04", True),
        ("deutdeff", True),
        ("DEUTXXFF", False),  # XX is not a country
        ("DEUTDEF", False),
        ("DEUTDEFFX", False),
        ("1EUTDEFF", False),
    ],
)
def test_is_valid_bic(bic: str, valid: bool) -> None:
    assert is_valid_bic(bic) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BIC: DEUTDEFF", ["DEUTDEFF"]),
        ("SWIFT/BIC COBADEFFXXX", ["COBADEFFXXX"]),
        ("Bank GENODEF1S04 Volksbank", ["GENODEF1S04"]),
        ("CUSTOMER INVOICES", []),
        ("DEUTDEFF alone is a word-like token", []),
    ],
)
def test_find_bics(text: str, expected: list[str]) -> None:
    assert find_bics(text) == expected


VALID_VAT_IDS = [
    "DE136695976",
    "IE6433435F",  # Ireland's check letter; the 2013 series' second letter; the old form
    "IE3298157GH",
    "IE8Z49289F",
    "DE 136 695 976",
    "ATU13585627",
    "BE0403019261",
    "BE428759497",
    "FR40303265045",
    "FR 61 954 506 077",
    "IT00743110157",
    "NL004495445B01",
    "ESB58378431",
    "ES54362315K",
    "ESX2482300W",
    "PL8567346215",
    "PT501964843",
    "GB980780684",
    "GB802311782",
    "DK13585628",
    "FI20774740",
    "LU15027442",
    "SE123456789701",
    "EL094259216",
    "GR094259216",
    "SI50223054",
    "HR33392005961",
    "CHE-107.787.577 IVA",
    "NO995525828MVA",
]


@pytest.mark.parametrize("vat_id", VALID_VAT_IDS)
def test_valid_vat_id(vat_id: str) -> None:
    assert is_valid_vat_id(vat_id) is True


INVALID_VAT_IDS = [
    "DE136695977",
    "IE6433435G",
    "IE3298157HH",
    "DE036695976",
    "ATU13585628",
    "BE0403019262",
    "FR41303265045",
    "IT00743110158",
    "NL004495446B01",
    "ESB58378432",
    "ES54362315A",
    "PL8567346216",
    "PT501964844",
    "GB980780685",
    "DK13585629",
    "EL094259217",
    "DE12345678",  # format: eight digits
    "ATX13585627",
    "NL004495445",
    "CHE-107.787.578",
]


@pytest.mark.parametrize("vat_id", INVALID_VAT_IDS)
def test_invalid_vat_id(vat_id: str) -> None:
    assert is_valid_vat_id(vat_id) is False


@pytest.mark.parametrize("vat_id", ["CZ25123891", "FRXX303265045", "US123456789"])
def test_vat_id_without_checksum(vat_id: str) -> None:
    assert is_valid_vat_id(vat_id) is None


def test_normalize_vat_id() -> None:
    assert normalize_vat_id("de 136.695-976") == "DE136695976"
    assert normalize_vat_id("CHE-107.787.577 MWST") == "CHE107787577"
    assert normalize_vat_id("GR094259216") == "EL094259216"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USt-IdNr.: DE136695976", ["DE136695976"]),
        ("VAT DE 136 695 976 and ATU13585627", ["DE136695976", "ATU13585627"]),
        ("USt-IdNr. DE136695977 (typo)", []),
        ("TVA FR40303265045, SIRET 30326504500012", ["FR40303265045"]),
        ("UID CHE-107.787.577 MWST", ["CHE107787577"]),
        ("Steuernummer 201/113/40209", []),
        ("DE136695976Rechnung", ["DE136695976"]),
        ("VAT DE136695976 20 items", ["DE136695976"]),
        ("NL004495445B01 B.V.", ["NL004495445B01"]),
    ],
)
def test_find_vat_ids(text: str, expected: list[str]) -> None:
    assert find_vat_ids(text) == expected
