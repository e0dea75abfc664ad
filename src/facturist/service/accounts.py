"""Accounts, API keys and credits."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facturist.db.models import Account, ApiKey, CreditCharge, CreditGrant, Extraction, utcnow
from facturist.errors import ApiError, FacturistError
from facturist.service.context import ServiceContext

KEY_PREFIX = "fct_"
UNLIMITED_BALANCE = 1_000_000_000


@dataclass(frozen=True)
class Principal:
    """Who is calling: the account behind an API key or a signed-in browser session."""

    account_id: int
    account_name: str
    team: str
    is_admin: bool
    email: str | None
    key_id: int | None
    # "api_key" or "web_session": web submissions are recorded as submission_method web_app.
    auth_method: str = "api_key"


def hash_key(key: str) -> str:
    """Keys are stored as SHA-256: they are long random tokens, so no slow hash is needed."""
    return hashlib.sha256(key.encode()).hexdigest()


def get_or_create_account(
    session: Session, name: str, *, is_admin: bool = False, email: str | None = None
) -> Account:
    """The account called `name`, created when missing."""
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        account = Account(name=name, team=name, is_admin=is_admin, email=email)
        session.add(account)
        session.flush()
    return account


def find_account(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise FacturistError(f"no account named {name!r}")
    return account


def create_key(session: Session, account: Account, label: str = "") -> str:
    """A new API key for `account`; the plain key is returned once and never stored."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(account_id=account.id, key_hash=hash_key(key), prefix=key[:12], label=label))
    session.flush()
    return key


def list_keys(session: Session, account: Account | None = None) -> list[tuple[ApiKey, str]]:
    """Keys with their account names, newest first."""
    query = select(ApiKey, Account.name).join(Account, Account.id == ApiKey.account_id)
    if account is not None:
        query = query.where(ApiKey.account_id == account.id)
    rows = session.execute(query.order_by(ApiKey.id.desc())).all()
    return [(row[0], row[1]) for row in rows]


def revoke_key(session: Session, key_id_or_prefix: str, account_id: int | None = None) -> ApiKey:
    """Revoke a key by id or prefix (optionally only within one account)."""
    query = select(ApiKey)
    if key_id_or_prefix.isdigit():
        query = query.where(ApiKey.id == int(key_id_or_prefix))
    else:
        query = query.where(ApiKey.prefix == key_id_or_prefix[:12])
    if account_id is not None:
        query = query.where(ApiKey.account_id == account_id)
    key = session.scalar(query)
    if key is None:
        raise FacturistError(f"no API key {key_id_or_prefix!r}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key


def authenticate(session: Session, authorization: str | None) -> Principal:
    """The principal for an `Authorization: Bearer` header, or a 401 ApiError."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(
            "UNAUTHENTICATED",
            "Missing or invalid API key. Send it as 'Authorization: Bearer <API key>'.",
            status=401,
        )
    token = authorization[7:].strip()
    row = session.execute(
        select(ApiKey, Account)
        .join(Account, Account.id == ApiKey.account_id)
        .where(ApiKey.key_hash == hash_key(token))
    ).first()
    if row is None:
        raise ApiError(
            "UNAUTHENTICATED",
            "Missing or invalid API key. Send it as 'Authorization: Bearer <API key>'.",
            status=401,
        )
    key, account = row[0], row[1]
    if key.revoked_at is not None:
        raise ApiError("API_KEY_REVOKED", "This API key has been revoked.", status=401)
    if key.expires_at is not None and key.expires_at <= utcnow():
        raise ApiError("API_KEY_EXPIRED", "This API key has expired.", status=401)
    return principal_for(account, key.id)


def principal_for(
    account: Account, key_id: int | None = None, auth_method: str = "api_key"
) -> Principal:
    return Principal(
        account.id, account.name, account.team, account.is_admin, account.email, key_id, auth_method
    )


# -- credits -----------------------------------------------------------------------------------


def month_of(moment: datetime) -> str:
    return moment.strftime("%Y-%m")


@dataclass(frozen=True)
class Balance:
    balance: int  # total available: free pages left this month plus granted credits left
    reserved: int  # held by running extractions
    free_left: int
    paid_left: int

    @property
    def available(self) -> int:
        return self.balance - self.reserved


def balance(session: Session, account_id: int, free_per_month: int | None) -> Balance:
    """The account's credit balance now."""
    reserved = session.scalar(
        select(func.coalesce(func.sum(Extraction.credits_reserved), 0)).where(
            Extraction.account_id == account_id, Extraction.status == "processing"
        )
    )
    if free_per_month is None:
        return Balance(UNLIMITED_BALANCE, int(reserved or 0), UNLIMITED_BALANCE, 0)
    granted = session.scalar(
        select(func.coalesce(func.sum(CreditGrant.amount), 0)).where(
            CreditGrant.account_id == account_id
        )
    )
    paid_used = session.scalar(
        select(func.coalesce(func.sum(CreditCharge.paid_part), 0)).where(
            CreditCharge.account_id == account_id
        )
    )
    free_used = session.scalar(
        select(func.coalesce(func.sum(CreditCharge.free_part), 0)).where(
            CreditCharge.account_id == account_id, CreditCharge.month == month_of(utcnow())
        )
    )
    free_left = max(0, free_per_month - int(free_used or 0))
    paid_left = int(granted or 0) - int(paid_used or 0)
    return Balance(free_left + paid_left, int(reserved or 0), free_left, paid_left)


def current_balance(ctx: ServiceContext, session: Session, account_id: int) -> Balance:
    """The account's credits under this install's free monthly allowance."""
    return balance(session, account_id, ctx.settings.free_credits_per_month)


def grant(session: Session, account: Account, amount: int, note: str = "") -> None:
    """Add (or, negative, remove) credits."""
    session.add(CreditGrant(account_id=account.id, amount=amount, note=note))


def charge(
    session: Session, account_id: int, extraction_id: str, pages: int, free_per_month: int | None
) -> None:
    """Charge an extraction's pages once: free pages of the month first, then grants."""
    existing = session.scalar(
        select(CreditCharge).where(CreditCharge.extraction_id == extraction_id)
    )
    if existing is not None:
        return
    if free_per_month is None:
        free_part, paid_part = pages, 0
    else:
        current = balance(session, account_id, free_per_month)
        free_part = min(pages, current.free_left)
        paid_part = pages - free_part
    session.add(
        CreditCharge(
            account_id=account_id,
            extraction_id=extraction_id,
            month=month_of(utcnow()),
            free_part=free_part,
            paid_part=paid_part,
        )
    )
