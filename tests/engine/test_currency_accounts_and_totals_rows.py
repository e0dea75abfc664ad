"""An account named for the billed currency in its caption or after it, the grid's own
"TOTALES / TOTALS" row, and a totals block's charges under a goods total captioned beside a
note (currencyaccounts.py, tableends.py, tablesections.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import extract_canonical

from .conftest import header_values, make_invoice_pdf


def test_account_the_caption_names_for_the_billed_currency() -> None:
    # The seller block's PLN account over the payment block's EUR one, the invoice in EUR.
    fields = header_values(
        [
            (50, 40, "Stolarka Okienna Sp. z o.o."),
            (50, 60, "Faktura VAT nr FV/0142/05/2024"),
            (50, 80, "Rachunek PLN: PL72 1140 2004 0000 3102 1884 7702"),
            (50, 300, "Do zapłaty: 32 646,88 EUR"),
            (50, 330, "Rachunek walutowy EUR (do zapłaty): PL78 1140 2004 0000 3712 0583 4619"),
        ]
    )
    assert fields["currency"] == "EUR"
    assert fields["iban"] == "PL78114020040000371205834619"


def test_account_named_for_the_billed_currency_after_it_outranks_the_house_bank() -> None:
    fields = header_values(
        [
            (50, 40, "Alpen Messtechnik GmbH"),
            (50, 60, "Rechnung AM-RE-24-0611"),
            # The house bank in the letterhead, read first.
            (50, 80, "Sparkasse · IBAN AT13 2081 5000 4120 7733 · BIC STSPAT2GXXX"),
            (300, 250, "Gesamtbetrag / Total CNY 566.788,00"),
            (50, 300, "Zahlungen in CNY bitte ausschließlich auf unser Konto: Landesbank"),
            (50, 312, "Steiermark AG, IBAN AT92 3800 0000 0471 8226, BIC RZSTAT2G (CNY-Konto)."),
        ]
    )
    assert fields["currency"] == "CNY"
    assert fields["iban"] == "AT923800000004718226"


def _items(page: list[tuple[float, float, str]]) -> list[tuple[object, object]]:
    result: dict[str, Any] = extract_canonical(
        make_invoice_pdf([page], size=9, marks=True), use_einvoice=False
    )
    return [(i["description"], i["amount"]) for i in result["line_items"]]


def test_totales_totals_row_closes_the_grid() -> None:
    page = [
        (50, 40, "Aceites del Sur, S.L."),
        (50, 60, "Factura EXP-24/0093"),
        (50, 200, "Descripción / Description"),
        (330, 200, "Cajas"),
        (400, 200, "Precio/caja"),
        (480, 200, "Importe"),
        (50, 220, "Aceite de oliva virgen extra"),
        (350, 220, ">180"),
        (440, 220, ">58,20"),
        (530, 220, ">10.476,00"),
        (50, 236, "Pimientos del piquillo asados"),
        (350, 236, ">95"),
        (440, 236, ">26,40"),
        (530, 236, ">2.508,00"),
        (50, 252, "TOTALES / TOTALS"),
        (350, 252, ">275"),
        (440, 252, ">4.425,8"),
        (530, 252, ">12.984,00"),
        (330, 290, "TOTAL FACTURA EUR"),
        (530, 290, ">12.984,00"),
    ]
    assert _items(page) == [
        ("Aceite de oliva virgen extra", 10476.0),
        ("Pimientos del piquillo asados", 2508.0),
    ]


def test_charges_under_a_goods_total_captioned_beside_a_note_are_no_items() -> None:
    page = [
        (50, 40, "Tissages de la Vallée"),
        (50, 60, "Facture FC-2024-0217"),
        (50, 200, "Désignation"),
        (330, 200, "Qté"),
        (400, 200, "P.U. HT"),
        (480, 200, "Montant HT"),
        (50, 220, "Toile de lin lavé 280 cm"),
        (350, 220, ">420,00"),
        (440, 220, ">18,60"),
        (530, 220, ">7 812,00"),
        (50, 236, "Jacquard Pyrénées 140 cm"),
        (350, 236, ">96,00"),
        (440, 236, ">27,80"),
        (530, 236, ">2 668,80"),
        (50, 262, "Colisage : 14 rouleaux"),
        (330, 262, "Total marchandises HT"),
        (530, 262, ">10 480,80"),
        (50, 274, "Poids net : 612,0 kg"),
        (330, 274, "Frais de transport"),
        (530, 274, ">420,00"),
        (50, 286, "Poids brut : 668,5 kg"),
        (330, 286, "Assurance"),
        (530, 286, ">56,37"),
        (330, 302, "Total HT"),
        (530, 302, ">10 957,17"),
        (330, 316, "TVA 0 %"),
        (530, 316, ">0,00"),
        (330, 330, "Total TTC"),
        (530, 330, ">10 957,17"),
    ]
    assert _items(page) == [
        ("Toile de lin lavé 280 cm", 7812.0),
        ("Jacquard Pyrénées 140 cm", 2668.8),
    ]
