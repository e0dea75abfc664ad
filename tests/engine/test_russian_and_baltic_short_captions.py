"""Russian captions (Baltic and CIS invoices printed in Russian: "СЧЁТ №", "Дата счёта", "Срок
оплаты", "Сумма без НДС", "НДС", "Итого", "К оплате", item columns "Наименование | Кол-во |
Цена | Сумма"), short Baltic captions ("Datums", "PVM k.", "PVN Nr.") and Baltic and Russian
credit-note titles; and a Russian invoice read whole."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text
from facturist.engine.labels import CREDIT_NOTE, LABELS_BY_RANK
from facturist.engine.ownnumber import title_number

from .conftest import SizedText, make_aligned_pdf, spaced_lines

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("invoice_number", "СЧЁТ № 26/031"),
        ("invoice_number", "Счет-фактура № 118"),
        ("invoice_number", "Номер счёта: 2025-77"),
        ("invoice_date", "Дата счёта: 05.03.2026"),
        ("invoice_date", "Дата: 05.03.2026"),
        ("invoice_date", "Datums: 05.03.2026"),
        ("invoice_date", "Data: 2026-03-05"),
        ("due_date", "Срок оплаты: 04.04.2026"),
        ("due_date", "Оплатить до 04.04.2026"),
        ("net_amount", "Сумма без НДС: 1 210,80"),
        ("tax_amount", "НДС 24 %: 290,59"),
        ("total_amount", "Итого: 1 501,39"),
        ("total_amount", "Всего с НДС: 1 501,39"),
        ("amount_due", "К оплате, EUR: 1 501,39"),
        ("amount_due", "Всего к оплате: 1 501,39"),
        ("seller_vat_id", "PVM k. LT100287719313"),
        ("seller_vat_id", "PVN Nr. LV50003184267"),
        ("seller_vat_id", "ИНН 7707083893"),
        # OCR's readings of the Latvian "Ē" and "ģ".
        ("invoice_number", "RÈKINS Nr. 26-031"),
        ("seller_vat_id", "PVN reġ. Nr. LV40003175525"),
    ],
)
def test_russian_and_short_baltic_captions(field: str, text: str) -> None:
    assert LABELS_BY_RANK[field].search(text) is not None


@pytest.mark.parametrize(
    ("field", "text"),
    [
        # A net's caption, a VAT ID's, a payment's account: no tax amount, no total.
        ("tax_amount", "Сумма без НДС: 1 210,80"),
        ("tax_amount", "PVM k. LT100287719313"),
        ("tax_amount", "PVN Nr. LV50003184267"),
        ("tax_amount", "PVN reġ. Nr. LV40003175525"),
        ("total_amount", "Сумма без НДС: 1 210,80"),
        ("invoice_number", "Оплата банковским переводом на счёт:"),
    ],
)
def test_captions_that_name_something_else(field: str, text: str) -> None:
    assert LABELS_BY_RANK[field].search(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Наименование", "description"),
        ("Товар", "description"),
        ("Кол-во", "quantity"),
        ("Количество", "quantity"),
        ("Цена, EUR", "unit_price"),
        ("Сумма, EUR", "amount"),
        ("Стоимость", "amount"),
    ],
)
def test_russian_column_captions(text: str, category: str) -> None:
    assert classify_text(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "KREDITINĖ PVM SĄSKAITA FAKTŪRA",
        "Kredītrēķins Nr. 12",
        "KREEDITARVE nr 5",
        "КРЕДИТ-НОТА № 4",
        "Корректировочный счёт-фактура № 9",
    ],
)
def test_baltic_and_russian_credit_note_titles(text: str) -> None:
    assert CREDIT_NOTE.search(text) is not None


def test_russian_invoice_read_whole() -> None:
    texts: list[SizedText] = [
        (40, 44, "ЛАДОГА ТЕХНИКА OÜ", 14),
        (40, 62, "Pikk 12, 10123 Tallinn, Eesti", 8),
        (40, 74, "Рег. код 12345678 · KMKR EE101234567", 8),
        (40, 125, "СЧЁТ № 25/114", 12),
        (330, 125, "Покупатель:", 8),
        (330, 140, "Pärnu Kaubandus OÜ", 8),
        (330, 152, "Rüütli 5, 80010 Pärnu", 8),
        (40, 150, "Дата счёта:", 8),
        (130, 150, "12.02.2026", 8),
        (40, 164, "Срок оплаты:", 8),
        (130, 164, "26.02.2026", 8),
        (46, 250, "№", 8),
        (70, 250, "Наименование", 8),
        (300, 250, "Кол-во", 8),
        (350, 250, "Ед.", 8),
        (440, 250, ">Цена, EUR", 8),
        (540, 250, ">Сумма, EUR", 8),
        (46, 268, "1", 8),
        (70, 268, "Монтаж оборудования", 8),
        (300, 268, "3", 8),
        (350, 268, "ч", 8),
        (440, 268, ">40,00", 8),
        (540, 268, ">120,00", 8),
        (46, 284, "2", 8),
        (70, 284, "Кабель силовой", 8),
        (300, 284, "20", 8),
        (350, 284, "м", 8),
        (440, 284, ">4,00", 8),
        (540, 284, ">80,00", 8),
        (460, 320, ">Сумма без НДС:", 8),
        (540, 320, ">200,00", 8),
        (460, 334, ">НДС 24 %:", 8),
        (540, 334, ">48,00", 8),
        (460, 348, ">Итого:", 8),
        (540, 348, ">248,00", 8),
        (460, 362, ">К оплате, EUR:", 8),
        (540, 362, ">248,00", 8),
    ]
    result = extract_canonical(make_aligned_pdf(texts, font=_FONT), use_einvoice=False)
    fields = result["fields"]
    assert fields.get("invoice_number") == "25/114"
    assert fields.get("invoice_date") == "2026-02-12"
    assert fields.get("due_date") == "2026-02-26"
    assert fields.get("net_amount") == 200.0
    assert fields.get("tax_amount") == 48.0
    assert fields.get("total_amount") == 248.0
    assert fields.get("amount_due") == 248.0
    assert [row["amount"] for row in result["line_items"]] == [120.0, 80.0]


def test_series_with_a_baltic_capital_and_a_hyphen() -> None:
    lines = spaced_lines(
        [
            (40, 100, "KREDITINĖ PVM SĄSKAITA FAKTŪRA"),
            (40, 120, "Serija ŠSC-K Nr. 00027"),
            (40, 140, "Data 2026-03-05"),
        ]
    )
    found = title_number(lines)
    assert found is not None
    assert found.value == "ŠSC-K 00027"
