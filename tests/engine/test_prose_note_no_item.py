"""A note in running prose under the items ("Bei Zahlung bitte Rechnungsnummer angeben.
Steuerbegünstigte Handwerkerleistung (§ 35a EStG): Lohnanteil 761,00 €."), its figure inside
the sentence: never an item row, however its words fall under the table's columns."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_long_sentence_with_amount_under_items_is_no_item() -> None:
    texts: list[SizedText] = [
        (57, 50, "Sanitär Köhler GmbH", 14),
        (57, 70, "Sanitär Köhler GmbH · Hauptstraße 12 · 70173 Stuttgart", 7),
        (57, 90, "Familie Weber", 10),
        (57, 104, "Rosenweg 3", 10),
        (57, 118, "70190 Stuttgart", 10),
        (350, 90, "Summe netto", 9),
        (480, 90, "1.000,00", 9),
        (350, 104, "19 % MwSt.", 9),
        (480, 104, "190,00", 9),
        (350, 118, "Gesamt EUR", 9),
        (480, 118, "1.190,00", 9),
        (57, 160, "Rechnung 24-0412", 14),
        (57, 180, "Datum: 10.04.2024", 9),
        (57, 220, "Pos", 9),
        (85, 220, "Leistung", 9),
        (330, 220, "Menge", 9),
        (400, 220, "Einzelpreis €", 9),
        (490, 220, "Betrag €", 9),
        (57, 236, "1", 9),
        (85, 236, "Waschtisch montiert", 9),
        (340, 236, "1", 9),
        (410, 236, "600,00", 9),
        (500, 236, "600,00", 9),
        (57, 250, "2", 9),
        (85, 250, "Monteurstunden", 9),
        (340, 250, "5", 9),
        (410, 250, "80,00", 9),
        (500, 250, "400,00", 9),
        (
            57,
            290,
            "Bei Zahlung bitte Rechnungsnummer angeben. Steuerbegünstigte Handwerkerleistung"
            " (§ 35a EStG): Lohnanteil 400,00 €.",
            9,
        ),
        (57, 330, "Sanitär Köhler GmbH · USt-IdNr.: DE123456788", 7),
    ]
    result = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Waschtisch montiert", 600.0),
        ("Monteurstunden", 400.0),
    ]
