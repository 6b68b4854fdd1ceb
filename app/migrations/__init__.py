"""Alembic environment and schema versions (batch mode, named constraints)."""
