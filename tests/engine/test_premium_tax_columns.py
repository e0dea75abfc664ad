"""Insurance premium notices listing each cover's premium beside the tax on it: an Italian
"Garanzia | Premio imponibile | Imposte 22,25% | Premio lordo" (net, tax, gross), a French
"Garanties | Cotisation HT | Taux taxe | Taxes" (net, rate, tax, the terrorism fund's row
printing dashes for both), an Austrian "Jahresprämie netto | VersSt % | VersSt |
Jahresprämie" whose bare last caption is the gross, and the payable box under an instalment
plan, which is no item."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_invoice_pdf

_Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _rows(page: _Page) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [(i["description"], i["amount"]) for i in result["line_items"]]


def test_premium_net_tax_gross_with_decimal_commas() -> None:
    """ "Garanzia | Premio imponibile | Imposte 22,25% | Premio lordo": the taxable premium
    is each cover's amount; the "Totale rata" row closes the table."""
    page = [
        (60, 50, "Assicurazioni Laguna S.p.A."),
        (60, 64, "Via Roma 12, 30100 Venezia"),
        (330, 110, "Sig. Paolo Rossi"),
        (330, 124, "Via Verdi 3"),
        (330, 138, "35100 Padova"),
        (60, 180, "Avviso n. 2025/PD/1182"),
        (60, 194, "Data emissione 20/05/2025"),
        (60, 240, "Garanzia"),
        (260, 240, "Premio imponibile"),
        (350, 240, "Imposte 22,25%"),
        (470, 240, "Premio lordo"),
        (60, 260, "Incendio fabbricato"),
        _right(340, 260, "150,00"),
        _right(420, 260, "33,38"),
        _right(530, 260, "183,38"),
        (60, 276, "Furto contenuto"),
        _right(340, 276, "80,00"),
        _right(420, 276, "17,80"),
        _right(530, 276, "97,80"),
        (60, 292, "Tutela legale"),
        _right(340, 292, "20,00"),
        _right(420, 292, "4,45"),
        _right(530, 292, "24,45"),
        (60, 314, "Totale rata"),
        _right(340, 314, "250,00"),
        _right(420, 314, "55,63"),
        _right(530, 314, "305,63"),
        (300, 350, "IMPORTO DA PAGARE"),
        _right(530, 350, "€ 305,63"),
    ]
    assert _rows(page) == [
        ("Incendio fabbricato", 150.0),
        ("Furto contenuto", 80.0),
        ("Tutela legale", 20.0),
    ]


def test_premium_net_rate_tax_with_untaxed_levy_row() -> None:
    """ "Garanties | Cotisation HT | Taux taxe | Taxes": each row's tax is its rate of the
    net; a levy printing "—" for rate and tax is an item at its net."""
    page = [
        (60, 50, "Mutuelle du Littoral"),
        (60, 64, "4 quai de la Fosse, 44000 Nantes"),
        (330, 110, "Mme Claire Martin"),
        (330, 124, "8 rue Crébillon"),
        (330, 138, "44000 NANTES"),
        (60, 180, "N° d'avis AE25-1182"),
        (60, 194, "Date d'émission 03/03/2025"),
        (60, 240, "Garanties"),
        (300, 240, "Cotisation HT"),
        (380, 240, "Taux taxe"),
        (500, 240, "Taxes"),
        (60, 260, "Multirisque habitation"),
        _right(360, 260, "200,00 €"),
        _right(430, 260, "9 %"),
        _right(530, 260, "18,00 €"),
        (60, 276, "Protection juridique"),
        _right(360, 276, "40,00 €"),
        _right(430, 276, "13,4 %"),
        _right(530, 276, "5,36 €"),
        (60, 292, "Contribution au fonds de garantie"),
        _right(360, 292, "5,90 €"),
        _right(430, 292, "—"),
        _right(530, 292, "—"),
        (300, 320, "Total cotisation hors taxes"),
        _right(530, 320, "245,90 €"),
        (300, 334, "Taxe sur les conventions d'assurance"),
        _right(530, 334, "23,36 €"),
        (300, 350, "Montant TTC à payer"),
        _right(530, 350, "269,26 €"),
    ]
    assert _rows(page) == [
        ("Multirisque habitation", 200.0),
        ("Protection juridique", 40.0),
        ("Contribution au fonds de garantie", 5.9),
    ]


def test_net_premium_caption_beside_bare_gross_caption() -> None:
    """ "Jahresprämie netto | VersSt % | VersSt | Jahresprämie": the bare caption right of
    the tax repeats the net one's name: it heads the gross, the line amount is the net. The
    payable box under the instalment plan ("Zu zahlen bis ... (1. Rate):") is no item."""
    page = [
        (60, 50, "Alpen Versicherung AG"),
        (60, 64, "Ring 5, 1010 Wien"),
        (60, 110, "Herr Johann Gruber"),
        (60, 124, "Hauptplatz 3"),
        (60, 138, "8010 Graz"),
        (330, 110, "Vorschreibung Nr. VS 25-118"),
        (330, 124, "Datum 10.03.2025"),
        (60, 240, "Sparte"),
        (230, 240, "Jahresprämie netto"),
        (340, 240, "VersSt %"),
        (410, 240, "VersSt"),
        (460, 240, "Jahresprämie"),
        (60, 260, "Eigenheimversicherung"),
        _right(320, 260, "400,00"),
        _right(370, 260, "11"),
        _right(440, 260, "44,00"),
        _right(530, 260, "444,00"),
        (60, 276, "Haushaltsversicherung"),
        _right(320, 276, "200,00"),
        _right(370, 276, "11"),
        _right(440, 276, "22,00"),
        _right(530, 276, "222,00"),
        (60, 296, "Summe Jahresprämie"),
        _right(320, 296, "600,00"),
        _right(440, 296, "66,00"),
        _right(530, 296, "666,00"),
        (60, 330, "Zahlungsweise: halbjährlich"),
        (60, 346, "1. Rate"),
        (150, 346, "fällig 01.04.2025"),
        (260, 346, "EUR 333,00"),
        (60, 360, "2. Rate"),
        (150, 360, "fällig 01.10.2025"),
        (260, 360, "EUR 333,00"),
        (60, 390, "Zu zahlen bis 01.04.2025 (1. Rate):"),
        _right(530, 390, "EUR 333,00"),
    ]
    assert _rows(page) == [
        ("Eigenheimversicherung", 400.0),
        ("Haushaltsversicherung", 200.0),
    ]


def test_payable_box_under_instalment_plan_is_no_item() -> None:
    """Under the premiums' sum, an instalment plan, then the payable box ("Zu zahlen bis
    01.04.2025 (1. Rate): | 333,00") with its figure under the amounts: what is due now, no
    item of a table going on."""
    page = [
        (60, 50, "Alpen Versicherung AG"),
        (60, 64, "Ring 5, 1010 Wien"),
        (60, 110, "Herr Johann Gruber"),
        (60, 124, "Hauptplatz 3"),
        (60, 138, "8010 Graz"),
        (330, 110, "Vorschreibung Nr. VS 25-118"),
        (330, 124, "Datum 10.03.2025"),
        (60, 240, "Beschreibung"),
        (330, 240, "Menge"),
        (400, 240, "Preis"),
        (490, 240, "Betrag"),
        (60, 260, "Eigenheimversicherung"),
        _right(360, 260, "1"),
        _right(440, 260, "444,00"),
        _right(530, 260, "444,00"),
        (60, 276, "Haushaltsversicherung"),
        _right(360, 276, "1"),
        _right(440, 276, "222,00"),
        _right(530, 276, "222,00"),
        (60, 296, "Summe"),
        _right(530, 296, "666,00"),
        (60, 330, "Zahlungsweise: halbjährlich"),
        (60, 346, "1. Rate"),
        (150, 346, "fällig 01.04.2025"),
        (260, 346, "EUR 333,00"),
        (60, 360, "2. Rate"),
        (150, 360, "fällig 01.10.2025"),
        (260, 360, "EUR 333,00"),
        (60, 390, "Zu zahlen bis 01.04.2025 (1. Rate):"),
        _right(530, 390, "333,00"),
    ]
    assert _rows(page) == [
        ("Eigenheimversicherung", 444.0),
        ("Haushaltsversicherung", 222.0),
    ]


def test_premium_list_beside_a_sidebar_column() -> None:
    """A renewal letter lists its covers ("Buildings cover | €412.60", a "Claims-free
    discount | -€30.00") under no header, right of a sidebar column (the customer's address,
    the references) whose lines interleave with the list's: the sidebar's lines neither end
    the list nor join its names; the list adds up to the premium after discount."""
    texts: list[SizedText] = [
        (23, 47, "Shannonside Insurance", 14),
        (206, 56, "Renewal Notice & Invoice", 14),
        (23, 108, "Shannonside Insurance DAC", 8),
        (23, 119, "Dock Road", 8),
        (23, 130, "Limerick V94 X2E7", 8),
        (205, 113, "Dear Ms Brennan,", 9),
        (204, 169, "Your premium for 12/05/2025 to 11/05/2026", 9),
        (23, 182, "Customer", 8),
        (211, 189, "Buildings cover", 9),
        (508, 189, "€412.60", 9),
        (23, 195, "Ms Aoife Brennan", 8),
        (23, 206, "3 Ashgrove Park", 8),
        (210, 206, "Contents cover", 9),
        (508, 206, "€188.40", 9),
        (23, 218, "Ennis, Co. Clare", 8),
        (210, 222, "Specified personal possessions", 9),
        (513, 222, "€64.00", 9),
        (23, 229, "V95 K8D2", 8),
        (210, 238, "Claims-free discount", 9),
        (511, 238, "-€30.00", 9),
        (211, 260, "Premium after discount", 9),
        (507, 260, "€635.00", 9),
        (23, 266, "Your references", 8),
        (23, 277, "Policy number", 8),
        (210, 277, "Government Levy (3%)", 9),
        (513, 277, "€19.05", 9),
        (23, 291, "HH/7720418/25", 8),
        (210, 294, "Total annual premium", 9),
        (503, 294, "€654.05", 9),
        (23, 335, "Document no.", 8),
        (23, 344, "RN-25-4417209", 8),
        (23, 359, "Date of issue", 8),
        (23, 371, "14/04/2025", 8),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Buildings cover", 412.6),
        ("Contents cover", 188.4),
        ("Specified personal possessions", 64.0),
        ("Claims-free discount", -30.0),
    ]
