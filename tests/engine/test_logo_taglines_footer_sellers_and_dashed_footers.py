"""Sellers named only by a logo on top, completed or spelled out by the footer's legal lines.

Conventions:
- A logo's name set large and centred ("BERGMANN & OKAFOR"), and centred under it in smaller
  print a line that is only a legal form with a generic business word
  ("Wirtschaftsprüfungsgesellschaft mbH"): the line completes the logo's name.
- A title over a one-word logo ("Rechnung" / "KALVORO"), the addressee's legal-form block
  under them, and the seller's full name and address only in the footer ("Kalvoro Energie
  AG", "Hafenstraße 12, 20457 Hamburg"): the footer's company is the seller.
- A footer's segments parted by dashes state the share capital as "capital 80 000 €": the
  share capital is no part of the address after it.
- A two-word logo over two lines ("WESTFELD" / "FÖRDERTECHNIK") that the footer's legal
  name spells out ("Westfeld Fördertechnik GmbH"): the footer's company is the seller, its
  address the footer's; a short first word ("NORD" / "ANTRIEBE") counts when both lines
  start the footer's name.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_TABLE: list[SizedText] = [
    (60, 330, "Pos", 9),
    (90, 330, "Leistung", 9),
    (330, 330, "Menge", 9),
    (400, 330, "Einzelpreis", 9),
    (500, 330, "Betrag", 9),
    (60, 350, "1", 9),
    (90, 350, "Jahresabschluss 2025", 9),
    (330, 350, "1", 9),
    (400, 350, "800,00 €", 9),
    (500, 350, "800,00 €", 9),
    (60, 420, "Nettobetrag 800,00 €", 9),
    (60, 434, "Umsatzsteuer 19 % 152,00 €", 9),
    (60, 448, "Gesamtbetrag 952,00 €", 9),
]


def test_a_legal_form_line_centred_under_a_logo_completes_its_name() -> None:
    fields = _fields(
        [
            (298, 45, "=BERGMANN & OKAFOR", 20),
            (298, 62, "=Wirtschaftsprüfungsgesellschaft mbH", 10),
            (298, 92, "=Lindenallee 4 · 50667 Köln · 0221 480 33-0 · info@bo-wp.de", 7),
            (57, 135, "Bergmann & Okafor WPG mbH · Lindenallee 4 · 50667 Köln", 6),
            (57, 150, "Frau", 10),
            (57, 163, "Dr. Irene Vogt", 10),
            (57, 176, "Parkweg 9", 10),
            (57, 189, "50931 Köln", 10),
            (360, 125, "Rechnung", 12),
            (470, 125, "2026-0142", 10),
            (360, 140, "Datum", 9),
            (470, 140, "04.03.2026", 9),
            *_TABLE,
            (57, 770, "Bergmann & Okafor", 6),
            (57, 779, "Wirtschaftsprüfungsgesellschaft mbH", 6),
            (57, 788, "Lindenallee 4, 50667 Köln", 6),
            (250, 770, "AG Köln HRB 77310", 6),
            (250, 779, "USt-IdNr. DE318840271", 6),
            (420, 770, "IBAN DE12 3705 0198 0012 3456 78", 6),
        ]
    )
    assert fields["seller_name"] == "BERGMANN & OKAFOR Wirtschaftsprüfungsgesellschaft mbH"
    assert fields["seller_address"] == "Lindenallee 4, 50667 Köln"


def test_a_logo_under_the_title_is_the_footers_company() -> None:
    fields = _fields(
        [
            (57, 40, "Rechnung", 9),
            (57, 55, "KALVORO", 24),
            (57, 80, "strom · gas · wärme", 9),
            (57, 110, "Bäckerei Sonnhalde GmbH", 10),
            (57, 123, "Am Markt 3", 10),
            (57, 136, "79098 Freiburg", 10),
            (330, 110, "Rechnungsnummer", 9),
            (460, 110, "8812004417", 9),
            (330, 123, "Datum", 9),
            (460, 123, "05.03.2026", 9),
            *_TABLE,
            (57, 760, "Kalvoro Energie AG", 7),
            (57, 770, "Hafenstraße 12, 20457 Hamburg", 7),
            (330, 760, "USt-IdNr. DE287710345", 7),
            (330, 770, "IBAN DE44 2005 0550 1234 5678 90", 7),
        ]
    )
    assert fields["seller_name"] == "Kalvoro Energie AG"
    assert fields["seller_address"] == "Hafenstraße 12, 20457 Hamburg"
    assert fields["buyer_name"] == "Bäckerei Sonnhalde GmbH"


def test_a_dashed_footers_share_capital_is_no_part_of_the_address() -> None:
    fields = _fields(
        [
            (57, 45, "PELICAN", 20),
            (57, 62, "Agence Vieux-Port", 9),
            (400, 45, "FACTURE", 14),
            (400, 62, "N° PM-2026-0091", 9),
            (400, 74, "Date : 09/03/2026", 9),
            (330, 110, "SARL LES VOILES DU SUD", 10),
            (330, 123, "8 quai de Rive Neuve", 10),
            (330, 136, "13007 MARSEILLE", 10),
            (60, 330, "Désignation", 9),
            (330, 330, "Qté", 9),
            (400, 330, "P.U. HT", 9),
            (500, 330, "Montant HT", 9),
            (60, 350, "Location scooter 125 cm3", 9),
            (330, 350, "2", 9),
            (400, 350, "45,00", 9),
            (500, 350, "90,00", 9),
            (60, 420, "Total HT 90,00 €", 9),
            (60, 434, "TVA 20 % 18,00 €", 9),
            (60, 448, "Total TTC 108,00 €", 9),
            (
                57,
                760,
                "Pelican Mobilité SAS — capital 80 000 € — 4 rue Paradis, 13001 Marseille",
                7,
            ),
            (57, 770, "RCS Marseille 811 402 337 — TVA FR40811402337", 7),
        ]
    )
    assert fields["seller_address"] == "4 rue Paradis, 13001 Marseille"


def test_a_footers_legal_name_spelling_out_a_two_line_logo_is_the_seller() -> None:
    fields = _fields(
        [
            (57, 45, "WESTFELD", 18),
            (57, 65, "FÖRDERTECHNIK", 12),
            (400, 45, "Rechnung", 14),
            (400, 65, "RE-2026-00417", 9),
            (57, 110, "Rechnungsempfänger:", 8),
            (57, 122, "Kranwerk Oberland GmbH", 10),
            (57, 135, "Industriepark 7", 10),
            (57, 148, "83607 Holzkirchen", 10),
            (330, 122, "Rechnungsdatum", 9),
            (460, 122, "06.03.2026", 9),
            *_TABLE,
            (57, 760, "Westfeld Fördertechnik GmbH", 7),
            (57, 770, "Gewerbering 5", 7),
            (57, 780, "48155 Münster, Deutschland", 7),
            (250, 760, "Sparkasse Münsterland Ost", 7),
            (250, 770, "IBAN DE61 4005 0150 0000 4411 77", 7),
            (420, 760, "AG Münster HRB 19921", 7),
            (420, 770, "USt-IdNr. DE811402377", 7),
        ]
    )
    assert fields["seller_name"] == "Westfeld Fördertechnik GmbH"
    assert fields["seller_address"] == "Gewerbering 5, 48155 Münster, Deutschland"
    assert fields["buyer_name"] == "Kranwerk Oberland GmbH"


def test_a_short_two_line_logo_spelled_out_by_the_footer_is_the_seller() -> None:
    fields = _fields(
        [
            (57, 45, "NORD", 18),
            (400, 45, "Rechnung", 14),
            (57, 65, "ANTRIEBE", 12),
            (400, 65, "RE-2026-00418", 9),
            (57, 110, "Kranwerk Oberland GmbH", 10),
            (57, 123, "Industriepark 7", 10),
            (57, 136, "83607 Holzkirchen", 10),
            (330, 110, "Rechnungsdatum", 9),
            (460, 110, "06.03.2026", 9),
            *_TABLE,
            (57, 760, "Nord Antriebe GmbH", 7),
            (57, 770, "Gewerbering 5", 7),
            (57, 780, "48155 Münster, Deutschland", 7),
            (250, 760, "Sparkasse Münsterland Ost", 7),
            (250, 770, "IBAN DE61 4005 0150 0000 4411 77", 7),
            (420, 760, "AG Münster HRB 19921", 7),
            (420, 770, "USt-IdNr. DE811402377", 7),
        ]
    )
    assert fields["seller_name"] == "Nord Antriebe GmbH"
    assert fields["seller_address"] == "Gewerbering 5, 48155 Münster, Deutschland"
    assert fields["buyer_name"] == "Kranwerk Oberland GmbH"
