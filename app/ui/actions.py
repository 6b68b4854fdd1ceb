"""Every menu and keyboard action in one place, with its Italian text and shortcut (CONVENTIONS 13).

Ctrl+N is kept free for the quick visit entry of the next release; a new household is Ctrl+Shift+N.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Actions:
    def __init__(self, parent: QWidget) -> None:
        def make(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
            action = QAction(text, parent)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            parent.addAction(action)
            return action

        self.find = make(QCoreApplication.translate("Actions", "&Cerca un nucleo"), QKeySequence.StandardKey.Find)
        self.new_household = make(QCoreApplication.translate("Actions", "&Nuovo nucleo…"), "Ctrl+Shift+N")
        self.import_registry = make(QCoreApplication.translate("Actions", "&Importa anagrafe dell'ente gestore…"), "Ctrl+Shift+I")
        self.backup_now = make(QCoreApplication.translate("Actions", "Copia di &sicurezza adesso"), "Ctrl+Shift+S")
        self.quit = make(QCoreApplication.translate("Actions", "&Esci"), QKeySequence.StandardKey.Quit)
        self.show_households = make(QCoreApplication.translate("Actions", "Nuclei familiari"), "Ctrl+1")
        self.show_to_complete = make(QCoreApplication.translate("Actions", "Dati da completare"), "Ctrl+2")
        self.show_settings = make(QCoreApplication.translate("Actions", "Impostazioni"), "Ctrl+3")
        self.about = make(QCoreApplication.translate("Actions", "&Informazioni su Portierato"))
