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
    """Qt's own strings (dialog buttons, file dialogs) in the chosen language; ours in English if chosen.

    Qt's Italian catalogue lags behind Qt: a few strings of its file dialog changed in Qt 6 ("&Look in:")
    and are no longer translated there, so a supplement of ours (resources/i18n/qt_supplement_it.ts) is
    installed after it. The interface's own strings are Italian in the code; English is a translation."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy) if language == "it" else QLocale(QLocale.Language.English))
    catalogues = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language == "it":
        catalogues.append(("qt_supplement_it", str(resource_path("i18n"))))
    else:
        catalogues.append((f"portierato_{language}", str(resource_path("i18n"))))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
