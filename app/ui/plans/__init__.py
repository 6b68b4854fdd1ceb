"""Screens of the repayment plans."""
