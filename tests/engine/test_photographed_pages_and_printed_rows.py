"""Photographed and scanned invoices (round 58, photos208): a later page's letterhead over a
header printed again, the page shifted and scaled as a whole by the camera; a row printing its
own amount among negative return rows; a customer's caption under its name beside a plate's
caption under its number; OCR's "C.1.F." for "C.I.F." after the letterhead's legal name."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.continuedpage import same_places
from facturist.engine.layout import Line
from facturist.engine.model import Box, Word

from .conftest import SizedText, make_aligned_pages


def _letterhead(scale: float, shift: float) -> list[SizedText]:
    def at(x: float) -> float:
        return round(shift + x * scale, 1)

    return [
        (at(84), 70, "VAN DER VEEN", 14),
        (at(520), 70, "Industrieweg 18", 8),
        (at(84), 86, "groothandel voor horeca en instellingen", 8),
        (at(515), 86, "7944 HS Meppel", 8),
        (at(520), 100, "0522 - 25 61 40", 8),
    ]


def _header(scale: float, shift: float, y: float) -> list[SizedText]:
    def at(x: float) -> float:
        return round(shift + x * scale, 1)

    return [
        (at(84), y, "Artikel", 9),
        (at(136), y, "Omschrijving", 9),
        (at(330), y, "Aantal", 9),
        (at(433), y, "Prijs", 9),
        (at(548), y, "Bedrag", 9),
    ]


def _row(scale: float, shift: float, y: float, n: int) -> list[SizedText]:
    def at(x: float) -> float:
        return round(shift + x * scale, 1)

    return [
        (at(84), y, f"10{n:04d}", 9),
        (at(136), y, f"Koffiebonen espresso soort {n}", 9),
        (at(340), y, "2", 9),
        (at(433), y, "10,00", 9),
        (at(555), y, "20,00", 9),
    ]


def test_a_photographed_later_page_repeats_its_letterhead_over_the_header_scaled() -> None:
    first = [
        *_letterhead(1.0, 0.0),
        (84, 140, "Eetcafé De Zwaan V.O.F.", 9),
        (395, 140, "Factuurnummer: 2025-30417", 9),
        (84, 154, "Grote Oost 7", 9),
        (395, 154, "Factuurdatum: 16-06-2025", 9),
        (84, 168, "7941 BA Meppel", 9),
        (84, 200, "FACTUUR", 16),
    ]
    first += _header(1.0, 0.0, 240)
    for n in range(8):
        first += _row(1.0, 0.0, 256 + 15 * n, n)
    first += [(340, 390, "Transport naar pagina 2", 9), (550, 390, "160,00", 9)]
    # The camera took the second page from a little nearer: 2 % larger and 3 points over.
    second = [*_letterhead(1.02, 3.0), (84, 130, "Factuur 2025-30417 · Pagina 2 van 2", 9)]
    second += _header(1.02, 3.0, 160)
    second += [(140, 176, "Transport van pagina 1", 9), (567, 176, "160,00", 9)]
    for n in range(8, 10):
        second += _row(1.02, 3.0, 192 + 15 * (n - 8), n)
    second += [
        (404, 240, "Totaal excl. BTW", 9),
        (550, 240, "200,00", 9),
        (404, 254, "BTW 21%", 9),
        (550, 254, "42,00", 9),
        (404, 268, "Totaal incl. BTW", 9),
        (550, 268, "242,00", 9),
    ]
    items = extract_canonical(make_aligned_pages(first, second), use_einvoice=False)["line_items"]
    assert [item["amount"] for item in items] == [20.0] * 10
    assert not any("VEEN" in str(item["description"]) for item in items)


def test_a_repeated_header_scaled_as_a_whole_stands_in_the_same_places() -> None:
    first = {
        "code": (84.0, 119.0),
        "description": (136.0, 197.0),
        "quantity": (323.0, 388.0),
        "unit_price": (433.0, 454.0),
        "amount": (548.0, 584.0),
    }
    header = Line(2, [Word("Bedrag", Box(2, 560, 160, 596, 169))])
    scaled = {k: (3.0 + 1.02 * a, 3.0 + 1.02 * b) for k, (a, b) in first.items()}
    assert same_places(scaled, first, header)
    # Another table: a column moved on its own, no scale of the page explains it.
    moved = {**first, "quantity": (300.0, 340.0)}
    assert not same_places(moved, first, header)
    assert not same_places({k: (v[0] * 1.3, v[1]) for k, v in first.items()}, first, header)


def test_a_fee_after_return_rows_keeps_its_printed_amount_over_the_net_credit() -> None:
    page: list[SizedText] = [
        (60, 40, "Corrib Office Interiors Ltd", 12),
        (60, 56, "Tuam Road, Galway H91 X2C4", 9),
        (60, 110, "CREDIT NOTE", 16),
        (360, 140, "Credit note no.", 9),
        (505, 140, "CN-0219", 9),
        (360, 154, "Date", 9),
        (495, 154, "03/06/2025", 9),
        (60, 154, "Atlantic Physio Clinics Ltd", 9),
        (60, 230, "Description", 9),
        (357, 230, "Qty", 9),
        (409, 230, "Unit price", 9),
        (492, 230, "Amount EUR", 9),
        (60, 250, "Returned: ergonomic task chair, mesh back, black", 9),
        (361, 250, "-2", 9),
        (416, 250, "189.00", 9),
        (510, 250, "-378.00", 9),
        (60, 266, "Returned: desk screen 1400 mm, fabric, grey", 9),
        (360, 266, "-1", 9),
        (424, 266, "96.50", 9),
        (515, 266, "-96.50", 9),
        (60, 282, "Restocking fee (10% of returned chairs, min. €25)", 9),
        (364, 282, "1", 9),
        (422, 282, "25.00", 9),
        (520, 282, "25.00", 9),
        (410, 306, "Net credit", 9),
        (508, 306, "-449.50", 9),
        (399, 320, "VAT @ 23%", 9),
        (505, 320, "-103.39", 9),
        (375, 334, "Total credit EUR", 9),
        (506, 334, "-552.89", 9),
    ]
    items = extract_canonical(make_aligned_pages(page), use_einvoice=False)["line_items"]
    assert [(i["unit_price"], i["amount"]) for i in items] == [
        (189.0, -378.0),
        (96.5, -96.5),
        (25.0, 25.0),
    ]


_WORKSHOP: list[SizedText] = [
    (192, 70, "TALLERES HERMANOS ORTEGA", 18),
    (196, 104, "Avda. de la Constitución, 54 · 41930 Bormujos (Sevilla)", 8),
    (241, 118, "Talleres Hermanos Ortega, S.L. -C.1.F. B91403261", 8),
    # Each caption printed under its value, a rule between them.
    (78, 158, "Distribuciones Aljarafe, S.L.", 10),
    (338, 158, "Pol. Ind. PIBO, c/ Juncia 9, Bollullos", 10),
    (79, 174, "Cliente", 7),
    (338, 174, "Dirección", 7),
    (79, 192, "4821 KLM", 10),
    (197, 192, "Citroën Berlingo 1.5 BlueHDi", 10),
    (393, 192, "148.230", 10),
    (466, 192, "B41762097", 10),
    (77, 208, "Matrícula", 7),
    (197, 208, "Vehículo", 7),
    (391, 208, "Km", 7),
    (467, 208, "CIF cliente", 7),
    (79, 240, "FACTURA", 16),
    (178, 240, "N° 2025-00981", 10),
    (499, 240, "Sevilla, 18/03/2025", 10),
    (83, 276, "Concepto", 9),
    (460, 276, "Precio", 9),
    (544, 276, "Importe", 9),
    (84, 294, "Diagnosis electrónica", 9),
    (459, 294, "35,00", 9),
    (555, 294, "35,00", 9),
    (416, 330, "Base imponible", 9),
    (540, 330, "35,00 €", 9),
    (432, 344, "I.V.A. 21 %", 9),
    (544, 344, "7,35 €", 9),
    (448, 358, "TOTAL", 9),
    (540, 358, "42,35 €", 9),
]


def test_a_customer_caption_under_its_name_over_a_plate_captioned_below() -> None:
    fields = extract_canonical(make_aligned_pages(_WORKSHOP), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Distribuciones Aljarafe, S.L."


def test_an_ocr_one_for_the_i_of_a_dotted_cif_caption() -> None:
    fields = extract_canonical(make_aligned_pages(_WORKSHOP), use_einvoice=False)["fields"]
    assert fields["seller_vat_id"] == "B91403261"
    assert fields["seller_name"] == "Talleres Hermanos Ortega, S.L."
