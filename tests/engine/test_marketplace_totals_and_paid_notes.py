"""Marketplace and web-shop invoices: a goods subtotal before shipping and discount is no total
("Summa varor inkl. moms" above "Att betala"), nor a net where no VAT is charged ("Item(s)
subtotal" of a seller not registered for VAT); a credit note's VAT summary row of negative
figures gives its net and tax; a refund already credited to the card, or a total "Charged to"
a card, leaves nothing due; a currency in an exchange-rate note beside the total's figure
yields to the sign the figures print."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text); a negative x sets the text flush right at -x.
Text = tuple[float, float, float, str]

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """A text at a negative x ends at -x."""
    return analysed(
        make_pdf(
            Drawn(abs(x), y, text, _FONT, size, "right" if x < 0 else "left")
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _head(title: str, seller: str) -> list[Text]:
    return [
        (50, 40, 16, title),
        (50, 62, 10, seller),
        (360, 90, 9, "Fakturanummer"),
        (470, 90, 9, "2024-7781"),
        (360, 103, 9, "Fakturadatum"),
        (470, 103, 9, "2024-11-04"),
        (50, 120, 9, "Karin Lund"),
        (50, 132, 9, "Kungsgatan 12"),
        (50, 144, 9, "753 21 Uppsala"),
    ]


def test_goods_subtotal_before_shipping_and_discount_is_no_total() -> None:
    rows = [
        ("Ljusstake i mässing", "1 st", "450,00", "25 %", "450,00"),
        ("Te, svart, 200 g", "2 st", "65,00", "12 %", "130,00"),
        ("Frakt", "1 st", "49,00", "25 %", "49,00"),
        ("Rabatt", "1 st", "-50,00", "25 %", "-50,00"),
    ]
    texts = _head("FAKTURA", "Lunds Glas & Te AB")
    texts.append((50, 200, 9, "Benämning"))
    for x, caption in (
        (260, "Antal"),
        (-380, "À-pris inkl. moms"),
        (-440, "Moms"),
        (-540, "Belopp"),
    ):
        texts.append((x, 200, 9, caption))
    for i, (name, count, price, rate, amount) in enumerate(rows):
        y = 218 + 16 * i
        texts += [(50, y, 9, name), (260, y, 9, count), (-380, y, 9, price)]
        texts += [(-440, y, 9, rate), (-540, y, 9, amount)]
    texts += [
        (50, 320, 9, "Betalningsinformation"),
        (340, 320, 9, "Summa varor inkl. moms"),
        (-540, 320, 9, "580,00 kr"),
        (50, 333, 9, "Betala till bankgiro 5123-4567"),
        (340, 333, 9, "Frakt"),
        (-540, 333, 9, "49,00 kr"),
        (340, 346, 9, "Rabatt"),
        (-540, 346, 9, "-50,00 kr"),
        (340, 366, 11, "Att betala"),
        (-540, 366, 11, "579,00 kr"),
        (340, 390, 9, "varav moms 25 %"),
        (-540, 390, 9, "89,80 kr"),
        (340, 402, 9, "varav moms 12 %"),
        (-540, 402, 9, "13,93 kr"),
        (340, 414, 9, "Summa moms"),
        (-540, 414, 9, "103,73 kr"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 579.00
    assert _value(invoice, "tax_amount") == 103.73
    assert _value(invoice, "net_amount") == 475.27


def test_items_subtotal_of_a_seller_not_registered_for_vat_is_no_net() -> None:
    texts = [
        (50, 40, 16, "Invoice"),
        (50, 70, 9, "Sold by:"),
        (140, 70, 9, "Hartley Model Railways Ltd"),
        (50, 83, 9, "Invoice number:"),
        (140, 83, 9, "HMR-2024-0815"),
        (50, 96, 9, "Invoice date:"),
        (140, 96, 9, "9 October 2024"),
        (50, 120, 9, "Billing address"),
        (50, 132, 9, "Ms Fiona Blake"),
        (50, 144, 9, "22 Ash Grove"),
        (50, 156, 9, "Leeds"),
        (50, 168, 9, "LS6 2QT"),
        (50, 200, 9, "Items ordered"),
        (-540, 200, 9, "Price"),
        (50, 216, 9, "OO gauge signal box kit"),
        (-540, 216, 9, "£64.00"),
        (50, 228, 9, "Qty: 1"),
        (50, 246, 9, "Weathering powder set"),
        (-540, 246, 9, "£18.50"),
        (50, 258, 9, "Qty: 1"),
        (300, 290, 9, "Item(s) subtotal:"),
        (-540, 290, 9, "£82.50"),
        (300, 303, 9, "Postage & packing:"),
        (-540, 303, 9, "£3.95"),
        (300, 316, 9, "Promotion applied:"),
        (-540, 316, 9, "-£5.00"),
        (300, 329, 9, "Order total:"),
        (-540, 329, 9, "£81.45"),
        (50, 360, 9, "VAT: the seller is not registered for VAT in the United Kingdom. No VAT"),
        (50, 371, 9, "has been charged on this order and this document is not a VAT invoice."),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 81.45
    assert _value(invoice, "net_amount") is None
    assert _value(invoice, "tax_amount") is None


def _credit_note(sentence: list[str]) -> list[Text]:
    texts: list[Text] = [
        (50, 40, 16, "Gutschrift"),
        (50, 62, 10, "Holzwerk Brandner GmbH"),
        (50, 74, 9, "Seestraße 3, 6020 Innsbruck"),
        (360, 90, 9, "Gutschriftsnummer"),
        (470, 90, 9, "GS-2024-311"),
        (360, 103, 9, "Gutschriftsdatum"),
        (470, 103, 9, "21.10.2024"),
        (50, 120, 9, "Frau Maria Huber"),
        (50, 132, 9, "Bergweg 9"),
        (50, 144, 9, "83022 Rosenheim"),
        (50, 200, 9, "Beschreibung"),
        (300, 200, 9, "Menge"),
        (-470, 200, 9, "USt. %"),
        (-540, 200, 9, "Betrag"),
        (50, 216, 9, "Salatschüssel Nussbaum"),
        (300, 216, 9, "1"),
        (-470, 216, 9, "19 %"),
        (-540, 216, 9, "-59,50 €"),
        (50, 232, 9, "Versandkosten"),
        (300, 232, 9, "1"),
        (-470, 232, 9, "19 %"),
        (-540, 232, 9, "-5,95 €"),
        (340, 256, 10, "Gutschriftsbetrag gesamt"),
        (-540, 256, 10, "-65,45 €"),
        (350, 290, 9, "USt. %"),
        (420, 290, 9, "Zwischensumme"),
        (-540, 290, 9, "USt."),
        (430, 300, 9, "(ohne USt.)"),
        (350, 314, 9, "19 %"),
        (-490, 314, 9, "-55,00 €"),
        (-540, 314, 9, "-10,45 €"),
        (350, 328, 9, "Summe"),
        (-490, 328, 9, "-55,00 €"),
        (-540, 328, 9, "-10,45 €"),
    ]
    texts += [(50, 360 + 11 * i, 9, text) for i, text in enumerate(sentence)]
    return texts


def test_credit_notes_vat_summary_row_of_negative_figures() -> None:
    invoice = _invoice(_credit_note([]))
    assert _value(invoice, "total_amount") in (65.45, -65.45)
    assert _value(invoice, "net_amount") in (55.00, -55.00)
    assert _value(invoice, "tax_amount") in (10.45, -10.45)


def test_refund_credited_to_the_card_leaves_nothing_due() -> None:
    sentence = [
        "Der Erstattungsbetrag von 65,45 € wurde am 21.10.2024 Ihrer Kreditkarte gutgeschrieben.",
        "Es ist keine Zahlung erforderlich.",
    ]
    invoice = _invoice(_credit_note(sentence))
    assert _value(invoice, "amount_due") == 0.0
    # The sentence's figure, unsigned, is no total beside the grid's net and tax.
    assert _value(invoice, "total_amount") in (65.45, -65.45)
    assert _value(invoice, "net_amount") in (55.00, -55.00)
    assert _value(invoice, "tax_amount") in (10.45, -10.45)


def test_total_charged_to_a_card_leaves_nothing_due() -> None:
    texts = [
        (50, 40, 16, "Receipt"),
        (50, 62, 10, "Kestrel Media Ltd"),
        (50, 90, 9, "DOCUMENT NO."),
        (50, 102, 9, "770314225"),
        (50, 120, 9, "DATE"),
        (50, 132, 9, "12 Nov 2024"),
        (50, 180, 9, "Podcast Studio – Pro"),
        (-540, 180, 9, "EUR 9.99"),
        (50, 200, 9, "Audiobook: The Long Tide"),
        (-540, 200, 9, "EUR 14.99"),
        (-540, 240, 11, "TOTAL EUR 24.98"),
        (-540, 258, 9, "Includes VAT of 19%: EUR 3.99"),
        (-540, 272, 9, "Charged to Visa •••• 4402"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 24.98
    assert _value(invoice, "amount_due") == 0.0


def test_currency_of_the_figures_beats_an_exchange_rate_note() -> None:
    texts = [
        (50, 40, 16, "FAKTURA"),
        (360, 60, 9, "nr 2024/11/0093"),
        (360, 73, 9, "Data wystawienia: 14.11.2024"),
        (50, 62, 10, "Waldläufer Outdoor GmbH"),
        (50, 74, 9, "Hauptstraße 4, 01067 Dresden, Niemcy"),
        (50, 110, 9, "Nabywca"),
        (50, 122, 9, "Marek Nowak"),
        (50, 134, 9, "ul. Długa 5, 31-147 Kraków"),
        (50, 180, 9, "Nazwa"),
        (300, 180, 9, "Ilość"),
        (-460, 180, 9, "VAT"),
        (-540, 180, 9, "Wartość"),
        (50, 196, 9, "Plecak turystyczny 30 l"),
        (300, 196, 9, "1"),
        (-460, 196, 9, "23%"),
        (-540, 196, 9, "369,00"),
        (360, 230, 9, "Wartość netto"),
        (-540, 230, 9, "300,00 zł"),
        (360, 243, 9, "VAT 23%"),
        (-540, 243, 9, "69,00 zł"),
        (50, 256, 9, "Równowartość informacyjna: 85,20 EUR"),
        (50, 268, 9, "(kurs średni z 13.11.2024:"),
        (50, 280, 9, "1 EUR = 4,3310 PLN)"),
        (360, 280, 9, "Razem brutto"),
        (-540, 280, 9, "369,00 zł"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 369.00
    assert _value(invoice, "currency") == "PLN"
