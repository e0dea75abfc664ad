"""Statement-like item tables: a booking platform's commission statement ("Boekingsnummer |
Naam gast | ... | Commissie"), and a monthly statement captioning each row's route beside its
net, tax and gross ("Trajet | Montant HT | TVA 10 % | Montant TTC"), no count or price."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _value(field: object) -> object:
    return getattr(field, "value", None)


def _items(invoice: CanonicalInvoice) -> list[tuple[object, object, object]]:
    return [
        (item["description"].value, item["amount"].value, _value(item.get("quantity")))
        for item in invoice.items
    ]


_BOOKINGS = [
    ("4111965885", "M. Koster", "01-05-2024", "02-05-2024", "139,00", "20,85"),
    ("3850458729", "E. de Vries", "02-05-2024", "06-05-2024", "684,00", "102,60"),
    ("4610157505", "S. Smit", "03-05-2024", "04-05-2024", "183,00", "27,45"),
]


def _commission_statement(captions: list[str]) -> list[Text]:
    texts: list[Text] = [
        (40, 30, "Boekzo B.V.", False),
        (400, 44, "Factuurnummer BZ-1207733-2024-05", False),
        (40, 100, "Hotel De Zeemeeuw B.V.", False),
        (300, 100, "Factuurdatum", False),
        (400, 100, "1 juni 2024", False),
        (40, 270, "Gerealiseerde boekingen", False),
    ]
    xs = [44, 140, 220, 290, 400, 450, 540]
    rights = [False, False, False, False, True, True, True]
    texts += [
        (x, 300, caption, right) for x, caption, right in zip(xs, captions, rights, strict=True)
    ]
    for n, (number, guest, arrival, departure, price, commission) in enumerate(_BOOKINGS):
        y = 316 + 15 * n
        cells = [number, guest, arrival, departure, f"€ {price}", "15%", f"€ {commission}"]
        texts += [(x, y, cell, right) for x, cell, right in zip(xs, cells, rights, strict=True)]
    texts += [
        (340, 380, "Totaal commissie excl. btw", False),
        (540, 380, "€ 150,90", True),
        (340, 394, "Btw 21%", False),
        (540, 394, "€ 31,69", True),
        (340, 408, "Totaal incl. btw", False),
        (540, 408, "€ 182,59", True),
    ]
    return texts


def test_commission_statement_rows_are_bookings_billed_by_their_commission() -> None:
    captions = ["Boekingsnummer", "Naam gast", "Aankomst", "Vertrek", "Kamerprijs"]
    invoice = _invoice(_commission_statement([*captions, "Comm. %", "Commissie"]))
    assert _items(invoice) == [
        ("4111965885 M. Koster", 20.85, None),
        ("3850458729 E. de Vries", 102.6, None),
        ("4610157505 S. Smit", 27.45, None),
    ]


def test_english_commission_statement() -> None:
    captions = ["Reservation number", "Guest name", "Arrival", "Departure", "Room price"]
    invoice = _invoice(_commission_statement([*captions, "Rate %", "Commission"]))
    assert [amount for _d, amount, _q in _items(invoice)] == [20.85, 102.6, 27.45]
    assert _items(invoice)[0][0] == "4111965885 M. Koster"


_RIDES = [
    ("01/11/2024", "Bellecour → Confluence", "A. Nguyen", "19,16", "1,92", "21,08"),
    ("02/11/2024", "Vaise → Gare Part-Dieu", "S. Roussel", "75,99", "7,60", "83,59"),
    ("03/11/2024", "Cité Internationale → Vaise", "H. Benali", "16,73", "1,67", "18,40"),
]


def _ride_statement(captions: list[str]) -> list[Text]:
    texts: list[Text] = [
        (40, 40, "Rouléo France SAS", False),
        (40, 52, "27 rue de la Chaussée-d'Antin, 75009 Paris", False),
        (40, 110, "Facture récapitulative mensuelle", False),
        (40, 130, "Facture n° RLO-2024-11-0027", False),
        (40, 142, "Date 01/12/2024", False),
    ]
    xs = [44, 110, 300, 440, 490, 550]
    rights = [False, False, False, True, True, True]
    texts += [
        (x, 214, caption, right) for x, caption, right in zip(xs, captions, rights, strict=True)
    ]
    for n, ride in enumerate(_RIDES):
        y = 230 + 15 * n
        texts += [(x, y, cell, right) for x, cell, right in zip(xs, ride, rights, strict=True)]
    texts += [
        (350, 290, "Total HT", False),
        (550, 290, "111,88 €", True),
        (350, 304, "TVA 10 %", False),
        (550, 304, "11,19 €", True),
        (350, 318, "Total TTC", False),
        (550, 318, "123,07 €", True),
    ]
    return texts


def test_statement_of_net_and_gross_reads_the_net_as_the_line_amount() -> None:
    captions = ["Date", "Trajet", "Passager", "Montant HT", "TVA 10 %", "Montant TTC"]
    invoice = _invoice(_ride_statement(captions))
    assert _items(invoice) == [
        ("Bellecour → Confluence", 19.16, None),
        ("Vaise → Gare Part-Dieu", 75.99, None),
        ("Cité Internationale → Vaise", 16.73, None),
    ]
    assert all("vat_rate" not in item for item in invoice.items)  # "TVA 10 %": tax amounts


def test_german_statement_of_net_and_gross() -> None:
    captions = ["Datum", "Strecke", "Fahrgast", "Netto", "MwSt 7 %", "Brutto"]
    invoice = _invoice(_ride_statement(captions))
    assert [amount for _d, amount, _q in _items(invoice)] == [19.16, 75.99, 16.73]
