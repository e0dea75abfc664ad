"""Invoices of public bodies: an Italian invoice under split payment ("scissione dei
pagamenti"), whose VAT the buyer pays to the state (splitpayment.py, totals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, SizedText, make_invoice_pdf, make_sized_pdf

Page = list[tuple[float, float, str]]
ONE_ITEM_AND_TOTALS_SIZED: list[SizedText] = [(x, y, text, 9) for x, y, text in ONE_ITEM_AND_TOTALS]

_ITALIAN: Page = [
    (50, 60, "Laboratori Riuniti S.r.l."),
    (50, 74, "Via Roma 12, 52100 Arezzo"),
    (50, 88, "P.IVA IT01234567897"),
    (350, 120, "Fattura n. 2024/118"),
    (350, 134, "Data: 14-06-2024"),
    (50, 220, "Descrizione"),
    (470, 220, "Importo"),
    (50, 240, "Analisi di laboratorio"),
    (470, 240, "1.000,00"),
    (300, 300, "Totale imponibile"),
    (470, 300, "1.000,00"),
    (300, 314, "Totale IVA 22%"),
    (470, 314, "220,00"),
    (300, 328, "Totale documento"),
    (470, 328, "1.220,00"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


def test_split_payment_leaves_the_net_due() -> None:
    # "Operazione soggetta a scissione dei pagamenti": the buyer pays the VAT to the state,
    # the supplier is paid the total less its VAT.
    note = (50, 400, "Operazione soggetta a scissione dei pagamenti (art. 17-ter DPR 633/72)")
    fields = _fields([*_ITALIAN, note])
    assert fields["total_amount"] == pytest.approx(1220.0)
    assert fields["tax_amount"] == pytest.approx(220.0)
    assert fields["amount_due"] == pytest.approx(1000.0)


def test_a_note_that_split_payment_does_not_apply_leaves_the_total_due() -> None:
    note = (50, 400, "Operazione non soggetta a scissione dei pagamenti")
    fields = _fields([*_ITALIAN, note])
    assert fields["amount_due"] == pytest.approx(1220.0)
    assert _fields(_ITALIAN)["amount_due"] == pytest.approx(1220.0)


_FRENCH_TOTALS: list[SizedText] = [
    (340, 60, "FACTURE", 14),
    (340, 80, "N° facture : 2024-0312", 9),
    (340, 94, "Date : 17/07/2024", 9),
    (50, 300, "Désignation", 9),
    (480, 300, "Montant", 9),
    (50, 316, "Analyses de laboratoire", 9),
    (480, 316, "1 000,00", 9),
    (380, 350, "Total HT", 9),
    (480, 350, "1 000,00", 9),
    (380, 364, "TVA 20 %", 9),
    (480, 364, "200,00", 9),
    (380, 378, "Total TTC", 9),
    (480, 378, "1 200,00", 9),
]


def _french(head: list[SizedText]) -> dict[str, Any]:
    pdf = make_sized_pdf(head + _FRENCH_TOTALS)
    fields: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


def test_logo_name_over_two_lines_printed_whole_below() -> None:
    # "Université" set small over "Rhône-Vercors" set large: the sender's block below prints
    # the whole name on one line.
    fields = _french(
        [
            (60, 50, "Université", 11),
            (60, 68, "Rhône-Vercors", 16),
            (45, 120, "Université Rhône-Vercors", 9),
            (45, 132, "621 avenue Centrale", 9),
            (45, 144, "38400 Saint-Martin-d'Hères", 9),
            (45, 156, "N° TVA intracom. FR58193812385", 9),
            (340, 158, "Adressé à", 9),
            (340, 170, "NANOVIA COATINGS SAS", 9),
            (340, 182, "12 rue des Platanes", 9),
            (340, 194, "38190 Bernin", 9),
        ]
    )
    assert fields["seller_name"] == "Université Rhône-Vercors"


def test_logo_name_ending_in_a_preposition_runs_on() -> None:
    # "COMMUNE DE" over "VILLIERS-SUR-ARVE": no name ends in "de".
    fields = _french(
        [
            (180, 50, "COMMUNE DE", 14),
            (180, 70, "VILLIERS-SUR-ARVE", 14),
            (180, 100, "Mairie - 2 place de la Mairie - 74370 Villiers-sur-Arve", 9),
            (340, 170, "Madame Sandrine PELLETIER", 9),
            (340, 182, "148 route des Vernes", 9),
            (340, 194, "74370 Villiers-sur-Arve", 9),
        ]
    )
    assert fields["seller_name"] == "COMMUNE DE VILLIERS-SUR-ARVE"


def test_logo_name_with_a_tagline_under_it_stays_alone() -> None:
    fields = _french(
        [
            (60, 50, "Laboratoires Morel SAS", 14),
            (60, 68, "Analyses et essais", 11),
            (45, 120, "12 rue des Lilas", 9),
            (45, 132, "69003 Lyon", 9),
            (340, 170, "NANOVIA COATINGS SAS", 9),
            (340, 182, "12 rue des Platanes", 9),
            (340, 194, "38190 Bernin", 9),
        ]
    )
    assert fields["seller_name"] == "Laboratoires Morel SAS"


_DUTCH_TOTALS: list[SizedText] = [
    (57, 135, "Factuurnummer", 8),
    (148, 135, "24/601782", 8),
    (57, 147, "Factuurdatum", 8),
    (148, 147, "28/08/2024", 8),
    (57, 262, "Omschrijving", 8),
    (466, 262, "Bedrag €", 8),
    (88, 282, "Verpleegdagprijs", 8),
    (470, 282, "1.000,00", 8),
    (315, 320, "Totaal excl. btw", 8),
    (494, 320, "1.000,00", 8),
    (315, 334, "Btw 21 %", 8),
    (494, 334, "210,00", 8),
    (315, 348, "Totaal te betalen", 8),
    (494, 348, "1.210,00", 8),
]


def test_letterhead_name_over_its_sender_line_with_a_logo_between() -> None:
    # The hospital's name in bold, the logo's letters a line lower at its left, then the
    # department's line with the street and town; the title left of the patient's block.
    texts: list[SizedText] = [
        (100, 52, "Universitair Ziekenhuis Scheldeland", 12),
        (67, 62, "UZ", 9),
        (100, 67, "Dienst Patiëntenfacturatie · Hospitaalstraat 14 · 9200 Dendermonde", 7),
        (58, 112, "PATIËNTENFACTUUR", 14),
        (327, 110, "Mr. Thomas Whitfield", 9),
        (327, 124, "27 Alder Grove", 9),
        (327, 138, "Harrogate HG2 8PL", 9),
    ]
    pdf = make_sized_pdf(texts + _DUTCH_TOTALS, bold=frozenset({texts[0][2], texts[3][2]}))
    fields: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Universitair Ziekenhuis Scheldeland"
    assert fields["buyer_name"] == "Mr. Thomas Whitfield"


def test_subject_line_with_the_site_and_period_over_the_items_is_no_addressee() -> None:
    # "Afhentning af erhvervsaffald, Industrivej 7, 8883 Gjern – perioden ...": the service,
    # its site and period between the addressee's block and the item table.
    texts: list[SizedText] = [
        (57, 52, "Gudenå Kommune", 14),
        (57, 72, "Teknik og Miljø · Affald og Genbrug", 8),
        (57, 126, "Gjern Maskinfabrik A/S", 10),
        (369, 126, "FAKTURA", 12),
        (57, 142, "Att.: Bogholderiet", 9),
        (369, 146, "Fakturanr.", 7),
        (491, 146, "7000412883", 7),
        (57, 156, "Industrivej 7", 9),
        (369, 159, "Fakturadato", 7),
        (496, 159, "31.05.2024", 7),
        (57, 170, "8883 Gjern", 9),
        (
            57,
            250,
            "Afhentning af erhvervsaffald, Industrivej 7, 8883 Gjern – perioden "
            "01.05.2024 – 31.05.2024",
            8,
        ),
        (57, 283, "Varenr.", 7),
        (114, 283, "Tekst", 7),
        (374, 283, "Antal", 7),
        (516, 283, "Beløb", 7),
        (57, 303, "400110", 7),
        (114, 303, "Tømning 660 l container", 7),
        (388, 303, "10", 7),
        (506, 303, "1.000,00", 7),
        (312, 396, "Momspligtigt beløb", 8),
        (504, 396, "1.000,00", 8),
        (312, 410, "Moms 25 %", 8),
        (512, 410, "250,00", 8),
        (312, 424, "I alt DKK", 8),
        (504, 424, "1.250,00", 8),
        (57, 800, "Gudenå Kommune · Rådhustorvet 1 · 8600 Silkeborg · CVR 29189781", 7),
    ]
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Gjern Maskinfabrik A/S"


def test_club_name_over_two_window_lines_with_its_founding_year() -> None:
    # "Karnevalsgesellschaft" / "Blau-Weiß Wetterfeld 1952 e.V.": the year is the club's,
    # no house number; the name runs on.
    texts: list[SizedText] = [
        (106, 60, "STADT WETTERFELD", 14),
        (106, 78, "Der Magistrat · Amt für Kultur und Liegenschaften", 9),
        (57, 134, "Stadt Wetterfeld · Marktplatz 1 · 35583 Wetterfeld", 7),
        (58, 153, "Karnevalsgesellschaft", 11),
        (58, 165, "Blau-Weiß Wetterfeld 1952 e.V.", 9),
        (57, 179, "z. Hd. Herrn Jürgen Assmann", 9),
        (369, 179, "Rechnungs-Nr.: RE 2024/0117", 8),
        (58, 191, "Lindenstraße 18", 9),
        (369, 191, "Datum: 19.02.2024", 8),
        (57, 204, "35583 Wetterfeld", 9),
        *ONE_ITEM_AND_TOTALS_SIZED,
        (57, 800, "Stadtkasse Wetterfeld · IBAN DE53 5135 0025 0000 4177 30", 7),
    ]
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Karnevalsgesellschaft Blau-Weiß Wetterfeld 1952 e.V."


def test_monospaced_remittance_slips_from_caption_names_the_payer() -> None:
    # "FROM      : ALBION HEALTH INSURANCE LTD" on the slip to detach: the colon in its own
    # cell after the padded caption; the payer is the buyer, never the seller.
    texts: list[SizedText] = [
        (57, 48, "The Linden Private Patients Unit", 9),
        (57, 64, "Wyvern Valley Hospital, Cotswold Road", 8),
        (57, 76, "Gloucester GL1 3WV", 8),
        (58, 140, "I N V O I C E", 10),
        (57, 164, "BILL TO:", 8),
        (318, 164, "INVOICE NUMBER : 8100042615", 8),
        (67, 176, "ALBION HEALTH INSURANCE LTD", 8),
        (318, 176, "INVOICE DATE   : 14-MAR-2024", 8),
        (68, 188, "PO BOX 4512", 8),
        (68, 200, "BRISTOL BS1 9XY", 8),
        (138, 330, "DESCRIPTION", 8),
        (474, 330, "AMOUNT", 8),
        (138, 352, "Arthroscopic procedure package", 8),
        (465, 352, "2,840.00", 8),
        (374, 466, "INVOICE TOTAL", 8),
        (480, 466, "2,840.00", 8),
        (200, 669, "- - - DETACH AND RETURN WITH YOUR PAYMENT - - -", 8),
        (57, 691, "REMITTANCE ADVICE", 8),
        (57, 712, "FROM", 8),
        (129, 712, ": ALBION HEALTH INSURANCE LTD", 8),
        (57, 724, "INVOICE NUMBER: 8100042615", 8),
    ]
    fields: dict[str, Any] = extract_canonical(
        make_sized_pdf(texts, font="Courier"), use_einvoice=False
    )["fields"]
    assert fields["buyer_name"] == "ALBION HEALTH INSURANCE LTD"
    assert fields["seller_name"] == "The Linden Private Patients Unit"


def test_fee_notes_tax_row_under_its_subtotal_is_no_item() -> None:
    # A notary's fee note: the fee schedule's numbers lead the rows, the VAT takes one of its
    # own under the subtotal, the outlays outside the tax follow it.
    texts: list[SizedText] = [
        (57, 60, "Dr. Johanna Brettschneider", 12),
        (57, 74, "Notarin · Schillerplatz 4 · 96047 Bamberg", 8),
        (57, 120, "Markus und Lea Feldhaus", 9),
        (57, 132, "Kapellenweg 9", 9),
        (57, 144, "96120 Bischberg", 9),
        (340, 180, "Kostenberechnung Nr. K-2024-0588", 9),
        (340, 192, "Datum: 03.06.2024", 9),
        (57, 323, "KV-Nr.", 8),
        (105, 323, "Gebührentatbestand / Auslagen", 8),
        (500, 323, "Betrag €", 8),
        (57, 342, "21100", 8),
        (105, 342, "Beurkundungsverfahren (Grundstückskaufvertrag)", 8),
        (503, 342, "1.550,00", 8),
        (57, 357, "32005", 8),
        (105, 357, "Post- und Telekommunikationsentgelte (Pauschale)", 8),
        (516, 357, "20,00", 8),
        (105, 378, "Zwischensumme Gebühren und Auslagen", 8),
        (501, 378, "1.570,00", 8),
        (57, 393, "32014", 8),
        (105, 393, "19 % Umsatzsteuer auf 1.570,00 €", 8),
        (509, 393, "298,30", 8),
        (105, 416, "Durchlaufende Posten (nicht umsatzsteuerpflichtig):", 8),
        (57, 431, "32011", 8),
        (105, 431, "Grundbuchabrufgebühren nach JVKostG (2 Abrufe)", 8),
        (516, 431, "16,00", 8),
        (105, 452, "Rechnungsbetrag", 9),
        (483, 452, "1.884,30 €", 9),
        (57, 800, "USt-IdNr. DE204718366 · IBAN DE30 7705 0000 0302 1184 47", 7),
    ]
    result = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    amounts = [item["amount"] for item in result["line_items"]]
    assert amounts == [pytest.approx(1550.0), pytest.approx(20.0), pytest.approx(16.0)]


def test_bare_date_limite_under_the_payment_heading_is_the_due_date() -> None:
    fields = _french(
        [
            (60, 50, "Laboratoires Morel SAS", 14),
            (45, 120, "12 rue des Lilas", 9),
            (45, 132, "69003 Lyon", 9),
            (45, 420, "MODALITÉS DE PAIEMENT – Date limite : 12/08/2024", 9),
        ]
    )
    assert fields["due_date"] == "2024-08-12"
