"""A practice's letterhead and a notary's cost note.

- An owner's tagline listing the practitioner, her title and her services between "·" is no
  company, though a service's abbreviation joined by a hyphen ("KG-Gerät") reads like a form:
  the practice's name set large over it is the seller.
- The return line over the window names the notary by title and surname ("Notar Dr. Wessel");
  the letterhead set large above it prints the full name, which is the seller's.
- A notary's cost-register number ("Kosten-Reg.-Nr.") is the cost note's invoice number, not
  the deed register's "UR-Nr." beside it.
- A footer column's register line ("Partnerschaftsregister AG Hamm PR 812") between the firm's
  name and its street is no part of the address.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.partynames import names_by_form

from .conftest import SizedText, make_aligned_pages, make_sized_pdf

_ITEMS: list[SizedText] = [
    (57, 300, "Pos. Leistung", 9),
    (470, 300, "Betrag €", 9),
    (57, 318, "1 Beratung", 9),
    (480, 318, "400,00", 9),
    (360, 350, "Rechnungsbetrag", 9),
    (480, 350, "400,00 €", 9),
]


def test_compound_with_a_form_like_abbreviation_names_no_company() -> None:
    assert not names_by_form("Marek Sommer · Physiotherapeut · Manuelle Therapie · KG-Gerät")
    assert names_by_form("Sommer Bau GmbH & Co. KG")


def test_practice_name_over_an_owner_tagline() -> None:
    texts: list[SizedText] = [
        (57, 50, "PRAXIS AM LINDENHOF", 18),
        (57, 68, "Marek Sommer · Physiotherapeut · Manuelle Therapie · KG-Gerät", 8),
        (57, 80, "Lindenweg 3 · 34117 Kassel · Tel. 0561 123 456", 8),
        (57, 130, "Praxis am Lindenhof · Lindenweg 3 · 34117 Kassel", 7),
        (57, 148, "Frau", 10),
        (360, 148, "Rechnungsnummer: PX-25-118", 9),
        (57, 161, "Greta Albers", 10),
        (360, 161, "Rechnungsdatum: 04.04.2025", 9),
        (57, 174, "Wiesenstraße 40", 10),
        (57, 187, "34119 Kassel", 10),
        *_ITEMS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert str(fields["seller_name"]).casefold() == "praxis am lindenhof"


def test_notary_named_in_full_by_the_letterhead_and_cost_register_number() -> None:
    texts: list[SizedText] = [
        (297, 60, "=Dr. jur. Konrad Wessel", 18),
        (297, 78, "=N O T A R   I N   K I E L", 9),
        (297, 92, "=Holstenstraße 12 · 24103 Kiel · Telefon 0431 55 66 77", 8),
        (57, 130, "Notar Dr. Wessel · Holstenstraße 12 · 24103 Kiel", 7),
        (57, 148, "Herrn Paul Ahrens", 10),
        (360, 148, "Kiel, den 02. Mai 2025", 9),
        (57, 161, "Bergstraße 5", 10),
        (360, 161, "UR-Nr. 233/2025 W", 9),
        (57, 174, "24105 Kiel", 10),
        (360, 174, "Kosten-Reg.-Nr. K 0117/2025", 9),
        (57, 230, "Kostenberechnung", 12),
        *[(x, y, text, size) for x, y, text, size in _ITEMS],
    ]
    fields = extract_canonical(make_aligned_pages(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Dr. jur. Konrad Wessel"
    assert fields["invoice_number"] == "K 0117/2025"
    assert fields["seller_address"] == "Holstenstraße 12, 24103 Kiel"


def test_register_line_in_the_footer_column_is_no_address_line() -> None:
    first: list[SizedText] = [
        (57, 50, "Berger & Roth Steuerberater PartG mbB", 14),
        (57, 68, "Steuerberatung · Lohnbuchhaltung · Jahresabschlüsse", 8),
        (57, 130, "Berger & Roth · Ostwall 9 · 44135 Dortmund", 7),
        (57, 148, "Herrn Jan Keller", 10),
        (360, 148, "Rechnung Nr. 2025/0412", 9),
        (57, 161, "Kampstraße 22", 10),
        (360, 161, "Datum 11.03.2025", 9),
        (57, 174, "44137 Dortmund", 10),
        (57, 300, "Pos. Leistung", 9),
        (470, 300, "Betrag €", 9),
        (57, 318, "1 Beratung", 9),
        (480, 318, "400,00", 9),
        (57, 780, "– Fortsetzung auf Seite 2 –", 8),
    ]
    second: list[SizedText] = [
        (360, 100, "Rechnungsbetrag", 9),
        (480, 100, "400,00 €", 9),
        (57, 757, "Berger & Roth Steuerberater PartG mbB", 7),
        (250, 757, "Sparkasse Dortmund", 7),
        (57, 766, "Partnerschaftsregister AG Hamm PR 812", 7),
        (250, 766, "IBAN DE12 4405 0199 0001 2345 67", 7),
        (57, 775, "Ostwall 9, 44135 Dortmund", 7),
        (250, 775, "Steuernummer 314/5703/1187", 7),
    ]
    fields = extract_canonical(make_aligned_pages(first, second), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Ostwall 9, 44135 Dortmund"
