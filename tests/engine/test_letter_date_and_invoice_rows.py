"""lf104: a covering letter's place-and-date yields to the invoice's captioned date."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages

_HEAD: list[SizedText] = [
    (57, 50, "Menuiserie Pelletier & Fils", 13),
    (57, 96, "42 avenue Jean Jaurès", 8),
    (57, 106, "69007 Lyon", 8),
]


def _letter(place_date: str) -> list[SizedText]:
    return [
        *_HEAD,
        (327, 180, "SCI Les Terrasses du Parc", 9),
        (327, 206, "8 rue Duguesclin", 9),
        (327, 219, "69006 Lyon", 9),
        (327, 276, place_date, 9),
        (57, 318, "Objet : envoi de notre facture n° FA25-0093", 9),
        (57, 358, "Madame,", 9),
        (57, 379, "Vous trouverez ci-joint notre facture d'un montant de 1 200,00 € TTC.", 9),
    ]


def _invoice(captioned: str) -> list[SizedText]:
    return [
        *_HEAD,
        (57, 172, "FACTURE", 15),
        (57, 209, "Facture n°", 8),
        (148, 209, "FA25-0093", 8),
        (57, 220, captioned, 8),
        (148, 220, "17/03/2025", 8),
        (329, 214, "SCI Les Terrasses du Parc", 8),
        (329, 239, "8 rue Duguesclin", 8),
        (329, 251, "69006 Lyon", 8),
        (61, 327, "Désignation", 8),
        (400, 327, "Qté", 8),
        (450, 327, "P.U. HT", 8),
        (510, 327, "Montant HT", 8),
        (61, 343, "Portes battantes vitrées", 8),
        (400, 343, "1", 8),
        (450, 343, "1 000,00", 8),
        (510, 343, "1 000,00", 8),
        (306, 466, "Total HT", 8),
        (440, 466, "1 000,00 €", 8),
        (306, 481, "TVA 20 %", 8),
        (440, 481, "200,00 €", 8),
        (306, 496, "Total TTC", 8),
        (440, 496, "1 200,00 €", 8),
    ]


def test_letter_place_date_yields_to_captioned_invoice_date() -> None:
    pdf = make_aligned_pages(_letter("Lyon, le 19 mars 2025"), _invoice("Date de facture"))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-03-17"


def test_letter_place_date_kept_without_a_caption() -> None:
    pdf = make_aligned_pages(_letter("Lyon, le 19 mars 2025"), _invoice("Chantier"))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-03-19"


def _items(texts: list[SizedText]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = extract_canonical(
        make_aligned_pages(texts), use_einvoice=False
    )["line_items"]
    return items


_SELLER: list[SizedText] = [
    (57, 50, "Tweedside Catering Supplies Ltd", 12),
    (57, 64, "7 Station Yard", 8),
    (57, 76, "Galashiels TD1 3AB", 8),
    (369, 84, "Invoice No TCS-44871", 8),
    (369, 96, "Date 31/03/2025", 8),
]
_ITEMS: list[SizedText] = [
    (60, 461, "Code", 8),
    (110, 461, "Description", 8),
    (330, 461, "Qty", 8),
    (400, 461, "Price", 8),
    (520, 461, "Net £", 8),
    (60, 476, "DC8DW", 8),
    (110, 476, "Disposable coffee cups 8oz", 8),
    (330, 476, "3", 8),
    (400, 476, "38.50", 8),
    (520, 476, "115.50", 8),
    (60, 491, "CC907", 8),
    (110, 491, "Clotted cream 907g tub", 8),
    (330, 491, "12", 8),
    (400, 491, "6.85", 8),
    (520, 491, "82.20", 8),
    (57, 520, "Please pay the balance now due by transfer:", 8),
    (335, 520, "VAT S 20% on 115.50", 8),
    (520, 520, "23.10", 8),
    (57, 532, "This invoice is due by 30/04/2025.", 8),
    (335, 532, "Goods total (net)", 8),
    (520, 532, "197.70", 8),
    (57, 544, "Bank of Scotland, sort code 80-22-60.", 8),
    (335, 556, "Invoice total £", 8),
    (520, 556, "220.80", 8),
]
_LEDGER: list[SizedText] = [
    (57, 310, "STATEMENT OF ACCOUNT", 9),
    (61, 327, "Date", 8),
    (120, 327, "Reference", 8),
    (200, 327, "Details", 8),
    (380, 327, "Debit £", 8),
    (440, 327, "Credit £", 8),
    (500, 327, "Balance £", 8),
    (61, 342, "01/03/2025", 8),
    (200, 342, "Balance brought forward", 8),
    (500, 342, "1,284.36", 8),
    (61, 357, "07/03/2025", 8),
    (120, 357, "BACS", 8),
    (200, 357, "Payment received", 8),
    (440, 357, "612.48", 8),
    (500, 357, "671.88", 8),
    (61, 372, "14/03/2025", 8),
    (120, 372, "TCS-44619", 8),
    (200, 372, "Invoice", 8),
    (380, 372, "438.90", 8),
    (500, 372, "1,110.78", 8),
    (61, 387, "31/03/2025", 8),
    (120, 387, "TCS-44871", 8),
    (200, 387, "This invoice", 8),
    (380, 387, "220.80", 8),
    (500, 387, "1,331.58", 8),
    (57, 444, "THIS INVOICE TCS-44871", 9),
]


def test_totals_caption_beside_a_payment_note_ends_the_items() -> None:
    items = _items([*_SELLER, *_ITEMS])
    assert [i["amount"] for i in items] == [115.5, 82.2]


def test_statement_ledger_above_the_items_gives_no_items() -> None:
    items = _items([*_SELLER, *_LEDGER, *_ITEMS])
    assert [i["amount"] for i in items] == [115.5, 82.2]


def test_bundle_parts_with_own_count_stay_out_of_the_name() -> None:
    texts: list[SizedText] = [
        *_HEAD,
        (457, 90, "Date : 04/03/2025", 8),
        (368, 100, "FACTURE N° F-250412", 10),
        (66, 338, "Réf.", 8),
        (145, 338, "Désignation", 8),
        (380, 338, "Qté", 8),
        (420, 338, "P.U. HT", 8),
        (510, 338, "Total HT", 8),
        (66, 354, "PK-AVPRO", 8),
        (145, 354, "Pack poste de travail Avocat PRO", 8),
        (380, 354, "5", 8),
        (420, 354, "1 489,00", 8),
        (510, 354, "7 445,00", 8),
        (158, 368, "– Ordinateur portable Lenovo ThinkPad T14, 16", 7),
        (380, 368, "1", 7),
        (158, 379, "Go, SSD 512 Go", 7),
        (158, 392, "– Écran 24 pouces Lenovo ThinkVision", 7),
        (380, 392, "2", 7),
        (66, 410, "PK-NET", 8),
        (145, 410, "Pack réseau cabinet", 8),
        (380, 410, "1", 8),
        (420, 410, "1 240,00", 8),
        (510, 410, "1 240,00", 8),
        (354, 450, "Total HT", 8),
        (480, 450, "8 685,00 €", 8),
    ]
    items = _items(texts)
    assert [i["description"] for i in items] == [
        "Pack poste de travail Avocat PRO",
        "Pack réseau cabinet",
    ]
