"""German statements' header rules: abbreviated sender names spelled out, a practice line over
its holder, spaced numbers, "vom" dates, deadlines, Skonto offers and tax not levied."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.shortnames import spells_out

from .conftest import SizedText, make_sized_pdf

_WINDOW: list[SizedText] = [
    (57, 137, "K. Albers · Hohenzollernring 54 · 50672 Köln", 6),
    (57, 152, "Spedition Brandt Logistik GmbH", 10),
    (57, 164, "Senator-Borttscheller-Straße 11", 10),
    (57, 176, "28197 Bremen", 10),
]
_LETTERHEAD: list[SizedText] = [(58, 41, "Katrin Albers", 18)]
_BODY: list[SizedText] = [
    (58, 249, "RECHNUNG", 16),
    (369, 243, "Rechnungsnummer", 9),
    (455, 243, "2025-031", 9),
    (369, 255, "Rechnungsdatum", 9),
    (455, 255, "19.05.2025", 9),
    (313, 458, "Zwischensumme netto", 10),
    (503, 458, "483,05 €", 10),
    (313, 472, "Umsatzsteuer 19 %", 10),
    (507, 472, "91,78 €", 10),
    (313, 489, "Rechnungsbetrag", 10),
    (502, 489, "574,83 €", 10),
]


def _fields(rows: list[SizedText]) -> dict[str, object]:
    found: dict[str, object] = extract_canonical(make_sized_pdf(rows), use_einvoice=False)["fields"]
    return found


def test_an_abbreviated_return_line_name_is_spelled_out_by_the_letterhead() -> None:
    fields = _fields(_LETTERHEAD + _WINDOW + _BODY)
    assert fields["seller_name"] == "Katrin Albers"
    assert fields["seller_address"] == "Hohenzollernring 54, 50672 Köln"


def test_spelled_out_names_share_a_word_and_expand_initials_and_acronyms() -> None:
    assert spells_out("Elbufer VVaG", "Elbufer Versicherungsverein a.G.")
    assert spells_out("OGV Lindner", "Petra Lindner Obergerichtsvollzieherin")
    assert not spells_out("Weigand GmbH", "Elektro Weigand GmbH")  # nothing abbreviated
    assert not spells_out("K. Albers", "Katrin Berger")  # no shared word


def test_a_practice_line_over_its_holder_names_the_holder() -> None:
    window: list[SizedText] = [
        (57, 137, "K. Albers · Hohenzollernring 54 · 50672 Köln", 6),
        (57, 152, "Zahnarztpraxis", 10),
        (57, 164, "Dr. med. dent. Carola Fink", 10),
        (57, 176, "Wörthstraße 19", 10),
        (57, 188, "81667 München", 10),
    ]
    assert _fields(_LETTERHEAD + window + _BODY)["buyer_name"] == "Dr. med. dent. Carola Fink"


def test_a_number_of_spaced_groups_keeps_its_long_last_group() -> None:
    body = [r for r in _BODY if r[2] != "2025-031"] + [(455, 243, "JR 2025 0047118", 9)]
    assert _fields(_LETTERHEAD + _WINDOW + body)["invoice_number"] == "JR 2025 0047118"


def test_vom_under_the_number_dates_the_invoice() -> None:
    body = [r for r in _BODY if r[1] not in (243, 255)] + [
        (57, 285, "Nr.", 9),
        (97, 285, "SR-25-0117", 9),
        (57, 297, "vom", 9),
        (97, 297, "16.05.2025", 9),
    ]
    assert _fields(_LETTERHEAD + _WINDOW + body)["invoice_date"] == "2025-05-16"


def test_spaetestens_bis_in_payment_terms_is_the_due_date() -> None:
    terms = [
        (57, 520, "Zahlbar innerhalb von 21 Werktagen nach Zugang, spätestens bis 01.08.2025.", 9)
    ]
    assert _fields(_LETTERHEAD + _WINDOW + _BODY + terms)["due_date"] == "2025-08-01"


def test_the_sum_after_a_skonto_offer_is_no_amount_due() -> None:
    rows = [
        (313, 505, "Noch zu zahlender Betrag", 10),
        (502, 505, "574,83 €", 10),
        (57, 530, "Bei Zahlung bis 30.05.2025 gewähren wir 2 % Skonto (11,50 €),", 9),
        (57, 541, "Zahlbetrag dann 563,33 €.", 9),
    ]
    assert _fields(_LETTERHEAD + _WINDOW + _BODY + rows)["amount_due"] == 574.83


def test_umsatzsteuer_wird_nicht_erhoben_means_no_tax() -> None:
    body = [r for r in _BODY if r[1] not in (458, 472)] + [
        (57, 520, "Umsatzsteuer wird nicht erhoben (hoheitliche Tätigkeit).", 9)
    ]
    assert _fields(_LETTERHEAD + _WINDOW + body)["tax_amount"] == 0.0


def test_a_legal_form_glued_to_a_tagline_by_a_separator_is_no_abbreviation() -> None:
    # OCR glues "·" between the legal form and the tagline: "GmbH" is printed whole there,
    # so the letterhead's tagline line does not spell out the name.
    assert not spells_out(
        "Systemhaus Brückner GmbH", "Systemhaus Brückner GmbH·IT-Service & Netzwerke"
    )
    fields = _fields(
        [
            (439, 33, "Systemhaus Brückner GmbH", 10),
            (483, 45, "Kaiserstraße 113", 9),
            (475, 57, "76133 Karlsruhe", 9),
            (57, 81, "Systemhaus Brückner GmbH·IT-Service & Netzwerke", 9),
            (57, 131, "Systemhaus Brückner GmbH·Kaiserstraße 113·76133 Karlsruhe", 6),
            (57, 147, "Kanzlei Dr. Albers & Partner mbB", 10),
            (57, 161, "Hans-Thoma-Straße 6", 10),
            (57, 173, "76133 Karlsruhe", 10),
            *_BODY,
        ]
    )
    assert fields["seller_name"] == "Systemhaus Brückner GmbH"
