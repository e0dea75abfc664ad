"""Seller addresses and names that letterheads, footers and party columns print apart:
three party boxes side by side, whose rows are no centred letterhead line; a footer's seat
("Sitz: Graz · FN 123456 a") and partners' line, whose register numbers are no postcodes,
beside a centred letterhead line that holds the address; a sidebar's name wrapped before its
legal form; a captioned address row that wraps before its postcode and town."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, text, font, size); x < 0 centres the text on the page.
Text = tuple[float, float, str, str, float]
_PLAIN, _BOLD = "Helvetica", "Helvetica-Bold"


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """A text at a negative x is centred on the page."""
    return analysed(
        make_pdf(
            Drawn(x, y, text, font, size)
            if x >= 0
            else Drawn(A4[0] / 2, y, text, font, size, "centre")
            for x, y, text, font, size in texts
        )
    )


def _field(invoice: CanonicalInvoice, key: str) -> object:
    found = invoice.fields.get(key)
    return None if found is None else found.value


def _items(top: float) -> list[Text]:
    return [
        (57, top, "Beschreibung", _BOLD, 9),
        (330, top, "Menge", _BOLD, 9),
        (400, top, "Preis", _BOLD, 9),
        (480, top, "Betrag", _BOLD, 9),
        (57, top + 16, "Wartungspauschale Mai", _PLAIN, 9),
        (330, top + 16, "1", _PLAIN, 9),
        (400, top + 16, "100,00 €", _PLAIN, 9),
        (480, top + 16, "100,00 €", _PLAIN, 9),
        (380, top + 40, "Summe netto", _PLAIN, 9),
        (480, top + 40, "100,00 €", _PLAIN, 9),
        (380, top + 54, "zzgl. 20 % USt.", _PLAIN, 9),
        (480, top + 54, "20,00 €", _PLAIN, 9),
        (380, top + 68, "Rechnungsbetrag", _BOLD, 9),
        (480, top + 68, "120,00 €", _BOLD, 9),
    ]


def test_three_boxes_side_by_side_give_the_middle_box_its_own_lines() -> None:
    # The seller's box in the middle, its name centred where the rows' cells are centred.
    name = "Wolkenwerk Software GmbH"
    middle = 230 + stringWidth(name, _PLAIN, 9) / 2
    detail = "Kundennummer: K-2291"
    detail_x = 2 * middle - 57 - stringWidth(detail, _PLAIN, 9)
    invoice = _invoice(
        [
            (57, 40, "Rechnung", _BOLD, 16),
            (57, 120, "RECHNUNGSEMPFÄNGER", _BOLD, 7),
            (230, 120, "RECHNUNGSSTELLER", _BOLD, 7),
            (detail_x, 120, "DETAILS", _BOLD, 7),
            (57, 136, "Tierklinik Nordhang GmbH", _PLAIN, 9),
            (230, 136, name, _PLAIN, 9),
            (detail_x, 136, "Rechnungsdatum: 2. Mai 2026", _PLAIN, 9),
            (57, 147, "Einkauf / Kreditoren", _PLAIN, 9),
            (230, 147, "Hafenweg 9", _PLAIN, 9),
            (detail_x, 147, detail, _PLAIN, 9),
            (57, 158, "Lindenallee 12", _PLAIN, 9),
            (230, 158, "20457 Hamburg", _PLAIN, 9),
            (detail_x, 158, "Rechnungsnummer: R-4471", _PLAIN, 9),
            (57, 170, "50667 Köln", _PLAIN, 9),
            *_items(240),
        ]
    )
    assert _field(invoice, "seller_address") == "Hafenweg 9, 20457 Hamburg"


def _footer_letterhead(firm: str, footer: list[str]) -> list[Text]:
    return [
        (-1, 42, firm.upper(), _BOLD, 20),
        (-1, 66, "Bau GmbH · Natursteinhandel", _PLAIN, 10),
        (-1, 80, "Murgasse 14 · 8010 Graz · Österreich · Tel. +43 316 55 12 90", _PLAIN, 8),
        (57, 134, "Firma", _PLAIN, 9),
        (57, 147, "Kletterhalle Südwand OG", _PLAIN, 9),
        (57, 160, "Annenstraße 3", _PLAIN, 9),
        (57, 173, "8020 Graz", _PLAIN, 9),
        (360, 134, "Rechnungsnummer: 2026/0512", _PLAIN, 9),
        (360, 147, "Rechnungsdatum: 4. Mai 2026", _PLAIN, 9),
        (57, 228, "RECHNUNG", _BOLD, 14),
        *_items(260),
        *[(57, 786 + 9 * n, text, _PLAIN, 7) for n, text in enumerate(footer)],
    ]


def test_a_footer_seat_with_its_register_number_is_no_address() -> None:
    footer = ["Felswerk Bau GmbH", "Sitz: Graz · FN 123456 a", "Landesgericht für ZRS Graz"]
    texts = _footer_letterhead("Felswerk", footer)
    texts += [
        (250, 786, "UID: ATU12345678", _PLAIN, 7),
        (250, 795, "Geschäftsführer: Mag. Ida Rainer", _PLAIN, 7),
    ]
    invoice = _invoice(texts)
    assert _field(invoice, "seller_address") == "Murgasse 14, 8010 Graz, Österreich"


def test_a_footer_partners_line_with_its_register_number_is_no_address() -> None:
    invoice = _invoice(
        [
            (-1, 43, "Rebhof Krämer & Söhne", "Times-Bold", 22),
            (-1, 67, "seit 1921 · Weinbau · Weinhandel", _PLAIN, 9),
            (-1, 89, "Weinbergstraße 5 · 55232 Alzey · Telefon 06731 12 34-0", _PLAIN, 9),
            (57, 148, "Landgasthof Eiche", _PLAIN, 10),
            (57, 162, "Mühlweg 8", _PLAIN, 10),
            (57, 176, "55116 Mainz", _PLAIN, 10),
            (360, 148, "Rechnung Nr.", _PLAIN, 10),
            (460, 148, "5521", _PLAIN, 10),
            (360, 162, "Datum", _PLAIN, 10),
            (460, 162, "3. Mai 2026", _PLAIN, 10),
            *_items(270),
            (
                -1,
                769,
                "Rebhof Krämer & Söhne OHG · Gesellschafter: Anna, Paul und Jonas Krämer"
                " · HRA 12345 Amtsgericht Mainz",
                _PLAIN,
                7,
            ),
            (-1, 780, "USt-IdNr. DE123456789 · Volksbank Alzey", _PLAIN, 7),
        ]
    )
    assert _field(invoice, "seller_address") == "Weinbergstraße 5, 55232 Alzey"


def test_a_sidebar_name_wrapped_before_its_legal_form_is_read_whole() -> None:
    invoice = _invoice(
        [
            (71, 85, "2026-05-06", _PLAIN, 8),
            (412, 85, "Papierwerkstatt Blau & Grün", _BOLD, 7.5),
            (412, 98, "UG (haftungsbeschränkt)", _BOLD, 7.5),
            (
                71,
                102,
                "Papierwerkstatt Blau & Grün UG · Gartenstraße 3 · 90402 Nürnberg",
                _PLAIN,
                5.5,
            ),
            (412, 110, "Gartenstraße 3", _PLAIN, 7.5),
            (71, 121, "Grundschule am Park", _PLAIN, 10.5),
            (412, 121, "90402 Nürnberg", _PLAIN, 7.5),
            (71, 137, "Förderverein", _PLAIN, 10.5),
            (412, 145, "fon 0911 123 45 67", _PLAIN, 7.5),
            (71, 153, "Frau Lena Vogt", _PLAIN, 10.5),
            (412, 157, "post@papierwerkstatt.example", _PLAIN, 9),
            (71, 168, "Wiesenweg 21", _PLAIN, 10.5),
            (71, 184, "90443 Nürnberg", _PLAIN, 10.5),
            (71, 310, "Rechnung # 2026-088 vom 06.05.2026", _BOLD, 12),
            *_items(340),
            (412, 730, "USt-IdNr: DE123456789", _PLAIN, 8),
        ]
    )
    assert _field(invoice, "seller_name") == "Papierwerkstatt Blau & Grün UG (haftungsbeschränkt)"


def test_a_captioned_seat_row_wrapping_before_its_postcode_goes_on_to_its_town() -> None:
    invoice = _invoice(
        [
            (40, 31, "Furnizor:", _BOLD, 8),
            (380, 31, "Cumpărător:", _BOLD, 8),
            (40, 44, "TIPOGRAFIA SOMEȘ S.R.L.", _BOLD, 9),
            (380, 44, "HORIZONT PAPIER S.R.O.", _BOLD, 9),
            (40, 56, "CIF: RO12345678", _PLAIN, 8),
            (380, 56, "CIF: CZ12345678", _PLAIN, 8),
            (264, 60, "FACTURĂ", _BOLD, 14),
            (40, 75, "Sediu: Str. Morii nr. 4,", _PLAIN, 8),
            (380, 75, "Sediu: Nádražní 12, 602 00 Brno,", _PLAIN, 8),
            (40, 85, "400117 Cluj-Napoca, jud. Cluj", _PLAIN, 8),
            (264, 85, "Seria TS nr. 00412", _PLAIN, 8),
            (380, 85, "Cehia", _PLAIN, 8),
            (40, 106, "IBAN: RO49 AAAA 1B31 0075 9384 0000", _PLAIN, 8),
            *_items(170),
        ]
    )
    assert _field(invoice, "seller_address") == "Str. Morii nr. 4, 400117 Cluj-Napoca, jud. Cluj"
