"""`facturist serve | accounts | keys | credits | migrate | eval | samples`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from facturist.errors import FacturistError
from facturist.settings import Settings, load_settings


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(data_dir=getattr(args, "data_dir", None))


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from facturist.db.migrate import upgrade
    from facturist.service.context import build_context

    ctx = build_context(_settings(args))
    upgrade(ctx.db)
    return ctx


def cmd_serve(args: argparse.Namespace) -> int:
    from facturist.runtime.server import serve
    from facturist.service import accounts

    settings = load_settings(data_dir=args.data_dir, workers=args.workers)
    ctx = _context(args)
    from facturist.service import passwords
    from facturist.service import web_sessions as sessions

    with ctx.db.session() as session:
        first_key = first_password = None
        if not accounts.list_keys(session):
            admin = accounts.get_or_create_account(session, "admin", is_admin=True)
            first_key = accounts.create_key(session, admin, "created at first start")
            if admin.password_hash is None:
                # So that someone can sign in to the web page right away.
                first_password = passwords.generate_password()
                sessions.set_password(session, admin, first_password)
    ctx.db.dispose()
    shown_host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    print(
        f"Facturist API: http://{shown_host}:{args.port}/v1"
        f"  (data in {settings.data_dir.resolve()})"
    )
    print(f"Web app: http://{shown_host}:{args.port}/")
    if first_password:
        print("First start: sign in to the web app as 'admin' with this password (shown once;")
        print("change it with `facturist accounts password admin`):")
        print(f"  {first_password}")
    if first_key:
        print("First start: account 'admin' was created with this API key (shown once):")
        print(first_key, flush=True)
    serve(settings, args.host, args.port)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    import os

    from facturist.runtime.celery_worker import run_worker

    if args.data_dir is not None:  # forked pool processes read their settings from the env
        os.environ["FACTURIST_DATA_DIR"] = str(args.data_dir)
    settings = load_settings(data_dir=args.data_dir)
    run_worker(settings, args.concurrency or os.cpu_count() or 1, args.pool)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    ctx = _context(args)
    ctx.db.dispose()
    print("database is up to date")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from facturist.service import accounts

    ctx = _context(args)
    with ctx.db.session() as session:
        if args.keys_command == "create":
            account = accounts.get_or_create_account(session, args.account, is_admin=args.admin)
            key = accounts.create_key(session, account, args.label)
            print(f"API key for account {account.name!r} (shown once):")
            print(key)
        elif args.keys_command == "list":
            owner = accounts.find_account(session, args.account) if args.account else None
            for key_row, name in accounts.list_keys(session, owner):
                state = "revoked" if key_row.revoked_at else "active"
                print(
                    f"{key_row.id}\t{key_row.prefix}…\t{name}\t{state}\t"
                    f"{key_row.created_at:%Y-%m-%d %H:%M}\t{key_row.label}"
                )
        else:
            revoked = accounts.revoke_key(session, args.key)
            print(f"revoked key {revoked.id} ({revoked.prefix}…)")
    ctx.db.dispose()
    return 0


def _read_password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, generated): the first line of stdin, or a new random one."""
    from facturist.service import passwords

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n"), False
    return passwords.generate_password(), True


def cmd_accounts(args: argparse.Namespace) -> int:
    from facturist.service import accounts
    from facturist.service import web_sessions as sessions

    ctx = _context(args)
    generated = False
    with ctx.db.session() as session:
        if args.accounts_command == "create":
            password, generated = _read_password(args)
            sessions.create_account(
                session, args.name, password, is_admin=args.admin, email=args.email, team=args.team
            )
            print(f"created account {args.name!r}" + (" (team admin)" if args.admin else ""))
        elif args.accounts_command == "password":
            password, generated = _read_password(args)
            sessions.set_password(session, accounts.find_account(session, args.name), password)
            print(f"new password set for {args.name!r}; its web sessions were signed out")
        else:
            for account in sessions.list_accounts(session):
                role = "admin" if account.is_admin else "member"
                can_sign_in = "password" if account.password_hash else "no password"
                print(f"{account.name}\t{account.team}\t{role}\t{can_sign_in}")
    ctx.db.dispose()
    if generated:
        print("password (shown once):")
        print(password)
    return 0


def cmd_credits(args: argparse.Namespace) -> int:
    from facturist.service import accounts

    ctx = _context(args)
    with ctx.db.session() as session:
        account = accounts.find_account(session, args.account)
        accounts.grant(session, account, args.amount, args.note)
        session.flush()
        current = accounts.current_balance(ctx, session, account.id)
    ctx.db.dispose()
    print(f"granted {args.amount} credits to {args.account}; balance {current.balance}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from facturist.eval.cli import main as eval_main

    return int(eval_main(args.rest) or 0)


def cmd_samples(args: argparse.Namespace) -> int:
    from facturist.samples.cli import main as samples_main

    return int(samples_main(args.rest) or 0)


def cmd_extract(args: argparse.Namespace) -> int:
    from facturist.client.cli import main as extract_main

    return int(extract_main(args.rest) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facturist", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_data_dir(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            help="state directory (default: $FACTURIST_DATA_DIR or ./facturist-data)",
        )
        return p

    serve = with_data_dir(sub.add_parser("serve", help="start the API and its workers"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: one per core)"
    )
    serve.set_defaults(func=cmd_serve)

    worker = with_data_dir(
        sub.add_parser("worker", help="run a Celery worker (FACTURIST_QUEUE=celery)")
    )
    worker.add_argument("--concurrency", type=int, default=None, help="default: one per core")
    worker.add_argument("--pool", default="prefork", choices=["prefork", "solo", "threads"])
    worker.set_defaults(func=cmd_worker)

    with_data_dir(sub.add_parser("migrate", help="create or upgrade the database")).set_defaults(
        func=cmd_migrate
    )

    accounts = sub.add_parser("accounts", help="manage accounts that sign in to the web app")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", required=True)
    password_help = "read the password from the first line of stdin (default: generate one)"
    new_account = with_data_dir(accounts_sub.add_parser("create", help="create an account"))
    new_account.add_argument("name")
    new_account.add_argument("--admin", action="store_true", help="a team admin (sees the team)")
    new_account.add_argument("--email", default=None)
    new_account.add_argument("--team", default=None, help="team name (default: the account name)")
    new_account.add_argument("--password-stdin", action="store_true", help=password_help)
    new_password = with_data_dir(
        accounts_sub.add_parser("password", help="set an account's password")
    )
    new_password.add_argument("name")
    new_password.add_argument("--password-stdin", action="store_true", help=password_help)
    with_data_dir(accounts_sub.add_parser("list", help="list accounts"))
    accounts.set_defaults(func=cmd_accounts)

    keys = sub.add_parser("keys", help="manage API keys")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = with_data_dir(
        keys_sub.add_parser("create", help="create a key (printed as the last line)")
    )
    create.add_argument("--account", default="default")
    create.add_argument("--admin", action="store_true", help="make a new account a team admin")
    create.add_argument("--label", default="")
    listing = with_data_dir(keys_sub.add_parser("list", help="list keys"))
    listing.add_argument("--account", default=None)
    revoke = with_data_dir(keys_sub.add_parser("revoke", help="revoke a key by id or prefix"))
    revoke.add_argument("key")
    keys.set_defaults(func=cmd_keys)

    credits = sub.add_parser("credits", help="manage credits")
    credits_sub = credits.add_subparsers(dest="credits_command", required=True)
    grant = with_data_dir(credits_sub.add_parser("grant", help="grant credits to an account"))
    grant.add_argument("account")
    grant.add_argument("amount", type=int)
    grant.add_argument("--note", default="")
    credits.set_defaults(func=cmd_credits)

    for name, func, text in (
        ("eval", cmd_eval, "score the engine on a dataset folder"),
        ("samples", cmd_samples, "generate sample invoices with truth"),
        ("extract", cmd_extract, "extract a batch of files (in-process, or via --server)"),
    ):
        p = sub.add_parser(name, help=text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=func)
    return parser


# Commands whose own parsers take every argument after the command name. argparse's REMAINDER
# refuses a first token that looks like an option ("facturist eval -h"), so main() hands these
# over before the top-level parser sees them.
_PASSTHROUGH = {"eval": cmd_eval, "samples": cmd_samples, "extract": cmd_extract}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    tokens = list(sys.argv[1:] if argv is None else argv)
    if tokens and tokens[0] in _PASSTHROUGH:
        args = argparse.Namespace(rest=tokens[1:], func=_PASSTHROUGH[tokens[0]])
    else:
        args = build_parser().parse_args(tokens)
    try:
        return int(args.func(args))
    except FacturistError as exc:
        print(f"facturist: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
