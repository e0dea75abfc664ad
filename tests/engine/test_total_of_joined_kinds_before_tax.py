"""A total caption naming the kinds of charge it sums, joined ("Total honoraires et frais
HT", "Total fournitures et pose HT"), then the before-tax marker, is the net: a partial
sum's caption opens with what it sums alone ("Total frais de port HT")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def test_total_of_fees_and_costs_before_tax_is_the_net() -> None:
    texts: list[SizedText] = [
        (50, 50, "SELARL Martin Avocats", 12),
        (50, 64, "3, rue de la Paix", 9),
        (50, 76, "75002 Paris", 9),
        (330, 120, "Société Lemoine SAS", 9),
        (330, 132, "8, avenue Foch", 9),
        (330, 144, "69006 Lyon", 9),
        (50, 190, "NOTE D'HONORAIRES N° H-2025-031", 11),
        (330, 206, "Paris, le 4 mars 2025", 9),
        (50, 240, "Prestation", 9),
        (300, 240, "Heures", 9),
        (380, 240, "Taux", 9),
        (470, 240, "Montant HT", 9),
        (50, 256, "Consultation et rédaction", 9),
        (300, 256, "4,00", 9),
        (380, 256, "250,00", 9),
        (470, 256, "1 000,00", 9),
        (50, 270, "Frais de dossier", 9),
        (300, 270, "1,00", 9),
        (380, 270, "80,00", 9),
        (470, 270, "80,00", 9),
        (300, 310, "Total honoraires et frais HT", 9),
        (470, 310, "1 080,00 €", 9),
        (300, 324, "TVA 20 %", 9),
        (470, 324, "216,00 €", 9),
        (300, 338, "Total TTC", 9),
        (470, 338, "1 296,00 €", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 1080.0
    assert fields["total_amount"] == 1296.0
