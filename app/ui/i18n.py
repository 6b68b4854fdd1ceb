"""Interface language: Italian (the source language of every string) or English (resources/i18n)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.resources import resource_path

LANGUAGE_KEY = "ui/language"
LANGUAGE_VARIABLE = "PORTIERATO_LANG"

_installed: list[QTranslator] = []


def chosen_language() -> str:
    value = os.environ.get(LANGUAGE_VARIABLE) or str(QSettings().value(LANGUAGE_KEY, "it"))
    return "en" if value.lower().startswith("en") else "it"


def install_translations(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (dialog buttons, file dialogs) in the chosen language; ours in English if chosen."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy) if language == "it" else QLocale(QLocale.Language.English))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if language != "it":
        ours = QTranslator(app)
        if ours.load(f"portierato_{language}", str(resource_path("i18n"))):
            app.installTranslator(ours)
            _installed.append(ours)
