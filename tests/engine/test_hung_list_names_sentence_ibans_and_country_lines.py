"""Letter-style invoices: an IBAN a payment sentence wraps after its first group (or its
check digits), uncaptioned; a flush-right letterhead address closing on its country over the
phone line, the name on the left; an item's name wrapping onto a line whose first word and
colon close the phrase ("product" / "launch: landing page, ..."); and a header-less list whose
numbers or bullets hang in the margin, each name wrapping under its own text."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _read(page: list[tuple[float, float, str]]) -> dict[str, object]:
    return extract_canonical(make_invoice_pdf([page], size=9, marks=True), use_einvoice=False)


_SPANISH_LETTER = [
    (148, 49, "FONTANERÍA Y CALEFACCIÓN SOTO"),
    (157, 73, "Lucía Soto Marín · Calle Mayor 12 · 50001 Zaragoza"),
    (63, 180, "Nº de factura:"),
    (148, 180, "2025/0142"),
    (63, 193, "Fecha:"),
    (148, 193, "3 de marzo de 2025"),
    (312, 180, "Cliente:"),
    (312, 193, "Talleres Ebro S.L."),
    (312, 205, "Calle Delicias 40"),
    (312, 218, "50017 Zaragoza"),
    (63, 301, "Descripción"),
    (420, 301, "Importe"),
    (63, 318, "Reparación de caldera"),
    (460, 318, ">250,00 €"),
    (374, 350, "Base imponible:"),
    (460, 350, ">250,00 €"),
    (374, 364, "IVA 21 %:"),
    (460, 364, ">52,50 €"),
    (374, 378, "TOTAL FACTURA:"),
    (460, 378, ">302,50 €"),
]


@pytest.mark.parametrize(
    ("head", "tail", "iban"),
    [
        (
            "a la cuenta de Ibercaja ES91 2100",
            "0418 4502 0005 1332, indicando el número de factura.",
            "ES9121000418450200051332",
        ),
        (
            "a la cuenta del Deutsche Bank en Alemania DE89",
            "3704 0044 0532 0130 00, indicando el número de factura.",
            "DE89370400440532013000",
        ),
    ],
)
def test_an_iban_a_payment_sentence_wraps_over_two_lines(head: str, tail: str, iban: str) -> None:
    page = [
        *_SPANISH_LETTER,
        (62, 420, f"Forma de pago: transferencia bancaria antes del 2 de abril de 2025 {head}"),
        (62, 433, tail),
    ]
    assert _read(page)["fields"]["iban"] == iban  # type: ignore[index]


def test_a_country_closing_a_flush_right_address_names_no_seller() -> None:
    page = [
        (540, 50, ">Marktstraße 4"),
        (71, 56, "Clara Weidmann"),
        (540, 56, ">70173 Stuttgart"),
        (540, 71, ">Germany"),
        (71, 78, "Translation | English · French"),
        (540, 78, ">+49 711 20 44 310"),
        (540, 92, ">office@weidmann-translations.de"),
        (253, 127, "INVOICE"),
        (71, 174, "To:"),
        (105, 174, "Lindqvist Media AB"),
        (105, 186, "Sveavägen 20"),
        (105, 198, "111 57 Stockholm"),
        (364, 174, "Invoice no."),
        (476, 174, "CW-2025-007"),
        (364, 186, "Invoice date"),
        (452, 186, "March 3, 2025"),
        (72, 325, "Service"),
        (478, 325, "Total (EUR)"),
        (71, 342, "Translation of the annual report"),
        (537, 342, ">900.00"),
        (404, 380, "Net amount"),
        (537, 380, ">900.00"),
        (386, 394, "Total payable"),
        (537, 394, ">900.00"),
    ]
    fields = _read(page)["fields"]
    assert fields["seller_name"] == "Clara Weidmann"  # type: ignore[index]
    # The country closes the block beside the name, flush under its town.
    assert fields["seller_address"] == "Marktstraße 4, 70173 Stuttgart, Germany"  # type: ignore[index]


def test_a_name_wrapping_onto_a_line_whose_first_word_closes_its_phrase() -> None:
    page = [
        (71, 56, "Tobias Brandt"),
        (71, 70, "Lindenweg 3, 79100 Freiburg"),
        (253, 127, "INVOICE"),
        (71, 174, "To: Hollis Digital Ltd"),
        (364, 174, "Invoice no. TB-2025-004"),
        (72, 325, "Service"),
        (364, 325, "Qty"),
        (402, 325, "Rate (EUR)"),
        (478, 325, "Total (EUR)"),
        (71, 342, "Website copy for the spring product"),
        (382, 342, ">1"),
        (458, 342, ">800.00"),
        (537, 342, ">800.00"),
        (71, 355, "launch: landing page, two feature pages and FAQ"),
        (71, 375, "Proofreading of the press kit"),
        (382, 375, ">4"),
        (458, 375, ">50.00"),
        (537, 375, ">200.00"),
        (404, 410, "Net amount"),
        (537, 410, ">1,000.00"),
        (386, 424, "Total payable"),
        (537, 424, ">1,000.00"),
    ]
    items = _read(page)["line_items"]
    assert [i["description"] for i in items] == [  # type: ignore[attr-defined, index]
        "Website copy for the spring product launch: landing page, two feature pages and FAQ",
        "Proofreading of the press kit",
    ]


@pytest.mark.parametrize("markers", [("1)", "2)", "3)"), ("•", "•", "•"), ("a)", "b)", "c)")])
def test_list_names_wrapping_under_their_text_beside_a_hanging_marker(
    markers: tuple[str, str, str],
) -> None:
    first, second, third = markers
    page = [
        (57, 43, "Malerbetrieb Jana Vogt"),
        (57, 57, "Kastanienallee 8, 04109 Leipzig"),
        (57, 150, "Herrn Paul Neumann"),
        (57, 163, "Gohliser Straße 5"),
        (57, 176, "04155 Leipzig"),
        (57, 245, "Rechnung Nr. 2025/118"),
        (57, 290, "Die Leistungen im Einzelnen:"),
        (69, 310, first),
        (88, 310, "Wände und Decken Wohnzimmer und"),
        (329, 310, "80 m² à 12,50"),
        (530, 310, ">1.000,00"),
        (88, 322, "Flur: Untergrund prüfen, Risse"),
        (88, 334, "ausbessern, zweimaliger Anstrich"),
        (69, 352, second),
        (88, 352, "Abdeck- und Schutzarbeiten, Möbel"),
        (313, 352, "1 pausch. à 150,00"),
        (530, 352, ">150,00"),
        (88, 364, "verstellen, Endreinigung"),
        (69, 382, third),
        (88, 382, "Materialpauschale"),
        (313, 382, "1 pausch. à 250,00"),
        (530, 382, ">250,00"),
        (364, 410, "Summe netto"),
        (530, 410, ">1.400,00"),
        (364, 423, "+ 19 % USt."),
        (530, 423, ">266,00"),
        (364, 436, "Summe brutto"),
        (530, 436, ">1.666,00"),
        (57, 480, "Mit freundlichen Grüßen"),
    ]
    items = _read(page)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [  # type: ignore[attr-defined, index]
        (
            "Wände und Decken Wohnzimmer und Flur: Untergrund prüfen, Risse ausbessern,"
            " zweimaliger Anstrich",
            1000.0,
        ),
        ("Abdeck- und Schutzarbeiten, Möbel verstellen, Endreinigung", 150.0),
        ("Materialpauschale", 250.0),
    ]
