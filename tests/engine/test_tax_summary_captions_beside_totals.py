"""A boxed tax summary left of the totals block, on the same lines, under the item table
("Aliquota | Natura | Imponibile | Imposta" beside "Imponibile 1.036,00"): its captions and
the rows under them are no wrapped text of the last item, even close under it."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pages


def _items(texts: list[SizedText]) -> list[dict[str, Any]]:
    result: dict[str, Any] = extract_canonical(make_sized_pages(texts), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _cells(y: float, *cells: tuple[float, str]) -> list[SizedText]:
    return [(x, y, text, 10) for x, text in cells]


def _invoice(
    header: list[tuple[float, str]], summary: list[list[tuple[float, str]]]
) -> list[SizedText]:
    texts = [
        *_cells(42, (53, "Fiori di Campo")),
        *_cells(91, (52, "Via Grande, 88 - 57123 Livorno")),
        *_cells(130, (51, "Fattura n."), (225, "37/2025"), (341, "Destinatario")),
        *_cells(143, (52, "del"), (211, "28/02/2025"), (341, "Hotel Villa Ardenza S.r.l.")),
        *_cells(157, (341, "Viale Italia, 210")),
        *_cells(168, (341, "57127 Livorno (LI)")),
        *_cells(235, *header),
        *_cells(
            258,
            (52, "Composizione floreale reception"),
            (347, "4"),
            (393, "65,00"),
            (464, "260,00"),
            (537, "10"),
        ),
        *_cells(
            286,
            (52, "Centrotavola sala colazioni"),
            (344, "12"),
            (393, "18,00"),
            (464, "216,00"),
            (537, "10"),
        ),
        *_cells(
            304,
            (54, "Noleggio piante verdi ornamentali"),
            (347, "1"),
            (388, "120,00"),
            (465, "120,00"),
            (537, "22"),
        ),
        *_cells(
            340,
            (53, "Consegna e manutenzione allestimenti"),
            (347, "4"),
            (393, "15,00"),
            (470, "60,00"),
            (537, "22"),
        ),
    ]
    for offset, row in enumerate(summary):
        texts += _cells(357 + 14.5 * offset, *row)
    return texts


def test_italian_tax_summary_beside_the_totals_ends_the_items() -> None:
    header = [(52, "Descrizione"), (336, "Q.tà"), (388, "Prezzo"), (456, "Importo"), (520, "IVA %")]
    summary = [
        [
            (53, "Aliquota"),
            (110, "Natura"),
            (233, "Imponibile"),
            (308, "Imposta"),
            (380, "Imponibile"),
            (506, "1.036,00"),
        ],
        [
            (53, "10,00"),
            (110, "beni/servizi"),
            (255, "856,00"),
            (322, "85,60"),
            (379, "IVA"),
            (514, "125,20"),
        ],
        [
            (49, "22,00"),
            (110, "beni/servizi"),
            (255, "180,00"),
            (322, "39,60"),
            (380, "Totale fattura"),
            (492, "€ 1.161,20"),
        ],
    ]
    items = _items(_invoice(header, summary))
    assert [item["description"] for item in items] == [
        "Composizione floreale reception",
        "Centrotavola sala colazioni",
        "Noleggio piante verdi ornamentali",
        "Consegna e manutenzione allestimenti",
    ]
    assert items[-1]["amount"] == 60.0


def test_english_tax_summary_beside_the_totals_ends_the_items() -> None:
    header = [(52, "Description"), (336, "Qty"), (388, "Price"), (456, "Amount"), (520, "VAT %")]
    summary = [
        [
            (53, "Rate"),
            (110, "Category"),
            (233, "Net"),
            (308, "VAT"),
            (380, "Net total"),
            (506, "656.00"),
        ],
        [
            (53, "10.00"),
            (110, "standard"),
            (255, "476.00"),
            (322, "47.60"),
            (379, "VAT"),
            (514, "83.60"),
        ],
    ]
    items = _items(_invoice(header, summary))
    assert items[-1]["description"] == "Consegna e manutenzione allestimenti"
