"""A hotel bill prints its VAT only per rate ("BTW 9% over 678,44 / 61,06", "BTW 21% ...")
and a tourist tax outside VAT beside them, under a subtotal that leaves the levy out
("Totaal excl. BTW"): no net + tax = total holds with one rate's line, and the total less
the subtotal holds the levy, so it is no tax.

Conventions:
- The tax is the per-rate VAT lines added up; the levy never becomes VAT.
- The net is the total less that tax (EN 16931 BT-109: the sum without VAT, the untaxed
  levy included), as for a levy printed beside a "VAT included" note.
- A credit note ("AVOIR") prints every figure negative; the same holds with their signs.
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _nl_bill() -> Page:
    return [
        (50, 50, "Hotel Prinsenhof Utrecht B.V."),
        (50, 64, "Oudegracht 140, 3511 AZ Utrecht"),
        (50, 78, "BTW-nr. NL812345678B01"),
        (50, 120, "Factuuradres"),
        (50, 134, "Bakker Installatietechniek B.V."),
        (50, 148, "Industrieweg 8, 5651 GJ Eindhoven"),
        (350, 120, "Factuurnummer"),
        (450, 120, "25-0311"),
        (350, 134, "Factuurdatum"),
        (450, 134, "14-03-2025"),
        (50, 200, "Omschrijving"),
        (300, 200, "Aantal"),
        (360, 200, "Prijs"),
        (480, 200, "Totaal"),
        (50, 216, "Logies standaard kamer"),
        (300, 216, "2"),
        (360, 216, "€ 150,00"),
        (480, 216, "€ 300,00"),
        (50, 232, "Vergaderzaal"),
        (300, 232, "1"),
        (360, 232, "€ 100,00"),
        (480, 232, "€ 100,00"),
        (50, 248, "Toeristenbelasting 2 nachten"),
        (300, 248, "2"),
        (360, 248, "€ 12,00"),
        (480, 248, "€ 24,00"),
        (300, 290, "Totaal excl. BTW"),
        (480, 290, "€ 400,00"),
        (300, 304, "Toeristenbelasting (geen BTW)"),
        (480, 304, "€ 24,00"),
        (300, 318, "BTW 9% over € 300,00"),
        (480, 318, "€ 27,00"),
        (300, 332, "BTW 21% over € 100,00"),
        (480, 332, "€ 21,00"),
        (300, 346, "Totaal incl. BTW"),
        (480, 346, "€ 472,00"),
    ]


def _fr_credit_note() -> Page:
    return [
        (50, 50, "Hôtel du Parc Monceau SAS"),
        (50, 64, "8 rue de Lisbonne, 75008 Paris"),
        (50, 78, "N° TVA FR32123456789"),
        (350, 110, "AVOIR"),
        (350, 130, "Avoir n° AV25-0042"),
        (350, 144, "Date 12/03/2025"),
        (50, 120, "Client"),
        (50, 134, "Société Morel Conseil SARL"),
        (50, 148, "3 rue Victor Hugo, 69002 Lyon"),
        (50, 200, "Désignation"),
        (300, 200, "P.U. HT"),
        (380, 200, "Qté"),
        (480, 200, "Total HT"),
        (50, 216, "Nuitée chambre annulée"),
        (300, 216, "-150,00"),
        (380, 216, "2"),
        (480, 216, "-300,00"),
        (50, 232, "Location salle"),
        (300, 232, "-100,00"),
        (380, 232, "1"),
        (480, 232, "-100,00"),
        (50, 248, "Taxe de séjour (hors champ TVA)"),
        (300, 248, "-3,00"),
        (380, 248, "2"),
        (480, 248, "-6,00"),
        (300, 290, "Total HT soumis à TVA"),
        (480, 290, "-400,00"),
        (300, 304, "TVA 10 % sur 300,00"),
        (480, 304, "-30,00"),
        (300, 318, "TVA 20 % sur 100,00"),
        (480, 318, "-20,00"),
        (300, 332, "Taxe de séjour (hors champ)"),
        (480, 332, "-6,00"),
        (300, 346, "Total TTC de l'avoir"),
        (480, 346, "-456,00"),
    ]


@pytest.mark.parametrize(
    ("page", "net", "tax", "total"),
    [(_nl_bill(), 424.0, 48.0, 472.0), (_fr_credit_note(), -406.0, -50.0, -456.0)],
)
def test_per_rate_vat_lines_beside_a_levy_are_the_tax(
    page: Page, net: float, tax: float, total: float
) -> None:
    fields = _fields(page)
    assert fields["total_amount"] == pytest.approx(total)
    assert fields["tax_amount"] == pytest.approx(tax)
    assert fields["net_amount"] == pytest.approx(net)
