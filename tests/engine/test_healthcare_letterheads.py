"""Healthcare providers' invoices: a company's initials that are also a currency code, a
letterhead name split over two lines above a nameless address."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.parse.currency import detect_currency

from .conftest import Drawn, SizedText, make_pdf, make_sized_pdf


def _initials_page(caption: str, total_caption: str) -> list[SizedText]:
    return [
        (57, 40, "AMD Arbeitsmedizin Rhein-Neckar", 16),
        (57, 128, "AMD Arbeitsmedizin Rhein-Neckar GmbH · N 7, 13 · 68161 Mannheim", 7),
        (57, 145, "Hellwig Metallbau GmbH", 10),
        (57, 159, "Industriestraße 19", 10),
        (57, 173, "68519 Viernheim", 10),
        (355, 145, "Datum 08.10.2024", 9),
        (57, 220, "Rechnung Nr. AM-2024-04418", 14),
        (57, 260, "Leistung", 9),
        (330, 260, "Menge", 9),
        (390, 260, caption, 9),
        (480, 260, total_caption, 9),
        (57, 276, "Betriebsärztliche Grundbetreuung", 9),
        (340, 276, "6", 9),
        (400, 276, "135,00", 9),
        (490, 276, "810,00", 9),
        (57, 290, "Tonschwellenaudiometrie", 9),
        (340, 290, "12", 9),
        (400, 290, "22,00", 9),
        (490, 290, "264,00", 9),
        (400, 320, "Summe netto", 9),
        (490, 320, "1.074,00", 9),
        (400, 334, "Umsatzsteuer 19 %", 9),
        (490, 334, "204,06", 9),
        (400, 348, "Rechnungsbetrag", 9),
        (490, 348, "1.278,06", 9),
        (57, 780, "AMD Arbeitsmedizin Rhein-Neckar GmbH · USt-IdNr. DE277405136", 7),
    ]


def test_company_initials_yield_to_signed_amount_captions() -> None:
    result = extract_canonical(
        make_sized_pdf(_initials_page("Einzelpreis €", "Gesamt €")), use_einvoice=False
    )
    assert result["fields"]["currency"] == "EUR"


def test_initials_after_an_order_number_are_no_money() -> None:
    text = "Bestell-Nr. 4500-2217 AMD Arbeitsmedizin Rhein-Neckar Einzelpreis € 12,00 €"
    assert detect_currency(text) == "EUR"
    # Money after its figure keeps its code, whatever line follows.
    assert detect_currency("Summe 1.250,00 AMD Zahlbar bis 12.10.2024") == "AMD"


def test_name_stacked_over_two_lines_is_the_account_holder_not_the_patient() -> None:
    page = [
        Drawn(398, 50, "Kalverstraat 8", size=8),
        Drawn(58, 60, "Tandartspraktijk", size=13),
        Drawn(398, 62, "2011 AB Haarlem", size=8),
        Drawn(58, 80, "Het Spaarne", size=16, bold=True),
        Drawn(398, 80, "T 023 555 12 12", size=8),
        Drawn(58, 150, "Mevr. A. de Boer", size=10),
        Drawn(58, 164, "Zijlweg 101", size=10),
        Drawn(58, 178, "2015 CK Haarlem", size=10),
        Drawn(58, 230, "NOTA", size=16),
        Drawn(58, 262, "Notanummer N2024-00512", size=9),
        Drawn(300, 262, "Notadatum 14-05-2024", size=9),
        Drawn(60, 336, "Code", size=9),
        Drawn(110, 336, "Omschrijving", size=9),
        Drawn(400, 336, "Aantal", size=9),
        Drawn(520, 336, "Bedrag", size=9, align="right"),
        Drawn(60, 356, "C11", size=9),
        Drawn(110, 356, "Periodiek controleonderzoek", size=9),
        Drawn(410, 356, "1", size=9),
        Drawn(520, 356, "€ 28,55", size=9, align="right"),
        Drawn(60, 372, "M01", size=9),
        Drawn(110, 372, "Preventieve voorlichting", size=9),
        Drawn(410, 372, "1", size=9),
        Drawn(520, 372, "€ 15,20", size=9, align="right"),
        Drawn(360, 400, "Totaal te betalen", size=10),
        Drawn(520, 400, "€ 43,75", size=10, align="right"),
        Drawn(
            58, 440, "Wij verzoeken u het bedrag over te maken op NL91 ABNA 0417 1643 00", size=9
        ),
        Drawn(58, 453, "t.n.v. Tandartspraktijk Het Spaarne o.v.v. het notanummer.", size=9),
        Drawn(120, 800, "Tandartspraktijk Het Spaarne · KvK 34123456 · AGB-code 22-012345", size=7),
    ]
    fields = extract_canonical(make_pdf(page), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Tandartspraktijk Het Spaarne"
    assert fields["seller_address"] == "Kalverstraat 8, 2011 AB Haarlem"


def test_coded_service_wrapping_before_its_figures_is_one_item() -> None:
    texts: list[SizedText] = [
        (62, 40, "Dr. med. Jonas Richter", 14),
        (62, 60, "Facharzt für Innere Medizin · Bahnhofstraße 4 · 79098 Freiburg", 8),
        (62, 110, "Frau Anna Keller", 10),
        (62, 124, "Wiesenweg 7", 10),
        (62, 138, "79100 Freiburg", 10),
        (62, 190, "Rechnungsnummer: 2024/0233", 9),
        (62, 204, "Rechnungsdatum: 11.03.2024", 9),
        (62, 250, "Datum", 9),
        (128, 250, "GOÄ-Nr.", 9),
        (176, 250, "Leistungsbeschreibung", 9),
        (429, 250, "Anz.", 9),
        (460, 250, "Faktor", 9),
        (504, 250, "Betrag €", 9),
        (62, 270, "04.03.2024", 9),
        (128, 270, "1", 9),
        (176, 270, "Beratung, auch mittels Fernsprecher", 9),
        (444, 270, "1", 9),
        (476, 270, "2,3", 9),
        (518, 270, "10,72", 9),
        (128, 286, "250", 9),
        (176, 286, "Blutentnahme mittels Spritze oder Kanüle", 9),
        (444, 286, "1", 9),
        (477, 286, "1,8", 9),
        (522, 286, "4,20", 9),
        (128, 302, "3511", 9),
        (176, 302, "Untersuchung eines Körpermaterials mit vorgefertigten", 9),
        (176, 314, "Reagenzträgern", 9),
        (443, 314, "2", 9),
        (472, 314, "1,15", 9),
        (522, 314, "6,70", 9),
        (128, 330, "5", 9),
        (176, 330, "Symptombezogene Untersuchung", 9),
        (444, 330, "1", 9),
        (476, 330, "2,3", 9),
        (518, 330, "10,72", 9),
        (343, 360, "Rechnungsbetrag", 10),
        (506, 360, "32,34 €", 10),
    ]
    items = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Beratung, auch mittels Fernsprecher", 10.72),
        ("Blutentnahme mittels Spritze oder Kanüle", 4.2),
        ("Untersuchung eines Körpermaterials mit vorgefertigten Reagenzträgern", 6.7),
        ("Symptombezogene Untersuchung", 10.72),
    ]
