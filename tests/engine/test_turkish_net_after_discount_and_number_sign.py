"""A Turkish e-archive invoice's net after its discount, and Zoho's bare number sign.

Conventions:
- Turkish totals print "Mal Hizmet Toplam Tutarı" (the goods' sum), "Toplam İskonto" (the
  discount), then "Vergi Hariç Tutar" (the amount without tax): the net is the last, the
  goods' sum only where no such line follows. A discount row closing on its figure and the
  currency's code ("124,90 TL") is a row, no clause naming the net under it.
- Zoho's details grid opens on a bare "#" and its colon before the invoice's number
  ("# : NCW/2425/0391" over "Invoice Date : 18/03/2025").
"""

from __future__ import annotations

from .conftest import header_values


def test_vergi_haric_tutar_after_the_discount_is_the_net() -> None:
    values = header_values(
        [
            (40, 40, "Moda Kanvas Tekstil Ltd. Şti."),
            (350, 80, "Fatura No : MKT2025000000412"),
            (350, 92, "Fatura Tarihi : 14.03.2025"),
            (383, 374, "Mal Hizmet Toplam Tutarı 3.027,80 TL"),
            (424, 386, "Toplam İskonto 124,90 TL"),
            (417, 400, "Vergi Hariç Tutar 2.902,90 TL"),
            (397, 413, "Hesaplanan KDV(%20) 580,58 TL"),
            (374, 426, "Vergiler Dahil Toplam Tutar 3.483,48 TL"),
            (423, 438, "Ödenecek Tutar 3.483,48 TL"),
        ]
    )
    assert values["net_amount"] == 2902.90
    assert values["tax_amount"] == 580.58


def test_the_goods_sum_is_the_net_without_a_later_net_line() -> None:
    values = header_values(
        [
            (40, 40, "Moda Kanvas Tekstil Ltd. Şti."),
            (350, 80, "Fatura No : MKT2025000000412"),
            (383, 374, "Mal Hizmet Toplam Tutarı 2.902,90 TL"),
            (397, 413, "Hesaplanan KDV(%20) 580,58 TL"),
            (374, 426, "Vergiler Dahil Toplam Tutar 3.483,48 TL"),
        ]
    )
    assert values["net_amount"] == 2902.90


def test_a_bare_number_sign_opening_the_details_grid_captions_the_number() -> None:
    values = header_values(
        [
            (101, 40, "Nimbus Cloudworks Private Limited"),
            (43, 130, "#"),
            (127, 130, ": NCW/2425/0391"),
            (304, 130, "Place Of Supply"),
            (389, 130, ": Delhi (07)"),
            (43, 142, "Invoice Date"),
            (127, 142, ": 18/03/2025"),
            (43, 290, "#"),
            (63, 290, "Item & Description"),
            (313, 290, "Qty"),
            (361, 290, "Rate"),
            (504, 290, "Amount"),
            (45, 312, "1"),
            (63, 312, "Plan"),
            (314, 312, "25.00"),
            (361, 312, "3,600.00"),
            (515, 312, "90,000.00"),
            (446, 434, "Total 90,000.00"),
        ]
    )
    assert values["invoice_number"] == "NCW/2425/0391"
