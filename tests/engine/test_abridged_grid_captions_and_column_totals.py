"""Dense trade grids: French "Mt HT" (montant abridged) in one cell with the rate's and the
refund's captions, Dutch "Hoev." (hoeveelheid) beside a piece count "St." and "Kort%" before
the net price of one, a column's total row ("LINE TOTAL | 319 | 8,052.16") under the items,
the date under a title's number with the seller's street set between them, and the running
sum brought "da pag. precedente" (the page abridged) over the next page's last row."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf, make_invoice_pdf

Texts = list[tuple[float, float, str, float]]


def _extract(texts: Texts) -> dict[str, Any]:
    return extract_canonical(make_aligned_pdf(texts), use_einvoice=False)


def _rows(texts: Texts) -> list[tuple[Any, ...]]:
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in _extract(texts)["line_items"] or []
    ]


def test_abridged_amount_caption_in_one_cell_with_the_rate() -> None:
    texts: Texts = [
        (40, 40, "Répartition Santé Ouest SAS", 10.0),
        (40, 54, "8 avenue des Lilas, 35000 Rennes", 8.0),
        (360, 40, "Facture n° RS-44120", 10.0),
        (360, 54, "Date : 04/02/2025", 8.0),
        (40, 100, "Pharmacie du Port", 9.0),
        (40, 112, "2 quai Duguay, 56100 Lorient", 8.0),
        (30, 160, "Désignation", 6.5),
        (300, 160, "Qté", 6.5),
        (330, 160, "UG", 6.5),
        (355, 160, "PFHT Rem.%", 6.5),
        (405, 160, "PU net HT", 6.5),
        (450, 160, "Mt HT TVA Remb.", 6.5),
    ]
    rows = [
        ("Paracétamol 1 g cpr B/8", "60", "", "1,55", "2,5", "1,51", "90,60", "1", "65%"),
        ("Ibuprofène 400 mg cpr B/30", "24", "4", "2,40", "10,0", "2,16", "51,84", "3", "NR"),
    ]
    for k, (name, qty, free, gross, rate, net, amount, code, refund) in enumerate(rows):
        y = 175 + 12 * k
        texts += [(30, y, name, 6.5), (310, y, ">" + qty, 6.5)]
        if free:
            texts.append((338, y, ">" + free, 6.5))
        texts += [
            (370, y, ">" + gross, 6.5),
            (390, y, ">" + rate, 6.5),
            (432, y, ">" + net, 6.5),
            (470, y, ">" + amount, 6.5),
            (480, y, code, 6.5),
            (495, y, refund, 6.5),
        ]
    texts += [(380, 230, "Total HT", 8.0), (470, 230, ">142,44", 8.0)]
    assert _rows(texts) == [
        ("Paracétamol 1 g cpr B/8", 60.0, 1.51, 90.6),
        ("Ibuprofène 400 mg cpr B/30", 24.0, 2.16, 51.84),
    ]


def test_dutch_weight_billed_beside_a_piece_count_at_the_net_price() -> None:
    texts: Texts = [
        (40, 40, "Staalhandel Kempen B.V.", 10.0),
        (40, 54, "Havenstraat 9, 5611 AB Eindhoven", 8.0),
        (360, 40, "Factuurnummer 2025-3310", 9.0),
        (360, 54, "Factuurdatum 11-04-2025", 9.0),
        (40, 100, "Bouwbedrijf Smit B.V.", 9.0),
        (30, 150, "Omschrijving", 7.0),
        (250, 150, "St.", 7.0),
        (280, 150, "Hoev.", 7.0),
        (315, 150, "Eh.", 7.0),
        (345, 150, "Prijs", 7.0),
        (385, 150, "Kort%", 7.0),
        (430, 150, "Netto", 7.0),
        (480, 150, "Bedrag", 7.0),
    ]
    rows = [
        ("HEA 200 S235JR", "8", "4,061", "1.045,00", "6,0", "982,30", "3.989,12"),
        ("IPE 240 S355J2", "6", "1,492", "1.120,00", "6,0", "1.052,80", "1.570,78"),
    ]
    for k, (name, pieces, tonnes, gross, rate, net, amount) in enumerate(rows):
        y = 165 + 12 * k
        texts += [
            (30, y, name, 7.0),
            (262, y, ">" + pieces, 7.0),
            (300, y, ">" + tonnes, 7.0),
            (315, y, "t", 7.0),
            (372, y, ">" + gross, 7.0),
            (405, y, ">" + rate, 7.0),
            (455, y, ">" + net, 7.0),
            (508, y, ">" + amount, 7.0),
        ]
    texts += [(380, 210, "Subtotaal", 8.0), (508, 210, ">5.559,90", 8.0)]
    assert _rows(texts) == [
        ("HEA 200 S235JR", 4.061, 982.3, 3989.12),
        ("IPE 240 S355J2", 1.492, 1052.8, 1570.78),
    ]


def _totalled(caption: str, count: str) -> Texts:
    texts: Texts = [
        (40, 40, "Great Plains Electric Supply Co.", 10.0),
        (360, 40, "Invoice No. S1042287", 9.0),
        (360, 54, "Invoice Date 12/18/2024", 9.0),
        (40, 100, "Midwest Controls LLC", 9.0),
        (30, 150, "Description", 7.0),
        (300, 150, "Qty", 7.0),
        (380, 150, "Price", 7.0),
        (480, 150, "Amount", 7.0),
    ]
    rows = [
        ("VFD 10HP 480V 3PH", "2", "1,763.90", "3,527.80"),
        ("THHN 12 AWG SOL CU 500FT", "6", "115.44", "692.64"),
        ("EMT CONDUIT 3/4 X 10FT", "100", "6.90", "690.00"),
    ]
    for k, (name, qty, price, amount) in enumerate(rows):
        y = 165 + 12 * k
        texts += [
            (30, y, name, 7.0),
            (312, y, ">" + qty, 7.0),
            (400, y, ">" + price, 7.0),
            (505, y, ">" + amount, 7.0),
        ]
    texts += [
        (30, 205, caption, 7.0),
        (312, 205, ">" + count, 7.0),
        (505, 205, ">4,910.44", 7.0),
        (30, 225, "Returns require an RMA number.", 7.0),
        (380, 240, "Subtotal", 8.0),
        (505, 240, ">4,910.44", 8.0),
        (380, 252, "INVOICE TOTAL (USD)", 8.0),
        (505, 252, ">4,910.44", 8.0),
    ]
    return texts


def test_a_column_total_row_with_its_count_is_no_item() -> None:
    for caption, count in (("LINE TOTAL", "108"), ("Goods total", "107")):
        rows = _rows(_totalled(caption, count))
        assert [row[0] for row in rows] == [
            "VFD 10HP 480V 3PH",
            "THHN 12 AWG SOL CU 500FT",
            "EMT CONDUIT 3/4 X 10FT",
        ]


def test_the_date_under_a_title_number_past_the_sellers_street() -> None:
    texts: Texts = [
        (40, 40, "Facture", 16.0),
        (400, 40, "Pharmadis Loire SAS", 10.0),
        (40, 62, "n° 25-F-0091177", 9.0),
        (400, 68, "3 rue des Forges", 8.0),
        (40, 76, "du 15/03/2025", 9.0),
        (400, 76, "44340 Bouguenais", 8.0),
        (40, 120, "Client facturé", 8.0),
        (40, 132, "Pharmacie des Halles", 9.0),
        (300, 120, "Date d'échéance", 8.0),
        (400, 120, "15/04/2025", 8.0),
        (40, 180, "Désignation", 8.0),
        (300, 180, ">Qté", 8.0),
        (400, 180, ">P.U. HT", 8.0),
        (520, 180, ">Montant HT", 8.0),
        (40, 196, "Sérum physiologique B/40", 8.0),
        (300, 196, ">30", 8.0),
        (400, 196, ">1,79", 8.0),
        (520, 196, ">53,70", 8.0),
        (400, 230, "Total HT", 8.0),
        (520, 230, ">53,70", 8.0),
    ]
    fields = _extract(texts)["fields"]
    assert fields["invoice_date"] == "2025-03-15"
    assert fields["due_date"] == "2025-04-15"


def test_a_sum_brought_from_the_abridged_previous_page_is_no_end() -> None:
    header = [
        (60, 220, "Descrizione"),
        (300, 220, "Q.tà"),
        (370, 220, "Prezzo"),
        (470, 220, "Importo"),
    ]
    first = [
        (50, 60, "Ingrosso Lombardo S.r.l."),
        (350, 130, "Fattura N. 2025/118"),
        (350, 144, "del 17/01/2025"),
        *header,
        *[
            (c, 240 + 16 * n, t)
            for n in range(3)
            for c, t in ((60, f"Farina tipo 0{n}"), (300, "2"), (370, "5,00"), (470, "10,00"))
        ],
        (120, 300, "A riportare"),
        (470, 300, "30,00"),
    ]
    second = [
        *header,
        (60, 240, "Riporto da pag. precedente"),
        (470, 240, "30,00"),
        (60, 256, "Contributo spese di trasporto"),
        (300, 256, "1"),
        (370, 256, "12,00"),
        (470, 256, "12,00"),
        (350, 290, "Totale merce"),
        (470, 290, "42,00"),
    ]
    result = extract_canonical(make_invoice_pdf([first, second]), use_einvoice=False)
    names = [i["description"] for i in result["line_items"]]
    assert names == [f"Farina tipo 0{n}" for n in range(3)] + ["Contributo spese di trasporto"]
