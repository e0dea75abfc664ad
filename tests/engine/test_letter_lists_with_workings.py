"""Letter-style invoices listing their items without a header, each row saying what it bills
as a count and a price: on an indented line under the name ("146,00 m² à 8,50 €"), at the
name's end ("…, 12 @ €68.50"), in a middle column with Swiss thousands marks ("1.00 Stk. à
4'850.00"), in cells of their own without a times sign ("5,00 ud. | 265,00 € | 1.325,00 €"),
joined by "at" ("3 visits at £450.00") or in brackets with a price per hour ("(3 h à 95,00
€/h)")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _items(page: list[tuple[float, float, str]]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([page], size=9, marks=True), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def _letter(
    rows: list[tuple[float, float, str]], sums: list[str]
) -> list[tuple[float, float, str]]:
    net, tax, total = sums
    return [
        (57, 43, "Malerwerkstatt Jürgen Brenner"),
        (57, 57, "Stresemannstraße 118, 22769 Hamburg"),
        (57, 150, "Hausverwaltung Krüger GmbH"),
        (440, 230, "Hamburg, 12.02.2026"),
        (57, 275, "Rechnung Nr. 26-0117"),
        (57, 320, "Sehr geehrte Damen und Herren,"),
        (57, 345, "für die ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:"),
        *rows,
        (369, 560, "Nettobetrag"),
        (541, 560, ">" + net),
        (369, 575, "zzgl. 19 % Umsatzsteuer"),
        (541, 575, ">" + tax),
        (369, 590, "Rechnungsbetrag"),
        (541, 590, ">" + total),
        (57, 630, "Bitte überweisen Sie den Rechnungsbetrag bis zum 26. Februar 2026."),
        (57, 680, "Mit freundlichen Grüßen"),
    ]


def test_working_on_an_indented_line_under_the_name() -> None:
    rows = [
        (77, 390, "Treppenhaus abdecken und abkleben, pauschal"),
        (541, 390, ">280,00 €"),
        (77, 410, "Wandflächen spachteln und schleifen"),
        (91, 424, "146,00 m² à 8,50 €"),
        (541, 424, ">1.241,00 €"),
        (77, 444, "Dispersionsanstrich, zweifach, weiß"),
        (91, 458, "146,00 m² à 6,20 €"),
        (541, 458, ">905,20 €"),
    ]
    assert _items(_letter(rows, ["2.426,20 €", "460,98 €", "2.887,18 €"])) == [
        ("Treppenhaus abdecken und abkleben, pauschal", 1.0, 280.0, 280.0),
        ("Wandflächen spachteln und schleifen", 146.0, 8.5, 1241.0),
        ("Dispersionsanstrich, zweifach, weiß", 146.0, 6.2, 905.2),
    ]


def test_a_list_opening_with_a_name_over_its_working() -> None:
    rows = [
        (77, 410, "Wandflächen spachteln und schleifen"),
        (91, 424, "146,00 m² à 8,50 €"),
        (541, 424, ">1.241,00 €"),
        (77, 444, "Handlauf und Geländer lackieren"),
        (91, 458, "38,00 lfm à 11,00 €"),
        (541, 458, ">418,00 €"),
    ]
    assert _items(_letter(rows, ["1.659,00 €", "315,21 €", "1.974,21 €"])) == [
        ("Wandflächen spachteln und schleifen", 146.0, 8.5, 1241.0),
        ("Handlauf und Geländer lackieren", 38.0, 11.0, 418.0),
    ]


def test_working_closing_the_name_whose_product_is_the_amount() -> None:
    rows = [
        (86, 390, "Rewiring of treatment rooms 1 and 2"),
        (541, 390, ">€1,450.00"),
        (86, 406, "LED panel lights supplied and fitted, 12 @ €68.50"),
        (541, 406, ">€822.00"),
        (86, 422, "Vervangen waterleiding keuken, 11 meter à € 24,50"),
        (541, 422, ">€269.50"),
        (86, 438, "Consumer unit upgrade incl. RCBOs"),
        (541, 438, ">€720.00"),
    ]
    items = _items(_letter(rows, ["3.261,50 €", "619,69 €", "3.881,19 €"]))
    assert [(i[1], i[2], i[3]) for i in items] == [
        (1.0, 1450.0, 1450.0),
        (12.0, 68.5, 822.0),
        (11.0, 24.5, 269.5),
        (1.0, 720.0, 720.0),
    ]


def test_a_figure_in_the_name_that_does_not_work_out_is_still_a_table_row() -> None:
    rows = [
        (86, 390, "Rewiring of treatment rooms 1 and 2"),
        (541, 390, ">€1,450.00"),
        (86, 406, "LED panel lights, 12 @ €68.50"),
        (541, 406, ">€800.00"),
        (86, 422, "Consumer unit upgrade incl. RCBOs"),
        (541, 422, ">€720.00"),
    ]
    items = _items(_letter(rows, ["2.970,00 €", "564,30 €", "3.534,30 €"]))
    assert [i[3] for i in items] != [1450.0, 800.0, 720.0]


def test_swiss_thousands_marks_in_a_working_column() -> None:
    rows = [
        (72, 381, "Einbauschrank Eiche massiv, nach Mass"),
        (397, 381, ">1.00 Stk. à 4'850.00"),
        (538, 381, ">4'850.00"),
        (72, 397, "Montage vor Ort, Schreiner"),
        (397, 397, ">9.50 Std. à 98.00"),
        (538, 397, ">931.00"),
        (72, 413, "Kleinmaterial und Beschläge"),
        (538, 413, ">236.50"),
    ]
    assert _items(_letter(rows, ["6'017.50", "487.42", "6'504.92"])) == [
        ("Einbauschrank Eiche massiv, nach Mass", 1.0, 4850.0, 4850.0),
        ("Montage vor Ort, Schreiner", 9.5, 98.0, 931.0),
        ("Kleinmaterial und Beschläge", 1.0, 236.5, 236.5),
    ]


def test_count_and_price_cells_without_a_times_sign() -> None:
    rows = [
        (63, 338, "Puerta de paso lacada blanca"),
        (382, 338, ">5,00 ud."),
        (453, 338, ">265,00 €"),
        (532, 338, ">1.325,00 €"),
        (63, 354, "Rodapié DM lacado 7 cm (m. lineal)"),
        (382, 354, ">46,00"),
        (453, 354, ">6,80 €"),
        (532, 354, ">312,80 €"),
        (63, 370, "Retirada de puertas antiguas"),
        (382, 370, ">1,00 ud."),
        (453, 370, ">90,00 €"),
        (532, 370, ">90,00 €"),
    ]
    assert _items(_letter(rows, ["1.727,80 €", "362,84 €", "2.090,64 €"])) == [
        ("Puerta de paso lacada blanca", 5.0, 265.0, 1325.0),
        ("Rodapié DM lacado 7 cm (m. lineal)", 46.0, 6.8, 312.8),
        ("Retirada de puertas antiguas", 1.0, 90.0, 90.0),
    ]


def test_count_at_price_in_a_middle_column() -> None:
    rows = [
        (63, 338, "Inspection visits"),
        (397, 338, ">3 visits at £450.00"),
        (533, 338, ">£1,350.00"),
        (63, 355, "Preparation of schedule of dilapidations"),
        (533, 355, ">£2,150.00"),
        (63, 372, "Negotiations with landlord's surveyor"),
        (397, 372, ">6.5 hours at £165.00"),
        (533, 372, ">£1,072.50"),
    ]
    assert _items(_letter(rows, ["£4,572.50", "£914.50", "£5,487.00"])) == [
        ("Inspection visits", 3.0, 450.0, 1350.0),
        ("Preparation of schedule of dilapidations", 1.0, 2150.0, 2150.0),
        ("Negotiations with landlord's surveyor", 6.5, 165.0, 1072.5),
    ]


def test_bracketed_working_with_a_price_per_hour() -> None:
    rows = [
        (75, 360, "Réunion de chantier facturée deux fois (3 h à 95,00 €/h)"),
        (532, 360, ">285,00 €"),
        (75, 376, "Frais de déplacement non dus"),
        (532, 376, ">48,00 €"),
    ]
    items = _items(_letter(rows, ["333,00 €", "63,27 €", "396,27 €"]))
    assert [(i[1], i[2], i[3]) for i in items] == [(3.0, 95.0, 285.0), (1.0, 48.0, 48.0)]


def test_price_of_one_beside_the_amount_and_the_fee_sum_under_the_items() -> None:
    page = [
        (57, 43, "Studio Tecnico Geom. Marco Bellini"),
        (57, 57, "Via Saragozza 87, 40123 Bologna"),
        (57, 150, "Condominio Via Mazzini 14"),
        (57, 275, "Fattura n. 12/2026 del 05/03/2026"),
        (57, 345, "Vi trasmetto la fattura per le prestazioni professionali svolte:"),
        (77, 367, "Rilievo e aggiornamento catastale (DOCFA), n. 4 unità"),
        (412, 367, ">€ 210,00 cad."),
        (541, 367, ">€ 840,00"),
        (77, 383, "Direzione lavori rifacimento facciata, acconto"),
        (541, 383, ">€ 1.250,00"),
        (77, 399, "Pratica CILA e comunicazioni al Comune"),
        (541, 399, ">€ 380,00"),
        (312, 426, "Onorari"),
        (541, 426, ">€ 2.470,00"),
        (312, 441, "Contributo Cassa Geometri 5%"),
        (541, 441, ">€ 123,50"),
        (312, 455, "Imponibile"),
        (541, 455, ">€ 2.593,50"),
        (312, 470, "IVA 22%"),
        (541, 470, ">€ 570,57"),
        (312, 485, "Totale fattura"),
        (541, 485, ">€ 3.164,07"),
    ]
    assert _items(page) == [
        ("Rilievo e aggiornamento catastale (DOCFA), n. 4 unità", 4.0, 210.0, 840.0),
        ("Direzione lavori rifacimento facciata, acconto", 1.0, 1250.0, 1250.0),
        ("Pratica CILA e comunicazioni al Comune", 1.0, 380.0, 380.0),
    ]
