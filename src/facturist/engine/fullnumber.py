"""The full number a page prints beside its bare count: Spain's Facturae viewers and many
ERPs list "Número de factura: 00317", "Serie: A-2026/" and "Número completo: A-2026/00317";
the series and the count together are the document's number, whatever caption ranks first."""

from __future__ import annotations

from dataclasses import replace

from facturist.engine.candidates import Candidate

# What closes a series before its count ("A-2026/", "FV-", "2026.").
_SERIES_END = "/-."


def with_full_numbers(candidates: list[Candidate], skipped: set[int]) -> None:
    """Each invoice-number candidate whose value another's ends in, after a series closed by
    a separator, takes that longer value in its place (keeping its own rank); candidates whose
    order is in `skipped` (an order's number) lend nothing."""
    numbers = [
        c for c in candidates if c.key == "invoice_number" and isinstance(c.value.value, str)
    ]
    for bare in numbers:
        count = str(bare.value.value)
        if len(count) < 3 or not any(ch.isdigit() for ch in count):
            continue
        for full in numbers:
            text = str(full.value.value)
            series = text[: -len(count)]
            if (
                full.order not in skipped
                and len(text) > len(count)
                and text.endswith(count)
                and series[-1] in _SERIES_END
                and any(ch.isalnum() for ch in series)
            ):
                bare.value = replace(full.value)
                break
