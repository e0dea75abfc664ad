"""Subscription (SaaS) bills: a prorated credit row with no count nor price under its items,
metered usage printed with its unit ("3,210.452 GB-Mo", "9,184.332 1K Req"), a receipt's
summary rows pricing "3 × CHF 29.00" inline, and header values each printed over a small
caption ("12 décembre 2026" over "Date d'échéance")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _extract(texts: list[SizedText]) -> dict[str, object]:
    return extract_canonical(make_sized_pdf(texts), use_einvoice=False)


def test_a_negative_credit_row_without_count_or_price_is_an_item() -> None:
    texts: list[SizedText] = [
        (50, 50, "Wolkenwerk", 16),
        (50, 105, "Wolkenwerk Software GmbH · Rosenthaler Straße 72 · 10119 Berlin", 6),
        (340, 105, "RECHNUNG", 10),
        (50, 119, "Brenner & Sohn Maschinenbau KG", 8),
        (340, 126, "Rechnungsnummer", 8),
        (484, 126, "INV-2026-00412", 8),
        (50, 144, "Industriestraße 17", 8),
        (340, 139, "Rechnungsdatum", 8),
        (503, 139, "01.11.2026", 8),
        (50, 156, "73037 Göppingen", 8),
        (56, 251, "Leistung", 8),
        (304, 251, "Menge", 8),
        (376, 251, "Einzelpreis", 8),
        (513, 251, "Betrag", 8),
        (56, 272, "Business-Tarif (pro Nutzer)", 8),
        (320, 272, "24", 8),
        (390, 272, "29,00 €", 8),
        (505, 272, "696,00 €", 8),
        (56, 285, "Zeitraum 01.11.2026 – 30.11.2026", 6),
        (56, 300, "API-Aufrufe (nutzungsbasiert)", 8),
        (290, 300, "3.918.442", 8),
        (375, 300, "0,000012 €", 8),
        (509, 300, "47,02 €", 8),
        (56, 313, "01.10.2026 – 31.10.2026", 6),
        (56, 328, "Anteilige Gutschrift: 3 Lizenzen entfernt", 8),
        (507, 328, "-39,29 €", 8),
        (56, 341, "18.10.2026 – 31.10.2026", 6),
        (330, 360, "Zwischensumme (netto)", 8),
        (505, 360, "703,73 €", 8),
        (330, 375, "zzgl. 19 % MwSt.", 8),
        (505, 375, "133,71 €", 8),
        (330, 390, "Rechnungsbetrag (brutto)", 8),
        (505, 390, "837,44 €", 8),
    ]
    items = _extract(texts)["line_items"]
    assert isinstance(items, list)
    assert [i["amount"] for i in items] == [696.0, 47.02, -39.29]
    assert items[2]["description"] == "Anteilige Gutschrift: 3 Lizenzen entfernt"
    assert items[2].get("quantity") is None


def _receipt(currency: str) -> list[SizedText]:
    return [
        (238, 65, "Alpenpixel", 18),
        (183, 189, "Receipt from Alpenpixel AG", 14),
        (247, 212, "Receipt #1842-3376", 9),
        (105, 255, "AMOUNT PAID", 6),
        (256, 255, "DATE PAID", 6),
        (386, 255, "PAYMENT METHOD", 6),
        (106, 267, f"{currency} 107.02", 9),
        (256, 267, "Nov 9, 2026", 9),
        (385, 267, "VISA – 4242", 9),
        (106, 305, "SUMMARY", 6),
        (111, 335, "Studio plan × 3 seats", 9),
        (311, 335, f"3 × {currency} 29.00", 9),
        (439, 335, f"{currency} 87.00", 9),
        (111, 349, "Nov 9 – Dec 9, 2026", 7),
        (110, 365, "Add-on: Brand kit", 9),
        (311, 365, f"1 × {currency} 12.00", 9),
        (439, 365, f"{currency} 12.00", 9),
        (111, 379, "Nov 9 – Dec 9, 2026", 7),
        (111, 395, "Subtotal", 9),
        (439, 395, f"{currency} 99.00", 9),
        (111, 412, f"MWST 8.1% ({currency} 99.00)", 9),
        (445, 412, f"{currency} 8.02", 9),
        (110, 429, "Total", 9),
        (433, 429, f"{currency} 107.02", 9),
        (110, 446, "Amount paid", 9),
        (428, 446, f"{currency} 107.02", 9),
        (105, 506, "Alpenpixel AG · Hardturmstrasse 161 · 8005 Zürich · Switzerland", 8),
        (106, 518, "MWST-Nr. CHE-411.872.905 MWST", 7),
    ]


def test_summary_rows_pricing_count_times_price_in_a_currency_code() -> None:
    items = _extract(_receipt("CHF"))["line_items"]
    assert isinstance(items, list)
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Studio plan × 3 seats", 3.0, 29.0, 87.0),
        ("Add-on: Brand kit", 1.0, 12.0, 12.0),
    ]


def test_metered_usage_with_its_unit_under_a_usage_caption() -> None:
    rows = [
        ("$0.0464 per On Demand Linux Instance Hour", "2,184.000 Hrs", "USD 101.34"),
        ("$0.096 per GB-month of provisioned storage", "3,210.452 GB-Mo", "USD 308.20"),
        ("$0.0054 per 1,000 PUT, COPY or LIST requests", "9,184.332 1K Req", "USD 49.60"),
        ("$0.0000166667 per GB-second", "4,822,310.500 GB-s", "USD 80.37"),
        ("$0.20 per 1M requests", "38.415 1M Req", "USD 7.68"),
    ]
    texts: list[SizedText] = [
        (37, 25, "stratocumulus", 14),
        (443, 40, "Invoice Number: EU-1184553", 7),
        (331, 60, "Invoice Date: November 3, 2026", 8),
        (37, 60, "Kernfeld Analytics GmbH", 8),
        (37, 100, "Description", 8),
        (397, 100, "Usage", 8),
        (546, 100, "Amount", 8),
    ]
    for n, (text, usage, amount) in enumerate(rows):
        y = 120 + 20 * n
        texts += [(48, y, text, 8), (420 - 4.4 * len(usage), y, usage, 8)]
        texts += [(576 - 4.4 * len(amount), y, amount, 8)]
    texts += [(300, 240, "Total (pre-tax)", 8), (520, 240, "USD 547.19", 8)]
    items = _extract(texts)["line_items"]
    assert isinstance(items, list)
    assert [(i["quantity"], i["amount"]) for i in items] == [
        (2184.0, 101.34),
        (3210.452, 308.2),
        (9184.332, 49.6),
        (4822310.5, 80.37),
        (38.415, 7.68),
    ]
    assert items[2]["description"] == "$0.0054 per 1,000 PUT, COPY or LIST requests"
    assert items[3].get("unit_price") != 0.0


def test_header_values_each_over_a_small_caption_of_several_words() -> None:
    texts: list[SizedText] = [
        (52, 45, "Rédacteo", 18),
        (469, 45, "Facture", 18),
        (51, 74, "Rédacteo SAS", 8),
        (51, 85, "27 quai Saint-Vincent", 8),
        (51, 96, "69001 Lyon", 8),
        (51, 140, "12 novembre 2026", 11),
        (221, 140, "12 décembre 2026", 11),
        (391, 140, "150,36 €", 11),
        (51, 153, "Date de facturation", 7),
        (221, 153, "Date d'échéance", 7),
        (391, 153, "Montant dû", 7),
        (51, 184, "Facturé à", 8),
        (51, 196, "Atelier Mercier & Fils SARL", 8),
        (51, 208, "8 place Bellecour", 8),
        (51, 220, "69002 Lyon", 8),
        (51, 274, "Désignation", 8),
        (365, 274, "Prix unitaire HT", 8),
        (459, 274, "Qté", 8),
        (507, 274, "Total HT", 8),
        (51, 296, "Licence Pro (par utilisateur)", 8),
        (403, 296, "15,00 €", 8),
        (465, 296, "12", 8),
        (508, 296, "180,00 €", 8),
        (331, 330, "Total HT", 8),
        (506, 330, "180,00 €", 8),
        (331, 346, "TVA 20 %", 8),
        (512, 346, "36,00 €", 8),
        (331, 362, "Total TTC", 8),
        (506, 362, "216,00 €", 8),
    ]
    fields = _extract(texts)["fields"]
    assert isinstance(fields, dict)
    assert fields["invoice_date"] == "2026-11-12"
    assert fields["due_date"] == "2026-12-12"
