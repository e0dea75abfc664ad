"""Architects' and engineers' fee tables (HOAI): one row per work stage ("Leistungsphase"),
its share in per cent, the stage's fee, the per cent done and the fee earned; no count or
unit price. The header's six captions, few of them known words, are columns, not a sentence."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_fee_table_by_work_stage() -> None:
    xs = (57.0, 85.0, 283.0, 340.0, 422.0, 488.0)
    header = ("LPh", "Leistungsphase", "Bewertung", "Anteil in €", "erbracht", "Honorar erbracht")
    rows = [
        ("1", "Grundlagenermittlung", "3,00 %", "2.772,00 €", "100 %", "2.772,00 €"),
        ("2", "Vorplanung", "10,00 %", "9.240,00 €", "100 %", "9.240,00 €"),
        ("3", "Entwurfsplanung", "15,00 %", "13.860,00 €", "50 %", "6.930,00 €"),
    ]
    page = [
        (57.0, 40.0, "Ingenieurbüro Muster · Hauptstr. 1 · 79100 Freiburg"),
        (369.0, 80.0, "Rechnungs-Nr."),
        (494.0, 80.0, "2025-017"),
        (369.0, 92.0, "Datum"),
        (486.0, 92.0, "14.03.2025"),
        (57.0, 130.0, "1. Abschlagsrechnung gemäß § 15 HOAI"),
    ]
    for top, cells in ((160.0, header), *((175.0 + 13 * i, row) for i, row in enumerate(rows))):
        page += [(x, top, text) for x, text in zip(xs, cells, strict=True)]
    page += [
        (85.0, 217.0, "Summe Grundleistungen erbracht"),
        (488.0, 217.0, "18.942,00 €"),
        (85.0, 230.0, "Honorar netto"),
        (488.0, 230.0, "18.942,00 €"),
        (85.0, 243.0, "zzgl. 19 % Umsatzsteuer"),
        (488.0, 243.0, "3.598,98 €"),
        (85.0, 256.0, "Rechnungsbetrag brutto"),
        (488.0, 256.0, "22.540,98 €"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Grundlagenermittlung", 2772.0),
        ("Vorplanung", 9240.0),
        ("Entwurfsplanung", 6930.0),
    ]
