"""Three readings of a German tradesman's invoice: the day an English payment sentence asks the
amount to be transferred by ("Please transfer the amount due of 1,234.50 EUR by 17 April 2024
without deduction ...") is the due date; an addressee's "vertreten durch" line (its managing
agent) ends the addressee's name; and a captioned list of dates in small print under an item
("Termine: 05.06., 12.06., 19.06.2024") is part of the item's description."""

from __future__ import annotations

import datetime

import pytest

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text, right-aligned)
Text = tuple[float, float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(
        make_pdf(
            Drawn(x, y, text, size=size, align="right" if right else "left")
            for x, y, size, text, right in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _page(
    addressee: list[str],
    detail: str | None = None,
    sentence: str = "Zahlbar ohne Abzug bis zum 20.06.2024.",
) -> list[Text]:
    """A window letter: the sender line, the addressee, the number, a table of two items (the
    first with a detail line in smaller print under it), the totals and the payment terms."""
    texts: list[Text] = [
        (57, 50, 16, "HOLMBERG", False),
        (57, 118, 7, "Holmberg Gartenpflege GmbH · Lindenweg 4 · 24937 Flensburg", False),
        *((57, 134 + 12.5 * i, 10, line, False) for i, line in enumerate(addressee)),
        (57, 200, 11, "Rechnung Nr. 2024-0517", False),
        (538, 200, 10, "Flensburg, den 03.06.2024", True),
        (57, 256, 9, "Pos", False),
        (80, 256, 9, "Leistung", False),
        (330, 256, 9, "Menge", False),
        (420, 256, 9, "Einzelpreis", False),
        (538, 256, 9, "Gesamt", True),
        (57, 274, 9, "1", False),
        (80, 274, 9, "Heckenschnitt und Entsorgung", False),
        (350, 274, 9, "4", True),
        (460, 274, 9, "65,00", True),
        (538, 274, 9, "260,00", True),
    ]
    y = 286.0
    if detail is not None:
        texts.append((80, y, 7.8, detail, False))
        y += 13.5
    texts += [
        (57, y, 9, "2", False),
        (80, y, 9, "Rindenmulch liefern", False),
        (350, y, 9, "3", True),
        (460, y, 9, "58,00", True),
        (538, y, 9, "174,00", True),
        (420, y + 30, 9, "Nettobetrag", False),
        (538, y + 30, 9, "434,00", True),
        (420, y + 44, 9, "USt 19 %", False),
        (538, y + 44, 9, "82,46", True),
        (420, y + 58, 9, "Rechnungsbetrag", False),
        (538, y + 58, 9, "516,46 EUR", True),
        (57, y + 90, 8, sentence, False),
        (57, 780, 7, "Holmberg Gartenpflege GmbH · IBAN DE89 3704 0044 0532 0130 00", False),
    ]
    return texts


_ADDRESSEE = ["Gerda Mommsen", "Ostseebadweg 9", "24944 Flensburg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please transfer the amount due of 1,516.46 EUR by 17 June 2024 without deduction "
        "to our account.",
        "Please pay the amount of EUR 516.46 by 17.06.2024 to our account.",
        "The invoice amount is to be paid by 17/06/2024 without deduction.",
        "The amount of 516.46 EUR is due by 17 June 2024.",
    ],
)
def test_the_day_an_english_payment_sentence_names_is_the_due_date(sentence: str) -> None:
    invoice = _invoice(_page(_ADDRESSEE, sentence=sentence))
    assert _value(invoice, "due_date") == datetime.date(2024, 6, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please transfer the amount by bank transfer within 14 days of 17 June 2024.",
        "The amount was paid by 17.06.2024 bank transfer, thank you.",
    ],
)
def test_by_before_no_date_or_a_payment_made_is_no_due_date(sentence: str) -> None:
    invoice = _invoice(_page(_ADDRESSEE, sentence=sentence))
    assert _value(invoice, "due_date") != datetime.date(2024, 6, 17)


@pytest.mark.parametrize("agent", ["vertreten durch", "represented by", "handelnd durch"])
def test_a_represented_by_line_ends_the_addressees_name(agent: str) -> None:
    addressee = [
        "Wohnungseigentümergemeinschaft Lindenallee 12",
        f"{agent} Hausverwaltung Brückner GmbH",
        "Rheinstraße 61",
        "65185 Wiesbaden",
    ]
    invoice = _invoice(_page(addressee))
    assert _value(invoice, "buyer_name") == "Wohnungseigentümergemeinschaft Lindenallee 12"


@pytest.mark.parametrize(
    "detail",
    [
        "Termine: 05.06., 12.06., 19.06., 26.06.2024",
        "Behandlungsdaten: 04.04., 09.04., 11.04., 16.04.2024",
    ],
)
def test_a_captioned_list_of_dates_under_an_item_is_part_of_its_description(
    detail: str,
) -> None:
    invoice = _invoice(_page(_ADDRESSEE, detail=detail))
    descriptions = [item["description"].value for item in invoice.items]
    assert descriptions[0] == f"Heckenschnitt und Entsorgung {detail}"
    assert descriptions[1] == "Rindenmulch liefern"
