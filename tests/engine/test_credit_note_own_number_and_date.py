"""A credit note's own number and date, not the credited invoice's it quotes, and a corrective
invoice with negative totals typed as a credit note.

- "Rif. ns. fattura n. 412 del ..." quotes our own invoice: a reference, even with the
  possessive between the reference word and the invoice word.
- "Facture rectifiée | F-..." over "Émise le | ...": the date under the corrected invoice's
  caption is that invoice's issue date, not the document's.
- "Facture rectificative" over "N° ...": a title, its number under it; with negative totals
  the corrective invoice is a credit note.
- "Stornodatum", "Datum der Gutschrift", "Fecha de abono": the credit note's own date caption.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _fields(texts: list[SizedText]) -> dict[str, object]:
    fields: dict[str, object] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_possessive_reference_to_own_invoice_is_no_own_number() -> None:
    texts: list[SizedText] = [
        (60, 50, "Officine Brambilla S.r.l.", 11),
        (60, 63, "Via Roma 8, 24121 Bergamo", 9),
        (60, 75, "P.IVA 02254870168", 9),
        (330, 50, "Spett.le", 9),
        (330, 63, "Termotecnica Orobica S.p.A.", 9),
        (330, 75, "Via Zanica 40, 24126 Bergamo", 9),
        (60, 130, "Tipo documento", 8),
        (170, 130, "Numero", 8),
        (230, 130, "Data", 8),
        (300, 130, "Cod. cliente", 8),
        (60, 142, "NOTA DI CREDITO", 9),
        (170, 142, "41", 9),
        (230, 142, "09/10/2024", 9),
        (300, 142, "C0877", 9),
        (60, 160, "Rif. ns. fattura n. 412 del 30/09/2024 - Vs. ordine n. 88 del 12/09/2024", 9),
        (60, 200, "Descrizione", 8),
        (450, 200, "Importo", 8),
        (60, 214, "Reso valvole difettose", 9),
        (450, 214, "200,00", 9),
        (330, 260, "Totale imponibile", 9),
        (450, 260, "200,00", 9),
        (330, 274, "Totale IVA", 9),
        (450, 274, "44,00", 9),
        (330, 288, "Totale documento €", 9),
        (450, 288, "244,00", 9),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "41"
    assert fields["invoice_date"] == "2024-10-09"


def test_corrective_invoice_with_negative_totals_is_a_credit_note() -> None:
    texts: list[SizedText] = [
        (380, 50, "Date d'émission", 8),
        (470, 50, "12/09/2024", 8),
        (60, 62, "Facture rectificative", 16),
        (380, 74, "Date d'échéance", 8),
        (470, 74, "26/09/2024", 8),
        (60, 88, "N° FA-0451-R1", 9),
        (380, 88, "Facture rectifiée", 8),
        (470, 88, "FA-0451", 8),
        (380, 100, "Émise le", 8),
        (470, 100, "28/08/2024", 8),
        (60, 130, "ÉMETTEUR", 8),
        (320, 130, "CLIENT", 8),
        (60, 142, "Atelier Vernet SARL", 9),
        (320, 142, "Cabinet Morvan SAS", 9),
        (60, 154, "12 rue des Lices", 9),
        (320, 154, "3 place du Parlement", 9),
        (60, 166, "35000 Rennes", 9),
        (320, 166, "35000 Rennes", 9),
        (60, 210, "Description", 8),
        (450, 210, "Total HT", 8),
        (60, 224, "Annulation – prestation facturée en double", 9),
        (450, 224, "-300,00 €", 9),
        (380, 270, "Total HT", 9),
        (470, 270, "-300,00 €", 9),
        (380, 284, "TVA 20 %", 9),
        (470, 284, "-60,00 €", 9),
        (380, 298, "Total TTC", 9),
        (470, 298, "-360,00 €", 9),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "FA-0451-R1"
    assert fields["invoice_date"] == "2024-09-12"
    assert fields["document_type"] == "credit_note"


def test_corrective_invoice_with_positive_totals_stays_an_invoice() -> None:
    texts: list[SizedText] = [
        (60, 50, "Atelier Vernet SARL", 11),
        (60, 63, "12 rue des Lices, 35000 Rennes", 9),
        (320, 50, "Cabinet Morvan SAS", 9),
        (320, 63, "3 place du Parlement, 35000 Rennes", 9),
        (60, 110, "Facture rectificative", 16),
        (60, 134, "N° FA-0452-R1", 9),
        (380, 134, "Date d'émission", 8),
        (470, 134, "13/09/2024", 8),
        (60, 210, "Description", 8),
        (450, 210, "Total HT", 8),
        (60, 224, "Complément – heures oubliées", 9),
        (450, 224, "100,00 €", 9),
        (380, 270, "Total HT", 9),
        (470, 270, "100,00 €", 9),
        (380, 284, "TVA 20 %", 9),
        (470, 284, "20,00 €", 9),
        (380, 298, "Total TTC", 9),
        (470, 298, "120,00 €", 9),
    ]
    fields = _fields(texts)
    assert fields["invoice_number"] == "FA-0452-R1"
    assert fields["document_type"] == "invoice"


def test_cancellation_date_caption_dates_the_credit_note() -> None:
    texts: list[SizedText] = [
        (60, 50, "Nordlicht Medien GmbH, Brandstwiete 4, 20457 Hamburg", 7),
        (60, 80, "Fahrradhaus Krüger OHG", 9),
        (340, 80, "Stornorechnungsnr.", 9),
        (440, 80, "ST-2024-0031", 9),
        (60, 92, "Lange Reihe 17", 9),
        (340, 92, "Stornodatum", 9),
        (440, 92, "18.10.2024", 9),
        (60, 104, "20099 Hamburg", 9),
        (340, 104, "Kundennr.", 9),
        (440, 104, "5521", 9),
        (60, 140, "Stornorechnung ST-2024-0031", 12),
        (60, 156, "Bezug: Rechnung RE-2024-0412 vom 02.10.2024", 9),
        (60, 200, "Pos.", 8),
        (90, 200, "Beschreibung", 8),
        (450, 200, "Gesamtpreis", 8),
        (60, 214, "1", 9),
        (90, 214, "Imagefilm Schnitt", 9),
        (450, 214, "-800,00 €", 9),
        (340, 260, "Gesamtbetrag netto", 9),
        (460, 260, "-800,00 €", 9),
        (340, 274, "zzgl. Umsatzsteuer 19%", 9),
        (460, 274, "-152,00 €", 9),
        (340, 288, "Gesamtbetrag brutto", 9),
        (460, 288, "-952,00 €", 9),
    ]
    fields = _fields(texts)
    assert fields["invoice_date"] == "2024-10-18"
    assert fields["document_type"] == "credit_note"


def test_german_corrected_invoice_with_negative_totals_stays_an_invoice() -> None:
    # German e-invoicing types a "Rechnungskorrektur" as a corrected invoice (384), never a
    # credit note (381): its sign does not change its type.
    texts: list[SizedText] = [
        (60, 50, "Feinkost Albers GmbH", 11),
        (60, 63, "Marktstraße 3, 28195 Bremen", 9),
        (320, 50, "Café Nordstern KG", 9),
        (320, 63, "Am Wall 12, 28195 Bremen", 9),
        (60, 110, "Rechnungskorrektur", 16),
        (60, 134, "Nr. RK-2024-0077", 9),
        (380, 134, "Datum", 8),
        (450, 134, "14.10.2024", 8),
        (60, 210, "Beschreibung", 8),
        (450, 210, "Betrag", 8),
        (60, 224, "Rücknahme Olivenöl 1 l", 9),
        (450, 224, "-50,00 €", 9),
        (380, 270, "Nettobetrag", 9),
        (470, 270, "-50,00 €", 9),
        (380, 284, "USt. 19 %", 9),
        (470, 284, "-9,50 €", 9),
        (380, 298, "Gesamtbetrag", 9),
        (470, 298, "-59,50 €", 9),
    ]
    fields = _fields(texts)
    assert fields["document_type"] == "invoice"
