"""Forwarders' and customs brokers' invoices: import VAT or a stamp duty paid on the
customer's behalf is a disbursement row of the item table, no tax line ending it; and in a
"Currency | Amount | Rate | EUR" table the column captioned by the invoice's currency, right
of the rate, holds the row amounts."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf, make_invoice_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

_HEAD = [
    (50, 60, "Transports Garonne Dédouanement SAS"),
    (330, 120, "Facture n°"),
    (450, 120, "FD-88214"),
    (330, 134, "Date :"),
    (450, 134, "04/02/2025"),
]


def test_import_vat_paid_on_behalf_is_a_disbursement_item() -> None:
    rows = [
        (50, 220, "Désignation"),
        (320, 220, "Qté"),
        (370, 220, "P.U. HT"),
        (430, 220, "Montant HT"),
        (510, 220, "TVA"),
        (50, 240, "Déclaration en douane export"),
        (320, 240, "1"),
        (370, 240, "70,00"),
        (430, 240, "70,00"),
        (510, 240, "20 %"),
        (50, 256, "DÉBOURS"),
        (50, 272, "Droits de douane"),
        (430, 272, "218,30"),
        (510, 272, "—"),
        (50, 288, "TVA à l'importation acquittée pour votre compte"),
        (430, 288, "1 476,66"),
        (510, 288, "—"),
        (330, 320, "Total HT"),
        (470, 320, "1 764,96"),
        (330, 334, "TVA 20 %"),
        (470, 334, "14,00"),
        (330, 348, "Total TTC"),
        (470, 348, "1 778,96"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [70.0, 218.3, 1476.66]


def test_italian_import_vat_and_stamp_duty_are_disbursement_items() -> None:
    rows = [
        (50, 220, "Descrizione"),
        (320, 220, "Q.tà"),
        (370, 220, "Prezzo"),
        (430, 220, "Importo"),
        (510, 220, "IVA"),
        (50, 240, "Pratica doganale import"),
        (320, 240, "1"),
        (370, 240, "90,00"),
        (430, 240, "90,00"),
        (510, 240, "22%"),
        (50, 256, "ANTICIPAZIONI"),
        (50, 272, "Dazi doganali"),
        (430, 272, "512,40"),
        (510, 272, "Esc."),
        (50, 288, "IVA all'importazione"),
        (430, 288, "2.250,10"),
        (510, 288, "Esc."),
        (50, 304, "Imposta di bollo"),
        (430, 304, "2,00"),
        (510, 304, "Esc."),
        (330, 336, "Imponibile"),
        (470, 336, "2.854,50"),
        (330, 350, "IVA 22%"),
        (470, 350, "19,80"),
        (330, 364, "Totale documento"),
        (470, 364, "2.874,30"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [90.0, 512.4, 2250.1, 2.0]


def test_the_column_captioned_by_the_home_currency_right_of_the_rate_is_the_amount() -> None:
    rows = [
        (40, 220, "Omschrijving"),
        (200, 220, "Aantal"),
        (240, 220, "Tarief"),
        (290, 220, "Val."),
        (330, 220, "Bedrag"),
        (390, 220, "Koers"),
        (450, 220, "EUR"),
        (520, 220, "BTW"),
    ]
    data = [
        ("Zeevracht Shanghai", "2", "1.500,00", "USD", "3.000,00", "0,9300", "2.790,00", "0%"),
        ("Havengelden Antwerpen", "2", "120,00", "EUR", "240,00", "", "240,00", "0%"),
        ("Documentatiekosten", "1", "35,00", "EUR", "35,00", "", "35,00", "21%"),
    ]
    y = 240
    for name, count, price, money, amount, rate, home, vat in data:
        xs = (40, 200, 240, 290, 330, 390, 450, 520)
        row = (name, count, price, money, amount, rate, home, vat)
        rows += [(x, y, text) for x, text in zip(xs, row, strict=True) if text]
        y += 14
    rows += [
        (330, 300, "Totaal excl. BTW"),
        (470, 300, "3.065,00"),
        (330, 314, "BTW 21%"),
        (470, 314, "7,35"),
        (330, 328, "Totaal incl. BTW"),
        (470, 328, "3.072,35"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [2790.0, 240.0, 35.0]


def test_a_vat_grid_beside_a_note_reads_its_sum_row() -> None:
    rows = [
        (45, 200, "Lp."),
        (70, 200, "Nazwa"),
        (330, 200, "Wartość netto"),
        (420, 200, "VAT"),
        (480, 200, "Brutto"),
        (48, 216, "1"),
        (70, 216, "Przewóz Poznań – Lyon"),
        (340, 216, "1 600,00"),
        (420, 216, "0%"),
        (480, 216, "1 600,00"),
        (48, 230, "2"),
        (70, 230, "Składowanie palet"),
        (350, 230, "90,00"),
        (420, 230, "23%"),
        (480, 230, "110,70"),
        (40, 270, "Stawka 0% – art. 83 ust. 1 pkt 23"),
        (300, 270, "Stawka"),
        (380, 270, "Netto"),
        (440, 270, "VAT"),
        (500, 270, "Brutto"),
        (40, 282, "(transport międzynarodowy)."),
        (300, 282, "0%"),
        (370, 282, "1 600,00"),
        (440, 282, "0,00"),
        (490, 282, "1 600,00"),
        (40, 292, "Kurs NBP 2025-02-03: 1 EUR = 4,2011 PLN"),
        (300, 298, "23%"),
        (380, 298, "90,00"),
        (440, 298, "20,70"),
        (500, 298, "110,70"),
        (40, 310, "VAT w PLN: 86,96 zł"),
        (300, 310, "Razem"),
        (370, 310, "1 690,00"),
        (440, 310, "20,70"),
        (490, 310, "1 710,70"),
        (45, 340, "Razem do zapłaty:"),
        (160, 340, "1 710,70 EUR"),
    ]
    texts = [(x, y, text, 10.0) for x, y, text in _HEAD + rows]
    result = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)
    fields = result["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        1690.0,
        20.7,
        1710.7,
    )
    assert fields["currency"] == "EUR"  # the note's "VAT w PLN" is no billed currency
