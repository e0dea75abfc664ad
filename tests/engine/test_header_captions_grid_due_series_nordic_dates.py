"""Header captions of numbers and dates: a bare "Due" heading the last box of a caption row
over its date; a French credit note's own "N° note de crédit" beside the "Réf. facture" of
the invoice it credits; a Danish credit note's "Udstedelsesdato" (issue date); a Greek
myDATA print's "Series / No:" before its number."""

from __future__ import annotations

import datetime

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pdf

# (x, y from the top, font size, text)
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_sized_pdf([(x, y, text, size) for x, y, size, text in texts]))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _items(y: float) -> list[Text]:
    return [
        (45, y, 9, "Description"),
        (300, y, 9, "Qty"),
        (360, y, 9, "Unit price"),
        (480, y, 9, "Amount"),
        (45, y + 16, 9, "Wooden pallet racking"),
        (300, y + 16, 9, "2"),
        (360, y + 16, 9, "150.00"),
        (480, y + 16, 9, "300.00"),
    ]


def test_a_bare_due_caption_in_a_caption_row_dates_the_bill() -> None:
    captions = ["Invoice no.", "Invoice date", "Account", "Terms", "Due"]
    values = ["KLM-40218", "10 Feb 2025", "ACC-17", "30 days", "12 Mar 2025"]
    xs = [45, 150, 255, 345, 430]
    texts: list[Text] = [
        (45, 45, 14, "Harbour Tools Ltd"),
        (45, 62, 9, "Quay Road 4, Cork"),
        (45, 110, 9, "Invoice to"),
        (45, 122, 9, "Greenfield Farm Shop"),
        (45, 134, 9, "Main Street, Mallow"),
        (45, 175, 14, "Invoice"),
        *((x, 205, 8, c) for x, c in zip(xs, captions, strict=True)),
        *((x, 217, 9, v) for x, v in zip(xs, values, strict=True)),
        *_items(255),
        (360, 310, 9, "Invoice total"),
        (480, 310, 9, "EUR 300.00"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "KLM-40218"
    assert _value(invoice, "due_date") == datetime.date(2025, 3, 12)


def test_a_credit_notes_own_number_not_the_invoice_it_refers_to() -> None:
    texts: list[Text] = [
        (40, 30, 13, "Menuiserie Favre SA"),
        (420, 30, 13, "NOTE DE CRÉDIT"),
        (40, 50, 9, "Rue du Lac 12, 1400 Yverdon"),
        (40, 110, 9, "CLIENT"),
        (300, 110, 9, "N° note de crédit"),
        (420, 110, 9, "NC-25-0107"),
        (40, 122, 9, "Boulangerie Perrin"),
        (300, 122, 9, "Date"),
        (420, 122, 9, "14.03.2025"),
        (40, 134, 9, "Grand-Rue 3"),
        (300, 134, 9, "Réf. facture"),
        (420, 134, 9, "F-25-0988 du 02.03.2025"),
        (40, 146, 9, "1400 Yverdon"),
        (45, 195, 9, "Désignation"),
        (480, 195, 9, "Montant"),
        (45, 211, 9, "Remboursement étagère"),
        (480, 211, 9, "CHF 300.00"),
        (360, 250, 9, "Total en votre faveur"),
        (480, 250, 9, "CHF 300.00"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "NC-25-0107"


def test_a_danish_credit_notes_issue_date_caption() -> None:
    texts: list[Text] = [
        (330, 43, 9, "Kreditnotanr."),
        (430, 43, 9, "KN-2025-0044"),
        (50, 52, 16, "KREDITNOTA"),
        (330, 52, 9, "Udstedelsesdato"),
        (430, 52, 9, "03.04.2025"),
        (330, 67, 9, "Vedr. faktura"),
        (430, 67, 9, "F-2025-0301"),
        (40, 104, 9, "Leverandør"),
        (300, 104, 9, "Kunde"),
        (40, 116, 9, "Aarhus Lampeværksted ApS"),
        (300, 116, 9, "Café Solsiden I/S"),
        (40, 128, 9, "Søndergade 8"),
        (300, 128, 9, "Havnevej 2"),
        (45, 228, 9, "Beskrivelse"),
        (480, 228, 9, "Beløb"),
        (45, 242, 9, "Returneret lampe"),
        (480, 242, 9, "1.200,00"),
        (330, 290, 9, "Kreditnota i alt DKK"),
        (480, 290, 9, "1.500,00"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "KN-2025-0044"
    assert _value(invoice, "invoice_date") == datetime.date(2025, 4, 3)


def test_a_series_and_number_caption_names_the_number() -> None:
    texts: list[Text] = [
        (40, 37, 13, "Ionian Olive Mills S.A."),
        (400, 37, 13, "TAX INVOICE"),
        (40, 56, 9, "Olive oil production and trade"),
        (40, 67, 9, "Odos Ermou 12"),
        (370, 73, 9, "Series / No:"),
        (480, 73, 9, "B-0271"),
        (40, 79, 9, "49100 Corfu"),
        (370, 85, 9, "Issue date:"),
        (480, 85, 9, "05/02/2025"),
        (40, 90, 9, "VAT No: EL094827316"),
        *_items(250),
        (330, 300, 9, "Payable amount (EUR)"),
        (480, 300, 9, "300.00"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "B-0271"
