"""Local accounts for the browser: passwords, sign-in sessions and their CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facturist.db.models import Account, WebSession, utcnow
from facturist.errors import ApiError, FacturistError
from facturist.service import accounts
from facturist.service.accounts import Principal
from facturist.service.passwords import hash_password, password_problem, verify_password

SESSION_LIFETIME = timedelta(hours=12)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A hash to compare against when the account does not exist, so timing does not tell.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password(session: Session, account: Account, password: str) -> None:
    """Give `account` a new password (checked for length) and end its open sessions."""
    problem = password_problem(password)
    if problem is not None:
        raise FacturistError(problem)
    account.password_hash = hash_password(password)
    session.execute(delete(WebSession).where(WebSession.account_id == account.id))


def create_account(
    session: Session,
    name: str,
    password: str,
    *,
    is_admin: bool = False,
    email: str | None = None,
    team: str | None = None,
) -> Account:
    """A new account that can sign in; refuses a name already taken."""
    problem = password_problem(password)
    if problem is not None:
        raise FacturistError(problem)
    if session.scalar(select(Account.id).where(Account.name == name)) is not None:
        raise FacturistError(f"an account named {name!r} already exists")
    if not name.strip() or len(name) > 200:
        raise FacturistError("give an account name of 1 to 200 characters")
    account = Account(name=name, team=team or name, is_admin=is_admin, email=email)
    session.add(account)
    session.flush()
    set_password(session, account, password)
    return account


def sign_in(session: Session, name: str, password: str) -> tuple[str, str] | None:
    """(session token, CSRF token) when name and password match, else None."""
    account = session.scalar(select(Account).where(Account.name == name))
    stored = account.password_hash if account is not None else None
    matched = verify_password(password, stored or _DUMMY_HASH)
    if account is None or not stored or not matched:
        return None
    now = utcnow()
    session.execute(delete(WebSession).where(WebSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_token_hash(token),
            account_id=account.id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    return token, csrf


def sign_out(session: Session, token: str) -> None:
    """End the session behind this cookie token (a no-op when it is unknown)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


def authenticate(
    session: Session, token: str, method: str, csrf_header: str | None
) -> tuple[Principal, str]:
    """(principal, CSRF token) for a session cookie; 401 when unknown or expired, and 403
    when a state-changing request lacks the session's CSRF token in its header."""
    row = session.execute(
        select(WebSession, Account)
        .join(Account, Account.id == WebSession.account_id)
        .where(WebSession.token_hash == _token_hash(token))
    ).first()
    if row is None or row[0].expires_at <= utcnow():
        raise ApiError(
            "UNAUTHENTICATED", "Your session has ended. Please sign in again.", status=401
        )
    web_session, account = row[0], row[1]
    if method.upper() not in SAFE_METHODS and not hmac.compare_digest(
        (csrf_header or "").encode(), web_session.csrf_token.encode()
    ):
        raise ApiError(
            "FORBIDDEN",
            "Missing or wrong X-CSRF-Token header; reload the page and try again.",
            status=403,
        )
    principal = accounts.principal_for(account, None, auth_method="web_session")
    return principal, web_session.csrf_token


def list_accounts(session: Session) -> list[Account]:
    """Every account, by name."""
    return list(session.scalars(select(Account).order_by(Account.name)))
