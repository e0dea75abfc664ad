"""A date closing the work a bill covers ("für die bis zum 31.03.2025 erbrachten Leistungen",
"travaux réalisés jusqu'au ...") ends the service period; the payment sentence's date under
the totals ("Bitte überweisen Sie den Betrag bis zum ...") is the due date."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(intro: str, payment: str) -> list[SizedText]:
    return [
        (60, 50, "Dachbau Lechner GmbH", 12),
        (60, 66, "Hauptstraße 4, 86150 Augsburg", 9),
        (60, 120, "Stadtwerke Musterhausen", 10),
        (60, 134, "Am Markt 1", 10),
        (60, 148, "86199 Augsburg", 10),
        (360, 120, "Rechnung Nr.:", 9),
        (450, 120, "AB-25-031", 9),
        (360, 134, "Datum:", 9),
        (450, 134, "07.04.2025", 9),
        (60, 190, "3. Abschlagsrechnung", 13),
        (60, 215, intro, 9),
        (60, 227, "Leistungen folgende Abschlagszahlung:", 9),
        (60, 260, "Pos.", 9),
        (100, 260, "Leistung", 9),
        (470, 260, "GP €", 9),
        (60, 276, "1", 9),
        (100, 276, "Dachdeckung Ziegel, verlegt", 9),
        (470, 276, "4.000,00", 9),
        (330, 320, "Summe netto", 9),
        (470, 320, "4.000,00 €", 9),
        (330, 334, "zzgl. 19 % MwSt.", 9),
        (470, 334, "760,00 €", 9),
        (330, 348, "Zu zahlender Betrag", 9),
        (470, 348, "4.760,00 €", 9),
        (60, 390, payment, 9),
    ]


def _due(intro: str, payment: str) -> object:
    pdf = make_sized_pdf(_page(intro, payment))
    return extract_canonical(pdf, use_einvoice=False)["fields"]["due_date"]


def test_work_done_until_a_date_is_no_due_date() -> None:
    intro = "gemäß Aufmaß berechnen wir Ihnen für die bis zum 31.03.2025 erbrachten"
    payment = "Bitte überweisen Sie den Betrag bis zum 28.04.2025 ohne Abzug."
    assert _due(intro, payment) == "2025-04-28"


def test_work_performed_before_the_caption_is_no_due_date() -> None:
    intro = "Wir berechnen Ihnen die Leistungen, ausgeführt bis zum 31.03.2025, wie folgt:"
    payment = "Bitte überweisen Sie den Betrag bis zum 28.04.2025 ohne Abzug."
    assert _due(intro, payment) == "2025-04-28"


def test_a_payment_sentence_keeps_its_date() -> None:
    # The work named in the payment sentence itself leaves its day the due date.
    intro = "gemäß Aufmaß berechnen wir Ihnen die bisher erbrachten"
    payment = "Bitte zahlen Sie die erbrachten Leistungen bis zum 28.04.2025 ohne Abzug."
    assert _due(intro, payment) == "2025-04-28"
