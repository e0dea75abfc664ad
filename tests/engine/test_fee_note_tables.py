"""Professionals' fee notes and item tables closed by a sum row.

Conventions:
- Lawyers, notaries and consultants bill their work as "diligences" or "prestations": the
  column of the work's text is captioned so ("Date | Diligences | Heures | Taux | Montant
  HT"), the date of the work standing in its own column left of it, no part of the text.
  Rows without a date (a flat fee, disbursements in a second section) are items too.
- A sum row closing an item table ("Totaux", "Totales", "Total") whose figures stand under
  the table's net, tax and gross columns gives the document's net, tax and total, where net
  + tax = total.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (57, 60, "Cabinet Leroux & Associés", 10.0),
    (57, 74, "4 place du Marché, 69002 Lyon", 9.0),
    (375, 130, "Note d'honoraires n° H-2023-118", 9.0),
    (375, 144, "Lyon, le 12 octobre 2023", 9.0),
]


def _extract(texts: list[tuple[float, float, str, float]]) -> dict[str, object]:
    return extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)


def _items(result: dict[str, object]) -> list[tuple[object, ...]]:
    items = result["line_items"]
    assert isinstance(items, list)
    return [
        tuple(item.get(k) for k in ("description", "quantity", "unit_price", "amount"))
        for item in items
    ]


def test_dated_work_under_a_diligences_caption_is_billed_by_the_hour() -> None:
    lines = [
        (60, 220, "Date", 8.0),
        (120, 220, "Diligences", 8.0),
        (380, 220, "Heures", 8.0),
        (440, 220, "Taux", 8.0),
        (500, 220, "Montant HT", 8.0),
    ]
    rows = [
        ("04/09/2023", "Entretien préalable et étude des statuts", "2,00", "200,00", "400,00"),
        ("11/09/2023", "Rédaction du protocole transactionnel", "1,75", "200,00", "350,00"),
        ("", "Frais de dossier forfaitaires", "1", "80,00", "80,00"),
    ]
    for at, (day, text, hours, rate, amount) in enumerate(rows):
        y = 236 + 14 * at
        if day:
            lines.append((60, y, day, 8.0))
        lines += [
            (120, y, text, 8.0),
            (405, y, ">" + hours, 8.0),
            (470, y, ">" + rate, 8.0),
            (540, y, ">" + amount, 8.0),
        ]
    lines += [
        (300, 300, "Total H.T.", 8.0),
        (540, 300, ">830,00 €", 8.0),
        (300, 314, "TVA 20 %", 8.0),
        (540, 314, ">166,00 €", 8.0),
        (300, 328, "Total T.T.C.", 8.0),
        (540, 328, ">996,00 €", 8.0),
    ]
    assert _items(_extract(lines)) == [
        ("Entretien préalable et étude des statuts", 2.0, 200.0, 400.0),
        ("Rédaction du protocole transactionnel", 1.75, 200.0, 350.0),
        ("Frais de dossier forfaitaires", 1.0, 80.0, 80.0),
    ]


def test_prestations_caption_names_the_text_column() -> None:
    lines = [
        (60, 220, "Prestations", 8.0),
        (380, 220, "Qté", 8.0),
        (440, 220, "PU HT", 8.0),
        (500, 220, "Montant HT", 8.0),
        (60, 236, "Audit du système de paie", 8.0),
        (405, 236, ">1", 8.0),
        (470, 236, ">950,00", 8.0),
        (540, 236, ">950,00", 8.0),
        (60, 250, "Formation des utilisateurs (demi-journée)", 8.0),
        (405, 250, ">2", 8.0),
        (470, 250, ">420,00", 8.0),
        (540, 250, ">840,00", 8.0),
        (300, 290, "Total H.T.", 8.0),
        (540, 290, ">1 790,00 €", 8.0),
    ]
    assert _items(_extract(lines)) == [
        ("Audit du système de paie", 1.0, 950.0, 950.0),
        ("Formation des utilisateurs (demi-journée)", 2.0, 420.0, 840.0),
    ]


def test_sum_row_under_net_tax_and_gross_columns_gives_the_totals() -> None:
    lines = [
        (60, 220, "Désignation", 8.0),
        (250, 220, "Qté", 8.0),
        (300, 220, "PU HT", 8.0),
        (370, 220, "Montant HT", 8.0),
        (440, 220, "TVA 16 %", 8.0),
        (500, 220, "Montant TTC", 8.0),
    ]
    rows = [
        ("Entretien espaces verts – forfait", "1", "900,00", "900,00", "144,00", "1 044,00"),
        ("Taille des haies", "3", "75,00", "225,00", "36,00", "261,00"),
    ]
    for at, (text, qty, price, net, tax, gross) in enumerate(rows):
        y = 236 + 16 * at
        lines += [
            (60, y, text, 8.0),
            (270, y, ">" + qty, 8.0),
            (340, y, ">" + price, 8.0),
            (415, y, ">" + net, 8.0),
            (480, y, ">" + tax, 8.0),
            (550, y, ">" + gross, 8.0),
        ]
    lines += [
        (60, 290, "Totaux", 8.0),
        (415, 290, ">1 125,00", 8.0),
        (480, 290, ">180,00", 8.0),
        (550, 290, ">1 305,00", 8.0),
        (300, 320, "Net à payer", 8.0),
        (550, 320, ">1 305,00 EUR", 8.0),
    ]
    fields = _extract(lines)["fields"]
    assert isinstance(fields, dict)
    assert (fields.get("net_amount"), fields.get("tax_amount"), fields.get("total_amount")) == (
        1125.0,
        180.0,
        1305.0,
    )
