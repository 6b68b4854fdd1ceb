"""Portierato: the desk application of the Portierato di Comunità (Comune di Bergamo)."""
