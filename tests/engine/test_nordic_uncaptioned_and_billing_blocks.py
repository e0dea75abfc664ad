"""Nordic buyer blocks: an uncaptioned block right of the header whose town line prints a
grouped postcode and the town in capitals ("652 24 KARLSTAD", as Sweden's post asks), and
Finland's "Laskutusosoite" (billing address) captioning the buyer's block under a centred
brand heading."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names
from facturist.engine.towns import town_in

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with "=" is centred on x.
Text = tuple[float, float, str, float]


def _parties(texts: list[Text]) -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    return tuple(None if v is None else str(v.value) for v in (seller, buyer))  # type: ignore[return-value]


_TABLE: list[Text] = [
    (56, 300, "Benämning", 9),
    (380, 300, "Antal", 9),
    (480, 300, "Belopp", 9),
    (56, 318, "Konsulttjänster mars", 9),
    (380, 318, "10", 9),
    (480, 318, "8 500,00", 9),
    (400, 360, "Att betala SEK", 9),
    (480, 360, "10 625,00", 9),
]


def test_grouped_postcode_and_capitals_town_end_a_swedish_address() -> None:
    assert town_in("652 24 KARLSTAD") is not None
    assert town_in("SE-906 21 UMEÅ") is not None
    assert town_in("120 10 PCS ordered") is None  # a count and a unit, no town


def test_uncaptioned_block_right_of_the_header_grid_is_the_buyer() -> None:
    texts: list[Text] = [
        (56, 56, "Kvarnbacken Konsult AB", 16),
        (56, 80, "Redovisning och rådgivning", 8),
        (320, 96, "Fakturanr", 8),
        (420, 96, "Datum", 8),
        (320, 108, "5521", 9),
        (420, 108, "2026-03-02", 9),
        (56, 190, "Er referens", 9),
        (150, 190, "Olle Ek", 9),
        (320, 190, "Hjortens Bageri HB", 10),
        (56, 203, "Vår referens", 9),
        (150, 203, "Maja Ström", 9),
        (320, 203, "Att: Olle Ek", 10),
        (56, 216, "Betalningsvillkor", 9),
        (150, 216, "30 dagar", 9),
        (320, 216, "Kyrkogatan 3", 10),
        (320, 229, "931 31 SKELLEFTEÅ", 10),
        *_TABLE,
        (56, 770, "Kvarnbacken Konsult AB", 7),
        (56, 779, "Sågvägen 9", 7),
        (56, 788, "972 41 Luleå", 7),
        (300, 770, "Org.nr 556677-8899", 7),
    ]
    assert _parties(texts) == ("Kvarnbacken Konsult AB", "Hjortens Bageri HB")


def test_finnish_billing_address_caption_heads_the_buyers_block() -> None:
    texts: list[Text] = [
        (300, 48, "=Kylpylä Koskenranta", 18),
        (300, 72, "=Koskitie 8 · 33100 Tampere · +358 3 555 0100", 8),
        (56, 115, "LASKU", 16),
        (330, 115, "Laskutusosoite", 8),
        (330, 134, "Hervannan Rakennus Oy", 10),
        (56, 141, "Laskun nro", 9),
        (150, 141, "88120", 9),
        (330, 146, "Insinöörinkatu 40", 10),
        (56, 154, "Päiväys", 9),
        (150, 154, "02.03.2026", 9),
        (330, 158, "33720 Tampere", 10),
        *_TABLE,
        (56, 742, "Koskenrannan Kylpylät Oy", 7),
        (56, 752, "Koskitie 8", 7),
        (56, 761, "33100 Tampere", 7),
        (250, 742, "Y-tunnus 1234567-1", 7),
    ]
    seller, buyer = _parties(texts)
    assert buyer == "Hervannan Rakennus Oy"
    assert seller in {"Koskenrannan Kylpylät Oy", "Kylpylä Koskenranta"}
