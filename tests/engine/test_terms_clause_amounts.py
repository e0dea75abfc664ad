"""An amount caption deep inside a clause of terms ("... une indemnité forfaitaire de 10 % du
montant dû avec un minimum de 50,00 €") names no sum of this invoice: the totals block's
captioned total stays what is due (termsclause.py, amountcaptions.py, totals.py)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages

_FIRST: list[SizedText] = [
    (50, 50, "Atelier Graphique Moreau SRL", 14),
    (50, 66, "Rue de la Station 14 - 5100 Jambes", 9),
    (330, 130, "Imprimerie Vandevelde SA", 10),
    (330, 143, "Boulevard Tirou 88", 10),
    (330, 156, "6000 Charleroi", 10),
    (50, 220, "FACTURE N° 2025-0412", 13),
    (50, 236, "Date : 07/02/2025", 9),
    (50, 300, "Conception graphique du catalogue", 9),
    (540, 300, ">1 850,00 €", 9),
    (380, 340, "Total HTVA", 9),
    (540, 340, ">1 850,00 €", 9),
    (380, 354, "TVA 21 %", 9),
    (540, 354, ">388,50 €", 9),
    (380, 368, "Total à payer", 9),
    (540, 368, ">2 238,50 €", 9),
    (50, 420, "Nos conditions générales figurent en page 2.", 9),
]

_FRENCH = [
    "Article 4 – Paiement.",
    "Nos factures sont payables à trente jours. En cas de non-paiement à l'échéance, un intérêt",
    "de retard est dû de plein droit et sans mise en demeure préalable, ainsi qu'une indemnité",
    "forfaitaire de 12 % du montant dû avec un minimum de 50,00 €.",
    "Article 5 – Litiges.",
]
_ENGLISH = [
    "5. Payment.",
    "Invoices are payable within thirty days. Any sum not paid when due shall bear interest at",
    "the statutory rate from the due date until payment in full, together with a fixed fee of",
    "12 % of the amount due with a minimum of 50,00 €.",
    "6. Disputes.",
]


@pytest.mark.parametrize("clause", [_FRENCH, _ENGLISH])
def test_amount_due_is_the_totals_not_a_terms_clauses(clause: list[str]) -> None:
    terms: list[SizedText] = [(50, 60, "CONDITIONS GÉNÉRALES", 12)]
    terms += [(50, 90 + 12 * i, text, 8.5) for i, text in enumerate(clause)]
    fields = extract_canonical(make_aligned_pages(_FIRST, terms), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 2238.5
    assert fields["amount_due"] == 2238.5
