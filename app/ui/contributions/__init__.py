"""Screens of the contribution programmes and their receipts."""
