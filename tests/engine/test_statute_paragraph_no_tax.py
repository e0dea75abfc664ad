"""Polish (and Czech / Slovak) statute citations number a paragraph "ust." (ustęp):
"art. 28 ust. 3 ustawy o VAT" in an exemption note. Folded, "ust" is also German's tax
caption (USt), so the paragraph's number was read as the tax. After an article's number the
word cites a paragraph, no tax."""

from __future__ import annotations

from .conftest import header_values

_PAGE = [
    (40, 40, "Faktura VAT nr 55/2024"),
    (40, 60, "Data wystawienia: 2024-06-10"),
    (40, 100, "Sprzedawca: Przykład Sp. z o.o."),
    (40, 114, "NIP: PL5260001246"),
    (300, 288, "Razem brutto: 2 400,00"),
    (40, 320, "Do zapłaty: 2 400,00 PLN"),
    (40, 340, "Uwagi: dostawa zwolniona, art. 28 ust. 3 ustawy o VAT - stawka 0%."),
]


def test_paragraph_after_article_number_is_no_tax() -> None:
    values = header_values(_PAGE)
    assert values.get("tax_amount") in (None, 0.0)
    assert values.get("net_amount") in (None, 2400.0)
    assert values.get("total_amount") == 2400.0


def test_german_tax_caption_still_reads() -> None:
    page = [
        (40, 40, "Rechnung Nr. 2024-118"),
        (300, 260, "Nettobetrag: 1.000,00"),
        (300, 274, "USt. 19 %: 190,00"),
        (300, 288, "Gesamtbetrag: 1.190,00"),
    ]
    assert header_values(page).get("tax_amount") == 190.0
