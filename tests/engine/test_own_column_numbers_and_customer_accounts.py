"""A caption's value in its own column, state-and-postcode pairs, the customer's debited account.

Conventions:
- Xero's and MYOB's Australian tax invoices print a column of captions each over its value
  ("Invoice Number" over "INV-1187") beside the issuer's address column; an address line half a
  line above the caption is the next column's, not the caption's value: the value under a
  caption is the one its own column gives.
- Australian, US and Canadian addresses end in the state's code and the postcode
  ("NOOSA HEADS QLD 4567", "Austin TX 78701"): after a town's name the pair numbers no document.
- An invoice collected by direct debit prints the customer's account it draws on: "addebitato
  sul c/c IBAN … intestato al cliente", "wird abgebucht von", "prélevé sur", "domiciliado en",
  "wordt afgeschreven van", "debited from": that account is the payer's, never the payee's.
"""

from __future__ import annotations

import pytest

from facturist.engine.idread import read_id
from facturist.engine.model import Box, Word

from .conftest import Page, header_values

_XERO_HEAD: Page = [
    (57, 69, "TAX INVOICE"),
    (318, 69, "Invoice Date"),
    (426, 69, "Saltbush Digital Pty Ltd"),
    (318, 81, "5 Mar 2024"),
    (426, 81, "3/27 Hastings Street"),
    (426, 94, "NOOSA HEADS QLD 4567"),
    (318, 98, "Invoice Number"),
    (57, 103, "Coastal Dental Group Pty Ltd"),
    (426, 107, "AUSTRALIA"),
    (318, 112, "INV-1187"),
    (57, 116, "Level 2, 118 Marine Parade"),
]


@pytest.mark.parametrize("address", ["NOOSA HEADS QLD 4567", "PO Box 1180", "Unit 7/14"])
def test_the_number_under_its_caption_beside_an_address_column(address: str) -> None:
    rows = [
        (x, y, address if text == "NOOSA HEADS QLD 4567" else text) for x, y, text in _XERO_HEAD
    ]
    values = header_values(rows)
    assert values["invoice_number"] == "INV-1187"


def _words(text: str) -> list[Word]:
    words, x = [], 300.0
    for token in text.split():
        words.append(Word(token, Box(1, x, 100, x + 5 * len(token), 109)))
        x += 5 * len(token) + 2.5
    return words


@pytest.mark.parametrize(
    "text", ["NOOSA HEADS QLD 4567", "Austin TX 78701", "Portland OR 97205-1234", "Perth WA 6000"]
)
def test_a_state_and_postcode_after_a_town_numbers_nothing(text: str) -> None:
    assert read_id(_words(text)) is None


def test_a_series_prefix_still_reads() -> None:
    value = read_id(_words("FV 12635/12/2020"))
    assert value is not None and value.value == "FV 12635/12/2020"


_ITALIAN_TOLL_HEAD: Page = [
    (43, 40, "TransitoPass S.p.A."),
    (43, 120, "Fattura n. 904417822/24"),
    (43, 134, "Data fattura 05/04/2024"),
    (51, 212, "Totale fattura € 340,63"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Importo addebitato il 20/04/2024 sul c/c IBAN IT33Q0503411701000000031877 intestato"
        " al cliente (SEPA Direct Debit)",
        "Addebito diretto su conto IBAN IT33Q0503411701000000031877",
        "Conto del cliente IBAN IT33Q0503411701000000031877",
        "Der Betrag wird abgebucht von IBAN DE56 3704 0044 0532 0130 0077",
        "Lastschrift von Konto IBAN DE56 3704 0044 0532 0130 0077",
        "Montant prélevé sur le compte IBAN FR14 2004 1010 0505 0001 3M02 606",
        "Recibo domiciliado en IBAN ES91 2100 0418 4502 0005 1332",
        "Het bedrag wordt afgeschreven van IBAN NL91 ABNA 0417 1643 00",
        "The amount will be debited from IBAN GB29 NWBK 6016 1331 9268 19",
    ],
)
def test_the_customers_debited_account_is_no_payee_iban(sentence: str) -> None:
    values = header_values([*_ITALIAN_TOLL_HEAD, (51, 231, sentence)])
    assert values.get("iban") is None


def test_the_payees_account_stays_beside_a_customers_debited_one() -> None:
    values = header_values(
        [
            *_ITALIAN_TOLL_HEAD,
            (51, 231, "Importo addebitato sul c/c IBAN IT33Q0503411701000000031877"),
            (43, 780, "TransitoPass S.p.A. IBAN IT60X0542811101000000123456"),
        ]
    )
    assert values["iban"] == "IT60X0542811101000000123456"
