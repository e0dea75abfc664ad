"""A customs-style commercial invoice's numbered boxes ("2. INVOICE NO. AND DATE" over the
number and date, "8. BUYER (IF OTHER THAN CONSIGNEE) / BILL TO" over the buyer), and the
Italian salutation with its English wording heading the buyer's block ("Spett.le / Messrs.")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ITEMS = [
    (50, 330, "Description"),
    (330, 330, "Qty"),
    (400, 330, "Unit value"),
    (480, 330, "Total value"),
    (50, 346, "Gear pump GP-40"),
    (330, 346, "4"),
    (400, 346, "250.00"),
    (480, 346, "1,000.00"),
    (380, 390, "Net total: 1,000.00"),
    (380, 405, "VAT 0%: 0.00"),
    (380, 420, "TOTAL USD 1,000.00"),
]


def _form() -> list[tuple[float, float, str]]:
    return [
        (200, 30, "COMMERCIAL INVOICE"),
        (45, 70, "1. EXPORTER / SELLER"),
        (300, 70, "2. INVOICE NO. AND DATE"),
        (48, 83, "Brouwer Pompen B.V."),
        (303, 83, "BP-INV-7731"),
        (380, 83, "5 June 2024"),
        (48, 94, "Kanaalweg 12"),
        (300, 94, "3. CUSTOMER ORDER NO."),
        (48, 105, "3542 DM Utrecht"),
        (303, 105, "PO-99120 of 2 May 2024"),
        (48, 116, "VAT: NL861234567B01"),
        (45, 170, "7. CONSIGNEE (SHIP TO)"),
        (300, 170, "6. CURRENCY OF SALE"),
        (48, 183, "Harbor Freight Agents LLC"),
        (303, 183, "USD"),
        (48, 194, "200 Dock Street"),
        (300, 194, "8. BUYER (IF OTHER THAN CONSIGNEE) / BILL TO"),
        (48, 205, "Newark, NJ 07105, USA"),
        (303, 209, "Prairie Valve Company Inc."),
        (303, 220, "77 Market Street"),
        (303, 231, "Dayton, OH 45402, USA"),
        *_ITEMS,
    ]


def test_a_numbered_box_naming_number_and_date_gives_the_number_under_it() -> None:
    fields = extract_canonical(make_invoice_pdf([_form()], size=7), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "BP-INV-7731"


def test_a_numbered_buyer_box_with_a_bracketed_hint_and_alias_gives_its_name() -> None:
    fields = extract_canonical(make_invoice_pdf([_form()], size=7), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Prairie Valve Company Inc."


def test_a_salutation_with_its_english_wording_heads_the_buyer_block() -> None:
    rows = [
        (40, 36, "Fonderia Lombarda"),
        (340, 49, "Spett.le /Messrs."),
        (40, 56, "Rossi S.r.l."),
        (340, 56, "Keller Antriebe AG"),
        (340, 73, "Bahnhofstrasse 9"),
        (40, 82, "Via Roma 12 – 20121 Milano – Italia"),
        (340, 82, "8001 Zürich"),
        (340, 93, "SVIZZERA / SWITZERLAND"),
        (40, 103, "Partita IVA / VAT No. IT01234567890"),
        (340, 106, "UID CHE-105.833.417 MWST"),
        (40, 137, "FATTURA COMMERCIALE"),
        (40, 153, "COMMERCIAL INVOICE"),
        (43, 186, "Tipo documento"),
        (131, 186, "Numero"),
        (187, 186, "Data"),
        (43, 197, "Fattura export"),
        (131, 197, "412/E"),
        (187, 197, "26/04/2024"),
        (50, 330, "Descrizione"),
        (330, 330, "Q.tà"),
        (400, 330, "Prezzo"),
        (480, 330, "Importo"),
        (50, 346, "Flangia inox DN160"),
        (330, 346, "10"),
        (400, 346, "38,40"),
        (480, 346, "384,00"),
        # The carriage box's "Trasporto a cura" over "destinatario" (the consignee's care)
        # beside the totals: no buyer caption.
        (43, 520, "Peso netto kg"),
        (347, 520, "Trasporto a cura"),
        (433, 520, "Totale imponibile"),
        (44, 530, "120,000"),
        (347, 530, "destinatario"),
        (516, 530, "384,00"),
        (433, 545, "Totale IVA"),
        (535, 552, "0,00"),
        (433, 568, "TOTALE DOCUMENTO"),
        (482, 583, "EUR 384,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows], size=7), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Keller Antriebe AG"
