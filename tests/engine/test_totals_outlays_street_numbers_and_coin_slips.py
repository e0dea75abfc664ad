"""Document totals: untaxed outlays after the VAT, a street beside the sum due's caption,
a sum row under stacked column captions, and a receipt's payable read one coin off.

Conventions:
- An Austrian or German lawyer's, notary's or tax adviser's fee note ("Honorarnote",
  "Kostennote") charges VAT on the fee only, prints a "Zwischensumme" of fee plus VAT, then
  adds the outlays passed on at cost without VAT ("Barauslagen", "durchlaufende Posten",
  court fees; § 10 Abs. 1 UStG / § 4 Z 3 öUStG). The VAT line is the one printed with its
  rate: its figure is a whole rate of the fee's net, whatever the subtotals under it hold.
- A house number opening a street ("14 allée des Tilleuls", "221 Baker Street") is no money,
  even in the cell right of a sum due's caption.
- Marketplace GST invoices stack each column's caption over two or three header lines ("Tax"
  over "Amount"); their "TOTAL:" row prints the tax column's and the gross column's sums.
- A Malaysian receipt rounds its total to 5 sen ("Total Incl. GST 36.26 / Rounding -0.01 /
  Total Payable 36.25"); thermal print read by OCR confuses a last 5 with a 0.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf
from .receipts.test_receipt_seller_blocks_and_nett import invoice_of, rows, values

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (57, 60, "Kanzlei Huber & Moser Rechtsanwälte OG"),
    (57, 74, "Graben 12, 1010 Wien"),
    (57, 120, "Buchner Holzbau GmbH"),
    (57, 134, "Hauptstraße 5, 4600 Wels"),
    (57, 180, "HONORARNOTE Nr. 2024/0815"),
    (380, 180, "Wien, am 12.04.2024"),
    (61, 220, "Datum"),
    (140, 220, "Leistung"),
    (400, 220, "Std."),
    (480, 220, "EUR"),
    (61, 240, "04.03.2024"),
    (140, 240, "Besprechung und Aktenstudium"),
    (400, 240, "3,00"),
    (480, 240, "900,00"),
    (61, 256, "18.03.2024"),
    (140, 256, "Verfassen der Berufung"),
    (400, 256, "5,00"),
    (480, 256, "1.500,00"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_vat_at_its_rate_stands_over_a_subtotal_and_untaxed_disbursements() -> None:
    page = [
        *_HEAD,
        (284, 290, "Summe Honorar netto"),
        (480, 290, "2.400,00"),
        (284, 304, "zzgl. 20 % USt"),
        (480, 304, "480,00"),
        (284, 318, "Zwischensumme"),
        (480, 318, "2.880,00"),
        (57, 344, "Barauslagen (umsatzsteuerfrei, durchlaufende Posten)"),
        (63, 362, "Pauschalgebühr Berufung"),
        (480, 362, "611,00"),
        (63, 376, "Grundbuchauszug"),
        (480, 376, "19,10"),
        (284, 394, "Summe Barauslagen"),
        (480, 394, "630,10"),
        (284, 416, "Gesamtbetrag EUR"),
        (480, 416, "3.510,10"),
    ]
    fields = _fields(page)
    assert fields["tax_amount"] == 480.0
    assert fields["total_amount"] == 3510.10
    # The taxable fee plus the untaxed outlays: what the total holds besides the VAT.
    assert fields["net_amount"] == 3030.10
    assert fields["amount_due"] == 3510.10


def test_a_street_beside_the_sum_due_caption_is_no_amount() -> None:
    # A telecom bill's summary box ("Montant à payer", its figure in large type below)
    # beside the customer's window address: "14 allée des Tilleuls" is a house number.
    page: Page = [
        (380, 60, "Facture"),
        (380, 90, "N° de facture : F-2406-0012"),
        (380, 104, "Date de facture : 03/06/2024"),
        (72, 180, "Montant à payer"),
        (327, 180, "14 allée des Tilleuls"),
        (327, 196, "59700 Marcq-en-Barœul"),
        (72, 200, "46,47 €"),
        (57, 320, "Forfait Fibre"),
        (480, 320, "41,47 €"),
        (57, 334, "Option TV"),
        (480, 334, "5,00 €"),
        (340, 360, "Total de la facture TTC"),
        (480, 360, "46,47 €"),
        (57, 400, "Taux"),
        (150, 400, "Montant HT"),
        (250, 400, "TVA"),
        (350, 400, "Montant TTC"),
        (57, 414, "20 %"),
        (150, 414, "38,73 €"),
        (250, 414, "7,74 €"),
        (350, 414, "46,47 €"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 46.47
    assert fields["amount_due"] == 46.47


def test_a_sum_row_under_stacked_tax_and_total_captions_gives_tax_and_total() -> None:
    # A marketplace GST invoice: captions stacked over three lines ("Tax" / "Amount"),
    # the "TOTAL:" row prints only the tax column's and the gross column's sums.
    page: Page = [
        (380, 60, "Tax Invoice"),
        (380, 80, "Invoice Number : IN-2024-7781"),
        (380, 94, "Invoice Date : 11.03.2024"),
        (50, 200, "Sl."),
        (270, 200, "Unit"),
        (330, 200, "Net"),
        (380, 200, "Tax"),
        (420, 200, "Tax"),
        (455, 200, "Tax"),
        (515, 200, "Total"),
        (130, 209, "Description"),
        (300, 209, "Qty"),
        (50, 218, "No"),
        (270, 218, "Price"),
        (330, 218, "Amount"),
        (380, 218, "Rate"),
        (420, 218, "Type"),
        (455, 218, "Amount"),
        (515, 218, "Amount"),
        (50, 236, "1"),
        (70, 236, "Wireless keyboard"),
        (260, 236, "1,270.34"),
        (305, 236, "2"),
        (325, 236, "2,540.68"),
        (380, 236, "9%"),
        (420, 236, "CGST"),
        (455, 236, "228.66"),
        (505, 236, "2,998.00"),
        (380, 246, "9%"),
        (420, 246, "SGST"),
        (455, 246, "228.66"),
        (50, 262, "2"),
        (70, 262, "Gaming laptop"),
        (255, 262, "76,270.34"),
        (305, 262, "1"),
        (320, 262, "76,270.34"),
        (380, 262, "9%"),
        (420, 262, "CGST"),
        (450, 262, "6,864.33"),
        (500, 262, "89,999.00"),
        (380, 272, "9%"),
        (420, 272, "SGST"),
        (450, 272, "6,864.33"),
        (70, 292, "TOTAL:"),
        (445, 292, "14,185.98"),
        (495, 292, "92,997.00"),
    ]
    fields = _fields(page)
    assert fields["tax_amount"] == 14185.98
    assert fields["total_amount"] == 92997.0


_BAKERY = [
    "BAKERI ROTI MANIS",
    "ROTI MANIS FOOD (M) SDN BHD",
    "NO 41, JALAN MAHSURI",
    "BAYAN BARU, 11950 PULAU PINANG",
    "RCPT# 3-117054",
    "15-03-2018 09:03:51",
    "BUTTER CROISSANT",
    "2x4.20 || 8.40",
    "WHOLEMEAL LOAF",
    "1x6.36 || 6.36",
    "Total Incl. GST || 14.76",
    "Rounding || {rounding}",
    "Total Payable || {payable}",
    "Change || 5.25",
]


def _bakery(rounding: str, payable: str) -> dict[str, object]:
    texts = [t.replace("{rounding}", rounding).replace("{payable}", payable) for t in _BAKERY]
    return values(invoice_of(rows(texts)))


def test_a_payable_read_one_coin_off_the_rounded_total_is_mended() -> None:
    # 14.76 - 0.01 = 14.75: the payable read "14.70" lost its last 5.
    assert _bakery("-0.01", "14.70")["total_amount"] == 14.75
    assert _bakery("-0.01", "14.75")["total_amount"] == 14.75
    # A rounding of nothing shows no more which figure slipped: the payable stands.
    texts = [t.replace("14.76", "14.75") for t in _BAKERY]
    texts = [t.replace("{rounding}", "0.00").replace("{payable}", "14.70") for t in texts]
    assert values(invoice_of(rows(texts)))["total_amount"] == 14.70
