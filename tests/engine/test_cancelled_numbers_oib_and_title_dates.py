"""A cancelling document's own number, not the cancelled invoice's quoted in a sentence wrapped
over two lines; Croatia's OIB as the seller's tax number; dates in boxed cells and title boxes."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, text, size)
Text = tuple[float, float, str, float]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(
        make_pdf(Drawn(x, y, text, size=size, bold=size > 11) for x, y, text, size in texts)
    )


def _field(texts: list[Text], key: str) -> str | None:
    fields = _invoice(texts).fields
    return str(fields[key].value) if key in fields else None


def _items(top: float) -> list[Text]:
    return [
        (60, top, "Beschreibung", 9),
        (330, top, "Menge", 9),
        (400, top, "Preis", 9),
        (480, top, "Betrag", 9),
        (60, top + 18, "Wartung Druckluftanlage", 9),
        (330, top + 18, "1", 9),
        (400, top + 18, "-250,00 €", 9),
        (480, top + 18, "-250,00 €", 9),
        (360, top + 50, "Netto", 9),
        (480, top + 50, "-250,00 €", 9),
        (360, top + 64, "USt. 19 %", 9),
        (480, top + 64, "-47,50 €", 9),
        (360, top + 78, "Gesamt", 9),
        (480, top + 78, "-297,50 €", 9),
    ]


def test_a_sentence_wrapped_before_the_cancelled_invoices_caption_quotes_it() -> None:
    """ "Hiermit stornieren wir die" / "Rechnung Nr. 2025-0931 vom ...": the caption opens the
    second line of a sentence naming the invoice cancelled; the title's number is the own."""
    page = [
        (60, 50, "Feldmann Drucklufttechnik GmbH", 14),
        (360, 120, "Stornorechnung Nr.", 9),
        (460, 120, "ST-0412", 9),
        (360, 133, "Datum", 9),
        (460, 133, "11.03.2025", 9),
        (360, 146, "zu Rechnung Nr.", 9),
        (460, 146, "2025-0931", 9),
        (60, 130, "Brauerei Kessler KG", 9),
        (60, 142, "Am Hopfengarten 2", 9),
        (60, 154, "97070 Würzburg", 9),
        (60, 240, "Sehr geehrte Damen und Herren,", 9),
        (60, 252, "auf Ihren Wunsch entfällt der Wartungstermin. Hiermit stornieren wir die", 9),
        (60, 264, "Rechnung Nr. 2025-0931 vom 14.02.2025 wie folgt:", 9),
        *_items(300),
    ]
    assert _field(page, "invoice_number") == "ST-0412"
    assert _field(page, "invoice_date") == "2025-03-11"


def test_a_credit_relating_to_an_invoice_on_the_next_line_keeps_the_titles_number() -> None:
    page = [
        (60, 50, "Harbour Lane Consulting Ltd", 14),
        (360, 110, "CREDIT NOTE", 16),
        (360, 128, "CN-0877", 9),
        (360, 146, "Date: 11 March 2025", 9),
        (60, 130, "Bramwell Foods plc", 9),
        (60, 142, "14 Quay Street", 9),
        (60, 154, "Bristol BS1 4DJ", 9),
        (60, 240, "The workshop on 20 February was cancelled. This credit relates to", 9),
        (60, 252, "Invoice No. INV-5521 of 3 February 2025 and is refunded to your account.", 9),
        *_items(300),
    ]
    assert _field(page, "invoice_number") == "CN-0877"


def test_a_croatian_oib_under_the_sellers_name_is_its_tax_number() -> None:
    """Croatia's VAT ID is "HR" and the OIB: a trade prints only "OIB: ..." under its name, the
    buyer's beside it; eleven digits whose ISO 7064 MOD 11,10 check digit holds."""
    page = [
        (60, 40, "Stolarija Kovacic", 14),
        (60, 70, "Obrt Stolarija Kovacic, vl. Marko Kovacic", 9),
        (60, 82, "Vukovarska 18, 31000 Osijek", 9),
        (60, 94, "OIB: 30571298449", 9),
        (330, 70, "KUPAC:", 9),
        (330, 82, "Pekara Zlatni klas d.o.o.", 9),
        (330, 94, "Trg slobode 4", 9),
        (330, 106, "31000 Osijek", 9),
        (330, 118, "OIB: 81230459671", 9),
        (60, 160, "RACUN br. 14-1-1", 14),
        (60, 190, "Datum izdavanja:", 9),
        (180, 190, "04.02.2026.", 9),
        (60, 240, "Naziv", 9),
        (400, 240, "Iznos", 9),
        (60, 256, "Izrada police po mjeri", 9),
        (400, 256, "300,00", 9),
        (300, 290, "Osnovica:", 9),
        (400, 290, "300,00 EUR", 9),
        (300, 304, "PDV 25%:", 9),
        (400, 304, "75,00 EUR", 9),
        (300, 318, "UKUPNO:", 9),
        (400, 318, "375,00 EUR", 9),
        (60, 360, "Obrt je u sustavu PDV-a.", 9),
    ]
    assert _field(page, "seller_vat_id") == "30571298449"


def _totals(top: float, lines: list[tuple[str, str]]) -> list[Text]:
    return [
        text
        for offset, (caption, value) in enumerate(lines)
        for text in ((300, top + 14 * offset, caption, 9), (440, top + 14 * offset, value, 9))
    ]


def test_hungarian_spaced_dates_in_a_row_of_captioned_cells() -> None:
    """Hungary's standard date form spaces its dotted parts ("2025. 11. 20."): the due date
    under "Esedékesség" in a row of captioned cells is read like the others."""
    captions = ["Fizetési mód", "Teljesítés", "Számla kelte", "Esedékesség", "Sorszám"]
    values = ["készpénz", "2025. 11. 05.", "2025. 11. 05.", "2025. 11. 20.", "BA-2025/0412"]
    page: list[Text] = [
        (60, 40, "SZÁMLA", 16),
        (60, 80, "Eladó: Barta Asztalos Kft.", 9),
        (60, 92, "8200 Veszprém, Jutasi út 40.", 9),
        (60, 104, "Közösségi adószám: HU10773381", 9),
        (330, 80, "Vevo: Somló Borház Bt.", 9),
        (330, 92, "8481 Somlóvásárhely, Kossuth utca 2.", 9),
    ]
    for column, (caption, value) in enumerate(zip(captions, values, strict=True)):
        page += [(60 + 100 * column, 150, caption, 8), (60 + 100 * column, 164, value, 10)]
    page += [(60, 210, "Megnevezés", 9), (440, 210, "Nettó érték", 9)]
    page += [(60, 226, "Tölgy asztallap javítása", 9), (440, 226, "40 000", 9)]
    page += _totals(260, [("Nettó:", "40 000 Ft"), ("ÁFA 27%:", "10 800 Ft")])
    page += _totals(288, [("Összesen:", "50 800 Ft")])
    assert _field(page, "due_date") == "2025-11-20"
    assert _field(page, "invoice_date") == "2025-11-05"


def test_romanian_due_date_captioned_in_the_genitive_in_the_title_box() -> None:
    """Romanian "Data scadenței" (the due date's, genitive; "scadentei" printed without its
    comma below) beside "Data emiterii" under the title."""
    page = [
        (60, 40, "Furnizor: OLTENIA MOBILIER SRL", 9),
        (60, 52, "CIF: RO16482210", 9),
        (330, 40, "Cumparator: DUNAREA HOTEL SRL", 9),
        (250, 100, "FACTURA FISCALA", 16),
        (245, 122, "Seria OMB Nr. 00071", 9),
        (240, 136, "Data emiterii: 02.09.2025", 9),
        (60, 150, "Cota TVA: 19%", 9),
        (240, 150, "Data scadentei: 02.10.2025", 9),
        (60, 200, "Denumirea produselor", 9),
        (440, 200, "Valoarea", 9),
        (60, 216, "Dulap din stejar", 9),
        (440, 216, "1.000,00", 9),
        *_totals(250, [("Total", "1.000,00"), ("TVA 19%", "190,00")]),
        *_totals(278, [("Total de plata", "1.190,00 lei")]),
    ]
    assert _field(page, "due_date") == "2025-10-02"
    assert _field(page, "invoice_date") == "2025-09-02"


def test_a_date_alone_centred_under_the_title_and_its_number_is_the_issue_date() -> None:
    """Lithuanian invoices centre "PVM SĄSKAITA FAKTŪRA" (here printed without its marks), its
    series and number, and the date under them with no caption."""
    page = [
        (205, 30, "PVM SASKAITA FAKTURA", 16),
        (240, 50, "Serija KLD Nr. 0003417", 9),
        (262, 64, "2025-10-21", 9),
        (60, 100, "Pardavejas", 9),
        (330, 100, "Pirkejas", 9),
        (60, 112, "UAB „Kalviu dirbtuves“", 9),
        (330, 112, "UAB „Žalias kiemas“", 9),
        (60, 124, "PVM moketojo kodas LT100004419", 9),
        (60, 170, "Apmoketi iki: 2025-11-20", 9),
        (60, 210, "Pavadinimas", 9),
        (440, 210, "Suma be PVM", 9),
        (60, 226, "Metaliniai vartai", 9),
        (440, 226, "800,00", 9),
        *_totals(260, [("Suma be PVM", "800,00"), ("PVM 21 %", "168,00")]),
        *_totals(288, [("Iš viso moketi, EUR", "968,00")]),
        (480, 800, "Puslapis 1 iš 1", 8),
    ]
    assert _field(page, "invoice_date") == "2025-10-21"


def test_italian_terms_counting_days_from_the_invoice_date_name_no_issue_date() -> None:
    """ "bonifico a 60 giorni data fattura, scadenza ...": the caption words are the terms'
    start (as France's "30 jours date de facture"), the date after them is the due date."""
    rows = [("Numero", "FV/2025/0112"), ("Data", "14/10/2025"), ("Cod. cliente", "C-204")]
    rows += [("Pagamento", "Bonifico 60 gg d.f."), ("Scadenza", "13/12/2025")]
    page: list[Text] = [(60, 40, "Tessitura Valle Seriana S.r.l.", 14), (60, 90, "FATTURA", 14)]
    for offset, (caption, value) in enumerate(rows):
        page += [(60, 112 + 14 * offset, caption, 9), (130, 112 + 14 * offset, value, 9)]
    page += [(330, 112, "Destinatario", 9), (330, 124, "Merceria Bianchi", 9)]
    page += [(330, 136, "Via Dante 4", 9), (330, 148, "25121 Brescia (BS)", 9)]
    page += [(60, 230, "Descrizione", 9), (440, 230, "Importo", 9)]
    page += [(60, 246, "Tessuto lana cotta, 20 m", 9), (440, 246, "400,00", 9)]
    page += _totals(280, [("Imponibile", "400,00"), ("IVA 22%", "88,00")])
    page += _totals(308, [("Totale fattura €", "488,00")])
    terms = "Pagamento: bonifico bancario a 60 giorni data fattura, scadenza 13/12/2025"
    page += [(60, 350, terms, 8)]
    assert _field(page, "invoice_date") == "2025-10-14"
    assert _field(page, "due_date") == "2025-12-13"


def _footer_vat_id(vat_id: str) -> str | None:
    page = [
        (60, 40, "Zimmerei Brandl KG", 14),
        (60, 80, "Gasthof Alpenblick GmbH", 9),
        (60, 92, "Seestraße 3", 9),
        (60, 104, "83209 Prien", 9),
        (360, 80, "Rechnung Nr. 2025-0318", 9),
        (360, 92, "Datum: 03.03.2025", 9),
        (60, 200, "Leistung", 9),
        (440, 200, "Betrag", 9),
        (60, 214, "Dachstuhl ausbessern", 9),
        (440, 214, "100,00 €", 9),
        *_totals(250, [("Netto", "100,00 €"), ("USt 19 %", "19,00 €"), ("Gesamt", "119,00 €")]),
        (60, 790, "Sitz Prien, AG Traunstein HRA 20931", 7),
        (230, 790, f"USt-IdNr.: {vat_id}", 7),
        (390, 790, "IBAN DE02 7115 0000 0020 4183 77", 7),
    ]
    return _field(page, "seller_vat_id")


def test_a_vat_id_in_spaced_groups_after_its_caption_reads_as_it_does_unspaced() -> None:
    """The caption's ID is read by its shape, its check digit not holding, in one word; so it
    is in spaced groups ("DE 318 552 406")."""
    assert _footer_vat_id("DE318552406") == "DE318552406"
    assert _footer_vat_id("DE 318 552 406") == "DE318552406"
