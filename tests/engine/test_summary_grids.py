"""Totals printed as a grid of captions over figures: a VAT summary with a "Total" row, and
a Nordic totals row with its captions above the values (engine/totalgrid.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.labels import LABELS_BY_RANK

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Brightside Home GmbH"),
    (50, 74, "Am Hafen 9, 50678 Koeln"),
    (350, 120, "Invoice no. 2025-0417"),
    (350, 134, "Invoice date: 03.04.2025"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_vat_summary_grid_is_read_by_its_total_row() -> None:
    # Marketplace invoices: the grand total first, then a VAT summary whose captions and
    # figures carry the currency symbol, one row per rate and a "Total" row.
    fields = _amounts(
        [
            (420, 300, "Invoice total"),
            (510, 300, "€212.50"),
            (250, 330, "VAT rate"),
            (310, 330, "Subtotal (excl. VAT)"),
            (480, 330, "VAT subtotal"),
            (250, 344, "19%"),
            (360, 344, "€150.00"),
            (500, 344, "€28.50"),
            (250, 358, "7%"),
            (366, 358, "€31.78"),
            (505, 358, "€2.22"),
            (250, 372, "Total"),
            (360, 372, "€181.78"),
            (500, 372, "€30.72"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(181.78)
    assert fields["tax_amount"] == pytest.approx(30.72)
    assert fields["total_amount"] == pytest.approx(212.50)


def test_swedish_totals_row_with_captions_above_the_values() -> None:
    # "Netto | Moms % | Moms | Öresavrundning | ATT BETALA" over one row of values; the
    # payable sum is rounded to whole kronor, the total with VAT printed under the row.
    fields = _amounts(
        [
            (470, 368, "ATT BETALA"),
            (50, 372, "Netto"),
            (200, 372, "Moms %"),
            (250, 372, "Moms"),
            (330, 372, "Öresavrundning"),
            (50, 387, "8 402,40"),
            (200, 387, "25,00"),
            (250, 387, "2 100,60"),
            (330, 387, "0,00"),
            (460, 387, "SEK 10 503,00"),
            (50, 407, "Totalt inkl. moms: 10 503,00 kr"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(8402.40),
        "tax_amount": pytest.approx(2100.60),
        "total_amount": pytest.approx(10503.00),
        "amount_due": pytest.approx(10503.00),
    }


@pytest.mark.parametrize(
    ("text", "key", "caption"),
    [
        ("Summa exkl. moms", "net_amount", "Summa exkl. moms"),
        ("Momsbeløb", "tax_amount", "Momsbeløb"),
        ("Total inkl. moms", "total_amount", "Total inkl. moms"),
        ("Beløb i alt", "total_amount", "Beløb i alt"),
        ("Å betale", "amount_due", "Å betale"),
        ("At betale", "amount_due", "At betale"),
    ],
)
def test_nordic_totals_captions(text: str, key: str, caption: str) -> None:
    found = LABELS_BY_RANK[key].search(text)
    assert found is not None and found.group() == caption


def test_mva_after_a_norwegian_organisation_number_is_no_caption() -> None:
    assert LABELS_BY_RANK["tax_amount"].search("Org.nr. 912 345 678 MVA") is None
    assert LABELS_BY_RANK["tax_amount"].search("MVA 25 %") is not None


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """A figure set flush right against x1, as totals columns print them."""
    return x1 - stringWidth(text, "Helvetica", 10), y, text


def test_per_rate_row_labelled_before_the_sum_row() -> None:
    # Polish "W tym | Razem" grid: each row opens with its label, a rate column between.
    fields = _amounts(
        [
            _right(402, 300, "Netto"),
            _right(437, 300, "VAT"),
            _right(492, 300, "Kwota VAT"),
            _right(552, 300, "Brutto"),
            _right(341, 314, "W tym"),
            _right(401, 314, "9 347,60"),
            _right(437, 314, "23%"),
            _right(491, 314, "2 149,95"),
            _right(551, 314, "11 497,55"),
            _right(341, 328, "Razem"),
            _right(401, 328, "9 347,60"),
            _right(491, 328, "2 149,95"),
            _right(551, 328, "11 497,55"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(9347.60)
    assert fields["tax_amount"] == pytest.approx(2149.95)
    assert fields["total_amount"] == pytest.approx(11497.55)


def test_italian_courtesy_copy_grids_with_figures_at_the_right_edge() -> None:
    # FatturaPA courtesy copy: captions flush left, figures flush right in each column, a
    # lone "Totale documento" column and the withholding ("ritenuta") in a grid of its own.
    fields = _amounts(
        [
            (33, 330, "Esigibilità IVA"),
            (160, 330, "%IVA"),
            (215, 330, "Spese accessorie"),
            (330, 330, "Totale imponibile"),
            (450, 330, "Totale imposta"),
            (34, 344, "I (immediata)"),
            _right(190, 344, "22,00"),
            _right(430, 344, "2.423,20"),
            _right(562, 344, "533,10"),
            (33, 368, "Importo bollo"),
            (215, 368, "Valuta"),
            (330, 368, "Totale documento"),
            (230, 382, "EUR"),
            _right(562, 382, "2.956,30"),
            (33, 406, "Ritenuta d'acconto"),
            (160, 406, "Tipo"),
            (330, 406, "Aliquota"),
            (450, 406, "Importo"),
            (33, 420, "RT01"),
            _right(400, 420, "20,00"),
            _right(562, 420, "466,00"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(2423.20),
        "tax_amount": pytest.approx(533.10),
        "total_amount": pytest.approx(2956.30),
        "amount_due": pytest.approx(2490.30),
    }


def test_bases_and_taxes_per_rate_without_a_total_column() -> None:
    # Spanish ERP footer: two VAT rates, no total column; the total is boxed elsewhere.
    fields = _amounts(
        [
            (80, 300, "IMPORTE BRUTO"),
            (200, 300, "PORTES"),
            (290, 300, "BASE IMPONIBLE"),
            (400, 300, "%IVA"),
            (460, 300, "IMPORTE IVA"),
            _right(160, 314, "1.214,58"),
            _right(240, 314, "15,00"),
            _right(370, 314, "487,68"),
            _right(425, 314, "21,00"),
            _right(520, 314, "102,41"),
            _right(370, 328, "741,90"),
            _right(425, 328, "10,00"),
            _right(520, 328, "74,19"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(1229.58)
    assert fields["tax_amount"] == pytest.approx(176.60)
    assert fields["total_amount"] == pytest.approx(1406.18)


def test_final_invoice_less_advance_invoices() -> None:
    # German Schlussrechnung: the work, two advance invoices deducted, the rest to pay.
    fields = _amounts(
        [
            _right(411, 300, "netto"),
            _right(473, 300, "USt. 19 %"),
            _right(538, 300, "brutto"),
            (50, 314, "Gesamtleistung"),
            _right(411, 314, "63.112,00"),
            _right(473, 314, "11.991,28"),
            _right(538, 314, "75.103,28"),
            (50, 328, "abzgl. Abschlagsrechnung AR-11 vom 14.02.2025"),
            _right(411, 328, "-15.000,00"),
            _right(473, 328, "-2.850,00"),
            _right(538, 328, "-17.850,00"),
            (50, 342, "abzgl. Abschlagsrechnung AR-27 vom 04.04.2025"),
            _right(411, 342, "-20.000,00"),
            _right(473, 342, "-3.800,00"),
            _right(538, 342, "-23.800,00"),
            (50, 356, "Restforderung (zu zahlen)"),
            _right(411, 356, "28.112,00"),
            _right(473, 356, "5.341,28"),
            _right(538, 356, "33.453,28"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(63112.00),
        "tax_amount": pytest.approx(11991.28),
        "total_amount": pytest.approx(75103.28),
        "amount_due": pytest.approx(33453.28),
    }


def test_summary_row_of_net_tax_and_gross_under_unreadable_captions() -> None:
    # The captions above run together in the text layer; the "Razem" row's three figures
    # add up (net + tax = gross), so its first figure is no total.
    fields = _amounts(
        [
            (331, 300, "Stawka VATWartosc nettoKwota VATWartosc brutto"),
            _right(383, 314, "Razem"),
            _right(443, 314, "26 169,00"),
            _right(491, 314, "6 018,87"),
            _right(551, 314, "32 187,87"),
            (331, 340, "Do zaplaty"),
            _right(554, 340, "32 187,87 PLN"),
            (331, 354, "Zaplacono"),
            _right(554, 354, "10 000,00 PLN"),
            (331, 368, "Pozostalo do zaplaty 22 187,87 PLN"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(26169.00),
        "tax_amount": pytest.approx(6018.87),
        "total_amount": pytest.approx(32187.87),
        "amount_due": pytest.approx(22187.87),
    }


def test_gst_summary_rows_open_with_their_codes_and_the_total_is_rounded_off() -> None:
    # Tally: the net is an uncaptioned subtotal; the HSN summary below gives it, in lakhs.
    fields = _amounts(
        [
            _right(556, 280, "1,00,975.00"),
            (238, 294, "CGST@ 9%"),
            _right(556, 294, "9,087.75"),
            (238, 308, "SGST@ 9%"),
            _right(556, 308, "9,087.75"),
            (245, 322, "Round Off"),
            _right(556, 322, "0.50"),
            (243, 340, "Total"),
            _right(556, 340, "1,19,151.00"),
            (40, 370, "HSN/SAC"),
            (150, 370, "Taxable Value"),
            (270, 370, "CGST Amount"),
            (370, 370, "SGST Amount"),
            (470, 370, "Total Tax Amount"),
            (40, 384, "85444999"),
            _right(230, 384, "58,200.00"),
            _right(340, 384, "5,238.00"),
            _right(440, 384, "5,238.00"),
            _right(556, 384, "10,476.00"),
            (40, 398, "995461"),
            _right(230, 398, "42,775.00"),
            _right(340, 398, "3,849.75"),
            _right(440, 398, "3,849.75"),
            _right(556, 398, "7,699.50"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(100975.00)
    assert fields["tax_amount"] == pytest.approx(18175.50)
    assert fields["total_amount"] == pytest.approx(119151.00)


@pytest.mark.parametrize(
    ("text", "key", "caption"),
    [
        ("Celkem bez DPH", "net_amount", "Celkem bez DPH"),
        ("Základ DPH 21 %", "net_amount", "Základ DPH"),
        ("DPH celkem", "tax_amount", "DPH celkem"),
        ("Celkem s DPH", "total_amount", "Celkem s DPH"),
        ("Celkem k úhradě", "amount_due", "k úhradě"),
        ("Veroton yhteensä", "net_amount", "Veroton yhteensä"),
        ("ALV yhteensä", "tax_amount", "ALV yhteensä"),
        ("Maksettava yhteensä", "amount_due", "Maksettava yhteensä"),
        ("Montant hors taxes", "net_amount", "Montant hors taxes"),
        ("Total Mercadoria/Serviços", "net_amount", "Total Mercadoria/Serviços"),
        ("Total Documento (EUR)", "total_amount", "Total Documento"),
        ("Totale imposta", "tax_amount", "Totale imposta"),
        ("Líquido a percibir", "amount_due", "Líquido a percibir"),
        ("Nettobeitrag", "net_amount", "Nettobeitrag"),
        ("Zu zahlender Jahresbeitrag", "amount_due", "Zu zahlender Jahresbeitrag"),
        ("Balance EUR 0.00", "amount_due", "Balance"),
        ("Saldo: € 0,00", "amount_due", "Saldo:"),
        ("Solde restant dû", "amount_due", "restant dû"),
        ("Total to pay", "amount_due", "Total to pay"),
        ("Total new charges excluding VAT", "net_amount", "Total new charges excluding VAT"),
        ("Total (ex VAT)", "net_amount", "Total (ex VAT)"),
        ("Montant total à payer", "amount_due", "Montant total à payer"),
        ("Offener Saldo 0,00", "amount_due", "Offener Saldo"),
        ("Restsaldo EUR 0,00", "amount_due", "Restsaldo"),
        ("Total payment 8,991.64 RON", "amount_due", "Total payment"),
        ("Valor do ISS (R$)", "tax_amount", "Valor do ISS"),
    ],
)
def test_czech_finnish_and_romance_totals_captions(text: str, key: str, caption: str) -> None:
    found = LABELS_BY_RANK[key].search(text)
    assert found is not None and found.group() == caption


def test_a_balance_carried_over_is_no_amount_due() -> None:
    for text in (
        "Balance brought forward £0.00",
        "Previous balance £52.40",
        "Saldo anterior 9,00",
        "Total payments received £52.40",
    ):
        assert LABELS_BY_RANK["amount_due"].search(text) is None


def test_dph_without_or_with_names_no_tax_and_alv_rek_is_an_id() -> None:
    for text in ("Celkem bez DPH", "Celkem s DPH", "Základ DPH", "ALV-rek. FI28471648"):
        assert LABELS_BY_RANK["tax_amount"].search(text) is None


def test_uncaptioned_subtotal_over_the_tax_lines_is_the_net() -> None:
    # Tally without its HSN summary: the items' sum printed alone over CGST / SGST.
    fields = _amounts(
        [
            (64, 280, "Electrical Installation & Testing Charges"),
            _right(556, 280, "8,500.00"),
            _right(556, 294, "1,00,975.00"),
            (238, 308, "CGST@ 9%"),
            _right(556, 308, "9,087.75"),
            (238, 322, "SGST@ 9%"),
            _right(556, 322, "9,087.75"),
            (245, 336, "Round Off"),
            _right(556, 336, "0.50"),
            (243, 354, "Total"),
            _right(556, 354, "1,19,151.00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(100975.00)
    assert fields["tax_amount"] == pytest.approx(18175.50)
    assert fields["total_amount"] == pytest.approx(119151.00)


def test_total_row_of_net_and_gross_gives_the_gross() -> None:
    # A marketplace invoice: the item table's "Gesamt" row prints the net and gross columns'
    # sums; the VAT table below prints net and tax. Read by its caption, the first would pass.
    fields = _amounts(
        [
            (40, 300, "Gesamt"),
            _right(491, 300, "99,81 €"),
            _right(552, 300, "115,87 €"),
            (304, 330, "USt. %"),
            (368, 330, "Zwischensumme (ohne USt.)"),
            (537, 330, "USt."),
            _right(478, 346, "24,30 €"),
            (303, 346, "7%"),
            _right(553, 346, "1,70 €"),
            (303, 362, "19%"),
            _right(478, 362, "75,51 €"),
            _right(553, 362, "14,36 €"),
            (303, 378, "Gesamt"),
            _right(478, 378, "99,81 €"),
            _right(553, 378, "16,06 €"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(99.81)
    assert fields["tax_amount"] == pytest.approx(16.06)
    assert fields["total_amount"] == pytest.approx(115.87)


def test_zero_rated_tax_line_with_words_between_gives_a_tax_of_zero() -> None:
    # An airline's invoice sets each word apart; the reason for the zero rate stands between.
    words = ["VAT", "0%", "(intra-EU", "passenger", "transport,", "zero", "rated)"]
    line, x = [], 240.0
    for word in words:
        line.append((x, 330.0, word))
        x += stringWidth(word, "Helvetica", 10) + 8
    fields = _amounts(
        [
            (240, 316, "Total excl. VAT"),
            _right(500, 316, "EUR"),
            _right(550, 316, "338.36"),
            *line,
            _right(525, 330, "EUR"),
            _right(550, 330, "0.00"),
            (240, 344, "Total"),
            _right(515, 344, "EUR"),
            _right(550, 344, "338.36"),
            (240, 358, "Paid (Visa ending 0092)"),
            _right(515, 358, "EUR"),
            _right(550, 358, "338.36"),
            (240, 372, "Balance"),
            _right(525, 372, "EUR"),
            _right(550, 372, "0.00"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(338.36),
        "tax_amount": pytest.approx(0.0),
        "total_amount": pytest.approx(338.36),
        "amount_due": pytest.approx(0.0),
    }


def test_total_row_under_the_item_tables_value_and_vat_columns() -> None:
    # A Romanian invoice: the items' "Value" and "VAT value" columns summed on a "Total" row
    # captioned by the table's header alone, then the sum to pay.
    fields = _amounts(
        [
            (40, 200, "No."),
            (70, 200, "Description"),
            (330, 200, "Qty"),
            (370, 200, "Unit price"),
            (458, 200, "Value"),
            (508, 200, "VAT value"),
            (50, 216, "1"),
            (70, 216, "Sworn translation"),
            (334, 216, "118"),
            _right(412, 216, "42.00"),
            _right(482, 216, "4,956.00"),
            _right(553, 216, "941.64"),
            (50, 230, "2"),
            (70, 230, "Urgency surcharge"),
            (334, 230, "1"),
            _right(412, 230, "2,600.00"),
            _right(482, 230, "2,600.00"),
            _right(553, 230, "494.00"),
            (40, 260, "Signature and stamp"),
            (330, 260, "Total"),
            _right(450, 260, "7,556.00"),
            _right(551, 260, "1,435.64"),
            (330, 276, "Total payment"),
            (467, 276, "8,991.64 RON"),
        ]
    )
    assert fields == {
        "net_amount": pytest.approx(7556.00),
        "tax_amount": pytest.approx(1435.64),
        "total_amount": pytest.approx(8991.64),
        "amount_due": pytest.approx(8991.64),
    }
