"""A US distributor's header block, its captions right-aligned in a column beside "Sold To":
"Invoice | 0447215" takes the bare title word as the number's caption, the number digits only;
and a credit note that states when its amount is paid out in a sentence, no due-date caption
("Der Betrag wird bis 28.11.2024 auf Ihr Konto überwiesen.", "The amount will be transferred
to your account by 28/11/2024.", "Le montant sera viré sur votre compte avant le ...")."""

from __future__ import annotations

import datetime

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text)
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """Capitals alone over 10 pt: a banner, set bold."""
    return analysed(
        make_pdf(
            Drawn(x, y, text, size=size, bold=text.isupper() and size > 10)
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _distributor(number: str) -> list[Text]:
    """The seller top left, "INVOICE" top right; "Sold To" left on the row of the first
    caption of a block at the right, the captions in a column, their values flush right."""
    captions = [
        ("Invoice", number),
        ("Invoice Date", "02/27/2024"),
        ("Account", "CV1412"),
        ("Terms", "Net 15"),
        ("Due", "03/13/2024"),
    ]
    return [
        (40, 40, 14, "Lone Star Restaurant Supply Co."),
        (470, 40, 16, "INVOICE"),
        (40, 60, 9, "2905 E 5th St"),
        (40, 72, 9, "Austin, TX 78702"),
        (40, 110, 9, "Sold To"),
        (40, 122, 9, "Casa Verde Kitchen LLC"),
        (40, 134, 9, "1412 S Congress Ave"),
        (40, 146, 9, "Austin, TX 78704"),
        *((380, 110 + 13 * i, 9, c) for i, (c, _) in enumerate(captions)),
        *(
            (572 - stringWidth(v, "Helvetica", 9), 110 + 13 * i, 9, v)
            for i, (_, v) in enumerate(captions)
        ),
        (40, 220, 9, "Item"),
        (200, 220, 9, "Description"),
        (400, 220, 9, "Qty"),
        (450, 220, 9, "Price"),
        (510, 220, 9, "Extension"),
        (40, 235, 9, "243976"),
        (200, 235, 9, "Hotel pan 1/2 size"),
        (400, 235, 9, "2"),
        (450, 235, 9, "14.20"),
        (510, 235, 9, "28.40"),
        (380, 270, 9, "Invoice Total"),
        (510, 270, 9, "$28.40"),
    ]


def test_a_bare_invoice_caption_numbers_the_cell_beside_it() -> None:
    invoice = _invoice(_distributor("0447215"))
    assert _value(invoice, "invoice_number") == "0447215"


def _credit_note(sentence: str) -> list[Text]:
    """An e-invoice viewer's credit note: its grid of captions, items, totals, then the terms
    under "Zahlungsbedingungen" as one sentence."""
    return [
        (40, 50, 16, "Gutschrift"),
        (40, 76, 9, "Gutschriftsnummer"),
        (160, 76, 9, "GS-2024-0093"),
        (40, 89, 9, "Gutschriftsdatum"),
        (160, 89, 9, "14.11.2024"),
        (40, 140, 9, "Waldviertler Bäckereibedarf Hofer KG"),
        (40, 152, 9, "Bahnhofstraße 22"),
        (40, 164, 9, "3910 Zwettl"),
        (40, 270, 9, "Pos."),
        (80, 270, 9, "Bezeichnung"),
        (400, 270, 9, "Menge"),
        (500, 270, 9, "Gesamt netto"),
        (40, 285, 9, "10"),
        (80, 285, 9, "Retoure Roggenmehl Type 960, 25 kg"),
        (400, 285, 9, "8"),
        (500, 285, 9, "171,20"),
        (300, 320, 9, "Summe netto"),
        (500, 320, 9, "171,20"),
        (300, 333, 9, "10 % USt."),
        (500, 333, 9, "17,12"),
        (300, 346, 9, "Gutschriftsbetrag inkl. USt."),
        (500, 346, 9, "EUR 188,32"),
        (40, 380, 11, "Zahlungsbedingungen"),
        (40, 396, 9, sentence),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Betrag wird bis 28.11.2024 auf Ihr Konto überwiesen.",
        "Der Gutschriftsbetrag wird Ihnen bis zum 28.11.2024 gutgeschrieben.",
        "The amount will be transferred to your account by 28.11.2024.",
        "Le montant sera viré sur votre compte avant le 28.11.2024.",
    ],
)
def test_the_day_a_credit_is_paid_out_by_is_its_due_date(sentence: str) -> None:
    invoice = _invoice(_credit_note(sentence))
    assert _value(invoice, "due_date") == datetime.date(2024, 11, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Betrag wurde am 28.11.2024 auf Ihr Konto überwiesen.",
        "Die Ware wird bis 28.11.2024 an Sie geliefert.",
        "The amount was transferred to your account on 28.11.2024.",
    ],
)
def test_a_payment_made_or_a_delivery_is_no_due_date(sentence: str) -> None:
    invoice = _invoice(_credit_note(sentence))
    assert _value(invoice, "due_date") is None
