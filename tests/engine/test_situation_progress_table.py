"""A French progress invoice (situation de travaux) bills each work by its cumulative share
done: "N° | Désignation | U | Qté | PU HT | Marché HT | % cumulé | Cumul HT". The rows are
items; each bills its "Cumul HT" (contract amount times the share done), not the contract's
amount nor the percentage."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_HEAD: list[SizedText] = [
    (50, 50, "PLATRERIE VERNET", 14),
    (50, 66, "8 rue des Tanneurs, 38000 Grenoble", 8),
    (320, 110, "Copropriété Le Belvédère", 10),
    (320, 122, "4 avenue Alsace-Lorraine", 10),
    (320, 134, "38000 Grenoble", 10),
    (50, 170, "SITUATION DE TRAVAUX N° 2 – FACTURE", 11),
    (50, 190, "Facture n°", 9),
    (130, 190, "SV-2024-0583", 9),
    (50, 202, "Date", 9),
    (130, 202, "30/09/2024", 9),
    (52, 240, "N°", 8),
    (80, 240, "Désignation", 8),
    (262, 240, "U", 8),
    (300, 240, "Qté", 8),
    (340, 240, "PU HT", 8),
    (390, 240, "Marché HT", 8),
    (445, 240, "% cumulé", 8),
    (500, 240, "Cumul HT", 8),
]

_ROWS = [
    ("2.1", "Cloisons placostil 72/48", "m2", "140", "38,50", "5 390,00", "60 %", "3 234,00"),
    ("2.2", "Doublage isolant 10+80", "m2", "90", "27,00", "2 430,00", "100 %", "2 430,00"),
    ("2.3", "Faux plafond dalles 60x60", "m2", "55", "31,20", "1 716,00", "0 %", "0,00"),
]


def _page() -> list[SizedText]:
    texts = list(_HEAD)
    for index, (number, name, unit, count, price, contract, share, done) in enumerate(_ROWS):
        y = 258 + 16 * index
        texts += [
            (52, y, number, 8),
            (80, y, name, 8),
            (262, y, unit, 8),
            (318, y, ">" + count, 8),
            (368, y, ">" + price, 8),
            (428, y, ">" + contract, 8),
            (478, y, ">" + share, 8),
            (535, y, ">" + done, 8),
        ]
    texts += [
        (80, 320, "Total lot 02", 8),
        (428, 320, ">9 536,00", 8),
        (535, 320, ">5 664,00", 8),
        (300, 350, "Montant des travaux cumulés HT", 9),
        (535, 350, ">5 664,00 €", 9),
        (300, 364, "À déduire : situation n° 1 HT", 9),
        (535, 364, ">-2 100,00 €", 9),
        (300, 378, "Montant HT de la situation n° 2", 9),
        (535, 378, ">3 564,00 €", 9),
        (300, 392, "TVA 20 %", 9),
        (535, 392, ">712,80 €", 9),
        (300, 406, "NET À PAYER TTC", 9),
        (535, 406, ">4 276,80 €", 9),
    ]
    return texts


def test_situation_rows_bill_the_cumulative_amount() -> None:
    items = extract_canonical(make_aligned_pdf(_page()), use_einvoice=False)["line_items"]
    assert [(item["description"], item["amount"]) for item in items] == [
        ("Cloisons placostil 72/48", 3234.0),
        ("Doublage isolant 10+80", 2430.0),
        ("Faux plafond dalles 60x60", 0.0),
    ]
