"""A department named under a company's name in its block, over the street ("Direction des
systèmes d'information", "Servicio de contabilidad", "Ufficio amministrazione"): who inside
the company reads the letter, no part of its postal address."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(department: str) -> list[SizedText]:
    return [
        (72, 60, "Facture", 14),
        (72, 80, "N° F-2024-0098", 9),
        (400, 80, "Date d'émission", 9),
        (480, 80, "03/06/2024", 9),
        (72, 130, "ÉMETTEUR", 9),
        (320, 130, "CLIENT", 9),
        (72, 146, "Octave Dev SASU", 10),
        (320, 146, "Hôtels Brocéliande SA", 10),
        (72, 160, "27 rue Paul Bert", 10),
        (320, 160, department, 10),
        (72, 174, "35000 Rennes", 10),
        (320, 174, "5 boulevard de la Tour d'Auvergne", 10),
        (72, 188, "TVA FR53884102278", 10),
        (320, 188, "35000 Rennes", 10),
        (72, 240, "Description", 9),
        (450, 240, "Total HT", 9),
        (72, 256, "Développement module de réservation", 9),
        (450, 256, "4 720,00 €", 9),
        (380, 290, "Total HT", 9),
        (450, 290, "4 720,00 €", 9),
        (380, 304, "TVA 20 %", 9),
        (450, 304, "944,00 €", 9),
        (380, 318, "Total TTC", 9),
        (450, 318, "5 664,00 €", 9),
    ]


@pytest.mark.parametrize(
    "department",
    [
        "Direction des systèmes d'information",
        "Service achats",
        "Departamento de compras",
        "Ufficio amministrazione",
    ],
)
def test_department_line_is_no_part_of_the_buyer_address(department: str) -> None:
    fields = extract_canonical(make_sized_pdf(_page(department)), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Hôtels Brocéliande SA"
    assert fields["buyer_address"] == "5 boulevard de la Tour d'Auvergne, 35000 Rennes"
