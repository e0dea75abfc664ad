"""A shop's sign at the head of a till slip, the company's legal name (with its legal form)
printed under it or in the footer's small print: the legal name is the seller's."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import with_receipt_fields

from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned


def _seller(runs: list[Run]) -> str:
    page = scanned(runs, width=380.0, height=520.0)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    return str(with_receipt_fields([page], lines, {})["seller_name"].value)


def _slip(head: list[Run], foot: list[Run]) -> list[Run]:
    body: list[Run] = [
        (110.0, 70.0, "Hauptweg 4", 10.0),
        (110.0, 84.0, "28195 Bremen", 10.0),
        (20.0, 120.0, "Bon-Nr. 7781 12.06.2024 10:15", 10.0),
        (20.0, 140.0, "Milchkaffee", 10.0),
        (260.0, 140.0, "3,20", 10.0),
        (20.0, 156.0, "Mohnkuchen", 10.0),
        (260.0, 156.0, "2,90", 10.0),
        (20.0, 180.0, "SUMME EUR", 10.0),
        (260.0, 180.0, "6,10", 10.0),
        (20.0, 196.0, "Bar", 10.0),
        (260.0, 196.0, "10,00", 10.0),
        (20.0, 212.0, "Rückgeld", 10.0),
        (260.0, 212.0, "3,90", 10.0),
        (80.0, 240.0, "Vielen Dank für Ihren Besuch", 10.0),
    ]
    return head + body + foot


def test_the_legal_name_under_the_sign_is_the_sellers() -> None:
    head: list[Run] = [
        (100.0, 20.0, "KONDITOREI & CAFÉ", 14.0),
        (120.0, 38.0, "MOHNBLUME", 14.0),
        (100.0, 56.0, "Konditorei Mohnblume KG", 10.0),
    ]
    assert _seller(_slip(head, [])) == "Konditorei Mohnblume KG"


def test_a_spanish_legal_name_with_its_comma_under_the_sign() -> None:
    head: list[Run] = [
        (100.0, 20.0, "DROGUERÍA LA ESQUINA", 14.0),
        (100.0, 56.0, "Droguería La Esquina, S.L.", 10.0),
    ]
    assert _seller(_slip(head, [])) == "Droguería La Esquina, S.L."


def test_the_footers_legal_name_beats_a_short_sign() -> None:
    head: list[Run] = [
        (110.0, 20.0, "LA TAVERNE", 14.0),
        (110.0, 38.0, "DES HALLES", 14.0),
        (100.0, 56.0, "Bistrot - Bar", 10.0),
    ]
    foot: list[Run] = [
        (60.0, 270.0, "Taverne des Halles SARL au capital", 9.0),
        (60.0, 282.0, "de 5 000 EUR - RCS Nantes", 9.0),
    ]
    assert _seller(_slip(head, foot)) == "Taverne des Halles SARL"


def test_a_footer_company_sharing_no_word_with_the_sign_is_not_the_seller() -> None:
    head: list[Run] = [
        (110.0, 20.0, "LA TAVERNE", 14.0),
        (100.0, 56.0, "Bistrot - Bar", 10.0),
    ]
    foot: list[Run] = [(60.0, 270.0, "Caisse fournie par Logiciels Ouest SAS", 9.0)]
    assert _seller(_slip(head, foot)) == "LA TAVERNE"
