"""Every menu and keyboard action in one place, with its Italian text and shortcut (CONVENTIONS 13).

Ctrl+N records a visit from anywhere; a new household is Ctrl+Shift+N. Ctrl+1...8 switch section.
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

        self.new_visit = make(QCoreApplication.translate("Actions", "Nuova &visita…"), QKeySequence.StandardKey.New)
        self.book_appointment = make(QCoreApplication.translate("Actions", "Nuovo &appuntamento…"), "Ctrl+Shift+P")
        self.find = make(QCoreApplication.translate("Actions", "&Cerca un nucleo"), QKeySequence.StandardKey.Find)
        self.new_household = make(QCoreApplication.translate("Actions", "&Nuovo nucleo…"), "Ctrl+Shift+N")
        self.import_registry = make(QCoreApplication.translate("Actions", "&Importa anagrafe dell'ente gestore…"), "Ctrl+Shift+I")
        self.print_privacy_notice = make(QCoreApplication.translate("Actions", "Stampa l'informativa &privacy in bianco…"))
        self.backup_now = make(QCoreApplication.translate("Actions", "Copia di &sicurezza adesso"), "Ctrl+Shift+S")
        self.quit = make(QCoreApplication.translate("Actions", "&Esci"), QKeySequence.StandardKey.Quit)
        self.show_day = make(QCoreApplication.translate("Actions", "Giornata dello sportello"), "Ctrl+1")
        self.show_households = make(QCoreApplication.translate("Actions", "Nuclei familiari"), "Ctrl+2")
        self.show_visits = make(QCoreApplication.translate("Actions", "Visite"), "Ctrl+3")
        self.show_activities = make(QCoreApplication.translate("Actions", "Attività di gruppo"), "Ctrl+4")
        self.show_plans = make(QCoreApplication.translate("Actions", "Piani di rientro"), "Ctrl+5")
        self.show_contributions = make(QCoreApplication.translate("Actions", "Contributi"), "Ctrl+6")
        self.show_to_complete = make(QCoreApplication.translate("Actions", "Dati da completare"), "Ctrl+7")
        self.show_settings = make(QCoreApplication.translate("Actions", "Impostazioni"), "Ctrl+8")
        self.about = make(QCoreApplication.translate("Actions", "&Informazioni su Portierato"))
