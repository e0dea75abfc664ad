"""Due dates stated in payment sentences ("Zahlung: 30 Tage netto, bis ...", "Wij schrijven
dit af rond ...", a deadline under the amount box's figure), numbers captioned by a title word
alone ("Sammelrechnung | 26-KW11-0183", "Gebührennote | 2025-00731", "Bolletta n."), a
caption joined to another by a slash and wrapped, a caption beside a street in the next
column, and VAT captions that name no seller's ID (the reader's own, one "on request")."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pages

# (x, y from the top, text), optionally a font size
Text = tuple[float, float, str] | tuple[float, float, str, float]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_sized_pages(texts, size=9))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _german(info: list[Text], notes: list[Text], title: str = "Rechnung") -> list[Text]:
    """A German letter: sender, recipient beside an info block, a title, one item, totals."""
    return [
        (57, 40, "Holzwerk Ammersee GmbH", 14),
        (57, 58, "Seestraße 4 · 86919 Utting"),
        (57, 130, "Gasthof Zur Linde"),
        (57, 143, "Dorfplatz 2"),
        (57, 156, "82395 Obersöchering"),
        *info,
        (57, 240, title, 13),
        (57, 270, "Pos"),
        (90, 270, "Bezeichnung"),
        (330, 270, "Menge"),
        (400, 270, "Preis"),
        (480, 270, "Betrag"),
        (57, 286, "1"),
        (90, 286, "Eichentisch massiv, geölt"),
        (330, 286, "2"),
        (400, 286, "640,00"),
        (480, 286, "1.280,00"),
        (330, 320, "Summe netto"),
        (480, 320, "1.280,00 €"),
        (330, 334, "zzgl. 19 % USt."),
        (480, 334, "243,20 €"),
        (330, 348, "Rechnungsbetrag"),
        (480, 348, "1.523,20 €"),
        *notes,
        (57, 780, "Sparkasse Landsberg · IBAN DE68 7005 4306 0000 1234 56"),
    ]


def _info(rows: list[tuple[str, str]]) -> list[Text]:
    out: list[Text] = []
    for offset, (caption, value) in enumerate(rows):
        out += [(330, 130 + 13 * offset, caption), (440, 130 + 13 * offset, value)]
    return out


_INFO = _info([("Rechnung Nr.", "HA-25-0311"), ("Datum", "06.05.2025")])


def test_payment_terms_with_colon_and_comma_give_the_due_date() -> None:
    notes: list[Text] = [(57, 390, "Lieferung frei Haus. Zahlung: 14 Tage netto, bis 20.05.2025.")]
    invoice = _invoice(_german(_INFO, notes))
    assert str(_value(invoice, "due_date")) == "2025-05-20"


def test_compound_title_captions_a_number_opening_with_digits() -> None:
    info = _info([("Wochenrechnung", "25-KW19-0042"), ("Datum", "12.05.2025")])
    invoice = _invoice(_german(info, [], title="Wochenrechnung KW 19/2025"))
    assert _value(invoice, "invoice_number") == "25-KW19-0042"


def test_calendar_week_after_a_title_is_no_number() -> None:
    info = _info([("Datum", "12.05.2025")])
    invoice = _invoice(_german(info, [], title="Wochenrechnung KW 19/2025"))
    assert _value(invoice, "invoice_number") != "KW 19/2025"


def test_fee_note_captions_its_number() -> None:
    info = _info([("Gebührennote", "2025-00731"), ("Datum", "06.05.2025")])
    invoice = _invoice(_german(info, [], title="Gebührenrechnung nach StBVV"))
    assert _value(invoice, "invoice_number") == "2025-00731"


def test_readers_own_vat_id_is_never_the_sellers() -> None:
    info = _info([("Rechnung Nr.", "HA-25-0311"), ("Ihre USt-IdNr.", "DE814602735")])
    notes: list[Text] = [(57, 795, "Steuernummer 131/245/60017")]
    invoice = _invoice(_german(info, notes))
    assert _value(invoice, "seller_vat_id") is None


def test_caption_joined_by_slash_takes_the_value_beside_its_second_line() -> None:
    rows: list[Text] = [
        (330, 130, "Rechnungsdatum /"),
        (330, 142, "Leistungsdatum"),
        (500, 142, "14 Mai 2025"),
        (330, 156, "Rechnungsnummer"),
        (440, 156, "RE-DE-5521-2025"),
    ]
    invoice = _invoice(_german(rows, []))
    assert str(_value(invoice, "invoice_date")) == "2025-05-14"


def _italian(info: list[Text], box: list[Text]) -> list[Text]:
    """An Italian utility bill: the amount box on the left, a summary on the right."""
    return [
        (57, 40, "LUCEVERDE", 16),
        (300, 40, "BOLLETTA ENERGIA ELETTRICA", 11),
        *info,
        (350, 95, "Sig. Marco Ferretti"),
        (350, 108, "Via Manin 7"),
        (350, 121, "33100 Udine UD"),
        *box,
        (300, 200, "Spesa per la materia energia"),
        (480, 200, "88,40 €"),
        (300, 214, "Spesa per il trasporto"),
        (480, 214, "21,10 €"),
        (300, 228, "Imposte"),
        (480, 228, "6,50 €"),
        (300, 242, "IVA"),
        (480, 242, "11,60 €"),
        (300, 260, "Totale bolletta"),
        (480, 260, "127,60 €"),
        (57, 770, "Luceverde S.p.A. · Via Roma 10, 33100 Udine · P.IVA 02841630306"),
    ]


_BOX: list[Text] = [
    (57, 190, "TOTALE DA PAGARE", 9),
    (57, 214, "127,60 €", 20),
    (57, 236, "entro il 12/06/2025", 10),
]


def test_bill_number_captioned_bolletta() -> None:
    info: list[Text] = [
        (57, 95, "Bolletta n."),
        (150, 95, "2025/E/00088123"),
        (57, 108, "Data emissione"),
        (150, 108, "22/05/2025"),
    ]
    invoice = _invoice(_italian(info, _BOX))
    assert _value(invoice, "invoice_number") == "2025/E/00088123"


def test_deadline_under_the_amount_box_figure_is_due() -> None:
    info: list[Text] = [(57, 95, "Data emissione"), (150, 95, "22/05/2025")]
    invoice = _invoice(_italian(info, _BOX))
    assert str(_value(invoice, "due_date")) == "2025-06-12"


def test_tax_id_available_on_request_names_no_id() -> None:
    texts: list[Text] = [
        (57, 40, "NORTHGATE & PELL LLP", 14),
        (57, 58, "200 Pine Street, Suite 900 · Seattle, WA 98101"),
        (57, 110, "Cascade Timber Co."),
        (380, 110, "Invoice No.:"),
        (460, 110, "77310"),
        (380, 123, "Invoice Date:"),
        (460, 123, "May 6, 2025"),
        (57, 200, "Professional services through April 30, 2025"),
        (480, 200, "$4,200.00"),
        (57, 230, "TOTAL DUE"),
        (480, 230, "$4,200.00"),
        # Two runs of the footer set over each other: the account's number falls right
        # after "Tax ID available" when the words are read in order.
        (57, 770, "Wire: Pacific Bank · ABA 125000024 · Account 5500123984", 7),
        (153, 770, "Federal Tax ID available on request", 7),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_vat_id") is None


def test_caption_beside_a_street_takes_its_value_below() -> None:
    texts: list[Text] = [
        (57, 40, "KOOKABURRA", 14),
        (57, 112, "TAX INVOICE", 14),
        (320, 112, "Invoice Date"),
        (320, 124, "12 May 2025"),
        (450, 112, "Kookaburra Design Pty Ltd"),
        (57, 140, "Bayview Dental Pty Ltd"),
        (320, 140, "Invoice Number"),
        (450, 140, "41 Smith Street"),
        (57, 152, "Attention: Ana Silva"),
        (320, 152, "INV-0733"),
        (450, 152, "Fitzroy VIC 3065"),
        (57, 164, "7 Bay Road"),
        (57, 176, "Sandringham VIC 3191"),
        (57, 250, "Description"),
        (480, 250, "Amount AUD"),
        (57, 266, "Brand refresh"),
        (480, 266, "2,000.00"),
        (380, 300, "Subtotal"),
        (480, 300, "2,000.00"),
        (380, 314, "TOTAL GST 10%"),
        (480, 314, "200.00"),
        (380, 328, "TOTAL AUD"),
        (480, 328, "2,200.00"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "INV-0733"


def test_dutch_direct_debit_sentence_gives_the_due_date() -> None:
    texts: list[Text] = [
        (57, 40, "Polderwater", 14),
        (57, 106, "Dhr. J. Visser"),
        (57, 119, "Kerkstraat 12"),
        (57, 132, "1621 AB Hoorn"),
        (57, 160, "Jaarafrekening", 13),
        (57, 190, "Factuurnummer"),
        (200, 190, "880123457"),
        (57, 203, "Factuurdatum"),
        (200, 203, "2 mei 2025"),
        (57, 216, "U betaalt"),
        (200, 216, "€ 61,20"),
        (57, 234, "Wij schrijven dit bedrag af rond 16 mei 2025"),
        (57, 280, "Totaal excl. btw"),
        (300, 280, "€ 50,58"),
        (57, 294, "Btw 21%"),
        (300, 294, "€ 10,62"),
        (57, 308, "Totaal incl. btw"),
        (300, 308, "€ 61,20"),
    ]
    invoice = _invoice(texts)
    assert str(_value(invoice, "due_date")) == "2025-05-16"
