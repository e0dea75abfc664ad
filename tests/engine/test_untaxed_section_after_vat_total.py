"""A phone bill's charges outside VAT printed under a heading of their own after the taxed
services' total: a handset instalment ("Otros conceptos no sujetos a IVA / Pago aplazado
terminal … 15,00") is part of the sum to pay, and the bill's total printed under it holds it.
The tax stays the VAT line's; the net is the total less the tax."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _phone_bill(words: dict[str, str]) -> list[SizedText]:
    return [
        (60, 50, "Lumenet Telecom S.L.", 14),
        (60, 66, "Avenida del Puerto 118, 46023 Valencia", 9),
        (60, 78, "CIF B98765432", 9),
        (60, 120, "Jordi Casals Pons", 10),
        (60, 134, "Carrer Major 5", 10),
        (60, 148, "17001 Girona", 10),
        (360, 120, words["title"], 14),
        (360, 140, words["number"], 9),
        (460, 140, "LT-24-55120", 9),
        (360, 154, words["date"], 9),
        (460, 154, "05/06/2024", 9),
        (60, 220, words["taxed"], 10),
        (60, 238, words["plan"], 9),
        (520, 238, ">24,79 €", 9),
        (60, 252, words["extra"], 9),
        (520, 252, ">8,26 €", 9),
        (60, 270, words["net"], 9),
        (520, 270, ">33,05 €", 9),
        (60, 284, words["tax"], 9),
        (520, 284, ">6,94 €", 9),
        (60, 298, words["subtotal"], 10),
        (520, 298, ">39,99 €", 10),
        (60, 330, words["untaxed"], 10),
        (60, 348, words["device"], 9),
        (520, 348, ">22,50 €", 9),
        (60, 380, words["total"], 11),
        (520, 380, ">62,49 €", 11),
    ]


@pytest.mark.parametrize(
    "words",
    [
        {
            "title": "FACTURA",
            "number": "Nº factura",
            "date": "Fecha",
            "taxed": "Servicios sujetos a IVA",
            "plan": "Tarifa Fibra 600 Mb + móvil",
            "extra": "Llamadas internacionales",
            "net": "Base imponible",
            "tax": "IVA 21 %",
            "subtotal": "Total servicios",
            "untaxed": "Otros conceptos no sujetos a IVA",
            "device": "Cuota aplazada terminal (cuota 5 de 24)",
            "total": "TOTAL A PAGAR",
        },
        {
            "title": "RECHNUNG",
            "number": "Rechnungsnr.",
            "date": "Datum",
            "taxed": "Umsatzsteuerpflichtige Leistungen",
            "plan": "Tarif Flex 40 GB",
            "extra": "Auslandsverbindungen",
            "net": "Summe netto",
            "tax": "USt 21 %",
            "subtotal": "Summe Leistungen",
            "untaxed": "Nicht steuerbare Posten",
            "device": "Ratenzahlung Smartphone (Rate 5 von 24)",
            "total": "Rechnungsbetrag",
        },
    ],
)
def test_untaxed_heading_after_taxed_total_joins_total(words: dict[str, str]) -> None:
    fields = extract_canonical(make_aligned_pdf(_phone_bill(words)), use_einvoice=False)["fields"]
    assert fields["total_amount"] == pytest.approx(62.49)
    assert fields["tax_amount"] == pytest.approx(6.94)
    assert fields["net_amount"] == pytest.approx(55.55)
