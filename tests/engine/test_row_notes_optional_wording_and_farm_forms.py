"""A text row a row's spacing under the last item (no wrap of its name), an option row kept
out of the total by its wording alone, a bare "Numero" under the title beside the letterhead,
and Italy's farm partnership form on the line under the addressee's name."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Text = tuple[float, float, str]


def _read(page: list[Text], size: float = 8) -> dict[str, Any]:
    pdf = make_invoice_pdf([page], size=size, marks=True)
    found: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return found


def _position(y: float, pos: str, name: str, qty: str, price: str, amount: str) -> list[Text]:
    return [
        (50, y, pos),
        (70, y, name),
        (380, y, ">" + qty),
        (450, y, ">" + price),
        (530, y, ">" + amount),
    ]


def test_text_row_at_row_spacing_under_last_item_is_no_part_of_its_name() -> None:
    page: list[Text] = [
        (50, 50, "Sanitär Ostwald GmbH"),
        (50, 62, "Feldweg 3, 28195 Bremen"),
        (50, 120, "Frau Ilka Brügge"),
        (50, 132, "Moorstraße 9"),
        (50, 144, "28199 Bremen"),
        (350, 120, "Rechnung Nr. SO-5521"),
        (350, 132, "Datum 07.04.2025"),
        (50, 220, "Pos."),
        (70, 220, "Bezeichnung"),
        (360, 220, "Menge"),
        (420, 220, "Preis"),
        (505, 220, "Betrag"),
        *_position(238, "1", "Waschtischarmatur Einhebel, verchromt, mit", "1", "149,00", "149,00"),
        (70, 248, "Ablaufgarnitur und Eckventilen"),
        *_position(263, "2", "Montage Waschtisch", "2", "58,00", "116,00"),
        *_position(278, "3", "Anfahrt Stadtgebiet", "1", "24,00", "24,00"),
        (70, 293, "Die Montage erfolgte am 03.04.2025; das Bad wurde besenrein"),
        (70, 303, "übergeben."),
        (380, 330, "Summe netto"),
        (530, 330, ">289,00"),
        (380, 342, "MwSt. 19 %"),
        (530, 342, ">54,91"),
        (380, 354, "Gesamtbetrag"),
        (530, 354, ">343,91"),
    ]
    items = _read(page)["line_items"]
    assert [item["description"] for item in items] == [
        "Waschtischarmatur Einhebel, verchromt, mit Ablaufgarnitur und Eckventilen",
        "Montage Waschtisch",
        "Anfahrt Stadtgebiet",
    ]


def test_option_row_worded_out_of_the_total_is_no_item() -> None:
    page: list[Text] = [
        (50, 50, "Schilderwerk Vos B.V."),
        (50, 62, "Havenkade 12, 1013 AB Amsterdam"),
        (50, 120, "Stichting Buurthuis De Linde"),
        (50, 132, "Lindelaan 4"),
        (50, 144, "3512 KL Utrecht"),
        (350, 120, "Factuurnummer 2025-311"),
        (350, 132, "Factuurdatum 09-04-2025"),
        (50, 220, "Nr."),
        (70, 220, "Omschrijving"),
        (360, 220, "Aantal"),
        (420, 220, "Prijs"),
        (505, 220, "Bedrag"),
        *_position(238, "1", "Gevelbord aluminium 200x60 cm", "1", "480,00", "480,00"),
        *_position(253, "2", "Montage gevelbord", "3", "45,00", "135,00"),
        *_position(268, "3", "Optioneel: reiniging - niet in het", "1", "90,00", "90,00"),
        (70, 278, "totaalbedrag opgenomen"),
        (380, 310, "Subtotaal"),
        (530, 310, ">615,00"),
        (380, 322, "Btw 21%"),
        (530, 322, ">129,15"),
        (380, 334, "Totaal"),
        (530, 334, ">744,15"),
    ]
    items = _read(page)["line_items"]
    assert [item["amount"] for item in items] == [480.0, 135.0]


def _letterhead_and_buyer() -> list[Text]:
    return [
        (50, 50, "OFFICINA FERRANTE"),
        (350, 50, "FATTURA ACCOMPAGNATORIA"),
        (50, 64, "S.n.c. - carpenteria metallica"),
        (350, 64, "Numero 2207/2025"),
        (350, 78, "Data 14/04/2025"),
        (50, 92, "Via dei Fabbri, 21 - 43122 Parma (PR)"),
        (350, 120, "Spett.le"),
        (350, 134, "Fattoria Le Querce"),
        (350, 146, "Soc. Agr. s.s."),
        (350, 158, "Strada Vicinale 7"),
        (350, 170, "42020 Albinea (RE)"),
        (50, 220, "Pos."),
        (70, 220, "Descrizione"),
        (360, 220, "Q.tà"),
        (420, 220, "Prezzo"),
        (505, 220, "Importo"),
        *_position(238, "1", "Cancello in ferro zincato", "1", "820,00", "820,00"),
        (380, 270, "Imponibile"),
        (530, 270, ">820,00"),
        (380, 282, "IVA 22%"),
        (530, 282, ">180,40"),
        (380, 294, "Totale fattura"),
        (530, 294, ">1.000,40"),
    ]


def test_bare_numero_under_the_title_beside_the_letterhead_is_the_number() -> None:
    fields = _read(_letterhead_and_buyer())["fields"]
    assert fields["invoice_number"] == "2207/2025"


def test_farm_partnership_form_under_the_addressee_completes_its_name() -> None:
    fields = _read(_letterhead_and_buyer())["fields"]
    assert fields["buyer_name"] == "Fattoria Le Querce Soc. Agr. s.s."
