"""An Italian fuel station's receipt: the brand over the station's number, then the operating
partnership ("BIANCHI PETROLI S.N.C." over "DI BIANCHI LUCA & C."), its street and town. The
partnership's form names the seller, wrapped over the partners' row; the station row is no
part of the address."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _narrow_pdf(texts: list[tuple[float, float, str]]) -> bytes:
    return make_invoice_pdf([texts], size=8, pagesize=(230, 420))


def _page() -> list[tuple[float, float, str]]:
    return [
        (90, 30, "CARBOSTELLA"),
        (85, 44, "STAZIONE N. 0277"),
        (70, 56, "BIANCHI PETROLI S.N.C."),
        (75, 68, "DI BIANCHI LUCA & C."),
        (75, 80, "VIA DEL LAVORO 18"),
        (78, 92, "40127 BOLOGNA (BO)"),
        (80, 104, "P.IVA 02233445566"),
        (70, 124, "DOCUMENTO COMMERCIALE"),
        (30, 144, "DESCRIZIONE"),
        (130, 144, "IVA"),
        (170, 144, "Prezzo(€)"),
        (30, 156, "BENZINA SELF"),
        (130, 156, "22%"),
        (170, 156, "50,00"),
        (30, 172, "TOTALE COMPLESSIVO"),
        (170, 172, "50,00"),
        (30, 184, "DI CUI IVA"),
        (170, 184, "9,02"),
        (30, 200, "CONTANTE"),
        (170, 200, "50,00"),
        (30, 208, "RESTO"),
        (170, 208, "0,00"),
        (30, 216, "02-04-2025 17:40"),
        (30, 228, "DOCUMENTO N. 0277-0113"),
        (80, 250, "GRAZIE E ARRIVEDERCI"),
    ]


def test_a_partnership_under_a_fuel_brand_names_the_seller() -> None:
    fields = extract_canonical(_narrow_pdf(_page()))["fields"]
    assert fields.get("seller_name") == "BIANCHI PETROLI S.N.C. DI BIANCHI LUCA & C."
    assert fields.get("seller_address", "").startswith("VIA DEL LAVORO 18")
