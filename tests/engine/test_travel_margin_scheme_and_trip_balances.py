"""Travel agencies' bills.

A travel agency or tour operator sells under the travel margin scheme (§ 25 UStG, Austria's
§ 23 UStG, France's "Régime particulier – Agences de voyage", Italy's art. 74-ter, the UK's
TOMS): the price holds VAT on the margin that the bill does not show, so the total is no net
and no tax can be read from it, even where another line says something is "nicht steuerbar".

The trip's price is captioned "Gesamtreisepreis" above the deposit and the remainder; an
Italian bill's "Saldo da versare" is the remainder after the deposit, due on the day its
payment sentence names ("Il saldo deve pervenire entro il 10/02/2024")."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _trip_bill(
    captions: tuple[str, str, str], figures: tuple[str, str, str], notes: tuple[str, ...]
) -> dict[str, object]:
    texts: list[SizedText] = [
        (70, 50, "Reisewelt Kranich GmbH", 14),
        (70, 66, "Bahnhofstraße 3 · 90402 Nürnberg", 9),
        (70, 120, "Müller Maschinenbau AG", 10),
        (70, 134, "Industriestraße 12", 10),
        (70, 148, "90411 Nürnberg", 10),
        (360, 120, "Rechnung", 14),
        (360, 140, "Nummer", 9),
        (450, 140, "RK-2024-0311", 9),
        (360, 154, "Datum", 9),
        (450, 154, "01.03.2024", 9),
        (70, 220, "Leistung", 9),
        (300, 220, "Anzahl", 9),
        (360, 220, "Preis p. P.", 9),
        (450, 220, "Gesamt EUR", 9),
        (70, 236, "Pauschalreise Porto 5 Tage", 9),
        (300, 236, "6", 9),
        (360, 236, "980,00", 9),
        (450, 236, "5.880,00", 9),
        (70, 250, "Weinprobe Douro-Tal", 9),
        (300, 250, "6", 9),
        (360, 250, "100,00", 9),
        (450, 250, "600,00", 9),
        (280, 290, captions[0], 10),
        (450, 290, figures[0], 10),
        (280, 304, captions[1], 10),
        (450, 304, figures[1], 10),
        (280, 318, captions[2], 10),
        (450, 318, figures[2], 10),
        *((70, 360 + 12 * index, note, 8) for index, note in enumerate(notes)),
        (70, 760, "IBAN DE44 7505 0000 0026 1188 31 · USt-IdNr. DE301774852", 7),
    ]
    fields: dict[str, object] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)[
        "fields"
    ]
    return fields


_DEPOSIT = ("Reisepreis gesamt", "abzgl. Anzahlung vom 12.02.2024", "Restzahlung")
_FIGURES = ("6.480,00", "-1.296,00", "5.184,00")


@pytest.mark.parametrize(
    "notes",
    [
        (
            "Sonderregelung für Reisebüros gemäß § 25 UStG – die Umsatzsteuer wird",
            "nicht gesondert ausgewiesen.",
        ),
        (
            "Margenbesteuerung für Reiseleistungen gem. § 23 UStG – die Umsatzsteuer wird",
            "nicht gesondert ausgewiesen. Stornoentgelte sind als Schadenersatz nicht steuerbar.",
        ),
        (
            "Régime particulier – Agences de voyage (art. 266-1-e du CGI) : TVA sur marge,",
            "non mentionnée et non récupérable.",
        ),
        (
            "Operazione soggetta al regime speciale per le agenzie di viaggio ai sensi",
            "dell'art. 74-ter D.P.R. 633/1972: IVA non esposta in fattura.",
        ),
        ("Régimen especial de las agencias de viajes.",),
    ],
)
def test_travel_margin_scheme_total_is_no_net(notes: tuple[str, ...]) -> None:
    fields = _trip_bill(_DEPOSIT, _FIGURES, notes)
    assert fields["total_amount"] == pytest.approx(6480.00)
    assert fields["amount_due"] == pytest.approx(5184.00)
    assert fields.get("net_amount") is None
    assert fields.get("tax_amount") is None


def test_cross_border_triangular_trade_is_no_margin_scheme() -> None:
    # § 25b UStG (triangular trade) is no travel margin: the note of no VAT still holds.
    notes = (
        "Innergemeinschaftliches Dreiecksgeschäft gemäß § 25b UStG.",
        "Steuerschuldnerschaft des Leistungsempfängers.",
    )
    fields = _trip_bill(_DEPOSIT, _FIGURES, notes)
    assert fields["tax_amount"] == 0.0
    assert fields["net_amount"] == pytest.approx(6480.00)


def test_total_trip_price_caption_names_the_total() -> None:
    captions = ("Gesamtreisepreis", "Anzahlung 20 % (erh. 12.02.2024)", "Restzahlung")
    fields = _trip_bill(captions, _FIGURES, ("Sonderregelung für Reisebüros gemäß § 25 UStG.",))
    assert fields["total_amount"] == pytest.approx(6480.00)
    assert fields["amount_due"] == pytest.approx(5184.00)


def test_italian_balance_to_pay_after_deposit_and_its_day() -> None:
    captions = ("Totale documento €", "Acconto versato il 15/01/2024", "Saldo da versare €")
    notes = (
        "Il saldo deve pervenire entro il 10/02/2024 (30 giorni prima della partenza)",
        "mediante bonifico bancario.",
    )
    fields = _trip_bill(captions, _FIGURES, notes)
    assert fields["total_amount"] == pytest.approx(6480.00)
    assert fields["amount_due"] == pytest.approx(5184.00)
    assert fields["due_date"] == "2024-02-10"


def test_date_of_the_deposit_invoice_quoted_is_not_this_ones() -> None:
    # "Anzahlung gem. Rechnung 2024-0388 vom 20.09.2024": the deposit's invoice, quoted; this
    # bill is dated by the place and date line above its title.
    texts: list[SizedText] = [
        (57, 50, "Gipfelwerk Eventreisen AG", 14),
        (57, 66, "Höheweg 35 · 3800 Interlaken", 9),
        (330, 120, "Trachsel Treuhand AG", 10),
        (330, 134, "Löwenstrasse 29", 10),
        (330, 148, "8001 Zürich", 10),
        (57, 200, "Interlaken, 6. Dezember 2024", 10),
        (57, 226, "Rechnung 2024-0517 – Firmenanlass Lauberhorn", 13),
        (57, 280, "Pos.", 9),
        (83, 280, "Beschreibung", 9),
        (330, 280, "Anzahl", 9),
        (390, 280, "Preis CHF", 9),
        (480, 280, "Total CHF", 9),
        (57, 298, "1", 9),
        (83, 298, "Eventpaket Lauberhorn-Rennen, VIP-Tribüne", 9),
        (330, 298, "12", 9),
        (390, 298, "690.00", 9),
        (480, 298, "8'280.00", 9),
        (240, 340, "Total inkl. MWST", 9),
        (480, 340, "8'280.00", 9),
        (240, 356, "./. Anzahlung gem. Rechnung 2024-0388 vom 20.09.2024", 9),
        (480, 356, "-4'500.00", 9),
        (240, 372, "Restbetrag CHF", 9),
        (480, 372, "3'780.00", 9),
        (57, 420, "Zahlbar bis 18.12.2024.", 9),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "2024-0517"
    assert fields["invoice_date"] == "2024-12-06"


def test_sidebar_number_caption_beside_the_buyers_street_reads_its_own_value() -> None:
    # A shaded sidebar of captions over their values; the window address beside it: the
    # street's house number on the caption's row is no credit note number.
    texts: list[SizedText] = [
        (35, 80, "donauwelle reisen", 16),
        (205, 135, "Frau", 10),
        (205, 148, "Mag. Elisabeth Pfandl", 10),
        (205, 162, "Hietzinger Hauptstraße 22", 10),
        (34, 162, "GUTSCHRIFT-NR.", 7),
        (34, 177, "G-24-00188", 10),
        (205, 175, "1130 Wien", 10),
        (35, 198, "DATUM", 7),
        (35, 210, "18.04.2024", 10),
        (205, 228, "Stornorechnung / Gutschrift", 14),
        (35, 267, "BUCHUNGSNUMMER", 7),
        (35, 279, "DW-77120", 10),
        (205, 348, "Beschreibung", 9),
        (523, 348, "Betrag €", 9),
        (205, 369, "Storno Reisepreis Flusskreuzfahrt", 9),
        (523, 369, "-3.480,00", 9),
        (341, 420, "Gutschrift gesamt EUR", 10),
        (505, 420, "-3.480,00", 10),
        (35, 760, "Donauwelle Reisen GmbH · Landstraßer Hauptstraße 71/2/14 · 1030 Wien", 7),
        (35, 770, "UID ATU73521968 · IBAN AT54 2011 1827 1509 3402", 7),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "G-24-00188"


def test_airline_ticket_rows_under_a_fare_caption() -> None:
    # "Fare EUR | Taxes/fees | Amount": an airline's fare is the ticket's price before the
    # taxes and fees; the rows are the tickets.
    texts: list[SizedText] = [
        (50, 40, "Oranjewind Airlines B.V.", 14),
        (50, 60, "Stationsplein 101, 1117 CE Schiphol", 9),
        (50, 120, "Vandermolen Logistics B.V.", 9),
        (50, 133, "Havenweg 212", 9),
        (50, 146, "3089 JP Rotterdam", 9),
        (330, 120, "Invoice no.", 9),
        (420, 120, "OW-2406-118293", 9),
        (330, 133, "Invoice date", 9),
        (420, 133, "11 Jun 2024", 9),
        (51, 232, "Ticket / document", 8),
        (137, 232, "Passenger", 8),
        (250, 232, "Route / service", 8),
        (378, 232, "Class", 8),
        (405, 232, "Fare EUR", 8),
        (455, 232, "Taxes/fees", 8),
        (515, 232, "Amount", 8),
    ]
    rows = [
        (
            "074-2417836551",
            "VANDERMOLEN/PIETER MR",
            "AMS–BCN–AMS 18JUN/21JUN",
            "Y-Flex",
            "298.00",
            "144.19",
            "442.19",
        ),
        (
            "074-2417836553",
            "JANSEN/RUUD MR",
            "AMS–BCN 18JUN",
            "Y-Light",
            "189.00",
            "78.35",
            "267.35",
        ),
        (
            "074-8213377401",
            "VANDERMOLEN/PIETER MR",
            "EMD excess baggage 1PC 23KG",
            "—",
            "45.00",
            "0.00",
            "45.00",
        ),
    ]
    for index, row in enumerate(rows):
        for x, text in zip((51, 136, 250, 377, 445, 505, 550), row, strict=True):
            texts.append((x, 255 + 18 * index, (">" if x > 400 else "") + text, 8))
    texts += [
        (312, 345, "Subtotal excl. VAT", 9),
        (550, 345, ">754.54", 9),
        (312, 360, "VAT 0 %", 9),
        (550, 360, ">0.00", 9),
        (312, 375, "Total EUR", 9),
        (550, 375, ">754.54", 9),
    ]
    items = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["line_items"]
    assert [item["amount"] for item in items] == [442.19, 267.35, 45.0]
    assert items[0]["description"].startswith("AMS–BCN–AMS")
