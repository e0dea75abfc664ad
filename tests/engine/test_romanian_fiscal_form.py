"""A Romanian "FACTURĂ FISCALĂ" form, as statutory Eastern European forms set it out.

- The item captions stack over three lines ("Pretul unitar" / "(fara TVA)" / "-lei",
  "Valoarea" / "-lei", "Valoarea" / "T.V.A." / "-lei") over a row of column numbers ("0 | 1 |
  ... | 5 (3x4) | 6"): the dotted "T.V.A." under a value caption makes that column the line's
  tax, never its amount; the "Total" row under the two value columns gives net and tax.
- The title box between the parties dates the form under a caption with a format hint in
  brackets ("Data (ziua, luna, anul):" over "11.03.2026").
- A "Sediul:" row ending in a comma goes on, past a line of the middle box beside it, with
  its town on the next line ("Brasov, jud. Brasov").
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_FORM = [
    (40, 42, "Furnizor:", 8.0),
    (390, 42, "Cumparator:", 8.0),
    (40, 52, "TRANSCOM LOGISTIC S.R.L.", 8.0),
    (298, 52, "=FACTURA", 12.0),
    (390, 52, "MAGAZIN CENTRAL S.R.L.", 8.0),
    (40, 66, "Nr. ORC: J12/1234/2015", 8.0),
    (298, 66, "=FISCALA", 12.0),
    (390, 66, "Nr. ORC: J05/456/2018", 8.0),
    (40, 77, "CUI: RO33049175", 8.0),
    (390, 77, "CIF: RO41270958", 8.0),
    (40, 88, "Sediul: Str. Morilor nr. 17,", 8.0),
    (390, 88, "Sediul: Bd. Unirii nr. 9,", 8.0),
    (240, 95, "Seria TLC nr. 0001234", 9.0),
    (40, 99, "Brasov, jud. Brasov", 8.0),
    (390, 99, "bl. C2, ap. 7, Arad, jud. Arad", 8.0),
    (40, 108, "Capital social: 200 lei", 8.0),
    (298, 108, "=Data (ziua, luna, anul):", 8.0),
    (390, 108, "Banca: BCR", 8.0),
    (40, 119, "Cont: RO48BTRL01301202K48193XX", 8.0),
    (298, 119, "=12.05.2026", 9.0),
    (390, 119, "Cota T.V.A.: 21%", 8.0),
    (40, 172, "Termen de plata: 30 zile (scadenta 11.06.2026)", 8.0),
]
_ITEMS = [
    (48, 194, "Nr.", 7.0),
    (75, 194, "Denumirea produselor", 7.0),
    (283, 194, "U.M.", 7.0),
    (328, 194, "Cant.", 7.0),
    (362, 194, "Pretul unitar", 7.0),
    (447, 194, "Valoarea", 7.0),
    (515, 194, "Valoarea", 7.0),
    (47, 203, "crt.", 7.0),
    (80, 203, "sau a serviciilor", 7.0),
    (364, 203, "(fara TVA)", 7.0),
    (455, 203, "-lei-", 7.0),
    (522, 203, "T.V.A.", 7.0),
    (376, 212, "-lei-", 7.0),
    (524, 212, "-lei-", 7.0),
    (52, 228, "0", 7.0),
    (160, 228, "1", 7.0),
    (290, 228, "2", 7.0),
    (335, 228, "3", 7.0),
    (385, 228, "4", 7.0),
    (450, 228, "5 (3x4)", 7.0),
    (532, 228, "6", 7.0),
    (52, 244, "1", 8.0),
    (72, 244, "Transport marfa Brasov - Arad", 8.0),
    (283, 244, "cursa", 8.0),
    (345, 244, ">3", 8.0),
    (415, 244, ">2.150,00", 8.0),
    (485, 244, ">6.450,00", 8.0),
    (550, 244, ">1.354,50", 8.0),
    (52, 270, "2", 8.0),
    (72, 270, "Manipulare paleti", 8.0),
    (283, 270, "buc", 8.0),
    (345, 270, ">66", 8.0),
    (415, 270, ">18,50", 8.0),
    (485, 270, ">1.221,00", 8.0),
    (550, 270, ">256,41", 8.0),
    (46, 385, "Semnatura si stampila furnizorului", 8.0),
    (400, 385, "Total", 8.0),
    (485, 385, ">7.671,00", 8.0),
    (550, 385, ">1.610,91", 8.0),
    (46, 403, "Date privind expeditia:", 8.0),
    (400, 403, "Total de plata", 8.0),
    (550, 403, ">9.281,91 lei", 8.0),
    (400, 412, "(col. 5 + col. 6)", 7.0),
]


def _result() -> dict[str, Any]:
    return extract_canonical(make_aligned_pdf(_FORM + _ITEMS), use_einvoice=False)


def test_a_dotted_tax_caption_under_a_value_caption_heads_the_lines_tax() -> None:
    result = _result()
    items = [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]
    assert items == [
        {
            "description": "Transport marfa Brasov - Arad",
            "quantity": 3.0,
            "unit_price": 2150.0,
            "amount": 6450.0,
        },
        {
            "description": "Manipulare paleti",
            "quantity": 66.0,
            "unit_price": 18.5,
            "amount": 1221.0,
        },
    ]
    fields = result["fields"]
    assert fields["net_amount"] == 7671.0
    assert fields["tax_amount"] == 1610.91
    assert fields["total_amount"] == 9281.91


def test_a_date_caption_with_its_format_in_brackets_dates_the_form() -> None:
    assert _result()["fields"].get("invoice_date") == "2026-05-12"


def test_a_captioned_address_ending_in_a_comma_goes_on_with_its_town() -> None:
    fields = _result()["fields"]
    assert fields["seller_address"] == "Str. Morilor nr. 17, Brasov, jud. Brasov"
    assert fields["buyer_address"] == "Bd. Unirii nr. 9, bl. C2, ap. 7, Arad, jud. Arad"
