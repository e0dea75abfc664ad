"""Addressee blocks without a caption: in monospaced ERP print a name in capitals beside a
caption column, its words each in a cell of their own, over a PO box line, is the buyer's name,
not a row of captions; a greeting line ("Gentile cliente") heads the block under it."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


def _parties(texts: list[Text], font: str = "Courier") -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, font)).texts[0])
    seller, buyer = party_names(lines)
    return tuple(None if v is None else str(v.value) for v in (seller, buyer))  # type: ignore[return-value]


def test_a_capitals_name_over_a_po_box_is_the_buyer_not_a_caption_grid() -> None:
    texts: list[Text] = [
        (57, 48, "HOLZWERK BRANDT", 12),
        (57, 64, "Holzwerk Brandt GmbH · Am Sägewerk 4 · 09113 Chemnitz", 7),
        (57, 124, "Brandt GmbH, Am Sägewerk 4, 09113 Chemnitz", 6),
        (57, 140, "SCHREINEREI KOLBE KG", 8),
        (298, 140, "BELEGART      : RECHNUNG", 7),
        (57, 152, "POSTFACH 20 11 34", 8),
        (298, 152, "RECHNUNGS-NR. : RE-17-00311", 7),
        (57, 164, "04109 LEIPZIG", 8),
        (298, 164, "DATUM         : 12.05.2017", 7),
        (298, 176, "KUNDEN-NR.    : 22 518", 7),
        (57, 300, "POS  BEZEICHNUNG            MENGE    BETRAG", 8),
        (57, 314, "1    EICHENBOHLE 40MM          3     120,00", 8),
        (57, 340, "RECHNUNGSBETRAG EUR  142,80", 8),
        (57, 780, "Holzwerk Brandt GmbH · Sitz Chemnitz · USt-IdNr. DE812345675", 6),
    ]
    assert _parties(texts)[1] == "SCHREINEREI KOLBE KG"


def test_a_greeting_line_heads_the_addressees_block() -> None:
    texts: list[Text] = [
        (50, 40, "lumo energia", 18),
        (41, 114, "Fattura n.", 8),
        (130, 114, "LE24/0077/19", 8),
        (41, 127, "Data emissione", 8),
        (130, 127, "05/03/2024", 8),
        (320, 133, "Gentile cliente", 8),
        (41, 140, "Periodo", 8),
        (130, 140, "01/02/2024 - 29/02/2024", 8),
        (320, 146, "MARCO BELLINI", 8),
        (41, 153, "Codice cliente", 8),
        (130, 153, "2.0441.88120", 8),
        (320, 159, "VIA GARIBALDI 7", 8),
        (41, 166, "Numero utenza", 8),
        (130, 166, "IT001E5589", 8),
        (320, 172, "10122 TORINO TO", 8),
        (56, 244, "Totale da pagare", 10),
        (466, 244, "€ 48,20", 10),
        (40, 787, "Lumo Energia S.p.A. - Via Roma 1, 10121 Torino - P.IVA 01234567897", 6),
    ]
    assert _parties(texts, "Helvetica")[1] == "MARCO BELLINI"
