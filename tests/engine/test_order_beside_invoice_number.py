"""A web shop's invoice prints the order's number and date beside the invoice's own: the
title's number ("FAKTURA" over "nr 2025/...") wins over "Numer zamówienia: ..." (the order
word after the number caption), and a date the order's caption owns on the invoice number's
line ("Bestellung: W-1 vom 03.01.2025") is the order's, not the invoice's."""

from __future__ import annotations

from .conftest import header_values


def test_an_order_number_captioned_number_then_order_word_yields_to_the_titles() -> None:
    page = [
        (50, 30, "Lindgren Leksaker"),
        (420, 30, "FAKTURA"),
        (420, 42, "nr 2024/SE/000781"),
        (380, 60, "Data wystawienia: 12.03.2024"),
        (380, 72, "Numer zamówienia: LL-77120"),
        (50, 120, "Sprzedawca"),
        (50, 132, "Lindgren Leksaker AB"),
        (50, 300, "Razem brutto 120,00 zł"),
    ]
    assert header_values(page)["invoice_number"] == "2024/SE/000781"


def test_the_order_captions_date_beside_the_invoice_number_is_the_orders() -> None:
    page = [
        (50, 30, "Bergsport Huber GmbH"),
        (50, 120, "Rechnung 2024-1187"),
        (330, 120, "Bestellung: B-55021 vom 03.05.2024"),
        (50, 134, "Chur, 07.05.2024"),
        (330, 134, "Kunden-Nr.: 7731"),
        (50, 300, "Rechnungsbetrag CHF 120.00"),
    ]
    assert str(header_values(page)["invoice_date"]) == "2024-05-07"
