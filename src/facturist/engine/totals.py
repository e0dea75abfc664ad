"""Net, tax, total and amount due chosen among the page's candidates by their arithmetic."""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.amountcaptions import PROSE_RANK
from facturist.engine.basedtaxes import without_bases
from facturist.engine.candidates import Candidate
from facturist.engine.carriedbalance import (
    PREVIOUS_BALANCE_KEY,
    carried_due,
    without_carried_balance,
)
from facturist.engine.charges import (
    ADJUSTMENT_KEY,
    INCLUDED_TAX_KEY,
    LEVY_KEY,
    PAID_KEY,
    ROUNDING_KEY,
    STAMP_KEY,
    WITHHOLDING_KEY,
)
from facturist.engine.excludedcharges import EXCLUDED_KEY
from facturist.engine.exempttax import EXEMPT_TAX_KEY
from facturist.engine.goodssubtotal import drop_goods_subtotal_net
from facturist.engine.includedclause import gross_for_bracketed, included_taxes
from facturist.engine.includedtaxtotal import summed_included_tax
from facturist.engine.levyrates import levy_beside_rates
from facturist.engine.levyremainder import levy_closes_sum
from facturist.engine.model import Box, Value
from facturist.engine.nonvatlevies import NON_VAT_KEY
from facturist.engine.outlaysaftertotal import OUTLAY_KEY, total_with_outlays
from facturist.engine.outlaysdue import total_from_payable_outlays
from facturist.engine.paidstatus import PAID_STAMP_KEY, PAID_SUM_KEY
from facturist.engine.splitpayment import SPLIT_PAYMENT_KEY
from facturist.engine.termsclause import beside_printed_total
from facturist.engine.totalbeforetax import total_before_tax
from facturist.engine.totalgrid import UNTITLED_NET_KEY, ZERO_TAX_KEY
from facturist.engine.truncatedtotal import restore_truncated_total
from facturist.engine.untaxedcharges import outside_tax, taxed_subtotal, zero_rated
from facturist.engine.untaxedrows import UNTAXED_KEY
from facturist.engine.untaxedtotal import total_from_untaxed_due
from facturist.engine.withheldafter import without_total_after_withholding

_CAPTIONED_CHARGES = (EXCLUDED_KEY,)


def choose_amounts(candidates: list[Candidate]) -> dict[str, Value]:
    """Net, tax, total and amount due, preferring a triple where net + tax = total."""
    pools = _pools(candidates)
    chosen: dict[str, Value] = {}
    taxes = pools["tax_amount"][:8] + _line_sums(pools["tax_amount"])
    # Uncaptioned subtotals over the tax lines, and per-rate bases added up, count as nets
    # only where the sums hold.
    nets = pools["net_amount"][:8] + [c for c in candidates if c.key == UNTITLED_NET_KEY]
    nets += _line_sums(pools["net_amount"], "net_amount")
    found = _beside_untaxed(candidates, pools, nets, taxes, chosen)
    if not found:
        found = _labelled_triple(candidates, pools, nets, taxes, chosen)
    if not found:
        found = restore_truncated_total(pools, nets[:8], taxes[:8], chosen)
    if not found:
        found = _sum_printed_elsewhere(pools, nets, taxes, chosen)
    if not found:
        found = _after_tax(candidates, pools, nets, taxes, chosen)
    if not found:
        found = _tax_included(candidates, pools, chosen)
    if not found:
        found = _with_adjustments(candidates, pools, taxes, chosen)
    if not found:
        found = total_before_tax(pools, taxes, chosen)
    if not found:
        _without_arithmetic(candidates, pools, chosen)
    total_from_untaxed_due(pools, chosen)  # no tax printed: the sum due (untaxedtotal.py)
    _tax_not_above_net(chosen)
    drop_goods_subtotal_net(candidates, chosen)  # untaxed "Item(s) subtotal" (goodssubtotal.py)
    _amount_due(candidates, pools, chosen)
    return chosen


def _pools(candidates: list[Candidate]) -> dict[str, list[Candidate]]:
    """Each amount field's candidates, best rank first, later ones first within a rank."""
    pools = {
        key: sorted((c for c in candidates if c.key == key), key=lambda c: (c.rank, -c.order))
        for key in ("net_amount", "tax_amount", "total_amount", "amount_due")
    }
    # A figure a stamp duty's caption claims ("Imposta 0,00 | Rivalsa bollo | 2,00" read
    # from "Imposta" to the line's end) is the duty, not the tax; so is a rounding's ("Tax
    # Amount (in words) : ... | Round Off -0.20"), which _after_tax adds after the tax.
    for key in ("net_amount", "total_amount", "amount_due"):
        # "Totaal | €687,44 (incl. €119,31 btw)": the caption's figure is the one before the
        # brackets, which hold the tax it includes (includedclause.py).
        pools[key] = gross_for_bracketed(candidates, pools[key], INCLUDED_TAX_KEY)
    stamps = [c.value.boxes for c in candidates if c.key in (STAMP_KEY, ROUNDING_KEY)]
    pools["tax_amount"] = [c for c in pools["tax_amount"] if c.value.boxes not in stamps]
    # "Grunnlag MVA 25% | 5 265,00": a rate's base, though its caption names the tax.
    pools["tax_amount"] = without_bases(pools["tax_amount"], pools["net_amount"])
    if not pools["tax_amount"]:
        # A tax row printed "EXEMPT" counts as such a zero tax (exempttax.py).
        pools["tax_amount"] = [c for c in candidates if c.key in (ZERO_TAX_KEY, EXEMPT_TAX_KEY)]
    _net_after_withholding(candidates, pools)
    # "Total da fatura / Retenção na fonte / Total a pagar": the last is due (withheldafter.py).
    pools["total_amount"] = without_total_after_withholding(candidates, pools["total_amount"])
    # "TOTAL AMOUNT DUE" over a previous balance and this bill's charges is no total.
    pools["total_amount"] = without_carried_balance(
        candidates, pools["total_amount"], pools["amount_due"]
    )
    # "VAT total: 75,04" reads as a total ("total") and, more exactly, as the tax ("vat total");
    # "Total HT", "Celkem bez DPH" as a total and, more exactly, as the net.
    # A figure that is a net plus a tax printed apart is a total, however its caption names
    # the tax ("Total (base + IVA)"): it stays a total, and is no tax.
    sums = [c for c in pools["total_amount"] if _sums_net_and_tax(c, pools)]
    pools["tax_amount"] = [t for t in pools["tax_amount"] if t.value.boxes not in _boxes(sums)]
    pools["total_amount"] = [
        c
        for c in pools["total_amount"]
        if c in sums
        or not any(
            t.value.boxes == c.value.boxes and t.rank <= 0 < c.rank
            for t in pools["tax_amount"] + pools["net_amount"]
        )
    ]
    return pools


def _sums_net_and_tax(total: Candidate, pools: dict[str, list[Candidate]]) -> bool:
    """The total's figure is a net plus a tax, both read elsewhere on the page."""
    own = total.value.boxes
    nets = [n for n in pools["net_amount"][:8] if n.value.boxes != own and _num(n.value) != 0]
    # India's CGST and SGST printed apart ("Add: CGST / Add: SGST / NET AMOUNT"): their sum.
    taxes = pools["tax_amount"][:8] + _line_sums(pools["tax_amount"][:8])
    taxes = [t for t in taxes if not set(own) & set(t.value.boxes) and _num(t.value) != 0]
    return any(
        _close(_num(n.value) + _num(t.value), _num(total.value)) for n in nets for t in taxes
    )


def _boxes(candidates: list[Candidate]) -> list[tuple[Box, ...]]:
    return [c.value.boxes for c in candidates]


def _labelled_triple(
    candidates: list[Candidate],
    pools: dict[str, list[Candidate]],
    nets: list[Candidate],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """The first labelled total that a net and a tax add up to."""
    for total in pools["total_amount"][:8]:
        for net in nets:
            for tax in taxes:
                if (
                    _close(_num(net.value) + _num(tax.value), _num(total.value))
                    and _num(total.value) != 0
                    and _based(net, tax)
                ):
                    chosen.update(
                        net_amount=net.value, tax_amount=tax.value, total_amount=total.value
                    )
                    if total.rank < 0:
                        _charged_beyond_grid(candidates, pools["total_amount"], chosen)
                    else:
                        _outlays_after(candidates, pools["total_amount"], total, chosen)
                    return True
    return False


def _beside_untaxed(
    candidates: list[Candidate],
    pools: dict[str, list[Candidate]],
    nets: list[Candidate],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """A VAT recap lists a charge outside VAT on a row of its own (a tourist tax, an amount
    excluded from the taxable base: untaxedrows.py) and the printed total holds it besides
    net + tax: the recap's net is the net, though the total less the tax holds the charge."""
    untaxed = [_num(c.value) for c in candidates if c.key == UNTAXED_KEY]
    # So does a caption's amount kept out of the base ("Esclusi art. 15", excludedcharges.py),
    # beside a net and a tax that their own captions name (rank 0) or a recap's grid (-1). A
    # levy outside VAT (nonvatlevies.py) is left to _charged_beyond_grid: a hotel bill's net
    # there is the total less the tax.
    captioned = [_num(c.value) for c in candidates if c.key in _CAPTIONED_CHARGES]
    if not (untaxed or captioned):
        return False
    # Totals captioned as such: the recap's own gross column (rank -1) is the taxed part.
    printed = [t for t in pools["total_amount"] if t.value.text and 0 <= t.rank < PROSE_RANK]
    pairs = [(n, t) for n in nets for t in taxes if _num(n.value) > 0 < _num(t.value)]
    sums = [_num(n.value) + _num(t.value) for n, t in pairs]
    every = {_num(n.value) + _num(t.value) for n in nets for t in taxes if _based(n, t)}
    for total in printed:
        if any(_close(taxed, _num(total.value)) for taxed in every):
            continue  # a net printed with the charge in it: net + tax is the total
        for (net, tax), taxed in zip(pairs, sums, strict=True):
            charges = untaxed + (captioned if net.rank <= 0 and tax.rank <= 0 else [])
            if any(_close(taxed + charge, _num(total.value)) for charge in charges):
                chosen.update(net_amount=net.value, tax_amount=tax.value, total_amount=total.value)
                return True
    return False


def _sum_printed_elsewhere(
    pools: dict[str, list[Candidate]],
    nets: list[Candidate],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """No labelled total fits: another amount equal to net + tax (e.g. the amount due); with
    several VAT rates the first net and tax read may be one rate's line."""
    if not (pools["net_amount"] and pools["tax_amount"]):
        return False
    pairs = [(n, t) for n in nets for t in taxes if _based(n, t)]
    for net, tax in pairs:
        expected = _num(net.value) + _num(tax.value)
        for other in pools["amount_due"] + pools["total_amount"]:
            if _close(_num(other.value), expected) and expected != 0:
                chosen.update(net_amount=net.value, tax_amount=tax.value, total_amount=other.value)
                return True
    return False


def _without_arithmetic(
    candidates: list[Candidate], pools: dict[str, list[Candidate]], chosen: dict[str, Value]
) -> None:
    """No sum holds: the best-labelled figures, completed from each other where one is missing."""
    # No arithmetic holds: a bare integer dwarfing the page's other amounts is an ID read
    # as one ("8211", "372876" after a caption), not the tax or total (nor the sum due,
    # chosen after this from the same pools).
    pools.update(_without_outsized(pools))
    # A tax word inside an item's description ("UCC, tax lien and judgment searches
    # 312.00") names no tax: without arithmetic to confirm it, it is not the invoice's.
    pools["tax_amount"] = [t for t in pools["tax_amount"] if t.rank < PROSE_RANK]
    best_total = _largest_of_best_rank(pools["total_amount"])
    if best_total is not None:
        chosen["total_amount"] = best_total
    if pools["net_amount"]:
        chosen["net_amount"] = pools["net_amount"][0].value
    if pools["tax_amount"]:
        chosen["tax_amount"] = pools["tax_amount"][0].value
    if "net_amount" in chosen and "total_amount" in chosen:
        if _stamp_closes(candidates, chosen):
            # "Totale imponibile 1.140,00 / Imposta di bollo 2,00 / TOTALE 1.142,00" under no
            # IVA: the duty is the difference, no tax; a printed "tax" that fits no sum is none.
            chosen.pop("tax_amount", None)
            return
        if levy_beside_rates(candidates, pools["tax_amount"], chosen):
            return  # VAT per rate beside a tourist tax outside it (levyrates.py)
        _tax_from_difference(pools, chosen, levied=levy_closes_sum(candidates, chosen))
    elif "total_amount" in chosen:
        _net_from_total(candidates, pools, chosen)
    elif "net_amount" in chosen and "tax_amount" in chosen:
        # "TVA / Débours / Net à payer": the sum due holds outlays (outlaysdue.py).
        nets = pools["net_amount"][:8]
        if not total_from_payable_outlays(candidates, pools["amount_due"], chosen, nets):
            _total_from_parts(pools, chosen)
    elif "tax_amount" in chosen and pools["amount_due"]:
        _total_from_sum_due(pools, chosen)


def _stamp_closes(candidates: list[Candidate], chosen: dict[str, Value]) -> bool:
    """The chosen total is the chosen net plus a stamp duty printed after it, and nothing else."""
    gap = _num(chosen["total_amount"]) - _num(chosen["net_amount"])
    stamps = [_num(c.value) for c in candidates if c.key == STAMP_KEY]
    return gap > 0 and any(_close(gap, stamp) for stamp in stamps)


def _tax_from_difference(
    pools: dict[str, list[Candidate]], chosen: dict[str, Value], levied: bool = False
) -> None:
    """Net and total read: the tax is their difference unless a printed one fits, or the
    net, the tax and a levy outside VAT add up to the total (`levied`, levyremainder.py)."""
    difference = _num(chosen["total_amount"]) - _num(chosen["net_amount"])
    # A printed tax a few cents off the difference leaves a rounding to the smallest
    # coin between them ("MWST 8.1 % 652.23 / Rundungsdifferenz 0.02"): still the tax.
    tax_fits = "tax_amount" in chosen and _coin_off(_num(chosen["tax_amount"]), difference)
    # Net equal to total with no tax printed: no tax to report, not a tax of 0.
    no_tax = difference == 0 and "tax_amount" not in chosen
    # A credit note's net and total are both negative, and so is its tax.
    same_sign = difference == 0 or (difference > 0) == (_num(chosen["total_amount"]) > 0)
    total_number = _num(chosen["total_amount"])
    printed = [_num(c.value) for c in pools["tax_amount"]]
    # The tax's own base may be another printed net than the one chosen: an Austrian or
    # German fee note prints "Summe Honorar netto / zzgl. 20 % USt / Zwischensumme" (fee
    # plus VAT), then untaxed "Barauslagen" and the total (fee notes, § 4 Z 3 öUStG).
    bases = [_num(chosen["net_amount"])] + [_num(c.value) for c in pools["net_amount"][:8]]
    if "tax_amount" in chosen and (
        any(outside_tax(base, _num(chosen["tax_amount"]), total_number) for base in bases)
        or zero_rated(_num(chosen["net_amount"]), printed, total_number)
    ):
        # "VAT @ 23% 1,380.00", then outlays not liable to VAT: the printed tax stands.
        rest = total_number - _num(chosen["tax_amount"])
        chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)
    elif levied:
        # The printed tax stands, and the levy outside VAT is part of the sum without VAT
        # (BT-109, as with outlays and per-rate VAT beside a levy, levyrates.py).
        rest = total_number - _num(chosen["tax_amount"])
        chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)
    elif not tax_fits and same_sign and not no_tax:
        chosen["tax_amount"] = Value(float(round(difference, 2)), "", (), 0.5)


def _net_from_total(
    candidates: list[Candidate], pools: dict[str, list[Candidate]], chosen: dict[str, Value]
) -> None:
    """Only a total read: the net is what it holds besides its tax."""
    # No net line ("Rechnungsbeitrag 59,50 / Versicherungsteuer 9,50"): the net is what
    # the total holds besides its tax; a "tax" as large as the total is no tax.
    total_number = _num(chosen["total_amount"])
    figures = [_num(c.value) for pool in pools.values() for c in pool]
    # A tax whose remainder is printed elsewhere on the page (a tax summary's taxable
    # value, an untitled subtotal) is checked by it; the others come after.
    taxes = sorted(
        _rates_summed(pools["tax_amount"]) + pools["tax_amount"],
        key=lambda t: not any(_close(total_number - _num(t.value), f) for f in figures),
    )
    subtotals = [_num(c.value) for c in pools["total_amount"]]
    for tax in taxes:
        if taxed_subtotal(_num(tax.value), subtotals, total_number):
            chosen["tax_amount"] = tax.value  # fee and VAT, then untaxed outlays: no net
            break
        if 0 <= _num(tax.value) < total_number or total_number < _num(tax.value) < 0:
            rest = total_number - _num(tax.value)
            chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)
            chosen["tax_amount"] = tax.value
            break
    levied = any(c.key == LEVY_KEY for c in candidates)
    if not pools["tax_amount"] and not levied:
        # No tax named anywhere (a US attorney's bill): the total is all net. A total
        # holding a ticket's levies (air passenger tax) is no net: none is printed.
        chosen["net_amount"] = Value(chosen["total_amount"].value, "", (), 0.5)


def _total_from_parts(pools: dict[str, list[Candidate]], chosen: dict[str, Value]) -> None:
    """Net and tax read without a total: their sum (or the rounded sum due)."""
    # No total printed, or none read ("TOTAL FACTURA" boxed over its figure): the
    # net and the tax the page names add up to it.
    total_number = _num(chosen["net_amount"]) + _num(chosen["tax_amount"])
    asked = pools["amount_due"][0].value if pools["amount_due"] else None
    if asked is not None and _whole_unit_rounded(_num(asked), total_number):
        # "Öresavrundning -0,25 / Att betala 46 068,00": the sum rounded to the whole
        # unit is the total printed, not the cents net + tax leaves.
        chosen["total_amount"] = asked
    elif total_number != 0:
        chosen["total_amount"] = Value(float(round(total_number, 2)), "", (), 0.5)


def _total_from_sum_due(pools: dict[str, list[Candidate]], chosen: dict[str, Value]) -> None:
    """Only the tax and the sum due read: the sum due is the total."""
    # Only the tax and the sum due printed ("Versicherungsteuer 107,75 / Zu zahlender
    # Beitrag 674,85"): the sum due is the total and holds the tax at a VAT-like rate.
    sum_due = pools["amount_due"][0].value
    rest = _num(sum_due) - _num(chosen["tax_amount"])
    if 0 < _num(chosen["tax_amount"]) <= rest * _TOP_RATE:
        chosen["total_amount"] = sum_due
        chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)


def _tax_not_above_net(chosen: dict[str, Value]) -> None:
    """Net and tax swapped where the tax is the larger."""
    net_value, tax_value = chosen.get("net_amount"), chosen.get("tax_amount")
    if (
        net_value is not None
        and tax_value is not None
        and abs(_num(tax_value)) > abs(_num(net_value)) > 0
    ):
        # No VAT rate comes near 100 %: side-by-side captions read each other's figures
        # ("Riepilogo IVA | Totale imponibile 560,00"); net + tax = total holds either way.
        chosen["net_amount"], chosen["tax_amount"] = tax_value, net_value


def _amount_due(
    candidates: list[Candidate], pools: dict[str, list[Candidate]], chosen: dict[str, Value]
) -> None:
    """The sum due: as printed, else the total less what was withheld or paid."""
    # A clause of terms' "montant dû" never stands against a printed total (termsclause.py).
    pools["amount_due"] = beside_printed_total(pools["amount_due"], pools["total_amount"])
    if pools["amount_due"]:
        chosen["amount_due"] = pools["amount_due"][0].value
    elif "total_amount" in chosen:
        # Without a separate "amount due" line, what is due is the invoice total, less the
        # income tax withheld from a total that is net + tax.
        total_value = chosen["total_amount"]
        chosen["amount_due"] = Value(
            total_value.value, total_value.text, total_value.boxes, total_value.confidence
        )
        withheld = [c for c in candidates if c.key == WITHHOLDING_KEY]
        if withheld and _adds_up(chosen):
            due = _num(total_value) + _num(withheld[0].value)
            chosen["amount_due"] = Value(float(due), "", withheld[0].value.boxes, 0.8)
        if _adds_up(chosen) and any(c.key == SPLIT_PAYMENT_KEY for c in candidates):
            # Split payment (splitpayment.py): the buyer pays the VAT to the state.
            tax_value = chosen["tax_amount"]
            due = _num(total_value) - _num(tax_value)
            chosen["amount_due"] = Value(float(due), "", tax_value.boxes, 0.8)
        rounded = _rounded_after(candidates, pools["total_amount"], total_value)
        if rounded is not None:
            chosen["amount_due"] = rounded
        # "Solde précédent impayé 47,90 / TOTAL À PAYER": the total plus the balance carried.
        carried = carried_due(candidates, pools["total_amount"], total_value)
        if carried is not None:
            chosen["amount_due"] = carried
        paid = [c for c in candidates if c.key == PAID_KEY]
        paid += [
            Candidate(PAID_KEY, Value(0.0, c.value.text, c.value.boxes, 0.7), 0, c.order)
            for c in candidates
            if c.key == PAID_SUM_KEY
            # The whole total, or all left of it after a withholding ("Importância recebida").
            and any(_close(_num(c.value), _num(v)) for v in (total_value, chosen["amount_due"]))
        ]
        if paid:
            # "Cette facture est acquittée": the total is settled, nothing is due.
            chosen["amount_due"] = paid[0].value
    stamped = [c for c in candidates if c.key == PAID_STAMP_KEY]
    printed, gross = chosen.get("amount_due"), chosen.get("total_amount")
    if stamped and printed is not None and gross is not None and _close(_num(printed), _num(gross)):
        # "ZAPLACENO" stamped over "Celkem k úhradě": the whole total printed as to pay is
        # settled; a balance left after a deposit stays due.
        chosen["amount_due"] = stamped[0].value


def _rounded_after(
    candidates: list[Candidate], totals: list[Candidate], total: Value
) -> Value | None:
    """A total's figure rounded to the coin under its rounding's line ("Total inkl. MWST
    1'787.87 / Rundung -0.02 / Rechnungsbetrag 1'787.85"): what is to pay, the total staying
    the sum with its VAT as printed."""
    for rounding in (c for c in candidates if c.key == ROUNDING_KEY and _num(c.value) != 0):
        expected = _num(total) + _num(rounding.value)
        for later in totals:
            if (
                later.order > rounding.order
                and later.value.text
                and _close(_num(later.value), expected)
            ):
                return later.value
    return None


def _net_after_withholding(candidates: list[Candidate], pools: dict[str, list[Candidate]]) -> None:
    """A "net" that is a total less the taxes withheld from it (a Brazilian NFS-e's "Valor
    Líquido" after IRRF, CSLL, COFINS, PIS) is what is left to pay, not the tax base."""
    withheld = [_num(c.value) for c in candidates if c.key == WITHHOLDING_KEY]
    if len(withheld) > 1:
        # "(-) IRRF 1,5% / (-) PIS/COFINS/CSLL 4,65%": the net to pay is left after all.
        withheld.append(sum(withheld, Decimal(0)))
    left = [_num(t.value) + w for t in pools["total_amount"][:8] for w in withheld if w != 0]
    moved = [n for n in pools["net_amount"] if any(_close(_num(n.value), x) for x in left)]
    if not moved:
        return
    pools["net_amount"] = [n for n in pools["net_amount"] if n not in moved]
    pools["amount_due"] = pools["amount_due"] + moved


def _charged_beyond_grid(
    candidates: list[Candidate], totals: list[Candidate], chosen: dict[str, Value]
) -> None:
    """A VAT breakdown's gross less than the printed total by a charge printed outside it
    ("City Tax not subject to VAT: 12.60" under a hotel bill's "VAT included" table): the
    printed total stands, the tax is the breakdown's, the net the rest of the total."""
    grid_total, tax = _num(chosen["total_amount"]), _num(chosen["tax_amount"])
    if grid_total <= 0:
        return
    # A rounding to the coin ("Zaokrouhlení: 0,38") is no charge: the grid's gross stays the
    # total, and the rounded figure is what is to pay (_rounded_after). Nor is an earlier
    # bill's unpaid balance: the sum to pay holds it, the total does not (carriedbalance.py).
    figures = {
        _num(c.value)
        for c in candidates
        if c.value.text and c.key not in (ROUNDING_KEY, PREVIOUS_BALANCE_KEY)
    }
    for printed in totals:
        if not 0 <= printed.rank < PROSE_RANK or not printed.value.text:
            continue
        extra = _num(printed.value) - grid_total
        if 0 < extra < grid_total and extra in figures:
            rest = _num(printed.value) - tax
            chosen["total_amount"] = printed.value
            chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)
            return


def _outlays_after(
    candidates: list[Candidate],
    totals: list[Candidate],
    taxed: Candidate,
    chosen: dict[str, Value],
) -> None:
    """ "Total honoraires TTC / Débours / TOTAL DE LA NOTE": the note's total holds the
    outlays after the taxed fees (outlaysaftertotal.py); the net is the rest of it."""
    later = total_with_outlays(candidates, totals, taxed, (OUTLAY_KEY, NON_VAT_KEY))
    if later is None:
        return
    rest = _num(later.value) - _num(chosen["tax_amount"])
    chosen["total_amount"] = later.value
    chosen["net_amount"] = Value(float(round(rest, 2)), "", (), 0.5)


def _rates_summed(pool: list[Candidate]) -> list[Candidate]:
    """The tax lines of the best caption added up, when there are several and they differ
    ("IVA 23% ... 230,00 / IVA 6% ... 30,00" with no net printed): one per VAT rate."""
    if not pool:
        return []
    best = [c for c in pool if c.rank == pool[0].rank]
    values = [_num(c.value) for c in best]
    if len(best) < 2 or len(set(values)) < len(values):
        return []
    boxes = tuple(b for c in best for b in c.value.boxes)
    total = sum(values, Decimal(0))
    return [Candidate("tax_amount", Value(float(total), "", boxes), best[0].rank, best[0].order)]


def _based(net: Candidate, tax: Candidate) -> bool:
    """A tax needs a base: a net of 0 ("Descontos Financeiros 0,00") carries no tax."""
    return _num(net.value) != 0 or _num(tax.value) == 0


def _adds_up(chosen: dict[str, Value]) -> bool:
    """Net + tax = total among the chosen amounts."""
    if not all(key in chosen for key in ("net_amount", "tax_amount", "total_amount")):
        return False
    net, tax = _num(chosen["net_amount"]), _num(chosen["tax_amount"])
    return _close(net + tax, _num(chosen["total_amount"]))


def _after_tax(
    candidates: list[Candidate],
    pools: dict[str, list[Candidate]],
    nets: list[Candidate],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """Net + tax, then income tax withheld, a rounding or stamp duty ("Rivalsa bollo 2,00"),
    then the total ("Base imponible 1.500,00 / IVA 315,00 / Retención IRPF -225,00 / TOTAL
    1.590,00"): the tax stays the VAT printed, not what the total less the net leaves."""
    after = [c for c in candidates if c.key in (WITHHOLDING_KEY, ROUNDING_KEY, STAMP_KEY)]
    if not after:
        return False
    shifts = {_num(c.value) for c in after}
    if len(after) > 1:
        shifts.add(sum((_num(c.value) for c in after), Decimal(0)))
    for total in pools["total_amount"][:8]:
        for net in nets:
            for tax in taxes:
                base = _num(net.value) + _num(tax.value)
                if not _based(net, tax) or base == 0:
                    continue
                if any(_close(base + shift, _num(total.value)) for shift in shifts):
                    chosen.update(
                        net_amount=net.value, tax_amount=tax.value, total_amount=total.value
                    )
                    return True
    return False


def _tax_included(
    candidates: list[Candidate], pools: dict[str, list[Candidate]], chosen: dict[str, Value]
) -> bool:
    """Prices that include the tax ("VAT 20% (included): £17.87" under the total): the net
    is the total less that tax; a subtotal printed above it is gross."""
    if not pools["total_amount"] or not any(c.key == INCLUDED_TAX_KEY for c in candidates):
        return False
    total = _largest_of_best_rank(pools["total_amount"])
    if total is None:
        return False
    # The tax bracketed after the total's own figure first; a figure above a VAT rate's
    # share of the gross is no tax it holds ("Incl. VAT | 243.95": the gross itself).
    highest = _num(total) * _TOP_RATE / (1 + _TOP_RATE)
    held = [
        t for t in included_taxes(candidates, total, INCLUDED_TAX_KEY) if 0 < _num(t) < _num(total)
    ]
    if not held:
        return False
    fitting = [t for t in held if _num(t) <= highest]
    # "Total TVA | 14,09" under per-rate "dont TVA" lines: their sum (includedtaxtotal.py).
    tax = summed_included_tax(candidates, held, INCLUDED_TAX_KEY) or (
        fitting[0] if fitting else held[0]
    )
    rest = _num(total) - _num(tax)
    chosen.update(
        net_amount=Value(float(round(rest, 2)), "", (), 0.8), tax_amount=tax, total_amount=total
    )
    return True


def _with_adjustments(
    candidates: list[Candidate],
    pools: dict[str, list[Candidate]],
    taxes: list[Candidate],
    chosen: dict[str, Value],
) -> bool:
    """Subtotal, then discounts and charges, then tax and total ("Subtotal 112.00 / Discount
    -11.20 / Shipping 8.95 / Tax 6.59 / Total 116.34"): the net is the tax base, the subtotal
    with the adjustments printed between it and the total, when that makes the sum hold."""
    adjustments = [c for c in candidates if c.key == ADJUSTMENT_KEY]
    if not adjustments:
        return False
    for total in pools["total_amount"][:8]:
        for net in pools["net_amount"][:8]:
            between = [a for a in adjustments if net.order < a.order < total.order]
            if not between:
                continue
            base = _num(net.value) + sum(_num(a.value) for a in between)
            boxes = tuple(b for c in (net, *between) for b in c.value.boxes)
            # Only charges added (no promotion taken off: a web shop's goods subtotal,
            # goodssubtotal.py), and not a zero shipping line that closes nothing.
            charged = base != _num(net.value) and all(_num(a.value) > 0 for a in between)
            if not taxes and charged and _close(base, _num(total.value)):
                # "Net linehaul 1,055.73 / Fuel surcharge 365.28 / Liftgate 95.00 / Total
                # charges 1,541.01" with no tax named: the charges close the sum, no tax.
                chosen.update(net_amount=total.value, total_amount=total.value)
                return True
            for tax in taxes:
                if _close(base + _num(tax.value), _num(total.value)) and base != 0:
                    chosen.update(
                        net_amount=Value(float(round(base, 2)), "", boxes, 0.8),
                        tax_amount=tax.value,
                        total_amount=total.value,
                    )
                    return True
    return False


def _largest_of_best_rank(pool: list[Candidate]) -> Value | None:
    """Of the totals the best caption names, the largest: with no arithmetic to go by, the
    grand total outweighs a tax column's "Total" row and a quantity's."""
    if not pool:
        return None
    best = [c for c in pool if c.rank == pool[0].rank]
    return max(best, key=lambda c: abs(_num(c.value))).value


# How far a total rounded to the smallest coin (5 Rappen, 5 cents) may stray from net + tax.
_COIN_ROUNDING = Decimal("0.05")
# The largest VAT rate a tax may be of its base (27 % is the highest in Europe).
_TOP_RATE = Decimal("0.3")
# How many times the largest amount printed with decimals a bare integer must be to be an ID.
_OUTSIZED = 10


def _without_outsized(pools: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """The pools less bare integers ("372876") far above every amount with decimals."""

    def bare(c: Candidate) -> bool:
        return re.fullmatch(r"[-−]?\d+", c.value.text.strip(":")) is not None

    decimals = [abs(_num(c.value)) for pool in pools.values() for c in pool if not bare(c)]
    if not decimals or max(decimals) == 0:
        return pools
    ceiling = _OUTSIZED * max(decimals)
    return {
        key: [c for c in pool if not (bare(c) and abs(_num(c.value)) > ceiling)]
        for key, pool in pools.items()
    }


def _line_sums(pool: list[Candidate], key: str = "tax_amount") -> list[Candidate]:
    """Per-rate lines added up (19 % and 7 % on one invoice; "Základ DPH 21 %" and "Základ
    DPH 12 %"), as extra tax (or net) candidates. Per-rate lines share a sign: the invoice's
    own VAT beside instalments deducted with theirs ("netto 30.000,00 / USt | -35.700,00" on
    a final invoice) adds up to no tax."""
    by_order = sorted(pool, key=lambda c: c.order)
    sums: list[Candidate] = []
    for start in range(len(by_order)):
        total = _num(by_order[start].value)
        signs = {total > 0} if total else set()
        for end in range(start + 1, min(start + 4, len(by_order))):
            figure = _num(by_order[end].value)
            total += figure
            if by_order[end].value.boxes == by_order[end - 1].value.boxes:
                break
            if figure:
                signs.add(figure > 0)
            if len(signs) > 1:
                break
            boxes = tuple(b for c in by_order[start : end + 1] for b in c.value.boxes)
            value = Value(float(total), "", boxes)
            sums.append(Candidate(key, value, by_order[start].rank, by_order[end].order))
    return sums


def _whole_unit_rounded(due: Decimal, exact: Decimal) -> bool:
    """A sum due in whole units within half a unit of net + tax: rounded, not a payment."""
    return due != exact and due == due.to_integral_value() and abs(due - exact) < Decimal("0.5")


def _coin_off(tax: Decimal, difference: Decimal) -> bool:
    """The tax is the difference, or a few cents off it where the total is rounded."""
    return _close(tax, difference) or (tax != 0 and abs(tax - difference) <= _COIN_ROUNDING)


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value)) if isinstance(value.value, int | float) else Decimal(0)


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= Decimal("0.011")
