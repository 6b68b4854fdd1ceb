"""Screens of the desk's work."""
