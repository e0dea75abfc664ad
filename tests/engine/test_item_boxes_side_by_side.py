"""Position boxes printed as two columns of "caption: value" rows side by side (the KoSIT
viewer: item details left, price details right), with names wrapping in their value column
between the rows of the other column."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _position(top: float, number: int, left: list[Row], right: list[Row]) -> list[Row]:
    """A box; rows are (y offset, caption or "", value) for each column."""
    out: list[Row] = [(43, top, f"Position {number}")]
    out += [(47, top + 17, "Artikelinformationen"), (309, top + 17, "Preiseinzelheiten")]
    for x_caption, x_value, rows in ((47, 160, left), (309, 440, right)):
        for offset, caption, value in rows:
            if caption:
                out.append((x_caption, top + offset, caption))
            out.append((x_value, top + offset, value))
    return out


def test_two_columns_of_pairs_with_a_wrapped_name() -> None:
    head: list[Row] = [
        (43, 40, "Rechnungsnummer:"),
        (283, 40, "RE-2024-77"),
        (43, 52, "Rechnungsdatum:"),
        (283, 52, "12.03.2024"),
        (43, 90, "Rechnungspositionen"),
    ]
    first = _position(
        120,
        1,
        [
            (35, "Positionsnummer:", "1"),
            (48, "Artikelname:", "Toner schwarz"),
            (59, "", "(Retoure)"),
            (82, "Artikelnummer:", "ISBN"),
            (93, "", "978-3-00-071355-2"),
        ],
        [
            (35, "Menge:", "3"),
            (48, "Einheit:", "Stück"),
            (62, "Preis pro Einheit (netto):", "89,90"),
            (75, "Gesamtpreis (netto):", "269,70"),
            (88, "Steuersatz:", "19 %"),
        ],
    )
    second = _position(
        250,
        2,
        [(35, "Positionsnummer:", "2"), (48, "Artikelname:", "Monteurstunden")],
        [
            (35, "Menge:", "6,5"),
            (62, "Preis pro Einheit (netto):", "68,00"),
            (75, "Gesamtpreis (netto):", "442,00"),
        ],
    )
    result = extract_canonical(make_invoice_pdf([head + first + second]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("Toner schwarz (Retoure)", 3.0, 89.9, 269.7),
        ("Monteurstunden", 6.5, 68.0, 442.0),
    ]
