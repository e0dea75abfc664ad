"""Freight forwarders' totals split by tax code: an exempt base, a taxable base with its VAT,
outlays, and the sum to pay holding them all.

Conventions:
- "Total HT exonéré (E) / Total HT taxable (T) / TVA 20 % / Débours (D) / NET À PAYER": the
  sum to pay is the invoice's total; the tax is the VAT printed, the net the total less it
  (net = total - tax), never the taxable code's subtotal alone.
- A one-row totals grid whose captions carry the rate ("Base imponible 21 % | Cuota IVA
  21 % | Exento | Suplidos | TOTAL FACTURA") reads each column by its own caption: the rate
  is no word of the caption.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(
        make_invoice_pdf([page], marks=True), use_einvoice=False
    )
    fields: dict[str, Any] = result["fields"]
    return fields


def _french_head() -> Page:
    return [
        (57, 50, "NORMANDIE FRET"),
        (57, 64, "8 rue du Port"),
        (57, 78, "14000 Caen"),
        (380, 50, "FACTURE"),
        (380, 64, "N° facture NF-2211"),
        (380, 78, "Date 12 mai 2026"),
        (330, 130, "CIDRERIE DU BOCAGE SARL"),
        (330, 144, "2 route de Vire"),
        (330, 158, "50000 SAINT-LÔ"),
        (57, 220, "Désignation"),
        (470, 220, ">Montant EUR"),
        (520, 220, "TVA"),
    ]


def test_the_sum_to_pay_holds_the_exempt_base_besides_the_taxed_one() -> None:
    page = [
        *_french_head(),
        (57, 240, "Fret aérien Paris – Montréal"),
        (470, 240, ">1 240,00"),
        (520, 240, "E"),
        (57, 255, "Frais de dossier"),
        (470, 255, ">40,00"),
        (520, 255, "T"),
        (57, 270, "Certificat d'origine (débours)"),
        (470, 270, ">52,00"),
        (520, 270, "D"),
        (300, 320, "Total HT exonéré (E)"),
        (470, 320, ">1 240,00"),
        (300, 335, "Total HT taxable (T)"),
        (470, 335, ">40,00"),
        (300, 350, "TVA 20 %"),
        (470, 350, ">8,00"),
        (300, 365, "Débours (D)"),
        (470, 365, ">52,00"),
        (300, 385, "NET À PAYER EUR"),
        (470, 385, ">1 340,00"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 1340.00
    assert fields["tax_amount"] == 8.00
    assert fields["net_amount"] == 1332.00
    assert fields["amount_due"] == 1340.00


def test_without_outlays_the_exempt_base_still_counts() -> None:
    page = [
        *_french_head(),
        (57, 240, "Fret aérien Paris – Montréal"),
        (470, 240, ">1 240,00"),
        (520, 240, "E"),
        (57, 255, "Frais de dossier"),
        (470, 255, ">40,00"),
        (520, 255, "T"),
        (300, 320, "Total HT exonéré (E)"),
        (470, 320, ">1 240,00"),
        (300, 335, "Total HT taxable (T)"),
        (470, 335, ">40,00"),
        (300, 350, "TVA 20 %"),
        (470, 350, ">8,00"),
        (300, 370, "NET À PAYER EUR"),
        (470, 370, ">1 288,00"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 1288.00
    assert fields["tax_amount"] == 8.00
    assert fields["net_amount"] == 1280.00


def test_rated_captions_of_a_one_row_totals_grid() -> None:
    page: Page = [
        (57, 50, "TRANSITOS DEL SUR, S.L."),
        (57, 64, "Muelle de Levante, 5 · 11006 Cádiz"),
        (57, 78, "NIF B11234567"),
        (380, 50, "FACTURA N.º FS26/0102"),
        (380, 64, "FECHA 04/05/2026"),
        (330, 130, "CONSERVAS LA ALMADRABA, S.A."),
        (330, 144, "C/ Real, 12 · 11160 Barbate"),
        (57, 220, "Concepto"),
        (540, 220, ">Importe EUR"),
        (57, 240, "Flete marítimo Cádiz – Casablanca"),
        (540, 240, ">1 800,00"),
        (57, 255, "Despacho de exportación"),
        (540, 255, ">415,24"),
        (57, 270, "Tasa portuaria T-3 (suplido)"),
        (540, 270, ">60,00"),
        (190, 320, ">Base imponible 21 %"),
        (290, 320, ">Cuota IVA 21 %"),
        (370, 320, ">Exento"),
        (450, 320, ">Suplidos"),
        (550, 320, ">TOTAL FACTURA"),
        (190, 335, ">415,24"),
        (290, 335, ">87,20"),
        (370, 335, ">1 800,00"),
        (450, 335, ">60,00"),
        (550, 335, ">2 362,44"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 2362.44
    assert fields["tax_amount"] == 87.20
    assert fields["net_amount"] == 2275.24
