"""Header values printed large, each over a small caption set well below it (a rule between
them, or the caption at the foot of its box): "03-03-2025" over "factuurdatum". The caption
row's values are the larger line above, even where the gap is wider than the caption's size;
a caption row heading the values below it keeps its own values."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_VALUES = frozenset({"2025-T-0092", "03-03-2025", "02-04-2025", "4 van 8"})


def _extract(texts: list[SizedText], bold: frozenset[str] = frozenset()) -> dict[str, object]:
    fields = extract_canonical(make_sized_pdf(texts, bold), use_einvoice=False)["fields"]
    assert isinstance(fields, dict)
    return fields


def _party_lines() -> list[SizedText]:
    return [
        (51, 50, "Van der Meulen Betonbouw B.V.", 9),
        (51, 62, "Industrieweg 42", 9),
        (51, 74, "3044 AS Rotterdam", 9),
        (51, 140, "FACTUUR AAN", 7),
        (51, 155, "Bouwcombinatie Hoge Veld V.O.F.", 9),
        (51, 167, "Laan van Nieuw Oost-Indië 133", 9),
        (51, 179, "2593 BM Den Haag", 9),
    ]


def _totals(y: float) -> list[SizedText]:
    return [
        (51, y, "Omschrijving", 8),
        (480, y, "Bedrag", 8),
        (51, y + 16, "Termijn 4: casco gereed", 8),
        (480, y + 16, "85.500,00", 8),
        (330, y + 40, "Subtotaal excl. btw", 8),
        (480, y + 40, "85.500,00", 8),
        (330, y + 54, "Btw 21%", 8),
        (480, y + 54, "17.955,00", 8),
        (330, y + 68, "Totaal te betalen", 8),
        (480, y + 68, "103.455,00", 8),
    ]


def test_values_over_captions_under_a_rule() -> None:
    texts = [
        *_party_lines(),
        (51, 244, "2025-T-0092", 11),
        (176, 244, "03-03-2025", 11),
        (301, 244, "02-04-2025", 11),
        (426, 244, "4 van 8", 11),
        (51, 259.5, "factuurnummer", 7),
        (176, 259.5, "factuurdatum", 7),
        (301, 259.5, "vervaldatum", 7),
        (426, 259.5, "termijn", 7),
        (51, 296, "TERMIJNFACTUUR", 14),
    ]
    fields = _extract(texts + _totals(330), _VALUES)
    assert fields["invoice_number"] == "2025-T-0092"
    assert fields["invoice_date"] == "2025-03-03"
    assert fields["due_date"] == "2025-04-02"


def test_boxed_values_over_captions_at_the_foot() -> None:
    texts = [
        *_party_lines(),
        (54, 241, "SWH-2024-011837", 10),
        (182, 241, "18-01-2024", 10),
        (309, 241, "4401 2289", 10),
        (437, 241, "14-02-2024", 10),
        (54, 255, "factuurnummer", 7),
        (182, 255, "factuurdatum", 7),
        (309, 255, "klantnummer", 7),
        (437, 255, "uiterste betaaldatum", 7),
    ]
    bold = frozenset({"SWH-2024-011837", "18-01-2024", "4401 2289", "14-02-2024"})
    fields = _extract(texts + _totals(300), bold)
    assert fields["invoice_number"] == "SWH-2024-011837"
    assert fields["invoice_date"] == "2024-01-18"
    assert fields["due_date"] == "2024-02-14"


def test_captions_over_their_values_keep_them() -> None:
    """Two strips of small captions each over its large values: the second strip's captions
    sit under the first strip's values, yet read their own values below."""
    texts = [
        *_party_lines(),
        (51, 230, "factuurnummer", 7),
        (176, 230, "factuurdatum", 7),
        (301, 230, "projectnummer", 7),
        (51, 244, "2025-T-0092", 11),
        (176, 244, "03-03-2025", 11),
        (301, 244, "P-4471", 11),
        (51, 259.5, "vervaldatum", 7),
        (176, 259.5, "termijn", 7),
        (301, 259.5, "werknummer", 7),
        (51, 274, "02-04-2025", 11),
        (176, 274, "4 van 8", 11),
        (301, 274, "W-118", 11),
    ]
    fields = _extract(texts + _totals(330), _VALUES)
    assert fields["invoice_number"] == "2025-T-0092"
    assert fields["invoice_date"] == "2025-03-03"
    assert fields["due_date"] == "2025-04-02"
