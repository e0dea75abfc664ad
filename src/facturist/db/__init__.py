"""Database layer: SQLAlchemy models, connection set-up and Alembic migrations."""
