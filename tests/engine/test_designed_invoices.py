"""Designed German invoices: totals grids, letter-style invoices, titles and IDs beside parties.

Each test writes a small synthetic page that shows one general layout rule.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_SELLER: Page = [
    (50, 60, "Acme Widgets GmbH"),
    (50, 74, "Hauptstrasse 1, 10115 Berlin"),
    (350, 120, "Rechnungsnummer:"),
    (460, 120, "R-2024-7"),
    (350, 134, "Rechnungsdatum:"),
    (460, 134, "05.03.2024"),
]


def _extract(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return result


def _fields(page: Page) -> dict[str, Any]:
    fields: dict[str, Any] = _extract(page)["fields"]
    return fields


def _grid(rows: list[list[str]]) -> Page:
    """A totals grid: captions, then rows of figures right-aligned under them."""
    columns = [(50, "Warenwert"), (150, "Skonto"), (250, "Nettobetrag"), (340, "MwSt-Betrag")]
    columns += [(430, "MwSt-%"), (500, "Endbetrag")]
    page: Page = [(x, 600, caption) for x, caption in columns]
    for number, row in enumerate(rows):
        y = 614 + 14 * number + (6 if number == len(rows) - 1 else 0)
        page += [(x + 12, y, figure) for (x, _), figure in zip(columns, row, strict=True) if figure]
    return page


def test_totals_grid_takes_its_sum_row_not_the_nearest_figures() -> None:
    page = _SELLER + _grid(
        [
            ["326,50", "3,00", "321,40", "61,07", "19,0", "382,47"],
            ["130,70", "", "127,59", "8,93", "7,0", "136,52"],
            ["457,20", "3,00", "448,99", "70,00", "EUR", "518,99"],
        ]
    )
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        448.99,
        70.0,
        518.99,
    )


def test_totals_grid_of_a_credit_note_keeps_its_signs() -> None:
    page = _SELLER + _grid(
        [
            ["-5,00", "", "-4,85", "-0,92", "19,0", "-5,77"],
            ["-2,90", "", "-2,82", "-0,20", "7,0", "-3,02"],
            ["-7,90", "", "-7,67", "-1,12", "EUR", "-8,79"],
        ]
    )
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        -7.67,
        -1.12,
        -8.79,
    )


def test_totals_grid_whose_rate_caption_ocr_misread_as_a_digit() -> None:
    # A scan's OCR reads the "%" of "MwSt-%" as "8": a stray digit in a caption.
    page = _SELLER + [
        (x, y, "MwSt-8" if text == "MwSt-%" else text)
        for x, y, text in _grid(
            [
                ["100,00", "", "100,00", "19,00", "19,0", "119,00"],
                ["50,00", "", "50,00", "3,50", "7,0", "53,50"],
                ["150,00", "", "150,00", "22,50", "EUR", "172,50"],
            ]
        )
    ]
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        150.0,
        22.5,
        172.5,
    )


def test_totals_grid_with_two_captions_in_one_cell() -> None:
    # Scanned captions close up into one cell: the tax caption is read word by word.
    page = _SELLER + [
        (x, y, "MwSt-Betrag MwSt-%" if text == "MwSt-Betrag" else text)
        for x, y, text in _grid(
            [
                ["-5,00", "", "-4,85", "-0,92", "19,0", "-5,77"],
                ["-2,90", "", "-2,82", "-0,20", "7,0", "-3,02"],
                ["-7,90", "", "-7,67", "-1,12", "EUR", "-8,79"],
            ]
        )
        if text != "MwSt-%"
    ]
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        -7.67,
        -1.12,
        -8.79,
    )


def test_totals_grid_without_a_sum_row_adds_up_its_rate_rows() -> None:
    page = _SELLER + _grid(
        [
            ["100,00", "", "100,00", "19,00", "19,0", "119,00"],
            ["50,00", "", "50,00", "3,50", "7,0", "53,50"],
        ]
    )
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        150.0,
        22.5,
        172.5,
    )


def test_document_title_and_gln_beside_a_party_label_are_not_its_name() -> None:
    page: Page = [
        (40, 64, "Lieferant"),
        (210, 64, "Käufer"),
        (366, 64, "RECHNUNGS-KORREKTUR"),
        (40, 76, "ACME WIDGETS GMBH"),
        (210, 76, "GLN 4304171000002"),
        (210, 88, "MUSTER-KUNDE GMBH"),
        (210, 100, "Kundenweg 88"),
        (366, 100, "Beleg-Nr: RK21012345"),
    ]
    fields = _fields(page)
    assert fields["buyer_name"] == "MUSTER-KUNDE GMBH"


def _insurance_letter(lines: Page) -> Page:
    return [
        (72, 80, "MVM Versicherungsverein a.G."),
        (72, 120, "Herrn"),
        (72, 132, "Max Mustermann"),
        (72, 144, "Musterstr. 11"),
        (72, 156, "12346 Bad Musterhausen"),
        (72, 290, "Beitragsrechnung zur Hausratversicherung"),
        (425, 290, "24. Januar 2014"),
        (72, 330, "Sehr geehrter Herr Mustermann,"),
        *lines,
    ]


def test_letter_invoice_date_stands_alone_right_of_its_subject() -> None:
    fields = _fields(_insurance_letter([]))
    assert fields["invoice_date"] == "2014-01-24"
    assert fields["buyer_name"] == "Herrn Max Mustermann"


def test_premium_list_gives_items_and_the_net_is_total_less_insurance_tax() -> None:
    page = _insurance_letter(
        [
            (72, 450, "Privathaftpflicht"),
            (295, 450, "50,00 €"),
            (72, 462, "Lebensgefährte/in zur Privathaftpflicht"),
            (301, 462, "0,00 €"),
            (72, 474, "Gesamtbeitrag"),
            (295, 474, "50,00 €"),
            (72, 486, "Versicherungsteuer 19 %"),
            (301, 486, "9,50 €"),
            (72, 498, "Rechnungsbeitrag"),
            (295, 498, "59,50 €"),
        ]
    )
    result = _extract(page)
    fields = result["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (50.0, 9.5, 59.5)
    assert [(i["description"], i["quantity"], i["amount"]) for i in result["line_items"]] == [
        ("Privathaftpflicht", 1.0, 50.0),
        ("Lebensgefährte/in zur Privathaftpflicht", 1.0, 0.0),
    ]


def test_gross_premium_with_tax_in_brackets() -> None:
    page = _insurance_letter(
        [
            (72, 450, "Vollkasko SF25"),
            (432, 450, "140,00 €"),
            (72, 462, "vierteljährlicher Beitrag inklusive 19 % Versicherungsteuer"),
            (432, 462, "140,00 €"),
            (72, 474, "in diesem Beitrag enthaltene Versicherungsteuer"),
            (430, 474, "(22,35 €)"),
            (72, 486, "zu zahlender Beitrag"),
            (432, 486, "280,00 €"),
        ]
    )
    fields = _fields(page)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        117.65,
        22.35,
        140.0,
    )
    assert fields["amount_due"] == 280.0


def test_due_date_from_payment_terms_and_debit_notice() -> None:
    terms = _fields(
        [
            *_SELLER,
            (41, 500, "Zahlbar innerhalb 30 Tagen netto bis 04.04.2024, 3% Skonto bis 15.03.2024"),
        ]
    )
    assert terms["due_date"] == "2024-04-04"
    debit = _fields(
        [
            *_SELLER,
            (41, 500, "Der Betrag in Höhe von EUR 529,87 wird am 20.03.2024 von Ihrem Konto"),
            (41, 512, "per SEPA-Lastschrift eingezogen."),
        ]
    )
    assert debit["due_date"] == "2024-03-20"
    tag = _fields([*_SELLER, (72, 150, "Fälligkeitstag: 01.04.2024")])
    assert tag["due_date"] == "2024-04-01"


def test_an_empty_due_date_column_outranks_a_date_in_the_terms_text() -> None:
    page = [
        *_SELLER,
        (65, 480, "Zahlungsbedingungen"),
        (71, 500, "Beschreibung"),
        (403, 500, "Fälligkeit"),
        (474, 500, "Teilzahlung"),
        (70, 516, "Zahlbar innerhalb 30 Tagen netto bis 04.04.2024"),
    ]
    assert _fields(page).get("due_date") is None


def test_a_due_date_beside_the_last_line_of_a_wrapped_terms_row() -> None:
    page = [
        *_SELLER,
        (65, 480, "Zahlungsbedingungen"),
        (71, 500, "Beschreibung"),
        (403, 500, "Fälligkeit"),
        (474, 500, "Teilzahlung"),
        (70, 516, "Der Betrag wird am 05.01.2026 per SEPA-Lastschrift"),
        (70, 528, "eingezogen."),
        (403, 528, "05.01.2026"),
    ]
    assert _fields(page)["due_date"] == "2026-01-05"


def test_the_buyers_vat_number_is_not_the_sellers() -> None:
    page = [
        *_SELLER,
        (48, 248, "Ihr Zeichen: AB-312"),
        (181, 248, "Ihre USt.-IdentNr.: DE234567890"),
        (41, 790, "USt.-Identnr.: DE123456789"),
    ]
    assert _fields(page)["seller_vat_id"] == "DE123456789"


def test_three_decimal_quantity_in_a_comma_decimal_row() -> None:
    page = [
        *_SELLER,
        (45, 294, "Pos"),
        (180, 294, "Artikelbeschreibung"),
        (300, 294, "Menge"),
        (409, 294, "Preis"),
        (520, 294, "Betrag"),
        (45, 314, "1"),
        (180, 314, "Schweinesteak"),
        (300, 314, "5,000 kg"),
        (409, 314, "5,50"),
        (520, 314, "27,50"),
        (180, 360, "Rechnungssumme 27,50"),
    ]
    items = _extract(page)["line_items"]
    assert [(i["quantity"], i["amount"]) for i in items] == [(5.0, 27.5)]


def _titled(title: str, below: str, *rest: tuple[float, float, str]) -> dict[str, Any]:
    page: Page = [(50, 60, "MVM Versicherungsverein a.G."), (50, 144, title), (50, 158, below)]
    return _fields([*page, *rest])


def test_a_title_naming_its_number_after_a_few_words_wraps_its_date() -> None:
    fields = _titled("Rechnung des Versicherers Nr. 01.234.567.8-2018-1 vom", "06.12.2018")
    assert (fields["invoice_number"], fields["invoice_date"]) == (
        "01.234.567.8-2018-1",
        "2018-12-06",
    )
    fields = _titled("Gutschrift (Selbst ausgestellte Rechnung) Nr. 47110818", "vom 31.10.2018")
    assert (fields["invoice_number"], fields["invoice_date"]) == ("47110818", "2018-10-31")


def test_a_number_of_what_the_title_is_for_is_not_the_invoices() -> None:
    fields = _titled("Beitragsrechnung zur Kraftfahrtversicherung Nr. 00.123.456.7", "")
    assert fields.get("invoice_number") is None


def test_a_number_quoted_in_a_sentence_yields_to_the_titles() -> None:
    fields = _titled(
        "Handelsrechnung Nr. E2018092011804 vom 20.09.2018",
        "",
        (
            50,
            400,
            "Bei Schriftwechsel bitte Ihre Kundennummer 35040727 und Belegnummer 2018092011804",
        ),
    )
    assert fields["invoice_number"] == "E2018092011804"


def test_premium_list_with_details_under_each_item_closes_at_its_sum() -> None:
    page = _insurance_letter(
        [
            (72, 450, "Hausrat"),
            (295, 450, "40,00 €"),
            (84, 462, "Versicherungssumme 65.000 EUR"),
            (72, 474, "Glasversicherung"),
            (295, 474, "12,00 €"),
            (84, 486, "ohne Selbstbeteiligung"),
            (72, 498, "Gesamtbeitrag"),
            (295, 498, "52,00 €"),
        ]
    )
    items = _extract(page)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Hausrat", 40.0),
        ("Glasversicherung", 12.0),
    ]
