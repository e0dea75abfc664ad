"""The number a title carries under it with no caption ("FAKTÚRA" over "2026000312",
"REIKNINGUR" over "nr. 20261103-07"), a customer's number no rival to it ("Client n° 00318"),
a Romanian series stacked over its number ("Seria FCT" over "Nr. 004512") or captioned
"Serie si numar", and Hungary's "Kiállítás kelte" over the issue date (ownnumber.py,
titledate.py, fields.py, labels.py)."""

from __future__ import annotations

import datetime

from .conftest import analysed, make_aligned_pdf


def test_digits_alone_under_a_flush_right_title_are_its_number() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (40, 50, "Agrotech Žilina s.r.o.", 16),
                (555, 50, ">FAKTÚRA", 17),
                (40, 64, "poľnohospodárska technika · servis", 8.5),
                (555, 64, ">2026000312", 8.5),
                (45, 100, "3.11.2026", 7.5),
                (45, 112, "Dátum vyhotovenia", 7),
                (40, 150, "Kamenná 9", 8),
                (40, 162, "010 01 Žilina", 8),
                (350, 420, "Celkom s DPH", 9),
                (555, 420, ">1 230,00 €", 9),
            ]
        )
    )
    assert invoice.fields["invoice_number"].value == "2026000312"


def test_a_year_under_a_flush_right_title_is_no_number() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (40, 50, "Agrotech Žilina s.r.o.", 16),
                (555, 50, ">FAKTÚRA", 17),
                (555, 64, ">2026", 8.5),
                (350, 420, "Celkom s DPH", 9),
                (555, 420, ">1 230,00 €", 9),
            ]
        )
    )
    assert "invoice_number" not in invoice.fields or (
        invoice.fields["invoice_number"].value != "2026"
    )


def test_a_customers_number_gives_way_to_the_number_under_the_title() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (52, 58, "Rédacteo", 18),
                (544, 58, ">Facture", 13),
                (544, 73, ">FAC-000812", 7.5),
                (51, 90, "27 quai Saint-Vincent", 8),
                (51, 102, "69001 Lyon", 8),
                (51, 190, "Facturé à", 7),
                (51, 202, "Atelier Mercier & Fils SARL", 7),
                (301, 226, "Client n° 00318", 7),
                (330, 430, "Total TTC", 7),
                (545, 430, ">180,36 €", 8),
            ]
        )
    )
    assert invoice.fields["invoice_number"].value == "FAC-000812"


def test_icelandic_title_over_its_signed_number() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (58, 64, "Norðurljós Hugbúnaður ehf.", 15),
                (58, 80, "Borgartún 27", 8.5),
                (384, 80, "REIKNINGUR", 12),
                (58, 92, "105 Reykjavík", 8.5),
                (58, 99, "Kennitala 570119-2060", 6.5),
                (384, 99, "nr. 20261103-07", 7.5),
                (341, 400, "Samtals til greiðslu", 9),
                (537, 400, ">1.972.282 kr.", 8),
            ]
        )
    )
    assert invoice.fields["invoice_number"].value == "20261103-07"


def test_romanian_series_stacked_over_its_number() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (31, 45, "Furnizor: CONSTRUCT MATERIALE ARDEAL S.R.L.", 6),
                (307, 54, "=FACTURA", 10),
                (307, 66, "=FISCALA", 10),
                (307, 88, "=Seria FCT", 6.5),
                (108, 99, "Cluj-Napoca, jud. Cluj", 7),
                (307, 99, "=Nr. 004512", 7),
                (441, 99, "Floresti, jud. Cluj", 7),
                (307, 118, "=Data (zi/luna/an):", 6),
                (307, 130, "=12.11.2026", 6.5),
                (338, 340, "Total de plata", 8),
                (561, 340, ">20.340,94 lei", 8),
            ]
        )
    )
    assert invoice.fields["invoice_number"].value == "FCT 004512"


def test_romanian_serie_si_numar_captions_the_number() -> None:
    # Printed without the diacritics, as many Romanian billing programs do ("Serie si numar").
    invoice = analysed(
        make_aligned_pdf(
            [
                (52, 55, "digital ferestre", 22),
                (51, 133, "Factura", 12),
                (200, 133, "Serie si numar", 7),
                (316, 133, "Data emiterii", 7),
                (201, 143, "DGT-2026-0733", 7),
                (316, 143, "15.11.2026", 7),
                (330, 465, "Total de plata", 12),
                (544, 465, ">9.196,74 RON", 11),
            ]
        )
    )
    assert invoice.fields["invoice_number"].value == "DGT-2026-0733"


def test_kiallitas_kelte_captions_the_issue_date() -> None:
    invoice = analysed(
        make_aligned_pdf(
            [
                (41, 45, "Számla", 18),
                (41, 61, "Számla sorszáma: E-BDP-2026-4471", 8),
                (41, 195, "Kiállítás kelte", 7),
                (143, 195, "Teljesítés kelte", 7),
                (247, 195, "Fizetési határidő", 7),
                (41, 206, "2026.11.10.", 7),
                (144, 206, "2026.11.07.", 7),
                (247, 206, "2026.12.10.", 7),
                (248, 300, "Fizetendő végösszeg", 11),
                (546, 300, ">1 155 654 HUF", 8),
            ]
        )
    )
    assert invoice.fields["invoice_date"].value == datetime.date(2026, 11, 10)
