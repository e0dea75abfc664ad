"""An invoice billed in a foreign currency restates its sums in the domestic one, in a box
under a title naming the conversion or the rate: beside the invoice's own sums, or as a VAT
grid under them. Those figures are no sums of the invoice (convertedblock.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _amounts(pages: list[list[tuple[float, float, str]]]) -> dict[str, object]:
    fields = extract_canonical(make_invoice_pdf(pages, marks=True), use_einvoice=False)["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due", "currency")
    return {key: fields.get(key) for key in keys}


def test_a_converted_box_beside_the_own_sums_gives_no_sums() -> None:
    page = [
        (50, 50, "Textiles Ribera S.L."),
        (50, 64, "Calle Mayor 12, 46001 Valencia"),
        (50, 78, "NIF: ESB12345678"),
        (330, 110, "Cliente"),
        (330, 124, "Harbor Home Goods Inc."),
        (330, 138, "200 Pier Street, Boston MA 02110"),
        (50, 180, "FACTURA Nº FV-2024-0311"),
        (50, 194, "Fecha: 12/06/2024"),
        (50, 208, "Moneda de facturación: dólar estadounidense (USD)"),
        (50, 240, "Descripción"),
        (320, 240, "Cant."),
        (380, 240, "Precio (USD)"),
        (470, 240, "Importe (USD)"),
        (50, 256, "Tejido jacquard, rollo de 40 m"),
        (320, 256, "10"),
        (430, 256, ">410,00"),
        (530, 256, ">4.100,00"),
        (50, 270, "Diseño de estampado"),
        (320, 270, "1"),
        (430, 270, ">900,00"),
        (530, 270, ">900,00"),
        (50, 320, "Importes de la factura (USD)"),
        (310, 320, "Contravalor en euros (a título informativo)"),
        (310, 334, "Tipo de cambio BCE: 1 EUR = 1,0850 USD"),
        (50, 350, "Base imponible"),
        (270, 350, ">5.000,00"),
        (310, 350, "Base imponible"),
        (540, 350, ">4.608,29"),
        (50, 364, "IVA 21 %"),
        (270, 364, ">1.050,00"),
        (310, 364, "IVA 21 %"),
        (540, 364, ">967,74"),
        (50, 378, "Importe a pagar"),
        (270, 378, ">6.050,00 USD"),
        (310, 378, "Total factura"),
        (540, 378, ">5.576,04 EUR"),
    ]
    assert _amounts([page]) == {
        "net_amount": 5000.0,
        "tax_amount": 1050.0,
        "total_amount": 6050.0,
        "amount_due": 6050.0,
        "currency": "USD",
    }


def test_a_converted_vat_grid_under_the_sums_gives_no_sums() -> None:
    page = [
        (50, 50, "FAKTURA VAT nr FV/2024/05/118"),
        (50, 80, "Sprzedawca:"),
        (300, 80, "Nabywca:"),
        (50, 94, "Kowalski Maszyny Sp. z o.o."),
        (300, 94, "Nowak Logistics Sp. z o.o."),
        (50, 108, "ul. Przemysłowa 4, 61-001 Poznań"),
        (300, 108, "ul. Portowa 9, 80-001 Gdańsk"),
        (50, 122, "NIP: PL7781234567"),
        (300, 122, "NIP: PL5831234567"),
        (50, 150, "Data wystawienia: 14.05.2024"),
        (50, 200, "Nazwa"),
        (300, 200, "Ilość"),
        (380, 200, "Cena netto"),
        (480, 200, "Wartość netto"),
        (50, 216, "Przegląd prasy hydraulicznej"),
        (300, 216, "1"),
        (440, 216, ">2 000,00"),
        (540, 216, ">2 000,00"),
        (330, 250, "Razem netto"),
        (540, 250, ">2 000,00 EUR"),
        (330, 264, "VAT 23 %"),
        (540, 264, ">460,00 EUR"),
        (330, 278, "Do zapłaty"),
        (540, 278, ">2 460,00 EUR"),
        (60, 320, "Podsumowanie VAT w PLN"),
        (300, 320, "Kurs NBP z dnia 13.05.2024: 4,3215 PLN/EUR"),
        (60, 338, "Stawka"),
        (200, 338, "Netto PLN"),
        (320, 338, "VAT PLN"),
        (440, 338, "Brutto PLN"),
        (60, 354, "23 %"),
        (260, 354, ">8 643,00"),
        (370, 354, ">1 987,89"),
        (490, 354, ">10 630,89"),
        (60, 368, "Razem"),
        (260, 368, ">8 643,00"),
        (370, 368, ">1 987,89"),
        (490, 368, ">10 630,89"),
    ]
    assert _amounts([page]) == {
        "net_amount": 2000.0,
        "tax_amount": 460.0,
        "total_amount": 2460.0,
        "amount_due": 2460.0,
        "currency": "EUR",
    }


def test_the_own_sums_right_of_a_converted_box_stay_the_sums() -> None:
    page = [
        (50, 50, "Alpenblick Beratung AG"),
        (50, 64, "Seestrasse 8, 8002 Zürich"),
        (50, 78, "MWST-Nr. CHE-123.456.789 MWST"),
        (50, 120, "Rechnung Nr. AB-24-077"),
        (50, 134, "Datum: 03.09.2024"),
        (50, 180, "Leistung"),
        (480, 180, "Betrag EUR"),
        (50, 196, "Beratung Marktanalyse"),
        (540, 196, ">8.000,00"),
        (60, 240, "Gegenwert in CHF (Art. 45 MWSTV)"),
        (350, 240, "Netto"),
        (540, 240, ">EUR 8.000,00"),
        (60, 252, "Kurs ESTV 09/2024: 1 EUR = 0,9412 CHF"),
        (350, 255, "MWST 8,1 %"),
        (540, 255, ">EUR 648,00"),
        (60, 264, "Netto"),
        (260, 264, ">CHF 7.529,60"),
        (60, 278, "MWST 8,1 %"),
        (260, 278, ">CHF 609,90"),
        (350, 278, "Total"),
        (540, 278, ">EUR 8.648,00"),
        (60, 292, "Total"),
        (260, 292, ">CHF 8.139,50"),
    ]
    assert _amounts([page]) == {
        "net_amount": 8000.0,
        "tax_amount": 648.0,
        "total_amount": 8648.0,
        "amount_due": 8648.0,
        "currency": "EUR",
    }
