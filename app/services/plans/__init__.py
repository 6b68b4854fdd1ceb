"""Repayment plans (piani di rientro): schedules, payments, situation and the tenant manager's list."""
