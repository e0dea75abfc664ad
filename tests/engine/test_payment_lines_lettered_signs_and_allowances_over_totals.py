"""Round 61 (formats253): a payment line running under both party blocks names the payee's
account (pl "Sposób płatności: przelew | Bank: ... | Konto: PL95 ..."); prices printed with a
sign that opens with a letter ("R$ 1.890,00") are figures, not a column of names; an
allowance under the last item that the net below takes in stays a row, however many figures
the page's footer prints under the totals.
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import dejavu_fonts, make_invoice_pdf

# (x, y from the top, text)
Page = list[tuple[float, float, str]]

# Polish and Portuguese letters ("ł", "ã") that the standard fonts lack.
_FONT = "DejaVuSans"
needs_font = dejavu_fonts(_FONT)


def _read(page: Page) -> dict[str, Any]:
    pdf = make_invoice_pdf([page], font=_FONT, size=8)
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return result


_PL_PARTIES: Page = [
    (80, 40, "Drukarnia Wielkopolska Nowak sp. z o.o."),
    (450, 40, "Faktura VAT"),
    (430, 58, "nr FV/1187/11/2024"),
    (45, 96, "Miejsce wystawienia"),
    (175, 96, "Data wystawienia"),
    (430, 96, "Termin płatności"),
    (45, 108, "Poznań"),
    (175, 108, "05.11.2024"),
    (430, 108, "19.11.2024"),
    (47, 137, "SPRZEDAWCA"),
    (309, 137, "NABYWCA"),
    (47, 150, "Drukarnia Wielkopolska Nowak sp. z o.o."),
    (309, 150, "Wydawnictwo Bursztyn S.A."),
    (47, 162, "ul. Głogowska 148"),
    (309, 162, "ul. Długa 45"),
    (47, 173, "60-243 Poznań"),
    (309, 173, "80-827 Gdańsk"),
    (47, 185, "NIP: 779-234-56-16"),
    (309, 185, "NIP: 5831047283"),
]
_PL_ITEMS: Page = [
    (45, 240, "Lp."),
    (63, 240, "Nazwa towaru lub usługi"),
    (285, 240, "Ilość"),
    (330, 240, "Cena"),
    (380, 240, "Wartość"),
    (45, 256, "1"),
    (63, 256, "Druk katalogu"),
    (290, 256, "10"),
    (330, 256, "6,85"),
    (380, 256, "68,50"),
    (264, 300, "Razem do zapłaty:"),
    (380, 300, "68,50"),
]


@needs_font
def test_a_payment_line_under_both_blocks_names_the_payees_account() -> None:
    payment: Page = [
        (41, 215, "Sposób płatności: przelew"),
        (155, 215, "Bank: Santander Bank Polska S.A."),
        (301, 215, "Konto: PL95 1090 1362 0000 0001 4567 8213"),
    ]
    fields = _read([*_PL_PARTIES, *payment, *_PL_ITEMS])["fields"]
    assert fields["iban"] == "PL95109013620000000145678213"


_PT_HEAD: Page = [
    (200, 82, "Códice Atlântico, Lda."),
    (180, 102, "Rua do Alecrim 47, 1200-018 Lisboa"),
    (56, 176, "CLIENTE"),
    (346, 176, "Fatura n.º"),
    (486, 176, "FT 2025/31"),
    (56, 188, "Tropicália Comércio Eletrônico Ltda."),
    (346, 188, "Data de emissão"),
    (486, 188, "03-02-2025"),
    (56, 201, "Av. Paulista, 1578"),
    (56, 213, "01310-200 São Paulo – SP"),
    (59, 315, "Descrição"),
    (287, 315, "Qtd. Un."),
    (367, 315, "Preço unit."),
    (432, 315, "IVA"),
    (511, 315, "Total"),
]


@needs_font
@pytest.mark.parametrize("sign", ["R$", "US$"])
def test_prices_after_a_lettered_sign_are_figures_under_their_caption(sign: str) -> None:
    rows: Page = []
    for n, (name, count, unit, price, amount) in enumerate(
        [
            ("Licença anual plataforma", "25", "lic.", "1.890,00", "47.250,00"),
            ("Migração de dados do catálogo", "62", "h", "420,00", "26.040,00"),
            ("Formação remota da equipa", "3", "sessão", "2.750,00", "8.250,00"),
        ]
    ):
        y = 331 + 20 * n
        rows += [
            (59, y, name),
            (297, y, count),
            (313, y, unit),
            (367, y, f"{sign} {price}"),
            (436, y, "0%"),
            (479, y, f"{sign} {amount}"),
        ]
    totals: Page = [(325, 423, "Total a pagar"), (469, 423, f"{sign} 81.540,00")]
    items = _read([*_PT_HEAD, *rows, *totals])["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"]) for i in items] == [
        ("Licença anual plataforma", 25.0, 1890.0),
        ("Migração de dados do catálogo", 62.0, 420.0),
        ("Formação remota da equipa", 3.0, 2750.0),
    ]


_DE_HEAD: Page = [
    (170, 36, "Tischlerei Pichler GmbH"),
    (57, 128, "Gasthof Kirchenwirt Gruber KG"),
    (363, 128, "Rechnung Nr."),
    (494, 128, "2025-117"),
    (363, 141, "Datum"),
    (491, 141, "12.08.2025"),
    (57, 152, "Hauptplatz 3"),
    (57, 164, "8262 Ilz"),
]


@needs_font
def test_an_allowance_the_net_takes_in_stays_a_row_over_a_footer_of_figures() -> None:
    # The rows print their count first; the allowance under them neither a count nor a
    # price. The footer's register and account numbers under the totals read as figures of a
    # row: no next item, so the allowance is no condition of the item above it.
    table: Page = [
        (65, 266, "Menge"),
        (106, 266, "Bezeichnung"),
        (395, 266, "Einzelpreis"),
        (477, 266, "Betrag EUR"),
        (94, 282, "1"),
        (107, 282, "Eckbank Zirbe massiv"),
        (411, 282, "3.480,00"),
        (496, 282, "3.480,00"),
        (93, 300, "2"),
        (106, 300, "Tisch Eiche geölt"),
        (411, 300, "1.150,00"),
        (496, 300, "2.300,00"),
        (94, 318, "1"),
        (107, 318, "Lieferung und Montage"),
        (419, 318, "320,00"),
        (504, 318, "320,00"),
        (106, 336, "Treuerabatt 3 %"),
        (501, 336, "-183,00"),
        (390, 357, "Summe netto"),
        (497, 357, "5.917,00"),
        (406, 370, "20 % USt."),
        (497, 370, "1.183,40"),
        (352, 383, "Gesamtbetrag EUR"),
        (493, 383, "7.100,40"),
        (56, 400, "Zahlbar bis 26.08.2025 ohne Abzug. Vielen Dank für Ihren Auftrag!"),
        (207, 503, "FN 382917 k, Landesgericht Graz · Sparkasse · IBAN AT34 3819 0000 1283 4407"),
    ]
    items = _read([*_DE_HEAD, *table])["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Eckbank Zirbe massiv", 3480.0),
        ("Tisch Eiche geölt", 2300.0),
        ("Lieferung und Montage", 320.0),
        ("Treuerabatt 3 %", -183.0),
    ]
