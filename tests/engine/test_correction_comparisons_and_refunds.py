"""Corrective invoices and credit notes: the corrected invoice's date quoted in a subtitle
("zu unserer Rechnung Nr. ... vom ..."), a comparison of the invoice before and after the
correction ("bisher | Korrektur | neu") beside the note's own figures, a refund already
transferred, the original invoice's due date in a reference block, a VAT grid with a text
column beside a credit note's total box, and item tables before / after / difference."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text], sizes: dict[int, float] | None = None) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9, font=_FONT, sizes=sizes))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _german_correction(closing: list[Text]) -> CanonicalInvoice:
    texts: list[Text] = [
        (60, 40, "Gärtnerei Brandl GmbH · Lindenweg 4 · 93047 Regensburg", False),
        (60, 60, "Stadtwerke Kelheim AG", False),
        (60, 72, "Einkauf", False),
        (60, 84, "Donaupark 9", False),
        (60, 96, "93309 Kelheim", False),
        (400, 130, "Regensburg, den 9. Juni 2025", False),
        (60, 160, "Rechnungskorrektur Nr. K-118", False),
        (
            60,
            178,
            "zu unserer Rechnung Nr. 77-2025 vom 22. Mai 2025 (Leistungsdatum 20.05.2025)",
            False,
        ),
        (60, 205, "Wegen verspäteter Lieferung gewähren wir Ihnen die folgende Minderung.", False),
        (60, 235, "Pos.", False),
        (100, 235, "Bezeichnung", False),
        (520, 235, "Betrag EUR", True),
        (60, 250, "1", False),
        (100, 250, "Minderung Pflanzkübel Terrakotta", False),
        (520, 250, "150,00-", True),
        (300, 275, "Summe Minderung netto", False),
        (520, 275, "150,00-", True),
        (300, 289, "Umsatzsteuer 19 %", False),
        (520, 289, "28,50-", True),
        (300, 303, "Korrekturbetrag brutto EUR", False),
        (520, 303, "178,50-", True),
        (60, 335, "Gegenüberstellung", False),
        (330, 352, "netto", True),
        (420, 352, "USt 19 %", True),
        (520, 352, "brutto", True),
        (60, 368, "Rechnung 77-2025 bisher", False),
        (330, 368, "2.000,00", True),
        (420, 368, "380,00", True),
        (520, 368, "2.380,00", True),
        (60, 382, "Korrektur", False),
        (330, 382, "150,00-", True),
        (420, 382, "28,50-", True),
        (520, 382, "178,50-", True),
        (60, 396, "Rechnungsbetrag neu", False),
        (330, 396, "1.850,00", True),
        (420, 396, "351,50", True),
        (520, 396, "2.201,50", True),
        *closing,
        (
            60,
            520,
            "Gärtnerei Brandl GmbH · USt-IdNr. DE811234566 · IBAN DE02 1203 0000 0000 2020 51",
            False,
        ),
    ]
    return _invoice(texts)


def test_a_subtitle_quoting_our_invoice_dates_that_invoice_not_the_correction() -> None:
    invoice = _german_correction([])
    assert str(_value(invoice, "invoice_date")) == "2025-06-09"


def test_a_comparison_of_before_and_after_leaves_the_corrections_own_figures() -> None:
    invoice = _german_correction([])
    assert abs(float(str(_value(invoice, "net_amount")))) == 150.0
    assert abs(float(str(_value(invoice, "tax_amount")))) == 28.5
    assert abs(float(str(_value(invoice, "total_amount")))) == 178.5


def test_a_refund_already_transferred_leaves_nothing_due() -> None:
    invoice = _german_correction(
        [
            (
                60,
                430,
                "Ihre Zahlung zur Rechnung 77-2025 ist bei uns eingegangen. Den Korrekturbetrag",
                False,
            ),
            (
                60,
                443,
                "von 178,50 EUR haben wir Ihnen am 06.06.2025 auf Ihr Konto zurücküberwiesen.",
                False,
            ),
        ]
    )
    assert _value(invoice, "amount_due") == 0.0


def test_the_original_invoices_due_date_in_a_reference_block_is_not_the_notes() -> None:
    invoice = _invoice(
        [
            (50, 40, "Quincaillerie Rousset SARL", False),
            (400, 50, "AVOIR", False),
            (380, 70, "N° AV-118 du 12/06/2025", False),
            (50, 90, "7, place Bellecour", False),
            (50, 102, "69002 Lyon", False),
            (330, 110, "Boulangerie Morel", False),
            (330, 122, "12, rue Paul Bert", False),
            (330, 134, "69003 Lyon", False),
            (50, 150, "Vos références", False),
            (50, 164, "Code client", False),
            (140, 164, ": CL-88", False),
            (50, 176, "Facture d'origine", False),
            (140, 176, ": FA-7781", False),
            (50, 188, "Date facture", False),
            (140, 188, ": 02/05/2025", False),
            (50, 200, "Échéance facture", False),
            (140, 200, ": 01/06/2025", False),
            (50, 240, "Désignation", False),
            (520, 240, "Montant HT", True),
            (50, 255, "Retour étagères acier", False),
            (520, 255, "300,00", True),
            (330, 290, "Total HT", False),
            (520, 290, "300,00 €", True),
            (330, 304, "TVA 20,00 %", False),
            (520, 304, "60,00 €", True),
            (330, 318, "Montant de l'avoir TTC", False),
            (520, 318, "360,00 €", True),
            (50, 350, "Cet avoir sera déduit de votre prochaine facture.", False),
        ]
    )
    assert _value(invoice, "due_date") is None
    assert str(_value(invoice, "invoice_date")) == "2025-06-12"


def test_a_vat_grid_with_a_text_column_beside_the_credit_notes_total_box() -> None:
    texts: list[Text] = [
        (50, 40, "Vetreria Adriatica S.r.l.", False),
        (50, 52, "Via del Porto 8 · 60121 Ancona · P.IVA 02345670426", False),
        (320, 80, "Spett.le Hotel Conero S.a.s.", False),
        (320, 92, "Via Panoramica 3 · 60020 Sirolo (AN)", False),
        (60, 130, "Tipo documento", False),
        (160, 130, "Numero", False),
        (230, 130, "Data", False),
        (60, 145, "NOTA DI CREDITO", False),
        (160, 145, "31/NC", False),
        (230, 145, "05/06/2025", False),
        (55, 190, "Codice", False),
        (120, 190, "Descrizione", False),
        (460, 190, "Importo", True),
        (55, 205, "BIC-22", False),
        (120, 205, "Reso bicchieri calice", False),
        (460, 205, "410,00", True),
        (90, 260, "Imponibile", False),
        (150, 260, "Aliquota", False),
        (235, 260, "Imposta", False),
        (290, 260, "Descrizione", False),
        (430, 260, "TOTALE NOTA DI CREDITO", False),
        (130, 278, "410,00", True),
        (155, 278, "22%", False),
        (268, 278, "90,20", True),
        (291, 278, "Aliquota ordinaria", False),
        (460, 288, "€ 500,20", False),
        (50, 330, "Importo già rimborsato con bonifico. Nulla è dovuto dal cliente.", False),
    ]
    invoice = _invoice(texts, {len(texts) - 2: 12})
    assert _value(invoice, "net_amount") == 410.0
    assert _value(invoice, "tax_amount") == 90.2
    assert _value(invoice, "total_amount") == 500.2
    assert _value(invoice, "amount_due") == 0.0


def test_item_tables_before_and_after_the_correction_are_no_items() -> None:
    xs = [(45, False), (70, False), (330, True), (400, True), (470, True), (550, True)]
    header = ["Lp.", "Nazwa towaru", "Ilość", "Cena", "Wartość netto", "Wartość brutto"]
    tables = [
        (
            "PRZED KOREKTĄ",
            [
                ["1", "Farba akrylowa 10 l", "20", "80,00", "1 600,00", "1 968,00"],
                ["2", "Wałek malarski 25 cm", "30", "12,00", "360,00", "442,80"],
                ["3", "Taśma maskująca", "40", "5,00", "200,00", "246,00"],
            ],
        ),
        (
            "PO KOREKCIE",
            [
                ["1", "Farba akrylowa 10 l", "15", "80,00", "1 200,00", "1 476,00"],
                ["2", "Wałek malarski 25 cm", "30", "10,00", "300,00", "369,00"],
                ["3", "Taśma maskująca", "40", "5,00", "200,00", "246,00"],
            ],
        ),
        (
            "KOREKTA (RÓŻNICA)",
            [
                ["1", "Farba akrylowa 10 l – zwrot", "-5", "80,00", "-400,00", "-492,00"],
                ["2", "Wałek malarski 25 cm – rabat", "30", "-2,00", "-60,00", "-73,80"],
            ],
        ),
    ]
    texts: list[Text] = [
        (50, 40, "FARBEX", False),
        (150, 60, "FAKTURA KORYGUJĄCA nr FK/12/2025", False),
        (
            50,
            80,
            "Sprzedawca: Farbex Sp. z o.o., ul. Długa 3, 31-147 Kraków, NIP: 6761013717",
            False,
        ),
        (50, 92, "Nabywca: Malarnia Lis, ul. Krótka 8, 40-001 Katowice, NIP: 6340197735", False),
        (50, 104, "Data wystawienia: 2025-06-10", False),
    ]
    y = 130.0
    for title, rows in tables:
        texts.append((50, y, title, False))
        y += 15
        for cells in [header, *rows]:
            texts += [(x, y, text, right) for (x, right), text in zip(xs, cells, strict=True)]
            y += 14
        y += 12
    texts.append((300, y + 10, "Do zwrotu: 565,80 PLN", False))
    invoice = _invoice(texts)
    amounts = [item["amount"].value for item in invoice.items]
    assert amounts == [-400.0, -60.0]
