"""Party captions with a bracketed remark on a self-billed invoice.

A row of three captions over three columns ("ISSUED BY (CUSTOMER) | SUPPLIER (OWNER DRIVER)
| INVOICE DETAILS"): a caption with a bracketed remark after it is still a caption, and the
row heads blocks, no caption | value list; the supplier's name is the block's first line,
never a caption.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_bracketed_remarks_after_a_row_of_captions_head_blocks() -> None:
    texts: list[SizedText] = [
        (44, 31, "northway", 18),
        (396, 31, "Self-Billing Invoice", 14),
        (371, 54, "Issued by the customer on behalf of the supplier", 7),
        (43, 91, "ISSUED BY (CUSTOMER)", 7),
        (222, 91, "SUPPLIER (OWNER DRIVER)", 7),
        (400, 91, "INVOICE DETAILS", 7),
        (43, 104, "Northway Haulage Ltd", 8),
        (222, 104, "Tomasz Zielinski", 8),
        (400, 104, "Invoice no.", 8),
        (498, 104, "SB-000771204", 8),
        (43, 115, "Unit 9 Canal Wharf", 8),
        (222, 115, "t/a TZ Parcel Runs", 8),
        (400, 115, "Invoice date", 8),
        (510, 115, "12/07/2024", 8),
        (43, 126, "Bradford BD1 4QT", 8),
        (222, 126, "14 Manor Row", 8),
        (400, 126, "Payment due", 8),
        (510, 126, "19/07/2024", 8),
        (43, 137, "VAT No. GB386041255", 8),
        (222, 137, "Bradford BD8 7HA", 8),
        (222, 148, "VAT No. GB412778938", 8),
        (49, 198, "Service", 8),
        (311, 198, "Qty", 8),
        (371, 198, "Rate", 8),
        (532, 198, "Net", 8),
        (49, 220, "Standard route day", 8),
        (322, 220, "5", 8),
        (359, 220, "£120.00", 8),
        (515, 220, "£600.00", 8),
        (352, 260, "Net total", 8),
        (510, 260, "£600.00", 8),
        (352, 276, "VAT @ 20%", 8),
        (510, 276, "£120.00", 8),
        (352, 292, "Invoice total", 8),
        (506, 292, "£720.00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Tomasz Zielinski"
    assert fields["seller_address"] == "14 Manor Row, Bradford BD8 7HA"
    assert fields["buyer_name"] == "Northway Haulage Ltd"


def _auction_statement() -> list[SizedText]:
    return [
        (43, 37, "COOPERATIE BLOEMENVEILING NOORDWEST U.A.", 9),
        (515, 37, "blad 1/1", 9),
        (42, 49, "Veilingweg 12  1431 GH  Aalsmeer", 9),
        (43, 61, "BTW-nr NL804123652B01   KvK 27094412", 9),
        (42, 105, "AANVOERDERSNOTA - FACTUUR UITGEREIKT DOOR AFNEMER (SELF-BILLING)", 9),
        (43, 136, "Aanvoerder : 40917", 9),
        (340, 136, "Notanummer : 2024-21-040917", 9),
        (43, 148, "Kwekerij De Bruin & Zn. V.O.F.", 9),
        (340, 148, "Notadatum", 9),
        (398, 148, ": 24-05-2024", 9),
        (43, 160, "Dijkweg 7", 9),
        (340, 160, "Veilingweek: 21", 9),
        (43, 172, "2671 KL", 9),
        (89, 172, "Naaldwijk", 9),
        (340, 172, "Valuta", 9),
        (398, 172, ": EUR", 9),
        (43, 184, "BTW-nr aanvoerder: NL815372401B01", 9),
        (43, 228, "PRODUCT", 9),
        (246, 228, "AANTAL", 9),
        (303, 228, "PRIJS", 9),
        (364, 228, "BEDRAG", 9),
        (43, 253, "Roos Avalanche+ 60cm", 9),
        (247, 253, "10.000", 9),
        (304, 253, "0,300", 9),
        (355, 253, "3.000,00", 9),
        (43, 332, "Totaal aanvoer excl. BTW", 9),
        (360, 332, "3.000,00", 9),
        (43, 345, "BTW 9%", 9),
        (370, 345, "270,00", 9),
        (43, 358, "Totaal aanvoer incl. BTW", 9),
        (354, 358, "3.270,00", 9),
    ]


def test_a_supplier_caption_with_its_number_heads_the_block_under_it() -> None:
    pdf = make_sized_pdf(_auction_statement(), font="Courier")
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Kwekerij De Bruin & Zn. V.O.F."
    assert fields["seller_address"] == "Dijkweg 7, 2671 KL Naaldwijk"


def test_a_self_billed_statements_letterhead_is_the_buyer() -> None:
    pdf = make_sized_pdf(_auction_statement(), font="Courier")
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "COOPERATIE BLOEMENVEILING NOORDWEST U.A."


def _agents_statement(first: str, second: str) -> list[SizedText]:
    return [
        (58, 45, "RHEINTAL", 18),
        (475, 42, "Hafenstraße 3", 8),
        (482, 54, "47119 Duisburg", 8),
        (57, 71, "Armaturen GmbH", 12),
        (57, 128, "RHEINTAL Armaturen GmbH · Hafenstraße 3 · 47119 Duisburg", 6),
        (57, 146, first, 10),
        (355, 146, "Gutschrift-Nr.", 9),
        (484, 146, "PG-2024-0512", 9),
        (57, 159, second, 10),
        (355, 159, "Datum", 9),
        (496, 159, "05.06.2024", 9),
        (57, 172, "Am Weiher 12", 10),
        (355, 172, "Ihre USt-IdNr.", 9),
        (485, 172, "DE277165405", 9),
        (57, 185, "45127 Essen", 10),
        (57, 260, "GUTSCHRIFT", 14),
        (58, 282, "Provisionsabrechnung Mai 2024 – Gutschrift gemäß § 14 Abs. 2 Satz 2 UStG", 9),
        (57, 351, "Kunde", 9),
        (233, 351, "Beleg-Nr.", 9),
        (307, 351, "Beleg-Datum", 9),
        (371, 351, "Umsatz netto €", 9),
        (456, 351, "Satz", 9),
        (493, 351, "Provision €", 9),
        (57, 371, "Baumarkt Süd GmbH", 9),
        (233, 371, "RE-24-10211", 9),
        (306, 371, "04.05.2024", 9),
        (394, 371, "12.000,00", 9),
        (452, 371, "5,0 %", 9),
        (513, 371, "600,00", 9),
        (312, 467, "Summe Provisionen (netto)", 9),
        (504, 467, "600,00", 9),
        (312, 483, "zzgl. 19 % Umsatzsteuer", 9),
        (511, 483, "114,00", 9),
        (312, 499, "Gutschriftsbetrag brutto", 9),
        (504, 499, "714,00", 9),
        (57, 777, "RHEINTAL Armaturen GmbH", 7),
        (426, 777, "USt-IdNr. DE319482078", 7),
    ]


def test_a_trade_word_alone_over_the_owners_registered_name_runs_on() -> None:
    pdf = make_sized_pdf(_agents_statement("Handelsvertretung", "Anton Weber e.K."))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Handelsvertretung Anton Weber e.K."
    assert fields["buyer_name"] == "RHEINTAL Armaturen GmbH"


def test_a_self_billed_invoices_addressee_is_the_seller_without_the_courtesy_title() -> None:
    pdf = make_sized_pdf(_agents_statement("Herrn", "Anton Weber"))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Anton Weber"
