"""Settings the services need, declared once with their type and default (CONVENTIONS 16, Picard's options).

Values live in the ``settings`` table as JSON, so every laptop and every service sees the same ones; a
key never stored reads as its default, so a new setting needs no migration. Only coordinators change
them. Settings of the window (geometry, column widths) are not here: they stay in ``QSettings``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Message, msg
from app.models.setting import Setting
from app.services.errors import NotFound, ValidationFailed
from app.services.permissions import require_coordinator
from app.services.unit_of_work import UnitOfWork

PRIVACY_NOTICE_TEXT = """\
Perché le chiediamo i dati

Il Comune di Bergamo, con il Portierato di Comunità, offre agli inquilini dei Servizi Abitativi Pubblici \
(SAP) ascolto, orientamento e accompagnamento presso gli sportelli di quartiere. Questa informativa spiega, \
come prevede l'articolo 13 del Regolamento (UE) 2016/679 (GDPR), come sono trattati i dati personali che \
la riguardano.

Titolare del trattamento

Il titolare del trattamento è il Comune di Bergamo. I recapiti del Comune (sede, posta elettronica \
certificata, uffici) sono pubblicati sul sito istituzionale www.comune.bergamo.it.

Responsabile della protezione dei dati

Il Comune ha designato il Responsabile della protezione dei dati, contattabile tramite i recapiti \
pubblicati sul sito istituzionale del Comune di Bergamo, nella sezione dedicata alla protezione dei dati \
personali.

Finalità e base giuridica

I dati sono trattati per svolgere le attività del progetto «Vivere SAP Bergamo» finanziato da Regione \
Lombardia: accoglienza e orientamento agli sportelli, accompagnamento all'abitare, mediazione dei \
conflitti e mediazione interculturale, attività di gruppo, supporto ai piani di rientro dalla morosità, \
verifica dei requisiti e gestione dei contributi (come il contributo per le spese di riscaldamento), \
rendicontazione al finanziatore. Il trattamento è necessario per l'esecuzione di un compito di interesse \
pubblico di cui è investito il Comune (articolo 6, paragrafo 1, lettera e del Regolamento); i dati \
particolari (per esempio relativi alla salute) sono trattati solo se necessari, per motivi di interesse \
pubblico rilevante (articolo 9, paragrafo 2, lettera g del Regolamento e articolo 2-sexies del Codice in \
materia di protezione dei dati personali).

Quali dati trattiamo

Dati anagrafici e di contatto (nome, cognome, codice fiscale, data di nascita, sesso, telefono, e-mail, \
lingua preferita); dati sul nucleo familiare e sull'alloggio; dati economici utili ai servizi richiesti \
(ISEE, reddito, morosità e piani di rientro); le date e gli argomenti dei contatti con lo sportello e gli \
eventuali invii ad altri servizi. Per gli indicatori richiesti dal programma europeo che cofinanzia il \
progetto le chiediamo inoltre condizione lavorativa, titolo di studio, cittadinanza e, solo se vuole \
rispondere, eventuali situazioni di disabilità, di appartenenza a minoranze o di esclusione abitativa: \
per queste domande può sempre scegliere «preferisco non rispondere».

Obbligo o facoltà di conferire i dati

Senza i dati necessari non è possibile fornire il servizio o istruire la domanda richiesta. Le risposte \
alle domande per gli indicatori del finanziatore che riguardano dati delicati sono facoltative e non \
cambiano in nulla il servizio che riceve.

Come trattiamo i dati

I dati sono trattati dal personale del Comune e degli operatori del progetto autorizzati e istruiti, con \
strumenti informatici e cartacei protetti da misure di sicurezza adeguate; ogni modifica ai dati è \
registrata. Nessuna decisione che la riguarda è presa in modo automatico: l'esito di ogni verifica è \
deciso da una persona.

A chi possono essere comunicati

Solo quando è necessario per il servizio richiesto, i dati possono essere comunicati ai Servizi Sociali \
del Comune, all'ente gestore degli alloggi e ai servizi del territorio ai quali lei chiede di essere \
indirizzato. A Regione Lombardia e agli organismi di controllo del programma di finanziamento sono \
comunicati dati aggregati e anonimi, salvo i controlli previsti dalla legge sui contributi erogati. I \
dati non sono diffusi né trasferiti fuori dall'Unione europea.

Per quanto tempo li conserviamo

I dati sono conservati per la durata del progetto e, dopo, per il tempo richiesto dagli obblighi di \
rendicontazione e di conservazione degli atti amministrativi. Le annotazioni informali degli operatori \
sono cancellate trascorso il periodo stabilito dal Comune.

I suoi diritti

Lei può chiedere in ogni momento di accedere ai suoi dati, di correggerli o completarli, di cancellarli \
nei casi previsti, di limitarne il trattamento, e può opporsi al trattamento (articoli da 15 a 22 del \
Regolamento), rivolgendosi allo sportello del Portierato di Comunità o al Responsabile della protezione \
dei dati. Se ritiene che il trattamento violi la normativa, può proporre reclamo al Garante per la \
protezione dei dati personali (www.garanteprivacy.it).
"""
"""Plain text, paragraphs separated by a blank line; a short line without final punctuation is a heading
(app/printing/privacy_notice.py prints it so)."""


@dataclass(frozen=True)
class SettingDeclaration:
    key: str
    kind: type[int] | type[str]
    default: int | str
    label: Message
    """What the settings screen shows."""
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    multiline: bool = False


SETTINGS: dict[str, SettingDeclaration] = {
    declaration.key: declaration
    for declaration in (
        SettingDeclaration(
            "follow_up_days", int, 14, msg("Giorni proposti per la scadenza di un seguito"), minimum=1, maximum=365
        ),
        SettingDeclaration(
            "visit_duration_minutes", int, 15, msg("Durata proposta di una visita (minuti)"), minimum=0, maximum=480
        ),
        SettingDeclaration(
            "privacy_notice_version", str, "2026-1", msg("Versione dell'informativa privacy"), max_length=20
        ),
        SettingDeclaration(
            "privacy_notice_title",
            str,
            "Informativa sul trattamento dei dati personali",
            msg("Titolo dell'informativa privacy"),
            max_length=120,
        ),
        SettingDeclaration(
            "privacy_notice_text", str, PRIVACY_NOTICE_TEXT, msg("Testo dell'informativa privacy"), multiline=True
        ),
        SettingDeclaration(
            "plan_grace_days", int, 10, msg("Piani di rientro: giorni di tolleranza dopo la scadenza di una rata"), minimum=0, maximum=60
        ),
        SettingDeclaration(
            "plan_lapse_tolerance", int, 1, msg("Piani di rientro: rate mancate che fanno proporre la decadenza"), minimum=1, maximum=12
        ),
        SettingDeclaration(
            "plan_max_months", int, 120, msg("Piani di rientro: durata massima consigliata (mesi)"), minimum=1, maximum=600
        ),
        SettingDeclaration(
            "informal_notes_months", int, 24, msg("Conservazione delle note informali (mesi)"), minimum=1, maximum=120
        ),
    )
}


@dataclass(frozen=True)
class PrivacyNotice:
    title: str
    version: str
    text: str


def read_setting(session: Session, key: str) -> Any:
    """The value inside a caller's transaction; a stored value that no longer fits its declaration (edited
    by hand, or from an older version) reads as the default rather than breaking the screen that asks."""
    declaration = _declaration(key)
    stored = session.scalar(select(Setting.value).where(Setting.key == key))
    if stored is None:
        return declaration.default
    try:
        value = json.loads(stored)
    except ValueError:
        return declaration.default
    return value if _problem(declaration, value) is None else declaration.default


def get_setting(uow: UnitOfWork, key: str) -> Any:
    with uow:
        return read_setting(uow.session, key)


def all_settings(uow: UnitOfWork) -> dict[str, Any]:
    """Every declared setting with its current value, in the order of :data:`SETTINGS`."""
    with uow:
        return {key: read_setting(uow.session, key) for key in SETTINGS}


def privacy_notice(uow: UnitOfWork) -> PrivacyNotice:
    """The notice as it is handed out today: what the printout shows and the version recorded with it."""
    with uow:
        session = uow.session
        return PrivacyNotice(
            title=read_setting(session, "privacy_notice_title"),
            version=read_setting(session, "privacy_notice_version"),
            text=read_setting(session, "privacy_notice_text"),
        )


def set_setting(uow: UnitOfWork, key: str, value: int | str) -> None:
    """Coordinator only. A whole number may come as text (``"21"``), as typed in a field; errors are keyed
    by the setting's key. Storing the default value keeps it stored, so a later default does not change it."""
    set_settings(uow, {key: value})


def set_settings(uow: UnitOfWork, values: dict[str, int | str]) -> None:
    """Several settings in one transaction: all are stored or, if any is refused, none (every refusal is
    reported, keyed by its setting). The privacy notice's text and version must never be stored
    half-changed, since the version is what each person's record says they received (DESIGN 2.7)."""
    require_coordinator(uow.actor, msg("modificare le impostazioni"))
    errors: dict[str, Message] = {}
    texts: dict[str, str] = {}
    for key, raw in values.items():
        declaration = _declaration(key)
        value = _coerced(declaration, raw)
        problem = _problem(declaration, value)
        if problem is not None:
            errors[key] = msg("{label}: {problem}").fill(label=declaration.label, problem=problem)
        else:
            texts[key] = json.dumps(value, ensure_ascii=False)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        rows = {row.key: row for row in uow.session.scalars(select(Setting).where(Setting.key.in_(texts)))}
        for key, text in texts.items():
            row = rows.get(key)
            if row is None:
                uow.session.add(Setting(key=key, value=text))
            elif row.value != text:
                row.value = text
        uow.commit()


def _declaration(key: str) -> SettingDeclaration:
    declaration = SETTINGS.get(key)
    if declaration is None:
        raise NotFound(msg("L'impostazione «{key}» non esiste.").fill(key=key))
    return declaration


def _coerced(declaration: SettingDeclaration, value: object) -> object:
    if declaration.kind is int and isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if declaration.kind is str and isinstance(value, str):
        return value.strip() if not declaration.multiline else value.strip("\n").rstrip()
    return value


def _problem(declaration: SettingDeclaration, value: object) -> Message | None:
    if declaration.kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            return msg("scrivere un numero intero.")
        if declaration.minimum is not None and value < declaration.minimum:
            return msg("il valore minimo è {minimum}.").fill(minimum=declaration.minimum)
        if declaration.maximum is not None and value > declaration.maximum:
            return msg("il valore massimo è {maximum}.").fill(maximum=declaration.maximum)
        return None
    if not isinstance(value, str):
        return msg("scrivere un testo.")
    if not value.strip():
        return msg("campo obbligatorio.")
    if declaration.max_length is not None and len(value) > declaration.max_length:
        return msg("al massimo {max_length} caratteri.").fill(max_length=declaration.max_length)
    return None
