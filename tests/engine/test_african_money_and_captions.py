"""African invoices' money and captions: South Africa's rand sign before its figures ("R 4 122,00",
"R31,736.75", "-R15,000.00") read as the rand; a currency code glued into an article's code
("SCR126510") names no currency; Morocco's "DH" and the CFA francs ("FCFA", "(F CFA)",
"francs CFA"), West or Central by the page's country; the national IBANs of Morocco and the
CFA zones; the French "DOIT :" over the billed customer; and a "Date | : 03/12/2024" caption
whose line runs on into an address column that reads like item captions ("Km 7, Route")."""

from __future__ import annotations

from facturist.engine.countrycurrency import country_currency
from facturist.engine.model import Box, Value, Word
from facturist.engine.parse.ids import find_ibans
from facturist.engine.parsing import detect_currency
from facturist.engine.randsign import rand_signed_rows

from .conftest import SizedText, analysed, header_values, make_aligned_pdf


def _space_groups(value: float) -> str:
    """4122.0 as South Africa prints it with a decimal comma: "4 122,00"."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def _rand_invoice(sign: str, figure: str, deposit: str | None = None) -> list[SizedText]:
    """A South African tax invoice whose prices are signed by `sign` + `figure` text."""
    rows = [
        ("Cloud e-mail & office licences – Business Std (monthly)", "18", 229.0),
        ("Managed IT support retainer – March 2024", "1", 6850.0),
        ("On-site call-out: travel Cape Town – Beaufort West (km)", "620", 4.84),
        ("Labour – firewall installation & configuration (hrs)", "3,50", 850.0),
    ]
    texts: list[SizedText] = [
        (120, 57, "Fynbos Digital Solutions (Pty) Ltd", 14),
        (120, 79, "Unit 4, Bree Street Studios, 112 Bree Street, Cape Town, 8001", 8),
        (43, 150, "INVOICE TO", 9),
        (43, 166, "Karoo Fresh Produce CC", 9),
        (410, 153, "TAX INVOICE", 12),
        (375, 192, "Invoice No", 9),
        (481, 192, "FDS-INV-24031", 9),
        (375, 205, "Date", 9),
        (483, 205, "14 March 2024", 9),
        (43, 279, "Description", 8),
        (353, 279, "Qty", 8),
        (384, 279, "Unit Price (excl.)", 8),
        (486, 279, "Amount (excl.)", 8),
    ]
    y = 300.0
    net = 0.0
    for description, quantity, price in rows:
        amount = round(float(quantity.replace(",", ".")) * price, 2)
        net += amount
        texts += [
            (43, y, description, 8),
            (368, y, ">" + quantity, 8),
            (458, y, f">{sign}{_figure(figure, price)}", 8),
            (552, y, f">{sign}{_figure(figure, amount)}", 8),
        ]
        y += 21
    tax = round(net * 0.15, 2)
    sums = [("Total Exclusive", net), ("VAT @ 15%", tax), ("Total Inclusive", net + tax)]
    y += 20
    for caption, value in sums:
        texts += [(360, y, caption, 9), (552, y, f">{sign}{_figure(figure, value)}", 9)]
        y += 16
    if deposit is not None:
        texts += [(300, y, "Less: Deposit received 12/03/2024", 9), (552, y, ">" + deposit, 9)]
        y += 16
        texts += [(360, y, "BALANCE DUE", 9), (552, y, f">{sign}{_figure(figure, 9489.97)}", 9)]
    return texts


def _figure(figure: str, value: float) -> str:
    return _space_groups(value) if figure == "space" else f"{value:,.2f}"


def test_rand_sign_spaced_before_space_grouped_prices_reads_the_rows() -> None:
    invoice = analysed(make_aligned_pdf(_rand_invoice("R ", "space")))
    assert [
        (item["quantity"].value, item["unit_price"].value, item["amount"].value)
        for item in invoice.items
    ] == [(18.0, 229.0, 4122.0), (1.0, 6850.0, 6850.0), (620.0, 4.84, 3000.8), (3.5, 850.0, 2975.0)]
    assert invoice.items[0]["description"].value == (
        "Cloud e-mail & office licences – Business Std (monthly)"
    )
    assert invoice.fields["currency"].value == "ZAR"


def test_rand_sign_glued_to_comma_grouped_figures_reads_the_sums() -> None:
    invoice = analysed(make_aligned_pdf(_rand_invoice("R", "comma", deposit="-R10,000.00")))
    values = {key: value.value for key, value in invoice.fields.items()}
    assert values["net_amount"] == 16947.8
    assert values["tax_amount"] == 2542.17
    assert values["total_amount"] == 19489.97
    assert values["amount_due"] == 9489.97
    assert values["currency"] == "ZAR"
    assert [item["amount"].value for item in invoice.items] == [4122.0, 6850.0, 3000.8, 2975.0]


def _row(*texts: str) -> list[Word]:
    words, x = [], 40.0
    for text in texts:
        words.append(Word(text, Box(1, x, 100, x + 5 * len(text), 108)))
        x += 5 * len(text) + 3
    return words


def test_rand_sign_is_read_only_on_a_south_african_page() -> None:
    elsewhere = [_row("Row", "R", "229,00"), _row("Grade", "R2")]
    assert rand_signed_rows(elsewhere) is elsewhere
    south_african = [*elsewhere, _row("Acme", "(Pty)", "Ltd")]
    assert [[w.text for w in row] for row in rand_signed_rows(south_african)[:2]] == [
        ["Row", "ZAR", "229,00"],
        ["Grade", "R2"],  # a letter and a digit: a code, no money
    ]


def test_currency_code_glued_into_an_article_code_names_no_currency() -> None:
    assert detect_currency("SCR126510 Roof screws 12x65mm 25 89.99 2,249.75") is None
    assert detect_currency("Total EUR100") == "EUR"


def test_dirham_and_cfa_franc_signs() -> None:
    assert detect_currency("Total TTC 92 052,00 DH") == "MAD"
    assert detect_currency("Total TTC 11 778 760 FCFA") == "XOF"
    assert detect_currency("TOTAL TTC (F CFA) 2 036 857") == "XOF"
    assert detect_currency("la somme de deux millions de francs CFA toutes taxes") == "XOF"
    # Central Africa's franc shares the signs: the page's country tells it.
    assert detect_currency("Douala, Cameroun · Total TTC 1 250 000 FCFA") == "XAF"


def test_moroccan_and_cfa_zone_ibans() -> None:
    assert find_ibans("IBAN : MA64 0074 5000 0123 8000 0312 0744 SWIFT : BCMAMAMC") == [
        "MA64007450000123800003120744"
    ]
    assert find_ibans("IBAN : SN72 SN01 1010 0100 0152 0048 7123") == [
        "SN72SN0110100100015200487123"
    ]
    fields = {"iban": Value("SN72SN0110100100015200487123", "")}
    assert country_currency(fields) == "XOF"


def test_doit_caption_and_date_beside_an_address_column() -> None:
    values = header_values(
        [
            (113, 51, "TERANGA BTP SERVICES"),
            (114, 86, "Route des Almadies, Lot 45, BP 25123 Dakar-Fann, Sénégal"),
            (44, 141, "FACTURE"),
            (335, 155, "DOIT :"),
            (43, 171, "Numéro"),
            (129, 171, ": TBS-FAC-24-1203"),
            (335, 171, "Société Agro-Industrielle du Walo SA"),
            (43, 185, "Date"),
            (129, 185, ": 03/12/2024"),
            (335, 185, "Km 7, Route de Rosso"),
            (43, 198, "Date d'échéance"),
            (129, 198, ": 02/01/2025"),
            (335, 198, "BP 412 Richard-Toll, Sénégal"),
            (381, 393, "Total hors taxes"),
            (482, 393, "9 982 000 FCFA"),
            (410, 411, "TVA 18 %"),
            (482, 411, "1 796 760 FCFA"),
            (403, 429, "Total TTC"),
            (464, 429, "11 778 760 FCFA"),
        ]
    )
    assert values["invoice_date"].isoformat() == "2024-12-03"
    assert values["buyer_name"] == "Société Agro-Industrielle du Walo SA"
    assert values["seller_name"] == "TERANGA BTP SERVICES"
