"""The peso and the sol of Latin American invoices, told by the country the page names.

Mexico, Chile, Argentina and Colombia print their peso as a bare "$" ("$ 3.378.480",
"Importe Total: $ 9751874,00"), which elsewhere is the US dollar: the country's own marks on
the page settle it — its tax ID's caption and shape (RFC, R.U.T., CUIT, NIT), its tax office
(SAT, S.I.I., AFIP/ARCA, DIAN), its electronic invoice's name (CFDI), an amount in words
("Son pesos: ...", "... PESOS M/CTE"), its telephone prefix. Two different marks of one
country are needed, so that a US invoice naming a Mexican customer's RFC stays in dollars.

Peru's sol is printed "S/" or "S/." before its figures ("S/ 14,801.00") and named "Soles"
("Tipo de Moneda: SOLES"); the name counts on a page Peru's marks (RUC, SUNAT, IGV) name.
"""

from __future__ import annotations

import re

# Marks of each country; a "$" is its peso when two different ones are on the page.
_PESO_MARKS: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    (
        "MXN",
        (
            re.compile(r"\bRFC\b"),
            re.compile(r"\bCFDI\b"),
            re.compile(r"\bSAT\b"),
            re.compile(r"\bS\.\s?A\.\s?de\s?C\.\s?V\.", re.IGNORECASE),
            re.compile(r"\bM[ée]xico\b|\bM\.\s?N\.\)"),
            re.compile(r"\+52\b"),
        ),
    ),
    (
        "CLP",
        (
            re.compile(r"\bR\.?U\.?T\.?\s*:?\s*\d{1,2}\.\d{3}\.\d{3}-[\dkK]"),
            re.compile(r"\bS\.I\.I\.|\bSII\b|\bsii\.cl\b"),
            re.compile(r"\bChile\b"),
            re.compile(r"\+56\b"),
            re.compile(r"\bComuna\b"),
        ),
    ),
    (
        "ARS",
        (
            re.compile(r"\bC\.?U\.?I\.?T\.?(?!\w)"),
            re.compile(r"\b(?:AFIP|ARCA)\b"),
            re.compile(r"\bArgentina\b"),
            re.compile(r"\bResp(?:\.|onsable) Inscripto\b", re.IGNORECASE),
            re.compile(r"\bCAE\b"),
            re.compile(r"\+54\b"),
        ),
    ),
    (
        "COP",
        (
            re.compile(r"\bNIT\b\.?\s*:?\s*\d{3}\.?\d{3}\.?\d{3}-\d"),
            re.compile(r"\bDIAN\b"),
            re.compile(r"\bColombia\b"),
            re.compile(r"\bM/CTE\b", re.IGNORECASE),
            re.compile(r"\+57\b"),
        ),
    ),
)
# "Son pesos", "... PESOS 40/100 M.N.", "PESOS M/CTE": an amount in pesos, a mark of each
# peso country alike (it settles the peso, the other marks the country).
_PESOS = re.compile(r"\bpesos\b", re.IGNORECASE)

# The sol's sign before a figure: "S/ 14,801.00", "S/. 120.00" (never "S/N", no number).
_SOL_FIGURE = re.compile(r"(?<![\w/])S/\.?[ \u00a0]?\d{1,3}(?:[,.]\d{3})*[.,]\d{2}\b")
_SOLES = re.compile(r"\bsoles\b", re.IGNORECASE)
_PERU = re.compile(r"\bR\.?U\.?C\.?(?!\w)|\bSUNAT\b|\bsunat\.gob\.pe\b|\bIGV\b|\bPer[úu]\b")


def peso_of_page(text: str) -> str | None:
    """The peso a bare "$" means on this page, or None where no country is sure."""
    scores = {code: sum(1 for mark in marks if mark.search(text)) for code, marks in _PESO_MARKS}
    code = max(scores, key=lambda key: scores[key])
    if scores[code] == 0 or sorted(scores.values())[-2] == scores[code]:
        return None  # no country, or two named alike
    pesos = 1 if _PESOS.search(text) else 0
    return code if scores[code] + pesos >= 2 else None


def sol_figures(text: str) -> int:
    """How many figures the page prints with the sol's sign, its name counted once on a
    Peruvian page ("Tipo de Moneda: SOLES")."""
    count = len(_SOL_FIGURE.findall(text))
    if _SOLES.search(text) and _PERU.search(text):
        count += 1
    return count
