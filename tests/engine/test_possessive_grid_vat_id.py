"""The buyer's VAT ID under a possessive caption in the header's caption grid ("Lieferschein-
Nr. | Lieferdatum | Ihre USt-IdNr. | Ihre Bestellung" over "LS 2405-01933 | 31.05.2024 |
DE255903165 | B-4471"): the caption tells whose ID stands under it."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_id_under_possessive_caption_in_grid_is_buyers() -> None:
    texts: list[SizedText] = [
        (400, 40, "Dübel-Hansen GmbH & Co. KG", 9),
        (57, 44, "DÜBEL-HANSEN", 16),
        (400, 52, "Werftstraße 8", 9),
        (400, 64, "24143 Kiel", 9),
        (57, 90, "Dübel-Hansen GmbH & Co. KG · Werftstraße 8 · 24143 Kiel", 7),
        (57, 110, "Tischlerei Ohlsen GmbH", 10),
        (57, 124, "Industrieweg 3", 10),
        (57, 138, "24537 Neumünster", 10),
        (57, 190, "RECHNUNG", 16),
        (62, 215, "Rechnungsnr.", 8),
        (180, 215, "Datum", 8),
        (300, 215, "Kunden-Nr.", 8),
        (420, 215, "Seite", 8),
        (62, 227, "RE 2406-00412", 9),
        (180, 227, "04.06.2024", 9),
        (300, 227, "D-30211", 9),
        (420, 227, "1 von 1", 9),
        (62, 245, "Lieferschein-Nr.", 8),
        (180, 245, "Lieferdatum", 8),
        (300, 245, "Ihre USt-IdNr.", 8),
        (420, 245, "Ihre Bestellung", 8),
        (62, 257, "LS 2405-01100", 9),
        (180, 257, "31.05.2024", 9),
        (300, 257, "DE136429009", 9),
        (420, 257, "B-0815", 9),
        (60, 290, "Pos.", 8),
        (90, 290, "Bezeichnung", 8),
        (330, 290, "Menge", 8),
        (400, 290, "Preis", 8),
        (480, 290, "Betrag EUR", 8),
        (60, 304, "1", 9),
        (90, 304, "Holzschraube 5x60 verz.", 9),
        (330, 304, "1000", 9),
        (400, 304, "0,05", 9),
        (480, 304, "50,00", 9),
        (380, 340, "Nettobetrag", 9),
        (480, 340, "50,00", 9),
        (380, 352, "USt 19 %", 9),
        (480, 352, "9,50", 9),
        (380, 364, "Gesamtbetrag", 9),
        (480, 364, "59,50", 9),
        (57, 400, "Dübel-Hansen GmbH & Co. KG · USt-IdNr. DE271530008 · Amtsgericht Kiel", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_vat_id"] == "DE136429009"
    assert fields["seller_vat_id"] == "DE271530008"
