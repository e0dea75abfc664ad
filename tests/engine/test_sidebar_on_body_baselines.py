"""Captions at the page's left edge with their values right of a gutter stay on their lines,
and a title block set flush right beside a letterhead, its lines interleaved with the
letterhead's, still gives its date."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_sized_pdf


def test_caption_column_beside_values_stays_on_its_lines() -> None:
    """Captions at the page's edge with their values right of a gutter are no sidebar."""
    texts: list[SizedText] = [
        (20, 50, "Nordwind Technik GmbH", 12),
        (20, 66, "Hafenstraße 4, 28195 Bremen", 9),
        (20, 120, "Rechnungsnummer", 9),
        (200, 120, "RE-2024-311", 9),
        (20, 134, "Rechnungsdatum", 9),
        (200, 134, "14.05.2024", 9),
        (20, 148, "Kundennummer", 9),
        (200, 148, "K-1042", 9),
        (20, 162, "Leistungsdatum", 9),
        (200, 162, "10.05.2024", 9),
        (20, 220, "Beschreibung", 9),
        (420, 220, "Betrag", 9),
        (20, 236, "Wartung Anlage", 9),
        (420, 236, "500,00", 9),
        (300, 280, "Gesamtbetrag", 9),
        (420, 280, "595,00", 9),
    ]
    result = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    assert result["fields"]["invoice_number"] == "RE-2024-311"
    assert result["fields"]["invoice_date"] == "2024-05-14"


def test_date_of_a_flush_right_title_block_between_letterhead_lines() -> None:
    texts: list[SizedText] = [
        (50, 50, "Chiara Benvenuti", 14),
        (545, 50, ">Fattura", 26),
        (50, 62, "traduzioni tecniche", 9),
        (545, 70, ">n. 9/2026", 10),
        (50, 76, "Via Garibaldi 14", 9),
        (545, 84, ">del 12/3/2026", 10),
        (50, 88, "10122 Torino (TO)", 9),
        (50, 100, "P.IVA 09876543217", 9),
        (330, 160, "CLIENTE", 9),
        (330, 172, "Studio Marchi S.r.l.", 9),
        (330, 184, "Corso Francia 3", 9),
        (330, 196, "10138 Torino (TO)", 9),
        (55, 260, "Descrizione", 9),
        (480, 260, "Totale", 9),
        (55, 280, "Traduzione manuale tecnico", 9),
        (480, 280, "600,00", 9),
        (340, 320, "Totale documento", 9),
        (480, 320, "600,00", 9),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert result["fields"]["invoice_date"] == "2026-03-12"
