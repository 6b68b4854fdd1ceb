"""Alembic environment: always run by app/store/migrations.py on a connection it provides."""

from __future__ import annotations

from alembic import context

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
