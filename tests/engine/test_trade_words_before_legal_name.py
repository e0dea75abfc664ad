"""A letterhead's one small line under a logo that opens with the firm's trade words before
its legal-form name ("Fliesen · Naturstein · Mosaik — Fliesenhaus Berger GmbH · Hauptstr. 5 ·
90402 Nürnberg"): the piece with the legal form is the seller's name, the trade words a
tagline, and the address starts at the street after the name."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def _page(logo: str, line: str, buyer: list[str], head: list[str], rows: list[str]) -> bytes:
    texts = [(297, 40, f"={logo}", 16), (297, 60, f"={line}", 6)]
    texts += [(57, 106 + 13 * i, text, 8) for i, text in enumerate(buyer)]
    texts += [(341, 106 + 13 * i, text, 8) for i, text in enumerate(head)]
    texts += [(57, 220 + 16 * i, text, 8) for i, text in enumerate(rows)]
    return make_aligned_pdf(texts)


@pytest.mark.parametrize(
    ("pdf", "name", "address"),
    [
        (
            _page(
                "FLIESENHAUS BERGER",
                "Fliesen · Naturstein · Mosaik — Fliesenhaus Berger GmbH · Hauptstr. 5 · "
                "90402 Nürnberg",
                ["Bauunternehmung Kessler KG", "Regensburger Straße 14", "90478 Nürnberg"],
                ["Rechnungs-Nr.: RE 2024-0177", "Datum: 12.03.2024"],
                [
                    "Pos  Bezeichnung  Menge  Preis  Betrag",
                    "1  Feinsteinzeug 60x60 anthrazit  40  32,50  1.300,00",
                    "Nettobetrag 1.300,00",
                    "USt 19 % 247,00",
                    "Gesamtbetrag 1.547,00",
                ],
            ),
            "Fliesenhaus Berger GmbH",
            "Hauptstr. 5, 90402 Nürnberg",
        ),
        (
            _page(
                "QUINCAILLERIE DUVAL",
                "Outillage · Visserie · Serrurerie — Quincaillerie Duval SARL · 14 rue des "
                "Forges · 69007 Lyon",
                ["Menuiserie Perrin SAS", "8 avenue Jean Jaurès", "69100 Villeurbanne"],
                ["Facture n° F-2024-0311", "Date : 18/04/2024"],
                [
                    "Réf.  Désignation  Qté  P.U.  Montant",
                    "1  Charnières inox 80 mm  50  4,20  210,00",
                    "Total HT 210,00",
                    "TVA 20 % 42,00",
                    "Total TTC 252,00",
                ],
            ),
            "Quincaillerie Duval SARL",
            "14 rue des Forges, 69007 Lyon",
        ),
    ],
)
def test_legal_name_after_trade_words_is_the_seller(pdf: bytes, name: str, address: str) -> None:
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == name
    assert fields["seller_address"] == address
