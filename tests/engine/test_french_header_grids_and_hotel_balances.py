"""French layouts: a title over a header grid of captions (titlegridrow.py), a down payment's
title ("Facture d'acompte") over its number, a "DE | POUR" caption pair beside a meta column
(pairedcaptions.py), a brand's footer naming its operator (legalfooter.py), a bare "Solde"
closing a totals column beside a VAT recap (columnbalance.py), and per-rate VAT lines beside
a deposit outside VAT, each rate line read twice (levyrates.py).

Conventions:
- The title's number is the value under the grid's number caption, never another column's
  (the customer's code).
- A caption word is never a name.
- A balance printed after the payment is the amount due.
- The net with charges outside VAT is the total less the tax (BT-109).
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

GREY = (0.45, 0.45, 0.45)


def _fields(pdf: bytes) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


def _items(top: float) -> list[Drawn]:
    return [
        Drawn(50, top, "Désignation", size=8),
        Drawn(330, top, "Qté", size=8),
        Drawn(480, top, "Montant HT", size=8),
        Drawn(50, top + 16, "Prestation de conseil", size=8),
        Drawn(330, top + 16, "2", size=8),
        Drawn(480, top + 16, "500,00", size=8),
        Drawn(380, top + 50, "Total HT", size=8),
        Drawn(480, top + 50, "1 000,00", size=8),
        Drawn(380, top + 64, "TVA 20 %", size=8),
        Drawn(480, top + 64, "200,00", size=8),
        Drawn(380, top + 78, "Total TTC", size=8),
        Drawn(480, top + 78, "1 200,00", size=8),
    ]


def test_a_title_over_a_caption_grid_takes_the_number_column_not_the_customer_code() -> None:
    page = [
        Drawn(70, 50, "LEBRETON", size=18),
        Drawn(405, 50, "FACTURE", size=18),
        Drawn(80, 68, "NÉGOCE", size=10),
        Drawn(351, 68, "Numéro", size=6),
        Drawn(418, 68, "Date", size=6),
        Drawn(465, 68, "Code client", size=6),
        Drawn(525, 68, "Page", size=6),
        Drawn(341, 82, "FV25-00931", size=6),
        Drawn(405, 82, "12/03/2025", size=6),
        Drawn(466, 82, "C004127", size=6),
        Drawn(531, 82, "1", size=6),
        Drawn(40, 115, "Lebreton Négoce SARL", size=8),
        Drawn(40, 127, "4 rue des Tanneurs, 35000 Rennes", size=8),
        Drawn(330, 150, "BOULANGERIE MARTIN", size=8),
        Drawn(330, 162, "9 place du Marché, 29000 Quimper", size=8),
        *_items(260),
        Drawn(
            130, 780, "Lebreton Négoce SARL au capital de 8 000 € – RCS Rennes 512 345 678", size=6
        ),
    ]
    assert _fields(make_pdf(page)).get("invoice_number") == "FV25-00931"


def _deposit_invoice() -> list[Drawn]:
    return [
        Drawn(48, 40, "Studio Carrelet", size=16),
        Drawn(546, 40, "Facture d'acompte", size=16, align="right"),
        Drawn(48, 64, "Design d'espace", size=8),
        Drawn(546, 64, "FA-2025-0048", size=9, align="right", colour=GREY),
        Drawn(49, 104, "DE", size=7, colour=GREY),
        Drawn(211, 104, "POUR", size=7, colour=GREY),
        Drawn(391, 104, "Date d'émission", size=8),
        Drawn(497, 104, "3 mars 2025", size=8),
        Drawn(48, 118, "Studio Carrelet SAS", size=8),
        Drawn(210, 118, "Étude Varenne Notaires", size=8),
        Drawn(391, 118, "Date d'échéance", size=8),
        Drawn(491, 118, "18 mars 2025", size=8),
        Drawn(49, 130, "14 rue Oberkampf", size=8),
        Drawn(211, 130, "6 rue de Varenne", size=8),
        Drawn(49, 142, "75011 Paris", size=8, colour=(0, 0, 0)),
        Drawn(211, 142, "75007 Paris", size=8),
        *_items(230),
        Drawn(79, 786, "Studio Carrelet SAS · Capital social 5 000 € · TVA FR40813774205", size=6),
    ]


def test_a_down_payment_title_carries_its_number_on_the_line_under_it() -> None:
    assert _fields(make_pdf(_deposit_invoice())).get("invoice_number") == "FA-2025-0048"


def test_de_pour_captions_beside_a_meta_column_name_no_party() -> None:
    fields = _fields(make_pdf(_deposit_invoice()))
    assert fields.get("buyer_name") == "Étude Varenne Notaires"
    assert fields.get("seller_name") == "Studio Carrelet SAS"


def _hotel_folio(footer: str) -> list[Drawn]:
    return [
        Drawn(160, 44, "AUBERGE DU VIEUX PORT", size=18),
        *(Drawn(x, y, text, size=8) for x, y, text in _folio_body(footer)),
    ]


def _folio_body(footer: str) -> list[tuple[float, float, str]]:
    return [
        (
            120,
            70,
            "3 quai Duguay-Trouin · 35400 Saint-Malo · +33 2 99 40 11 56 · accueil@vieuxport.bzh",
        ),
        (60, 110, "Corvelis SAS"),
        (370, 110, "Facture n°"),
        (478, 110, "25-03-0218"),
        (60, 122, "À l'attention de M. Paul Leroy"),
        (370, 122, "Date"),
        (478, 122, "14/03/2025"),
        (60, 134, "8 rue de la Monnaie"),
        (60, 146, "35000 Rennes"),
        (60, 210, "Libellé"),
        (350, 210, "Qté"),
        (465, 210, "Montant TTC"),
        (60, 226, "Nuitée chambre double"),
        (350, 226, "2"),
        (465, 226, "220,00"),
        (60, 242, "Petit-déjeuner"),
        (350, 242, "2"),
        (465, 242, "33,00"),
        (355, 290, "Total TTC"),
        (480, 290, "253,00 €"),
        (63, 302, "Taux"),
        (139, 302, "Montant HT"),
        (238, 302, "TVA"),
        (355, 306, "dont TVA"),
        (480, 306, "23,00 €"),
        (63, 318, "10 %"),
        (168, 318, "230,00"),
        (233, 318, "23,00"),
        (355, 326, "Réglé CB le 14/03/2025"),
        (480, 326, "- 253,00 €"),
        (63, 340, "Total"),
        (168, 340, "230,00"),
        (233, 340, "23,00"),
        (355, 340, "Solde"),
        (495, 340, "0,00 €"),
        (60, 766, footer),
        (145, 776, "SIRET 81234567800014 – APE 5510Z – N° TVA intracommunautaire FR05812345678"),
    ]


def test_a_brand_footer_naming_its_operator_gives_no_run_on_seller_name() -> None:
    footer = (
        "Auberge du Vieux Port est exploitée par SARL Vieux Port Hospitalité au capital de "
        "50 000 € – RCS Saint-Malo 812 345 678"
    )
    name = _fields(make_pdf(_hotel_folio(footer))).get("seller_name")
    assert name in ("Auberge du Vieux Port", "SARL Vieux Port Hospitalité")


def test_a_balance_closing_the_totals_column_beside_a_vat_recap_is_the_amount_due() -> None:
    footer = "SARL Vieux Port Hospitalité au capital de 50 000 € – RCS Saint-Malo 812 345 678"
    fields = _fields(make_pdf(_hotel_folio(footer)))
    assert fields.get("total_amount") == 253.0
    assert fields.get("amount_due") == 0.0


def test_rate_lines_beside_a_deposit_outside_vat_sum_to_the_tax() -> None:
    page = [
        (374, 36, "Brasserie de la Semois"),
        (443, 58, "Brasserie de la Semois SRL"),
        (443, 70, "Rue du Moulin 3, 6830 Bouillon"),
        (443, 82, "TVA BE 0712.345.630"),
        (60, 145, "Taverne Le Beffroi SRL"),
        (60, 158, "Grand-Place 4, 7000 Mons"),
        (60, 220, "FACTURE"),
        (60, 245, "Numéro de facture"),
        (181, 245, ": 2025/0117"),
        (60, 258, "Date de facture"),
        (181, 258, ": 10-03-2025"),
        (63, 342, "Description"),
        (311, 342, "Quantité"),
        (359, 342, "Prix unit. HTVA"),
        (440, 342, "TVA"),
        (481, 342, "Total HTVA"),
        (63, 362, "Bière blonde casier 24"),
        (339, 362, "10"),
        (406, 362, "30,00"),
        (440, 362, "21 %"),
        (506, 362, "300,00"),
        (63, 379, "Jus de pomme carton 6"),
        (343, 379, "5"),
        (406, 379, "12,00"),
        (440, 379, "6 %"),
        (511, 379, "60,00"),
        (63, 396, "Vidanges casier 24"),
        (339, 396, "10"),
        (411, 396, "4,00"),
        (448, 396, "–"),
        (511, 396, "40,00"),
        (330, 454, "Total HTVA (hors vidanges)"),
        (488, 454, "360,00 EUR"),
        (330, 469, "TVA 21 % sur 300,00"),
        (489, 469, "63,00 EUR"),
        (330, 484, "TVA 6 % sur 60,00"),
        (497, 484, "3,60 EUR"),
        (330, 499, "Vidanges (non soumis à la TVA)"),
        (493, 499, "40,00 EUR"),
        (330, 515, "Total TVAC"),
        (482, 515, "466,60 EUR"),
    ]
    fields = _fields(make_invoice_pdf([page]))
    assert fields.get("total_amount") == 466.6
    assert fields.get("tax_amount") == 66.6
    assert fields.get("net_amount") == 400.0
