"""Use cases and pure domain rules. The only code that opens database sessions; no Qt here."""
