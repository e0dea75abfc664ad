"""Utility and telecom bills: carried balances, tax rows and direct-debit dates.

Conventions:
- The total is this bill's charges with their tax; a balance carried in from an earlier bill
  ("Overdue amount", "Previous balance ... CR", "Solde précédent impayé") is no part of it,
  though the sum due holds it.
- "of which: amount excl. VAT" under a VAT-inclusive total captions the net.
- A VAT recap's row "TVA à 20 % | 160,00 € | 32,00 €" prints the base, then the tax.
- A charge row naming a tax with its rate ("County Waste Tax 4.0% | 10.00") is a tax.
- The day a direct debit collects this bill is its due date; the first of next year's
  instalments ("erstmals am ...") is not.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_overdue_amount_stays_out_of_a_vat_inclusive_total() -> None:
    fields = _fields(
        [
            (40, 40, "KELPNET", 18),
            (360, 40, "Invoice", 14),
            (360, 62, "Invoice no.", 9),
            (450, 62, "KN-55-90311", 9),
            (40, 76, "Kelpnet Communications Ltd", 9),
            (360, 76, "Invoice date", 9),
            (450, 76, "03 Mar 2025", 9),
            (360, 126, "This month's charges", 9),
            (450, 126, "€61.50", 9),
            (56, 130, "Aoife Brennan", 9),
            (360, 140, "Overdue amount", 9),
            (450, 140, "€30.00", 9),
            (56, 143, "12 Harbour Road", 9),
            (56, 156, "Cobh", 9),
            (360, 189, "Total amount due", 9),
            (450, 189, "€91.50", 9),
            (40, 274, "Your charges - all prices include VAT at 23%", 9),
            (44, 297, "Service", 9),
            (300, 297, "Qty", 9),
            (360, 297, "Price incl. VAT", 9),
            (470, 297, "Total incl. VAT", 9),
            (44, 317, "Home broadband - monthly fee", 9),
            (300, 317, "1", 9),
            (360, 317, "€49.20", 9),
            (470, 317, "€49.20", 9),
            (44, 333, "Landline bundle", 9),
            (300, 333, "1", 9),
            (360, 333, "€12.30", 9),
            (470, 333, "€12.30", 9),
            (330, 403, "Total this month (incl. VAT)", 9),
            (470, 403, "€61.50", 9),
            (337, 418, "of which: amount excl. VAT", 9),
            (470, 418, "€50.00", 9),
            (396, 433, "VAT @ 23%", 9),
            (470, 433, "€11.50", 9),
        ]
    )
    assert fields.get("total_amount") == 61.50
    assert fields.get("net_amount") == 50.00
    assert fields.get("tax_amount") == 11.50
    assert fields.get("amount_due") == 91.50


def test_rated_tax_row_among_the_charges_and_a_credit_carried_in() -> None:
    fields = _fields(
        [
            (40, 35, "MAPLE HOLLOW", 14),
            (330, 35, "UTILITY BILL / INVOICE", 12),
            (370, 62, "Account No.", 9),
            (460, 62, "77-204411-3", 9),
            (370, 75, "Invoice No.", 9),
            (460, 75, "MH-880172", 9),
            (370, 88, "Invoice Date", 9),
            (460, 88, "08/01/2025", 9),
            (370, 114, "Due Date", 9),
            (460, 114, "08/22/2025", 9),
            (40, 147, "Dana Whitfield", 9),
            (370, 147, "Previous Balance", 9),
            (460, 147, "($20.00) CR", 9),
            (40, 160, "88 Birch Street", 9),
            (370, 160, "Payments Received", 9),
            (460, 160, "$0.00", 9),
            (40, 172, "Spokane, WA 99201", 9),
            (370, 172, "Current Charges", 9),
            (460, 172, "$260.00", 9),
            (370, 186, "Total Amount Due", 9),
            (460, 186, "$240.00", 9),
            (46, 225, "DESCRIPTION", 9),
            (300, 225, "QTY", 9),
            (360, 225, "RATE", 9),
            (460, 225, "AMOUNT", 9),
            (46, 243, "Garbage cart - weekly service", 9),
            (300, 243, "3", 9),
            (360, 243, "60.00", 9),
            (460, 243, "180.00", 9),
            (46, 258, "Recycling cart - every other week", 9),
            (300, 258, "2", 9),
            (360, 258, "35.00", 9),
            (460, 258, "70.00", 9),
            (400, 322, "Subtotal", 9),
            (460, 322, "250.00", 9),
            (320, 336, "County Solid Waste Tax 4.0%", 9),
            (460, 336, "10.00", 9),
            (340, 350, "Total Current Charges", 9),
            (460, 350, "$260.00", 9),
            (240, 364, "Less credit balance from previous statement", 9),
            (460, 364, "(20.00)", 9),
            (280, 380, "TOTAL AMOUNT DUE BY 08/22/2025", 9),
            (460, 380, "$240.00", 9),
        ]
    )
    assert fields.get("tax_amount") == 10.00
    assert fields.get("net_amount") == 250.00
    assert fields.get("total_amount") == 260.00
    assert fields.get("amount_due") == 240.00


def test_vat_recap_row_prints_base_then_tax() -> None:
    fields = _fields(
        [
            (40, 35, "lumen énergie", 16),
            (400, 35, "Facture d'électricité", 12),
            (48, 94, "N° de facture", 9),
            (160, 94, "88120045", 9),
            (330, 99, "Mme Claire Dubois", 9),
            (330, 113, "4 rue des Lilas", 9),
            (330, 127, "69007 Lyon", 9),
            (48, 110, "Date de facture", 9),
            (160, 110, "12/05/2025", 9),
            (46, 171, "Désignation", 9),
            (300, 171, "TVA", 9),
            (460, 171, "Montant HT", 9),
            (46, 191, "Abonnement mensuel", 9),
            (300, 191, "5,5 %", 9),
            (460, 191, "40,00 €", 9),
            (46, 206, "Consommation", 9),
            (300, 206, "20 %", 9),
            (460, 206, "160,00 €", 9),
            (430, 240, "Total HT", 9),
            (480, 240, "200,00 €", 9),
            (40, 270, "Récapitulatif TVA", 9),
            (40, 286, "Taux", 9),
            (120, 286, "Base HT", 9),
            (200, 286, "Montant TVA", 9),
            (40, 300, "TVA à 5,5 %", 9),
            (120, 300, "40,00 €", 9),
            (200, 300, "2,20 €", 9),
            (360, 300, "Total TTC", 9),
            (480, 300, "234,20 €", 9),
            (40, 314, "TVA à 20 %", 9),
            (120, 314, "160,00 €", 9),
            (200, 314, "32,00 €", 9),
            (360, 314, "Montant à payer", 9),
            (480, 314, "234,20 €", 9),
            (40, 328, "Total TVA", 9),
            (200, 328, "34,20 €", 9),
        ]
    )
    assert fields.get("net_amount") == 200.00
    assert fields.get("tax_amount") == 34.20
    assert fields.get("total_amount") == 234.20


def test_previous_unpaid_balance_is_in_the_sum_to_pay() -> None:
    fields = _fields(
        [
            (40, 35, "nuvia télécom", 16),
            (440, 27, "FACTURE", 14),
            (360, 56, "Facture n°", 9),
            (440, 56, "N-2506-55120", 9),
            (360, 69, "Date de facture", 9),
            (440, 69, "20/06/2025", 9),
            (40, 76, "Nuvia Télécom SAS", 9),
            (330, 144, "M. Paul Girard", 9),
            (330, 158, "9 rue du Port", 9),
            (330, 172, "44000 Nantes", 9),
            (40, 260, "Désignation", 9),
            (300, 260, "Qté", 9),
            (460, 260, "Montant HT", 9),
            (40, 280, "Forfait Fibre", 9),
            (300, 280, "1", 9),
            (460, 280, "40,00", 9),
            (430, 371, "Total HT", 9),
            (480, 371, "40,00 €", 9),
            (430, 386, "TVA 20 %", 9),
            (480, 386, "8,00 €", 9),
            (360, 401, "Total TTC de la facture", 9),
            (480, 401, "48,00 €", 9),
            (290, 416, "Solde précédent impayé (N-2505-40011)", 9),
            (480, 416, "35,50 €", 9),
            (300, 432, "TOTAL À PAYER", 9),
            (480, 432, "83,50 €", 9),
        ]
    )
    assert fields.get("total_amount") == 48.00
    assert fields.get("amount_due") == 83.50


_ANNUAL_HEAD: list[SizedText] = [
    (70, 34, "Stadtwerke Birkenau GmbH", 12),
    (70, 100, "Stadtwerke Birkenau GmbH, Ringstraße 2, 69488 Birkenau", 7),
    (70, 122, "Karin Vogt", 9),
    (70, 136, "Lindenweg 5", 9),
    (70, 150, "69488 Birkenau", 9),
    (370, 122, "Rechnungs-Nr.:", 9),
    (450, 122, "SB-2025-118204", 9),
    (370, 136, "Rechnungsdatum:", 9),
    (450, 136, "20.01.2025", 9),
    (76, 300, "Nettobetrag", 9),
    (460, 300, "100,00 €", 9),
    (76, 315, "zzgl. 19 % USt", 9),
    (460, 315, "19,00 €", 9),
    (76, 330, "Rechnungsbetrag", 9),
    (460, 330, "119,00 €", 9),
]


def test_collection_day_is_due_not_the_first_new_instalment() -> None:
    fields = _fields(
        [
            *_ANNUAL_HEAD,
            (
                70,
                431,
                "Den Nachzahlungsbetrag von 119,00 € buchen wir am 04.02.2025 per"
                " SEPA-Lastschrift von Ihrem Konto ab.",
                9,
            ),
            (78, 480, "Ihr neuer Abschlag", 9),
            (78, 497, "Ihr monatlicher Abschlag ab März 2025 beträgt: 60,00 €.", 9),
            (
                78,
                509,
                "Fälligkeit jeweils zum 1. eines Monats, erstmals am 01.03.2025."
                " Der Abschlag wird per Lastschrift eingezogen.",
                9,
            ),
        ]
    )
    assert fields.get("due_date") == "2025-02-04"


def test_earliest_debit_day_is_due() -> None:
    fields = _fields(
        [
            *_ANNUAL_HEAD,
            (
                78,
                456,
                "Der Rechnungsbetrag von 119,00 € wird frühestens am 12.02.2025 per"
                " SEPA-Basislastschrift",
                9,
            ),
            (78, 468, "von Ihrem Konto DE44 1002 0030 0000 7788 11 abgebucht.", 9),
        ]
    )
    assert fields.get("due_date") == "2025-02-12"
