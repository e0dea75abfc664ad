"""A seller's heading set apart from its full name: a wordmark over a legal name with an
Italian cooperative's form ("Soc. Coop.") in the letterhead cell of a merged line, and a
till slip's two-line heading repeated in small type below ("Frischmarkt Kellermann")."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import with_receipt_fields

from .conftest import SizedText, make_sized_pdf
from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned

_REST: list[SizedText] = [
    (308, 184, "Destinatario", 7),
    (308, 196, "Comune di Borgo Lieto", 9),
    (308, 207, "Piazza Grande 3", 9),
    (308, 218, "40100 Bologna (BO)", 9),
    (44, 285, "Descrizione", 8),
    (400, 285, "Quantità", 8),
    (500, 285, "Importo", 8),
    (44, 300, "Manutenzione impianti", 8),
    (404, 300, "1", 8),
    (500, 300, "1.200,00", 8),
]


def _seller(texts: list[SizedText]) -> str | None:
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    seller, _buyer = party_names(lines)
    return None if seller is None else str(seller.value)


def test_a_cooperatives_legal_name_under_its_wordmark_in_a_merged_line() -> None:
    seller = _seller(
        [
            (51, 52, "FATTURA", 14),
            (447, 56, "ortolano", 24),
            (384, 70, "SERVIZI TECNICI · SOCIETÀ COOPERATIVA", 7),
            (51, 80, "Numero", 8),
            (120, 80, "2026/0112", 8),
            (51, 91, "Data", 8),
            (120, 91, "12/03/2026", 8),
            (392, 91, "Ortolano Servizi Tecnici Soc. Coop.", 8),
            (51, 102, "CIG", 8),
            (120, 102, "Z1B22C3D4E", 8),
            (368, 102, "Via dei Mille 14 – 40121 Bologna (BO)", 8),
            (442, 113, "C.F. e Partita IVA 03456780373", 7),
        ]
    )
    assert seller == "Ortolano Servizi Tecnici Soc. Coop."


def _receipt_seller(runs: list[Run]) -> str:
    page = scanned(runs, width=380.0, height=520.0)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    return str(with_receipt_fields([page], lines, {})["seller_name"].value)


_BODY: list[Run] = [
    (110.0, 92.0, "Lindenallee 7", 10.0),
    (110.0, 106.0, "28195 Bremen", 10.0),
    (20.0, 130.0, "Bon-Nr. 7781 14.03.2024 17:42", 10.0),
    (20.0, 150.0, "Roggenbrot", 10.0),
    (260.0, 150.0, "2,49", 10.0),
    (20.0, 166.0, "Vollmilch", 10.0),
    (260.0, 166.0, "1,29", 10.0),
    (20.0, 190.0, "SUMME EUR", 10.0),
    (260.0, 190.0, "3,78", 10.0),
    (20.0, 206.0, "Bar", 10.0),
    (260.0, 206.0, "5,00", 10.0),
    (20.0, 222.0, "Rückgeld", 10.0),
    (260.0, 222.0, "1,22", 10.0),
    (80.0, 250.0, "Vielen Dank für Ihren Einkauf", 10.0),
]


def test_a_two_line_heading_repeated_below_in_small_type_is_the_name() -> None:
    head: list[Run] = [
        (110.0, 20.0, "FRISCHHOF", 18.0),
        (116.0, 44.0, "BRÜGGEMANN", 18.0),
        (104.0, 72.0, "Frischhof Brüggemann", 10.0),
    ]
    assert _receipt_seller(head + _BODY) == "Frischhof Brüggemann"


def test_a_two_line_heading_over_another_small_line_keeps_its_name() -> None:
    head: list[Run] = [
        (110.0, 20.0, "FRISCHHOF", 18.0),
        (116.0, 44.0, "BRÜGGEMANN", 18.0),
        (104.0, 72.0, "Frische vom Land", 10.0),
    ]
    assert _receipt_seller(head + _BODY) != "Frische vom Land"
