"""Three readings of Central European invoices:

- a monospaced (DejaVu Sans Mono) form in a currency without minor units, its whole amounts
  grouped by a space as wide as a letter ("9 500", "152 000"): one figure each where the row's
  arithmetic agrees (monospacedwholegroups.py), a quantity one space before its price kept;
- a correction note printing each item's name on a line of its own over its "przed korektą /
  po korekcie / korekta" rows (correctionitems.py);
- an item's name wrapped onto a line in smaller print carrying a reference or an ISBN: the
  name goes on after a dangling dash (dashlines.py), and an ogonek is no descender
  (printsize.py)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages

_FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", _FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSansMono", _FONTS + "DejaVuSansMono.ttf"))


def _extract(texts: list[SizedText], font: str) -> dict[str, Any]:
    return extract_canonical(make_aligned_pages(texts, font=font), use_einvoice=False)


def _rows(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def _mono_invoice() -> dict[str, Any]:
    s = 8.0
    texts: list[SizedText] = [
        (50, 50, "SZÁMLA", 12),
        (400, 50, "Sorszám: AB-2024/088", s),
        (50, 90, "Eladó: Példa Péter e.v.", s),
        (50, 102, "1052 Budapest, Váci utca 7.", s),
        (300, 90, "Vevő: Minta Kft.", s),
        (300, 102, "9021 Győr, Baross út 3.", s),
        (50, 130, "Számla kelte: 2024.05.06.", s),
        (50, 200, "Megnevezés", s),
        (250, 200, "Menny.", s),
        (330, 200, "Egységár", s),
        (410, 200, "Nettó", s),
        (470, 200, "ÁFA", s),
        (540, 200, ">Bruttó", s),
        (50, 220, "Festési munkadíj", s),
        (270, 220, ">12", s),
        (360, 220, ">8 500", s),
        (440, 220, ">102 000", s),
        (490, 220, ">27 540", s),
        (540, 220, ">129 540", s),
        # A quantity one space before its price: 3 x 500 = 1 500.
        (50, 236, "Csiszolópapír", s),
        (360 - 4 * 0.6 * s, 236, ">3", s),
        (360, 236, ">500", s),
        (440, 236, ">1 500", s),
        (490, 236, ">405", s),
        (540, 236, ">1 905", s),
        (300, 280, "ÖSSZESEN:", s),
        (440, 280, ">103 500", s),
        (490, 280, ">27 945", s),
        (540, 280, ">131 445", s),
        (300, 300, "FIZETENDŐ:", s),
        (540, 300, ">131 445 Ft", s),
    ]
    return _extract(texts, "DejaVuSansMono")


def test_whole_groups_one_monospaced_space_apart_are_one_amount() -> None:
    rows = [(q, p, a) for _, q, p, a in _rows(_mono_invoice())]
    assert rows == [(12.0, 8500.0, 102000.0), (3.0, 500.0, 1500.0)]


def test_whole_totals_read_whole() -> None:
    fields = _mono_invoice()["fields"]
    assert fields["net_amount"] == 103500.0
    assert fields["tax_amount"] == 27945.0
    assert fields["total_amount"] == 131445.0
    assert fields["amount_due"] == 131445.0


def _right(x: float, y: float, text: str, size: float = 8.0) -> SizedText:
    return (x, y, ">" + text, size)


def _labelled(y: float, label: str, qty: str, price: str, net: str) -> list[SizedText]:
    return [(230, y, label, 8), _right(330, y, qty), _right(400, y, price), _right(480, y, net)]


def test_names_on_their_own_line_over_labelled_correction_rows() -> None:
    texts: list[SizedText] = [
        (40, 50, "Hurtownia Przykład Sp. z o.o.", 10),
        (40, 100, "FAKTURA KORYGUJĄCA nr KOR/5/2024", 11),
        (360, 64, "Data wystawienia 03.06.2024", 8),
        (40, 200, "Lp.", 8),
        (60, 200, "Nazwa towaru", 8),
        (300, 200, "Ilość", 8),
        (370, 200, "Cena", 8),
        (440, 200, "Wartość", 8),
        (40, 216, "1", 8),
        (60, 216, "Taśma pakowa brązowa 48 mm", 8),
        *_labelled(230, "przed korektą", "20", "6,50", "130,00"),
        *_labelled(244, "po korekcie", "14", "6,50", "91,00"),
        *_labelled(258, "korekta", "-6", "6,50", "-39,00"),
        (40, 274, "2", 8),
        (60, 274, "Folia stretch 23 mic", 8),
        *_labelled(288, "przed korektą", "5", "42,00", "210,00"),
        *_labelled(302, "po korekcie", "5", "40,00", "200,00"),
        *_labelled(316, "korekta", "0", "-2,00", "-10,00"),
        (40, 350, "Razem korekta:", 8),
        _right(480, 350, "-49,00"),
    ]
    names = [row[0] for row in _rows(_extract(texts, "DejaVuSans"))]
    assert names == ["Taśma pakowa brązowa 48 mm", "Folia stretch 23 mic"]


def test_wrapped_names_keep_their_smaller_second_line() -> None:
    texts: list[SizedText] = [
        (40, 50, "Wydawnictwo Przykład Sp. z o.o.", 10),
        (40, 100, "FAKTURA VAT nr 12/06/2024", 11),
        (360, 64, "Data wystawienia 03.06.2024", 8),
        (40, 200, "Lp.", 7.3),
        (60, 200, "Nazwa towaru lub usługi", 7.3),
        (300, 200, "Ilość", 7.3),
        (370, 200, "Cena", 7.3),
        (440, 200, "Wartość", 7.3),
        (40, 220, "1", 7.8),
        (60, 220, "Audyt bezpieczeństwa sieci –", 7.8),
        _right(320, 220, "3", 7.8),
        _right(400, 220, "950,00", 7.8),
        _right(480, 220, "2 850,00", 7.8),
        (60, 230, "praca audytora (wg zlecenia nr 4/2024)", 7.3),
        (40, 246, "2", 7.8),
        (60, 246, "Atlas grzybów – wydanie", 7.8),
        _right(320, 246, "5", 7.8),
        _right(400, 246, "48,00", 7.8),
        _right(480, 246, "240,00", 7.8),
        (60, 256, "kieszonkowe, ISBN 978-83-000000-0-0", 7.3),
        (300, 290, "Razem:", 7.8),
        _right(480, 290, "3 090,00", 7.8),
    ]
    names = [row[0] for row in _rows(_extract(texts, "DejaVuSans"))]
    assert names == [
        "Audyt bezpieczeństwa sieci – praca audytora (wg zlecenia nr 4/2024)",
        "Atlas grzybów – wydanie kieszonkowe, ISBN 978-83-000000-0-0",
    ]
