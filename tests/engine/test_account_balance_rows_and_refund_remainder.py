"""A utility bill's account situation and an annual statement's refund.

- The account situation lists an earlier bill left unpaid ("Solde de la facture n° … du
  12/11/2023 (prélèvement rejeté)", "Balance of previous bill no. …"), then this bill's amount
  and the sum to pay: the total is this bill's, the sum due holds the unpaid one.
- An annual statement deducts the monthly advances from the year's gross and names the
  remainder owed back to the customer ("Terug te ontvangen", "Erstattungsbetrag"): that
  remainder is what the bill settles, the amount due (a positive figure, as "Ihr Guthaben").
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_BILL_HEAD: list[SizedText] = [
    (40, 35, "Énergies du Val", 16),
    (400, 35, "Facture", 14),
    (360, 60, "Facture n°", 9),
    (440, 60, "EV-2403-77120", 9),
    (360, 73, "Date", 9),
    (440, 73, "12/03/2024", 9),
    (40, 80, "Énergies du Val SAS · 4 avenue de la Gare, 37000 Tours", 8),
    (330, 140, "Mme Claire Dubois", 9),
    (330, 154, "18 rue Nationale", 9),
    (330, 168, "37100 Tours", 9),
    (40, 250, "Libellé", 9),
    (460, 250, "Montant HT", 9),
    (40, 266, "Abonnement", 9),
    (460, 266, "40,00", 9),
    (40, 280, "Consommation", 9),
    (460, 280, "110,00", 9),
    (330, 320, "Total HT", 9),
    (460, 320, "150,00 €", 9),
    (330, 334, "TVA 20 %", 9),
    (460, 334, "30,00 €", 9),
    (330, 348, "Total TTC", 9),
    (460, 348, "180,00 €", 9),
]


@pytest.mark.parametrize(
    ("heading", "unpaid", "present", "to_pay"),
    [
        (
            "Situation de votre compte",
            "Solde de la facture n° 2311 4410 du 12/11/2023 (prélèvement rejeté)",
            "Montant de la présente facture",
            "Total à payer au 28/03/2024",
        ),
        (
            "Your account",
            "Balance of previous bill no. 2311-4410 (unpaid)",
            "This bill",
            "Total to pay",
        ),
    ],
)
def test_unpaid_earlier_bill_in_account_situation_joins_sum_due(
    heading: str, unpaid: str, present: str, to_pay: str
) -> None:
    fields = _fields(
        [
            *_BILL_HEAD,
            (40, 400, heading, 11),
            (40, 418, unpaid, 9),
            (460, 418, "26,80 €", 9),
            (40, 432, present, 9),
            (460, 432, "180,00 €", 9),
            (40, 446, to_pay, 9),
            (460, 446, "206,80 €", 9),
        ]
    )
    assert fields.get("total_amount") == 180.00
    assert fields.get("amount_due") == 206.80


_ANNUAL: list[SizedText] = [
    (40, 35, "Waterlandstroom", 16),
    (40, 80, "Waterlandstroom B.V. · Dijkweg 12, 1141 AA Monnickendam", 8),
    (330, 140, "Mevrouw A. de Vries", 9),
    (330, 154, "Kerkstraat 8", 9),
    (330, 168, "1141 BB Monnickendam", 9),
    (40, 200, "Factuurnummer", 9),
    (160, 200, "2024-118204", 9),
    (40, 214, "Factuurdatum", 9),
    (160, 214, "15 januari 2024", 9),
    (40, 260, "Kosten stroom", 9),
    (400, 260, "€", 9),
    (500, 260, ">1.210,40", 9),
    (40, 276, "Kosten gas", 9),
    (400, 276, "€", 9),
    (500, 276, ">1.522,10", 9),
    (40, 292, "Totaal jaarnota (incl. btw)", 9),
    (400, 292, "€", 9),
    (500, 292, ">2.732,50", 9),
]


@pytest.mark.parametrize(
    ("deducted", "caption"),
    [
        ("Betaalde termijnbedragen (12 x € 240,00)", "Terug te ontvangen"),
        ("Betaalde termijnbedragen (12 x € 240,00)", "Bedrag dat u terugkrijgt"),
    ],
)
def test_refund_after_advances_is_the_amount_due(deducted: str, caption: str) -> None:
    fields = _fields(
        [
            *_ANNUAL,
            (40, 308, deducted, 9),
            (400, 308, "€", 9),
            (500, 308, ">-2.880,00", 9),
            (40, 330, caption, 10),
            (400, 330, "€", 10),
            (500, 330, ">147,50", 10),
        ]
    )
    assert fields.get("total_amount") == 2732.50
    assert fields.get("amount_due") == 147.50


@pytest.mark.parametrize(
    "intro",
    [
        "Par virement, en indiquant votre référence client :",
        "Por transferencia, indicando su número de cliente:",
    ],
)
def test_transfer_sentence_naming_client_reference_keeps_sellers_iban(intro: str) -> None:
    # The sentence asks for the customer's reference with the transfer: the account under it
    # is the seller's, not a payer's ("Kunde:" over an IBAN names the payer).
    fields = _fields(
        [
            *_BILL_HEAD,
            (40, 420, "Payer autrement", 11),
            (40, 436, intro, 9),
            (40, 448, "IBAN FR76 3000 4013 2800 0104 4781 296", 9),
            (300, 448, "BIC BNPAFRPPXXX", 9),
        ]
    )
    assert fields.get("iban") == "FR7630004013280001044781296"
