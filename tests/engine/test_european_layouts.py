"""Layouts European invoicing software prints that the generator does not: a DIN 5008 notes
zone under the return address, an uncaptioned buyer block, side-by-side totals captions."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

Row = tuple[float, float, str]


def _extract(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


def test_recipient_below_an_empty_din_5008_notes_zone() -> None:

    pdf = make_pdf(
        [
            Drawn(400, 60, "Bohnenwerk GmbH", size=14, bold=True),
            Drawn(57, 130, "Bohnenwerk GmbH · Hafenstraße 3 · 20457 Hamburg", size=6),
            # The notes zone (12.7 mm) stays empty: the name starts 36 pt under the return line.
            Drawn(57, 166, "Kaffeerösterei Bohnenglück OHG"),
            Drawn(57, 179, "Am Markt 7"),
            Drawn(57, 192, "28195 Bremen"),
            Drawn(57, 260, "Rechnung Nr. 2025-0107"),
            Drawn(57, 800, "Bohnenwerk GmbH · Amtsgericht Hamburg HRB 123456"),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Kaffeerösterei Bohnenglück OHG"


def test_uncaptioned_buyer_block_under_the_sellers_letterhead() -> None:
    fields = _extract(
        [
            (469, 72, "Maison Vaillant SAS"),
            (462, 83, "27 quai des Chartrons"),
            (483, 94, "33000 Bordeaux"),
            (51, 129, "Hôtel Les Tilleuls SAS"),
            (50, 143, "Service comptabilité"),
            (51, 156, "12 allée de Tourny"),
            (50, 169, "33000 Bordeaux"),
            (51, 202, "Facture n° 2025-00318"),
            (51, 800, "Maison Vaillant SAS - SIRET 123 456 789 00012"),
        ]
    )["fields"]
    assert fields["seller_name"] == "Maison Vaillant SAS"
    assert fields["buyer_name"] == "Hôtel Les Tilleuls SAS"


def test_side_by_side_captions_never_make_the_tax_larger_than_the_net() -> None:
    fields = _extract(
        [
            (50, 60, "Cartoleria Bianchi S.r.l."),
            (50, 500, "Riepilogo IVA"),
            (300, 500, "Totale imponibile 560,00"),
            (50, 514, "Imponibile"),
            (150, 514, "74,00"),
            (300, 514, "Totale IVA 74,00"),
            (300, 528, "Totale documento 634,00"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"]) == (560.0, 74.0)


def test_iban_groups_are_no_amount_due() -> None:
    fields = _extract(
        [
            (50, 60, "Van Dijk Installatietechniek B.V."),
            (300, 500, "Total due EUR 3,622.89"),
            (
                50,
                560,
                "Please transfer the amount due before 13 April 2025 to "
                "IBAN NL94 INGB 0664 5812 18",
            ),
        ]
    )["fields"]
    assert fields["amount_due"] == 3622.89


def test_credit_note_amount_is_its_total() -> None:
    fields = _extract(
        [
            (50, 60, "Steuerberatung Weiß GmbH"),
            (50, 120, "Rechnungskorrektur Nr. RK-2025-004"),
            (300, 500, "Summe netto -590,90 €"),
            (300, 514, "zzgl. 19 % USt. -112,27 €"),
            (300, 528, "Gutschriftsbetrag -703,17 €"),
        ]
    )["fields"]
    assert fields["total_amount"] == -703.17
    assert fields["tax_amount"] == -112.27


def test_plural_due_dates_and_portuguese_net_caption() -> None:
    italian = _extract(
        [
            (50, 60, "Studio Grafico Rossi S.r.l."),
            (50, 600, "Scadenze"),
            (50, 614, "13/04/2025"),
        ]
    )["fields"]
    assert italian["due_date"] == "2025-04-13"
    portuguese = _extract(
        [
            (50, 60, "Tecnologias Atlântico, Lda."),
            (300, 500, "Total s/ IVA"),
            (480, 500, "3.253,50 €"),
            (300, 514, "IVA 23%"),
            (480, 514, "748,31 €"),
            (300, 528, "Total"),
            (480, 528, "4.001,81 €"),
        ]
    )["fields"]
    assert (portuguese["net_amount"], portuguese["tax_amount"]) == (3253.5, 748.31)


def test_courtesy_line_opens_the_block_and_the_name_follows() -> None:
    fields = _extract(
        [
            (51, 56, "Marques & Filhos, Lda."),
            (51, 70, "Rua das Flores 127"),
            (50, 81, "4050-265 Porto"),
            (331, 111, "Exmo.(s) Sr.(s)"),
            (331, 125, "Hotel Miradouro, S.A."),
            (330, 137, "Avenida da Liberdade 190"),
            (331, 150, "1250-147 Lisboa"),
            (50, 800, "Marques & Filhos, Lda. - NIF 508712343"),
        ]
    )["fields"]
    assert fields["buyer_name"] == "Hotel Miradouro, S.A."


def test_letter_date_after_the_place_in_numbers() -> None:
    fields = _extract(
        [
            (50, 60, "Anna Lindqvist Tanzpädagogik"),
            (400, 200, "Leipzig, den 07.03.2025"),
            (50, 240, "Rechnung Nr. 2025-011"),
        ]
    )["fields"]
    assert fields["invoice_date"] == "2025-03-07"


def test_series_prefix_before_a_date_shaped_number_and_no_bank_account_number() -> None:
    fields = _extract(
        [
            (50, 60, "Drukarnia Nowak Sp. z o.o."),
            (50, 120, "Faktura VAT nr FV 27/03/2025"),
            (50, 700, "Numer konta: PL54 1020 1026 0000 0402 0000 1234"),
        ]
    )["fields"]
    assert fields["invoice_number"] == "FV 27/03/2025"


def test_portuguese_certified_series_number() -> None:
    fields = _extract([(51, 40, "Marques & Filhos, Lda."), (434, 40, "Fatura FT A/143")])["fields"]
    assert fields["invoice_number"] == "FT A/143"


def test_small_business_note_means_no_tax_and_net_equals_total() -> None:
    fields = _extract(
        [
            (50, 60, "Anna Lindqvist Tanzpädagogik"),
            (50, 120, "Rechnung Nr. 2025-011"),
            (300, 500, "Rechnungsbetrag 530,80 €"),
            (50, 540, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        530.8,
        0.0,
        530.8,
    )


def test_vat_breakdown_under_the_items_is_no_item() -> None:
    result = _extract(
        [
            (57, 60, "Seminarhotel Brandstätter GmbH"),
            (57, 358, "Pos."),
            (83, 358, "Leistung"),
            (307, 358, "Anzahl"),
            (406, 358, "USt"),
            (436, 358, "Preis EUR"),
            (492, 358, "Betrag EUR"),
            (58, 376, "1"),
            (83, 376, "Übernachtung Einzelzimmer"),
            (326, 376, "12"),
            (403, 376, "10%"),
            (455, 376, "162,00"),
            (506, 376, "1.944,00"),
            (57, 396, "2"),
            (83, 396, "Seminarraum Mozart (Miete)"),
            (330, 396, "2"),
            (403, 396, "20%"),
            (450, 396, "480,00"),
            (513, 396, "960,00"),
            (256, 430, "Steuersatz"),
            (363, 430, "Netto"),
            (440, 430, "USt"),
            (517, 430, "Brutto"),
            (256, 450, "10 %"),
            (350, 450, "1.944,00"),
            (428, 450, "194,40"),
            (506, 450, "2.138,40"),
            (255, 469, "20 %"),
            (357, 469, "960,00"),
            (428, 469, "192,00"),
            (506, 469, "1.152,00"),
        ]
    )
    assert [row["description"] for row in result["line_items"]] == [
        "Übernachtung Einzelzimmer",
        "Seminarraum Mozart (Miete)",
    ]
