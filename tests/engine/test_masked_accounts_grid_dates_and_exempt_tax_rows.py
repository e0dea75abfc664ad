"""A figure closing a masked account ("DE•• •••• •••• •••• 4412") is no amount; a grid's
"Datum" column is the issue date, not the order date beside it ("Ihr Auftrag vom"); a tax
row printed "EXEMPT" between a discounted subtotal and the total; an Italian title block
right-aligned ("FATTURA" / "N. 37/2025" / "del 14/03/2025"); a Polish IBAN quoted in a
payment sentence (amountread.py, maskedaccount.py, dateread.py, charges.py, exempttax.py,
ownnumber.py, titledate.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values


def test_figure_after_a_masked_account_is_no_amount_due() -> None:
    fields = header_values(
        [
            (50, 40, "Stadtwerke Nordhafen GmbH"),
            (50, 80, "Rechnung Nr. 7730011"),
            (50, 92, "Rechnungsdatum 12.01.2026"),
            (300, 300, "Summe netto"),
            (450, 300, "1.000,00"),
            (300, 315, "USt 19 %"),
            (450, 315, "190,00"),
            (300, 330, "Rechnungsbetrag"),
            (450, 330, "1.190,00"),
            (300, 345, "abzgl. Abschläge -900,00"),
            (300, 360, "Nachzahlung"),
            (450, 360, "290,00 EUR"),
            (
                50,
                400,
                "Den Nachzahlungsbetrag buchen wir am 02.02.2026 von Ihrem Konto "
                "DE•• •••• •••• •••• 7781 ab.",
            ),
        ]
    )
    assert fields["amount_due"] == 290.0


def test_masked_account_with_stars_is_no_amount() -> None:
    fields = header_values(
        [
            (50, 40, "Nordlicht Energie AG"),
            (50, 80, "Rechnung Nr. 55120"),
            (300, 300, "Gesamtbetrag"),
            (450, 300, "238,00 EUR"),
            (50, 340, "Der Betrag wird von Ihrem Konto **** **** 3391 abgebucht."),
        ]
    )
    assert fields["total_amount"] == 238.0
    assert fields.get("amount_due") in (None, 238.0)


def test_grid_date_column_beside_an_order_date_column() -> None:
    fields = header_values(
        [
            (50, 40, "Berger & Lang Partnerschaft mbB"),
            (50, 200, "Honorarrechnung Nr."),
            (200, 200, "Datum"),
            (300, 200, "Mandat"),
            (400, 200, "Ihr Auftrag vom"),
            (50, 212, "HR 26/0117"),
            (200, 212, "17.03.2026"),
            (300, 212, "M-2025-088"),
            (400, 212, "09.01.2026"),
        ]
    )
    assert fields["invoice_number"] == "HR 26/0117"
    assert fields["invoice_date"] == datetime.date(2026, 3, 17)


def test_number_wrapped_onto_a_date_below_still_read() -> None:
    fields = header_values(
        [
            (50, 40, "Berger & Lang Partnerschaft mbB"),
            (50, 200, "Rechnung Nr. 26/0117 vom"),
            (50, 212, "17.03.2026"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2026, 3, 17)


def test_exempt_sales_tax_after_discount_and_shipping() -> None:
    fields = header_values(
        [
            (50, 40, "Blue Heron Trading Co."),
            (50, 80, "INVOICE # BH-4410"),
            (300, 300, "Merchandise subtotal"),
            (470, 300, "$2,000.00"),
            (300, 314, "Less 5% trade discount"),
            (470, 314, "-$100.00"),
            (300, 328, "Freight (LTL, 2 pallets)"),
            (470, 328, "$85.50"),
            (300, 342, "Sales tax"),
            (470, 342, "EXEMPT"),
            (300, 356, "Invoice total"),
            (470, 356, "$1,985.50"),
            (300, 370, "BALANCE DUE"),
            (470, 370, "$1,985.50"),
        ]
    )
    assert fields["total_amount"] == 1985.5
    assert fields["net_amount"] == 1985.5
    assert fields["tax_amount"] == 0.0


def test_exempt_tax_row_without_adjustments() -> None:
    fields = header_values(
        [
            (50, 40, "Blue Heron Trading Co."),
            (50, 80, "INVOICE # BH-4411"),
            (300, 300, "Subtotal"),
            (470, 300, "$640.00"),
            (300, 314, "Sales tax"),
            (470, 314, "Exempt"),
            (300, 328, "Total"),
            (470, 328, "$640.00"),
        ]
    )
    assert fields["net_amount"] == 640.0
    assert fields["tax_amount"] == 0.0
    assert fields["total_amount"] == 640.0


def test_italian_title_block_right_aligned_number_and_date() -> None:
    fields = header_values(
        [
            (50, 36, "STUDIOVELA"),
            (500, 36, "FATTURA"),
            (50, 57, "Consulenza informatica per le imprese"),
            (487.5, 57, "N. 37/2025"),
            (467.5, 71, "del 14/03/2025"),
            (50, 300, "Totale documento € 1.220,00"),
        ]
    )
    assert fields["invoice_number"] == "37/2025"
    assert fields["invoice_date"] == datetime.date(2025, 3, 14)


def test_polish_iban_quoted_in_a_payment_sentence() -> None:
    fields = header_values(
        [
            (50, 36, "KOMPUTERY SERWIS"),
            (50, 60, "Faktura VAT nr 12/2026"),
            (
                50,
                400,
                "Forma płatności: przelew 14 dni. Rachunek: Santander Bank Polska "
                "PL61 1090 1014 0000 0712 1981 2874",
            ),
        ]
    )
    assert fields["iban"] == "PL61109010140000071219812874"
