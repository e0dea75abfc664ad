"""Charge lists that print no count column: a fare breakdown with each charge's tax rate
("Désignation | Montant HT | Taux TVA | TVA | Montant TTC"), and order lists whose rows
start with the count ("2x  Pizza ...") under no header at all."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _head() -> list[tuple[float, float, str]]:
    return [
        (50, 60, "Exemple Transports SA"),
        (50, 74, "1 rue de la Paix, 75002 Paris"),
        (350, 130, "N° de facture"),
        (450, 130, "F-2025-0188"),
        (350, 144, "Date"),
        (450, 144, "05/03/2025"),
    ]


def _items(page: list[tuple[float, float, str]]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = extract_canonical(
        make_invoice_pdf([page]), use_einvoice=False
    )["line_items"]
    return items


def test_a_charge_table_with_a_rate_column_and_no_count_is_read() -> None:
    page = [
        *_head(),
        (50, 220, "Désignation"),
        (280, 220, "Montant HT"),
        (350, 220, "Taux TVA"),
        (430, 220, "TVA"),
        (490, 220, "Montant TTC"),
    ]
    rows = [
        ("Billet Paris-Lyon aller simple", "80,00 €", "10,00 %", "8,00 €", "88,00 €"),
        ("Redevance de gare", "5,00 €", "exonéré", "0,00 €", "5,00 €"),
        ("Frais de dossier", "10,00 €", "20,00 %", "2,00 €", "12,00 €"),
    ]
    for n, (text, net, rate, tax, gross) in enumerate(rows):
        y = 240 + 16 * n
        page += [(50, y, text), (290, y, net), (355, y, rate), (430, y, tax), (500, y, gross)]
    page += [
        (350, 310, "Total HT"),
        (500, 310, "95,00 €"),
        (350, 324, "Total TVA"),
        (500, 324, "10,00 €"),
        (350, 338, "Total TTC"),
        (500, 338, "105,00 €"),
    ]
    items = _items(page)
    assert [(i["description"], i["amount"], i["vat_rate"]) for i in items] == [
        ("Billet Paris-Lyon aller simple", 80.0, 10.0),
        ("Redevance de gare", 5.0, 0.0),
        ("Frais de dossier", 10.0, 20.0),
    ]


def test_an_order_list_led_by_counts_gives_count_price_and_name() -> None:
    page = [*_head(), (40, 220, "Je bestelling")]
    rows = [
        ("2x", "Pizza Margherita", "€ 11,50 p/st", "9%", "€ 23,00"),
        ("1x", "Pizza Diavola", "", "9%", "€ 13,95"),
        ("3x", "Tiramisu della casa", "€ 5,25 p/st", "9%", "€ 15,75"),
        ("1x", "Bezorgkosten", "", "21%", "€ 2,99"),
    ]
    for n, (count, text, price, rate, amount) in enumerate(rows):
        y = 245 + 20 * n
        page += [(40, y, count), (70, y, text), (330, y, price), (420, y, rate), (520, y, amount)]
    page += [(300, 340, "Totaal"), (519, 340, "€ 55,69")]
    items = _items(page)
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Pizza Margherita", 2.0, 11.5, 23.0),
        ("Pizza Diavola", 1.0, 13.95, 13.95),
        ("Tiramisu della casa", 3.0, 5.25, 15.75),
        ("Bezorgkosten", 1.0, 2.99, 2.99),
    ]


def test_a_call_listing_under_the_charges_adds_no_items() -> None:
    page = [
        *_head(),
        (40, 200, "Descrizione"),
        (300, 200, "Q.tà"),
        (380, 200, "Prezzo"),
        (480, 200, "Importo"),
    ]
    rows = [("Canone mensile", "1", "8,19", "8,19"), ("SMS oltre soglia", "3", "0,08", "0,24")]
    for n, (text, count, price, amount) in enumerate(rows):
        y = 216 + 15 * n
        page += [(40, y, text), (305, y, count), (385, y, price), (490, y, amount)]
    page += [(300, 260, "Totale imponibile"), (490, 260, "8,43")]
    page += [(40, 300, "Dettaglio traffico oltre soglia")]
    calls = [("11/02/2025", "10:25", "340 ***1791"), ("19/02/2025", "08:58", "336 ***4517")]
    for n, (day, clock, number) in enumerate(calls):
        y = 316 + 10 * n
        page += [(40, y, day), (95, y, clock), (126, y, "SMS verso"), (171, y, number)]
        page += [(490, y, "0,08")]
    items = _items(page)
    assert [i["description"] for i in items] == ["Canone mensile", "SMS oltre soglia"]
