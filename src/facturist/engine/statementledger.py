"""A statement of account above the invoice's own items: its postings are no items.

An "Invoice / Statement" prints the customer's account as a ledger ("Date | Reference |
Details | Debit | Credit | Balance": the balance brought forward, payments, earlier invoices
and this one) and, under it, this invoice's items in a table of their own ("Code |
Description | Qty | Price | Net"). The ledger's debits are invoices billed, this one among
them, not goods sold. A ledger alone (a hotel folio's "Cargo | Abono") keeps its charges as
items (tableledger.py); beside a table with an amount column of its own it is the statement.
"""

from __future__ import annotations

from facturist.engine.model import Value


def without_statement(
    tables: list[list[dict[str, Value]]], ledgers: list[bool]
) -> list[list[dict[str, Value]]]:
    """The tables read, a ledger's left out where a table that is none holds items."""
    if not any(ledgers) or not any(
        table and not ledger for table, ledger in zip(tables, ledgers, strict=True)
    ):
        return tables
    return [table for table, ledger in zip(tables, ledgers, strict=True) if not ledger]
