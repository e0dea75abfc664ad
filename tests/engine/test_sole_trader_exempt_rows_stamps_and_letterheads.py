"""Sole traders' invoices: a totals row that prints the tax as a word ("TVA | non applicable",
"IVA | esente *") is a zero tax; a stamp duty captioned with a gloss ("Imposta di bollo (marca
da bollo)") and closing net to total is no tax; a note's sentence running from "ritenuta
d'acconto" on to the duty's figure withholds nothing; a bank's name heading the footer's
account column is no seller; a monogram over its trade word stands for the name the page
prints whole (exempttax.py, charges.py, totals.py, footercompany.py, splitlogo.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, SizedText, make_pdf, make_sized_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


_ITALIAN_HEAD: list[SizedText] = [
    (50, 40, "Paola Verdini", 16),
    (50, 58, "Traduzioni tecniche", 8),
    (50, 70, "Via Mazzini 14 – 37121 Verona", 8),
    (50, 82, "P.IVA 02938470231", 8),
    (50, 120, "Fattura n. 31/2025", 10),
    (50, 134, "Data 03/09/2025", 8),
    (320, 120, "Spett.le", 8),
    (320, 132, "Studio Lorenzi S.r.l.", 8),
    (320, 144, "Corso Porta Nuova 9", 8),
    (320, 156, "37122 Verona (VR)", 8),
    (60, 200, "Descrizione", 8),
    (460, 200, "Importo", 8),
    (60, 220, "Traduzione manuale d'uso (42 cartelle)", 8),
    (460, 220, "840,00", 8),
]


def test_tax_row_printed_not_applicable_is_a_zero_tax_and_the_net_the_total() -> None:
    fields = _fields(
        [
            (50, 40, "Hugo Marchal", 16),
            (50, 58, "Menuiserie & agencement", 8),
            (50, 70, "12 rue des Carmes, 31000 Toulouse", 8),
            (50, 120, "Facture N° 2025-044", 10),
            (50, 134, "Date : 11/06/2025", 8),
            (320, 120, "Client", 8),
            (320, 132, "Mme Odile Ferrand", 8),
            (320, 144, "4 allée des Pins", 8),
            (320, 156, "31400 Toulouse", 8),
            (60, 200, "Désignation", 8),
            (460, 200, "Montant", 8),
            (60, 220, "Bibliothèque sur mesure, chêne massif", 8),
            (460, 220, "2 400,00 €", 8),
            (330, 260, "Total HT", 8),
            (460, 260, "2 400,00 €", 8),
            (330, 274, "TVA", 8),
            (460, 274, "non applicable", 8),
            (330, 288, "Acompte versé", 8),
            (460, 288, "- 800,00 €", 8),
            (330, 304, "NET À PAYER", 9),
            (460, 304, "1 600,00 €", 9),
        ]
    )
    assert fields["tax_amount"] == 0.0
    assert fields["total_amount"] == 2400.0
    assert fields["amount_due"] == 1600.0


def test_exempt_word_marked_for_a_note_is_a_zero_tax_beside_a_stamp_duty() -> None:
    fields = _fields(
        [
            *_ITALIAN_HEAD,
            (330, 260, "Totale imponibile", 8),
            (460, 260, "840,00", 8),
            (330, 274, "IVA", 8),
            (460, 274, "esente*", 8),
            (330, 288, "Marca da bollo", 8),
            (460, 288, "2,00", 8),
            (330, 304, "TOTALE FATTURA €", 9),
            (460, 304, "842,00", 9),
        ]
    )
    assert fields["net_amount"] == 840.0
    assert fields["tax_amount"] == 0.0
    assert fields["total_amount"] == 842.0


def test_stamp_duty_with_a_gloss_closing_net_to_total_is_no_tax() -> None:
    fields = _fields(
        [
            *_ITALIAN_HEAD,
            (330, 260, "Totale imponibile", 8),
            (460, 260, "€ 840,00", 8),
            (330, 274, "Imposta di bollo (marca da bollo)", 8),
            (460, 274, "€ 2,00", 8),
            (330, 290, "TOTALE DOCUMENTO", 9),
            (460, 290, "€ 842,00", 9),
            (
                50,
                330,
                "Operazione senza applicazione dell'IVA, effettuata ai sensi dell'art. 1,",
                7,
            ),
            (50, 340, "commi da 54 a 89, della Legge n. 190/2014.", 7),
        ]
    )
    assert fields["net_amount"] == 840.0
    assert fields["total_amount"] == 842.0
    assert fields.get("tax_amount") in (None, 0.0)


def test_note_running_from_withholding_to_the_duty_withholds_nothing() -> None:
    fields = _fields(
        [
            *_ITALIAN_HEAD,
            (330, 260, "Totale imponibile", 8),
            (460, 260, "840,00", 8),
            (330, 274, "Marca da bollo", 8),
            (460, 274, "2,00", 8),
            (330, 290, "TOTALE FATTURA €", 9),
            (460, 290, "842,00", 9),
            (50, 330, "Operazione esclusa dal campo IVA. Prestazione non soggetta a", 7),
            (50, 340, "ritenuta d'acconto (art. 1, c. 67). Marca da bollo da € 2,00 applicata.", 7),
        ]
    )
    assert fields["net_amount"] == 840.0
    assert fields["amount_due"] == 842.0


def test_bank_name_over_the_footers_account_column_is_no_seller() -> None:
    fields = _fields(
        [
            (50, 40, "Jana Albers", 24),
            (50, 62, "TEXT · LEKTORAT · ÜBERSETZUNG", 7),
            (50, 110, "Jana Albers · Holtenauer Straße 51 · 24105 Kiel", 6),
            (50, 126, "Rechnung an:", 8),
            (50, 138, "Werftblick Verlag GmbH", 9),
            (50, 150, "Kaistraße 3", 9),
            (50, 162, "24114 Kiel", 9),
            (360, 126, "Rechnungsnummer", 8),
            (460, 126, "2025-031", 8),
            (360, 138, "Rechnungsdatum", 8),
            (460, 138, "07.08.2025", 8),
            (50, 220, "Pos. Leistung", 8),
            (460, 220, "Gesamt", 8),
            (50, 236, "1 Lektorat Sachbuch, 180 Normseiten", 8),
            (460, 236, "1.260,00 €", 8),
            (330, 270, "Rechnungsbetrag", 9),
            (460, 270, "1.260,00 €", 9),
            (50, 300, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", 8),
            (50, 770, "Jana Albers", 7),
            (50, 780, "Holtenauer Straße 51", 7),
            (50, 790, "24105 Kiel", 7),
            (220, 770, "Tel. 0431 5550123", 7),
            (220, 780, "post@albers-lektorat.de", 7),
            (400, 770, "Förde Volksbank eG", 7),
            (400, 780, "IBAN DE66 2175 0000 0012 3456 78", 7),
            (400, 790, "BIC NOLADE21NOS", 7),
        ]
    )
    assert fields["seller_name"] == "Jana Albers"


def test_monogram_over_its_trade_word_stands_for_the_name_printed_whole() -> None:
    white = (1.0, 1.0, 1.0)
    dark = (0.2, 0.2, 0.2)
    pdf = make_pdf(
        [
            Drawn(75, 60, "MR", size=30, align="centre", colour=white),
            Drawn(75, 80, "KERAMIK", size=8, align="centre", colour=white),
            Drawn(75, 110, "Töpferei · Unikate", size=7, align="centre", colour=white),
            Drawn(20, 200, "KONTAKT", size=8, colour=dark),
            Drawn(20, 214, "Mira Roloff", size=7),
            Drawn(20, 225, "Am Brink 4", size=7),
            Drawn(20, 236, "31134 Hildesheim", size=7),
            Drawn(180, 60, "Rechnung", size=30),
            Drawn(180, 84, "Mira Roloff Keramik", size=9),
            Drawn(450, 50, "RECHNUNGSNR.", size=7),
            Drawn(450, 60, "R-2025-12", size=9),
            Drawn(450, 76, "DATUM", size=7),
            Drawn(450, 86, "02.10.2025", size=9),
            Drawn(180, 140, "RECHNUNG AN", size=8),
            Drawn(180, 154, "Café Lindgrün GmbH", size=9),
            Drawn(180, 166, "Marktstraße 12", size=9),
            Drawn(180, 178, "31134 Hildesheim", size=9),
            Drawn(190, 250, "Beschreibung", size=8),
            Drawn(500, 250, "Betrag", size=8),
            Drawn(190, 266, "Steingut-Becher, 24 Stück", size=8),
            Drawn(500, 266, "672,00 €", size=8),
            Drawn(380, 300, "Gesamtbetrag", size=9),
            Drawn(500, 300, "672,00 €", size=9),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Mira Roloff Keramik"
