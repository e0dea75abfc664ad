"""Czech, Slovak and Polish invoice headers: an ID in the column a "Dodavatel: | Odběratel:"
row heads (headedcolumns.py)."""

from __future__ import annotations

from .conftest import ONE_ITEM_AND_TOTALS, header_values


def test_id_on_the_caption_row_in_the_buyers_column_is_the_buyers() -> None:
    fields = header_values(
        [
            (330, 40, "FAKTURA - DAŇOVÝ DOKLAD"),
            (440, 54, "číslo 250100142"),
            (40, 88, "Dodavatel:"),
            (310, 88, "Odběratel:"),
            (430, 88, "IČ:"),
            (460, 88, "25187368"),
            (423, 98, "DIČ:"),
            (460, 98, "CZ25187368"),
            (50, 104, "TECHNOSERVIS Brno s.r.o."),
            (50, 116, "Hybešova 726/42"),
            (50, 128, "602 00 Brno"),
            (320, 128, "Stavební firma Dvořák a syn s.r.o."),
            (50, 140, "IČ:"),
            (80, 140, "27654320"),
            (320, 140, "Nádražní 1180"),
            (50, 152, "DIČ:"),
            (80, 152, "CZ27654320"),
            (320, 152, "664 34 Kuřim"),
            (320, 200, "Datum vystavení: 12.03.2025"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "CZ27654320"
    assert fields["buyer_vat_id"] == "CZ25187368"


def test_czech_recap_with_rows_of_zeros_and_a_rounding() -> None:
    fields = header_values(
        [
            (330, 40, "FAKTURA - DAŇOVÝ DOKLAD"),
            (440, 54, "číslo 250100142"),
            (40, 88, "TECHNOSERVIS Brno s.r.o."),
            (320, 200, "Datum vystavení: 12.03.2025"),
            (40, 300, "Označení dodávky"),
            (300, 300, "Bez DPH"),
            (380, 300, "DPH"),
            (450, 300, "Celkem"),
            (40, 315, "Servisní prohlídka"),
            (300, 315, "22 722,00"),
            (380, 315, "4 771,62"),
            (450, 315, "27 493,62"),
            (40, 430, "Rekapitulace DPH v Kč:"),
            (140, 445, "Základ v Kč"),
            (220, 445, "Sazba"),
            (270, 445, "DPH v Kč"),
            (330, 445, "Celkem s DPH v Kč"),
            (40, 460, "Osvobozeno"),
            (160, 460, "0,00"),
            (225, 460, "0%"),
            (390, 460, "0,00"),
            (40, 475, "Snížená sazba"),
            (160, 475, "0,00"),
            (225, 475, "12%"),
            (280, 475, "0,00"),
            (390, 475, "0,00"),
            (40, 490, "Základní sazba"),
            (145, 490, "22 722,00"),
            (225, 490, "21%"),
            (270, 490, "4 771,62"),
            (370, 490, "27 493,62"),
            (330, 510, "Zaokrouhlení: 0,38"),
            (330, 530, "Celkem k úhradě: 27 494,00 Kč"),
        ]
    )
    assert fields["net_amount"] == 22722.0
    assert fields["tax_amount"] == 4771.62
    assert fields["total_amount"] == 27493.62
    assert fields["amount_due"] == 27494.0


def test_month_numbered_title_number_repeated_as_the_transfer_title() -> None:
    fields = header_values(
        [
            (50, 40, "codenest"),
            (400, 40, "Faktura VAT / Invoice"),
            (430, 52, "12/02/2025"),
            (50, 100, "Data wystawienia / Date of issue: 2025-02-28"),
            (50, 180, "Sprzedawca / Seller"),
            (50, 192, "CodeNest Software Sp. z o.o."),
            *ONE_ITEM_AND_TOTALS,
            (50, 600, "Tytuł / Reference:"),
            (200, 600, "12/02/2025"),
        ]
    )
    assert fields["invoice_number"] == "12/02/2025"
    assert str(fields["invoice_date"]) == "2025-02-28"


def test_letter_spaced_title_carries_its_number() -> None:
    fields = header_values(
        [
            (168, 68, "F A K T U R A"),
            (242, 68, "V A T"),
            (280, 68, "Nr 0045/2025"),
            (37, 100, "Data wystawienia: 30.04.2025"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["invoice_number"] == "0045/2025"


def test_corrective_tax_document_number_after_its_bracketed_kind() -> None:
    fields = header_values(
        [
            (37, 36, "KOVOVÝROBA HANÁK"),
            (329, 45, "OPRAVNÝ DAŇOVÝ DOKLAD"),
            (329, 57, "(dobropis) č. DB25-0007"),
            (326, 196, "Datum vystavení: 14.03.2025"),
            (36, 259, "Variabilní symbol: 250007"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["invoice_number"] == "DB25-0007"


def test_legal_clause_numbers_are_no_tax() -> None:
    from facturist.engine.amountread import read_amount

    from .conftest import spaced_lines

    line = spaced_lines([(37, 452, "zwolnienie z VAT na podstawie art. 43 ust. 1 pkt 29 lit. c")])
    assert read_amount(line[0].words) is None
    line = spaced_lines([(37, 452, "USt. 19 % 190,00")])
    found = read_amount(line[0].words)
    assert found is not None and found.value == 190.0


def test_unit_column_kr_is_no_currency_where_the_total_is_signed_elsewhere() -> None:
    fields = header_values(
        [
            (39, 108, "FAKTURA KORYGUJĄCA"),
            (39, 128, "nr FK/04/2025"),
            (334, 44, "Data wystawienia 08.04.2025"),
            (41, 268, "Lp."),
            (60, 268, "Nazwa towaru"),
            (200, 268, "J.m."),
            (240, 268, "Ilość"),
            (300, 268, "Cena"),
            (360, 268, "Wartość"),
            (46, 292, "1"),
            (60, 292, "Przewód YDYp"),
            (200, 292, "kr"),
            (240, 292, "10"),
            (300, 292, "289,00"),
            (360, 292, "2 890,00"),
            (200, 306, "kr"),
            (240, 306, "-3"),
            (300, 306, "289,00"),
            (360, 306, "-867,00"),
            (200, 320, "kr"),
            (240, 320, "7"),
            (300, 320, "289,00"),
            (360, 320, "2 023,00"),
            (342, 420, "Stawka"),
            (400, 420, "Netto"),
            (460, 420, "VAT"),
            (510, 420, "Brutto"),
            (268, 436, "Różnica"),
            (342, 436, "23%"),
            (400, 436, "-867,00"),
            (460, 436, "-199,41"),
            (510, 436, "-1 066,41"),
            (39, 490, "Do zwrotu: 1 066,41 zł"),
        ]
    )
    assert fields["currency"] == "PLN"


def test_partners_line_and_trade_line_open_no_address() -> None:
    fields = header_values(
        [
            (350, 30, "Faktura VAT FV 2025/04/00187"),
            (371, 70, "Data wystawienia: 17.04.2025"),
            (33, 134, "SPRZEDAWCA"),
            (240, 134, "NABYWCA"),
            (33, 146, "Tomáš Marek"),
            (240, 146, "Delikatesy Pod Lipami s.c."),
            (33, 156, "ilustrace a grafická úprava"),
            (240, 156, "Anna i Piotr Wiśniewscy"),
            (33, 166, "Palackého 21"),
            (240, 166, "ul. Mickiewicza 14"),
            (33, 176, "779 00 Olomouc"),
            (240, 176, "86-300 Grudziądz"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_address"] == "Palackého 21, 779 00 Olomouc"
    assert fields["buyer_address"] == "ul. Mickiewicza 14, 86-300 Grudziądz"


def test_name_in_the_box_runs_past_the_id_caption_on_the_section_line() -> None:
    fields = header_values(
        [
            (330, 40, "FAKTURA - DAŇOVÝ DOKLAD"),
            (440, 54, "číslo 250100142"),
            (40, 88, "Dodavatel:"),
            (310, 88, "Odběratel:"),
            (400, 88, "IČ:"),
            (430, 88, "25187368"),
            (50, 104, "TECHNOSERVIS Brno s.r.o."),
            (50, 116, "Hybešova 726/42"),
            (320, 116, "Stavební firma Dvořák a syn s.r.o."),
            (50, 128, "602 00 Brno"),
            (320, 128, "Nádražní 1180"),
            (320, 140, "664 34 Kuřim"),
            (320, 200, "Datum vystavení: 12.03.2025"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["buyer_name"] == "Stavební firma Dvořák a syn s.r.o."
