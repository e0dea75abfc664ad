"""A series printed apart from its number ("Serie / Número: B / 2025-004711", "Rechnung
R 250917-0212" in Courier), a number that looks like a date after its caption ("Fakturanr.
20250917"), a French letter's "Lyon, le 4 juin 2025" and Italy's "scad. 31/07/2025"."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_invoice_pdf

# (x, y from the top, text)
Text = tuple[float, float, str]

_TOTALS: list[Text] = [
    (60, 300, "Description"),
    (400, 300, "Amount"),
    (60, 318, "Consulting services"),
    (400, 318, "1.000,00"),
]


def _invoice(texts: list[Text], font: str = "Helvetica") -> CanonicalInvoice:
    return analysed(make_invoice_pdf([texts], font=font, size=9))


def _field(invoice: CanonicalInvoice, key: str) -> str | None:
    value = invoice.fields.get(key)
    return None if value is None else str(value.value)


def test_series_and_number_caption_with_a_spaced_slash() -> None:
    invoice = _invoice(
        [
            (60, 40, "Suministros Garrido Ruiz, S.L."),
            (420, 40, "FACTURA"),
            (60, 80, "Calle Olmo 12"),
            (330, 80, "Serie / Número:"),
            (430, 80, "B / 2025-004711"),
            (330, 92, "Fecha factura:"),
            (430, 92, "17/09/2025"),
            *_TOTALS,
        ]
    )
    assert _field(invoice, "invoice_number") == "B/2025-004711"


def test_a_date_shaped_number_after_a_glued_number_caption() -> None:
    invoice = _invoice(
        [
            (60, 40, "Vestlandet Maling AS"),
            (60, 80, "Faktura"),
            (330, 100, "Fakturanr."),
            (430, 100, "20250917"),
            (330, 112, "Fakturadato"),
            (430, 112, "18.09.2025"),
            *_TOTALS,
        ]
    )
    assert _field(invoice, "invoice_number") == "20250917"


def test_one_letter_series_one_space_before_the_number_in_courier() -> None:
    invoice = _invoice(
        [
            (60, 40, "Baustoffe Lindner GmbH"),
            (300, 100, "Rechnung   R 250917-0212"),
            (300, 112, "Datum      17.09.2025"),
            *_TOTALS,
        ],
        font="Courier",
    )
    assert _field(invoice, "invoice_number") == "R 250917-0212"


def test_french_letter_date_line_over_a_quote_date() -> None:
    invoice = _invoice(
        [
            (60, 40, "Plomberie Garnier"),
            (60, 52, "8 rue Victor Hugo"),
            (60, 64, "69002 Lyon"),
            (60, 140, "FACTURE N° FG-2025-0093"),
            (60, 158, "Lyon, le 4 juin 2025"),
            (60, 170, "Devis accepté n° DV-2025-0031 du 12 mai 2025"),
            *_TOTALS,
        ]
    )
    assert _field(invoice, "invoice_date") == "2025-06-04"


def test_italian_scadenza_abbreviated_in_the_payment_terms() -> None:
    invoice = _invoice(
        [
            (60, 40, "Idraulica Ferri s.r.l."),
            (330, 60, "FATTURA"),
            (330, 80, "Numero:"),
            (430, 80, "45/2025"),
            (330, 92, "Data:"),
            (430, 92, "30/06/2025"),
            (330, 104, "Pagamento:"),
            (430, 104, "Bonifico 30 gg d.f. - scad. 31/07/2025"),
            *_TOTALS,
        ]
    )
    assert _field(invoice, "due_date") == "2025-07-31"
