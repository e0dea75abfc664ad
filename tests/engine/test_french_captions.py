"""French invoice captions: "Date d'exigibilité" (the due date), "Solde à régler" after a
deposit (what is left to pay), "Total prestations HT" (the net), a micro-entrepreneur's "Net à
payer" without any VAT (the total), and a bilingual "N° / Nr." caption over the number
(duecaptions.py, labels.py, untaxedtotal.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_SELLER: Page = [
    (50, 50, "Atelier Morvan SARL"),
    (50, 64, "14 rue des Tanneurs"),
    (50, 78, "29000 Quimper"),
    (330, 100, "Boulangerie Le Fournil SAS"),
    (330, 114, "7 place de la Mairie"),
    (330, 128, "56100 Lorient"),
]

_ITEMS: Page = [
    (50, 260, "Désignation"),
    (330, 260, "Qté"),
    (400, 260, "P.U. HT"),
    (480, 260, "Montant HT"),
    (50, 276, "Réparation four à sole"),
    (330, 276, "1"),
    (400, 276, "1 200,00"),
    (480, 276, "1 200,00"),
    (50, 292, "Déplacement technicien"),
    (330, 292, "2"),
    (400, 292, "150,00"),
    (480, 292, "300,00"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_SELLER + page]))
    fields: dict[str, Any] = result["fields"]
    return fields


_TOTALS: Page = [
    (380, 330, "Total HT"),
    (480, 330, "1 500,00 €"),
    (380, 344, "TVA 20 %"),
    (480, 344, "300,00 €"),
    (380, 358, "Total TTC"),
    (480, 358, "1 800,00 €"),
]


def test_date_d_exigibilite_beside_its_date_is_the_due_date() -> None:
    fields = _fields(
        [
            (50, 160, "FACTURE N° AM-24-0311"),
            (50, 176, "Date : 12/02/2024"),
            (330, 176, "Date d'exigibilité : 13/03/2024"),
            *_ITEMS,
            *_TOTALS,
        ]
    )
    assert fields["invoice_date"] == "2024-02-12"
    assert fields["due_date"] == "2024-03-13"


def test_date_d_exigibilite_in_a_caption_row_over_its_date() -> None:
    fields = _fields(
        [
            (50, 160, "FACTURE N° AM-24-0312"),
            (50, 190, "Date de facture"),
            (170, 190, "Date d'exigibilité"),
            (300, 190, "Client n°"),
            (50, 204, "12/02/2024"),
            (170, 204, "13/03/2024"),
            (300, 204, "C0088"),
            *_ITEMS,
            *_TOTALS,
        ]
    )
    assert fields["invoice_date"] == "2024-02-12"
    assert fields["due_date"] == "2024-03-13"


def test_solde_a_regler_after_a_deposit_is_the_amount_due() -> None:
    fields = _fields(
        [
            (50, 160, "FACTURE N° AM-24-0313"),
            (50, 176, "Date : 12/02/2024"),
            *_ITEMS,
            *_TOTALS,
            (300, 372, "Acompte versé le 05/01/2024"),
            (480, 372, "− 500,00 €"),
            (380, 386, "Solde à régler"),
            (480, 386, "1 300,00 €"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(1800.0)
    assert fields["amount_due"] == pytest.approx(1300.0)


def test_total_with_a_noun_then_ht_is_the_net() -> None:
    fields = _fields(
        [
            (50, 160, "NOTE D'HONORAIRES"),
            (50, 176, "N° : AM-24-0314"),
            (50, 190, "Date : 12/02/2024"),
            *_ITEMS,
            (380, 330, "Total prestations HT"),
            (480, 330, "1 500,00 €"),
            (380, 344, "TVA 20 %"),
            (480, 344, "300,00 €"),
            (380, 358, "Total TTC"),
            (480, 358, "1 800,00 €"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1500.0)
    assert fields["total_amount"] == pytest.approx(1800.0)


def test_net_a_payer_without_vat_is_the_total() -> None:
    fields = _fields(
        [
            (50, 160, "Facture n° 2024-031"),
            (50, 176, "Quimper, le 12 février 2024"),
            *_ITEMS,
            (380, 330, "Total HT"),
            (480, 330, "1 500,00 €"),
            (380, 344, "Net à payer"),
            (480, 344, "1 500,00 €"),
            (50, 370, "TVA non applicable, art. 293 B du CGI"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1500.0)
    assert fields["total_amount"] == pytest.approx(1500.0)
    assert fields["amount_due"] == pytest.approx(1500.0)


def test_bilingual_number_caption_in_a_caption_grid() -> None:
    fields = _fields(
        [
            (50, 150, "FACTURE / FACTUUR"),
            (50, 176, "N° / Nr."),
            (150, 176, "Date / Datum"),
            (260, 176, "Échéance / Vervaldag"),
            (400, 176, "Réf. client / Klantref."),
            (50, 190, "2024/00517"),
            (150, 190, "12/02/2024"),
            (260, 190, "13/03/2024"),
            (400, 190, "BLF-0042"),
            *_ITEMS,
            *_TOTALS,
        ]
    )
    assert fields["invoice_number"] == "2024/00517"
    assert fields["invoice_date"] == "2024-02-12"
    assert fields["due_date"] == "2024-03-13"
