<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="22"/>
        <source>Nuova &amp;visita…</source>
        <translation>New &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="23"/>
        <source>Nuovo &amp;appuntamento…</source>
        <translation>New &amp;appointment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="24"/>
        <source>&amp;Cerca un nucleo</source>
        <translation>&amp;Find a household</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="25"/>
        <source>&amp;Nuovo nucleo…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="26"/>
        <source>&amp;Importa anagrafe dell&apos;ente gestore…</source>
        <translation>&amp;Import the housing manager&apos;s registry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="27"/>
        <source>Stampa l&apos;informativa &amp;privacy in bianco…</source>
        <translation>Print a blank &amp;privacy notice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="28"/>
        <source>Copia di &amp;sicurezza adesso</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="29"/>
        <source>&amp;Esci</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="30"/>
        <source>Giornata dello sportello</source>
        <translation>Today at the desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="31"/>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="32"/>
        <source>Visite</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="33"/>
        <source>Attività di gruppo</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="34"/>
        <source>Piani di rientro</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="35"/>
        <source>Contributi</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="36"/>
        <source>Dati da completare</source>
        <translation>Details to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38"/>
        <source>&amp;Informazioni su Portierato</source>
        <translation>&amp;About Portierato</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../app/ui/activities_view.py" line="60"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="61"/>
        <location filename="../../app/ui/activities_view.py" line="90"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="62"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="63"/>
        <source>Luogo</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="64"/>
        <location filename="../../app/ui/activities_view.py" line="90"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="65"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="66"/>
        <source>Persone registrate</source>
        <translation>Registered people</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="67"/>
        <source>Presenze totali</source>
        <translation>Total attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="79"/>
        <source>Nuova attività… (Ctrl+Shift+A)</source>
        <translation>New activity… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="80"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="81"/>
        <source>Presenze…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="90"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="90"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="111"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="114"/>
        <source>tutti i tipi</source>
        <translation>all types</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="182"/>
        <source>1 attività nel periodo</source>
        <translation>1 activity in the period</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="182"/>
        <source>%n attività nel periodo</source>
        <translation>%n activities in the period</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="184"/>
        <source>Nessuna attività nel periodo: Ctrl+Shift+A per registrarne una.</source>
        <translation>No activities in the period: Ctrl+Shift+A to record one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities_view.py" line="192"/>
        <source>dal %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="174"/>
        <source>Nuova attività</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="174"/>
        <source>Modifica attività</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="182"/>
        <source>Attività</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="188"/>
        <source>scegliere…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="191"/>
        <location filename="../../app/ui/activity_dialogs.py" line="247"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="195"/>
        <source>es. Riunione della rete sociale di quartiere</source>
        <translation>e.g. Neighbourhood social network meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="196"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="197"/>
        <source>es. Spazio Polaresco, via del Polaresco 15</source>
        <translation>e.g. Spazio Polaresco, via del Polaresco 15</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="198"/>
        <source>Luogo</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="202"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="204"/>
        <source>nessuno (attività cittadina)</source>
        <translation>none (city-wide activity)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="210"/>
        <source>chi la organizza e la conduce</source>
        <translation>who organises and runs it</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="211"/>
        <source>Organizzatori</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="216"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="218"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="218"/>
        <source>Enti partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="219"/>
        <source>Una riga per incontro: gg/mm/aaaa hh:mm-hh:mm
F2 corregge, Ins aggiunge, Canc toglie.</source>
        <translation>One line per session: dd/mm/yyyy hh:mm-hh:mm
F2 edits, Ins adds, Del removes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="220"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="224"/>
        <source>Aggiungi incontro (Ins)</source>
        <translation>Add session (Ins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="225"/>
        <source>Togli incontro (Canc)</source>
        <translation>Remove session (Del)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="238"/>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="240"/>
        <source>Nuovo ente…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="243"/>
        <source>Nuovo ente nell&apos;elenco</source>
        <translation>New organisation for the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="245"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="247"/>
        <source>associazione, scuola, parrocchia…</source>
        <translation>association, school, parish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="250"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="250"/>
        <source>persona, telefono o e-mail</source>
        <translation>person, phone or email</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="252"/>
        <source>Aggiungi all&apos;elenco</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="257"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="257"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="273"/>
        <source>– non più in uso</source>
        <translation>– no longer in use</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="317"/>
        <source>Incontro %1: «%2» non si legge; scrivere gg/mm/aaaa hh:mm-hh:mm, per esempio 25/11/2026 18:00-20:00.</source>
        <translation>Session %1: “%2” cannot be read; write dd/mm/yyyy hh:mm-hh:mm, for example 25/11/2026 18:00-20:00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="323"/>
        <source>Incontro %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="66"/>
        <source>Nuova domanda di contributo riscaldamento</source>
        <translation>New heating contribution application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="73"/>
        <source>&amp;Nucleo</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="73"/>
        <source>Nessuna persona trovata.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="77"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="78"/>
        <source>&amp;Data della domanda</source>
        <translation>Application &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="79"/>
        <source>&amp;Annualità</source>
        <translation>Programme &amp;year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="80"/>
        <source>Requisiti (anteprima)</source>
        <translation>Requirements (preview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="87"/>
        <source>&amp;Salva la domanda</source>
        <translation>&amp;Save the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="87"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="109"/>
        <source>Scegliere la persona: la domanda è del suo nucleo.</source>
        <translation>Choose the person: the application is for their household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="111"/>
        <source>La persona scelta non fa parte di un nucleo.</source>
        <translation>The chosen person is not part of a household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="130"/>
        <source>Un requisito non è soddisfatto: la domanda sarà respinta.</source>
        <translation>A requirement is not met: the application will be rejected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="132"/>
        <source>Un requisito è da verificare: deciderà un coordinatore.</source>
        <translation>A requirement must be verified: a coordinator will decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="134"/>
        <source>Tutti i requisiti sono soddisfatti.</source>
        <translation>All requirements are met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="138"/>
        <source>Scegliere la persona che presenta la domanda (con il suo nucleo).</source>
        <translation>Choose the person who applies (with their household).</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="86"/>
        <source>tutte</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="91"/>
        <source>tutti</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="95"/>
        <source>nucleo, cognome o protocollo</source>
        <translation>household, surname or protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="99"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="100"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="101"/>
        <source>Annualità</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="102"/>
        <source>Presentata</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="103"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="104"/>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="105"/>
        <source>Spesa</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="106"/>
        <source>Concesso</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="107"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="114"/>
        <source>&amp;Nuova domanda…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="115"/>
        <source>A&amp;pri</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="176"/>
        <source>annullato</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="121"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tate</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="121"/>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="121"/>
        <source>Ann&amp;ualità</source>
        <translation>Y&amp;ear</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="150"/>
        <source>Domanda annullata: l&apos;importo di %1 non è impegnato.</source>
        <translation>Application cancelled: the amount of %1 is not committed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="154"/>
        <source>1 domanda</source>
        <translation>1 application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="154"/>
        <source>%n domande</source>
        <translation>%n applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="154"/>
        <source>Nessuna domanda con questi filtri.</source>
        <translation>No application with these filters.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="21"/>
        <source>Nuovo appuntamento</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="24"/>
        <source>Con chi</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="25"/>
        <source>Non registrata: scrivere nome e telefono qui sotto.</source>
        <translation>Not registered: enter the name and phone number below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="28"/>
        <source>Oppure nome</source>
        <translation>Or name</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="28"/>
        <source>chi non è ancora registrato</source>
        <translation>someone not yet registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="30"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="31"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="34"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="36"/>
        <source>Apertura</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="37"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="37"/>
        <source>es. 10:30</source>
        <translation>e.g. 10:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="38"/>
        <source>Durata (minuti)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="41"/>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="41"/>
        <source>da definire</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="43"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="71"/>
        <source>Lo sportello non ha aperture nelle prossime settimane: controllare gli orari.</source>
        <translation>The desk has no openings in the coming weeks: check its opening hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="74"/>
        <source>Scrivere l&apos;ora come 10:30.</source>
        <translation>Write the time as 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/ui/appointment_dialog.py" line="81"/>
        <source>Scrivere i minuti come numero, per esempio 20.</source>
        <translation>Write the minutes as a number, for example 20.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="170"/>
        <source>Valutazione della domanda – nucleo %1</source>
        <translation>Assessment of the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="175"/>
        <source>Da verificare:</source>
        <translation>To verify:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="177"/>
        <source>&amp;Decisione</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="177"/>
        <source>Ammetti la domanda</source>
        <translation>Admit the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="177"/>
        <source>Respingi la domanda</source>
        <translation>Reject the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="179"/>
        <source>&amp;Motivazione</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="179"/>
        <source>obbligatoria</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="180"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="180"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="440"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="443"/>
        <source>Presenze – %1</source>
        <translation>Attendance – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="457"/>
        <source>Chi c&apos;era</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="460"/>
        <source>Incontro</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="466"/>
        <source>Nessuna persona trovata: chi non è registrato si conta tra gli altri partecipanti.</source>
        <translation>No one found: people who are not registered are counted among the other participants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="469"/>
        <source>Invio aggiunge la persona trovata ai presenti.</source>
        <translation>Enter adds the person found to those present.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="470"/>
        <source>Cerca</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="472"/>
        <source>Presenti</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="475"/>
        <source>Registrati</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="478"/>
        <source>Canc toglie la persona scelta.</source>
        <translation>Del removes the selected person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="483"/>
        <source>Altri, non registrati</source>
        <translation>Others, not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="488"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="488"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="504"/>
        <source>%1 – nucleo %2</source>
        <translation>%1 – household %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="533"/>
        <source>%1 registrati + %2 altri = %3 presenze a questo incontro.</source>
        <translation>%1 registered + %2 others = %3 attending this session.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="548"/>
        <source>%1 è già tra i presenti.</source>
        <translation>%1 is already among those present.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_dialogs.py" line="554"/>
        <source>Aggiunta ai presenti: %1.</source>
        <translation>Added to those present: %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="50"/>
        <source>Nuova organizzazione partner</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="50"/>
        <source>Modifica organizzazione partner</source>
        <translation>Edit partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="52"/>
        <source>Nuova voce</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="52"/>
        <source>Rinomina voce</source>
        <translation>Rename entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="62"/>
        <source>Il nuovo nome compare anche nei dati già registrati. Per un significato diverso aggiungere una nuova voce e ritirare questa.</source>
        <translation>The new name also appears in the data already recorded. For a different meaning, add a new entry and retire this one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="66"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="71"/>
        <source>Tipo di organizzazione</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="72"/>
        <source>es. associazione, scuola, parrocchia</source>
        <translation>e.g. association, school, parish</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="77"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="78"/>
        <source>persona di riferimento, telefono, e-mail</source>
        <translation>contact person, phone, email</translation>
    </message>
</context>
<context>
    <name>CataloguesTab</name>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="110"/>
        <source>&amp;Elenco</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="114"/>
        <source>L&apos;ordine è quello dei moduli. Una voce già usata non si può eliminare: ritirarla, così resta nei dati registrati e non viene più proposta.</source>
        <translation>The forms show the entries in this order. An entry that has already been used cannot be deleted: retire it, so it stays in the recorded data but is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="122"/>
        <source>Aggiungi…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="123"/>
        <location filename="../../app/ui/catalogues_tab.py" line="197"/>
        <source>Rinomina…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="124"/>
        <location filename="../../app/ui/catalogues_tab.py" line="226"/>
        <source>Ritira</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="125"/>
        <location filename="../../app/ui/catalogues_tab.py" line="277"/>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="126"/>
        <source>Su</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="127"/>
        <source>Giù</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="128"/>
        <source>Sposta in su (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="129"/>
        <source>Sposta in giù (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="130"/>
        <source>Elimina una voce mai usata (Canc)</source>
        <translation>Delete an entry that was never used (Del)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="150"/>
        <source>Solo i coordinatori possono modificare gli elenchi.</source>
        <translation>Only coordinators can change the lists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="179"/>
        <source>Argomenti delle visite</source>
        <translation>Visit topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="180"/>
        <source>Servizi a cui si invia</source>
        <translation>Referral services</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="181"/>
        <source>Tipi di attività di gruppo</source>
        <translation>Group activity types</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="182"/>
        <source>Organizzazioni partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="191"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="191"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="191"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="191"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="197"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="201"/>
        <source>ritirato</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="201"/>
        <source>in uso</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="226"/>
        <source>Rimetti in uso</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_tab.py" line="281"/>
        <source>Eliminare «%1» dall&apos;elenco?</source>
        <translation>Delete “%1” from the list?</translation>
    </message>
</context>
<context>
    <name>ContributionDialogs</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="39"/>
        <source>Requisito</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="39"/>
        <source>Dati usati</source>
        <translation>Data used</translation>
    </message>
</context>
<context>
    <name>ContributionWindow</name>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="58"/>
        <source>Domanda</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="59"/>
        <source>Passaggi</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="64"/>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="65"/>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="66"/>
        <source>Presentata il</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="67"/>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="68"/>
        <source>Importi</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="74"/>
        <source>Inserita</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="75"/>
        <source>Valutata</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="76"/>
        <source>Concessa</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="77"/>
        <source>Pagata</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="78"/>
        <source>Annullata</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="93"/>
        <source>Requisiti (come verificati per la domanda)</source>
        <translation>Requirements (as checked for the application)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="106"/>
        <source>Stampa &amp;domanda…</source>
        <translation>Print &amp;application…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="107"/>
        <source>&amp;Protocollo…</source>
        <translation>&amp;Protocol…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="108"/>
        <source>Verifica di n&amp;uovo</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="109"/>
        <source>Valu&amp;ta…</source>
        <translation>Asses&amp;s…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="110"/>
        <source>Conc&amp;edi…</source>
        <translation>Grant (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="111"/>
        <source>Registra pa&amp;gamento…</source>
        <translation>Record pa&amp;yment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="112"/>
        <source>Stampa &amp;ricevuta…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="113"/>
        <source>A&amp;nnulla…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="114"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="155"/>
        <source>Domanda di contributo – nucleo %1</source>
        <translation>Contribution application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="156"/>
        <source>%1 – annualità %2 – nucleo %3</source>
        <translation>%1 – year %2 – household %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="157"/>
        <source>Stato: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="163"/>
        <source>n. %1 del %2</source>
        <translation>no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="165"/>
        <source>non ancora assegnato</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="167"/>
        <source>tetto %1, già ricevuti dal nucleo %2</source>
        <translation>cap %1, already received by the household %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="169"/>
        <source>spesa documentata %1 (%2)</source>
        <translation>documented cost %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="171"/>
        <source>concessi %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="177"/>
        <source>il %1 da %2</source>
        <translation>on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="189"/>
        <source>ricevuta %1</source>
        <translation>receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="196"/>
        <source>Verificati il %1: %2</source>
        <translation>Checked on %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="240"/>
        <source>Operazione non eseguita</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="266"/>
        <source>Requisiti verificati di nuovo il %1: %2 soddisfatti, %3 da verificare, %4 non soddisfatti.</source>
        <translation>Requirements checked again on %1: %2 met, %3 to verify, %4 not met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="290"/>
        <location filename="../../app/ui/contribution_window.py" line="304"/>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="290"/>
        <source>La domanda è %1.</source>
        <translation>The application is %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="296"/>
        <source>Respingere la domanda? Un requisito non è soddisfatto: %1.</source>
        <translation>Reject the application? A requirement is not met: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="301"/>
        <source>Ammettere la domanda? Tutti i requisiti risultano soddisfatti.</source>
        <translation>Admit the application? All requirements are met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="333"/>
        <source>La domanda resta nell&apos;elenco come annullata, con il motivo.</source>
        <translation>The application stays in the list as cancelled, with the reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="335"/>
        <source>L&apos;importo concesso torna nel budget.</source>
        <translation>The granted amount returns to the budget.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="337"/>
        <source>Anche la ricevuta %1 viene annullata.</source>
        <translation>Receipt %1 is cancelled too.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="338"/>
        <source>Annulla la domanda – nucleo %1</source>
        <translation>Cancel the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_window.py" line="338"/>
        <source>&amp;Annulla la domanda</source>
        <translation>&amp;Cancel the application</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="63"/>
        <source>Budget %9: %1 · erogato prima %2 (%3 nuclei) · concessi %4 (%5) · pagati %6 (%7) · disponibili %8</source>
        <translation>Budget %9: %1 · paid out before %2 (%3 households) · granted %4 (%5) · paid %6 (%7) · available %8</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="435"/>
        <source>Contributo riscaldamento (azione L.1): il budget e dove è andato</source>
        <translation>Heating contribution (action L.1): the budget and where it went</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="441"/>
        <source>&amp;Domande</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="442"/>
        <source>Ric&amp;evute</source>
        <translation>R&amp;eceipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="443"/>
        <source>Da inf&amp;ormare</source>
        <translation>T&amp;o inform</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="444"/>
        <source>Pro&amp;gramma</source>
        <translation>Pro&amp;gramme</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="307"/>
        <source>Decisione sul piano del nucleo %1</source>
        <translation>Decision on the plan of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="312"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="314"/>
        <location filename="../../app/ui/plan_dialogs.py" line="335"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="315"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="317"/>
        <source>Proposta del programma: %1</source>
        <translation>Proposed by the program: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="323"/>
        <source>Conferma la decisione</source>
        <translation>Confirm the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="323"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="335"/>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="336"/>
        <source>facoltativo</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="336"/>
        <source>obbligatorio</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>DeskDayView</name>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="53"/>
        <source>Nuova visita (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="54"/>
        <source>Prenota un appuntamento…</source>
        <translation>Book an appointment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="64"/>
        <location filename="../../app/ui/desk_day_view.py" line="68"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="64"/>
        <location filename="../../app/ui/desk_day_view.py" line="68"/>
        <location filename="../../app/ui/desk_day_view.py" line="69"/>
        <location filename="../../app/ui/desk_day_view.py" line="70"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="64"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="64"/>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="64"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="65"/>
        <source>Registra la visita (Invio)</source>
        <translation>Record the visit (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="66"/>
        <source>Non si è presentato</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="67"/>
        <source>Annulla appuntamento…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="68"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="68"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="68"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="69"/>
        <location filename="../../app/ui/desk_day_view.py" line="70"/>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="69"/>
        <location filename="../../app/ui/desk_day_view.py" line="70"/>
        <source>Cosa fare</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="70"/>
        <source>Di chi</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="71"/>
        <location filename="../../app/ui/desk_day_view.py" line="72"/>
        <source>Chiudi il seguito (Invio)…</source>
        <translation>Close the follow-up (Enter)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="75"/>
        <source>Appuntamenti di oggi</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="76"/>
        <source>Visite registrate oggi</source>
        <translation>Visits recorded today</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="77"/>
        <source>Seguiti miei in scadenza o in ritardo</source>
        <translation>My follow-ups due or overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="78"/>
        <source>Seguiti dello sportello (altri operatori)</source>
        <translation>Desk follow-ups (other operators)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="113"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="122"/>
        <source>(annullata)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="132"/>
        <source>Sportello aperto ora.</source>
        <translation>The desk is open now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="135"/>
        <source>Oggi apre: %1</source>
        <translation>Opens today: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="137"/>
        <source>Oggi lo sportello non è aperto. Prossima apertura: %1</source>
        <translation>The desk is not open today. Next opening: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="138"/>
        <source>Lo sportello non ha orari di apertura.</source>
        <translation>The desk has no opening hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="142"/>
        <source>%1 (in ritardo di %2 gg)</source>
        <translation>%1 (%2 days late)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="143"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="165"/>
        <location filename="../../app/ui/desk_day_view.py" line="173"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="171"/>
        <source>Annulla appuntamento</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="171"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="184"/>
        <location filename="../../app/ui/desk_day_view.py" line="190"/>
        <source>Chiudi il seguito</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_day_view.py" line="184"/>
        <source>Com&apos;è andata (facoltativo):</source>
        <translation>How did it go? (optional):</translation>
    </message>
</context>
<context>
    <name>DeskSettingsTab</name>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="54"/>
        <source>Giorni proposti per la scadenza di un seguito</source>
        <translation>Default days until a follow-up is due</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="55"/>
        <source>Durata proposta di una visita (minuti)</source>
        <translation>Default visit duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="56"/>
        <source>Conservazione delle note informali (mesi)</source>
        <translation>Keep informal notes for (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="57"/>
        <source>Piani di rientro: giorni di tolleranza dopo la scadenza di una rata</source>
        <translation>Repayment plans: grace days after an installment falls due</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="58"/>
        <source>Piani di rientro: rate mancate che fanno proporre la decadenza</source>
        <translation>Repayment plans: missed installments that make the program propose lapsing</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="59"/>
        <source>Piani di rientro: durata massima consigliata (mesi)</source>
        <translation>Repayment plans: recommended maximum length (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="60"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="61"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="62"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="65"/>
        <source>Proposte dei moduli, conservazione e piani di rientro</source>
        <translation>Form defaults, retention and repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="71"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="74"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="82"/>
        <source>cambiarla quando cambia il testo: per ogni persona resta registrata la versione ricevuta</source>
        <translation>change it when the text changes: the version each person received stays on record</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="88"/>
        <source>Paragrafi separati da una riga vuota; una riga breve senza punto finale è stampata come titoletto.</source>
        <translation>Separate paragraphs with a blank line; a short line without a full stop is printed as a subheading.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="94"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="95"/>
        <source>Salva (Ctrl+S, o Invio in un campo di una riga)</source>
        <translation>Save (Ctrl+S, or Enter in a single-line field)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="97"/>
        <location filename="../../app/ui/desk_settings_tab.py" line="228"/>
        <source>Anteprima di stampa</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="110"/>
        <source>Solo i coordinatori possono modificare le impostazioni.</source>
        <translation>Only coordinators can change the settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="184"/>
        <source>Nessuna modifica da salvare.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="204"/>
        <source>Impostazioni salvate.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="210"/>
        <source>Versione dell&apos;informativa</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="212"/>
        <source>Il testo dell&apos;informativa è cambiato ma la versione è sempre «%1». Per ogni persona è registrata la versione ricevuta: chi ha già avuto l&apos;informativa risulterà aver ricevuto questo nuovo testo. Per un cambiamento di sostanza cambiare anche la versione.

Salvare con la stessa versione?</source>
        <translation>The text of the privacy notice has changed but the version is still “%1”. The version each person received is what is recorded: anyone who has already had the notice will appear to have received this new text. For a substantive change, change the version too.

Save with the same version?</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="229"/>
        <source>L&apos;anteprima mostra l&apos;informativa salvata. Salvare adesso le modifiche?</source>
        <translation>The preview shows the saved privacy notice. Save the changes now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_settings_tab.py" line="247"/>
        <source>Niente è stato salvato: correggere i campi segnalati.</source>
        <translation>Nothing was saved: correct the fields marked.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="125"/>
        <source>Stampa…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="126"/>
        <source>Salva…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="122"/>
        <source>&amp;Ingrandisci</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="123"/>
        <source>&amp;Riduci</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="124"/>
        <source>&amp;Adatta alla larghezza</source>
        <translation>Fit to &amp;width</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="138"/>
        <source>&amp;Stampa… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="139"/>
        <source>Sa&amp;lva… (Ctrl+S)</source>
        <translation>&amp;Save… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="140"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="197"/>
        <source>Il documento non si può mostrare né stampare; si può comunque salvare.</source>
        <translation>The document cannot be shown or printed; it can still be saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="207"/>
        <source>Pagina %1 di %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="242"/>
        <source>Stampa: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="262"/>
        <source>Stampa non riuscita</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="263"/>
        <source>La stampante non ha accettato il documento. Controllare che sia accesa e collegata, oppure salvare il documento e stamparlo più tardi.</source>
        <translation>The printer did not accept the document. Check that it is switched on and connected, or save the document and print it later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="273"/>
        <source>Salva il documento</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="273"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="286"/>
        <source>Salvataggio non riuscito</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="287"/>
        <source>Il documento non è stato salvato in %1: %2</source>
        <translation>The document was not saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>FileImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="44"/>
        <source>Lettura del file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <source>Importa</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72"/>
        <source>riga %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="86"/>
        <source>Importazione non riuscita per un errore imprevisto; i dettagli sono nel registro.</source>
        <translation>The import failed because of an unexpected error; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="21"/>
        <source>Primo avvio di Portierato</source>
        <translation>Portierato – first start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="28"/>
        <source>Benvenuti. Indicare lo sportello di questo computer e il suo codice postazione: il codice compare sulle ricevute e non si potrà cambiare. Un secondo computer dello stesso sportello usa un codice diverso (es. CEL2).</source>
        <translation>Welcome. Choose the desk this computer serves and its workstation code: the code appears on receipts and cannot be changed later. A second computer at the same desk uses a different code (e.g. CEL2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="36"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="39"/>
        <source>Codice postazione</source>
        <translation>Workstation code</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="44"/>
        <source>&lt;b&gt;Primo coordinatore&lt;/b&gt; (potrà poi aggiungere gli altri operatori)</source>
        <translation>&lt;b&gt;First coordinator&lt;/b&gt; (can add the other operators later)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="46"/>
        <source>es. a.negro</source>
        <translation>e.g. a.negro</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="47"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="49"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="52"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="55"/>
        <source>Ripetere la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="56"/>
        <source>Inizia</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="56"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="66"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/forms.py" line="82"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="83"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="198"/>
        <source>Controllare prima di salvare</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="199"/>
        <source>Salvare comunque?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="216"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="217"/>
        <source>Chiudere senza salvare? Quello che è stato scritto andrà perso.</source>
        <translation>Close without saving? What has been typed will be lost.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="196"/>
        <source>Concessione del contributo – nucleo %1</source>
        <translation>Grant of the contribution – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="200"/>
        <source>&amp;Spesa di riscaldamento (€)</source>
        <translation>Heating &amp;cost (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="202"/>
        <source>&amp;Riferimento bolletta</source>
        <translation>&amp;Bill reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="202"/>
        <source>numero e periodo della bolletta SAP</source>
        <translation>number and period of the SAP bill</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="209"/>
        <source>&amp;Importo concesso (€)</source>
        <translation>Granted &amp;amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="209"/>
        <source>vuoto: l&apos;importo proposto</source>
        <translation>empty: the proposed amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="211"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="212"/>
        <source>&amp;Concedi</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="212"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="223"/>
        <source>Scrivere la spesa documentata, per esempio 524,65.</source>
        <translation>Write the documented cost, for example 524,65.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="232"/>
        <source>Importo proposto: %1 · al nucleo restano %2 del tetto di %3 (già ricevuti %4) · budget disponibile %5</source>
        <translation>Proposed amount: %1 · the household has %2 left of the cap of %3 (already received %4) · budget available %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="247"/>
        <source>Contributo non concesso</source>
        <translation>Contribution not granted</translation>
    </message>
</context>
<context>
    <name>HolderChangeDialog</name>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="276"/>
        <source>Cambio di intestatario</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="279"/>
        <source>Nuovo intestatario</source>
        <translation>New holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="280"/>
        <source>Dal giorno</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="281"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="281"/>
        <source>es. decesso, separazione</source>
        <translation>e.g. death, separation</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="96"/>
        <source>Nuovo nucleo</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="96"/>
        <source>Modifica nucleo</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="105"/>
        <source>Nucleo e alloggio</source>
        <translation>Household and dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="106"/>
        <source>Codice nucleo</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="106"/>
        <source>come nell&apos;Anagrafe Utenza</source>
        <translation>as in the tenant registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="107"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="107"/>
        <source>es. via Pizzo Tre Signori</source>
        <translation>e.g. via Pizzo Tre Signori</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="108"/>
        <source>Civico</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="109"/>
        <source>Scala</source>
        <translation>Staircase</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="110"/>
        <source>Piano</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="111"/>
        <source>Interno</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="112"/>
        <source>Quartiere</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="113"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="115"/>
        <source>Riscaldamento</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="116"/>
        <source>Assegnazione e situazione</source>
        <translation>Assignment and situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="117"/>
        <source>Data di assegnazione</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="118"/>
        <source>Area SAP</source>
        <translation>SAP area</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="122"/>
        <source>Sportello di riferimento</source>
        <translation>Assigned desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="123"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="126"/>
        <source>Reddito mensile (€)</source>
        <translation>Monthly income (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="127"/>
        <source>nota all&apos;ente gestore</source>
        <translation>known to the housing manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="129"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="130"/>
        <source>Importo morosità (€)</source>
        <translation>Arrears amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="130"/>
        <source>0 se in regola</source>
        <translation>0 if up to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="131"/>
        <source>Morosità alla data</source>
        <translation>Arrears as of</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="132"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="135"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../app/ui/household_page.py" line="56"/>
        <source>← Elenco (Esc)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="57"/>
        <source>Modifica nucleo (Ctrl+E)</source>
        <translation>Edit household (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="73"/>
        <source>Alloggio e situazione</source>
        <translation>Dwelling and situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="75"/>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="76"/>
        <source>Assegnazione</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="77"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="78"/>
        <source>Reddito mensile</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="79"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="86"/>
        <source>Aggiungi componente</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="87"/>
        <source>Modifica persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="88"/>
        <source>Cambio intestatario…</source>
        <translation>Change holder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="89"/>
        <location filename="../../app/ui/household_page.py" line="437"/>
        <location filename="../../app/ui/household_page.py" line="444"/>
        <source>Esce dal nucleo</source>
        <translation>Leaves the household</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="90"/>
        <source>Nuova visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="91"/>
        <source>Informativa privacy…</source>
        <translation>Privacy notice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="92"/>
        <source>Dati per il finanziatore…</source>
        <translation>Funder data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="94"/>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <source>Presentata il</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <source>Valida fino al</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <location filename="../../app/ui/household_page.py" line="128"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="108"/>
        <source>Protocollo</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="111"/>
        <source>Aggiungi ISEE</source>
        <translation>Add ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="112"/>
        <source>Modifica ISEE</source>
        <translation>Edit ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="113"/>
        <location filename="../../app/ui/household_page.py" line="462"/>
        <location filename="../../app/ui/household_page.py" line="468"/>
        <source>Elimina ISEE</source>
        <translation>Delete ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="114"/>
        <source>Attestazioni ISEE</source>
        <translation>ISEE certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Piano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Debito</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Residuo</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Prossima rata</source>
        <translation>Next installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="117"/>
        <source>Proposta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="121"/>
        <source>Nuovo &amp;piano di rientro…</source>
        <translation>New repayment &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="122"/>
        <source>Apri il pia&amp;no</source>
        <translation>Open the pla&amp;n</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="124"/>
        <source>Contributo &amp;riscaldamento…</source>
        <translation>Heating cont&amp;ribution…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="125"/>
        <source>Nuova domanda di contributo riscaldamento (azione L.1) per questo nucleo</source>
        <translation>New heating contribution application (action L.1) for this household</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="126"/>
        <location filename="../../app/ui/household_page.py" line="394"/>
        <source>Piani di rientro</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="128"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="128"/>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="128"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="128"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="129"/>
        <source>Tutte le visite del nucleo</source>
        <translation>All the household&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="130"/>
        <source>Storia del nucleo (visite, seguiti, appuntamenti, attività, piani di rientro)</source>
        <translation>Household history (visits, follow-ups, appointments, activities, repayment plans)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="134"/>
        <source>Storico intestatari</source>
        <translation>Holder history</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="212"/>
        <source>Nucleo %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="214"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="214"/>
        <source>riscaldamento autonomo</source>
        <translation>individual heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="217"/>
        <source>data non indicata</source>
        <translation>date not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="218"/>
        <source>dal %1, area %2</source>
        <translation>since %1, area %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="220"/>
        <source>dato mancante (non comunicato dall&apos;ente gestore)</source>
        <translation>missing (not reported by the housing manager)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="223"/>
        <source>%1 al %2</source>
        <translation>%1 as of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="225"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="226"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="235"/>
        <source>intestatario</source>
        <translation>holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="235"/>
        <source>componente</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="236"/>
        <source>CF da completare</source>
        <translation>tax code to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="256"/>
        <source>valida, è quella che conta oggi</source>
        <translation>valid, the one that applies today</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="258"/>
        <source>valida</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="258"/>
        <source>scaduta</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="273"/>
        <source>dal %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="278"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="311"/>
        <source>%1: da %2 a %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="317"/>
        <source>Nessun cambio di intestatario registrato.</source>
        <translation>No change of holder recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="336"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="337"/>
        <source>Registrare che %1 ha ricevuto oggi l&apos;informativa?</source>
        <translation>Record that %1 received the privacy notice today?</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="395"/>
        <source>Il nucleo ha già un piano %1 dal %2: aprirlo per firmarlo, rinegoziarlo o chiuderlo.</source>
        <translation>The household already has a plan (%1) from %2: open it to sign, renegotiate or close it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="406"/>
        <source>Visite del nucleo %1</source>
        <translation>Visits of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="426"/>
        <source>Cambio intestatario</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="426"/>
        <source>Aggiungere prima il nuovo intestatario come componente del nucleo.</source>
        <translation>First add the new holder as a member of the household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="438"/>
        <source>%1 non fa più parte del nucleo? La persona resta registrata.</source>
        <translation>Is %1 no longer part of the household? The person stays on record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="462"/>
        <source>Eliminare l&apos;attestazione selezionata? Usare solo per un inserimento sbagliato.</source>
        <translation>Delete the selected certificate? Only for one entered by mistake.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../app/ui/households_view.py" line="64"/>
        <source>Codice nucleo</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="65"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="66"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="67"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="68"/>
        <source>Quartiere</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="69"/>
        <source>Area SAP</source>
        <translation>SAP area</translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <location filename="../../app/ui/households_view.py" line="206"/>
        <source>Cerca per cognome, nome, codice fiscale, codice nucleo o indirizzo (Ctrl+F)</source>
        <translation>Search by surname, name, tax code, household code or address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="209"/>
        <source>Nuovo nucleo (Ctrl+Shift+N)</source>
        <translation>New household (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="210"/>
        <source>Importa anagrafe…</source>
        <translation>Import registry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="294"/>
        <source>Nessun nucleo trovato.</source>
        <translation>No household found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="294"/>
        <source>L&apos;anagrafe è vuota: importare l&apos;anagrafe dell&apos;ente gestore o creare un nucleo.</source>
        <translation>The registry is empty: import the housing manager&apos;s registry or create a household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="296"/>
        <source>Almeno %1 nuclei…</source>
        <translation>At least %1 households…</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="298"/>
        <source>Più di %1 nuclei: scrivere altro per restringere la ricerca.</source>
        <translation>More than %1 households: type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="300"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="300"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Importa anagrafe – %1</source>
        <translation>Import registry – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>Importa solo i nuclei senza errori e salta gli altri</source>
        <translation>Import only the households without errors and skip the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="122"/>
        <source>Il file contiene</source>
        <translation>The file contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="126"/>
        <source>e 1 persona.</source>
        <translation>and 1 person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="126"/>
        <source>e %n persone.</source>
        <translation>and %n people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="131"/>
        <source>1 riga non è valida (in rosso): correggerla nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>1 row is not valid (in red): correct it in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <source>%n righe non sono valide (in rosso): correggerle nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>%n rows are not valid (in red): correct them in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="136"/>
        <source>Nessun errore: si può importare.</source>
        <translation>No errors: ready to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>Importazione in corso…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="308"/>
        <source>Inquilino informato – %1</source>
        <translation>Tenant informed – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="312"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="313"/>
        <source>&amp;Come</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="314"/>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="315"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="315"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IseeDialog</name>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="221"/>
        <source>Nuova attestazione ISEE</source>
        <translation>New ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="221"/>
        <source>Modifica attestazione ISEE</source>
        <translation>Edit ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="232"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="233"/>
        <source>ordinario</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="233"/>
        <source>corrente</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="235"/>
        <source>Protocollo INPS</source>
        <translation>INPS reference no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="236"/>
        <source>Data di presentazione</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="237"/>
        <source>Valore ISEE (€)</source>
        <translation>ISEE value (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="239"/>
        <source>Validità</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="250"/>
        <source>si calcola dalla data di presentazione</source>
        <translation>calculated from the filing date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="253"/>
        <source>valida fino al %1</source>
        <translation>valid until %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="27"/>
        <source>protezione</source>
        <translation>protection</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <source>accesso</source>
        <translation>access</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>permanenza</source>
        <translation>continued tenancy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>decadenza</source>
        <translation>forfeiture</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32"/>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>femmina</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>maschio</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>non binario</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>corrente</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>ordinario</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>operatore</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>tenant manager</source>
        <translation>tenant manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>coordinatore</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>nessun orario</source>
        <translation>no opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90"/>
        <source>su richiesta</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91"/>
        <source>alla chiusura</source>
        <translation>at closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>prima di un ripristino</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>prima di un aggiornamento</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>%1 alle %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>es. 1.234,56</source>
        <translation>e.g. 1.234,56</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114"/>
        <location filename="../../app/ui/labels.py" line="264"/>
        <source>allo sportello</source>
        <translation>at the desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="115"/>
        <source>al telefono</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="116"/>
        <source>visita a domicilio</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117"/>
        <source>contatto sul territorio</source>
        <translation>outreach contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124"/>
        <source>fino a 17 anni</source>
        <translation>up to 17</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125"/>
        <source>18-29 anni</source>
        <translation>18-29</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126"/>
        <source>30-54 anni</source>
        <translation>30-54</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127"/>
        <source>55-64 anni</source>
        <translation>55-64</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="128"/>
        <source>65 anni e oltre</source>
        <translation>65 and over</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="134"/>
        <source>gg/mm/aaaa hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="139"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="140"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="141"/>
        <source>preferisce non rispondere</source>
        <translation>prefers not to say</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="148"/>
        <source>disoccupato/a</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="149"/>
        <source>disoccupato/a da più di 12 mesi</source>
        <translation>unemployed for more than 12 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="150"/>
        <source>inattivo/a (non cerca lavoro, studia, pensione...)</source>
        <translation>inactive (not looking for work, studying, retired...)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="151"/>
        <source>occupato/a (anche in proprio)</source>
        <translation>employed (including self-employed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="158"/>
        <source>fino alla licenza media (ISCED 0-2)</source>
        <translation>up to lower secondary school (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="159"/>
        <source>diploma o qualifica professionale (ISCED 3-4)</source>
        <translation>upper secondary or vocational qualification (ISCED 3-4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="160"/>
        <source>laurea o titolo superiore (ISCED 5-8)</source>
        <translation>degree or higher (ISCED 5-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="166"/>
        <source>non chiesto</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="171"/>
        <source>bozza (da firmare)</source>
        <translation>draft (to be signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="172"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="173"/>
        <source>sospeso</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="174"/>
        <source>concluso</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="175"/>
        <source>decaduto</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="176"/>
        <source>rinegoziato</source>
        <translation>renegotiated</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="177"/>
        <source>ritirato (mai firmato)</source>
        <translation>withdrawn (never signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="185"/>
        <source>riattivare (fine della sospensione)</source>
        <translation>reactivate (end of the suspension)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="187"/>
        <source>attivare (firmato)</source>
        <translation>activate (signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="188"/>
        <source>sospendere (es. morosità incolpevole)</source>
        <translation>suspend (e.g. arrears through no fault of the tenant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="189"/>
        <source>concludere (tutto pagato)</source>
        <translation>complete (everything paid)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="190"/>
        <source>dichiarare decaduto</source>
        <translation>declare lapsed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="191"/>
        <source>rinegoziare</source>
        <translation>renegotiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="192"/>
        <source>ritirare la bozza (non firmata)</source>
        <translation>withdraw the draft (not signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="199"/>
        <source>canone di locazione</source>
        <translation>rent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="200"/>
        <source>spese per servizi</source>
        <translation>service charges</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="201"/>
        <location filename="../../app/ui/labels.py" line="214"/>
        <location filename="../../app/ui/labels.py" line="257"/>
        <source>altro</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="208"/>
        <source>PagoPA</source>
        <translation>PagoPA</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="209"/>
        <source>bonifico</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="210"/>
        <source>addebito diretto</source>
        <translation>direct debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="211"/>
        <source>bollettino postale</source>
        <translation>postal payment slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="212"/>
        <location filename="../../app/ui/labels.py" line="255"/>
        <source>contanti</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="213"/>
        <source>da estratto conto</source>
        <translation>from the statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="233"/>
        <source>concluderlo?</source>
        <translation>complete it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="234"/>
        <source>decadenza?</source>
        <translation>lapse?</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="241"/>
        <source>in bozza</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="242"/>
        <source>ammessa</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="243"/>
        <source>respinta</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="244"/>
        <source>concessa</source>
        <translation>granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="245"/>
        <source>pagata</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="246"/>
        <source>annullata</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="253"/>
        <source>accredito sul conto SAP</source>
        <translation>credit on the SAP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="254"/>
        <source>bonifico bancario</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="256"/>
        <source>assegno</source>
        <translation>cheque</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="265"/>
        <source>per telefono</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="266"/>
        <source>per lettera</source>
        <translation>by letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="267"/>
        <source>con una visita a domicilio</source>
        <translation>with a home visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="268"/>
        <source>con un messaggio</source>
        <translation>with a message</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="280"/>
        <source>requisiti soddisfatti</source>
        <translation>requirements met</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="281"/>
        <source>un requisito non è soddisfatto</source>
        <translation>a requirement is not met</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="282"/>
        <source>un requisito è da verificare</source>
        <translation>a requirement must be verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="289"/>
        <source>per l&apos;intero programma</source>
        <translation>for the whole programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="290"/>
        <source>per ogni annualità</source>
        <translation>for each year</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="297"/>
        <source>morosità ammessa solo con un piano di rientro attivo</source>
        <translation>arrears accepted only with an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="298"/>
        <source>la morosità non conta</source>
        <translation>arrears do not count</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="305"/>
        <source>marca da bollo di 2,00 € applicata</source>
        <translation>2,00 € revenue stamp applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="306"/>
        <source>esente (con la norma indicata)</source>
        <translation>exempt (with the rule given)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="222"/>
        <source>1-30 giorni</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="221"/>
        <source>in tolleranza</source>
        <translation>within grace</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="223"/>
        <source>31-60 giorni</source>
        <translation>31-60 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="224"/>
        <source>61-90 giorni</source>
        <translation>61-90 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="225"/>
        <source>oltre 90 giorni</source>
        <translation>over 90 days</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>Portierato – accesso</source>
        <translation>Portierato – log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>&lt;b&gt;Portierato di Comunità&lt;/b&gt;&lt;br&gt;Postazione %1 – sportello %2</source>
        <translation>&lt;b&gt;Portierato di Comunità&lt;/b&gt;&lt;br&gt;Workstation %1 – desk %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="51"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="52"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54"/>
        <source>Accedi</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Portierato di Comunità – %1</source>
        <translation>Portierato di Comunità – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Giornata</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Visite</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Attività di gruppo</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Piani di rientro</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Contributi</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Dati da completare</source>
        <translation>Details to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Postazione %1 · sportello %2 · %3</source>
        <translation>Workstation %1 · desk %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;Anagrafe</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>&amp;Vai a</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>A&amp;iuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Anagrafe dell&apos;ente gestore</source>
        <translation>Housing manager&apos;s registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Fogli di calcolo (*.csv *.xlsx);;Tutti i file (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Copia di sicurezza</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Copia di sicurezza scritta: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Portierato</source>
        <translation>Portierato</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>Portierato di Comunità – Comune di Bergamo, progetto «Vivere SAP Bergamo».
Dati in: %1
Registro errori: %2</source>
        <translation>Portierato di Comunità – City of Bergamo, project “Vivere SAP Bergamo”.
Data in: %1
Error log: %2</translation>
    </message>
</context>
<context>
    <name>MaintenanceTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="266"/>
        <source>Il programma fa da solo una copia di sicurezza a ogni chiusura e prima di ogni aggiornamento, e conserva le ultime 10 più una al giorno per 30 giorni. Per portare i dati altrove salvare una copia su una chiavetta.</source>
        <translation>The program backs up by itself every time it closes and before every update, and keeps the last 10 plus one a day for 30 days. To take the data elsewhere, save a copy on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="273"/>
        <source>Copia di sicurezza adesso</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="274"/>
        <source>Salva una copia in…</source>
        <translation>Save a copy to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="275"/>
        <source>Ripristina da una copia…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="277"/>
        <source>Controlla il database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="282"/>
        <source>Copia del</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="282"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="282"/>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="282"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="300"/>
        <source>Nessuna copia ancora: la prima si farà alla chiusura del programma.</source>
        <translation>No backups yet: the first one will be made when the program closes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="303"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="309"/>
        <location filename="../../app/ui/settings_view.py" line="321"/>
        <source>Manutenzione</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="320"/>
        <source>Operazione non riuscita: %1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="330"/>
        <location filename="../../app/ui/settings_view.py" line="342"/>
        <source>Copia scritta in %1</source>
        <translation>Copy written to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="332"/>
        <location filename="../../app/ui/settings_view.py" line="340"/>
        <source>Copia in corso…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="335"/>
        <source>Salva una copia del database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="335"/>
        <location filename="../../app/ui/settings_view.py" line="348"/>
        <source>Database Portierato (*.sqlite3)</source>
        <translation>Portierato database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="335"/>
        <source>portierato-copia.sqlite3</source>
        <translation>portierato-copy.sqlite3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="348"/>
        <source>Scegliere la copia da ripristinare</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="353"/>
        <location filename="../../app/ui/settings_view.py" line="357"/>
        <location filename="../../app/ui/settings_view.py" line="369"/>
        <location filename="../../app/ui/settings_view.py" line="371"/>
        <source>Ripristino</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="359"/>
        <source>I dati attuali saranno sostituiti da quelli della copia scelta. Prima viene conservata una copia dei dati attuali. Il programma poi si riavvia. Procedere?</source>
        <translation>The current data will be replaced by the data in the chosen backup. A copy of the current data is kept first. Then the program restarts. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="371"/>
        <source>Dati ripristinati. Il programma si riavvia.</source>
        <translation>Data restored. The program will now restart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="376"/>
        <source>Controllo in corso…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126"/>
        <source>Nuovo sportello</source>
        <translation>New desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126"/>
        <source>Modifica sportello</source>
        <translation>Edit desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="129"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="129"/>
        <source>es. MON</source>
        <translation>e.g. MON</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="131"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="132"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="135"/>
        <source>un orario per riga, es.
mercoledì 9:00-12:00</source>
        <translation>one opening time per line, with the Italian day, e.g.
mercoledì 9:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="137"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="138"/>
        <source>sportello in funzione</source>
        <translation>desk in operation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="140"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="220"/>
        <source>Nuovo sportello…</source>
        <translation>New desk…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="221"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="240"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="240"/>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="55"/>
        <source>Nuovo operatore</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="55"/>
        <source>Modifica operatore</source>
        <translation>Edit operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="58"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="58"/>
        <source>es. f.soli</source>
        <translation>e.g. f.soli</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="60"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="63"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="69"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="72"/>
        <source>può accedere al programma</source>
        <translation>can log in to the program</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="76"/>
        <source>Password iniziale</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="77"/>
        <source>Ripetere la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="91"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="162"/>
        <source>Aggiungi operatore…</source>
        <translation>Add operator…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="163"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="164"/>
        <source>Reimposta password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="172"/>
        <source>Solo i coordinatori possono modificare gli operatori.</source>
        <translation>Only coordinators can change operators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="186"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="186"/>
        <source>disattivato</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="209"/>
        <source>Nuova password per %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="211"/>
        <source>Password reimpostata. Comunicarla di persona all&apos;operatore.</source>
        <translation>Password reset. Give it to the operator in person.</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="38"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="39"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="40"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="41"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="42"/>
        <location filename="../../app/ui/outreach_view.py" line="108"/>
        <source>Perché</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="43"/>
        <location filename="../../app/ui/outreach_view.py" line="109"/>
        <source>Da verificare</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="44"/>
        <location filename="../../app/ui/outreach_view.py" line="110"/>
        <source>Informato</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="61"/>
        <source>Segna informa&amp;to…</source>
        <translation>Mark as informed (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="66"/>
        <source>&amp;Programma</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="84"/>
        <source>1 nucleo sembra avere i requisiti e non ha fatto domanda</source>
        <translation>1 household seems eligible and has not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="84"/>
        <source>%n nuclei sembrano avere i requisiti e non hanno fatto domanda</source>
        <translation>%n households seem eligible and have not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="86"/>
        <source>Nessun nucleo da informare per questo programma.</source>
        <translation>No household to inform for this programme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="95"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="109"/>
        <source>niente</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/outreach_view.py" line="110"/>
        <source>non ancora</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="23"/>
        <source>Dati per il finanziatore – %1</source>
        <translation>Funder data – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="29"/>
        <source>Domande chieste una volta sola per il programma europeo che finanzia il progetto; i dati servono solo per conteggi anonimi. Ogni voce si può lasciare «non chiesto» e completare più avanti.</source>
        <translation>Questions asked only once, for the European programme that funds the project; the answers are used only for anonymous counts. Any item can be left as “not asked” and completed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="37"/>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="38"/>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="41"/>
        <source>Cittadinanza di un paese extra UE</source>
        <translation>Citizen of a non-EU country</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="42"/>
        <source>Origine straniera</source>
        <translation>Foreign background</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="43"/>
        <source>Appartenenza a una minoranza (es. comunità rom)</source>
        <translation>Member of a minority (e.g. Roma community)</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="44"/>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="45"/>
        <source>Senza dimora o esclusione abitativa</source>
        <translation>Homeless or excluded from housing</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="46"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/participant_dialog.py" line="46"/>
        <source>Più tardi</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="106"/>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="107"/>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="108"/>
        <source>Ripetere la nuova password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="114"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="249"/>
        <source>Pagamento – piano del nucleo %1</source>
        <translation>Payment – plan of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="254"/>
        <source>Resta da pagare: %1. Il pagamento salda prima le rate più vecchie.</source>
        <translation>Still to pay: %1. A payment settles the oldest installments first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="255"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="258"/>
        <source>Importo (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="260"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="263"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="263"/>
        <source>es. numero della ricevuta PagoPA o CRO del bonifico</source>
        <translation>e.g. PagoPA receipt number or bank transfer reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="265"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="256"/>
        <source>Pagamento del contributo – nucleo %1</source>
        <translation>Payment of the contribution – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="261"/>
        <source>Importo concesso: %1. Registrare il pagamento emette la ricevuta numerata.</source>
        <translation>Granted amount: %1. Recording the payment issues the numbered receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="263"/>
        <source>&amp;Data del pagamento</source>
        <translation>Payment &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="265"/>
        <source>&amp;Modalità</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="267"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="270"/>
        <source>&amp;Registra e stampa la ricevuta</source>
        <translation>&amp;Record and print the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="270"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="278"/>
        <source>IT.. .... (27 caratteri)</source>
        <translation>IT.. .... (27 characters)</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="30"/>
        <source>Importa pagamenti – %1</source>
        <translation>Import payments – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Riga</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="36"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="30"/>
        <source>Importa solo le righe senza errori e salta le altre</source>
        <translation>Import only the lines without errors and skip the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="59"/>
        <source>da importare</source>
        <translation>to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="60"/>
        <source>già importato: saltato</source>
        <translation>already imported: skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="69"/>
        <source>1 pagamento da importare</source>
        <translation>1 payment to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="69"/>
        <source>%n pagamenti da importare</source>
        <translation>%n payments to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="70"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="72"/>
        <source>1 già importato</source>
        <translation>1 already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="72"/>
        <source>%n già importati</source>
        <translation>%n already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="76"/>
        <source>1 riga non è valida: correggerla nel file e riaprirlo, oppure importare solo le righe senza errori.</source>
        <translation>1 line is not valid: correct it in the file and open it again, or import only the lines without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="77"/>
        <source>%n righe non sono valide: correggerle nel file e riaprirlo, oppure importare solo le righe senza errori.</source>
        <translation>%n lines are not valid: correct them in the file and open it again, or import only the lines without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="81"/>
        <source>Nessun errore.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_import_dialog.py" line="97"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <location filename="../../app/ui/visits_view.py" line="176"/>
        <source>Visite di una persona</source>
        <translation>One person&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="179"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="192"/>
        <source>Nuovo componente</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="192"/>
        <source>Modifica persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="198"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="38"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="39"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="43"/>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="44"/>
        <source>vuoto se non disponibile: «CF da completare»</source>
        <translation>leave empty if not available: “tax code to complete”</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="49"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="50"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="51"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="52"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="55"/>
        <source>Lingua preferita</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="56"/>
        <source>per la mediazione, es. arabo</source>
        <translation>for interpreting, e.g. Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="64"/>
        <source>Senza codice fiscale la persona resta nell&apos;elenco «Dati da completare».</source>
        <translation>Without a tax code the person stays in the “Details to complete” list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="69"/>
        <source>Codice non valido: controllare i caratteri.</source>
        <translation>Invalid code: check the characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry_dialogs.py" line="72"/>
        <source>Codice valido: nata/o il %1</source>
        <translation>Valid code: born on %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../app/ui/person_picker.py" line="43"/>
        <source>Nessuna persona trovata.</source>
        <translation>No one found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_picker.py" line="45"/>
        <source>Cognome, nome, codice fiscale, codice nucleo o indirizzo</source>
        <translation>Surname, name, tax code, household code or address</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_picker.py" line="49"/>
        <location filename="../../app/ui/person_picker.py" line="98"/>
        <source>Nessuna persona scelta.</source>
        <translation>No person chosen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_picker.py" line="89"/>
        <source>CF da completare</source>
        <translation>tax code to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_picker.py" line="101"/>
        <source>nucleo %1, %2</source>
        <translation>household %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_picker.py" line="103"/>
        <source>senza nucleo</source>
        <translation>no household</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="48"/>
        <source>Rinegozia il piano di rientro – %1</source>
        <translation>Renegotiate the repayment plan – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="48"/>
        <source>Nuovo piano di rientro – %1</source>
        <translation>New repayment plan – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="54"/>
        <source>Debito</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="54"/>
        <location filename="../../app/ui/plan_dialogs.py" line="85"/>
        <source>Rate</source>
        <translation>Installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="59"/>
        <source>Per ogni voce l&apos;importo e il periodo come sull&apos;estratto dell&apos;ente gestore; una voce senza importo non entra nel piano.</source>
        <translation>For each item the amount and period as on the landlord&apos;s statement; an item without an amount is left out of the plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="66"/>
        <source>periodo</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="66"/>
        <source>es. gen-giu 2026</source>
        <translation>e.g. Jan-Jun 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="70"/>
        <source>Residuo del piano del %1: %2</source>
        <translation>Outstanding on the plan of %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="76"/>
        <source>Data della decisione</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="77"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="77"/>
        <source>es. nuova situazione di reddito</source>
        <translation>e.g. new income situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="78"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="80"/>
        <source>Giorno di scadenza</source>
        <translation>Due day</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="80"/>
        <source>1-31</source>
        <translation>1-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="81"/>
        <source>29, 30 o 31: nei mesi più corti l&apos;ultimo giorno del mese</source>
        <translation>29, 30 or 31: the last day of shorter months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="86"/>
        <source>numero di rate</source>
        <translation>number of installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="86"/>
        <source>importo della rata</source>
        <translation>installment amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="89"/>
        <source>Quante / quanto</source>
        <translation>How many / how much</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="90"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="92"/>
        <source>Anteprima del piano</source>
        <translation>Preview of the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="98"/>
        <source>Rata</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="98"/>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="98"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="104"/>
        <source>Salva il piano (in bozza)</source>
        <translation>Save the plan (as a draft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="104"/>
        <source>Rinegozia</source>
        <translation>Renegotiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="104"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="147"/>
        <source>Scrivere un giorno da 1 a 31.</source>
        <translation>Write a day from 1 to 31.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="154"/>
        <source>Scrivere il numero di rate, per esempio 12.</source>
        <translation>Write the number of installments, e.g. 12.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="202"/>
        <source>Scrivere almeno un importo di debito per vedere le rate.</source>
        <translation>Write at least one debt amount to see the installments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="204"/>
        <source>Da completare: %1</source>
        <translation>To complete: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="216"/>
        <source>%1 in %2 rate, dal %3 al %4.</source>
        <translation>%1 in %2 installments, from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="222"/>
        <source>Attenzione: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <location filename="../../app/ui/plan_printing.py" line="44"/>
        <source>Accordo del piano di rientro – nucleo %1</source>
        <translation>Repayment plan agreement – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_printing.py" line="54"/>
        <source>Sollecito – nucleo %1</source>
        <translation>Reminder – household %1</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../app/ui/plan_window.py" line="69"/>
        <source>Situazione a&amp;l</source>
        <translation>Situation &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="80"/>
        <source>Situazione</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="84"/>
        <source>Debito del piano</source>
        <translation>Debt of the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="84"/>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <source>Pagato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="84"/>
        <source>Resta da pagare</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="84"/>
        <source>Scaduto e non pagato</source>
        <translation>Overdue and unpaid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="84"/>
        <source>Prossima rata</source>
        <translation>Next installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="88"/>
        <source>Giorni di ritardo</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="89"/>
        <source>Giorni di morosità</source>
        <translation>Days in arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="90"/>
        <source>Fascia di anzianità</source>
        <translation>Aging bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="91"/>
        <source>Rate mancate</source>
        <translation>Missed installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="92"/>
        <source>Piano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <source>Rata</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <location filename="../../app/ui/plan_window.py" line="113"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <source>Da pagare</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="105"/>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <location filename="../../app/ui/plan_window.py" line="112"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <source>Registrato da</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="108"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="112"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="112"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="112"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="113"/>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="113"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="115"/>
        <source>&amp;Rate</source>
        <translation>&amp;Installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="116"/>
        <source>Pa&amp;gamenti</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="117"/>
        <source>&amp;Decisioni</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="118"/>
        <source>&amp;Voci di debito</source>
        <translation>Debt i&amp;tems</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="120"/>
        <source>Registra &amp;pagamento…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="121"/>
        <source>&amp;Storna pagamento…</source>
        <translation>&amp;Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="122"/>
        <source>Decisi&amp;one…</source>
        <translation>Decisi&amp;on…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="123"/>
        <source>Ri&amp;negozia…</source>
        <translation>Re&amp;negotiate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="124"/>
        <source>Stampa &amp;accordo…</source>
        <translation>Print &amp;agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="125"/>
        <source>Stampa so&amp;llecito…</source>
        <translation>Print re&amp;minder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="128"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="176"/>
        <source>Piano di rientro – nucleo %1</source>
        <translation>Repayment plan – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="178"/>
        <source>Nucleo %1 – %2</source>
        <translation>Household %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="178"/>
        <source>intestatario non indicato</source>
        <translation>holder not recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="180"/>
        <source>Stato: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="183"/>
        <source>Decide una persona: «Decisione…».</source>
        <translation>A person decides: &quot;Decision…&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="183"/>
        <source>Decide il tenant manager.</source>
        <translation>The tenant manager decides.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="185"/>
        <source>Proposta: %1. %2 %3</source>
        <translation>Proposal: %1. %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="200"/>
        <source>%1 (dalla rata non pagata più vecchia)</source>
        <translation>%1 (since the oldest unpaid installment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="202"/>
        <source>%1 (oltre i %2 giorni di tolleranza, sospensioni escluse)</source>
        <translation>%1 (beyond the %2 grace days, suspensions left out)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="206"/>
        <source>dal %1, rate il giorno %2</source>
        <translation>from %1, installments on day %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="207"/>
        <source>non firmato</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="209"/>
        <source>solleciti: %1</source>
        <translation>reminders: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="213"/>
        <source>Apri il piano &amp;successivo</source>
        <translation>Open the &amp;next plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="213"/>
        <source>Apri il piano &amp;precedente</source>
        <translation>Open the &amp;previous plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="243"/>
        <source>stornato il %1 da %2: %3</source>
        <translation>reversed on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="195"/>
        <source>%1 (%2 rate)</source>
        <translation>%1 (%2 installments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="195"/>
        <source>nulla</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="198"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="207"/>
        <source>firmato il %1</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="242"/>
        <source>importato</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="248"/>
        <source>valido</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="264"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="286"/>
        <source>pagata il %1</source>
        <translation>paid on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="288"/>
        <source>scaduta</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="289"/>
        <source>da pagare</source>
        <translation>to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="315"/>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="315"/>
        <source>Scegliere nella scheda Pagamenti il pagamento da stornare.</source>
        <translation>Choose the payment to reverse in the Payments tab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="317"/>
        <source>del %1 di %2</source>
        <translation>of %1 for %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="336"/>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_window.py" line="336"/>
        <source>Stampare adesso l&apos;accordo da far firmare?</source>
        <translation>Print the agreement to sign now?</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../app/ui/plans_view.py" line="55"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="59"/>
        <source>da seguire (bozze, attivi, sospesi)</source>
        <translation>to follow (drafts, active, suspended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="60"/>
        <source>tutti gli stati</source>
        <translation>all states</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="64"/>
        <source>tutte le fasce</source>
        <translation>all buckets</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="72"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="73"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="74"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="75"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="76"/>
        <source>Pagato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="77"/>
        <source>Residuo</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="78"/>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="79"/>
        <source>Rate
scadute</source>
        <translation>Installments
overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="80"/>
        <source>Giorni di
ritardo</source>
        <translation>Days
late</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="81"/>
        <source>Giorni di
morosità</source>
        <translation>Days in
arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="82"/>
        <source>Fascia</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="83"/>
        <source>Prossima
rata</source>
        <translation>Next
installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="84"/>
        <source>Proposta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="94"/>
        <source>Giorni dalla scadenza della rata non pagata più vecchia</source>
        <translation>Days since the due date of the oldest unpaid installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="96"/>
        <source>Giorni dopo la tolleranza, senza i giorni di sospensione: decidono fascia e rate mancate</source>
        <translation>Days after the grace period, without the days of suspension: they decide the bucket and the missed installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="99"/>
        <source>Apri il &amp;piano</source>
        <translation>Open the &amp;plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="100"/>
        <source>Apri il &amp;nucleo</source>
        <translation>Open the &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="101"/>
        <source>Stampa so&amp;llecito…</source>
        <translation>Print re&amp;minder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="102"/>
        <source>&amp;Importa pagamenti…</source>
        <translation>&amp;Import payments…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="104"/>
        <source>Esporta &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="105"/>
        <source>Esporta &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="112"/>
        <source>Situazione a&amp;l</source>
        <translation>Situation &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="113"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="114"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tate</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="115"/>
        <source>&amp;Fascia</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="172"/>
        <source>1 piano</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="172"/>
        <source>%n piani</source>
        <translation>%n plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="174"/>
        <source>in corso: residuo %1, scaduto %2</source>
        <translation>running: outstanding %1, overdue %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="177"/>
        <source>Nessun piano con questi filtri. Un nuovo piano si crea dalla pagina del nucleo.</source>
        <translation>No plan with these filters. A new plan is created from the household page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="195"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="240"/>
        <source>Importa i pagamenti dall&apos;estratto dell&apos;ente gestore</source>
        <translation>Import the payments from the landlord&apos;s statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="240"/>
        <source>Fogli (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="252"/>
        <source>Esporta i piani di rientro</source>
        <translation>Export the repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="260"/>
        <location filename="../../app/ui/plans_view.py" line="262"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="260"/>
        <source>1 piano esportato in %1</source>
        <translation>1 plan exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="260"/>
        <source>%n piani esportati in %1</source>
        <translation>%n plans exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_view.py" line="262"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="393"/>
        <source>Cambia la mia password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="398"/>
        <source>La lingua cambia al prossimo avvio.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="400"/>
        <source>Utente: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="403"/>
        <source>Lingua dell&apos;interfaccia</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="411"/>
        <source>Cambia la mia password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="413"/>
        <source>Password cambiata.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../app/ui/privacy.py" line="38"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="374"/>
        <source>&amp;Modifica le condizioni…</source>
        <translation>&amp;Modify the terms…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="376"/>
        <source>Solo un coordinatore può modificare le condizioni.</source>
        <translation>Only a coordinator can modify the terms.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="382"/>
        <source>&amp;Programma</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="397"/>
        <source>In vigore dal %1 (condizioni attuali)</source>
        <translation>In force from %1 (current terms)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="397"/>
        <source>Dal %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="400"/>
        <source>Annualità</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="401"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="402"/>
        <source>Tetto per nucleo</source>
        <translation>Cap per household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="403"/>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="403"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="404"/>
        <source>Mesi dall&apos;assegnazione</source>
        <translation>Months since assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="405"/>
        <source>Aree SAP</source>
        <translation>SAP areas</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="406"/>
        <source>Riscaldamento centralizzato</source>
        <translation>Centralised heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="406"/>
        <source>richiesto</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="406"/>
        <source>non richiesto</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="407"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="408"/>
        <source>Già erogato prima</source>
        <translation>Paid out before</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="408"/>
        <source>%1 a %2 nuclei</source>
        <translation>%1 to %2 households</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="409"/>
        <source>Bollo</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="410"/>
        <source>Finanziamento</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="411"/>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="412"/>
        <source>Atto</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="413"/>
        <source>Registrate da</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="148"/>
        <source>Protocollo della domanda – nucleo %1</source>
        <translation>Protocol of the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="151"/>
        <source>&amp;Numero di protocollo</source>
        <translation>Protocol &amp;number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="153"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="154"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="154"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/bootstrap.py" line="175"/>
        <source>Portierato – dati non utilizzabili</source>
        <translation>Portierato – data unusable</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="178"/>
        <source>Ripristina l&apos;ultima copia</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="179"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="204"/>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="206"/>
        <source>Si è verificato un errore imprevisto: l&apos;operazione non è stata completata, ma quello che era stato scritto nelle finestre aperte è ancora lì. I dettagli sono nel registro:
%1</source>
        <translation>An unexpected error occurred: the operation was not completed, but what had been typed in the open windows is still there. The details are in the log:
%1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="295"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/contribution_dialogs.py" line="296"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../app/ui/receipt_printing.py" line="30"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_printing.py" line="33"/>
        <source>Ricevuta %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_printing.py" line="46"/>
        <source>Domanda di contributo – nucleo %1</source>
        <translation>Contribution application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_printing.py" line="57"/>
        <source>Registro delle ricevute %1/%2</source>
        <translation>Receipts register %1/%2</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Beneficiario</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="218"/>
        <source>Copie</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="227"/>
        <source>Ann&amp;ulla ricevuta…</source>
        <translation>Cancel receipt (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="229"/>
        <source>Registro &amp;PDF…</source>
        <translation>Register &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="226"/>
        <source>Anteprima/S&amp;tampa…</source>
        <translation>Preview/Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="230"/>
        <source>Esporta E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="236"/>
        <source>Se&amp;rie</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="282"/>
        <source>1 ricevuta</source>
        <translation>1 receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="282"/>
        <source>%n ricevute</source>
        <translation>%n receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="284"/>
        <source>valide: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="286"/>
        <source>Nessuna ricevuta in questa serie: le ricevute nascono quando si registra il pagamento di un contributo.</source>
        <translation>No receipt in this series: receipts are issued when the payment of a contribution is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="292"/>
        <source>annullata il %1: %2</source>
        <translation>cancelled on %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="294"/>
        <source>valida</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="326"/>
        <source>Annulla la ricevuta %1</source>
        <translation>Cancel receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="327"/>
        <source>La ricevuta resta nel registro con il suo numero e stampa ANNULLATA; il pagamento è annullato e l&apos;importo torna nel budget.</source>
        <translation>The receipt stays in the register with its number and prints ANNULLATA; the payment is cancelled and the amount returns to the budget.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="329"/>
        <source>&amp;Annulla la ricevuta</source>
        <translation>&amp;Cancel the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="349"/>
        <source>Esporta il registro delle ricevute</source>
        <translation>Export the receipts register</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="357"/>
        <location filename="../../app/ui/contributions_view.py" line="359"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="357"/>
        <source>1 ricevuta esportata in %1</source>
        <translation>1 receipt exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="357"/>
        <source>%n ricevute esportate in %1</source>
        <translation>%n receipts exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions_view.py" line="359"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="286"/>
        <source>Storna un pagamento</source>
        <translation>Reverse a payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="290"/>
        <source>Il pagamento %1 resta nell&apos;elenco come stornato e non conta più nel piano.</source>
        <translation>The payment %1 stays in the list as reversed and no longer counts in the plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="292"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="292"/>
        <source>es. registrato due volte</source>
        <translation>e.g. recorded twice</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="293"/>
        <source>Storna</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialogs.py" line="293"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="428"/>
        <source>Operatori</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="429"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="430"/>
        <source>Elenchi</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="431"/>
        <source>Impostazioni dello sportello</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="432"/>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="433"/>
        <source>Il mio profilo</source>
        <translation>My profile</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="45"/>
        <source>Condizioni del programma – %1</source>
        <translation>Programme terms – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="51"/>
        <source>Le nuove condizioni valgono dalla data indicata; le domande già decise restano con le condizioni di allora.</source>
        <translation>The new terms apply from the date given; applications already decided keep the terms of their time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="53"/>
        <source>Requisiti e importi</source>
        <translation>Requirements and amounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="54"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="54"/>
        <source>Altri requisiti e spesa già fatta</source>
        <translation>Other requirements and past spending</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="55"/>
        <source>No&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="56"/>
        <source>In &amp;vigore dal</source>
        <translation>In force from (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="57"/>
        <source>&amp;Annualità</source>
        <translation>Programme &amp;year</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="57"/>
        <source>es. 2025, 2026</source>
        <translation>e.g. 2025, 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="58"/>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="59"/>
        <source>&amp;Tetto per nucleo (€)</source>
        <translation>Household &amp;cap (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="77"/>
        <source>Bo&amp;llo oltre 77,47 €</source>
        <translation>Stamp duty over 77,47 € (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="64"/>
        <source>IS&amp;EE massimo (€)</source>
        <translation>Maximum IS&amp;EE (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="66"/>
        <source>Mesi dall&apos;asse&amp;gnazione</source>
        <translation>Months since assi&amp;gnment</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="68"/>
        <source>Aree SA&amp;P ammesse</source>
        <translation>Accepted SA&amp;P areas</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="69"/>
        <source>centralizzato ric&amp;hiesto</source>
        <translation>centralised required (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="72"/>
        <source>M&amp;orosità</source>
        <translation>Arrears (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="74"/>
        <source>Già e&amp;rogato prima (€)</source>
        <translation>Already paid out (&amp;R) (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="75"/>
        <source>&amp;Nuclei già beneficiari</source>
        <translation>&amp;Households already paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="79"/>
        <source>Norma di esen&amp;zione</source>
        <translation>Exemption rule (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="83"/>
        <source>&amp;Dichiarazione di finanziamento</source>
        <translation>Funding statement (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="63"/>
        <source>ISEE m&amp;inimo (€)</source>
        <translation>M&amp;inimum ISEE (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="61"/>
        <source>Tetto &amp;calcolato</source>
        <translation>Cap computed (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="69"/>
        <source>Riscaldamento</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="80"/>
        <source>C&amp;UP</source>
        <translation>C&amp;UP</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="82"/>
        <source>Righe stampate sulla ricevuta</source>
        <translation>Lines printed on the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="85"/>
        <source>es. determina n. 123 del 15/01/2025</source>
        <translation>e.g. determina no. 123 of 15/01/2025</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="85"/>
        <source>Atto di ri&amp;ferimento</source>
        <translation>Re&amp;ference act</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="88"/>
        <source>&amp;Salva le condizioni</source>
        <translation>&amp;Save the terms</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme_dialog.py" line="88"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ToCompleteView</name>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="33"/>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="33"/>
        <source>Nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="33"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="35"/>
        <source>Completa i dati (Invio)</source>
        <translation>Complete the details (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="36"/>
        <source>Apri il nucleo</source>
        <translation>Open the household</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="61"/>
        <source>1 persona senza codice fiscale: completarla appena possibile.</source>
        <translation>1 person without a tax code: please complete as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="62"/>
        <source>%n persone senza codice fiscale: completarle appena possibile.</source>
        <translation>%n people without a tax code: please complete them as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/to_complete_view.py" line="66"/>
        <source>Nessun dato da completare: tutte le persone hanno il codice fiscale.</source>
        <translation>Nothing to complete: everyone has a tax code.</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="145"/>
        <source>Nuova visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="145"/>
        <source>Modifica visita</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="154"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="154"/>
        <source>Dopo la visita</source>
        <translation>After the visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="156"/>
        <source>Nessuna persona trovata: Alt+P per aggiungerla, Alt+A per un contatto anonimo.</source>
        <translation>No one found: Alt+P to add them, Alt+A for an anonymous contact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="162"/>
        <source>Stampa informativa</source>
        <translation>Print privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="163"/>
        <source>Informativa consegnata oggi</source>
        <translation>Notice given today</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="169"/>
        <source>Come l&apos;&amp;ultima volta</source>
        <translation>Re&amp;use last visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="170"/>
        <source>Nuova &amp;persona</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="171"/>
        <source>Contatto &amp;anonimo</source>
        <translation>&amp;Anonymous contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="178"/>
        <source>Nuova persona (senza codice fiscale: «CF da completare»)</source>
        <translation>New person (without a tax code: “tax code to complete”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="180"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="181"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="182"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="183"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="186"/>
        <source>Contatto anonimo</source>
        <translation>Anonymous contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="190"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="191"/>
        <location filename="../../app/ui/visit_entry.py" line="197"/>
        <source>scegliere…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="196"/>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="203"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="207"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="213"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="215"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="220"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="222"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="227"/>
        <source>Durata (minuti)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="230"/>
        <source>Mediazione linguistica</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="230"/>
        <source>lingua, se c&apos;è stata mediazione</source>
        <translation>language, if there was interpreting</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="232"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="238"/>
        <source>Inviato a</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="240"/>
        <source>nessun invio</source>
        <translation>no referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="242"/>
        <source>ente partner: %1</source>
        <translation>partner organisation: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="248"/>
        <source>Esito dell&apos;invio</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="248"/>
        <source>si può scrivere più avanti</source>
        <translation>can be filled in later</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="250"/>
        <source>Da riprendere</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="250"/>
        <source>sì, con scadenza</source>
        <translation>yes, with a due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="253"/>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="256"/>
        <source>Chi se ne occupa</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="259"/>
        <source>Cosa fare</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="259"/>
        <source>es. richiamare per l&apos;esito della domanda</source>
        <translation>e.g. call back about the outcome of the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="261"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="261"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="323"/>
        <source>⚠ Informativa privacy non ancora consegnata a questa persona.</source>
        <translation>⚠ Privacy notice not yet given to this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="325"/>
        <source>Informativa privacy consegnata il %1.</source>
        <translation>Privacy notice given on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="351"/>
        <source>Nessuna visita precedente per questa persona.</source>
        <translation>No previous visit for this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="385"/>
        <source>Fuori dall&apos;orario di apertura dello sportello (si può registrare lo stesso).</source>
        <translation>Outside the desk&apos;s opening hours (it can be recorded all the same).</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="432"/>
        <source>Visita annullata il %1 da %2: %3</source>
        <translation>Visit cancelled on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="443"/>
        <source>Annulla la visita…</source>
        <translation>Cancel the visit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="446"/>
        <location filename="../../app/ui/visit_entry.py" line="465"/>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="451"/>
        <source>Annulla la visita</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="451"/>
        <source>Motivo dell&apos;annullamento:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="465"/>
        <source>Eliminare la visita registrata per errore?</source>
        <translation>Delete this visit, recorded by mistake?</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="496"/>
        <source>Scrivere i minuti come numero, per esempio 20.</source>
        <translation>Write the minutes as a number, for example 20.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="509"/>
        <source>Scegliere la persona (cercarla e premere Invio), oppure Alt+P per una persona nuova o Alt+A per un contatto anonimo.</source>
        <translation>Choose the person (search for them and press Enter), or Alt+P for a new person or Alt+A for an anonymous contact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="541"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_entry.py" line="542"/>
        <source>Questa persona non ha ancora ricevuto l&apos;informativa privacy. Registrare che la riceve oggi?</source>
        <translation>This person has not yet received the privacy notice. Record that they receive it today?</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../app/ui/visits_view.py" line="64"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="65"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="66"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="67"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="68"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="69"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="70"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="71"/>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="72"/>
        <source>Da riprendere</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="101"/>
        <source>Visita annullata</source>
        <translation>Visit cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="107"/>
        <source>(annullata)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="115"/>
        <source>anonimo</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/visits_view.py" line="205"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="210"/>
        <source>tutti gli operatori</source>
        <translation>all operators</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="214"/>
        <source>tutti gli argomenti</source>
        <translation>all topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="218"/>
        <source>tutti i canali</source>
        <translation>all channels</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="221"/>
        <source>solo con un seguito aperto</source>
        <translation>only with an open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="224"/>
        <source>Tutte le persone</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="226"/>
        <source>Solo una persona…</source>
        <translation>One person only…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="232"/>
        <source>Esporta CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="233"/>
        <source>Esporta Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="253"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="256"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="313"/>
        <source>Visite di %1</source>
        <translation>Visits for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="343"/>
        <source>Conteggio…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="348"/>
        <source>1 visita</source>
        <translation>1 visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="348"/>
        <source>%n visite</source>
        <translation>%n visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="363"/>
        <source>Esporta le visite</source>
        <translation>Export the visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="373"/>
        <location filename="../../app/ui/visits_view.py" line="375"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="373"/>
        <source>1 visita esportata in %1</source>
        <translation>1 visit exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="373"/>
        <source>%n visite esportate in %1</source>
        <translation>%n visits exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits_view.py" line="375"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
</TS>
