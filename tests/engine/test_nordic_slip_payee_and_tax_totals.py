"""Nordic invoices' payee, totals, currency and reader lines: a giro slip's "Saaja /
Mottagare" names the seller (slippayee.py); "Moms totalt" is the tax, never the total
(taxtotalcaption.py); "Summa" between "Netto | Moms" and the rounding is the gross column
of a totals strip (gridamounts.py); Danish "30 sek." counts seconds, no Swedish krona
(parse/currency.py); "Kundens momsreg.nr" is the buyer's (buyervat.py); "Klinikchef Susanne
Dahl" is a reader's line (officeholder.py); a footer's "AS- Street" ends its name at the
form glued to the dash (legalfooter.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.legalfooter import footer_name_part
from facturist.engine.officeholder import office_holder_line
from facturist.engine.parse.currency import detect_currency
from facturist.engine.taxtotalcaption import names_tax_total

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _finnish_with_slip() -> list[Row]:
    return [
        (50, 45, "Tilitoimisto Lehtola Oy"),
        (430, 45, "LASKU"),
        (50, 60, "Aleksanterinkatu 12"),
        (50, 72, "00100 Helsinki"),
        (320, 80, "Laskun numero"),
        (420, 80, "2025-0412"),
        (320, 94, "Päiväys"),
        (420, 94, "14.03.2025"),
        (50, 140, "Rakennus Mäkinen Oy"),
        (50, 154, "Hämeenkatu 8"),
        (50, 168, "33100 Tampere"),
        (50, 290, "Nimike"),
        (480, 290, "Verollinen"),
        (50, 305, "Kirjanpito, helmikuu 2025"),
        (480, 305, "602,40"),
        (330, 400, "Veroton yhteensä"),
        (480, 400, "480,00"),
        (330, 412, "Alv 25,5 %"),
        (480, 412, "122,40"),
        (330, 424, "Maksettava yhteensä EUR"),
        (480, 424, "602,40"),
        (50, 530, "Tilitoimisto Lehtola Oy · Y-tunnus 2845671-2 · ALV-rek. FI28456712"),
        (26, 574, "Saajan"),
        (200, 574, "TILISIIRTO. GIRERING"),
        (26, 584, "tilinumero"),
        (110, 584, "FI83 1234 5600 0123 76"),
        (26, 636, "Saaja"),
        (26, 646, "Mottagare"),
        (110, 646, "Tilitoimisto Lehtola Oy"),
        (26, 672, "Maksajan nimi"),
        (26, 682, "ja osoite"),
        (110, 682, "Rakennus Mäkinen Oy"),
        (110, 694, "Hämeenkatu 8"),
        (110, 706, "33100 Tampere"),
    ]


def test_giro_slips_payee_caption_names_no_buyer() -> None:
    fields = _fields(_finnish_with_slip())
    assert fields["seller_name"] == "Tilitoimisto Lehtola Oy"
    assert fields["buyer_name"] == "Rakennus Mäkinen Oy"


def test_footer_legal_form_glued_to_a_dash_ends_the_name() -> None:
    text = "Fjordkjøkken Engros AS- Heggstadmoen 8, 7080 Heimdal"
    assert footer_name_part(text) == "Fjordkjøkken Engros AS"
    # A hyphen inside a word, or one no space follows, is no break.
    assert footer_name_part("Nord-Trøndelag Kran AS") == "Nord-Trøndelag Kran AS"


def test_tax_total_caption_is_no_total() -> None:
    assert names_tax_total("Moms totalt")
    assert names_tax_total("VAT total 250,00")
    assert names_tax_total("Total VAT:")
    assert names_tax_total("Moms i alt")
    assert not names_tax_total("Totalt inkl. moms")
    assert not names_tax_total("Totalt")
    assert not names_tax_total("Summa exkl. moms")


def _swedish(totals: list[Row]) -> list[Row]:
    return [
        (50, 45, "Västkustens Grossist AB"),
        (430, 45, "FAKTURA"),
        (50, 60, "Importgatan 14"),
        (50, 72, "422 46 Hisings Backa"),
        (320, 110, "Fakturanr"),
        (420, 110, "71885"),
        (320, 124, "Fakturadatum"),
        (420, 124, "2025-03-14"),
        (50, 140, "Restaurang Kajen HB"),
        (50, 154, "Skeppsbron 3"),
        (50, 168, "411 21 Göteborg"),
        (50, 290, "Benämning"),
        (480, 290, "Belopp"),
        (50, 305, "Laxfilé färsk"),
        (480, 305, "6 102,30"),
        *totals,
        (50, 790, "Org.nr 556738-2048 · Momsreg.nr SE556738204801"),
    ]


def test_vat_total_with_rounding_leaves_the_total_to_pay() -> None:
    fields = _fields(
        _swedish(
            [
                (330, 420, "Summa exkl. moms"),
                (480, 420, "6 102,30"),
                (330, 432, "Moms totalt"),
                (480, 432, "988,97"),
                (330, 444, "Öresavrundning"),
                (480, 444, "-0,27"),
                (330, 456, "Att betala SEK"),
                (480, 456, "7 091,00"),
            ]
        )
    )
    assert fields["tax_amount"] == 988.97
    assert fields["total_amount"] == 7091.0


def test_summa_column_of_a_totals_strip_is_the_gross() -> None:
    fields = _fields(
        _swedish(
            [
                (130, 420, "Netto"),
                (200, 420, "Moms 25 %"),
                (290, 420, "Summa"),
                (370, 420, "Öresavrundning"),
                (460, 420, "Att betala SEK"),
                (130, 434, "6 102,30"),
                (200, 434, "1 525,58"),
                (290, 434, "7 627,88"),
                (370, 434, "0,12"),
                (460, 434, "7 628,00"),
            ]
        )
    )
    assert fields["total_amount"] == 7627.88
    assert fields["amount_due"] == 7628.0


def test_customers_vat_caption_in_the_genitive_names_the_buyers_id() -> None:
    rows = _swedish([(330, 420, "Att betala SEK"), (480, 420, "6 102,30")])
    rows += [(320, 200, "Kundens momsreg.nr"), (420, 200, "SE969781234601")]
    fields = _fields(rows)
    assert fields["seller_vat_id"] == "SE556738204801"
    assert fields["buyer_vat_id"] == "SE969781234601"


def test_danish_seconds_are_no_swedish_krona() -> None:
    page = (
        "Videoredigering 30 sek. og 15 sek. spot 10.500,00 Total inkl. moms kr 192.031,25 "
        "Momsreg.nr. DK41188200 IBAN DK70 5301 0000 2718 45"
    )
    assert detect_currency(page) == "DKK"
    assert detect_currency("Att betala 1 250,00 sek") == "SEK"


def test_nordic_office_holder_lines() -> None:
    assert office_holder_line("Klinikchef Susanne Dahl")
    assert office_holder_line("Rahastonhoitaja Mikael Lindholm")
    assert office_holder_line("Afdelingsleder Ole Hansen")
    assert not office_holder_line("Valby Langgade 88")
    assert not office_holder_line("Tandlægerne i Valby I/S")
