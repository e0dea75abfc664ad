"""Phone bills listing untaxed charges under a heading of their own, after the taxed ones' sum.

Conventions:
- A Spanish mobile bill lists its services under "Servicios sujetos a IVA", sums them
  ("Base imponible | IVA 21 % | Total servicios"), then lists a handset's instalment under
  "Otros conceptos no sujetos a IVA" (its VAT was charged on the sale) before "TOTAL A
  PAGAR". The instalment is billed as much as the services: where the rows of both headings
  add up to the document's net, all of them are the items.
- Rows under a heading after a sum that do not add up with the rows above stay out (a
  payment note, a summary of another bill).
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (52, 50, "verdelinea", 14.0),
    (483, 46, "FACTURA", 12.0),
    (369, 118, "Fecha de factura", 8.0),
    (550, 118, ">01/03/2025", 8.0),
    (369, 133, "Nº de factura", 8.0),
    (550, 133, ">VL-2025-0301884", 8.0),
]
_Text = tuple[float, float, str, float]


def _items(texts: list[_Text]) -> list[tuple[object, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [(item.get("description"), item.get("amount")) for item in result["line_items"]]


def _bill(instalment: str, total: str) -> list[_Text]:
    texts: list[_Text] = [
        (52, 214, "Importe de esta factura", 10.0),
        (553, 214, f">{total} €", 10.0),
        (51, 276, "Servicios sujetos a IVA", 9.0),
    ]
    rows = [
        ("Tarifa Ilimitada 50 GB - cuota mensual", "20,62"),
        ("Bono roaming 7 días Reino Unido", "4,13"),
        ("Descuento permanencia 12 meses", "-2,48"),
    ]
    y = 300.0
    for name, amount in rows:
        texts += [(63, y, name, 8.5), (551, y, f">{amount} €", 8.5)]
        y += 18
    texts += [
        (341, y + 6, "Base imponible", 8.5),
        (551, y + 6, ">22,27 €", 8.5),
        (341, y + 23, "IVA 21 %", 8.5),
        (551, y + 23, ">4,68 €", 8.5),
        (340, y + 40, "Total servicios", 8.5),
        (551, y + 40, ">26,95 €", 8.5),
        (51, y + 68, "Otros conceptos no sujetos a IVA", 9.0),
        (63, y + 91, "Pago aplazado terminal (cuota 8 de 24)", 8.5),
        (551, y + 91, f">{instalment} €", 8.5),
        (320, y + 140, "TOTAL A PAGAR", 10.0),
        (543, y + 140, f">{total} €", 10.0),
    ]
    return texts


def test_untaxed_rows_under_their_heading_after_the_sum_are_items_when_they_add_up() -> None:
    assert _items(_bill("15,00", "41,95")) == [
        ("Tarifa Ilimitada 50 GB - cuota mensual", 20.62),
        ("Bono roaming 7 días Reino Unido", 4.13),
        ("Descuento permanencia 12 meses", -2.48),
        ("Pago aplazado terminal (cuota 8 de 24)", 15.0),
    ]


def test_rows_after_the_sum_that_do_not_add_up_stay_out() -> None:
    # The total printed is the services' alone: the row below is no part of this bill.
    assert _items(_bill("15,00", "26,95")) == [
        ("Tarifa Ilimitada 50 GB - cuota mensual", 20.62),
        ("Bono roaming 7 días Reino Unido", 4.13),
        ("Descuento permanencia 12 meses", -2.48),
    ]
