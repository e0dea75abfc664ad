"""`random_invoice`: a deterministic, internally consistent made-up invoice from a seed."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from facturist.samples import words
from facturist.samples.checksums import random_iban, random_vat_id
from facturist.samples.labels_extra import UNITS
from facturist.samples.labels_more import MORE
from facturist.samples.locales import LANGUAGES, Locale, get_locale, locales_for, printable
from facturist.samples.spec import DocumentType, InvoiceSpec, LineItem, Party, TaxGroup

LAYOUTS: tuple[str, ...] = (
    "classic",
    "two_column",
    "boxed",
    "plain",
    "receipt",
    "stacked",
    "saas",
    "factura",
    "vat_columns",
    "letter_grid",
    "shop",
    "facture",
    "handwerk",
)
# How often a randomly laid-out invoice takes one of the layouts after the first six.
_LATER_SHARE = 0.4
# The second round of designs (from index 10) replaces this share of random layouts.
_ROUND_TWO_SHARE = 0.25
_CENT = Decimal("0.01")
_BANKS = ("Volksbank", "Sparkasse", "Banque Populaire", "Banco Norte", "Cassa Rurale", "Triodos")
_FIRST_DAY = date(2019, 1, 1)


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _invoice_number(rng: random.Random, day: date, credit: bool) -> str:
    n = rng.randint(1, 99999)
    patterns: tuple[str, ...]
    if credit:
        patterns = ("CN-{y}-{n:04d}", "GS{y}{n:04d}", "AV-{n:05d}", "NC {n}/{y}", "K/{n}/{y}")
    else:
        patterns = (
            "INV-{y}-{n:04d}",
            "{y}{n:05d}",
            "RE-{n:06d}",
            "F{y}/{n:04d}",
            "FV {n}/{m:02d}/{y}",
            "{n:07d}",
            "A-{n:05d}",
            "{y}-{m:02d}-{n:03d}",
        )
    return rng.choice(patterns).format(y=day.year, m=day.month, n=n)


def _printed_vat_id(compact: str, country: str) -> tuple[str, list[str]]:
    """The VAT id as printed, plus other spellings a reader may fairly give."""
    if country == "CH":
        digits = compact[3:]
        printed = f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:]} MWST"
        return printed, [printed[:-5]]
    if country == "GB":
        return f"GB {compact[2:5]} {compact[5:9]} {compact[9:]}", []
    return compact, []


def _quantity_and_price(rng: random.Random) -> tuple[Decimal, Decimal]:
    if rng.random() < 0.25:
        # Hours in halves: the price is an even count of cents so the amount stays exact.
        quantity = Decimal(rng.randint(1, 40)) / 2
        return quantity, Decimal(rng.randint(2000, 9000) * 2) / 100
    quantity = Decimal(rng.choice((1, 1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50, 100)))
    # Log-uniform prices: many small ones, a few four-figure ones, as on real invoices.
    top = 2.2 if quantity >= 20 else 3.4
    price = _cents(Decimal(10 ** rng.uniform(-0.3, top)))
    return quantity, max(price, Decimal("0.10"))


def _line_items(
    rng: random.Random, loc: Locale, count: int, credit: bool, mixed: bool
) -> list[LineItem]:
    items = []
    for _ in range(count):
        quantity, price = _quantity_and_price(rng)
        if credit:
            quantity = -quantity
        rate = loc.vat_rates[1] if mixed and rng.random() < 0.4 else loc.vat_rates[0]
        description = printable(words.goods(rng, loc.language, long=rng.random() < 0.2))
        items.append(LineItem(description, quantity, price, quantity * price, rate))
    return items


def _dress_items(
    rng: random.Random, loc: Locale, items: list[LineItem], layout: str
) -> list[LineItem]:
    """Units, item codes, and for the letter layout discounts and more wrapped descriptions."""
    pieces, hours = UNITS[loc.language]
    piece = rng.choice(pieces)  # one spelling per invoice
    discounts = layout == "letter_grid" and rng.random() < 0.4
    dressed = []
    for item in items:
        description, discount, amount = item.description, Decimal(0), item.amount
        if layout == "letter_grid" and rng.random() < 0.35:
            description = printable(words.goods(rng, loc.language, long=True))
        if discounts and rng.random() < 0.6:
            discount = Decimal(rng.choice(("2", "3", "5", "10", "12.5", "15", "20", "25")))
            amount = _cents(item.quantity * item.unit_price * (100 - discount) / 100)
        unit = hours if item.quantity % 1 else piece
        code = rng.choice(("{a}{n:05d}", "{n:06d}", "{a}{a}-{n:04d}", "{m}-{n:03d}")).format(
            a=rng.choice("ABCDEFHKMPRST"), n=rng.randint(1, 99999) % 10**4, m=rng.randint(10, 99)
        )
        line = LineItem(description, item.quantity, item.unit_price, amount, item.vat_rate)
        dressed.append(replace(line, discount=discount, unit=unit, code=code))
    return dressed


def _round_two_items(
    rng: random.Random, loc: Locale, items: list[LineItem], layout: str
) -> list[LineItem]:
    """Shop orders end in a shipping row; trades invoices lead with hours of labour."""
    sign = Decimal(-1) if items and items[0].quantity < 0 else Decimal(1)
    rate = loc.vat_rates[0]
    if layout == "shop":
        if rng.random() < 0.35:
            return items
        price = Decimal(rng.choice(("3.95", "4.99", "5.90", "6.95", "9.99", "12.50")))
        shipping = printable(rng.choice(MORE[loc.language]["shipping"]))
        return [*items, LineItem(shipping, sign, price, sign * price, rate, unit=items[0].unit)]
    hours = UNITS[loc.language][1]
    labour = list(MORE[loc.language]["labour"])
    out = list(items)
    for index in range(min(len(items), rng.choice((1, 1, 2, 3)))):
        quantity = sign * Decimal(rng.randint(1, 32)) / 2
        price = Decimal(rng.randint(2200, 4800) * 2) / 100
        name = printable(labour[index % len(labour)])
        line = LineItem(name, quantity, price, quantity * price, items[index].vat_rate)
        out[index] = replace(line, unit=hours, code=items[index].code)
    return out


def _national_vat_id(rng: random.Random, seller: Party, loc: Locale) -> tuple[Party, list[str]]:
    """Southern invoices often print the VAT id without its country prefix (CIF, P.IVA, NIF)."""
    vat = seller.vat_id
    if vat is None or loc.country not in ("ES", "IT", "PT") or rng.random() < 0.5:
        return seller, []
    return Party(seller.name, seller.address, vat[2:]), [vat]


def _tax_groups(items: list[LineItem]) -> list[TaxGroup]:
    groups: list[TaxGroup] = []
    for rate in sorted({item.vat_rate for item in items}, reverse=True):
        base = sum((item.amount for item in items if item.vat_rate == rate), Decimal(0))
        groups.append(TaxGroup(rate, base, _cents(base * rate / 100)))
    return groups


def _party(rng: random.Random, loc: Locale, *, person: bool = False) -> tuple[Party, list[str]]:
    name = words.person_name(rng, loc.language) if person else None
    name = name or words.company_name(rng, loc.language, loc.country)
    place = words.address(rng, loc.country)
    address = words.Address(
        printable(place.street), printable(place.postcode), printable(place.city), loc.country
    )
    vat_printed: str | None = None
    alternatives: list[str] = []
    if loc.country != "US" and not person:
        vat_printed, alternatives = _printed_vat_id(random_vat_id(loc.country, rng), loc.country)
    return Party(printable(name), address, vat_printed), alternatives


def random_invoice(
    seed: int,
    *,
    language: str | None = None,
    layout: str | None = None,
    lines: int | None = None,
    document_type: DocumentType | None = None,
    locale: str | None = None,
) -> InvoiceSpec:
    """A made-up invoice, the same for the same seed and arguments; None means pick at random."""
    rng = random.Random(seed)
    if locale is not None:
        loc = get_locale(locale)
    else:
        loc = rng.choice(locales_for(language or rng.choice(LANGUAGES)))
    if layout is None:
        # The first six layouts are drawn as before they had company, so a seed keeps its
        # invoice unless its own stream then picks one of the later layouts instead.
        layout = rng.choice(LAYOUTS[:6])
        later = random.Random(f"{seed}:later-layout")
        if later.random() < _LATER_SHARE:
            layout = later.choice(LAYOUTS[6:10])
        second = random.Random(f"{seed}:round-two-layout")
        if second.random() < _ROUND_TWO_SHARE:
            layout = second.choice(LAYOUTS[10:])
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    receipt = layout == "receipt"
    if lines is None:
        lines = rng.randint(1, 4) if receipt else rng.choice((1, 2, 3, 4, 5, 6, 8, 12))
    credit = (rng.random() < 0.12) if document_type is None else document_type == "credit_note"

    invoice_date = _FIRST_DAY + timedelta(days=rng.randint(0, 7 * 365))
    payment_days = None if credit or receipt or rng.random() < 0.2 else rng.choice((7, 14, 30, 60))
    due_date = invoice_date + timedelta(days=payment_days) if payment_days else None

    seller, alternatives = _party(rng, loc)
    buyer, _ = _party(rng, loc, person=rng.random() < 0.15)
    if rng.random() < 0.5:
        buyer = Party(buyer.name, buyer.address, None)  # buyer VAT ids are often left off

    mixed = len(loc.vat_rates) > 1 and rng.random() < 0.25
    items = _line_items(rng, loc, lines, credit, mixed)
    # What only the later layouts print comes from its own stream, so a seed still gives the
    # same invoice in the first six layouts as before those were added.
    extra = random.Random(f"{seed}:{layout}")
    items = _dress_items(extra, loc, items, layout)
    if layout in ("shop", "handwerk"):
        items = _round_two_items(extra, loc, items, layout)
    groups = _tax_groups(items)
    net = sum((item.amount for item in items), Decimal(0))
    tax = sum((group.tax for group in groups), Decimal(0))
    total = net + tax
    paid = Decimal(0)
    if not credit and rng.random() < 0.2:
        # A round deposit, as people pay them.
        paid = (total * Decimal(rng.choice(("0.3", "0.5")))).quantize(Decimal(1))
    if layout == "shop":
        paid = Decimal(0)  # paid at checkout: the invoice's total is what is payable
    elif layout == "handwerk" and not credit and extra.random() < 0.6:
        # Trades bill a partial payment (Abschlag) in round hundreds and deduct it at the end.
        paid = (total * Decimal(extra.choice(("0.3", "0.4", "0.5")))) // 100 * 100
    has_iban = loc.country != "US" and rng.random() < 0.9
    if layout == "shop" and extra.random() < 0.7:
        has_iban = False  # web shops are paid by card or wallet
    ship_to = None
    if layout == "saas" and extra.random() < 0.75:
        person = extra.random() < 0.4
        ship_name = words.person_name(extra, loc.language) if person else buyer.name
        place = words.address(extra, loc.country)
        ship_address = words.Address(
            printable(place.street), printable(place.postcode), printable(place.city), loc.country
        )
        ship_to = Party(printable(ship_name), ship_address)
    delivered = None
    if layout in ("vat_columns", "letter_grid") and extra.random() < 0.8:
        delivered = invoice_date - timedelta(days=extra.randint(0, 6))
    if layout == "factura":
        seller, national = _national_vat_id(extra, seller, loc)
        alternatives = alternatives or national

    spec = InvoiceSpec(
        seed=seed,
        locale=loc.code,
        language=loc.language,
        layout=layout,
        document_type="credit_note" if credit else "invoice",
        invoice_number=_invoice_number(rng, invoice_date, credit),
        invoice_date=invoice_date,
        due_date=due_date,
        seller=seller,
        buyer=buyer,
        currency=loc.currency,
        line_items=items,
        tax_groups=groups,
        net_amount=net,
        tax_amount=tax,
        total_amount=total,
        paid_amount=paid,
        amount_due=total - paid,
        iban=random_iban(loc.country, rng) if has_iban else None,
        bic=f"{rng.choice(('COBA', 'DEUT', 'BNPA', 'INGB', 'UNCR'))}{loc.country}"
        f"{rng.choice(('FF', '2X', 'MM', 'PP'))}"
        if has_iban
        else None,
        bank_name=rng.choice(_BANKS) if has_iban else None,
        customer_number=f"{rng.choice(('K', 'C', 'KD-', ''))}{rng.randint(1000, 99999)}",
        order_number=f"PO-{rng.randint(100000, 999999)}" if rng.random() < 0.4 else None,
        original_invoice=_invoice_number(rng, invoice_date, False) if credit else None,
        payment_days=payment_days,
        long_dates=rng.random() < 0.3,
        logo=rng.random() < 0.6,
        phone=words.phone(rng),
        alternatives={"seller_vat_id": alternatives} if alternatives else {},
        ship_to=ship_to,
        delivery_date=delivered,
    )
    if layout == "factura":
        spec.long_dates = extra.random() < 0.7  # month names are the rule there
    return spec
