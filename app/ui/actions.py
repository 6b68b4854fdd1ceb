"""Every menu and keyboard action in one place, with its Italian text and shortcut (CONVENTIONS 13).

Ctrl+N is kept free for the quick visit entry of the next release; a new household is Ctrl+Shift+N.
"""

from __future__ import annotations

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

        tr = parent.tr
        self.find = make(tr("&Cerca un nucleo"), QKeySequence.StandardKey.Find)
        self.new_household = make(tr("&Nuovo nucleo…"), "Ctrl+Shift+N")
        self.import_registry = make(tr("&Importa anagrafe dell'ente gestore…"), "Ctrl+Shift+I")
        self.backup_now = make(tr("Copia di &sicurezza adesso"), "Ctrl+Shift+S")
        self.quit = make(tr("&Esci"), QKeySequence.StandardKey.Quit)
        self.show_households = make(tr("Nuclei familiari"), "Ctrl+1")
        self.show_to_complete = make(tr("Dati da completare"), "Ctrl+2")
        self.show_settings = make(tr("Impostazioni"), "Ctrl+3")
        self.about = make(tr("&Informazioni su Portierato"))
