"""Insurers' and brokers' premium notices: the insurance premium tax is the document's tax
under its own names ("IPT @ 12%", "Government Levy (3%)"), a fixed contribution beside it
is none (net = total less the tax), leader dots set one by one lead to a figure in a euro
column of its own, the notice numbers itself ("Vorschreibung Nr.", "N° d'avis", "Avviso
n.") and names the policyholder ("Contraente") beside the issuing agency."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, PlacedText, analysed, make_pdf, make_placed_pdf


def _field(invoice: CanonicalInvoice, key: str) -> object:
    value = invoice.fields.get(key)
    return value.value if value is not None else None


def _amounts(invoice: CanonicalInvoice) -> list[object]:
    return [item["amount"].value for item in invoice.items]


def _debit_note() -> CanonicalInvoice:
    """A broker's debit note printed by a legacy system in a monospaced face."""
    mono = "Courier"
    rows: list[tuple[float, float, str, str]] = [
        (50, 40, "WESTGATE RISK PARTNERS LTD", "l"),
        (50, 52, "12 Mill Lane, Bristol BS1 4QA, United Kingdom", "l"),
        (50, 90, "Ashdown Bakeries Ltd", "l"),
        (320, 90, "INVOICE NO : WRP/DN/88120", "l"),
        (50, 102, "4 Station Road, Taunton TA1 1AB", "l"),
        (320, 102, "DATE       : 03/02/2025", "l"),
        (50, 200, "DESCRIPTION", "l"),
        (360, 200, "PREMIUM", "r"),
        (450, 200, "IPT @ 12%", "r"),
        (545, 200, "TOTAL GBP", "r"),
        (50, 212, "-" * 60, "l"),
        (50, 226, "Motor Fleet - Renewal", "l"),
        (360, 226, "1,950.00", "r"),
        (450, 226, "234.00", "r"),
        (545, 226, "2,184.00", "r"),
        (50, 240, "Goods in Transit extension", "l"),
        (360, 240, "210.00", "r"),
        (450, 240, "25.20", "r"),
        (545, 240, "235.20", "r"),
        (50, 254, "Broker administration fee", "l"),
        (360, 254, "50.00", "r"),
        (450, 254, "n/a", "r"),
        (545, 254, "50.00", "r"),
        (50, 266, "-" * 60, "l"),
        (50, 280, "TOTALS", "l"),
        (360, 280, "2,210.00", "r"),
        (450, 280, "259.20", "r"),
        (545, 280, "2,469.20", "r"),
        (50, 320, "AMOUNT DUE      : GBP 2,469.20", "l"),
    ]
    page = [
        Drawn(x, y, text, mono, 8, "right" if align == "r" else "left")
        for x, y, text, align in rows
    ]
    return analysed(make_pdf(page))


def test_ipt_column_and_totals_row_give_the_tax_and_the_net() -> None:
    invoice = _debit_note()
    assert _field(invoice, "tax_amount") == 259.20
    assert _field(invoice, "net_amount") == 2210.00
    assert _field(invoice, "total_amount") == 2469.20


def test_premium_ipt_total_header_reads_the_premiums_as_items() -> None:
    assert _amounts(_debit_note()) == [1950.00, 210.00, 50.00]


def _renewal(extra: list[PlacedText]) -> CanonicalInvoice:
    texts: list[PlacedText] = [
        (22, 40, "Corrib Home Insurance DAC", False),
        (22, 52, "Quay Road, Galway", False),
        (22, 100, "Customer", False),
        (200, 90, "Your premium for 01/06/2025 to 31/05/2026", False),
        (206, 108, "Buildings cover", False),
        (560, 108, "€380.00", True),
        (22, 114, "Mr Cathal Duggan", False),
        (206, 126, "Contents cover", False),
        (560, 126, "€120.00", True),
        (22, 128, "7 Briar Close", False),
        (22, 142, "Oranmore, Co. Galway", False),
        (206, 150, "Premium", False),
        (560, 150, "€500.00", True),
        (206, 164, "Government Levy (3%)", False),
        (560, 164, "€15.00", True),
        (206, 178, "Total annual premium", False),
        (560, 178, "€515.00", True),
        (22, 200, "Document no.", False),
        (22, 212, "RN-7741-2025", False),
        (22, 230, "Date of issue", False),
        (22, 242, "12/05/2025", False),
        *extra,
    ]
    return analysed(make_placed_pdf(texts))


def test_government_levy_on_a_premium_is_its_tax() -> None:
    invoice = _renewal([])
    assert _field(invoice, "tax_amount") == 15.00
    assert _field(invoice, "net_amount") == 500.00
    assert _field(invoice, "total_amount") == 515.00


def test_amount_to_be_collected_now_is_the_amount_due() -> None:
    invoice = _renewal(
        [(206, 280, "Amount to be collected now", False), (560, 280, "€51.50", True)]
    )
    assert _field(invoice, "amount_due") == 51.50


def test_customer_in_a_side_column_beside_an_indented_list_of_covers() -> None:
    assert _field(_renewal([]), "buyer_name") == "Mr Cathal Duggan"


def _leader(y: float, caption: str, figure: str) -> list[PlacedText]:
    """A caption, its dots set one by one, a euro sign in a column and the figure flush right."""
    width = 6.2 * len(caption)
    return [
        (60, y, caption, False),
        *[(60 + width + 10 + 5.6 * i, y, ".", False) for i in range(int((390 - width) / 5.6))],
        (460, y, "€", False),
        (540, y, figure, True),
    ]


def test_spaced_leader_dots_lead_to_the_figures_of_a_premium_note() -> None:
    texts: list[PlacedText] = [
        (50, 40, "Dijkzicht Verzekeringen N.V.", False),
        (50, 52, "Coolsingel 40, 3011 AD Rotterdam", False),
        (60, 100, "Mevr. A. Jansen", False),
        (60, 112, "Lindelaan 3, 3431 HK Nieuwegein", False),
        (50, 150, "Notanummer", False),
        (140, 150, ": PN 7.330.118", False),
        (50, 162, "Notadatum", False),
        (140, 162, ": 02-06-2025", False),
        *_leader(200, "Inboedelverzekering", "210,00"),
        *_leader(216, "Opstalverzekering", "290,00"),
        *_leader(236, "Premie incl. poliskosten", "500,00"),
        *_leader(252, "Assurantiebelasting 21%", "105,00"),
        *_leader(272, "Totaal te betalen", "605,00"),
    ]
    invoice = analysed(make_placed_pdf(texts))
    assert _field(invoice, "net_amount") == 500.00
    assert _field(invoice, "tax_amount") == 105.00
    assert _field(invoice, "total_amount") == 605.00
    assert _field(invoice, "amount_due") == 605.00


def test_terrorism_fund_contribution_is_no_part_of_the_premium_tax() -> None:
    texts: list[PlacedText] = [
        (50, 40, "Mutuelle du Littoral", False),
        (50, 52, "8 quai de la Fosse, 33000 Bordeaux", False),
        (330, 100, "Mme Claire Dubreuil", False),
        (330, 112, "14 rue Sainte-Catherine, 33000 Bordeaux", False),
        (60, 140, "N° d'avis", False),
        (180, 140, "AV24-7781203", False),
        (60, 154, "Date d'émission", False),
        (180, 154, "04/03/2025", False),
        (300, 260, "Total cotisation hors taxes", False),
        (560, 260, "410,00 €", True),
        (300, 276, "Taxe sur les conventions d'assurance", False),
        (560, 276, "36,90 €", True),
        (300, 292, "Contribution attentats (FGTI)", False),
        (560, 292, "5,90 €", True),
        (300, 316, "Montant TTC à payer", False),
        (560, 316, "452,80 €", True),
    ]
    invoice = analysed(make_placed_pdf(texts))
    assert _field(invoice, "tax_amount") == 36.90
    assert _field(invoice, "net_amount") == 415.90
    assert _field(invoice, "total_amount") == 452.80
    assert _field(invoice, "invoice_number") == "AV24-7781203"


def _notice(caption: str, number: str) -> list[PlacedText]:
    return [
        (50, 40, "Alpenland Versicherung AG", False),
        (50, 52, "Ringstraße 4, 6020 Innsbruck", False),
        (50, 100, "Herrn", False),
        (300, 100, "Polizzennummer", False),
        (560, 100, "HH-2210-551.004", True),
        (50, 112, "Andreas Pichler", False),
        (300, 112, caption, False),
        (560, 112, number, True),
        (50, 124, "Museumstraße 9", False),
        (300, 124, "Datum", False),
        (560, 124, "14.03.2025", True),
        (50, 136, "6020 Innsbruck", False),
        (300, 300, "Summe Jahresprämie", False),
        (560, 300, "500,00", True),
        (300, 314, "Versicherungssteuer 11%", False),
        (560, 314, "55,00", True),
        (300, 328, "Gesamtprämie", False),
        (560, 328, "555,00", True),
    ]


def test_vorschreibung_number_is_the_notices_number() -> None:
    invoice = analysed(make_placed_pdf(_notice("Vorschreibung Nr.", "VS 25-7781022")))
    assert _field(invoice, "invoice_number") == "VS 25-7781022"


def test_avviso_number_in_a_row_of_captions_over_values() -> None:
    drawn = [
        Drawn(50, 68, "ADRIATICA", size=17, bold=True),
        Drawn(50, 82, "Assicurazioni S.p.A.", size=9),
        Drawn(545, 68, "AVVISO DI SCADENZA", size=12, align="right", bold=True),
        Drawn(50, 119, "Agenzia emittente", size=7, bold=True),
        Drawn(317, 119, "Contraente", size=7, bold=True),
        Drawn(50, 132, "Agenzia Generale di Padova Nord", size=7.8),
        Drawn(317, 132, "Sig.ra Giulia Ferretti", size=9.5),
        Drawn(50, 143, "cod. 0451 · Via Venezia 12", size=7.8),
        Drawn(317, 145, "Via Roma 5", size=9.5),
        Drawn(50, 154, "35131 Padova · tel. 049 880 120", size=7.8),
        Drawn(317, 158, "35122 Padova (PD)", size=9.5),
        Drawn(55, 190, "Avviso n.", size=7),
        Drawn(160, 190, "Data emissione", size=7),
        Drawn(260, 190, "Polizza n.", size=7),
        Drawn(360, 190, "Scadenza rata", size=7),
        Drawn(55, 202, "2025/PD/0091733", size=8, bold=True),
        Drawn(160, 202, "11/04/2025", size=8, bold=True),
        Drawn(260, 202, "0451.22.009917", size=8, bold=True),
        Drawn(360, 202, "01/05/2025", size=8, bold=True),
        Drawn(300, 300, "Totale rata", size=9),
        Drawn(545, 300, "€ 312,40", size=9, align="right"),
        Drawn(50, 780, "ADRIATICA Assicurazioni S.p.A. - Sede: Via Trieste 8, 34121 Trieste"),
    ]
    invoice = analysed(make_pdf(drawn))
    assert _field(invoice, "invoice_number") == "2025/PD/0091733"
    assert _field(invoice, "buyer_name") in {"Sig.ra Giulia Ferretti", "Giulia Ferretti"}
    assert _field(invoice, "seller_name") != "AVVISO DI SCADENZA"
    # The issuing agency's block under the letterhead is no address of the insurer.
    assert "Padova" not in str(_field(invoice, "seller_address"))


def test_premium_notice_title_is_no_seller_name() -> None:
    texts: list[PlacedText] = [
        (50, 30, "MDL", False),
        (400, 30, "AVIS D'ÉCHÉANCE", False),
        (50, 48, "Mutuelle du Littoral", False),
        (330, 100, "Mme Claire Dubreuil", False),
        (330, 112, "14 rue Sainte-Catherine, 33000 Bordeaux", False),
        (60, 140, "N° d'avis", False),
        (180, 140, "AV24-7781203", False),
        (60, 154, "Date d'émission", False),
        (180, 154, "04/03/2025", False),
        (300, 260, "Total cotisation hors taxes", False),
        (560, 260, "410,00 €", True),
        (300, 276, "Taxe sur les conventions d'assurance", False),
        (560, 276, "36,90 €", True),
        (300, 300, "Montant TTC à payer", False),
        (560, 300, "446,90 €", True),
        (300, 780, "Mutuelle du Littoral — 8 quai de la Fosse, 33000 Bordeaux", False),
    ]
    invoice = analysed(make_placed_pdf(texts))
    assert _field(invoice, "seller_name") != "AVIS D'ÉCHÉANCE"
