"""A date caption whose words fall into two cells (monospaced fonts space words widely).

"Payment terms: 30 days from invoice date." set in DejaVu Sans Mono put "invoice" and "date."
in cells of their own: the sentence check looked for the caption's first word in the last
word's cell, raised ValueError, and the whole document read nothing.
"""

from __future__ import annotations

import datetime

from .conftest import header_values


def test_date_caption_split_over_two_cells_keeps_the_document() -> None:
    fields = header_values(
        [
            (50, 60, "TAX INVOICE"),
            (50, 90, "Invoice No."),
            (200, 90, "NPS/INV/2024/310577"),
            (50, 102, "Invoice date"),
            (200, 102, "05/06/2024"),
            (50, 400, "Payment terms: 30 days from"),
            (200, 400, "invoice"),
            (245, 400, "date."),
            (280, 400, "Please quote the invoice number."),
        ]
    )
    assert fields["invoice_number"] == "NPS/INV/2024/310577"
    assert fields["invoice_date"] == datetime.date(2024, 6, 5)
