"""Net due dates (netdue.py): the net date outranks a due-date caption's discount date in the
same terms, and a net tier on a line of its own under discount tiers is read."""

from __future__ import annotations

import datetime

from .conftest import Page, header_values

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (350, 120, "Rechnung Nr. 2025-117"),
    (350, 134, "Rechnungsdatum: 02.06.2025"),
]


def test_net_date_outranks_the_discount_date_after_a_due_caption() -> None:
    fields = header_values(
        [
            *_HEAD,
            (50, 400, "Zahlbar bis 12.06.2025 mit 2 % Skonto oder bis 02.07.2025 rein netto."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 7, 2)


def test_net_tier_under_discount_tiers_is_due() -> None:
    fields = header_values(
        [
            *_HEAD,
            (50, 400, "Zahlung:"),
            (55, 412, "bis 12.06.2025 abzgl. 3 % Skonto: 970,00 EUR"),
            (55, 424, "bis 22.06.2025 abzgl. 2 % Skonto: 980,00 EUR"),
            (55, 436, "bis 30.06.2025 abzgl. 1 % Skonto: 990,00 EUR"),
            (55, 448, "bis 02.07.2025 netto: 1.000,00 EUR"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 7, 2)
