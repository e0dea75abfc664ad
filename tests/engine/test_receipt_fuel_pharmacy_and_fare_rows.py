"""Receipt rows and riders: a fuel row whose litres and price per litre stand under the pump's
name ("31,50 l x 1,659 EUR/l", OCR reading the "l" as a "1") above a VAT recap of rate rows
("A 19,0% | 52,24 | 9,92 | 62,16") that names no items; an Italian documento commerciale's
two-line rows (name, then "EAN ... 22% 6,50") with the count printed over its item ("3 x
2,10") and the payment rows under the total ("Pagamento elettronico", "Resto"); a ride's
fare parts opened by its "Base fare"; and the buyer named as "Guest:", "Reisende/r" or
"Rider"."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import Drawn, make_pdf
from .receipts.test_receipt_seller_blocks_and_nett import Run, invoice_of, rows, values


def _items(runs: list[Run]) -> list[tuple[object, ...]]:
    return [
        tuple(item[key].value for key in ("description", "quantity", "unit_price", "amount"))
        for item in invoice_of(runs).items
    ]


def _fuel_receipt() -> list[Run]:
    runs = rows(
        [
            "SONNENTANK",
            "Tankhof Nordheide",
            "Greta Lindqvist e.K.",
            "Heidering 7",
            "21255 Tostedt",
            "USt-IdNr. DE123456789",
            "Bon-Nr. 5521 Kasse 1",
            "03.05.2025 08:10:11",
            "Säule 2 Diesel",
            "31,50 1 x 1,659 EUR/1 || 52,26 A",
            "Waschstraße Basis || 9,90 A",
            "Brötchen || 1,20 B",
            "SUMME EUR || 63,36",
            "Geg. KARTE || 63,36",
        ]
    )
    # The VAT recap: a caption per column, a row per rate and the sum row.
    recap = [
        ("MwSt", "Netto", "MwSt", "Brutto"),
        ("A 19,0%", "52,24", "9,92", "62,16"),
        ("B 7,0%", "1,12", "0,08", "1,20"),
        ("Summe", "53,36", "10,00", "63,36"),
    ]
    for number, cells in enumerate(recap):
        y = 20.0 + (14 + number) * 18.0
        for x, text in zip((10.0, 110.0, 180.0, 240.0), cells, strict=True):
            runs.append((x, y, text, 12.0))
    return runs


def test_a_fuel_row_under_its_pump_and_no_vat_recap_rows() -> None:
    assert _items(_fuel_receipt()) == [
        ("Säule 2 Diesel", 31.5, 1.659, 52.26),
        ("Waschstraße Basis", 1.0, 9.9, 9.9),
        ("Brötchen", 1.0, 1.2, 1.2),
    ]


PHARMACY = [
    "FARMACIA DEL PONTE",
    "di Marta Ricci & C. snc",
    "Via Roma 12 - 40121 Bologna (BO)",
    "P.IVA 01234567890",
    "DOCUMENTO COMMERCIALE",
    "di vendita o prestazione",
    "DESCRIZIONE IVA || Prezzo(€)",
    "CREMA MANI KARITE 50ML",
    "EAN 8001234567890 22% || 6,50",
    "3 x 2,10",
    "TISANA DIGESTIVA 20FILT",
    "EAN 8009876543210 10% || 6,30",
    "TOTALE COMPLESSIVO || 12,80",
    "DI CUI IVA || 1,75",
    "Pagamento contante || 0,00",
    "Pagamento elettronico || 12,80",
    "Non riscosso || 0,00",
    "Resto || 0,00",
    "Importo pagato || 12,80",
]


def test_an_italian_documento_commerciale_rows_and_no_payment_rows() -> None:
    assert _items(rows(PHARMACY)) == [
        ("CREMA MANI KARITE 50ML", 1.0, 6.5, 6.5),
        ("TISANA DIGESTIVA 20FILT", 3.0, 2.1, 6.3),
    ]


def _ride_pdf() -> bytes:
    left = [
        "Thanks for riding, Pia",
        "Total",
        "Base fare",
        "Distance (8.2 km)",
        "Time (15 min)",
        "Service fee",
        "Promotion SPRING2",
        "Amount charged",
        "Trip ID 4b2a",
        "Rider",
        "Operated by:",
        "Kanaal Rides B.V.",
        "Prinsengracht 12, 1015 DV Amsterdam",
        "BTW NL123456789B01",
        "Net amount",
        "VAT 9%",
        "Total incl. VAT",
    ]
    right = {
        1: "€17.40",
        2: "€3.00",
        3: "€9.84",
        4: "€4.05",
        5: "€2.51",
        6: "-€2.00",
        7: "€17.40",
        9: "Pia Verhoeven",
        14: "€15.96",
        15: "€1.44",
        16: "€17.40",
    }
    page = [Drawn(60, 80 + 24 * n, text) for n, text in enumerate(left)]
    page += [
        Drawn(520, 80 + 24 * n, text, align="right")
        if text.startswith(("€", "-"))
        else Drawn(300, 80 + 24 * n, text)
        for n, text in right.items()
    ]
    return make_pdf(page)


def test_a_rides_fare_parts_opened_by_its_base_fare_and_its_rider() -> None:
    found = extract_canonical(_ride_pdf())
    assert [(i["description"], i["amount"]) for i in found["line_items"]] == [
        ("Base fare", 3.0),
        ("Distance (8.2 km)", 9.84),
        ("Time (15 min)", 4.05),
        ("Service fee", 2.51),
        ("Promotion SPRING2", -2.0),
    ]
    assert found["fields"]["buyer_name"] == "Pia Verhoeven"


def test_an_airlines_base_fare_and_its_taxes_stay_no_items() -> None:
    page = [
        Drawn(60, 80, "E-TICKET RECEIPT"),
        Drawn(60, 104, "Base fare"),
        Drawn(520, 104, "EUR 210.00", align="right"),
        Drawn(60, 128, "Taxes, fees and charges"),
        Drawn(520, 128, "EUR 64.30", align="right"),
        Drawn(60, 152, "Airport security tax"),
        Drawn(520, 152, "EUR 12.00", align="right"),
        Drawn(60, 176, "Total"),
        Drawn(520, 176, "EUR 286.30", align="right"),
    ]
    found = extract_canonical(make_pdf(page))
    assert [i["description"] for i in found["line_items"]] != [
        "Base fare",
        "Taxes, fees and charges",
        "Airport security tax",
    ]


def test_a_bar_check_charged_to_the_room_names_its_guest() -> None:
    check = [
        "THE ELM LOUNGE",
        "Fenwick Hotels Limited",
        "4 Abbey Row, York YO1 7HH",
        "VAT Reg No: GB 123 4567 89",
        "Chk 2210 Tbl 6/1",
        "08/03/25 21:40",
        "1 Gin and Tonic || 11.00",
        "1 Olives || 4.50",
        "TOTAL GBP || 15.50",
        "VAT 20% incl. || 2.58",
        "Room Charge || 15.50",
        "Room 118",
        "Guest: Mrs Helen Carrow",
        "Signature:",
        "Posted to room folio",
    ]
    assert values(invoice_of(rows(check)))["buyer_name"] == "Helen Carrow"


def test_a_train_tickets_traveller_captioned_reisende_r() -> None:
    page = [
        Drawn(60, 60, "Online-Ticket"),
        Drawn(60, 84, "Nordbahn Fernverkehr · Fahrkarte und Buchungsbeleg"),
        Drawn(60, 108, "Reisende/r"),
        Drawn(200, 108, "Lena Oberholz"),
        Drawn(60, 132, "Buchungsbeleg Belegnummer 5512-0093"),
        Drawn(60, 156, "Fahrkarte Bremen Hbf – Hannover Hbf"),
        Drawn(520, 156, "39,90 €", align="right"),
        Drawn(60, 180, "Gesamtbetrag"),
        Drawn(520, 180, "39,90 €", align="right"),
        Drawn(60, 204, "enthaltene MwSt 7 %"),
        Drawn(520, 204, "2,61 €", align="right"),
        Drawn(60, 400, "Nordbahn Fernverkehr GmbH · Am Wall 3 · 28195 Bremen"),
    ]
    assert extract_canonical(make_pdf(page))["fields"]["buyer_name"] == "Lena Oberholz"
