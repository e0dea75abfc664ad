"""Utility bills: the contract holder's ID, a credit balance after the advance payments, a
house-number range in a return address.

Conventions:
- A holder's or customer's caption opening a line ("Titular: ... · NIF: ...", "Cliente:",
  "Abonné :", "Kontoinhaber:") names the customer: an ID on that line is the buyer's, never
  the seller's, whose own ID stands in the footer after its name and legal form.
- An annual bill deducts the advance payments from its gross; where they exceed it, the row
  after the deduction is the credit owed to the customer ("Ihr Guthaben", "credit balance",
  "solde créditeur", "a su favor"): what the bill settles, as a positive figure.
- A dash between two digits ("Lindenallee 18–20") is a house-number range, never a mark
  between a return address's pieces.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_id_on_the_holders_line_is_the_buyers() -> None:
    fields = _fields(
        [
            (42, 40, "Sol Verde", 18),
            (330, 40, "FACTURA DE GAS", 12),
            (42, 70, "Gas Sol Verde Comercializadora, S.A.", 9),
            (300, 70, "Nº factura: GS24-7781-55102", 9),
            (42, 85, "Fecha de emisión:", 9),
            (150, 85, "12/03/2024", 9),
            (340, 100, "MARÍA LÓPEZ FERRER", 9),
            (340, 112, "CALLE MAYOR 14, 2º A", 9),
            (340, 124, "50001 ZARAGOZA", 9),
            (48, 170, "DATOS DEL CONTRATO", 9),
            (48, 184, "Titular: María López Ferrer · NIF: 25193847K", 9),
            (48, 196, "CUPS: ES0217 0000 4411 2280 LM · Tarifa RL.1", 9),
            (40, 240, "Concepto", 9),
            (480, 240, "Importe", 9),
            (40, 255, "Término fijo", 9),
            (480, 255, "10,00 €", 9),
            (40, 267, "Término variable", 9),
            (480, 267, "30,00 €", 9),
            (330, 300, "Base imponible", 9),
            (480, 300, "40,00 €", 9),
            (330, 312, "IVA 21 %", 9),
            (480, 312, "8,40 €", 9),
            (330, 324, "TOTAL IMPORTE FACTURA", 9),
            (480, 324, "48,40 €", 9),
            (
                40,
                780,
                "Gas Sol Verde Comercializadora, S.A. · CIF A50387216"
                " · Paseo Independencia 8, 50004 Zaragoza",
                7,
            ),
        ]
    )
    assert fields.get("seller_vat_id") in ("A50387216", "ESA50387216")
    assert fields.get("buyer_vat_id") == "25193847K"


def test_credit_balance_after_advance_payments_is_the_sum_settled() -> None:
    fields = _fields(
        [
            (420, 40, "NORDSTROM", 16),
            (50, 90, "Nordstrom Energie GmbH, Hafenweg 4, 24103 Kiel", 7),
            (50, 110, "Herrn", 9),
            (50, 122, "Jonas Petersen", 9),
            (50, 134, "Am Deich 9", 9),
            (50, 146, "24105 Kiel", 9),
            (420, 110, "Rechnungsnummer", 9),
            (420, 122, "NE24-118273", 9),
            (420, 134, "Datum", 9),
            (420, 146, "14.02.2024", 9),
            (50, 200, "Jahresabrechnung Strom 2023", 11),
            (50, 230, "Position", 9),
            (480, 230, "Netto €", 9),
            (50, 244, "Arbeitspreis", 9),
            (480, 244, "800,00", 9),
            (50, 256, "Grundpreis", 9),
            (480, 256, "100,00", 9),
            (200, 290, "Nettobetrag", 9),
            (480, 290, "900,00", 9),
            (200, 302, "Umsatzsteuer 19 %", 9),
            (480, 302, "171,00", 9),
            (200, 314, "Rechnungsbetrag brutto", 9),
            (480, 314, "1.071,00", 9),
            (200, 326, "abzgl. Abschläge 12 × 95,00 €", 9),
            (480, 326, "-1.140,00", 9),
            (200, 338, "Ihr Guthaben", 9),
            (480, 338, "69,00 €", 9),
            (50, 370, "Das Guthaben überweisen wir auf Ihr Konto.", 9),
        ]
    )
    assert fields.get("total_amount") == 1071.00
    assert fields.get("amount_due") == 69.00


def test_dash_between_house_numbers_is_no_return_line_separator() -> None:
    fields = _fields(
        [
            (420, 40, "ODERWERK", 16),
            (50, 90, "Oderwerk Versorgung GmbH, Brückenstraße 12–14, 15230 Frankfurt (Oder)", 7),
            (50, 110, "Frau", 9),
            (50, 122, "Anna Behrendt", 9),
            (50, 134, "Lindenweg 3", 9),
            (50, 146, "15232 Frankfurt (Oder)", 9),
            (420, 110, "Rechnungsnummer", 9),
            (420, 122, "OW24-55102", 9),
            (420, 134, "Datum", 9),
            (420, 146, "14.02.2024", 9),
            (50, 230, "Position", 9),
            (480, 230, "Netto €", 9),
            (50, 244, "Grundpreis", 9),
            (480, 244, "100,00", 9),
            (200, 290, "Nettobetrag", 9),
            (480, 290, "100,00", 9),
            (200, 302, "Umsatzsteuer 19 %", 9),
            (480, 302, "19,00", 9),
            (200, 314, "Rechnungsbetrag", 9),
            (480, 314, "119,00", 9),
        ]
    )
    assert fields.get("seller_name") == "Oderwerk Versorgung GmbH"
    assert fields.get("seller_address", "").startswith("Brückenstraße 12–14")


def test_tall_logo_does_not_merge_two_small_rows_beside_it() -> None:
    # A 26 pt wordmark's box spans both rows of the 9 pt title block beside it; the number's
    # groups set a little apart leave room for the next row's "du" between them.
    fields = _fields(
        [
            (42, 50, "lumigère", 26),
            (417, 44, "Facture n° 52", 9),
            (475, 44, "3381", 9),
            (497, 44, "0917", 9),
            (468, 57.8, "du", 9),
            (483, 58, "11/04/2024", 9),
            (40, 100, "Claritéo SAS, 12 rue Lafayette, 75009 Paris", 7),
            (320, 130, "M. PAUL GARNIER", 9),
            (320, 142, "4 RUE DES LILAS", 9),
            (320, 154, "69003 LYON", 9),
            (40, 230, "Désignation", 9),
            (480, 230, "Montant", 9),
            (40, 244, "Abonnement", 9),
            (480, 244, "50,00 €", 9),
            (330, 280, "Total HT", 9),
            (480, 280, "50,00 €", 9),
            (330, 292, "TVA 20 %", 9),
            (480, 292, "10,00 €", 9),
            (330, 304, "Total TTC", 9),
            (480, 304, "60,00 €", 9),
        ]
    )
    assert fields.get("invoice_number") == "52 3381 0917"
    assert fields.get("invoice_date") == "2024-04-11"
