"""Contribution programmes (action L.1 and the like): eligibility, applications, grants and receipts."""
