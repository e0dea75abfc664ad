"""A utility's annual bill: its number printed in spaced groups after a hyphenated series
prefix ("SL-JA 5501 8832") in the header's caption | value grid, and the settlement
("Nachzahlung 337,56 €") restated in the payment note beside the new instalment plan ("ab
15.02.2025 monatlich 112,00 €"), which this bill does not charge."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import make_sized_pdf

_PAGE = [
    (41, 40, "Stadtwerke Auental GmbH", 12),
    (456, 40, "Stadtwerke Auental GmbH", 8),
    (496, 52, "Am Wasserturm 3", 8),
    (509, 62, "04179 Leipzig", 8),
    (40, 124, "Stadtwerke Auental GmbH, Am Wasserturm 3, 04179 Leipzig", 6),
    (40, 136, "Herrn", 9),
    (350, 136, "Vertragskonto", 8),
    (511, 136, "2004 7719 35", 8),
    (350, 147, "Rechnungsnummer", 8),
    (497, 147, "KW-TA 6120 4471", 8),
    (40, 150, "Malte Hohlfeld", 9),
    (350, 158, "Datum", 8),
    (519, 158, "27.01.2025", 8),
    (40, 162, "Zschochersche Str. 61", 9),
    (40, 175, "04229 Leipzig", 9),
    (40, 231, "Jahresverbrauchsabrechnung Strom", 11),
    (44, 316, "Leistung", 8),
    (307, 316, "Menge", 8),
    (383, 316, "Preis netto", 8),
    (509, 316, "Betrag netto", 8),
    (44, 331, "Arbeitspreis", 8),
    (293, 331, "3.412 kWh", 8),
    (372, 331, "0,3000 €/kWh", 8),
    (522, 331, "1.023,60 €", 8),
    (44, 344, "Grundpreis", 8),
    (299, 344, "366 Tage", 8),
    (375, 344, "0,4500 €/Tag", 8),
    (526, 344, "164,70 €", 8),
    (344, 362, "Summe Nettobeträge", 8),
    (514, 362, "1.188,30 €", 8),
    (296, 375, "Umsatzsteuer 19 % auf 1.188,30 €", 8),
    (520, 375, "225,78 €", 8),
    (326, 388, "Rechnungsbetrag brutto", 8),
    (513, 388, "1.414,08 €", 8),
    (219, 401, "abzüglich geleistete Abschlagszahlungen (11 x 98,00 €)", 8),
    (510, 401, "-1.078,00 €", 8),
    (370, 414, "Nachzahlung", 8),
    (520, 414, "336,08 €", 8),
    (48, 512, "Zahlungsinformation", 9),
    (313, 512, "Ihr neuer Abschlagsplan", 9),
    (48, 527, "Den Nachzahlungsbetrag von 336,08 €", 8),
    (313, 527, "ab 15.02.2025 monatlich 112,00 €", 8),
    (48, 537, "überweisen Sie bitte bis 17.02.2025 auf:", 8),
    (313, 537, "(11 Abschläge, jeweils zum 15. eines Monats)", 8),
    (48, 547, "IBAN DE89 8605 0100 0001 2033 77", 8),
]


def test_the_settlement_is_due_not_the_new_monthly_instalment() -> None:
    fields = extract_canonical(make_sized_pdf(_PAGE))["fields"]
    assert fields["amount_due"] == 336.08
    assert fields["total_amount"] == 1414.08


def test_a_hyphenated_series_prefix_stays_with_the_spaced_number() -> None:
    fields = extract_canonical(make_sized_pdf(_PAGE))["fields"]
    assert fields["invoice_number"] == "KW-TA 6120 4471"
