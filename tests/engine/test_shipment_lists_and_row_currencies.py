"""Couriers' shipment lists (no count, no price: the shipment's text columns name the item),
charges in a row currency converted into the invoice's ("Valuta | Importo valuta | Importo
EUR", "Rate | Cur | Amount | ROE | DKK"), and a surcharge reckoned on several items' sum."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (40, 40, "Rapido Corriere S.r.l."),
    (330, 120, "Fattura N."),
    (420, 120, "2024/FE/0077"),
    (330, 134, "Data"),
    (420, 134, "31/03/2024"),
]


def _items(pdf: bytes) -> list[tuple[str, float | None, float]]:
    items = extract_canonical(pdf, use_einvoice=False)["line_items"]
    return [(i["description"], i.get("quantity"), i["amount"]) for i in items]


def test_a_courier_list_of_shipments_without_description_caption() -> None:
    cells = [
        (46, 232, "Data"),
        (108, 232, "N. Spedizione"),
        (205, 232, "Destinazione"),
        (366, 232, "Colli"),
        (418, 232, "Peso kg"),
        (514, 232, "Importo €"),
    ]
    rows = [
        ("01/03/2024", "RX240301187", "Milano (MI)", "1", "17,5", "14,25"),
        ("01/03/2024", "RX240301200", "Torino (TO)", "2", "5,3", "9,13"),
        ("02/03/2024", "RX240301213", "Bari (BA)", "3", "34,0", "21,18"),
        ("03/03/2024", "RX240301226", "Udine (UD)", "1", "16,6", "13,87"),
    ]
    for n, (date, number, town, parcels, weight, amount) in enumerate(rows):
        y = 249 + 16 * n
        cells += [(46, y, date), (108, y, number), (205, y, town), (379, y, parcels)]
        cells += [(433, y, weight), (525, y, amount)]
    cells += [
        (108, 320, "Supplemento carburante 9,50% su € 58,43"),
        (530, 320, "5,55"),
        (425, 350, "Imponibile"),
        (521, 350, "63,98"),
        (432, 365, "IVA 22%"),
        (521, 365, "14,08"),
        (400, 380, "Totale fattura €"),
        (521, 380, "78,06"),
    ]
    assert _items(make_invoice_pdf([_HEAD + cells], size=8)) == [
        ("RX240301187 Milano (MI)", None, 14.25),
        ("RX240301200 Torino (TO)", None, 9.13),
        ("RX240301213 Bari (BA)", None, 21.18),
        ("RX240301226 Udine (UD)", None, 13.87),
        ("Supplemento carburante 9,50% su € 58,43", None, 5.55),
    ]


def test_the_waybill_destination_and_service_name_the_shipment() -> None:
    cells = [
        (57, 258, "Date"),
        (105, 258, "Waybill"),
        (171, 258, "Destination"),
        (250, 258, "Service"),
        (335, 258, "Pcs"),
        (368, 258, "Act kg"),
        (466, 258, "Charge £"),
        (517, 258, "VAT"),
    ]
    rows = [
        ("04 Mar 24", "4417 2390 551", "US - Boston", "Worldwide Express", "1", "3.2", "86.40"),
        ("05 Mar 24", "4417 2391 006", "DE - Stuttgart", "Express 12:00", "2", "11.8", "112.75"),
        ("07 Mar 24", "4417 2395 224", "CN - Suzhou", "Economy Select", "3", "6.0", "164.20"),
    ]
    for n, (date, waybill, town, service, pieces, weight, amount) in enumerate(rows):
        y = 275 + 14 * n
        cells += [(57, y, date), (105, y, waybill), (171, y, town), (250, y, service)]
        cells += [(345, y, pieces), (378, y, weight), (470, y, amount), (528, y, "Z")]
    cells += [
        (106, 330, "Fuel surcharge 27.25%"),
        (475, 330, "99.18"),
        (528, 330, "Z"),
        (403, 370, "Total excl. VAT"),
        (497, 370, "462.53"),
        (387, 384, "Invoice Total GBP"),
        (497, 384, "462.53"),
    ]
    assert _items(make_invoice_pdf([_HEAD + cells], size=8)) == [
        ("4417 2390 551 US - Boston Worldwide Express", None, 86.4),
        ("4417 2391 006 DE - Stuttgart Express 12:00", None, 112.75),
        ("4417 2395 224 CN - Suzhou Economy Select", None, 164.2),
        ("Fuel surcharge 27.25%", None, 99.18),
    ]


def _dual_amounts() -> list[tuple[float, float, str]]:
    cells = [
        (46, 244, "Descrizione"),
        (335, 244, "Valuta"),
        (363, 244, "Importo valuta"),
        (446, 244, "Importo EUR"),
        (537, 244, "IVA"),
    ]
    rows = [
        ("Nolo mare Genova - New York", "USD", "1.780,00", "1.634,38"),
        ("BAF / Bunker surcharge", "USD", "310,00", "284,64"),
        ("THC imbarco Genova", "EUR", "210,00", "210,00"),
    ]
    for n, (name, currency, foreign, home) in enumerate(rows):
        y = 263 + 16 * n
        cells += [(46, y, name), (335, y, currency), (390, y, foreign), (465, y, home)]
        cells += [(538, y, "N.I.")]
    cells += [
        (386, 330, "Totale imponibile"),
        (515, 330, "2.129,02"),
        (335, 345, "TOTALE DOCUMENTO EUR"),
        (515, 345, "2.129,02"),
    ]
    return cells


def test_the_amount_in_the_invoice_currency_beside_the_row_currency() -> None:
    result = extract_canonical(
        make_invoice_pdf([_HEAD + _dual_amounts()], size=8), use_einvoice=False
    )
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Nolo mare Genova - New York", 1634.38),
        ("BAF / Bunker surcharge", 284.64),
        ("THC imbarco Genova", 210.0),
    ]
    assert result["fields"]["currency"] == "EUR"  # not the rows' first currency


def test_converted_amounts_keep_the_count_and_price_in_their_own_currency() -> None:
    cells = [
        (57, 289, "Charge"),
        (231, 289, "Qty"),
        (253, 289, "Unit"),
        (315, 289, "Rate"),
        (341, 289, "Cur"),
        (382, 289, "Amount"),
        (437, 289, "ROE"),
        (502, 289, "DKK"),
        (529, 289, "VAT"),
    ]
    rows = [
        (
            "Ocean freight Aarhus - Shanghai",
            "2",
            "1.650,00",
            "USD",
            "3.300,00",
            "6,8912",
            "22.740,96",
        ),
        ("THC terminal handling Aarhus", "2", "1.950,00", "DKK", "3.900,00", "1,0000", "3.900,00"),
    ]
    for n, (name, qty, rate, cur, amount, roe, home) in enumerate(rows):
        y = 309 + 15 * n
        cells += [(57, y, name), (240, y, qty), (252, y, "40HC"), (302, y, rate), (341, y, cur)]
        cells += [(381, y, amount), (430, y, roe), (484, y, home), (533, y, "0%")]
    cells += [(400, 360, "Subtotal DKK"), (479, 360, "26.640,96")]
    cells += [(402, 375, "TOTAL DKK"), (479, 375, "26.640,96")]
    assert _items(make_invoice_pdf([_HEAD + cells], size=8)) == [
        ("Ocean freight Aarhus - Shanghai", 2.0, 22740.96),
        ("THC terminal handling Aarhus", 2.0, 3900.0),
    ]


def test_a_surcharge_on_several_items_sum_is_an_item_of_its_own() -> None:
    cells = [
        (45, 243, "Date"),
        (82, 243, "Désignation"),
        (380, 243, "Qté"),
        (413, 243, "P.U. HT"),
        (459, 243, "Montant HT"),
        (531, 243, "TVA"),
        (46, 261, "04/03"),
        (82, 261, "LV 240304-01 Voiron → Lyon, 18 pal."),
        (391, 261, "1"),
        (420, 261, "420,00"),
        (483, 261, "420,00"),
        (540, 261, "T1"),
        (46, 278, "12/03"),
        (82, 278, "LV 240312-03 Voiron → Grenoble, 450 kg"),
        (390, 278, "2"),
        (425, 278, "68,50"),
        (484, 278, "137,00"),
        (540, 278, "T1"),
        (83, 295, "Surcharge carburant (gazole 12,4 %) sur 557,00"),
        (488, 295, "69,07"),
        (540, 295, "T1"),
        (82, 312, "Temps d'attente au chargement (heures)"),
        (384, 312, "1,5"),
        (425, 312, "48,00"),
        (487, 312, "72,00"),
        (540, 312, "T1"),
        (363, 360, "Total HT"),
        (507, 360, "698,07 €"),
        (363, 375, "Total TVA"),
        (507, 375, "139,61 €"),
        (363, 390, "Total TTC"),
        (507, 390, "837,68 €"),
    ]
    amounts = [amount for _, _, amount in _items(make_invoice_pdf([_HEAD + cells], size=8))]
    assert amounts == [420.0, 137.0, 69.07, 72.0]
