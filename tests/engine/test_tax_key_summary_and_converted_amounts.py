"""Forwarders' invoices: a tax keys' summary ("St.-Schl. | Netto € | USt € | Brutto €")
under the last consignment's subtotal is no group of items."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (50, 60, "Hollmann Spedition GmbH"),
    (330, 120, "Rechnung Nr."),
    (450, 120, "SR-2024-0815"),
    (330, 134, "Datum:"),
    (450, 134, "14.03.2024"),
]


def _row(y: int, pos: str, name: str, count: str, price: str, amount: str) -> list:
    cells = [(62, y, pos), (73, y, name), (366, y, count), (430, y, price), (490, y, amount)]
    return [c for c in cells if c[2]] + [(545, y, "1")]


def test_the_tax_key_summary_under_the_last_subtotal_is_no_item() -> None:
    rows = [
        (62, 224, "Pos"),
        (80, 224, "Leistung"),
        (360, 224, "Menge"),
        (425, 224, "Preis €"),
        (485, 224, "Betrag €"),
        (540, 224, "St."),
        *_row(255, "1", "Fracht Komplettladung Bremen – Basel", "1 psch.", "1.240,00", "1.240,00"),
        *_row(268, "2", "Avisierung / Terminzustellung", "1 psch.", "25,00", "25,00"),
        (72, 282, "Zwischensumme Sendung 4711-0385"),
        (487, 282, "1.265,00"),
        *_row(300, "3", "Fracht Stückgut Bremen – Kassel", "3 Pal.", "68,50", "205,50"),
        *_row(313, "4", "Hebebühnenzustellung", "1 psch.", "30,00", "30,00"),
        (72, 327, "Zwischensumme Sendung 4711-0391"),
        (494, 327, "235,50"),
        (53, 350, "St.-Schl."),
        (105, 350, "Bezeichnung"),
        (343, 350, "Netto €"),
        (409, 350, "USt €"),
        (475, 350, "Brutto €"),
        (66, 365, "0"),
        (92, 365, "steuerfrei gem. § 4 Nr. 3 a) UStG"),
        (338, 365, "1.265,00"),
        (413, 365, "0,00"),
        (473, 365, "1.265,00"),
        (66, 378, "1"),
        (93, 378, "19 % Umsatzsteuer"),
        (342, 378, "235,50"),
        (408, 378, "44,75"),
        (477, 378, "280,25"),
        (330, 400, "Summe netto"),
        (515, 400, "1.500,50"),
        (330, 413, "zzgl. Umsatzsteuer"),
        (523, 413, "44,75"),
        (330, 426, "Rechnungsbetrag EUR"),
        (515, 426, "1.545,25"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [1240.0, 25.0, 205.5, 30.0]


_SHIPPING_HEAD = [
    (40, 40, "Van Dijk Shipping & Forwarding B.V."),
    (330, 120, "Invoice no."),
    (420, 120, "RTM-I-2400871"),
    (330, 134, "Invoice date"),
    (420, 134, "06-03-2024"),
]


def _converted(rate: str) -> list:
    """Charges in dollars and euros, each converted into euros at its rate."""
    cells = [
        (42, 364, "Code"),
        (80, 364, "Description"),
        (300, 364, "Curr."),
        (340, 364, "Amount"),
        (395, 364, rate),
        (450, 364, "Amount EUR"),
        (525, 364, "VAT"),
    ]
    rows = [
        ("OFR", "Ocean freight Shanghai – Rotterdam", "USD", "2,150.00", "0.92234", "1,983.03"),
        ("LSS", "Low sulphur surcharge", "USD", "185.00", "0.92234", "170.63"),
        ("THD", "Terminal handling charges", "EUR", "265.00", "1.00000", "265.00"),
    ]
    for n, (code, name, curr, amount, roe, home) in enumerate(rows):
        y = 380 + 13 * n
        cells += [(42, y, code), (80, y, name), (300, y, curr), (340, y, amount)]
        cells += [(395, y, roe), (455, y, home), (525, y, "0%")]
    cells += [
        (340, 440, "Charges"),
        (470, 440, "2,418.66"),
        (340, 453, "Total amount due EUR"),
        (470, 453, "2,418.66"),
    ]
    return cells


def test_the_converted_amount_is_the_line_amount() -> None:
    for rate in ("ROE", "Rate", "Exch. rate"):
        pdf = make_invoice_pdf([_SHIPPING_HEAD + _converted(rate)])
        items = extract_canonical(pdf, use_einvoice=False)["line_items"]
        assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
            ("Ocean freight Shanghai – Rotterdam", None, 1983.03),
            ("Low sulphur surcharge", None, 170.63),
            ("Terminal handling charges", None, 265.0),
        ], rate
