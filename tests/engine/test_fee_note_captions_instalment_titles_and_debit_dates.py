"""French header captions and dates: a fee note's "Note d'honoraires n°" and "Payable le"
beside their values while the client's address shares the rows (labels.py, duecaptions.py);
an instalment's count in a title ("Facture – Situation n° 2") yielding to the labelled invoice
number (captionplace.py); "Votre facture" set flush right over "du 05/11/2024" (titledate.py);
a direct debit "prélevé à partir du" a day as the due date (duecaptions.py)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_ITEMS: Page = [
    (50, 300, "Désignation"),
    (330, 300, "Qté"),
    (400, 300, "P.U. HT"),
    (480, 300, "Montant HT"),
    (50, 316, "Pose de carrelage grès cérame"),
    (330, 316, "40"),
    (400, 316, "30,00"),
    (480, 316, "1 200,00"),
    (50, 332, "Fourniture colle et joints"),
    (330, 332, "1"),
    (400, 332, "300,00"),
    (480, 332, "300,00"),
    (380, 370, "Total HT"),
    (480, 370, "1 500,00 €"),
    (380, 384, "TVA 20 %"),
    (480, 384, "300,00 €"),
    (380, 398, "Total TTC"),
    (480, 398, "1 800,00 €"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


def _right(right: float, y: float, text: str) -> tuple[float, float, str]:
    """A string set flush right at `right`."""
    return (right - stringWidth(text, "Helvetica", 10), y, text)


def test_fee_note_captions_beside_their_values_with_the_client_block_in_the_rows() -> None:
    fields = _fields(
        [
            (50, 50, "SCP Marchal & Roussel"),
            (50, 64, "Avocats associés"),
            (50, 78, "15 quai des Chartrons"),
            (50, 92, "33000 Bordeaux"),
            (50, 140, "Note d'honoraires n°"),
            (170, 140, "NH-2025/0087"),
            (360, 140, "Domaine des Trois Chênes"),
            (50, 154, "Date"),
            (170, 154, "14 mars 2025"),
            (360, 154, "Madame Odile Ferrand"),
            (50, 168, "Dossier"),
            (170, 168, "2025-012 DTC / cession"),
            (360, 168, "12 chemin des Vignes"),
            (50, 182, "Payable le"),
            (170, 182, "14 avril 2025"),
            (360, 182, "33720 Podensac"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_number"] == "NH-2025/0087"
    assert fields["invoice_date"] == "2025-03-14"
    assert fields["due_date"] == "2025-04-14"


def test_an_instalment_count_in_the_title_yields_to_the_labelled_number() -> None:
    fields = _fields(
        [
            (50, 40, "MENUISERIES DU PLATEAU"),
            (50, 54, "FACTURE – SITUATION N° 2"),
            (50, 68, "4 rue des Forges"),
            (50, 82, "25000 Besançon"),
            (360, 60, "N° facture"),
            (450, 60, "MP25-0193"),
            (360, 74, "Date"),
            (450, 74, "10/06/2025"),
            (50, 150, "Résidence Les Tilleuls SCI"),
            (50, 164, "2 avenue de la Gare"),
            (50, 178, "25000 Besançon"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_number"] == "MP25-0193"


def test_your_invoice_flush_right_over_its_date_beside_a_logo_line() -> None:
    fields = _fields(
        [
            _right(555, 40, "Votre facture"),
            (50, 48, "optiline services"),
            _right(555, 52, "du 07/10/2025"),
            _right(555, 76, "N° 0081234567-1025"),
            (50, 110, "Optiline Services SAS"),
            (50, 124, "18 rue de Rivoli"),
            (50, 138, "75004 Paris"),
            (330, 150, "SARL BOULANGERIE DU MARCHÉ"),
            (330, 164, "5 place du Marché"),
            (330, 178, "60200 Compiègne"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_date"] == "2025-10-07"


def test_a_direct_debit_from_a_day_is_the_due_date() -> None:
    fields = _fields(
        [
            (50, 50, "Hydra Énergies SAS"),
            (50, 64, "9 boulevard Voltaire"),
            (50, 78, "75011 Paris"),
            (50, 110, "FACTURE N° HE-25-44810"),
            (50, 124, "Date : 03/09/2025"),
            (330, 150, "M. Julien Perrot"),
            (330, 164, "22 rue Nationale"),
            (330, 178, "37000 Tours"),
            *_ITEMS,
            (50, 440, "Ce montant sera prélevé à partir du 18/09/2025 sur votre compte :"),
            (50, 454, "IBAN FR76 **** **** **** 1234"),
        ]
    )
    assert fields["due_date"] == "2025-09-18"
