"""Printed documents: a frozen snapshot of data in, PDF bytes out (CONVENTIONS 17).

Imported only when something is printed, never on the start-up path: ReportLab is loaded with the
document modules, not here.
"""
