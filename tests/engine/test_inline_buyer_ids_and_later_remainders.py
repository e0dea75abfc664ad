"""Austrian-style header details: the buyer's VAT ID after "Ihre UID" inside a longer cell or
spread over cells, or in a reverse-charge sentence spelled with "ae"; a remainder payable
after assembly is no amount due; a "·"-joined caption line's name ends at the first dot; a
name wrapped after a dash goes on; a one-line "A-postcode town, street" letterhead address."""

from __future__ import annotations

from typing import Any

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import ONE_ITEM_AND_TOTALS, Page, header_values

_LETTERHEAD: Page = [
    (50, 40, "Tischlerei Wimmer GmbH"),
    (350, 40, "Rechnung Nr. 2025-311"),
    (350, 52, "Datum: 04.03.2025"),
]
_FOOTER: Page = [(50, 780, "Tischlerei Wimmer GmbH"), (300, 780, "UID: ATU57721893")]


def test_your_vat_id_inside_a_longer_cell_is_the_buyers() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 70, "Obermayr Logistik GmbH"),
            (50, 82, "Hafenstraße 19"),
            (50, 94, "4020 Linz"),
            (50, 120, "Kunden-Nr. 3318 · Ihre UID ATU62718394"),
            (330, 120, "Linz, am 4. März 2025"),
            *ONE_ITEM_AND_TOTALS,
            *_FOOTER,
        ]
    )
    assert fields["seller_vat_id"] == "ATU57721893"
    assert fields["buyer_vat_id"] == "ATU62718394"


def test_your_vat_id_spread_over_cells_is_the_buyers() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 70, "Obermayr Logistik GmbH"),
            (50, 82, "Hafenstraße 19"),
            (50, 94, "4020"),
            (90, 94, "Linz"),
            (300, 94, "Ihre"),
            (340, 94, "UID"),
            (380, 94, ":"),
            (400, 94, "ATU62718394"),
            *ONE_ITEM_AND_TOTALS,
            *_FOOTER,
        ]
    )
    assert fields["buyer_vat_id"] == "ATU62718394"


def test_recipients_id_in_a_reverse_charge_sentence_spelled_with_ae() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 70, "Obermayr Logistik GmbH"),
            (50, 82, "Hafenstraße 19"),
            (50, 94, "4020 Linz"),
            *ONE_ITEM_AND_TOTALS,
            (50, 420, "Steuerschuldnerschaft des Leistungsempfaengers."),
            (50, 432, "UID des Leistungsempfaengers: ATU62718394"),
            *_FOOTER,
        ]
    )
    assert fields["buyer_vat_id"] == "ATU62718394"


def test_remainder_payable_after_assembly_is_no_amount_due() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 70, "Obermayr Logistik GmbH"),
            (50, 82, "Hafenstraße 19"),
            (50, 94, "4020 Linz"),
            *ONE_ITEM_AND_TOTALS,
            (
                50,
                420,
                "Restbetrag nach Montage: EUR 4.321,00 brutto (vorbehaltlich Mehrleistungen).",
            ),
            *_FOOTER,
        ]
    )
    assert fields.get("amount_due") in (None, 1190.0)


def test_remainder_after_deducting_the_deposit_stays_the_amount_due() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 70, "Obermayr Logistik GmbH"),
            (50, 82, "Hafenstraße 19"),
            (50, 94, "4020 Linz"),
            *ONE_ITEM_AND_TOTALS,
            (380, 405, "abzgl. Anzahlung: 190,00"),
            (380, 420, "Restbetrag nach Abzug der Anzahlung: 1.000,00"),
            *_FOOTER,
        ]
    )
    assert fields["amount_due"] == 1000.0


def _values(*pages: Page, small: float = 0) -> dict[str, Any]:
    """The header fields of pages whose strings are split into words about 5 points a letter
    wide; strings above y = `small` are set in smaller print (a return-address line)."""
    lines = []
    for page, items in enumerate(pages, start=1):
        words = []
        for x, y, text in items:
            size = 0.6 if y < small else 1.0
            for token in text.split(" "):
                width = 5.0 * size * len(token)
                words.append(Word(token, Box(page, x, y, x + width, y + 9 * size)))
                x += width + 2.5 * size
        lines += build_lines(PageText(page, 595, 842, words))
    return {key: value.value for key, value in header_fields(lines, find_candidates(lines)).items()}


def test_appendix_customer_caption_yields_to_the_window_block() -> None:
    fields = _values(
        [
            (50, 30, "Datenwerk IT GmbH"),
            (50, 110, "Datenwerk IT GmbH · Museumstraße 4 · 6020 Innsbruck"),
            (50, 125, "Tischlerei Pichler OG"),
            (340, 125, "Rechnungsnummer"),
            (440, 125, "RE-7781"),
            (50, 137, "z. Hd. Herrn Karl Pichler"),
            (340, 137, "Rechnungsdatum"),
            (440, 137, "03.03.2025"),
            (50, 149, "Dorfstraße 12"),
            (50, 161, "6167 Neustift"),
            *ONE_ITEM_AND_TOTALS,
        ],
        [
            (50, 60, "Anlage zu Rechnung RE-7781: Stundenliste"),
            (
                50,
                80,
                "Kunde: Tischlerei Pichler OG · Zeitraum 01.02.2025 – 28.02.2025 · Takt 15 Minuten",
            ),
            (50, 110, "Datum"),
            (150, 110, "Tätigkeit"),
            (450, 110, "Std."),
            (50, 124, "04.02.2025"),
            (150, 124, "Fernwartung Server"),
            (450, 124, "1,50"),
        ],
    )
    assert fields["buyer_name"] == "Tischlerei Pichler OG"
    assert fields["buyer_address"] == "Dorfstraße 12, 6167 Neustift"


def test_caption_line_name_ends_at_the_middle_dot() -> None:
    fields = header_values(
        [
            *_LETTERHEAD,
            (50, 90, "Kunde: Obermayr Logistik GmbH · Kundennummer 5521 · Projekt Lager Nord"),
            *ONE_ITEM_AND_TOTALS,
            *_FOOTER,
        ]
    )
    assert fields["buyer_name"] == "Obermayr Logistik GmbH"


def test_name_wrapped_after_a_dash_goes_on() -> None:
    fields = _values(
        [
            (380, 20, "DRUCKHAUS WIMMER"),
            (50, 46, "Druckhaus Wimmer GmbH · Landstraße 8 · 4020 Linz"),
            (50, 60, "Musikverein Aschach –"),
            (330, 60, "Rechnungs-Nr.: 25-118"),
            (50, 72, "Verein zur Pflege der Blasmusik"),
            (330, 72, "Rechnungsdatum: 04.03.2025"),
            (50, 84, "Obmann Ing. Franz Huber"),
            (50, 96, "Marktplatz 3"),
            (50, 108, "4082 Aschach"),
            *ONE_ITEM_AND_TOTALS,
            *_FOOTER,
        ],
        small=50,
    )
    assert fields["buyer_name"] == "Musikverein Aschach – Verein zur Pflege der Blasmusik"


def test_one_line_postcode_town_then_street_letterhead_address() -> None:
    fields = header_values(
        [
            (380, 30, "A-4020 Linz, Landstraße 45"),
            (50, 40, "Putzteufel Reinigungs GmbH"),
            (50, 110, "Hausverwaltung Berger GmbH"),
            (330, 110, "Rechnungsnummer: 2025-17"),
            (50, 122, "Wiener Straße 8"),
            (330, 122, "Rechnungsdatum: 2.6.2025"),
            (50, 134, "A-4030 Linz"),
            *ONE_ITEM_AND_TOTALS,
            (50, 780, "Putzteufel Reinigungs GmbH · Sitz: Linz · UID: ATU57721893"),
        ]
    )
    assert fields["buyer_address"] == "Wiener Straße 8, A-4030 Linz"
    assert fields["seller_address"] == "Landstraße 45, A-4020 Linz"
