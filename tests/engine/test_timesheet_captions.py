"""Professional-services time sheets: the hours billed, the hourly rate and the work done.

Conventions:
- Lawyers, accountants and consultants bill time by rows of "Date | Work done | Hours | Rate
  | Amount". The captions vary by language: fr "Prestations" / "Diligences", "Heures" /
  "Temps", "Taux" / "Taux horaire"; es "Tiempo", "Precio hora"; it "Tariffa oraria"; en
  "Time", "Hourly rate"; the fee earner's initials may stand in a column of their own ("Int."
  for the "intervenant", "Fee earner").
- A bare French "Taux" heads the VAT rate in goods tables ("Taux TVA"); beside an hours
  caption, with no other price captioned, it is the rate per hour, the amount hours times it.
- Hours print as decimals ("6,50", "1.5") or as hours and minutes ("1h30", "1:30"): 1h30 is
  1.5 hours, 2h15 is 2.25.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (60, 40, "Cabinet Durand & Associés", 12.0),
    (60, 60, "8, place Carnot, 69002 Lyon", 9.0),
    (330, 110, "Société Cliente SARL", 9.0),
    (330, 124, "4 rue des Tanneurs, 69003 Lyon", 9.0),
    (60, 170, "FACTURE N° 2025-118", 11.0),
    (60, 186, "Date : 14/03/2025", 9.0),
]


def _items(texts: list[tuple[float, float, str, float]]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [
        (i.get("description"), i.get("quantity"), i.get("unit_price"), i.get("amount"))
        for i in result["line_items"]
    ]


def test_prestations_heures_and_bare_taux_with_wrapped_work() -> None:
    lines = [
        (60, 230, "Date", 9.0),
        (130, 230, "Prestations", 9.0),
        (376, 230, "Heures", 9.0),
        (442, 230, "Taux", 9.0),
        (495, 230, "Montant", 9.0),
    ]
    rows = [
        (
            "03/02/2025",
            ["Analyse du contrat de bail et rédaction de", "la version amendée"],
            "6,50",
            "320,00",
            "2.080,00",
        ),
        (
            "05/02/2025",
            ["Réunion avec le gérant et le bailleur", "(site de Villeurbanne)"],
            "2,00",
            "320,00",
            "640,00",
        ),
        ("11/02/2025", ["Correspondance avec les parties"], "1,75", "280,00", "490,00"),
    ]
    y = 250.0
    for date, text, hours, rate, amount in rows:
        lines += [(61, y, date, 9.0), (130, y, text[0], 9.0), (418, y, ">" + hours, 9.0)]
        lines += [(468, y, ">" + rate, 9.0), (540, y, ">" + amount, 9.0)]
        for extra in text[1:]:
            y += 11
            lines.append((130, y, extra, 9.0))
        y += 20
    lines += [(130, y, "Frais de bureau forfaitaires (5 % des honoraires)", 9.0)]
    lines += [(540, y, ">160,50", 9.0)]
    lines += [(368, y + 30, "Total hors TVA", 9.0), (540, y + 30, ">3.370,50 EUR", 9.0)]
    lines += [(368, y + 44, "TVA 20 %", 9.0), (540, y + 44, ">674,10 EUR", 9.0)]
    lines += [(368, y + 58, "Total TTC", 9.0), (540, y + 58, ">4.044,60 EUR", 9.0)]
    assert _items(lines) == [
        ("Analyse du contrat de bail et rédaction de la version amendée", 6.5, 320.0, 2080.0),
        ("Réunion avec le gérant et le bailleur (site de Villeurbanne)", 2.0, 320.0, 640.0),
        ("Correspondance avec les parties", 1.75, 280.0, 490.0),
        ("Frais de bureau forfaitaires (5 % des honoraires)", None, None, 160.5),
    ]


def test_diligences_temps_taux_horaire_with_hours_and_minutes() -> None:
    lines = [
        (40, 230, "Date", 8.0),
        (96, 230, "Int.", 8.0),
        (120, 230, "Diligences", 8.0),
        (372, 230, "Temps", 8.0),
        (398, 230, "Taux horaire", 8.0),
        (499, 230, "Montant HT", 8.0),
    ]
    rows = [
        (
            "04/03/2025",
            "CV",
            ["Rendez-vous au cabinet avec le client", "examen du litige"],
            "1h30",
            "320,00",
            "480,00",
        ),
        ("06/03/2025", "ML", ["Recherches de jurisprudence"], "2h15", "210,00", "472,50"),
        ("10/03/2025", "ML", ["Rédaction de la mise en demeure"], "1h00", "210,00", "210,00"),
        ("14/03/2025", "CV", ["Relecture de la mise en demeure"], "0h30", "320,00", "160,00"),
    ]
    y = 248.0
    for date, who, text, hours, rate, amount in rows:
        lines += [(41, y, date, 8.0), (96, y, who, 8.0), (120, y, text[0], 8.0)]
        lines += [(400, y, ">" + hours, 8.0), (462, y, ">" + rate, 8.0)]
        lines += [(550, y, ">" + amount, 8.0)]
        for extra in text[1:]:
            y += 10
            lines.append((120, y, extra, 8.0))
        y += 16
    lines += [(120, y + 8, "Total honoraires HT", 8.0), (550, y + 8, ">1 322,50 €", 8.0)]
    assert _items(lines)[:4] == [
        ("Rendez-vous au cabinet avec le client examen du litige", 1.5, 320.0, 480.0),
        ("Recherches de jurisprudence", 2.25, 210.0, 472.5),
        ("Rédaction de la mise en demeure", 1.0, 210.0, 210.0),
        ("Relecture de la mise en demeure", 0.5, 320.0, 160.0),
    ]


def test_spanish_tiempo_and_precio_hora_with_clock_hours() -> None:
    lines = [
        (60, 230, "Fecha", 9.0),
        (120, 230, "Concepto", 9.0),
        (350, 230, "Tiempo", 9.0),
        (410, 230, "Precio hora", 9.0),
        (500, 230, "Importe", 9.0),
    ]
    rows = [
        ("03/02/2025", "Revisión del contrato de arrendamiento", "1:30", "150,00", "225,00"),
        ("07/02/2025", "Reunión con el cliente", "2:00", "150,00", "300,00"),
    ]
    for at, (date, text, hours, rate, amount) in enumerate(rows):
        y = 250 + 18 * at
        lines += [(61, y, date, 9.0), (120, y, text, 9.0), (380, y, ">" + hours, 9.0)]
        lines += [(460, y, ">" + rate, 9.0), (540, y, ">" + amount, 9.0)]
    lines += [(380, 300, "Base imponible", 9.0), (540, 300, ">525,00", 9.0)]
    assert _items(lines) == [
        ("Revisión del contrato de arrendamiento", 1.5, 150.0, 225.0),
        ("Reunión con el cliente", 2.0, 150.0, 300.0),
    ]


def test_italian_attivita_ore_and_tariffa_oraria() -> None:
    lines = [
        (60, 230, "Data", 9.0),
        (120, 230, "Attività", 9.0),
        (350, 230, "Ore", 9.0),
        (400, 230, "Tariffa oraria", 9.0),
        (500, 230, "Importo", 9.0),
    ]
    rows = [
        ("03/02/2025", "Analisi del contratto di locazione", "2,5", "180,00", "450,00"),
        ("07/02/2025", "Incontro con il cliente", "1,0", "180,00", "180,00"),
    ]
    for at, (date, text, hours, rate, amount) in enumerate(rows):
        y = 250 + 18 * at
        lines += [(61, y, date, 9.0), (120, y, text, 9.0), (370, y, ">" + hours, 9.0)]
        lines += [(460, y, ">" + rate, 9.0), (540, y, ">" + amount, 9.0)]
    lines += [(380, 300, "Imponibile", 9.0), (540, 300, ">630,00", 9.0)]
    assert _items(lines) == [
        ("Analisi del contratto di locazione", 2.5, 180.0, 450.0),
        ("Incontro con il cliente", 1.0, 180.0, 180.0),
    ]
