"""Captions of Central/Eastern European and Baltic invoices (sk, cs, hu, ro, sl, hr, bg, et,
lv, lt): header fields, parties, item columns, credit notes; and an Estonian invoice read
whole."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text
from facturist.engine.labels import (
    BUYER_SECTION,
    CREDIT_NOTE,
    LABELS_BY_RANK,
    NAME_LABEL,
    SELLER_SECTION,
)

from .conftest import make_invoice_pdf


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("invoice_number", "Faktúra č. 2025031"),
        ("invoice_number", "Számlaszám E-DUNA-2025-58"),
        ("invoice_number", "Številka: 25-0087"),
        ("invoice_number", "RAČUN br. 87/1/1"),
        ("invoice_number", "№ 0000001247"),
        ("invoice_number", "ARVE nr 25-118"),
        ("invoice_date", "Dátum vyhotovenia: 05.03.2025"),
        ("invoice_date", "Számla kelte"),
        ("invoice_date", "Дата на издаване: 04.03.2025 г."),
        ("due_date", "Termin zapłaty: 2025-03-26"),
        ("due_date", "Dátum splatnosti:"),
        ("due_date", "Fizetési határidő"),
        ("due_date", "Termen plată: 03.04.2025"),
        ("due_date", "Rok plačila: 19. 3. 2025"),
        ("due_date", "Dospijeće plaćanja: 03.04.2025."),
        ("due_date", "Срок за плащане: 18.03.2025 г."),
        ("due_date", "Maksetähtaeg 18.03.2025"),
        ("due_date", "Apmaksas termiņš: 2025. gada 18. martā"),
        ("due_date", "Apmokėti iki: 2025-03-18"),
        ("net_amount", "Skupaj brez DDV 5.120,00"),
        ("net_amount", "Ukupno bez PDV-a: 1.874,00 EUR"),
        ("net_amount", "Данъчна основа: 1 243,00"),
        ("net_amount", "Summa km-ta 1561,20"),
        ("net_amount", "Suma be PVM: 2 417,00"),
        ("tax_amount", "DDV 22 % 1.126,40"),
        ("tax_amount", "PDV 25%: 468,50 EUR"),
        ("tax_amount", "ДДС 20 %: 248,60"),
        ("tax_amount", "Käibemaks 22% 343,46"),
        ("tax_amount", "PVN 21% 854.11"),
        ("tax_amount", "PVM 21 %: 507,57"),
        ("total_amount", "Spolu s DPH 3 346,22 €"),
        ("total_amount", "Iš viso su PVM: 2 924,57"),
        ("amount_due", "Suma na úhradu 2 346,22 €"),
        ("amount_due", "Fizetendő: 645 732 Ft"),
        ("amount_due", "Za plačilo EUR 6.246,40"),
        ("amount_due", "Ukupno za platiti: 2.342,50 EUR"),
        ("amount_due", "Сума за плащане: 1 491,60"),
        ("amount_due", "Kokku tasuda EUR 1904,66"),
        ("amount_due", "Summa apmaksai EUR 4921.31"),
        ("seller_vat_id", "IČ DPH: SK2022776481"),
        ("seller_vat_id", "Adószám: 24678155-2-13"),
        ("seller_vat_id", "ID za DDV: SI81274068"),
        ("seller_vat_id", "OIB: 47193826056"),
        ("seller_vat_id", "ИН по ЗДДС: BG204175935"),
        ("seller_vat_id", "KMKR EE102584369"),
        ("seller_vat_id", "PVN reģ. Nr. LV40103821578"),
        ("seller_vat_id", "PVM mokėtojo kodas: LT107428517"),
    ],
)
def test_east_european_field_captions(field: str, text: str) -> None:
    assert LABELS_BY_RANK[field].search(text) is not None


@pytest.mark.parametrize(
    ("field", "text"),
    [
        # A VAT ID's caption, "without VAT", a bank account: no tax amount, no number.
        ("tax_amount", "ID za DDV: SI81274068"),
        ("tax_amount", "PVN reģ. Nr. LV40103821578"),
        ("tax_amount", "PVM mokėtojo kodas: LT107428517"),
        ("tax_amount", "ИН по ЗДДС: BG204175935"),
        ("tax_amount", "Suma be PVM"),
        ("invoice_number", "Bankszámlaszám: 11773016-20547193-80000001"),
        ("amount_due", "Apmokėti iki: 2025-03-18"),
    ],
)
def test_east_european_captions_that_name_something_else(field: str, text: str) -> None:
    assert LABELS_BY_RANK[field].search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dodávateľ",
        "Eladó",
        "Furnizor:",
        "Prodajalec",
        "Доставчик",
        "Müüja",
        "Piegādātājs:",
        "Pardavėjas",
    ],
)
def test_seller_captions(text: str) -> None:
    assert SELLER_SECTION.match(text) is not None


@pytest.mark.parametrize(
    "text",
    ["Odberateľ", "Vevő", "Kupec:", "Kupac:", "Получател", "Maksja:", "Saņēmējs:", "Pirkėjas"],
)
def test_buyer_captions(text: str) -> None:
    assert BUYER_SECTION.match(text) is not None


def test_name_captions_of_bulgarian_and_latvian_forms() -> None:
    assert NAME_LABEL.match("Име на фирма: „Родопа Мебел“ ЕООД") is not None
    assert NAME_LABEL.match("Nosaukums SIA „Latgran”") is not None


def test_czech_credit_note_title() -> None:
    assert CREDIT_NOTE.search("OPRAVNÝ DAŇOVÝ DOKLAD – DOBROPIS") is not None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Množ.", "quantity"),
        ("Menny.", "quantity"),
        ("Kol.", "quantity"),
        ("Кол.", "quantity"),
        ("Kogus", "quantity"),
        ("Daudz.", "quantity"),
        ("Kiekis", "quantity"),
        ("egységár", "unit_price"),
        ("Pret unitar", "unit_price"),
        ("Cijena", "unit_price"),
        ("Ед. цена", "unit_price"),
        ("Hind", "unit_price"),
        ("Kaina,", "unit_price"),
        ("Valoarea", "amount"),
        ("Vrednost", "amount"),
        ("Iznos", "amount"),
        ("Стойност", "amount"),
        ("Suma,", "amount"),
        ("Valoarea TVA", "vat_rate"),
        ("DDV", "vat_rate"),
        ("Pop. %", "discount"),
        ("Megnevezés", "description"),
        ("Naziv", "description"),
        ("Наименование на стоката/услугата", "description"),
        ("Artikkel", "description"),
        ("Pavadinimas", "description"),
    ],
)
def test_east_european_column_captions(text: str, category: str) -> None:
    assert classify_text(text) == category


def test_estonian_invoice_read_whole() -> None:
    rows = [
        (60, 60, "Põhjala Puit OÜ"),
        (60, 72, "Tööstuse 48"),
        (60, 84, "10416 Tallinn"),
        (60, 96, "KMKR EE102584369"),
        (60, 150, "ARVE nr 25-118"),
        (60, 170, "Maksja:"),
        (330, 170, "Kuupäev 04.03.2025"),
        (60, 182, "Tartu Ehitus AS"),
        (330, 182, "Maksetähtaeg 18.03.2025"),
        (60, 194, "Riia 181a"),
        (60, 206, "51014 Tartu"),
        (60, 260, "Artikkel"),
        (300, 260, "Kogus"),
        (380, 260, "Hind"),
        (470, 260, "Summa"),
        (60, 280, "Terrassilaud lehis 28x120 mm"),
        (300, 280, "240,00"),
        (380, 280, "4,35"),
        (470, 280, "1044,00"),
        (60, 295, "Transport Tartusse"),
        (300, 295, "1,00"),
        (380, 295, "160,00"),
        (470, 295, "160,00"),
        (380, 330, "Summa km-ta"),
        (470, 330, "1204,00"),
        (380, 345, "Käibemaks 22%"),
        (470, 345, "264,88"),
        (380, 360, "Kokku tasuda EUR"),
        (470, 360, "1468,88"),
    ]
    result = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields = result["fields"]
    assert fields["invoice_number"] == "25-118"
    assert fields["due_date"] == "2025-03-18"
    assert fields["seller_vat_id"] == "EE102584369"
    assert fields["net_amount"] == 1204.0
    assert fields["tax_amount"] == 264.88
    assert fields["amount_due"] == 1468.88
    lines = result["line_items"]
    assert [(line["quantity"], line["unit_price"], line["amount"]) for line in lines] == [
        (240.0, 4.35, 1044.0),
        (1.0, 160.0, 160.0),
    ]


def test_lithuanian_series_and_number() -> None:
    rows = [
        (200, 60, "PVM SASKAITA FAKTURA"),
        (210, 75, "Serija VLN Nr. 000318"),
        (60, 130, "UAB Gedimino spauda"),
        (60, 142, "Savanoriu pr. 178, LT-03154 Vilnius"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "VLN 000318"
