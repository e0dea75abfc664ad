"""A buyer's block under two captions, and two field captions read as one word.

- An Italian box prints "Spett.le" alone, then "Cessionario:" with the buyer's name beside it
  and the address under: the second caption names the same party, its name the one beside it,
  not the street under it.
- A spreadsheet's row of small captions ("Rechnungsnummer | Rechnungsdatum | Lieferdatum")
  sits so tight that the text layer reads the first two as one word
  ("RechnungsnummerRechnungsdatum"): both captions still name the values under them."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.gluedfieldcaptions import unglued_field_captions
from facturist.engine.model import Box, Word

from .conftest import Drawn, analysed, make_pdf

_GREY = (0.5, 0.5, 0.5)


def _value(invoice: CanonicalInvoice, key: str) -> str | None:
    return str(invoice.fields[key].value) if key in invoice.fields else None


def _italian(second_caption: bool) -> CanonicalInvoice:
    buyer = (
        [
            Drawn(335, 81, "Cessionario:", size=8, bold=True),
            Drawn(391, 81, "Forno Bianchi S.n.c.", size=8, bold=True),
        ]
        if second_caption
        else [Drawn(391, 81, "Forno Bianchi S.n.c.", size=8, bold=True)]
    )
    return analysed(
        make_pdf(
            [
                Drawn(55, 49, "TIPOGRAFIA ROSSI S.r.l.", size=12, bold=True),
                Drawn(55, 67, "Via Roma 11", size=8),
                Drawn(335, 67, "Spett.le", size=8),
                Drawn(55, 81, "20100 Milano (MI)", size=8),
                *buyer,
                Drawn(55, 95, "P.IVA 01234567897", size=8),
                Drawn(391, 95, "Via Verdi 5", size=8),
                Drawn(391, 109, "20121 Milano (MI)", size=8),
                Drawn(391, 123, "P.IVA 09876543217", size=8),
                Drawn(184, 165, "FATTURA N. 12/2025 DEL 14/03/2025", size=11, bold=True),
                Drawn(63, 241, "Descrizione", size=8, bold=True),
                Drawn(305, 241, "Q.tà", size=8, bold=True),
                Drawn(348, 241, "Prezzo", size=8, bold=True),
                Drawn(447, 241, "Importo", size=8, bold=True),
                Drawn(504, 241, "IVA", size=8, bold=True),
                Drawn(63, 255, "Consulenza", size=8),
                Drawn(310, 255, "2", size=8),
                Drawn(348, 255, "€ 50,00", size=8),
                Drawn(447, 255, "€ 100,00", size=8),
                Drawn(504, 255, "22", size=8),
                Drawn(363, 521, "Totale imponibile", size=8),
                Drawn(490, 521, "€ 100,00", size=8),
                Drawn(386, 535, "Totale IVA", size=8),
                Drawn(490, 535, "€ 22,00", size=8),
                Drawn(355, 549, "Totale documento", size=8, bold=True),
                Drawn(490, 549, "€ 122,00", size=8, bold=True),
            ]
        )
    )


def test_buyer_caption_beside_the_name_under_a_courtesy_caption() -> None:
    invoice = _italian(second_caption=True)
    assert _value(invoice, "buyer_name") == "Forno Bianchi S.n.c."
    assert _value(invoice, "buyer_address") == "Via Verdi 5, 20121 Milano (MI)"


def test_courtesy_caption_over_the_name_alone_still_reads_it() -> None:
    invoice = _italian(second_caption=False)
    assert _value(invoice, "buyer_name") == "Forno Bianchi S.n.c."


def _german(captions: list[Drawn]) -> CanonicalInvoice:
    return analysed(
        make_pdf(
            [
                Drawn(373, 56, "Feinkost Wenzel e.K.", size=14, bold=True),
                Drawn(507, 96, "Hansaring 88", size=8),
                Drawn(514, 110, "50670 Köln", size=8),
                Drawn(67, 124, "Rheinmedia Events GmbH", size=9),
                Drawn(67, 153, "Im Mediapark 6", size=9),
                Drawn(67, 168, "50670 Köln", size=9),
                Drawn(68, 201, "Rechnung", size=14, bold=True),
                *captions,
                Drawn(378, 222, "Lieferdatum", size=7, colour=_GREY),
                Drawn(480, 222, "Kundennummer", size=7, colour=_GREY),
                Drawn(67, 236, "RE-25-0068", size=9, bold=True),
                Drawn(129, 236, "14.03.2025", size=9, bold=True),
                Drawn(378, 236, "21.02.2025", size=9, bold=True),
                Drawn(480, 236, "40117", size=9, bold=True),
                Drawn(67, 294, "Leistung", size=8, bold=True),
                Drawn(346, 294, "Menge", size=8, bold=True),
                Drawn(394, 294, "Einzelpreis", size=8, bold=True),
                Drawn(507, 294, "Betrag", size=8, bold=True),
                Drawn(67, 308, "Buffet", size=8),
                Drawn(363, 308, "80", size=8),
                Drawn(411, 308, "18,50 €", size=8),
                Drawn(517, 308, "1.480,00 €", size=8),
                Drawn(394, 400, "Nettobetrag", size=8),
                Drawn(517, 400, "1.480,00 €", size=8),
                Drawn(394, 414, "USt. 7 %", size=8),
                Drawn(517, 414, "103,60 €", size=8),
                Drawn(394, 428, "Gesamtbetrag", size=8, bold=True),
                Drawn(517, 428, "1.583,60 €", size=8, bold=True),
            ]
        )
    )


def test_two_field_captions_read_as_one_word() -> None:
    invoice = _german([Drawn(67, 222, "RechnungsnummerRechnungsdatum", size=7, colour=_GREY)])
    assert _value(invoice, "invoice_number") == "RE-25-0068"
    assert _value(invoice, "invoice_date") == "2025-03-14"


def test_only_words_of_two_whole_captions_are_split() -> None:
    box = Box(1, 60.0, 200.0, 160.0, 207.0)
    words = [
        Word("RechnungsnummerRechnungsdatum", box),
        Word("KundenNummer", box),
        Word("McAllister", box),
        Word("RechnungsDatum", box),
    ]
    assert [w.text for w in unglued_field_captions(words)] == [
        "Rechnungsnummer",
        "Rechnungsdatum",
        "KundenNummer",
        "McAllister",
        "RechnungsDatum",
    ]
