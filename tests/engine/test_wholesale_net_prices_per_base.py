"""Wholesale rows quoting per 100 or per 1000 with the base printed: the net unit price
beside a list price and its discounts ("Listenpreis | Rab.% | Netto-EP | PE", "P.U. brut |
Rem. | P.U. net | Par" with "C" / "M"), a base printed grouped ("1.000", "1 000") and a
surcharge row with no list price stay as printed; British "Desp" names the count billed; a
paid amount beside the amount due in a cell of its own is not the due; the date under a
title's number ("FACTURE" / "N° ..." / "du ...") is the invoice's."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import header_values, make_aligned_pdf

_HEAD = [
    (50, 60, "Kessler Bauelemente GmbH", 10.0),
    (350, 130, "Rechnung Nr.", 9.0),
    (450, 130, "RE-7731", 9.0),
    (350, 144, "Datum", 9.0),
    (450, 144, "14.03.2024", 9.0),
]


def _items(rows: list[tuple[float, float, str, float]]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + rows), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"] or []
    ]


def test_the_net_price_per_its_printed_base_beside_a_list_price() -> None:
    rows = [
        (40, 220, "Bezeichnung", 8.0),
        (250, 220, ">Menge", 8.0),
        (320, 220, ">Listenpreis", 8.0),
        (350, 220, ">PE", 8.0),
        (390, 220, ">Rab.%", 8.0),
        (450, 220, ">Netto", 8.0),
        (540, 220, ">Betrag €", 8.0),
        (40, 236, "Winkelverbinder 90 mm", 8.0),
        (250, 236, ">50", 8.0),
        (320, 236, ">312,00", 8.0),
        (350, 236, ">100", 8.0),
        (390, 236, ">47,75", 8.0),
        (450, 236, ">163,02", 8.0),
        (540, 236, ">81,51", 8.0),
        (40, 250, "Kugelhahn 1/2 Zoll", 8.0),
        (250, 250, ">12", 8.0),
        (320, 250, ">14,80", 8.0),
        (350, 250, ">1", 8.0),
        (390, 250, ">43,00", 8.0),
        (450, 250, ">8,44", 8.0),
        (540, 250, ">101,28", 8.0),
        (400, 290, "Summe netto", 8.0),
        (540, 290, ">182,79", 8.0),
    ]
    assert _items(rows) == [
        ("Winkelverbinder 90 mm", 50.0, 163.02, 81.51),
        ("Kugelhahn 1/2 Zoll", 12.0, 8.44, 101.28),
    ]


def test_a_surcharge_row_without_a_list_price_keeps_its_net_price_per_base() -> None:
    rows = [
        (40, 220, "Bezeichnung", 8.0),
        (250, 220, ">Menge", 8.0),
        (320, 220, ">Listenpreis", 8.0),
        (380, 220, ">Rab.%", 8.0),
        (440, 220, ">Netto-EP", 8.0),
        (470, 220, ">PE", 8.0),
        (540, 220, ">Betrag €", 8.0),
        (40, 236, "Kabel NYM 3x2,5 Ring", 8.0),
        (250, 236, ">200", 8.0),
        (320, 236, ">150,00", 8.0),
        (380, 236, ">40,0", 8.0),
        (440, 236, ">90,00", 8.0),
        (470, 236, ">100", 8.0),
        (540, 236, ">180,00", 8.0),
        (40, 250, "Kupferzuschlag zu Pos. 1", 8.0),
        (250, 250, ">200", 8.0),
        (440, 250, ">12,40", 8.0),
        (470, 250, ">100", 8.0),
        (540, 250, ">24,80", 8.0),
        (400, 290, "Summe netto", 8.0),
        (540, 290, ">204,80", 8.0),
    ]
    assert _items(rows) == [
        ("Kabel NYM 3x2,5 Ring", 200.0, 90.0, 180.0),
        ("Kupferzuschlag zu Pos. 1", 200.0, 12.4, 24.8),
    ]


def test_the_net_price_per_the_unit_code_after_it_stays_as_printed() -> None:
    rows = [
        (40, 220, "Désignation", 8.0),
        (250, 220, ">Qté", 8.0),
        (310, 220, ">P.U. brut", 8.0),
        (350, 220, ">Rem.", 8.0),
        (410, 220, ">P.U. net", 8.0),
        (430, 220, "Par", 8.0),
        (540, 220, ">Montant HT", 8.0),
        (40, 236, "Vis inox M6x20", 8.0),
        (250, 236, ">400", 8.0),
        (310, 236, ">25,00", 8.0),
        (350, 236, ">40,00", 8.0),
        (410, 236, ">15,00", 8.0),
        (432, 236, "C", 8.0),
        (540, 236, ">60,00", 8.0),
        (40, 250, "Rondelle M6", 8.0),
        (250, 250, ">2 000", 8.0),
        (310, 250, ">20,00", 8.0),
        (350, 250, ">30,00", 8.0),
        (410, 250, ">14,00", 8.0),
        (432, 250, "M", 8.0),
        (540, 250, ">28,00", 8.0),
        (400, 290, "Total HT", 8.0),
        (540, 290, ">88,00", 8.0),
    ]
    assert _items(rows) == [
        ("Vis inox M6x20", 400.0, 15.0, 60.0),
        ("Rondelle M6", 2000.0, 14.0, 28.0),
    ]


def test_a_base_printed_grouped_per_thousand_stays_as_printed() -> None:
    rows = [
        (40, 220, "Bezeichnung", 8.0),
        (300, 220, ">Menge", 8.0),
        (380, 220, ">Preis €", 8.0),
        (420, 220, ">per", 8.0),
        (540, 220, ">Betrag €", 8.0),
        (40, 236, "Schraubglas 212 ml", 8.0),
        (300, 236, ">6.500", 8.0),
        (380, 236, ">220,00", 8.0),
        (420, 236, ">1.000", 8.0),
        (540, 236, ">1.430,00", 8.0),
        (40, 250, "Faltkarton braun", 8.0),
        (300, 250, ">600", 8.0),
        (380, 250, ">58,40", 8.0),
        (420, 250, ">100", 8.0),
        (540, 250, ">350,40", 8.0),
        (400, 290, "Summe netto", 8.0),
        (540, 290, ">1.780,40", 8.0),
    ]
    assert _items(rows) == [
        ("Schraubglas 212 ml", 6500.0, 220.0, 1430.0),
        ("Faltkarton braun", 600.0, 58.4, 350.4),
    ]


def test_a_despatched_count_is_the_one_billed() -> None:
    head = [
        (50, 60, "Moorland Catering Supplies Ltd", 10.0),
        (350, 130, "Invoice No.", 9.0),
        (450, 130, "SI-2207", 9.0),
        (350, 144, "Invoice Date", 9.0),
        (450, 144, "14/03/2024", 9.0),
    ]
    rows = [
        (40, 220, "Description", 8.0),
        (260, 220, ">Ord", 8.0),
        (290, 220, ">Desp", 8.0),
        (320, 220, ">B/O", 8.0),
        (370, 220, ">Disc %", 8.0),
        (420, 220, ">Net £", 8.0),
        (450, 220, "VAT", 8.0),
        (540, 220, ">Value £", 8.0),
        (40, 236, "Plain Flour 16kg", 8.0),
        (260, 236, ">3", 8.0),
        (290, 236, ">2", 8.0),
        (320, 236, ">1", 8.0),
        (420, 236, ">14.20", 8.0),
        (452, 236, "Z", 8.0),
        (540, 236, ">28.40", 8.0),
        (40, 250, "Napkins 40cm White", 8.0),
        (260, 250, ">4", 8.0),
        (290, 250, ">4", 8.0),
        (370, 250, ">10.0", 8.0),
        (420, 250, ">19.44", 8.0),
        (452, 250, "S", 8.0),
        (540, 250, ">77.76", 8.0),
        (400, 290, "Total Goods", 8.0),
        (540, 290, ">106.16", 8.0),
    ]
    result = extract_canonical(make_aligned_pdf(head + rows), use_einvoice=False)
    assert [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ] == [
        ("Plain Flour 16kg", 2.0, 14.2, 28.4),
        ("Napkins 40cm White", 4.0, 19.44, 77.76),
    ]


def test_a_paid_amount_in_its_own_cell_is_not_the_amount_due() -> None:
    for due, paid in (
        ("Do zapłaty: 1 204,50 PLN", "Zapłacono: 0,00 PLN"),
        ("Amount due: 1,204.50 GBP", "Paid: 0.00 GBP"),
    ):
        values = header_values([(50, 100, due), (350, 100, paid)])
        assert values["amount_due"] == 1204.5


def test_the_date_under_a_title_number_is_the_invoice_date() -> None:
    page = [
        (40, 60, "Boulonnerie Alpine SAS", 10.0),
        (360, 50, "FACTURE", 16.0),
        (360, 72, "N° FB24-004417", 10.0),
        (500, 72, "Page 1/1", 8.0),
        (360, 86, "du 08/03/2024", 9.0),
        (40, 200, "Code client", 8.0),
        (200, 200, "Mode de règlement", 8.0),
        (400, 200, "Échéance", 8.0),
        (40, 212, "C004411", 8.0),
        (200, 212, "Virement 30 jours", 8.0),
        (400, 212, "07/04/2024", 8.0),
        (40, 260, "Désignation", 8.0),
        (300, 260, ">Qté", 8.0),
        (400, 260, ">P.U. HT", 8.0),
        (540, 260, ">Montant HT", 8.0),
        (40, 276, "Écrou M8 inox", 8.0),
        (300, 276, ">100", 8.0),
        (400, 276, ">0,20", 8.0),
        (540, 276, ">20,00", 8.0),
        (400, 310, "Total HT", 8.0),
        (540, 310, ">20,00", 8.0),
    ]
    fields = extract_canonical(make_aligned_pdf(page), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "FB24-004417"
    assert fields["invoice_date"] == "2024-03-08"
    assert fields["due_date"] == "2024-04-07"
