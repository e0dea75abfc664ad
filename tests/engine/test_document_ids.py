"""The document's own number, dates and seller VAT ID in the forms real invoicing software
prints them: number signs and grid cells, titles with the number below, the invoice a credit
note refers to, national VAT captions, the buyer's ID captioned as such."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf

Row = tuple[float, float, str]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_SELLER: list[Row] = [(50, 50, "Studio Grafico Verdi S.r.l."), (50, 64, "Via Roma 12")]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Italian: a lower-case "n." under the title, the date in words after "del".
        (
            [(50, 120, "Fattura"), (50, 136, "n. 12/2024 del 4 aprile 2024")],
            {"invoice_number": "12/2024", "invoice_date": "2024-04-04"},
        ),
        # A grid: captions over their values, the number beside the document's kind.
        (
            [
                (50, 120, "Documento"),
                (150, 120, "Numero"),
                (250, 120, "Data"),
                (50, 134, "Fattura"),
                (150, 134, "88/B"),
                (250, 134, "14/05/2024"),
            ],
            {"invoice_number": "88/B", "invoice_date": "2024-05-14"},
        ),
        # A title with its number on the next line and no caption.
        ([(450, 110, "FATURA"), (450, 124, "FT 2024/55")], {"invoice_number": "FT 2024/55"}),
        # A shop's order number is the only number the page prints.
        ([(50, 120, "Invoice"), (150, 120, "Order #HT2231")], {"invoice_number": "HT2231"}),
        # QuickBooks credit memo: "CREDIT #".
        (
            [(50, 110, "CREDIT MEMO"), (350, 140, "CREDIT #"), (450, 140, "1077")],
            {"invoice_number": "1077", "document_type": "credit_note"},
        ),
        # Polish numbers look like dates: "15/05/2024" after the title or "nr".
        (
            [(50, 120, "Faktura VAT 17/05/2024"), (350, 120, "Data wystawienia 31.05.2024")],
            {"invoice_number": "17/05/2024", "invoice_date": "2024-05-31"},
        ),
        ([(50, 110, "FAKTURA VAT"), (50, 124, "nr 45/05/2024")], {"invoice_number": "45/05/2024"}),
        # A slash printed apart: "nr. 2024 / 0123".
        ([(450, 110, "Factuur"), (450, 124, "nr. 2024 / 0123")], {"invoice_number": "2024/0123"}),
        # Finnish and Czech captions.
        ([(350, 120, "Laskun numero 20240412")], {"invoice_number": "20240412"}),
        # (Helvetica has no "č": the caption is drawn as it reads without its accents.)
        ([(50, 110, "FAKTURA"), (50, 124, "cislo 240100045")], {"invoice_number": "240100045"}),
        # Telecom and insurance bills print the number in spaced digit groups, some joined
        # by no-break spaces; a date after the number is no group of it.
        (
            [(350, 110, "Rechnungsnummer"), (470, 110, "300\u00a0412 7788 5190")],
            {"invoice_number": "300 412 7788 5190"},
        ),
        (
            [(350, 110, "Beitragsrechnung Nr."), (470, 110, "BR 2025 0311 4478")],
            {"invoice_number": "BR 2025 0311 4478"},
        ),
        (
            [(350, 110, "Invoice No. 4471 12 March 2025")],
            {"invoice_number": "4471", "invoice_date": "2025-03-12"},
        ),
        # German shorthand, the colon set apart by padding.
        (
            [(57, 108, "RE-Nr."), (115, 108, ":"), (123, 108, "RE-25-00211")],
            {"invoice_number": "RE-25-00211"},
        ),
        # The title's own number beats a captioned order number.
        (
            [
                (480, 40, "FACTURE"),
                (487, 54, "FR52889104"),
                (50, 195, "Commande n°"),
                (160, 195, "221874493"),
            ],
            {"invoice_number": "FR52889104"},
        ),
        # A number sign before a stacked series, alone at the end of its line.
        (
            [(380, 40, "Facture / Justificatif de voyage"), (443, 58, "N° FAC-RL-25-00718420")],
            {"invoice_number": "FAC-RL-25-00718420"},
        ),
        # A number sign without colon under the title, beside the seller's street.
        ([(450, 48, "INVOICE"), (460, 64, "No. 318-1-2")], {"invoice_number": "318-1-2"}),
        ([(450, 48, "TAX INVOICE"), (460, 64, "No. 20417")], {"invoice_number": "20417"}),
        # A series with its number: in one run, or under a "Series / No." caption.
        (
            [(200, 110, "Series CTV"), (260, 110, "no. 0000742"), (330, 110, "Date: 19.02.2025")],
            {"invoice_number": "CTV 0000742", "invoice_date": "2025-02-19"},
        ),
        ([(360, 60, "Series / No."), (500, 60, "TDA-B 4712")], {"invoice_number": "TDA-B 4712"}),
        (
            [(380, 60, "Serie / Folio"), (520, 60, "A 1523")],
            {"invoice_number": "A 1523"},
        ),
        # Brazil's NFS-e: the date and hour under their caption.
        (
            [(440, 50, "Data e Hora de Emissão"), (440, 62, "12/03/2025 14:22:05")],
            {"invoice_date": "2025-03-12"},
        ),
        # An e-invoice print's ISO date with its time.
        (
            [(380, 60, "Fecha emisión"), (490, 60, "2025-05-06T12:31:08")],
            {"invoice_date": "2025-05-06"},
        ),
        # Xero: each caption over its value in one column, a date's day above the number.
        (
            [
                (50, 110, "TAX INVOICE"),
                (200, 110, "Invoice Date"),
                (200, 124, "4 Dec 2026"),
                (200, 140, "Invoice Number"),
                (200, 154, "INV-5512"),
                (200, 170, "VAT Number"),
                (200, 184, "661528433"),
                (400, 110, "Kirkgate Joinery Ltd"),
                (400, 124, "Unit 9, Mill Estate"),
                (400, 140, "Leeds"),
            ],
            {"invoice_number": "INV-5512", "seller_vat_id": "GB661528433"},
        ),
        # FreeAgent: the title and its bare number on one line, no caption.
        ([(50, 120, "Invoice 0412")], {"invoice_number": "0412"}),
        # Dotted leaders between caption and value belong to neither.
        (
            [(300, 120, "RECHNUNG........ 7004412"), (300, 134, "Fällig.......... 03.02.2027")],
            {"invoice_number": "7004412", "due_date": "2027-02-03"},
        ),
        # A credit line on an ordinary bill makes no credit note.
        (
            [(50, 110, "Rechnung"), (50, 200, "Gutschrift Treuebonus"), (500, 200, "-4,20")],
            {"document_type": "invoice"},
        ),
    ],
)
def test_document_number_forms(rows: list[Row], expected: dict[str, str]) -> None:
    fields = _fields(_SELLER + rows)
    assert {key: fields.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # A bare "Due" caption before a date in words, in a key | value list.
        (
            [
                (300, 120, "Date"),
                (400, 120, "Oct 1, 2026"),
                (300, 132, "Due"),
                (400, 132, "Oct 31, 2026"),
                (300, 144, "Status"),
                (400, 144, "PAID"),
            ],
            {"invoice_date": "2026-10-01", "due_date": "2026-10-31"},
        ),
        # The credit note's own number and date, not those of the invoice it corrects.
        (
            [
                (50, 120, "NOTA DI CREDITO"),
                (50, 136, "N. 3/NC del 15 maggio 2024"),
                (50, 170, "Storno parziale della fattura n. 77 del 02/04/2024"),
            ],
            {"invoice_number": "3/NC", "invoice_date": "2024-05-15"},
        ),
        (
            [
                (350, 110, "Gutschrift-Nr."),
                (450, 110, "GS-24-007"),
                (350, 124, "Datum"),
                (450, 124, "03.05.2024"),
                (350, 138, "Bezug: Rechnung"),
                (450, 138, "RE-24-0311"),
                (350, 152, "Rechnungsdatum"),
                (450, 152, "12.04.2024"),
            ],
            {"invoice_number": "GS-24-007", "invoice_date": "2024-05-03"},
        ),
        # A Polish letter's place and date; the sale date of the corrected invoice below.
        (
            [
                (350, 50, "Radom, dnia 07.04.2025"),
                (200, 120, "FAKTURA KORYGUJĄCA"),
                (50, 160, "Data sprzedaży: 20.02.2025"),
            ],
            {"invoice_date": "2025-04-07"},
        ),
        # A letter's date beside its number; the item table's first column holds other dates.
        (
            [
                (50, 120, "March 5, 2025"),
                (350, 120, "Invoice No.: 25-00412"),
                (50, 200, "Date"),
                (120, 200, "Description"),
                (380, 200, "Hours"),
                (430, 200, "Rate"),
                (490, 200, "Amount"),
                (50, 214, "02/03/2025"),
                (120, 214, "Review of supply agreement"),
                (380, 214, "1.40"),
                (430, 214, "525.00"),
                (490, 214, "735.00"),
            ],
            {"invoice_date": "2025-03-05"},
        ),
        # Canada writes both orders; the due date settles "03/05/2025" as March 5.
        (
            [
                (50, 100, "HST # 123456782 RT0001"),
                (50, 130, "Date of Issue: 03/05/2025"),
                (50, 144, "Due Date: 04/04/2025"),
                (50, 158, "Toronto, Ontario M4M 2T1"),
            ],
            {"invoice_date": "2025-03-05", "seller_vat_id": "123456782RT0001"},
        ),
        # Danish, Czech, Finnish and Spanish date captions.
        (
            [(350, 110, "Fakturanr. 1042"), (350, 124, "Dato 14.03.2025")],
            {"invoice_date": "2025-03-14"},
        ),
        ([(350, 124, "Datum splatnosti 28. 3. 2025")], {"due_date": "2025-03-28"}),
        ([(350, 124, "Eräpäivä 1.4.2025")], {"due_date": "2025-04-01"}),
        ([(50, 600, "Vencimientos: 30/03/2025 1.406,18")], {"due_date": "2025-03-30"}),
        ([(50, 120, "Émise le : 18 février 2025")], {"invoice_date": "2025-02-18"}),
        # The day a bill is collected or must be paid, stated in a sentence.
        (
            [(50, 300, "Prélevé le 15 mars 2025 sur le compte FR76 ***7")],
            {"due_date": "2025-03-15"},
        ),
        (
            [
                (300, 300, "We'll collect £49.74 by Direct Debit"),
                (300, 312, "on or after 17 March 2025"),
            ],
            {"due_date": "2025-03-17"},
        ),
        (
            [(50, 300, "Se cargará en su cuenta el 17 de marzo de 2025")],
            {"due_date": "2025-03-17"},
        ),
        # Collected from that day on: "a partir del", as the French "à partir du".
        (
            [(50, 300, "Se cargará en su cuenta ES91 2100 **** ****4417 a partir del 08/03/2025.")],
            {"due_date": "2025-03-08"},
        ),
        (
            [(50, 300, "Den Beitrag von 674,85 € buchen wir am 01.04.2025 von Ihrem Konto ab.")],
            {"due_date": "2025-04-01"},
        ),
        ([(50, 300, "à régler avant le 3 février 2025")], {"due_date": "2025-02-03"}),
        (
            [(57, 500, "Zahlbar innert 30 Tagen netto, d. h. bis 3. April 2025.")],
            {"due_date": "2025-04-03"},
        ),
        # A Swiss letter's place and date at the left, over the title.
        (
            [(57, 197, "Ostermundigen, 04.03.2025"), (58, 223, "Rechnung 2025-0219")],
            {"invoice_date": "2025-03-04", "invoice_number": "2025-0219"},
        ),
        ([(50, 300, "Prices apply to orders placed on or after 1 April 2025")], {"due_date": None}),
        ([(350, 150, "Date de prélèvement : 15/03/2025")], {"due_date": "2025-03-15"}),
        ([(350, 150, "Fecha de cargo: 17/03/2025")], {"due_date": "2025-03-17"}),
        ([(50, 300, "Abbuchung am 01.04.2025 per SEPA-Lastschrift")], {"due_date": "2025-04-01"}),
        # "Fällig am" over a schedule of instalments: the prose's date is the bill's.
        (
            [(50, 300, "Bitte überweisen Sie den Betrag bis zum 14.02.2025.")]
            + [(50, 400, "Fällig am"), (200, 400, "Betrag")]
            + [(50, 414 + 14 * row, f"15.0{row + 2}.2024") for row in range(3)],
            {"due_date": "2025-02-14"},
        ),
    ],
)
def test_own_dates_and_references(rows: list[Row], expected: dict[str, str]) -> None:
    fields = _fields(_SELLER + rows)
    assert {key: fields.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Danish CVR in a footer, the IBAN in the next cell.
        ([(50, 780, "CVR-nr.: 41234563"), (200, 780, "IBAN: DK5000400440116243")], "41234563"),
        # Norway's organisation number with the MVA suffix.
        ([(350, 90, "Org.nr. NO 912 345 688 MVA")], "NO912345688MVA"),
        # A South African VAT number has no country prefix.
        ([(350, 90, "VAT No: 4123456784")], "4123456784"),
        # Tax numbers with their own checksums after their own captions: Brazil's CNPJ,
        # Japan's invoice registration number, Mexico's RFC, Romania's CUI, Turkey's VKN.
        ([(50, 90, "CPF/CNPJ: 11.222.333/0001-81")], "11222333000181"),
        ([(350, 90, "Registration No. T1011101012345")], "T1011101012345"),
        ([(50, 90, "RFC emisor: CSA170822K75")], "CSA170822K75"),
        ([(50, 90, "CUI: RO18547737")], "RO18547737"),
        ([(50, 90, "Tax Office: Nilüfer V.D."), (160, 90, "VKN: 4730129580")], "4730129580"),
        # NAV: the buyer's ID captioned "USt-IdNr. Debitor"; the seller's under its caption.
        (
            [
                (50, 260, "USt-IdNr. Debitor"),
                (200, 260, "DE123456788"),
                (200, 760, "USt-IdNr."),
                (200, 772, "DE287654324"),
            ],
            "DE287654324",
        ),
        # Stripe: the country code as the caption's first word, the number without it.
        ([(50, 90, "GB VAT 334017296")], "GB334017296"),
        # A non-Union OSS number of a seller outside the EU.
        ([(50, 90, "EU VAT Reg. No.: EU372004519")], "EU372004519"),
        # Sage 50 (UK): a spaced number without "GB" after the caption, its mod-97 check holds.
        ([(50, 780, "VAT Reg No. 661 5284 33"), (50, 792, "Company No. 08812764")], "GB661528433"),
        # Italian: the client's P.IVA after "Spett.le Cliente —"; the seller's in the footer.
        (
            [
                (50, 150, "Spett.le Cliente \u2014 P.IVA 03318720962"),
                (50, 780, "P.IVA e C.F. 08712340960"),
            ],
            "08712340960",
        ),
        # A caption | value listing: the seller prints only its tax number, the buyer's VAT
        # ID stands in the value column of the buyer's section.
        (
            [
                (65, 120, "Verkäufer"),
                (65, 134, "Name:"),
                (300, 134, "Elektro Huber e.K."),
                (65, 148, "Anschrift:"),
                (300, 148, "Mühlweg 3"),
                (300, 162, "DE 84028 Landshut"),
                (65, 176, "Steuernummer:"),
                (300, 176, "132/245/30018"),
                (65, 210, "Käufer/Leistungsempfänger"),
                (65, 224, "Name:"),
                (300, 224, "Brauerei Sonnleitner GmbH"),
                (65, 238, "Anschrift:"),
                (300, 238, "Hopfenstraße 8"),
                (300, 252, "DE 84130 Dingolfing"),
                (65, 266, "USt.-Id.-Nr.:"),
                (300, 266, "DE287654324"),
            ],
            None,
        ),
        # ... and a buyer's section whose listing names no buyer, only its number and ID.
        (
            [
                (65, 120, "Verkäufer"),
                (65, 134, "Name:"),
                (300, 134, "Elektro Huber e.K."),
                (65, 148, "Steuernummer:"),
                (300, 148, "132/245/30018"),
                (65, 182, "Rechnungsempfänger"),
                (65, 196, "Kundennr.:"),
                (300, 196, "40077"),
                (65, 210, "USt-IdNr.:"),
                (300, 210, "DE287654324"),
            ],
            None,
        ),
    ],
)
def test_seller_vat_id_forms(rows: list[Row], expected: str | None) -> None:
    assert _fields(_SELLER + rows).get("seller_vat_id") == expected


_OWN_ACCOUNT: list[Row] = [(50, 780, "Bankverbindung: Sparkasse IBAN DE82760100850123456789")]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # SEPA direct debit: the only IBAN is the buyer's, the account to be debited.
        ([(65, 700, "Käufer-IBAN :"), (300, 700, "DE44500105175407324931")], None),
        # ... the payer named after the caption, the seller's own account in the footer.
        (
            [(50, 700, "IBAN des Zahlungspflichtigen: DE44500105175407324931"), *_OWN_ACCOUNT],
            "DE82760100850123456789",
        ),
        # ... in the sentence announcing the debit.
        (
            [
                (50, 700, "Der Betrag wird von Ihrem Konto mit IBAN DE44500105175407324931"),
                (50, 714, "am 20.03.2025 eingezogen."),
                *_OWN_ACCOUNT,
            ],
            "DE82760100850123456789",
        ),
        # ... under the mandate reference.
        (
            [
                (50, 700, "Mandatsreferenz: HU-2024-118"),
                (50, 714, "IBAN: DE44500105175407324931"),
                *_OWN_ACCOUNT,
            ],
            "DE82760100850123456789",
        ),
    ],
)
def test_a_payers_iban_is_not_the_sellers(rows: list[Row], expected: str | None) -> None:
    assert _fields(_SELLER + rows).get("iban") == expected


def test_an_iban_wrapped_in_prose_is_joined() -> None:
    # The IBAN's head closes a line of prose and its groups open the next; mod 97 holds.
    rows = [
        (50, 700, "Payment by BACS to Kirkgate Joinery Ltd, sort code 60-16-13. IBAN GB29"),
        (50, 712, "NWBK 6016 1331 9268 19. Please quote the invoice number."),
    ]
    assert _fields(_SELLER + rows).get("iban") == "GB29NWBK60161331926819"


def test_tally_grid_dated_beside_the_invoice_number() -> None:
    # Tally's grid: a 7 pt caption over an 8 pt value in each cell; two cells say "Dated",
    # the one beside the invoice number and the one beside the buyer's order number.
    cells = [
        ("Invoice No.", "KE/25-26/0042", "Dated", "7-Apr-2025"),
        ("Delivery Note", "DN-0042", "Mode/Terms of Payment", "15 Days"),
        ("Reference No. & Date.", "", "Other References", ""),
        ("Buyer's Order No.", "PO/771", "Dated", "28-Mar-2025"),
        ("Dispatch Doc No.", "", "Delivery Note Date", "5-Apr-2025"),
    ]
    texts: list[SizedText] = [(40, 50, "Kaveri Electricals Pvt. Ltd.", 9.5)]
    for index, (caption, value, other, dated) in enumerate(cells):
        y = 50 + 22 * index
        texts += [(303, y, caption, 7), (303, y + 10, value, 8)]
        texts += [(433, y, other, 7), (433, y + 10, dated, 8)]
    pdf = make_sized_pdf([text for text in texts if text[2]])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-04-07"
