"""`alembic check` on SQLite and PostgreSQL: the same migrations must produce the models on both.

PostgreSQL is the one on this machine (FACTURIST_CHECK_PG_ADMIN_URL, default the local server);
a throw-away database is created and dropped.
"""

from __future__ import annotations

import os
import sys
import uuid

import psycopg

from facturist.db.connection import Database
from facturist.db.migrate import check, check_fresh_sqlite, upgrade

ADMIN = os.environ.get(
    "FACTURIST_CHECK_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def check_postgres() -> None:
    name = f"facturist_check_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
        database = Database(url)
        upgrade(database)
        database.dispose()
        check(url)
        print("PostgreSQL: models and migrations agree")
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    check_fresh_sqlite()
    check_postgres()
    return 0


if __name__ == "__main__":
    sys.exit(main())
