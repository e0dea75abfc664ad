"""An info block's "Client | : C-00417" row, the colon set apart before the value, is the
customer's number, no caption of the buyer's block: neither the code nor the next row's
caption ("N° d'engagement") is the buyer's name."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_client_number_row_with_colon_cell_is_no_buyer_caption() -> None:
    texts: list[SizedText] = [
        (108, 47, "Menuiserie Dauphinoise SARL", 12),
        (108, 65, "4 avenue Jean Jaurès – 38100 Grenoble", 9),
        (312, 122, "Lycée Champollion", 10),
        (312, 136, "Cours la Fontaine", 10),
        (312, 150, "38000 Grenoble", 10),
        (51, 122, "FACTURE", 14),
        (51, 151, "N° de facture", 9),
        (143, 151, ": FA-2025-118", 9),
        (51, 162, "Date de facture", 9),
        (143, 162, ": 14/03/2025", 9),
        (51, 173, "Client", 9),
        (143, 173, ": C-00981", 9),
        (51, 184, "N° d'engagement", 9),
        (143, 184, ": EJ 7700154321", 9),
        (51, 195, "Code service", 9),
        (143, 195, ": SG-ACH", 9),
        (54, 260, "Désignation", 9),
        (449, 260, "Montant HT", 9),
        (54, 278, "Remplacement porte coupe-feu", 9),
        (468, 278, "1 250,00", 9),
        (374, 330, "Total HT", 9),
        (500, 330, "1 250,00", 9),
        (374, 344, "TVA 20 %", 9),
        (500, 344, "250,00", 9),
        (374, 358, "Total TTC", 9),
        (500, 358, "1 500,00", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Lycée Champollion"
