"""Russian header captions: Baltic and CIS invoices printed in Russian ("СЧЁТ № 26/031",
"Дата счёта", "Срок оплаты", "Сумма без НДС", "НДС 24 %", "Итого", "К оплате").

labels.py joins each pattern here to its field's caption of the same rank as one more
alternative, so the ranks of every other language's captions stay as they are. Python's
`\\b` and `\\w` are Unicode-aware, but Cyrillic words are bounded by `(?<!\\w)` / `(?!\\w)`
here, which read the same in every case.
"""

from __future__ import annotations

# "счёт" is also a bank account ("Расчётный счёт №", "Лицевой счёт", "на счёт"): an
# adjective before it, or no number sign after it, makes it none of the invoice's.
_INVOICE_WORD = r"(?<![ыиоа]й )(?<!\w)(?:сч[её]т(?:[\s\-]*фактур[аы])?|инвойс)"

RUSSIAN_LABELS: dict[str, dict[int, str]] = {
    "invoice_number": {
        # "СЧЁТ № 26/031", "Счёт-фактура № 118", "Номер счёта", "№ счёта".
        0: rf"{_INVOICE_WORD}\s*(?:№|n[°º]|nr\.?|no\.?)(?=\s*[^\s:]*\d)"
        r"|(?<!\w)(?:номер|№)\s*(?:сч[её]та(?:[\s\-]*фактуры)?|инвойса|документа)(?!\w)",
    },
    "invoice_date": {
        # "Дата счёта", "Дата выставления", "Дата составления", "Дата документа".
        0: r"(?<!\w)дата\s+(?:сч[её]та(?:[\s\-]*фактуры)?|выставления|составления|документа"
        r"|выписки)(?!\w)",
        # A bare "Дата:" in the meta block; not a delivery's, payment's or contract's date.
        1: r"(?<!\w)дата(?!\w)(?!\s+(?:поставки|отгрузки|оплаты|платежа|доставки|заказа"
        r"|договора|рождения|выполнения|окончания|начала|оказания)(?!\w))",
    },
    "due_date": {
        # "Срок оплаты", "Срок платежа", "Оплатить до", "Оплатить не позднее".
        0: r"(?<!\w)(?:срок (?:оплаты|платежа)|оплатить (?:до|не позднее)|оплата до)(?!\w)",
    },
    "net_amount": {
        # "Сумма без НДС", "Итого без НДС", "Всего без НДС", "Стоимость без НДС".
        0: r"(?<!\w)(?:сумма|итого|всего|стоимость)\s+без\s+ндс(?!\w)",
    },
    "tax_amount": {
        # "НДС 24 %", "Сумма НДС", "в т.ч. НДС"; not "без НДС", "с НДС" (without, with).
        1: r"(?<!\w)(?<!без )(?<!\bс )ндс(?!\w)",
    },
    "total_amount": {
        # "Итого", "Всего", "Итого с НДС", "Сумма с НДС"; not "Итого без НДС" (the net),
        # "Итого НДС" (the tax), "Всего наименований 5" (a count of rows).
        0: r"(?<!\w)(?:итого|всего)(?!\w)(?!\s*(?:без|ндс|наименований)(?!\w))"
        r"|(?<!\w)(?:сумма|стоимость)\s+с\s+ндс(?!\w)",
    },
    "amount_due": {
        # "К оплате", "Всего к оплате", "Итого к оплате", "Сумма к оплате".
        0: r"(?<!\w)(?:(?:всего|итого|сумма)\s+)?к\s+оплате(?!\w)",
    },
}


def with_russian(raw: dict[str, list[str]]) -> dict[str, list[str]]:
    """The lexicon with each Russian caption joined to its field's caption of the same rank
    (new lists: the lexicon's own lists, some imported from other modules, stay as they are).
    """
    joined = {key: list(patterns) for key, patterns in raw.items()}
    for key, extra in RUSSIAN_LABELS.items():
        for rank, pattern in extra.items():
            joined[key][rank] = f"{joined[key][rank]}|{pattern}"
    return joined
