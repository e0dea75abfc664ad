"""XRechnung viewers' party boxes with one caption row per address part, in the captions'
German and English wordings ("Straße / Hausnr.:", "PLZ / Ort", "Street / house number:"),
and a narrow value column that wraps the street."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, make_invoice_pdf


def _boxes(
    left: list[tuple[str, str]], right: list[tuple[str, str]]
) -> list[tuple[float, float, str]]:
    rows: list[tuple[float, float, str]] = [
        (50, 40, "RECHNUNG"),
        (50, 60, "Rechnungsnummer: RE-2025-0041"),
        (50, 72, "Rechnungsdatum: 05.03.2025"),
        (50, 110, "Käufer"),
        (310, 110, "Verkäufer"),
    ]
    for x, box in ((50, left), (310, right)):
        for offset, (caption, value) in enumerate(box):
            y = 124 + 12 * offset
            if caption:
                rows.append((x, y, caption))
            if value:
                rows.append((x + 110, y, value))
    return rows + ONE_ITEM_AND_TOTALS


def _seller_address(rows: list[tuple[float, float, str]]) -> object:
    return extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"].get(
        "seller_address"
    )


def test_street_and_house_number_caption_with_postcode_and_town_rows() -> None:
    rows = _boxes(
        [("Name:", "Stadt Nordheim"), ("Straße / Hausnr.:", "Marktplatz 1"), ("PLZ:", "74226")],
        [
            ("Firmenname:", "Bergische Möbel GmbH"),
            ("Straße / Hausnr.:", "Kohlfurther Brücke 14"),
            ("PLZ:", "42349"),
            ("Ort:", "Wuppertal"),
            ("Land:", "DE"),
        ],
    )
    assert _seller_address(rows) == "Kohlfurther Brücke 14, 42349 Wuppertal, DE"


def test_english_street_and_house_number_caption_keeps_the_city() -> None:
    rows = _boxes(
        [("Name:", "Hofmann Anlagenbau GmbH"), ("Street / house number:", "Industriering 7")],
        [
            ("Company name:", "Van Dijk Sensors B.V."),
            ("Street / house number:", "Marconistraat 22"),
            ("Postcode:", "3029 AK"),
            ("City:", "Rotterdam"),
        ],
    )
    assert _seller_address(rows) == "Marconistraat 22, 3029 AK Rotterdam"


def test_postcode_and_town_on_one_row_without_colons() -> None:
    rows = _boxes(
        [("Name", "Pflegedienst Elbufer gGmbH"), ("Straße", "Elbchaussee 212")],
        [
            ("Name", "Akademie Nordlicht GmbH"),
            ("Straße", "Am Sandtorkai 41"),
            ("PLZ / Ort", "20457 Hamburg"),
            ("Land", "DE"),
        ],
    )
    assert _seller_address(rows) == "Am Sandtorkai 41, 20457 Hamburg, DE"


def test_a_street_wrapped_in_the_value_column_is_one_street() -> None:
    rows = _boxes(
        [("Name:", "Landratsamt Tübingen")],
        [
            ("Firmenname:", "Kaltenbach Bürobedarf e.K."),
            ("Straße:", "Hechinger"),
            ("", "Straße 51"),
            ("PLZ:", "72072"),
            ("Ort:", "Tübingen"),
        ],
    )
    assert _seller_address(rows) == "Hechinger Straße 51, 72072 Tübingen"
