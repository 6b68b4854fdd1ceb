"""The L.1 heating contribution as both the registry and the contributions need it: the terms in force on a day
(:func:`heating_terms`) and when the applications of a programme year are taken (:func:`application_season`).

Apart from the two sections so that the registry, which gives a share of households an ISEE in the range for
each season, does not depend on the contributions written long after it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.services.contributions.programmes import (
    HEATING,
    TermsView,
    programme_row,
    terms_row_on,
    terms_view,
)
from app.services.errors import ServiceError

APPLICATION_SEASON = (10, 1)
"""Applications for a programme year open on 1 October, when the heating season starts."""
APPLICATION_SEASON_END = (12, 15)


def heating_terms(session: Session, day: date) -> TermsView | None:
    """The L.1 terms in force on ``day``, or ``None`` when the programme has none yet."""
    try:
        programme = programme_row(session, HEATING)
        return terms_view(terms_row_on(session, programme, day))
    except ServiceError:
        return None


def application_season(year: int) -> tuple[date, date]:
    return date(year, *APPLICATION_SEASON), date(year, *APPLICATION_SEASON_END)
