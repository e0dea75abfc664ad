"""A buyer's legal form set apart from the rest of its name: in a cell of its own after a
comma on the name's line ("Moravské strojírny Hodonín, | a.s."), or wrapped onto the line
under it ("Cumparator: FLORA VERDE CONSTRUCT" over "S.R.L."): it completes the name and is
no name alone (formopeningline.py, parties.py)."""

from __future__ import annotations

from .conftest import Drawn, analysed, make_pdf


def test_a_legal_form_in_the_next_cell_completes_the_buyers_name() -> None:
    invoice = analysed(
        make_pdf(
            [
                Drawn(40, 50, "DATASYS Brno a.s.", "Courier", 12, bold=True),
                Drawn(555, 50, "OPRAVNY DANOVY DOKLAD", "Courier", 12, "right", bold=True),
                Drawn(40, 64, "Hybesova 726/42, 602 00 Brno", "Courier", 8.5),
                Drawn(40, 112, "Odberatel", "Courier", 8.5),
                # Set apart as a monospaced font's wide space leaves it: a cell of its own.
                Drawn(170, 112, "Moravské strojírny Hodonín,", "Courier", 8.5, bold=True),
                Drawn(315, 112, "a.s.", "Courier", 8.5, bold=True),
                Drawn(170, 123, "Brnenská 3055/12", "Courier", 8.5),
                Drawn(170, 134, "695 01 Hodonín", "Courier", 8.5),
                Drawn(40, 167, "Datum vystavení", "Courier", 8.5),
                Drawn(170, 167, "09.11.2026", "Courier", 8.5),
                Drawn(300, 330, "Celkem k úhrade", "Courier", 9),
                Drawn(555, 330, "-20 630,50 CZK", "Courier", 9, "right"),
            ]
        )
    )
    assert invoice.fields["buyer_name"].value == "Moravské strojírny Hodonín, a.s."


def test_a_legal_form_wrapped_under_the_buyers_name_completes_it() -> None:
    invoice = analysed(
        make_pdf(
            [
                Drawn(31, 45, "Furnizor:", size=6),
                Drawn(108, 45, "CONSTRUCT MATERIALE ARDEAL", size=6),
                Drawn(360, 45, "Cumparator:", size=6),
                Drawn(441, 45, "FLORA VERDE CONSTRUCT", size=6),
                Drawn(108, 54, "S.R.L.", size=6),
                Drawn(307, 54, "FACTURA", size=10, align="centre"),
                Drawn(441, 54, "S.R.L.", size=6),
                Drawn(31, 66, "C.I.F.:", size=6),
                Drawn(108, 66, "RO34581722", size=6),
                Drawn(360, 66, "C.I.F.:", size=6),
                Drawn(441, 66, "RO18126444", size=6),
                Drawn(31, 78, "Sediul:", size=6),
                Drawn(108, 78, "Str. Fabricii nr. 46, 400632 Cluj-Napoca", size=6),
                Drawn(360, 78, "Sediul:", size=6),
                Drawn(441, 78, "Str. Eroilor nr. 210, 407280 Floresti", size=6),
                Drawn(338, 340, "Total de plata", size=8),
                Drawn(561, 340, "20.340,94 lei", size=8, align="right"),
            ]
        )
    )
    assert invoice.fields["buyer_name"].value == "FLORA VERDE CONSTRUCT S.R.L."
