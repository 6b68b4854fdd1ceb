"""The database as files and an engine: pragmas, opening and migrating, backups, checks."""
