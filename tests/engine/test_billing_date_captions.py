"""A caption row of dates and references over its values, the issue date captioned as the
billing date ("Date de facturation", "Facturatiedatum", "Fecha de facturación", "Data di
fatturazione"): the invoice's date, not the due date beside it."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


@pytest.mark.parametrize(
    ("issued", "due", "site"),
    [
        ("Date de facturation :", "Date d'échéance :", "Chantier :"),
        ("Facturatiedatum:", "Vervaldatum:", "Werf:"),
        ("Fecha de facturación:", "Fecha de vencimiento:", "Obra:"),
        ("Data di fatturazione:", "Data di scadenza:", "Cantiere:"),
    ],
)
def test_billing_date_caption_row(issued: str, due: str, site: str) -> None:
    texts: list[SizedText] = [
        (57, 50, "Toitures Dumont SRL", 11),
        (57, 64, "Rue Haute 5", 9),
        (57, 76, "5000 Namur", 9),
        (335, 120, "Hanquet Construction SA", 10),
        (335, 133, "Avenue Louise 12", 10),
        (335, 146, "1050 Bruxelles", 10),
        (57, 200, "Facture FAC/2024/00311", 16),
        (57, 226, issued, 9),
        (175, 226, due, 9),
        (300, 226, site, 9),
        (57, 238, "12/08/2024", 9),
        (175, 238, "11/09/2024", 9),
        (300, 238, "Hall C - Liège", 9),
        (57, 280, "Description", 9),
        (480, 280, "Montant", 9),
        (57, 296, "Réparation toiture", 9),
        (480, 296, "2 000,00 €", 9),
        (346, 340, "Montant hors taxes", 9),
        (480, 340, "2 000,00 €", 9),
        (346, 354, "TVA 21%", 9),
        (480, 354, "420,00 €", 9),
        (346, 368, "Total", 9),
        (480, 368, "2 420,00 €", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2024-08-12"
