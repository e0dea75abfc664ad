"""Parties where a page names others beside them: the bank a payment line names, a hotel's
own letterhead over its guest's folio, a ticket's validity box, a contract's captioned taker."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import SizedText, make_aligned_pdf, spaced_lines


def _parties(texts: list[SizedText]) -> tuple[str | None, ...]:
    """Seller name, seller address and buyer name of a one-page document."""
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


def test_the_bank_before_an_iban_in_the_payment_line_is_not_the_seller() -> None:
    seller, _, buyer = _parties(
        [
            (297, 40, "=Arch. Marco Vitale", 16),
            (297, 60, "=STUDIO DI ARCHITETTURA", 9),
            (297, 74, "=Via Garibaldi 12 – 10122 Torino – P.IVA 11874200014", 8),
            (320, 110, "Spett.le", 9),
            (320, 122, "Condominio Il Glicine", 9),
            (320, 134, "Via Nizza 20", 9),
            (320, 146, "10126 Torino", 9),
            (60, 190, "Fattura n. 3/2026", 9),
            (60, 204, "Data: 12/03/2026", 9),
            (65, 250, "Descrizione", 9),
            (480, 250, "Importo", 9),
            (65, 268, "Progetto di ristrutturazione", 9),
            (480, 268, "1.000,00", 9),
            (380, 300, "Totale documento  1.220,00", 9),
            (60, 500, "Modalità di pagamento: bonifico bancario a 30 giorni", 8),
            (60, 512, "Banca Sella S.p.A. – IBAN IT60 X054 2811 1010 0000 0123 456", 8),
        ]
    )
    assert seller == "Arch. Marco Vitale"
    assert buyer == "Condominio Il Glicine"


def test_an_attention_line_naming_a_firm_is_not_the_addressee_s_name() -> None:
    _, _, buyer = _parties(
        [
            (420, 30, "Tuinbouw Groenrijk B.V.", 9),
            (420, 42, "Zandweg 12", 9),
            (420, 54, "3454 JX De Meern", 9),
            (50, 120, "VvE De Eikenhof", 10),
            (50, 133, "t.a.v. Beheer Verbeek & Co", 10),
            (50, 146, "Biltstraat 20", 10),
            (50, 159, "3572 AS Utrecht", 10),
            (360, 120, "Factuurnummer  2026-0042", 9),
            (360, 133, "Factuurdatum  16-03-2026", 9),
            (50, 200, "FACTUUR", 14),
            (64, 240, "Omschrijving", 9),
            (480, 240, "Bedrag", 9),
            (64, 258, "Snoeiwerk", 9),
            (480, 258, "100,00", 9),
            (330, 290, "Totaal incl. BTW  121,00", 9),
        ]
    )
    assert buyer == "VvE De Eikenhof"


def test_a_brazilian_town_line_ends_with_its_captioned_cep() -> None:
    seller, address, buyer = _parties(
        [
            (460, 25, "FATURA Nº 000112", 10),
            (40, 76, "Vale Verde Engenharia Ltda.", 9),
            (40, 87, "Rua da Bahia, 900, sala 12 – Centro", 8),
            (40, 97, "Belo Horizonte – MG, CEP 30160-011", 8),
            (40, 107, "CNPJ: 27.401.853/0001-91", 8),
            (48, 150, "TOMADOR DOS SERVIÇOS", 9),
            (48, 163, "Construtora Pedra Alta S.A.", 9),
            (48, 175, "Rodovia MG-050, km 10 – Itaúna – MG", 8),
            (47, 227, "Descrição dos serviços", 9),
            (480, 227, "Valor total (R$)", 9),
            (52, 244, "Projeto estrutural", 9),
            (480, 244, "1.000,00", 9),
            (330, 300, "VALOR LÍQUIDO A PAGAR  R$ 1.000,00", 9),
        ]
    )
    assert seller == "Vale Verde Engenharia Ltda."
    assert address == "Rua da Bahia, 900, sala 12 – Centro, Belo Horizonte – MG, CEP 30160-011"
    assert buyer == "Construtora Pedra Alta S.A."


def test_a_hotel_folio_bills_the_guest_its_info_block_names_not_its_letterhead() -> None:
    seller, address, buyer = _parties(
        [
            (297, 80, "=HOTEL PLAYA SERENA", 16),
            (297, 100, "=Paseo Marítimo 12 · 03001 Alicante · Tel. +34 965 000 000", 8),
            (50, 130, "FACTURA", 12),
            (50, 153, "Huésped:", 9),
            (120, 153, "Sra. Ana Lindqvist", 9),
            (330, 153, "Nº Factura:", 9),
            (420, 153, "FV24-0042", 9),
            (50, 166, "Empresa:", 9),
            (120, 166, "—", 9),
            (330, 166, "Fecha:", 9),
            (420, 166, "15/04/2024", 9),
            (50, 179, "Habitación:", 9),
            (120, 179, "214", 9),
            (53, 233, "Concepto", 9),
            (480, 233, "Cargo", 9),
            (53, 249, "Alojamiento", 9),
            (480, 249, "118,00", 9),
            (380, 300, "Total cargos  118,00 EUR", 9),
            (
                172,
                766,
                "Playa Serena Hoteles S.L. · CIF B96274139 · Paseo Marítimo 12, 03001 Alicante",
                6,
            ),
        ]
    )
    assert buyer == "Ana Lindqvist"
    assert seller == "Playa Serena Hoteles S.L."
    assert address == "Paseo Marítimo 12, 03001 Alicante"  # not its register ("CIF ...")


def test_a_monospaced_ticket_names_its_passenger_in_the_cell_after_the_caption() -> None:
    lines = build_lines(
        read_for_canonical(
            make_aligned_pdf(
                [
                    (92, 27, "SKYLINK      Passenger Receipt", 12),
                    (40, 99, "RECEIPT NUMBER   SL-R-5501873   DATE OF ISSUE   11JUN24", 8),
                    (40, 114, "PASSENGER   MEIER/JONAS MR   BOOKING REFERENCE   QX7T2L", 8),
                    (43, 173, "Flight   From   To   Date", 8),
                    (43, 188, "SL 851   ZRH   LHR   02JUL24", 8),
                    (60, 272, "Fare   CHF   312.00", 8),
                    (60, 328, "TOTAL   CHF   448.40", 8),
                    (40, 774, "Skylink Swiss AG · Obstgartenstrasse 21 · 8302 Kloten", 6),
                ],
                font="Courier",
            )
        ).texts[0]
    )
    _, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "MEIER/JONAS MR"


def test_german_ab_before_a_date_is_no_swedish_legal_form() -> None:
    seller, address, _ = _parties(
        [
            (440, 42, "Online-Ticket", 9),
            (51, 50, "Westbahn", 14),
            (51, 109, "Sparpreis (Einfache Fahrt)", 10),
            (51, 127, "Gültigkeit: ab 02.10.2024, Fahrtantritt bis 03.10.2024", 9),
            (51, 145, "Hamburg Hbf  →  Köln Hbf", 10),
            (41, 370, "Rechnung", 11),
            (41, 388, "Rechnungsnummer", 9),
            (200, 388, "RE-0918-447701-24", 9),
            (41, 414, "Rechnungsempfänger", 9),
            (200, 414, "Tobias Engel", 9),
            (41, 435, "Sparpreis, Hamburg Hbf - Köln Hbf", 9),
            (480, 435, "49,90 €", 9),
            (41, 474, "Bruttobetrag", 9),
            (480, 474, "49,90 €", 9),
            (41, 756, "Westbahn Fernverkehr GmbH · Am Sandtorkai 38 · 20457 Hamburg", 7),
        ]
    )
    assert seller == "Westbahn Fernverkehr GmbH"
    assert address == "Am Sandtorkai 38, 20457 Hamburg"


def test_a_scanned_block_drifting_left_line_by_line_still_runs_down_to_its_town() -> None:
    lines = spaced_lines(
        [
            (200, 40, "Installatiebedrijf Dekker"),
            (200, 54, "Havenstraat 23 - 9712 KM Groningen"),
            (60, 110, "FACTUUR"),
            (400, 110, "Woonstichting Oosterpark"),
            (395, 124, "Postbus 1045"),
            (60, 138, "Factuurnummer : F-1429"),
            (394, 138, "9701 BA Groningen"),
            (60, 152, "Factuurdatum : 18 augustus 2025"),
            (60, 220, "Omschrijving"),
            (480, 220, "Bedrag"),
            (60, 234, "Onderhoud cv-ketel"),
            (480, 234, "1.106,00"),
            (60, 700, "Wij verzoeken u het totaalbedrag voor de vervaldatum over te maken."),
        ]
    )
    _, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "Woonstichting Oosterpark"
