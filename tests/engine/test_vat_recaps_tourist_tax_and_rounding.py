"""Document totals around a VAT recap: a total rounded to the coin after it, whole-unit
currencies' recap rows, charges outside VAT beside the recap.

Conventions:
- A Swiss bill rounds its total to 5 Rappen after the VAT ("Total inkl. MWST 2'318.43 /
  Rundung +0.02 / Rechnungsbetrag 2'318.45"): the total is the sum with its VAT as printed,
  the rounded figure after the rounding is what is to pay.
- Forint (and yen, won) invoices print whole amounts grouped by thousands ("48 210"): a
  recap's sum row whose net and VAT add up to its gross is read like one with decimals.
- A VAT recap may list a charge outside VAT on a row of its own: a hotel's tourist tax with a
  dash for its rate and no VAT, an Italian amount excluded from the taxable base (nature
  code "N1", VAT 0,00). The printed total holds it besides net + tax; the net is the recap's
  taxed base as printed ("Totale imponibile"), not the total less the tax.
- Italian summary boxes ("Totale imponibile" over its figure) may share a line with the VAT
  recap's header: a column of boxes, each caption flush over the next box's.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_the_figure_rounded_after_the_total_is_the_sum_due() -> None:
    page: Page = [
        (57, 60, "Lindenhof Elektro GmbH"),
        (57, 74, "Seestrasse 41, 8810 Horgen"),
        (57, 120, "Gartenbau Kuster AG"),
        (57, 134, "Dorfstrasse 3, 8904 Aesch"),
        (57, 180, "Rechnung Nr. 7731"),
        (380, 180, "Datum 04.02.2025"),
        (57, 230, "Beschreibung"),
        (480, 230, "Total CHF"),
        (57, 250, "Installation Unterverteilung"),
        (480, 250, "2'144.52"),
        (320, 290, "Total exkl. MWST"),
        (480, 290, "2'144.52"),
        (320, 305, "MWST 8.1% auf 2'144.52"),
        (480, 305, "173.71"),
        (320, 320, "Total inkl. MWST"),
        (480, 320, "2'318.23"),
        (320, 335, "Rundung"),
        (480, 335, "0.02"),
        (320, 350, "Rechnungsbetrag CHF"),
        (480, 350, "2'318.25"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 2144.52
    assert fields["tax_amount"] == 173.71
    assert fields["total_amount"] == 2318.23
    assert fields["amount_due"] == 2318.25


def test_a_whole_forint_recap_row_gives_net_vat_and_gross() -> None:
    page: Page = [
        (57, 60, "Duna Irodatechnika Kft."),
        (57, 74, "1137 Budapest, Pozsonyi út 40."),
        (330, 60, "Mezei Asztalos Bt."),
        (330, 74, "6000 Kecskemét, Rákóczi út 9."),
        (57, 120, "SZÁMLA"),
        (330, 120, "Számla sorszáma: DI-2025/0471"),
        (57, 200, "Megnevezés"),
        (480, 200, "Nettó érték"),
        (57, 215, "Nyomtató karbantartás"),
        (480, 215, "31 500"),
        (57, 230, "Toner fekete"),
        (480, 230, "16 710"),
        (250, 280, "ÁFA-kulcs"),
        (360, 280, "Nettó"),
        (430, 280, "ÁFA"),
        (500, 280, "Bruttó"),
        (250, 295, "27%"),
        (360, 295, "48 210"),
        (430, 295, "13 017"),
        (500, 295, "61 227"),
        (250, 310, "Összesen"),
        (360, 310, "48 210"),
        (430, 310, "13 017"),
        (500, 310, "61 227"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 48210.0
    assert fields["tax_amount"] == 13017.0
    assert fields["total_amount"] == 61227.0


def test_a_tourist_tax_row_of_the_vat_recap_stays_outside_the_net() -> None:
    page: Page = [
        (57, 60, "Gasthof Seeblick GmbH"),
        (57, 74, "Uferweg 12, 6370 Kitzbühel"),
        (330, 110, "Rechnung Nr."),
        (430, 110, "9174"),
        (330, 124, "Datum"),
        (430, 124, "21.02.2025"),
        (57, 110, "Haller Vermessung KG"),
        (57, 124, "Ringstraße 4, 4020 Linz"),
        (57, 200, "Beschreibung"),
        (480, 200, "Betrag EUR"),
        (57, 215, "Übernachtung Einzelzimmer"),
        (480, 215, "198,00"),
        (57, 230, "Abendessen"),
        (480, 230, "46,80"),
        (57, 245, "Kurtaxe (1 Pers. x 2 Nächte)"),
        (480, 245, "5,60"),
        (300, 275, "Gesamtbetrag"),
        (480, 275, "250,40"),
        (57, 330, "Satz"),
        (150, 330, "Brutto"),
        (250, 330, "Netto"),
        (330, 330, "MwSt"),
        (57, 345, "10%"),
        (150, 345, "244,80"),
        (250, 345, "222,55"),
        (330, 345, "22,25"),
        (62, 360, "-"),
        (150, 360, "5,60"),
        (215, 360, "Kurtaxe (nicht steuerbar)"),
        (57, 375, "Summe"),
        (250, 375, "222,55"),
        (330, 375, "22,25"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 250.40
    assert fields["tax_amount"] == 22.25
    assert fields["net_amount"] == 222.55


def test_an_amount_excluded_in_the_recap_beside_summary_boxes_is_no_net() -> None:
    page: Page = [
        (57, 60, "Logistica Adriatica S.r.l."),
        (57, 74, "Via del Porto 7, 60121 Ancona (AN)"),
        (330, 110, "Spett.le Mobilificio Rossi S.p.A."),
        (330, 124, "Via Roma 3, 61121 Pesaro (PU)"),
        (57, 160, "FATTURA N. 88/2025 del 14/03/2025"),
        (57, 200, "Descrizione"),
        (420, 200, "Importo"),
        (480, 200, "IVA"),
        (57, 215, "Trasporto groupage"),
        (420, 215, "240,00"),
        (480, 215, "22"),
        (57, 230, "Diritti doganali anticipati"),
        (420, 230, "61,30"),
        (480, 230, "N1"),
        (57, 270, "Riepilogo IVA"),
        (57, 285, "Cod."),
        (90, 285, "Descrizione"),
        (300, 285, "Imponibile"),
        (380, 285, "Imposta"),
        (460, 285, "Totale imponibile"),
        (57, 297, "22"),
        (90, 297, "Aliquota ordinaria"),
        (313, 297, "240,00"),
        (392, 297, "52,80"),
        (505, 297, "240,00"),
        (460, 309, "Totale IVA"),
        (57, 311, "N1"),
        (90, 311, "Escluse ex art. 15"),
        (320, 311, "61,30"),
        (396, 311, "0,00"),
        (510, 321, "52,80"),
        (460, 333, "Spese escluse art. 15"),
        (510, 345, "61,30"),
        (460, 357, "TOTALE DOCUMENTO"),
        (505, 369, "354,10"),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 354.10
    assert fields["tax_amount"] == 52.80
    assert fields["net_amount"] == 240.00
