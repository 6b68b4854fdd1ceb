"""Screens of the tenant registry."""
