"""A party's address and account on captioned rows of its block (ro "Sediul:", lv "Juridiska
adrese"), and the buyer's own account in its block beside the seller's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ITEMS = [
    (50, 300, "Nr. crt."),
    (100, 300, "Denumirea produselor"),
    (330, 300, "Cant."),
    (400, 300, "Pret unitar"),
    (480, 300, "Valoarea"),
    (50, 320, "1"),
    (100, 320, "Servicii de consultanta"),
    (330, 320, "2"),
    (400, 320, "500,00"),
    (480, 320, "1.000,00"),
    (380, 360, "Total fara TVA: 1.000,00"),
    (380, 375, "TVA 19%: 190,00"),
    (380, 390, "Total de plata: 1.190,00"),
]


def test_side_by_side_blocks_give_the_sediul_row_and_the_sellers_account() -> None:
    rows = [
        (400, 40, "FACTURA"),
        (400, 60, "Seria AB nr. 0452"),
        (400, 72, "Data: 04.03.2025"),
        (50, 120, "Furnizor:"),
        (310, 120, "Client:"),
        (50, 134, "ALFA SOFT SRL"),
        (310, 134, "BETA LOGISTIC SA"),
        (50, 146, "CIF: RO38942153"),
        (310, 146, "CIF: RO14206338"),
        (50, 158, "Sediul: Str. Doamnei nr. 12, Sector 3, Bucuresti"),
        (310, 158, "Sediul: Calea Turzii nr. 178, Cluj-Napoca"),
        (50, 170, "Capital social: 200 RON"),
        (310, 170, "Cont: RO21INGB0000999901234567"),
        (50, 182, "Cont: RO97BTRLRONCRT0386510901"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "ALFA SOFT SRL"
    assert fields["seller_address"] == "Str. Doamnei nr. 12, Sector 3, Bucuresti"
    assert fields["iban"] == "RO97BTRLRONCRT0386510901"


def test_caption_list_gives_the_address_row_without_a_colon() -> None:
    rows = [
        (400, 40, "PVN REKINS"),
        (400, 60, "Nr. LAT-2025/041"),
        (400, 72, "Datums: 04.03.2025"),
        (50, 110, "Piegadatajs:"),
        (60, 124, "Nosaukums"),
        (170, 124, "SIA Latgran"),
        (60, 136, "Juridiska adrese"),
        (170, 136, "Krasta iela 52, Riga, LV-1003"),
        (60, 148, "PVN reg. Nr."),
        (170, 148, "LV40103821578"),
        (50, 180, "Sanemejs:"),
        (60, 194, "Nosaukums"),
        (170, 194, "SIA Baltijas Fasades"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "SIA Latgran"
    assert fields["seller_address"] == "Krasta iela 52, Riga, LV-1003"


def test_an_address_row_goes_on_over_the_lines_under_its_value() -> None:
    rows = [
        (400, 40, "FACTURE"),
        (400, 60, "N° FA-2025-0311"),
        (400, 72, "Date : 04/03/2025"),
        (50, 110, "Vendeur"),
        (60, 124, "Nom"),
        (170, 124, "Atelier Brunel SARL"),
        (60, 136, "Adresse"),
        (170, 136, "17 rue des Tanneurs"),
        (170, 148, "69002 Lyon"),
        (170, 160, "France"),
        (60, 172, "N° TVA"),
        (170, 172, "FR40303265045"),
        (50, 200, "Acheteur"),
        (60, 214, "Nom"),
        (170, 214, "Boulangerie Martin"),
        *_ITEMS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "17 rue des Tanneurs, 69002 Lyon, France"
