"""The demo seeder: realistic fictional data for every section, written through the services."""
