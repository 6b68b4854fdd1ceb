<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../app/demo/seeder.py" line="77"/>
        <source>Il numero di nuclei della demo deve essere tra 1 e {limit}.</source>
        <translation>The number of demo households must be between 1 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/demo/seeder.py" line="80"/>
        <source>Il database contiene già dei nuclei: la demo si crea solo su un database vuoto.</source>
        <translation>The database already holds households: the demo is created only on an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/demo/seeder.py" line="85"/>
        <source>Il database ha già degli utenti ({usernames}): la demo si crea solo su un database nuovo, mai sui dati di uno sportello.</source>
        <translation>The database already has users ({usernames}): the demo is only created on a new database, never on a desk&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="156"/>
        <location filename="../../app/services/catalogues.py" line="183"/>
        <location filename="../../app/services/catalogues.py" line="207"/>
        <location filename="../../app/services/catalogues.py" line="217"/>
        <location filename="../../app/services/catalogues.py" line="234"/>
        <source>modificare gli elenchi</source>
        <translation>change the lists</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="224"/>
        <source>«{name}» è già stato usato: non si può eliminare. Ritirarlo, così resta nei dati registrati e non viene più proposto.</source>
        <translation>«{name}» has already been used: it cannot be deleted. Retire it: it stays in the recorded data and is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="258"/>
        <source>Voce dell&apos;elenco non trovata.</source>
        <translation>List item not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="270"/>
        <location filename="../../app/services/offices.py" line="109"/>
        <source>Nome: campo obbligatorio.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="272"/>
        <source>Nome: al massimo {maximum} caratteri (ora {count}).</source>
        <translation>Name: at most {maximum} characters (now {count}).</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="281"/>
        <source>Tipo di organizzazione: al massimo {maximum} caratteri.</source>
        <translation>Kind of organisation: at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="283"/>
        <source>Contatto: al massimo {maximum} caratteri.</source>
        <translation>Contact: at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalogues.py" line="295"/>
        <source>Nome: «{name}» è già nell&apos;elenco (anche se ritirato: in quel caso riattivarlo).</source>
        <translation>Name: «{name}» is already in the list (perhaps retired: if so, reactivate it).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="276"/>
        <source>Data della domanda</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="277"/>
        <location filename="../../app/services/contributions/applications.py" line="392"/>
        <source>Data di protocollo</source>
        <translation>Protocol date</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="281"/>
        <source>Annualità: scrivere l&apos;anno, per esempio 2026.</source>
        <translation>Programme year: type the year, for example 2026.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="285"/>
        <source>Data della domanda: non può essere dopo oggi ({today}).</source>
        <translation>Application date: it cannot be after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="293"/>
        <source>Il programma «{name}» non si gestisce allo sportello: serve solo a informare gli inquilini.</source>
        <translation>The programme «{name}» is not handled at the desk: it only serves to inform the tenants.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="299"/>
        <source>Annualità: il {year} non è un&apos;annualità del programma ({years}).</source>
        <translation>Programme year: {year} is not a year of the programme ({years}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="308"/>
        <source>Il nucleo {code} ha già una domanda per l&apos;annualità {year} (presentata il {applied_on}, {state}).</source>
        <translation>Household {code} already has an application for the year {year} (presented on {applied_on}, {state}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="337"/>
        <source>verificare di nuovo i requisiti</source>
        <translation>check the requirements again</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="360"/>
        <source>valutare la domanda</source>
        <translation>assess the application</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="364"/>
        <source>Tutti i requisiti sono soddisfatti: la domanda non si può respingere.</source>
        <translation>Every requirement is met: the application cannot be rejected.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="368"/>
        <source>Un requisito non è soddisfatto: la domanda non si può accogliere.</source>
        <translation>A requirement is not met: the application cannot be accepted.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="371"/>
        <source>decidere un requisito da verificare</source>
        <translation>decide a requirement to be verified</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="373"/>
        <source>Un requisito è da verificare: scegliere se ammettere o respingere la domanda.</source>
        <translation>A requirement is to be verified: choose whether to admit or reject the application.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="375"/>
        <source>Motivazione: scrivere perché si decide così il requisito da verificare.</source>
        <translation>Reason: write why the requirement to be verified is decided this way.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="389"/>
        <source>Numero di protocollo: campo obbligatorio.</source>
        <translation>Protocol number: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="391"/>
        <source>Numero di protocollo: al massimo 60 caratteri.</source>
        <translation>Protocol number: at most 60 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="398"/>
        <source>La domanda è annullata.</source>
        <translation>The application is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="446"/>
        <source>Solo il tenant manager o un coordinatore può concedere un contributo.</source>
        <translation>Only the tenant manager or a coordinator may grant a contribution.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="448"/>
        <source>Spesa di riscaldamento documentata</source>
        <translation>Documented heating cost</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="450"/>
        <source>Riferimento della bolletta: campo obbligatorio (numero e periodo della bolletta SAP).</source>
        <translation>Bill reference: required (number and period of the SAP bill).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="451"/>
        <source>Importo concesso</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="452"/>
        <source>Data della concessione</source>
        <translation>Grant date</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="458"/>
        <source>concedere il contributo</source>
        <translation>grant the contribution</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="461"/>
        <source>Data della concessione: non può essere dopo oggi ({today}).</source>
        <translation>Grant date: it cannot be after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="463"/>
        <source>Data della concessione: non può essere prima della domanda.</source>
        <translation>Grant date: it cannot be before the application.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="466"/>
        <source>spesa documentata {cost}; al nucleo restano {cap_left} del tetto di {cap} (già ricevuti {received}); restano {budget_left} del budget</source>
        <translation>documented cost {cost}; the household has {cap_left} left of the {cap} cap (already received {received}); {budget_left} of the budget left</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="476"/>
        <source>Budget esaurito: {figures}.</source>
        <translation>Budget used up: {figures}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="478"/>
        <source>Il nucleo ha raggiunto il tetto: {figures}.</source>
        <translation>The household has reached the cap: {figures}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="481"/>
        <source>Importo concesso: deve essere maggiore di zero.</source>
        <translation>Amount granted: it must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="485"/>
        <source>Importo concesso {granted} oltre il massimo di {maximum}: {figures}.</source>
        <translation>Amount granted {granted} above the maximum of {maximum}: {figures}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="503"/>
        <source>Data del pagamento</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="507"/>
        <source>IBAN: scrivere l&apos;IBAN del conto dell&apos;inquilino (per esempio IT60X0542811101000000123456).</source>
        <translation>IBAN: type the IBAN of the tenant&apos;s account (for example IT60X0542811101000000123456).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="509"/>
        <source>Data del pagamento: non può essere dopo oggi ({today}).</source>
        <translation>Payment date: it cannot be after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="515"/>
        <source>registrare il pagamento</source>
        <translation>record the payment</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="518"/>
        <source>Data del pagamento: non può essere prima della concessione.</source>
        <translation>Payment date: it cannot be before the grant.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="533"/>
        <location filename="../../app/services/contributions/receipts.py" line="155"/>
        <location filename="../../app/services/desk/visits.py" line="335"/>
        <source>Motivo dell&apos;annullamento: campo obbligatorio.</source>
        <translation>Reason for the cancellation: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="540"/>
        <source>annullare la domanda</source>
        <translation>cancel the application</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="543"/>
        <source>annullare un contributo concesso o pagato</source>
        <translation>cancel a granted or paid contribution</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="689"/>
        <source>Domanda non trovata.</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="709"/>
        <source>Non si può {action}: la domanda è {state}.</source>
        <translation>Cannot {action}: the application is {state}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/applications.py" line="732"/>
        <location filename="../../app/services/contributions/applications.py" line="740"/>
        <location filename="../../app/services/contributions/programmes.py" line="431"/>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="113"/>
        <source>Alloggio SAP con riscaldamento centralizzato</source>
        <translation>SAP dwelling with central heating</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="115"/>
        <source>{address}: riscaldamento centralizzato</source>
        <translation>{address}: central heating</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="116"/>
        <source>{address}: riscaldamento non centralizzato</source>
        <translation>{address}: no central heating</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="121"/>
        <source>Assegnatario da almeno {months} mesi</source>
        <translation>Assignee for at least {months} months</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="123"/>
        <source>Data di assegnazione: dato mancante</source>
        <translation>Assignment date: not recorded</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="127"/>
        <source>Assegnato il {assigned}: requisito maturato il {since}</source>
        <translation>Assigned on {assigned}: requirement met on {since}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="128"/>
        <source>Assegnato il {assigned}: requisito maturato solo dal {since}</source>
        <translation>Assigned on {assigned}: requirement met only from {since}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="132"/>
        <source>Area SAP {areas}</source>
        <translation>SAP area {areas}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="134"/>
        <source>Area SAP: dato mancante</source>
        <translation>SAP area: not recorded</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="136"/>
        <source>Area {area}: ammessa</source>
        <translation>Area {area}: admitted</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="137"/>
        <source>Area {area}: non ammessa</source>
        <translation>Area {area}: not admitted</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="141"/>
        <source>ISEE valido da {low} a {high}</source>
        <translation>Valid ISEE from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="145"/>
        <source>ISEE scaduto il {expired}: serve un&apos;attestazione valida al {day}</source>
        <translation>ISEE expired on {expired}: an attestation valid on {day} is needed</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="149"/>
        <source>Nessuna attestazione ISEE valida al {day}: dato mancante</source>
        <translation>No ISEE attestation valid on {day}: not recorded</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="153"/>
        <source>ISEE {kind} {value} valido fino al {valid_until}: nel range</source>
        <translation>ISEE {kind} {value} valid until {valid_until}: within the range</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="155"/>
        <source>ISEE {kind} {value} valido fino al {valid_until}: sotto il minimo</source>
        <translation>ISEE {kind} {value} valid until {valid_until}: below the minimum</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="156"/>
        <source>ISEE {kind} {value} valido fino al {valid_until}: sopra il massimo</source>
        <translation>ISEE {kind} {value} valid until {valid_until}: above the maximum</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="160"/>
        <source>Morosità solo con piano di rientro attivo</source>
        <translation>Arrears only with an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="163"/>
        <source>Morosità: dato mancante (c&apos;è un piano di rientro attivo); decide un coordinatore</source>
        <translation>Arrears: not known (there is an active repayment plan); a coordinator decides</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="165"/>
        <source>Morosità: dato mancante; decide un coordinatore</source>
        <translation>Arrears: not known; a coordinator decides</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="169"/>
        <source>Nessuna morosità al {as_of}</source>
        <translation>No arrears as of {as_of}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="169"/>
        <source>Nessuna morosità</source>
        <translation>No arrears</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="174"/>
        <source>Morosità {amount} al {as_of}, con piano di rientro attivo</source>
        <translation>Arrears {amount} as of {as_of}, with an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="176"/>
        <source>Morosità {amount}, con piano di rientro attivo</source>
        <translation>Arrears {amount}, with an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="179"/>
        <source>Morosità {amount} al {as_of}, senza piano di rientro attivo</source>
        <translation>Arrears {amount} as of {as_of}, without an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="181"/>
        <source>Morosità {amount}, senza piano di rientro attivo</source>
        <translation>Arrears {amount}, without an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="189"/>
        <source>Una domanda per annualità, al massimo {cap} in tutto il programma</source>
        <translation>One application per year, at most {cap} over the whole programme</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="190"/>
        <source>ricevuti {received} su {cap} in tutto il programma</source>
        <translation>received {received} of {cap} over the whole programme</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="192"/>
        <source>Una domanda per annualità, al massimo {cap} nel {year}</source>
        <translation>One application per year, at most {cap} in {year}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="193"/>
        <source>ricevuti {received} su {cap} nel {year}</source>
        <translation>received {received} of {cap} in {year}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="196"/>
        <source>Il {year} non è un&apos;annualità del programma ({years})</source>
        <translation>{year} is not a year of the programme ({years})</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="198"/>
        <source>C&apos;è già una domanda per l&apos;annualità {year}</source>
        <translation>There is already an application for the year {year}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="200"/>
        <source>Tetto raggiunto: {figures}</source>
        <translation>Cap reached: {figures}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/eligibility.py" line="201"/>
        <source>Nessun&apos;altra domanda per il {year}; {figures}</source>
        <translation>No other application for {year}; {figures}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/outreach.py" line="48"/>
        <source>{day} {way} ({operator})</source>
        <translation>{day} {way} ({operator})</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="16"/>
        <source>incontro dell&apos;attività</source>
        <translation>activity session</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="17"/>
        <location filename="../../app/record_labels.py" line="56"/>
        <source>tipo di attività</source>
        <translation>activity type</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="18"/>
        <source>appuntamento</source>
        <translation>appointment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="19"/>
        <source>presenza a un incontro</source>
        <translation>session attendance</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="20"/>
        <source>voce del registro modifiche</source>
        <translation>audit trail entry</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="21"/>
        <source>programma di contributo</source>
        <translation>contribution programme</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="22"/>
        <location filename="../../app/record_labels.py" line="103"/>
        <source>domanda di contributo</source>
        <translation>contribution application</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="23"/>
        <location filename="../../app/record_labels.py" line="113"/>
        <source>alloggio</source>
        <translation>dwelling</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="24"/>
        <source>seguito</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="25"/>
        <source>cambio di intestatario</source>
        <translation>change of holder</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="26"/>
        <location filename="../../app/record_labels.py" line="135"/>
        <source>nucleo</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="27"/>
        <source>attestazione ISEE</source>
        <translation>ISEE attestation</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="28"/>
        <location filename="../../app/record_labels.py" line="163"/>
        <source>sportello</source>
        <translation>desk</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="29"/>
        <source>orario di apertura</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="31"/>
        <source>contatto informativo</source>
        <translation>outreach contact</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="32"/>
        <source>dati per il finanziatore</source>
        <translation>data for the funder</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="33"/>
        <source>ente partner</source>
        <translation>partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="34"/>
        <location filename="../../app/record_labels.py" line="178"/>
        <source>persona</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="35"/>
        <source>voce di debito del piano</source>
        <translation>plan debt item</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="36"/>
        <source>rata del piano</source>
        <translation>plan installment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="37"/>
        <source>pagamento del piano</source>
        <translation>plan payment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="38"/>
        <source>cambio di stato del piano</source>
        <translation>plan state change</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="39"/>
        <source>sospensione del piano</source>
        <translation>plan suspension</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="40"/>
        <source>condizioni del programma</source>
        <translation>programme terms</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="41"/>
        <source>contatore delle ricevute</source>
        <translation>receipt counter</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="42"/>
        <source>ricevuta</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="43"/>
        <location filename="../../app/record_labels.py" line="204"/>
        <source>servizio di invio</source>
        <translation>referral service</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="44"/>
        <source>piano di rientro</source>
        <translation>repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="45"/>
        <source>impostazione</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="46"/>
        <source>postazione</source>
        <translation>laptop</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="47"/>
        <location filename="../../app/record_labels.py" line="241"/>
        <source>tema</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="48"/>
        <location filename="../../app/record_labels.py" line="249"/>
        <source>visita</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="52"/>
        <source>atto di riferimento</source>
        <translation>act reference</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="53"/>
        <source>azione</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="57"/>
        <source>indirizzo</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="58"/>
        <source>importo</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="59"/>
        <source>importo in lettere</source>
        <translation>amount in words</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="60"/>
        <source>età (contatto anonimo)</source>
        <translation>age (anonymous contact)</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="61"/>
        <source>sesso (contatto anonimo)</source>
        <translation>sex (anonymous contact)</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="62"/>
        <location filename="../../app/record_labels.py" line="123"/>
        <source>presentata il</source>
        <translation>filed on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="63"/>
        <source>aree SAP</source>
        <translation>SAP areas</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="64"/>
        <source>morosità al</source>
        <translation>arrears as of</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="65"/>
        <source>morosità</source>
        <translation>arrears</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="66"/>
        <source>regola sulla morosità</source>
        <translation>arrears rule</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="67"/>
        <source>istruita da</source>
        <translation>assessed by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="68"/>
        <source>istruita il</source>
        <translation>assessed on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="69"/>
        <source>nota dell&apos;istruttoria</source>
        <translation>assessment note</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="70"/>
        <source>data di assegnazione</source>
        <translation>assignment date</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="71"/>
        <source>momento</source>
        <translation>moment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="72"/>
        <source>indirizzo del beneficiario</source>
        <translation>beneficiary&apos;s address</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="73"/>
        <source>codice fiscale del beneficiario</source>
        <translation>beneficiary&apos;s codice fiscale</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="74"/>
        <source>beneficiario</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="75"/>
        <source>bolletta</source>
        <translation>bill</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="76"/>
        <source>data di nascita</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="77"/>
        <source>prenotato da</source>
        <translation>booked by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="78"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="79"/>
        <source>motivo dell&apos;annullamento</source>
        <translation>reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="80"/>
        <location filename="../../app/record_labels.py" line="84"/>
        <source>annullata il</source>
        <translation>cancelled at</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="81"/>
        <location filename="../../app/record_labels.py" line="82"/>
        <source>annullata da</source>
        <translation>cancelled by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="83"/>
        <source>annullata dallo stato</source>
        <translation>cancelled from state</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="85"/>
        <source>tetto per nucleo</source>
        <translation>cap per household</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="86"/>
        <source>periodo del tetto</source>
        <translation>cap period</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="87"/>
        <location filename="../../app/services/contributions/outreach.py" line="151"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="88"/>
        <source>riscaldamento centralizzato richiesto</source>
        <translation>centralised heating required</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="89"/>
        <source>cambiato il</source>
        <translation>changed on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="90"/>
        <source>modifiche</source>
        <translation>changes</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="91"/>
        <source>canale</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="92"/>
        <source>verificata il</source>
        <translation>checked on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="93"/>
        <source>verifiche</source>
        <translation>checklist</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="94"/>
        <source>chiuso il</source>
        <translation>closed at</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="95"/>
        <source>chiuso da</source>
        <translation>closed by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="96"/>
        <source>nota di chiusura</source>
        <translation>closing note</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="97"/>
        <source>codice</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="98"/>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="99"/>
        <source>codice fiscale per la ricerca</source>
        <translation>codice fiscale for searching</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="100"/>
        <source>recapito</source>
        <translation>contact details</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="101"/>
        <source>nome del contatto</source>
        <translation>contact&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="102"/>
        <source>telefono del contatto</source>
        <translation>contact&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="104"/>
        <source>creato da</source>
        <translation>created by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="105"/>
        <source>inserita da</source>
        <translation>entered by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="106"/>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="107"/>
        <source>deciso il</source>
        <translation>decided on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="108"/>
        <source>descrizione</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="109"/>
        <source>disabilità</source>
        <translation>disability</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="110"/>
        <source>scadenza</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="111"/>
        <source>giorno di scadenza</source>
        <translation>due day</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="112"/>
        <source>durata (minuti)</source>
        <translation>duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="114"/>
        <source>istruzione</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="115"/>
        <source>in vigore dal</source>
        <translation>in force from</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="116"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="117"/>
        <source>alle</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="118"/>
        <source>fine</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="119"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="120"/>
        <source>tabella</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="121"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="122"/>
        <source>impronta</source>
        <translation>hash</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="124"/>
        <source>piano dell&apos;edificio</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="125"/>
        <source>origine straniera</source>
        <translation>foreign background</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="126"/>
        <source>dallo stato</source>
        <translation>from state</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="127"/>
        <source>nome e cognome</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="128"/>
        <source>dicitura del finanziamento</source>
        <translation>funding statement</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="129"/>
        <source>concesso da</source>
        <translation>granted by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="130"/>
        <source>importo concesso</source>
        <translation>amount granted</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="131"/>
        <source>concesso il</source>
        <translation>granted on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="132"/>
        <source>spesa documentata</source>
        <translation>documented cost</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="133"/>
        <source>senza dimora o esclusione abitativa</source>
        <translation>homeless or housing exclusion</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="134"/>
        <source>numero civico</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="136"/>
        <source>ruolo nel nucleo</source>
        <translation>role in the household</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="137"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="138"/>
        <source>identificativo</source>
        <translation>identifier</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="139"/>
        <source>importato</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="140"/>
        <source>informato il</source>
        <translation>informed on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="141"/>
        <source>numero di rate</source>
        <translation>number of installments</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="142"/>
        <source>lingua dell&apos;interprete</source>
        <translation>interpreter&apos;s language</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="145"/>
        <source>emessa da</source>
        <translation>issued by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="146"/>
        <source>emessa il</source>
        <translation>issued on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="147"/>
        <source>emette ricevute</source>
        <translation>issues receipts</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="148"/>
        <source>chiave</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="149"/>
        <source>tipo</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="150"/>
        <source>condizione lavorativa</source>
        <translation>labour status</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="151"/>
        <source>ultimo numero</source>
        <translation>last number</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="152"/>
        <source>modalità</source>
        <translation>method</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="153"/>
        <source>minoranza</source>
        <translation>minority</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="154"/>
        <source>reddito mensile</source>
        <translation>monthly income</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="155"/>
        <source>mesi dall&apos;assegnazione</source>
        <translation>months since assignment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="156"/>
        <source>nome</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="157"/>
        <source>quartiere</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="158"/>
        <source>nuovo intestatario</source>
        <translation>new holder</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="159"/>
        <source>nome del nuovo intestatario</source>
        <translation>new holder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="160"/>
        <source>nota</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="161"/>
        <source>note</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="162"/>
        <source>numero</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="164"/>
        <source>nome dello sportello</source>
        <translation>desk&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="165"/>
        <source>nuclei già beneficiari all&apos;apertura</source>
        <translation>households already granted at opening</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="166"/>
        <source>già speso all&apos;apertura</source>
        <translation>spent before opening</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="168"/>
        <source>nome dell&apos;operatore</source>
        <translation>operator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="169"/>
        <source>organizzatori</source>
        <translation>organisers</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="170"/>
        <source>altri partecipanti</source>
        <translation>other participants</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="171"/>
        <source>incaricato</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="172"/>
        <source>pagato da</source>
        <translation>paid by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="173"/>
        <source>pagato il</source>
        <translation>paid on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="174"/>
        <source>enti partner</source>
        <translation>partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="175"/>
        <source>password (impronta)</source>
        <translation>password (hash)</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="176"/>
        <source>modalità di pagamento</source>
        <translation>payment method</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="177"/>
        <source>periodo</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="179"/>
        <source>telefono</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="180"/>
        <source>luogo</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="181"/>
        <source>piano</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="182"/>
        <source>posizione nell&apos;elenco</source>
        <translation>position in the list</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="183"/>
        <source>lingua preferita</source>
        <translation>preferred language</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="184"/>
        <source>impronta della voce precedente</source>
        <translation>hash of the previous entry</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="185"/>
        <source>intestatario precedente</source>
        <translation>previous holder</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="186"/>
        <source>nome dell&apos;intestatario precedente</source>
        <translation>previous holder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="187"/>
        <source>stampe</source>
        <translation>prints</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="188"/>
        <source>informativa privacy consegnata il</source>
        <translation>privacy notice given on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="189"/>
        <source>versione dell&apos;informativa</source>
        <translation>privacy notice version</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="190"/>
        <source>programma</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="191"/>
        <source>nome del programma</source>
        <translation>programme&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="192"/>
        <source>anno del programma</source>
        <translation>programme year</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="193"/>
        <source>protocollo</source>
        <translation>protocol</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="194"/>
        <source>data di protocollo</source>
        <translation>protocol date</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="195"/>
        <source>numero di protocollo</source>
        <translation>protocol number</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="196"/>
        <source>causale</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="197"/>
        <source>motivo</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="198"/>
        <location filename="../../app/record_labels.py" line="199"/>
        <source>registrato da</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="200"/>
        <source>registrato il</source>
        <translation>recorded on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="201"/>
        <source>riferimento</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="202"/>
        <source>esito dell&apos;invio</source>
        <translation>referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="203"/>
        <source>ente di invio</source>
        <translation>referral partner</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="205"/>
        <source>solleciti stampati</source>
        <translation>reminders printed</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="206"/>
        <source>sostituisce il piano</source>
        <translation>replaces the plan</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="207"/>
        <source>rata richiesta</source>
        <translation>requested installment</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="209"/>
        <source>motivo dello storno</source>
        <translation>reason for reversing</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="210"/>
        <source>stornato il</source>
        <translation>reversed at</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="211"/>
        <source>stornato da</source>
        <translation>reversed by</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="212"/>
        <source>ruolo</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="213"/>
        <source>area SAP</source>
        <translation>SAP area</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="214"/>
        <source>testo per la ricerca</source>
        <translation>search text</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="215"/>
        <source>numero progressivo</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="216"/>
        <source>serie (postazione)</source>
        <translation>series (laptop)</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="217"/>
        <source>incontro</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="218"/>
        <source>sesso</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="219"/>
        <source>firmato il</source>
        <translation>signed on</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="220"/>
        <source>ordinamento per indirizzo</source>
        <translation>sort by address</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="221"/>
        <source>ordinamento per intestatario</source>
        <translation>sort by holder</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="222"/>
        <source>ordinamento per nome</source>
        <translation>sort by name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="223"/>
        <source>ordinamento per quartiere</source>
        <translation>sort by neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="224"/>
        <source>scala</source>
        <translation>staircase</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="225"/>
        <source>imposta di bollo</source>
        <translation>stamp duty</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="226"/>
        <source>riga dell&apos;imposta di bollo</source>
        <translation>stamp duty line</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="227"/>
        <source>norma di esenzione dal bollo</source>
        <translation>stamp duty exemption rule</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="228"/>
        <source>data di inizio</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="229"/>
        <location filename="../../app/record_labels.py" line="231"/>
        <source>inizio</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="230"/>
        <source>dalle</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="232"/>
        <source>dal</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="233"/>
        <location filename="../../app/record_labels.py" line="234"/>
        <source>stato</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="235"/>
        <source>via</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="236"/>
        <source>cognome</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="237"/>
        <source>condizioni applicate</source>
        <translation>terms applied</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="238"/>
        <source>cittadino di paese terzo</source>
        <translation>third-country national</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="239"/>
        <source>titolo</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="240"/>
        <source>allo stato</source>
        <translation>to state</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="242"/>
        <source>temi</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="243"/>
        <source>totale</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="244"/>
        <source>interno</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="245"/>
        <source>nome utente</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="246"/>
        <source>valida fino al</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="247"/>
        <source>valore</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="248"/>
        <source>valore ISEE</source>
        <translation>ISEE value</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="250"/>
        <source>modo</source>
        <translation>way</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="251"/>
        <source>giorno della settimana</source>
        <translation>weekday</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="252"/>
        <source>anno</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="253"/>
        <source>anni</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/outreach.py" line="175"/>
        <source>Data: {error}</source>
        <translation>Date: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/outreach.py" line="178"/>
        <source>Data: non può essere dopo oggi ({today}).</source>
        <translation>Date: it cannot be after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="278"/>
        <source>Programma «{code}» non trovato.</source>
        <translation>Programme «{code}» not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="334"/>
        <source>Il programma «{name}» non ha condizioni in vigore il {day}.</source>
        <translation>The programme «{name}» has no terms in force on {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="378"/>
        <source>modificare le condizioni di un programma</source>
        <translation>change a programme&apos;s terms</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="381"/>
        <source>Nome del programma: campo obbligatorio.</source>
        <translation>Programme name: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="393"/>
        <source>Budget: non può essere inferiore a quanto già erogato, concesso e pagato ({amount}).</source>
        <translation>Budget: it cannot be lower than what was already paid out, granted and paid ({amount}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="404"/>
        <source>Le condizioni in vigore dal {effective_from} sono già state usate per {applications} e non si cambiano: indicare la data da cui valgono le nuove condizioni.</source>
        <translation>The terms in force from {effective_from} were already used for {applications} and are not changed: give the date from which the new terms apply.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="408"/>
        <source>{n} domanda</source>
        <translation>{n} application</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="408"/>
        <source>{n} domande</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="436"/>
        <source>{label}: scrivere un numero intero da {low} a {high}.</source>
        <translation>{label}: type a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="443"/>
        <source>In vigore dal: {error}</source>
        <translation>In force from: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="446"/>
        <source>Annualità: scrivere gli anni separati da virgole, per esempio 2025, 2026.</source>
        <translation>Programme years: type the years separated by commas, for example 2025, 2026.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="449"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="450"/>
        <source>Tetto per nucleo</source>
        <translation>Cap per household</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="452"/>
        <source>Tetto per nucleo: indicare un importo maggiore di zero.</source>
        <translation>Cap per household: give an amount greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="144"/>
        <location filename="../../app/services/contributions/programmes.py" line="454"/>
        <source>ISEE minimo</source>
        <translation>Minimum ISEE</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="143"/>
        <location filename="../../app/services/contributions/programmes.py" line="455"/>
        <source>ISEE massimo</source>
        <translation>Maximum ISEE</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="457"/>
        <source>ISEE massimo: deve essere almeno l&apos;ISEE minimo.</source>
        <translation>Maximum ISEE: it must be at least the minimum ISEE.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="458"/>
        <source>Mesi dall&apos;assegnazione</source>
        <translation>Months since assignment</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="460"/>
        <source>Aree SAP ammesse: sceglierne almeno una.</source>
        <translation>Admitted SAP areas: choose at least one.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="464"/>
        <source>Già erogato</source>
        <translation>Already paid out</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="465"/>
        <source>Nuclei già beneficiari</source>
        <translation>Households already helped</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="467"/>
        <source>Già erogato: non può superare il budget.</source>
        <translation>Already paid out: it cannot exceed the budget.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="471"/>
        <source>Norma di esenzione dal bollo: scrivere la norma che la ricevuta deve citare.</source>
        <translation>Stamp duty exemption rule: write the rule the receipt must cite.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/programmes.py" line="475"/>
        <source>CUP: al massimo 20 caratteri (il CUP ne ha 15).</source>
        <translation>CUP: at most 20 characters (a CUP has 15).</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/receipt_rules.py" line="122"/>
        <source>Numero di ricevuta non valido: «{number}». Scrivere SEDE/ANNO/NUMERO, per esempio CEL/2026/0007.</source>
        <translation>Invalid receipt number: «{number}». Type SITE/YEAR/NUMBER, for example CEL/2026/0007.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/receipts.py" line="46"/>
        <source>ricevuta {number} annullata: {reason}</source>
        <translation>receipt {number} cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/receipts.py" line="153"/>
        <source>annullare una ricevuta</source>
        <translation>cancel a receipt</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/receipts.py" line="160"/>
        <source>La ricevuta {number} è già annullata.</source>
        <translation>Receipt {number} is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/contributions/receipts.py" line="251"/>
        <source>La ricevuta {number} non esiste.</source>
        <translation>Receipt {number} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/dates.py" line="29"/>
        <source>Data non leggibile: «{text}». Scrivere gg/mm/aaaa, per esempio 15/03/2026.</source>
        <translation>Date not readable: «{text}». Type dd/mm/yyyy, for example 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../app/services/dates.py" line="34"/>
        <source>La data {text} non esiste nel calendario.</source>
        <translation>The date {text} does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../app/services/dates.py" line="65"/>
        <source>Data e ora non leggibili: «{text}». Scrivere gg/mm/aaaa hh:mm, per esempio 15/03/2026 10:30.</source>
        <translation>Date and time not readable: «{text}». Type dd/mm/yyyy hh:mm, for example 15/03/2026 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/services/dates.py" line="70"/>
        <source>L&apos;ora {time} non esiste.</source>
        <translation>The time {time} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="166"/>
        <source>Titolo: campo obbligatorio.</source>
        <translation>Title: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="168"/>
        <source>Titolo: al massimo 200 caratteri.</source>
        <translation>Title: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="170"/>
        <source>Luogo: al massimo 200 caratteri.</source>
        <translation>Place: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="172"/>
        <source>Organizzatori: al massimo 300 caratteri.</source>
        <translation>Organisers: at most 300 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="176"/>
        <source>Tipo di attività: sceglierne uno dall&apos;elenco.</source>
        <translation>Activity type: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="178"/>
        <source>Tipo di attività: «{name}» non è più in uso.</source>
        <translation>Activity type: «{name}» is no longer in use.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="184"/>
        <location filename="../../app/services/desk/appointments.py" line="241"/>
        <location filename="../../app/services/operators.py" line="89"/>
        <location filename="../../app/services/registry/households.py" line="575"/>
        <source>Sportello: {code} non esiste.</source>
        <translation>Desk: {code} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="191"/>
        <source>Enti partner: uno degli enti scelti non esiste più.</source>
        <translation>Partner organisations: one of the chosen organisations no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="193"/>
        <source>Enti partner: «{name}» non è più in uso.</source>
        <translation>Partner organisations: «{name}» is no longer in use.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="199"/>
        <source>Incontri: indicare almeno la data e l&apos;ora del primo incontro.</source>
        <translation>Sessions: give at least the date and time of the first session.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="206"/>
        <source>Incontro {number}: la fine deve venire dopo l&apos;inizio.</source>
        <translation>Session {number}: the end must come after the start.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="208"/>
        <source>Incontro {number}: stesso inizio dell&apos;incontro {other}.</source>
        <translation>Session {number}: same start as session {other}.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="210"/>
        <source>Incontro {number}: compare due volte.</source>
        <translation>Session {number}: it appears twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="246"/>
        <source>Incontri: una nuova attività non ha ancora incontri registrati.</source>
        <translation>Sessions: a new activity has no recorded sessions yet.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="273"/>
        <source>Incontro {number}: non appartiene a questa attività.</source>
        <translation>Session {number}: it does not belong to this activity.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="276"/>
        <source>Incontro {number}: ha già delle presenze, non può essere spostato a una data futura.</source>
        <translation>Session {number}: it already has attendance, it cannot be moved to a future date.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="286"/>
        <source>L&apos;incontro del {moment} ha {presences}.</source>
        <translation>The session of {moment} has {presences}.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="290"/>
        <source>{n} presenza, che verrà cancellata</source>
        <translation>{n} attendance, which will be deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="291"/>
        <source>{n} presenze, che verranno cancellate</source>
        <translation>{n} attendances, which will be deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="296"/>
        <source>Eliminare comunque?</source>
        <translation>Delete anyway?</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="341"/>
        <source>Incontro non trovato.</source>
        <translation>Session not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="345"/>
        <source>L&apos;incontro è del {moment}: le presenze si registrano dal giorno dell&apos;incontro.</source>
        <translation>The session is on {moment}: attendance is recorded from the day of the session.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="359"/>
        <source>Presenti: una delle persone scelte non è nell&apos;anagrafe.</source>
        <translation>Present: one of the chosen persons is not in the registry.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="366"/>
        <source>Altri partecipanti: un numero da 0 a {most}.</source>
        <translation>Other participants: a number from 0 to {most}.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/activities.py" line="421"/>
        <source>Attività non trovata.</source>
        <translation>Activity not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="69"/>
        <source>{weekday} {day} {starts}-{ends}</source>
        <translation>{weekday} {day} {starts}-{ends}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="119"/>
        <location filename="../../app/services/offices.py" line="27"/>
        <source>{weekday} {starts}-{ends}</source>
        <translation>{weekday} {starts}-{ends}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="159"/>
        <source>Durata: tra {least} e {most} minuti.</source>
        <translation>Duration: between {least} and {most} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="164"/>
        <source>Persona: scegliere una persona registrata oppure scrivere nome e telefono di chi chiede l&apos;appuntamento.</source>
        <translation>Person: choose a registered person or type the name and phone number of whoever asks for the appointment.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="167"/>
        <source>Telefono: necessario quando la persona non è registrata, per poterla richiamare.</source>
        <translation>Phone: needed when the person is not registered, to call them back.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="169"/>
        <source>Telefono: scrivere il numero completo (almeno {digits} cifre).</source>
        <translation>Phone: type the whole number (at least {digits} digits).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="171"/>
        <source>Nome: al massimo 200 caratteri.</source>
        <translation>Name: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="174"/>
        <source>Data e ora: {moment} è già passato; scegliere una delle prossime aperture.</source>
        <translation>Date and time: {moment} has already passed; choose one of the coming openings.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="189"/>
        <source>Data e ora: l&apos;appuntamento finirebbe alle {ends}, dopo la chiusura delle {closing}; anticiparlo o accorciarlo.</source>
        <translation>Date and time: the appointment would end at {ends}, after closing time at {closing}; move it earlier or shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="192"/>
        <source>Data e ora: lo sportello {code} è aperto {hours}; scegliere un orario di apertura.</source>
        <translation>Date and time: the desk {code} is open {hours}; choose a time when it is open.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="196"/>
        <source>Data e ora: lo sportello {code} non ha orari di apertura.</source>
        <translation>Date and time: the desk {code} has no opening hours.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="232"/>
        <source>Per prenotare un appuntamento bisogna essere collegati come operatore.</source>
        <translation>To book an appointment you must be logged in as an operator.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="239"/>
        <location filename="../../app/services/desk/visits.py" line="429"/>
        <source>Sportello: scegliere uno sportello.</source>
        <translation>Desk: choose a desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="243"/>
        <location filename="../../app/services/desk/visits.py" line="431"/>
        <source>Sportello: {name} non è più attivo.</source>
        <translation>Desk: {name} is no longer active.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="247"/>
        <source>Persona: non trovata nell&apos;anagrafe.</source>
        <translation>Person: not found in the registry.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="251"/>
        <source>Argomento: non trovato.</source>
        <translation>Topic: not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="253"/>
        <source>Argomento: «{name}» non è più in uso; sceglierne un altro.</source>
        <translation>Topic: «{name}» is no longer in use; choose another.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="263"/>
        <source>Data e ora: {who} ha già un appuntamento alle {time} in questo sportello.</source>
        <translation>Date and time: {who} already has an appointment at {time} at this desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="271"/>
        <source>Alle {time} è già prenotato {who}.</source>
        <translation>{who} is already booked at {time}.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="276"/>
        <source>Prenotare comunque un secondo appuntamento in contemporanea?</source>
        <translation>Book a second appointment at the same time anyway?</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="404"/>
        <source>L&apos;appuntamento è stato annullato.</source>
        <translation>The appointment was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="406"/>
        <source>L&apos;appuntamento è già registrato come visita.</source>
        <translation>The appointment is already recorded as a visit.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="428"/>
        <source>Appuntamento non trovato.</source>
        <translation>Appointment not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="435"/>
        <source>Non si può {action}: l&apos;appuntamento è già «{status}».</source>
        <translation>Cannot {action}: the appointment is already «{status}».</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="443"/>
        <source>segnare l&apos;assenza</source>
        <translation>record the absence</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="447"/>
        <source>L&apos;appuntamento è alle {moment}: non è ancora il momento di segnare l&apos;assenza.</source>
        <translation>The appointment is at {moment}: it is not yet time to record the absence.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="460"/>
        <source>Motivo: campo obbligatorio (per esempio «ha chiamato per disdire»).</source>
        <translation>Reason: required (for example «called to cancel»).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="463"/>
        <source>annullare</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="478"/>
        <source>registrare la presenza</source>
        <translation>record the attendance</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="481"/>
        <location filename="../../app/services/desk/follow_ups.py" line="232"/>
        <location filename="../../app/services/desk/visits.py" line="384"/>
        <source>Visita non trovata.</source>
        <translation>Visit not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="483"/>
        <source>La visita è annullata: non può chiudere un appuntamento.</source>
        <translation>The visit is cancelled: it cannot close an appointment.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/appointments.py" line="488"/>
        <source>La visita è già collegata a un altro appuntamento.</source>
        <translation>The visit is already linked to another appointment.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/day.py" line="147"/>
        <location filename="../../app/services/offices.py" line="83"/>
        <source>Lo sportello {code} non esiste.</source>
        <translation>The desk {code} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/day.py" line="166"/>
        <location filename="../../app/services/desk/visit_list.py" line="306"/>
        <source>nucleo {code}</source>
        <translation>household {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/day.py" line="171"/>
        <source>Anonimo ({known})</source>
        <translation>Anonymous ({known})</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/day.py" line="171"/>
        <source>Anonimo</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="30"/>
        <source>Chiuso perché la visita è stata annullata: {reason}</source>
        <translation>Closed because the visit was cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="90"/>
        <source>entro il {due}</source>
        <translation>by {due}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="92"/>
        <source>scaduto il {due}</source>
        <translation>overdue since {due}</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="207"/>
        <source>Scadenza: indicare un giorno (gg/mm/aaaa).</source>
        <translation>Due date: give a day (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="210"/>
        <source>Scadenza: il {due} viene prima della visita ({day}).</source>
        <translation>Due date: {due} comes before the visit ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="214"/>
        <source>Chi se ne occupa: indicare un operatore.</source>
        <translation>Who takes care of it: choose an operator.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="218"/>
        <source>Chi se ne occupa: operatore non trovato.</source>
        <translation>Who takes care of it: operator not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="220"/>
        <source>Chi se ne occupa: {name} è disattivato, sceglierne un altro.</source>
        <translation>Who takes care of it: {name} is deactivated, choose another.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="235"/>
        <source>La visita è annullata: non le si aggiungono seguiti.</source>
        <translation>The visit is cancelled: no follow-ups are added to it.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="263"/>
        <source>Seguito non trovato.</source>
        <translation>Follow-up not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/follow_ups.py" line="265"/>
        <source>Il seguito è già chiuso (il {day}).</source>
        <translation>The follow-up is already closed (on {day}).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="310"/>
        <source>Solo chi ha registrato la visita o un coordinatore può modificarla.</source>
        <translation>Only whoever recorded the visit or a coordinator may change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="312"/>
        <source>La visita è annullata: non si può modificare.</source>
        <translation>The visit is cancelled: it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="337"/>
        <source>Motivo dell&apos;annullamento: al massimo {most} caratteri.</source>
        <translation>Reason for the cancellation: at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="342"/>
        <source>Solo chi ha registrato la visita o un coordinatore può annullarla.</source>
        <translation>Only whoever recorded the visit or a coordinator may cancel it.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="344"/>
        <source>La visita è già annullata.</source>
        <translation>The visit is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="362"/>
        <source>Una visita può essere eliminata solo da chi l&apos;ha registrata e solo nel giorno in cui è stata registrata (questa il {recorded_on}). Annullarla invece, indicando il motivo: resterà nell&apos;elenco come annullata.</source>
        <translation>A visit can be deleted only by whoever recorded it and only on the day it was recorded (this one on {recorded_on}). Cancel it instead, giving the reason: it will stay in the list as cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="425"/>
        <source>Data e ora: il {day} è nel futuro.</source>
        <translation>Date and time: {day} is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="435"/>
        <source>Operatore: indicare chi ha fatto la visita.</source>
        <translation>Operator: say who made the visit.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="439"/>
        <source>Operatore: non trovato.</source>
        <translation>Operator: not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="441"/>
        <source>Operatore: {name} è disattivato.</source>
        <translation>Operator: {name} is deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="445"/>
        <source>Durata: scrivere i minuti come numero intero.</source>
        <translation>Duration: type the minutes as a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="447"/>
        <source>Durata: non può essere negativa.</source>
        <translation>Duration: it cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="449"/>
        <source>Durata: {duration} minuti sono più di 8 ore, controllare.</source>
        <translation>Duration: {duration} minutes are more than 8 hours, check it.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="454"/>
        <source>Canale: scegliere sportello, telefono, visita a domicilio o contatto sul territorio.</source>
        <translation>Channel: choose desk, phone, home visit or outreach contact.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="467"/>
        <source>Inviato a: un servizio o un ente partner, non entrambi.</source>
        <translation>Referred to: a service or a partner organisation, not both.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="470"/>
        <source>Esito dell&apos;invio: indicare prima a quale servizio è stato inviato.</source>
        <translation>Outcome of the referral: first say which service it was referred to.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="474"/>
        <source>Mediazione linguistica: al massimo {most} caratteri.</source>
        <translation>Language mediation: at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="506"/>
        <source>Nucleo: non trovato.</source>
        <translation>Household: not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="511"/>
        <source>Persona: non trovata.</source>
        <translation>Person: not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="527"/>
        <source>Sesso: per un contatto anonimo indicare almeno sesso e fascia d&apos;età.</source>
        <translation>Sex: for an anonymous contact give at least sex and age bracket.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="529"/>
        <source>Età: per un contatto anonimo indicare la fascia d&apos;età.</source>
        <translation>Age: for an anonymous contact give the age bracket.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="536"/>
        <source>Argomenti: sceglierne almeno uno.</source>
        <translation>Topics: choose at least one.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="544"/>
        <source>Argomenti: uno degli argomenti scelti non esiste più, sceglierli di nuovo.</source>
        <translation>Topics: one of the chosen topics no longer exists, choose them again.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="546"/>
        <source>Argomenti: «{name}» non è più in uso, sceglierne un altro.</source>
        <translation>Topics: «{name}» is no longer in use, choose another.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="560"/>
        <source>Inviato a: la scelta non esiste più.</source>
        <translation>Referred to: the choice no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk/visits.py" line="564"/>
        <source>Inviato a: «{name}» non è più in uso, sceglierne un altro.</source>
        <translation>Referred to: «{name}» is no longer in use, choose another.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="377"/>
        <source>Esportazione interrotta: nessun file scritto.</source>
        <translation>Export stopped: no file written.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="386"/>
        <source>{target} è una cartella: indicare il nome del file da scrivere.</source>
        <translation>{target} is a folder: give the name of the file to write.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="388"/>
        <source>La cartella {folder} non esiste.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="393"/>
        <source>Non si può scrivere nella cartella {folder}: {reason}.</source>
        <translation>The folder {folder} cannot be written to: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="402"/>
        <source>Il file {target} non è stato scritto: {reason}.</source>
        <translation>The file {target} was not written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/first_run.py" line="84"/>
        <source>Codice postazione: da 2 a 8 lettere maiuscole o cifre, che inizia con una lettera (es. CEL2).</source>
        <translation>Site code: 2 to 8 capital letters or digits, starting with a letter (e.g. CEL2).</translation>
    </message>
    <message>
        <location filename="../../app/services/first_run.py" line="94"/>
        <source>Il codice postazione {site_code} è già registrato in questo database. Usarlo solo se questo computer sostituisce quello che lo usava: due computer attivi con lo stesso codice produrrebbero numeri di ricevuta doppi.</source>
        <translation>The site code {site_code} is already registered in this database. Use it only if this computer replaces the one that used it: two active computers with the same code would issue duplicate receipt numbers.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance.py" line="59"/>
        <location filename="../../app/store/backups.py" line="175"/>
        <location filename="../../app/store/backups.py" line="182"/>
        <source>La copia non è riuscita: {reason}</source>
        <translation>The copy failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance.py" line="94"/>
        <source>ripristinare una copia di sicurezza</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance.py" line="116"/>
        <source>La copia è stata scritta su un altro computer: postazione {sites}. Ripristinarla metterebbe i dati, gli operatori e le password di quella postazione al posto di quelli di questo computer (postazione {site}). Va fatto solo se questo computer la sostituisce, e lo conferma un coordinatore.</source>
        <translation>The copy was written on another computer: workstation {sites}. Restoring it would put that workstation&apos;s data, operators and passwords in place of this computer&apos;s (workstation {site}). Do it only if this computer replaces that one, confirmed by a coordinator.</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance.py" line="120"/>
        <source>{site} (sportello {office})</source>
        <translation>{site} (desk {office})</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="37"/>
        <source>Importo non leggibile: «{text}» (spazi tra le cifre). Forme accettate: {forms}.</source>
        <translation>Amount not readable: «{text}» (spaces between the digits). Accepted forms: {forms}.</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="41"/>
        <source>Scrivere un importo, per esempio {forms}.</source>
        <translation>Type an amount, for example {forms}.</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="45"/>
        <source>L&apos;importo non può essere negativo. Forme accettate: {forms}.</source>
        <translation>The amount cannot be negative. Accepted forms: {forms}.</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="52"/>
        <source>Importo non leggibile: «{text}». Forme accettate: {forms}.</source>
        <translation>Amount not readable: «{text}». Accepted forms: {forms}.</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="57"/>
        <source>L&apos;importo è troppo grande: controllare le cifre.</source>
        <translation>The amount is too large: check the digits.</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="59"/>
        <location filename="../../app/services/plans/plans.py" line="550"/>
        <source>L&apos;importo deve essere maggiore di zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="39"/>
        <source>nessun orario</source>
        <translation>no opening hours</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="91"/>
        <source>Orario {index}: giorno non valido.</source>
        <translation>Opening {index}: invalid day.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="93"/>
        <source>Orario {index} ({weekday}): l&apos;inizio deve precedere la fine.</source>
        <translation>Opening {index} ({weekday}): the start must come before the end.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="97"/>
        <source>Due orari di {weekday} si sovrappongono.</source>
        <translation>Two openings on {weekday} overlap.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="103"/>
        <source>modificare gli sportelli</source>
        <translation>change the desks</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="107"/>
        <source>Codice: da 1 a 8 lettere o cifre, senza spazi.</source>
        <translation>Code: 1 to 8 letters or digits, without spaces.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="115"/>
        <source>Codice: esiste già uno sportello {code}.</source>
        <translation>Code: a desk {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="152"/>
        <source>Riga {number}: scrivere per esempio «mercoledì 9:00-12:00».</source>
        <translation>Line {number}: type for example «wednesday 9:00-12:00».</translation>
    </message>
    <message>
        <location filename="../../app/services/offices.py" line="156"/>
        <source>Riga {number}: orario non valido.</source>
        <translation>Line {number}: invalid time.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="53"/>
        <source>Nome utente o password non corretti.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="55"/>
        <source>Questo utente è disattivato: rivolgersi a un coordinatore.</source>
        <translation>This user is deactivated: ask a coordinator.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="78"/>
        <source>Nome utente: da 2 a 40 caratteri tra lettere minuscole, cifre, punto, trattino.</source>
        <translation>Username: 2 to 40 characters among lower-case letters, digits, full stop, hyphen.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="80"/>
        <source>Nome e cognome: campo obbligatorio.</source>
        <translation>Full name: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="95"/>
        <source>aggiungere operatori</source>
        <translation>add operators</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="110"/>
        <source>Nome utente: «{username}» è già usato.</source>
        <translation>Username: «{username}» is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="129"/>
        <source>Operatore non trovato.</source>
        <translation>Operator not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="135"/>
        <source>modificare gli operatori</source>
        <translation>change operators</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="148"/>
        <source>Deve restare almeno un coordinatore attivo: nominarne un altro prima di cambiare questo.</source>
        <translation>At least one active coordinator must remain: appoint another one before changing this one.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="164"/>
        <source>reimpostare le password</source>
        <translation>reset passwords</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="178"/>
        <source>Nessun operatore collegato.</source>
        <translation>No operator is logged in.</translation>
    </message>
    <message>
        <location filename="../../app/services/operators.py" line="182"/>
        <source>La password attuale non è corretta.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="45"/>
        <source>La password deve avere almeno {minimum} caratteri.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="47"/>
        <source>La password non può iniziare o finire con uno spazio.</source>
        <translation>The password cannot begin or end with a space.</translation>
    </message>
    <message>
        <location filename="../../app/services/permissions.py" line="12"/>
        <source>Solo un coordinatore può {action}.</source>
        <translation>Only a coordinator may {action}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="145"/>
        <location filename="../../app/services/registry/importer.py" line="177"/>
        <source>{n} riga non valida</source>
        <translation>{n} invalid row</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="145"/>
        <location filename="../../app/services/registry/importer.py" line="177"/>
        <source>{n} righe non valide</source>
        <translation>{n} invalid rows</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="147"/>
        <source>Nessun pagamento importato: {bad}. Correggere il file e ripetere l&apos;importazione.</source>
        <translation>No payment imported: {bad}. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="151"/>
        <source>{payments} ({total}) su {plans}</source>
        <translation>{payments} ({total}) on {plans}</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="152"/>
        <source>Importato {n} pagamento</source>
        <translation>Imported {n} payment</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="152"/>
        <source>Importati {n} pagamenti</source>
        <translation>Imported {n} payments</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="154"/>
        <source>{n} piano</source>
        <translation>{n} plan</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="154"/>
        <source>{n} piani</source>
        <translation>{n} plans</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="158"/>
        <source>Nessun pagamento nuovo da importare</source>
        <translation>No new payment to import</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="160"/>
        <source>{n} già importato, saltato</source>
        <translation>{n} already imported, skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="160"/>
        <source>{n} già importati, saltati</source>
        <translation>{n} already imported, skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="162"/>
        <source>{n} riga non valida saltata</source>
        <translation>{n} invalid row skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="162"/>
        <source>{n} righe non valide saltate</source>
        <translation>{n} invalid rows skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="163"/>
        <location filename="../../app/services/registry/importer.py" line="196"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="168"/>
        <location filename="../../app/services/plans/payment_import.py" line="182"/>
        <source>importare i pagamenti dei piani di rientro</source>
        <translation>import the payments of the repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="236"/>
        <location filename="../../app/services/registry/importer.py" line="353"/>
        <source>Codice nucleo: campo obbligatorio.</source>
        <translation>Household code: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="241"/>
        <source>Riferimento: campo obbligatorio (serve a riconoscere un pagamento già importato).</source>
        <translation>Reference: required (it tells a payment already imported).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="253"/>
        <source>Data: campo obbligatorio.</source>
        <translation>Date: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="264"/>
        <source>Importo: campo obbligatorio.</source>
        <translation>Amount: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="278"/>
        <source>Metodo: «{typed}» non è tra i valori ammessi ({accepted}).</source>
        <translation>Method: «{typed}» is not one of the accepted values ({accepted}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="314"/>
        <source>Codice nucleo: il nucleo {code} non è nell&apos;anagrafe del programma (correggere il codice o importare prima l&apos;anagrafe).</source>
        <translation>Household code: household {code} is not in the program&apos;s registry (correct the code or import the registry first).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="339"/>
        <source>{problem} Insieme alla riga {lines} dello stesso nucleo i pagamenti del file arrivano a {together}.</source>
        <translation>{problem} Together with line {lines} of the same household the file&apos;s payments come to {together}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="340"/>
        <source>{problem} Insieme alle righe {lines} dello stesso nucleo i pagamenti del file arrivano a {together}.</source>
        <translation>{problem} Together with lines {lines} of the same household the file&apos;s payments come to {together}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="355"/>
        <source>Il nucleo {code} ha {count} piani di rientro in corso: registrare il pagamento a mano sul piano giusto.</source>
        <translation>Household {code} has {count} running repayment plans: record the payment by hand on the right plan.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="358"/>
        <source>Il piano di rientro del nucleo {code} è ancora in bozza: va firmato prima di registrare pagamenti.</source>
        <translation>The repayment plan of household {code} is still a draft: it must be signed before payments are recorded.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="360"/>
        <source>Il nucleo {code} non ha un piano di rientro attivo o sospeso: il pagamento non si può registrare.</source>
        <translation>Household {code} has no active or suspended repayment plan: the payment cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="380"/>
        <source>Riferimento: «{reference}» compare anche alla riga {lines} per il nucleo {code}. Ogni pagamento va indicato una sola volta.</source>
        <translation>Reference: «{reference}» also appears on line {lines} for household {code}. Each payment must be listed once.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/payment_import.py" line="384"/>
        <source>Riferimento: «{reference}» compare anche alle righe {lines} per il nucleo {code}. Ogni pagamento va indicato una sola volta.</source>
        <translation>Reference: «{reference}» also appears on lines {lines} for household {code}. Each payment must be listed once.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="79"/>
        <source>Solo il tenant manager o un coordinatore può {action}.</source>
        <translation>Only the tenant manager or a coordinator may {action}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="217"/>
        <source>creare un piano di rientro</source>
        <translation>create a repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="233"/>
        <source>Scegliere lo sportello del piano.</source>
        <translation>Choose the plan&apos;s desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="245"/>
        <source>{n} rata risulterà già scaduta.</source>
        <translation>{n} installment will already be past due.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="245"/>
        <source>{n} rate risulteranno già scadute.</source>
        <translation>{n} installments will already be past due.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="247"/>
        <source>La prima rata scade il {first}, prima di oggi: {overdue}</source>
        <translation>The first installment falls due on {first}, before today: {overdue}</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="258"/>
        <source>Indicare almeno una voce di debito (canone, spese o altro).</source>
        <translation>Give at least one debt item (rent, service charges or other).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="264"/>
        <source>Voce {position}: l&apos;importo deve essere maggiore di zero.</source>
        <translation>Item {position}: the amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="266"/>
        <source>Voce {position}: indicare il periodo a cui si riferisce (es. gen-giu 2026).</source>
        <translation>Item {position}: give the period it refers to (e.g. Jan-Jun 2026).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="268"/>
        <source>Voce {position}: il periodo è troppo lungo (al massimo 80 caratteri).</source>
        <translation>Item {position}: the period is too long (at most 80 characters).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="271"/>
        <source>Il debito totale è troppo grande: controllare gli importi.</source>
        <translation>The total debt is too large: check the amounts.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="277"/>
        <location filename="../../app/services/plans/rules.py" line="60"/>
        <source>Il giorno di scadenza va da 1 a 31.</source>
        <translation>The due day goes from 1 to 31.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="284"/>
        <source>Indicare il numero di rate oppure l&apos;importo della rata.</source>
        <translation>Give the number of installments or the installment amount.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="301"/>
        <source>Il nucleo ha già un piano nello stato «{state}» (dal {start_date}): rinegoziarlo invece di crearne un altro.</source>
        <translation>The household already has a plan in the state «{state}» (since {start_date}): renegotiate it instead of creating another.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="344"/>
        <source>attivare un piano di rientro</source>
        <translation>activate a repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="349"/>
        <source>La data della firma non può essere futura.</source>
        <translation>The signature date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="364"/>
        <source>cambiare lo stato di un piano di rientro</source>
        <translation>change the state of a repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="366"/>
        <source>Per rinegoziare si prepara il nuovo piano (Rinegozia).</source>
        <translation>To renegotiate, prepare the new plan (Renegotiate).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="377"/>
        <source>Il piano non è saldato: restano {amount} al {day}.</source>
        <translation>The plan is not paid off: {amount} remain as of {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="395"/>
        <source>rinegoziare un piano di rientro</source>
        <translation>renegotiate a repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="405"/>
        <source>Il piano è già saldato: non c&apos;è nulla da rinegoziare.</source>
        <translation>The plan is already paid off: there is nothing to renegotiate.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="426"/>
        <source>Un piano nello stato «{state}» non può diventare «{to_state}».</source>
        <translation>A plan in the state «{state}» cannot become «{to_state}».</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="432"/>
        <source>La data della decisione non può essere futura.</source>
        <translation>The decision date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="434"/>
        <source>La data non può precedere la firma del piano ({signed_on}).</source>
        <translation>The date cannot come before the plan&apos;s signature ({signed_on}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="440"/>
        <source>La data non può precedere l&apos;ultima decisione sul piano ({decided_on}).</source>
        <translation>The date cannot come before the last decision on the plan ({decided_on}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="449"/>
        <source>La data non può precedere l&apos;ultimo pagamento registrato sul piano ({paid_on}).</source>
        <translation>The date cannot come before the last payment recorded on the plan ({paid_on}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="453"/>
        <source>Scrivere il motivo della decisione.</source>
        <translation>Write the reason for the decision.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="465"/>
        <source>Le sospensioni non possono sovrapporsi a una sospensione precedente.</source>
        <translation>Suspensions cannot overlap an earlier suspension.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="509"/>
        <source>registrare un pagamento</source>
        <translation>record a payment</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="547"/>
        <source>Il piano è nello stato «{state}»: non riceve pagamenti.</source>
        <translation>The plan is in the state «{state}»: it takes no payments.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="552"/>
        <source>La data del pagamento non può essere futura.</source>
        <translation>The payment date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="554"/>
        <source>La data precede l&apos;inizio del piano ({start_date}).</source>
        <translation>The date comes before the start of the plan ({start_date}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="557"/>
        <source>Il riferimento è troppo lungo (al massimo 80 caratteri).</source>
        <translation>The reference is too long (at most 80 characters).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="559"/>
        <source>Un pagamento con riferimento «{reference}» è già registrato per questo nucleo.</source>
        <translation>A payment with reference «{reference}» is already recorded for this household.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="562"/>
        <source>L&apos;importo supera quanto resta da pagare sul piano ({owed}).</source>
        <translation>The amount exceeds what is left to pay on the plan ({owed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="579"/>
        <source>stornare un pagamento</source>
        <translation>reverse a payment</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="580"/>
        <source>Scrivere il motivo dello storno.</source>
        <translation>Write the reason for the reversal.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="585"/>
        <source>Pagamento non trovato.</source>
        <translation>Payment not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="587"/>
        <source>Il pagamento è già stornato.</source>
        <translation>The payment is already reversed.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="590"/>
        <source>Il piano è nello stato «{state}»: i suoi pagamenti non si modificano più.</source>
        <translation>The plan is in the state «{state}»: its payments are no longer changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="673"/>
        <source>Tutte le rate sono pagate.</source>
        <translation>Every installment is paid.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="675"/>
        <source>{n} rata non pagata</source>
        <translation>{n} unpaid installment</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="675"/>
        <source>{n} rate non pagate</source>
        <translation>{n} unpaid installments</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="676"/>
        <source>una sola rata mancata</source>
        <translation>a single missed installment</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="676"/>
        <source>{n} rate mancate</source>
        <translation>{n} missed installments</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="677"/>
        <source>{missed} dopo i giorni di tolleranza; per la regola il piano decade già con {rule}.</source>
        <translation>{missed} after the grace days; by the rule the plan lapses with {rule}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/plans.py" line="722"/>
        <source>Piano di rientro non trovato.</source>
        <translation>Repayment plan not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="74"/>
        <location filename="../../app/services/plans/rules.py" line="86"/>
        <source>Il debito del piano deve essere maggiore di zero.</source>
        <translation>The plan&apos;s debt must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="76"/>
        <source>Il numero di rate va da 1 a {maximum}.</source>
        <translation>The number of installments goes from 1 to {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="78"/>
        <source>Troppe rate: ogni rata deve essere di almeno un centesimo.</source>
        <translation>Too many installments: each must be at least one cent.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="88"/>
        <source>L&apos;importo della rata deve essere maggiore di zero.</source>
        <translation>The installment amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="92"/>
        <source>Con questa rata servirebbero {count} rate: al massimo {maximum}.</source>
        <translation>With this installment {count} installments would be needed: at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="118"/>
        <source>La rata supera 1/8 del reddito mensile del nucleo ({income}: 1/8 è {share}): il piano potrebbe non essere sostenibile.</source>
        <translation>The installment is above 1/8 of the household&apos;s monthly income ({income}: 1/8 is {share}): the plan may not be sustainable.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="123"/>
        <source>Il piano dura {months} mesi, oltre il massimo di {max_months}.</source>
        <translation>The plan lasts {months} months, beyond the maximum of {max_months}.</translation>
    </message>
    <message>
        <location filename="../../app/services/plans/rules.py" line="126"/>
        <source>L&apos;ultima rata è molto più piccola delle altre.</source>
        <translation>The last installment is much smaller than the others.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="26"/>
        <source>Il codice fiscale contiene una data di nascita che non esiste.</source>
        <translation>The tax code holds a birth date that does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="53"/>
        <source>Il codice fiscale deve avere 16 caratteri (ne ha {count}).</source>
        <translation>The tax code must have 16 characters (it has {count}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="55"/>
        <source>Questo è un codice numerico (di un&apos;azienda o provvisorio): serve il codice fiscale di 16 caratteri.</source>
        <translation>This is a numeric code (a company&apos;s or a provisional one): the 16-character tax code is needed.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="62"/>
        <source>Il codice fiscale non ha la forma giusta: 6 lettere, 2 cifre, la lettera del mese, 2 cifre, 1 lettera, 3 cifre e la lettera di controllo.</source>
        <translation>The tax code does not have the right form: 6 letters, 2 digits, the month&apos;s letter, 2 digits, 1 letter, 3 digits and the check letter.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="69"/>
        <source>L&apos;ultima lettera (di controllo) del codice fiscale non corrisponde: ricontrollare il codice carattere per carattere.</source>
        <translation>The last (check) letter of the tax code does not match: check the code character by character.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="122"/>
        <source>La data di nascita {typed} non corrisponde a quella nel codice fiscale ({in_code}).</source>
        <translation>The birth date {typed} does not match the one in the tax code ({in_code}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="128"/>
        <source>Il sesso indicato non corrisponde a quello nel codice fiscale (femminile).</source>
        <translation>The sex given does not match the one in the tax code (female).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/codice_fiscale.py" line="130"/>
        <source>Il sesso indicato non corrisponde a quello nel codice fiscale (maschile).</source>
        <translation>The sex given does not match the one in the tax code (male).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="123"/>
        <source>{field}: campo obbligatorio (gg/mm/aaaa).</source>
        <translation>{field}: required (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="128"/>
        <location filename="../../app/services/registry/forms.py" line="149"/>
        <location filename="../../app/services/registry/forms.py" line="221"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="137"/>
        <source>{field}: è nel futuro.</source>
        <translation>{field}: it is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="144"/>
        <location filename="../../app/services/registry/forms.py" line="175"/>
        <source>{field}: campo obbligatorio.</source>
        <translation>{field}: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="161"/>
        <source>{field}: campo obbligatorio ({allowed}).</source>
        <translation>{field}: required ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="166"/>
        <source>{field}: «{text}» non è tra i valori ammessi ({allowed}).</source>
        <translation>{field}: «{text}» is not one of the accepted values ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="180"/>
        <source>Codice nucleo</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="181"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="182"/>
        <source>Data di assegnazione</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="183"/>
        <source>Area SAP</source>
        <translation>SAP area</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="184"/>
        <source>Reddito mensile</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="188"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="190"/>
        <source>Morosità alla data</source>
        <translation>Arrears as of</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="212"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="213"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="214"/>
        <source>Data di nascita</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="215"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="221"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="226"/>
        <source>E-mail: indirizzo non valido (esempio: nome@dominio.it).</source>
        <translation>E-mail: invalid address (example: name@domain.it).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="241"/>
        <source>Tipo di ISEE</source>
        <translation>ISEE type</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="242"/>
        <source>Data di presentazione</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="243"/>
        <source>Valore ISEE</source>
        <translation>ISEE value</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/forms.py" line="247"/>
        <source>Il protocollo «{protocol}» non ha la forma consueta ({example}): controllarlo.</source>
        <translation>The protocol «{protocol}» does not have the usual form ({example}): check it.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="48"/>
        <source>Anagrafe utenza dell&apos;ente gestore (importazione)</source>
        <translation>Landlord&apos;s tenant registry (import)</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="387"/>
        <location filename="../../app/services/registry/households.py" line="410"/>
        <source>Codice nucleo: {code} è già registrato.</source>
        <translation>Household code: {code} is already registered.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="462"/>
        <source>L&apos;intestatario non può uscire dal nucleo: prima registrare il cambio di intestatario.</source>
        <translation>The holder cannot leave the household: first record the change of holder.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="477"/>
        <source>Data del cambio: è nel futuro.</source>
        <translation>Date of the change: it is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="483"/>
        <source>Il nuovo intestatario deve essere un componente del nucleo.</source>
        <translation>The new holder must be a member of the household.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="485"/>
        <source>Questa persona è già l&apos;intestatario.</source>
        <translation>This person is already the holder.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="545"/>
        <location filename="../../app/services/timeline.py" line="479"/>
        <source>Nucleo non trovato.</source>
        <translation>Household not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="559"/>
        <location filename="../../app/services/registry/persons.py" line="169"/>
        <location filename="../../app/services/registry/persons.py" line="324"/>
        <location filename="../../app/services/timeline.py" line="488"/>
        <source>Persona non trovata.</source>
        <translation>Person not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="566"/>
        <source>Attestazione ISEE non trovata.</source>
        <translation>ISEE attestation not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="598"/>
        <source>{person}, nucleo {household}</source>
        <translation>{person}, household {household}</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="600"/>
        <source>{person} (scritto {code})</source>
        <translation>{person} (written {code})</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/households.py" line="601"/>
        <source>Codice fiscale: appartiene già a {person}. Una persona non può stare in due nuclei.</source>
        <translation>Tax code: it already belongs to {person}. A person cannot be in two households.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="179"/>
        <source>Nessun dato importato: {bad}. Correggere il file e ripetere l&apos;importazione.</source>
        <translation>Nothing imported: {bad}. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="182"/>
        <source>Importati {created} e {updated} ({persons}), {unchanged}</source>
        <translation>Imported {created} and {updated} ({persons}), {unchanged}</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="183"/>
        <source>{n} nucleo nuovo</source>
        <translation>{n} new household</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="183"/>
        <source>{n} nuclei nuovi</source>
        <translation>{n} new households</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="184"/>
        <source>{n} aggiornato</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="184"/>
        <source>{n} aggiornati</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="185"/>
        <source>{n} persona</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="185"/>
        <source>{n} persone</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="186"/>
        <source>{n} invariato</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="186"/>
        <source>{n} invariati</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="190"/>
        <source>{n} persona uscita dal nucleo</source>
        <translation>{n} person left the household</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="190"/>
        <source>{n} persone uscite dal nucleo</source>
        <translation>{n} people left the household</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="192"/>
        <source>{n} nucleo saltato</source>
        <translation>{n} household skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="192"/>
        <source>{n} nuclei saltati</source>
        <translation>{n} households skipped</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="193"/>
        <source>{bad} ({skipped})</source>
        <translation>{bad} ({skipped})</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="195"/>
        <source>{n} avviso</source>
        <translation>{n} warning</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="195"/>
        <source>{n} avvisi</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="365"/>
        <source>Ruolo: campo obbligatorio ({allowed}).</source>
        <translation>Role: required ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="367"/>
        <source>Ruolo: «{text}» non è tra i valori ammessi ({allowed}).</source>
        <translation>Role: «{text}» is not one of the accepted values ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="380"/>
        <source>Riscaldamento centralizzato: «{text}» non è tra i valori ammessi (sì, no, x, 1, 0).</source>
        <translation>Central heating: «{text}» is not one of the accepted values (sì, no, x, 1, 0).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="451"/>
        <source>Il nucleo {code} ha {count} intestatari (righe {lines}): ce ne deve essere uno solo.</source>
        <translation>Household {code} has {count} holders (lines {lines}): there must be only one.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="455"/>
        <source>Il nucleo {code} non ha un intestatario: una delle sue righe deve avere ruolo «intestatario».</source>
        <translation>Household {code} has no holder: one of its lines must have the role «intestatario».</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="475"/>
        <source>{person} compare già alla riga {line} dello stesso nucleo: indicare ogni persona una sola volta.</source>
        <translation>{person} already appears on line {line} of the same household: list each person once.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="496"/>
        <source>Codice fiscale: lo stesso codice (o una sua variante per omocodia) compare anche alla riga {line}. Una persona non può stare in due nuclei né comparire due volte.</source>
        <translation>Tax code: the same code (or an omocodia variant of it) also appears on line {line}. A person cannot be in two households nor appear twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/importer.py" line="501"/>
        <source>Codice fiscale: lo stesso codice (o una sua variante per omocodia) compare anche alle righe {lines}. Una persona non può stare in due nuclei né comparire due volte.</source>
        <translation>Tax code: the same code (or an omocodia variant of it) also appears on lines {lines}. A person cannot be in two households nor appear twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/persons.py" line="249"/>
        <source>Data dell&apos;informativa: il {day} è nel futuro.</source>
        <translation>Date of the notice: {day} is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/persons.py" line="252"/>
        <source>Versione dell&apos;informativa: campo obbligatorio.</source>
        <translation>Version of the notice: required.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/persons.py" line="254"/>
        <source>Versione dell&apos;informativa: al massimo {length} caratteri.</source>
        <translation>Version of the notice: at most {length} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/persons.py" line="313"/>
        <source>Valore non ammesso: «{value}».</source>
        <translation>Value not accepted: «{value}».</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/persons.py" line="315"/>
        <source>Cittadinanza extra UE: rispondere sì o no, oppure lasciare «non chiesto».</source>
        <translation>Non-EU citizenship: answer yes or no, or leave «not asked».</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="84"/>
        <source>{name}: il formato .xls (Excel 97-2003) non è supportato. Salvarlo come .xlsx o .csv e riprovare.</source>
        <translation>{name}: the .xls format (Excel 97-2003) is not supported. Save it as .xlsx or .csv and try again.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="87"/>
        <source>{name}: formato non riconosciuto. Servono file .csv o .xlsx.</source>
        <translation>{name}: format not recognised. Files must be .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="91"/>
        <source>{name}: il file è vuoto.</source>
        <translation>{name}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="103"/>
        <source>{name}: il file contiene solo l&apos;intestazione, nessuna riga da importare.</source>
        <translation>{name}: the file holds only the header, no rows to import.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="128"/>
        <source>{name}: la colonna {column} compare due volte nell&apos;intestazione.</source>
        <translation>{name}: the column {column} appears twice in the header.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="135"/>
        <source>{name}: mancano le colonne {columns}. La prima riga deve contenere i nomi delle colonne (maiuscole, minuscole e spazi non contano).</source>
        <translation>{name}: the columns {columns} are missing. The first row must hold the column names (capitals, lower case and spaces do not matter).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="150"/>
        <source>{name}: non è un file CSV leggibile ({error}).</source>
        <translation>{name}: it is not a readable CSV file ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="159"/>
        <location filename="../../app/services/registry/spreadsheet.py" line="181"/>
        <source>{name}: impossibile leggere il file ({reason}).</source>
        <translation>{name}: the file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="170"/>
        <source>{name}: codifica dei caratteri non riconosciuta. Salvarlo come CSV UTF-8.</source>
        <translation>{name}: character encoding not recognised. Save it as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/services/registry/spreadsheet.py" line="184"/>
        <source>{name}: non è un file Excel .xlsx leggibile.</source>
        <translation>{name}: it is not a readable Excel .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="120"/>
        <source>Giorni proposti per la scadenza di un seguito</source>
        <translation>Default days until a follow-up is due</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="123"/>
        <source>Durata proposta di una visita (minuti)</source>
        <translation>Default visit duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="126"/>
        <source>Versione dell&apos;informativa privacy</source>
        <translation>Version of the privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="132"/>
        <source>Titolo dell&apos;informativa privacy</source>
        <translation>Title of the privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="136"/>
        <source>Testo dell&apos;informativa privacy</source>
        <translation>Text of the privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="139"/>
        <source>Piani di rientro: giorni di tolleranza dopo la scadenza di una rata</source>
        <translation>Repayment plans: grace days after an installment falls due</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="142"/>
        <source>Piani di rientro: rate mancate che fanno proporre la decadenza</source>
        <translation>Repayment plans: missed installments that make the program propose lapsing</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="145"/>
        <source>Piani di rientro: durata massima consigliata (mesi)</source>
        <translation>Repayment plans: recommended maximum length (months)</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="148"/>
        <source>Conservazione delle note informali (mesi)</source>
        <translation>Keep informal notes for (months)</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="207"/>
        <source>modificare le impostazioni</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="215"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="234"/>
        <source>L&apos;impostazione «{key}» non esiste.</source>
        <translation>The setting «{key}» does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="249"/>
        <source>scrivere un numero intero.</source>
        <translation>type a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="251"/>
        <source>il valore minimo è {minimum}.</source>
        <translation>the minimum is {minimum}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="253"/>
        <source>il valore massimo è {maximum}.</source>
        <translation>the maximum is {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="256"/>
        <source>scrivere un testo.</source>
        <translation>type a text.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="258"/>
        <source>campo obbligatorio.</source>
        <translation>required.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="260"/>
        <source>al massimo {max_length} caratteri.</source>
        <translation>at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="50"/>
        <source>Accesso allo sportello</source>
        <translation>Desk visit</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="51"/>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="52"/>
        <source>Visita domiciliare</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="53"/>
        <source>Contatto sul territorio</source>
        <translation>Outreach contact</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="57"/>
        <location filename="../../app/vocabulary.py" line="181"/>
        <source>annullata</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="157"/>
        <source>{topics} · operatore {operator}</source>
        <translation>{topics} · operator {operator}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="158"/>
        <source>nessun argomento</source>
        <translation>no topic</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="162"/>
        <source>mediazione in {language}</source>
        <translation>mediation in {language}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="164"/>
        <source>invio a {referral}</source>
        <translation>referred to {referral}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="166"/>
        <source>annullata: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="171"/>
        <source>{channel} · {office}</source>
        <translation>{channel} · {office}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="206"/>
        <source>chiuso il {day}: {note}</source>
        <translation>closed on {day}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="208"/>
        <source>chiuso il {day}</source>
        <translation>closed on {day}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="212"/>
        <source>entro il {day}</source>
        <translation>by {day}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="218"/>
        <source>Da fare: {task}</source>
        <translation>To do: {task}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="218"/>
        <source>ricontattare</source>
        <translation>contact again</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="219"/>
        <source>{when} · responsabile {owner}</source>
        <translation>{when} · in charge {owner}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="246"/>
        <source>Appuntamento · {office}</source>
        <translation>Appointment · {office}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="247"/>
        <source>ore {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="282"/>
        <source>presente</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="291"/>
        <source>Piano di rientro preparato</source>
        <translation>Repayment plan prepared</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="292"/>
        <source>Piano di rientro firmato e attivo</source>
        <translation>Repayment plan signed and active</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="293"/>
        <source>Piano di rientro sospeso</source>
        <translation>Repayment plan suspended</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="294"/>
        <source>Piano di rientro concluso</source>
        <translation>Repayment plan completed</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="295"/>
        <source>Piano di rientro decaduto</source>
        <translation>Repayment plan lapsed</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="296"/>
        <source>Piano di rientro rinegoziato</source>
        <translation>Repayment plan renegotiated</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="297"/>
        <source>Piano di rientro ritirato (mai firmato)</source>
        <translation>Repayment plan withdrawn (never signed)</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="299"/>
        <source>Piano di rientro riattivato</source>
        <translation>Repayment plan reactivated</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="313"/>
        <source>piano del {start} · {amount}</source>
        <translation>plan of {start} · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="336"/>
        <source>Pagamento piano di rientro: {amount}</source>
        <translation>Repayment plan payment: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="339"/>
        <source>stornato: {reason}</source>
        <translation>reversed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="342"/>
        <source>stornato</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="362"/>
        <source>{programme} · annualità {year}</source>
        <translation>{programme} · year {year}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="364"/>
        <source>Domanda di contributo respinta</source>
        <translation>Contribution application rejected</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="366"/>
        <source>Domanda di contributo ammessa</source>
        <translation>Contribution application eligible</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="370"/>
        <source>protocollo {number}</source>
        <translation>protocol {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="373"/>
        <source>Domanda di contributo presentata</source>
        <translation>Contribution application presented</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="377"/>
        <source>Contributo concesso: {amount}</source>
        <translation>Contribution granted: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="382"/>
        <source>Contributo pagato: {amount}</source>
        <translation>Contribution paid: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="385"/>
        <source>Domanda di contributo annullata</source>
        <translation>Contribution application cancelled</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="417"/>
        <source>Ricevuta {number}: {amount}</source>
        <translation>Receipt {number}: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="420"/>
        <source>annullata il {day}: {reason}</source>
        <translation>cancelled on {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="445"/>
        <source>Informato: {programme}</source>
        <translation>Informed: {programme}</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="63"/>
        <source>{day} alle {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="158"/>
        <source>Non c&apos;è ancora un database da copiare.</source>
        <translation>There is no database to copy yet.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="161"/>
        <source>La cartella {folder} non esiste: sceglierne una che esiste.</source>
        <translation>The folder {folder} does not exist: choose one that does.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="177"/>
        <source>La copia non è stata fatta: il database è danneggiato ({problem}). Le copie già fatte restano com&apos;erano.</source>
        <translation>No copy was made: the database is damaged ({problem}). The copies already made are left as they were.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="181"/>
        <source>il file dei dati non si è potuto leggere.</source>
        <translation>the data file could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="203"/>
        <source>Il file {file} non esiste.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="207"/>
        <location filename="../../app/store/backups.py" line="219"/>
        <location filename="../../app/store/maintenance.py" line="49"/>
        <source>Il file non è un database di Portierato.</source>
        <translation>The file is not a Portierato database.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="214"/>
        <source>Il file è danneggiato ({problem}).</source>
        <translation>The file is damaged ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="224"/>
        <source>Il file è stato scritto da una versione più recente di Portierato: aggiornare prima il programma.</source>
        <translation>The file was written by a newer version of Portierato: update the program first.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="251"/>
        <source>Il ripristino non è stato fatto e i dati attuali sono rimasti al loro posto. {reason}</source>
        <translation>The restore was not done and the current data are still in place. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="255"/>
        <source>La copia scritta per il ripristino non è risultata integra: {problem} Il database attuale è rimasto al suo posto.</source>
        <translation>The copy written for the restore did not check out sound: {problem} The current database is still in place.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="277"/>
        <source>Il database attuale non si può leggere: {reason} Il ripristino non è stato fatto.</source>
        <translation>The current database cannot be read: {reason} The restore was not done.</translation>
    </message>
    <message>
        <location filename="../../app/store/backups.py" line="301"/>
        <source>Il database è ancora in uso: il ripristino non è stato fatto. Chiudere gli altri programmi e riprovare.</source>
        <translation>The database is still in use: the restore was not done. Close the other programs and try again.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="30"/>
        <source>Database su server: il controllo dei file si fa sul server.</source>
        <translation>Database on a server: the files are checked on the server.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="31"/>
        <source>Database: {file}</source>
        <translation>Database: {file}</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="33"/>
        <source>Il file del database non esiste.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="35"/>
        <location filename="../../app/store/opening.py" line="123"/>
        <source>Il file dei dati {file} è vuoto (0 byte).</source>
        <translation>The data file {file} is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="41"/>
        <source>Integrità: il file è danneggiato: {findings}</source>
        <translation>Integrity: the file is damaged: {findings}</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="42"/>
        <source>Integrità: nessun problema.</source>
        <translation>Integrity: no problems.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="45"/>
        <source>Riferimenti: {count} righe rimandano a dati inesistenti.</source>
        <translation>References: {count} rows point to data that do not exist.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="46"/>
        <source>Riferimenti: tutti validi.</source>
        <translation>References: all valid.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="56"/>
        <source>Registro modifiche: integro, nessuna voce alterata, tolta o inserita a mano.</source>
        <translation>Change log: intact, no entry altered, removed or inserted by hand.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="65"/>
        <source>Il file è danneggiato o non è un database: {error}.</source>
        <translation>The file is damaged or not a database: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="68"/>
        <source>Schema: versione {revision}, aggiornata.</source>
        <translation>Schema: version {revision}, up to date.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="70"/>
        <source>Schema: versione {revision}, sarà aggiornata al prossimo avvio.</source>
        <translation>Schema: version {revision}, to be updated at the next start.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="72"/>
        <source>Schema: versione {revision}, scritta da una versione più recente di Portierato.</source>
        <translation>Schema: version {revision}, written by a newer version of Portierato.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="76"/>
        <source>Contenuto: {households} nuclei, {persons} persone, {isee_attestations} ISEE, {operators} operatori, {audit_entries} voci di registro modifiche.</source>
        <translation>Content: {households} households, {persons} people, {isee_attestations} ISEE, {operators} operators, {audit_entries} audit trail entries.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="82"/>
        <source>Postazione: {site} (sportello {office}).</source>
        <translation>Site: {site} (desk {office}).</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="84"/>
        <source>Postazione: non configurata.</source>
        <translation>Site: not configured.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="88"/>
        <source>Ultima copia di sicurezza: {taken_at}.</source>
        <translation>Latest backup: {taken_at}.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="88"/>
        <source>Nessuna copia di sicurezza.</source>
        <translation>No backups.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="126"/>
        <source>Registro modifiche: manca la voce n. {sequence} della postazione {site}: è stata tolta fuori dal programma.</source>
        <translation>Change log: entry no. {sequence} of workstation {site} is missing: it was removed outside the program.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="140"/>
        <source>Registro modifiche: la voce n. {sequence} della postazione {site} ({at}, {operator}, {entity} {record}) è stata modificata fuori dal programma.</source>
        <translation>Change log: entry no. {sequence} of workstation {site} ({at}, {operator}, {entity} {record}) was modified outside the program.</translation>
    </message>
    <message>
        <location filename="../../app/store/maintenance.py" line="144"/>
        <source>Registro modifiche: la voce n. {sequence} della postazione {site} ({at}, {operator}, {entity} {record}) è stata inserita o sostituita fuori dal programma.</source>
        <translation>Change log: entry no. {sequence} of workstation {site} ({at}, {operator}, {entity} {record}) was inserted or replaced outside the program.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="116"/>
        <source>Il file {database} non è un database di Portierato: spostarlo altrove o indicare un&apos;altra cartella.</source>
        <translation>The file {database} is not a Portierato database: move it elsewhere or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="123"/>
        <source>Il file dei dati {file} non c&apos;è più.</source>
        <translation>The data file {file} is gone.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="126"/>
        <location filename="../../app/store/opening.py" line="146"/>
        <source>L&apos;ultima copia di sicurezza è del {taken_at}: si può ripristinarla.</source>
        <translation>The latest backup is of {taken_at}: it can be restored.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="128"/>
        <source>Non ci sono copie di sicurezza in questa cartella: ripristinare una copia salvata altrove (per esempio su una chiavetta).</source>
        <translation>There are no backups in this folder: restore a copy saved elsewhere (on a USB stick, for example).</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="130"/>
        <source>{what} {offer}</source>
        <translation>{what} {offer}</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="148"/>
        <source>Non ci sono copie di sicurezza in questa cartella.</source>
        <translation>There are no backups in this folder.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="150"/>
        <source>Il file dei dati è danneggiato e non può essere usato. {offer}</source>
        <translation>The data file is damaged and cannot be used. {offer}</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="152"/>
        <source>{damaged} (dettaglio tecnico: {detail})</source>
        <translation>{damaged} (technical detail: {detail})</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="166"/>
        <source>Questo file non è un database di Portierato.</source>
        <translation>This file is not a Portierato database.</translation>
    </message>
    <message>
        <location filename="../../app/store/opening.py" line="169"/>
        <source>Questi dati sono stati scritti da una versione più recente di Portierato (schema {revision}). Installare la versione aggiornata del programma.</source>
        <translation>These data were written by a newer version of Portierato (schema {revision}). Install the updated program.</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="30"/>
        <location filename="../../app/record_labels.py" line="167"/>
        <location filename="../../app/vocabulary.py" line="37"/>
        <source>operatore</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="38"/>
        <source>tenant manager</source>
        <translation>tenant manager</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="39"/>
        <source>coordinatore</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="43"/>
        <source>femmina</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="44"/>
        <source>maschio</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="45"/>
        <source>non binario</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="49"/>
        <source>intestatario</source>
        <translation>holder</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="50"/>
        <source>componente</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="56"/>
        <source>protezione</source>
        <translation>protection</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="57"/>
        <source>accesso</source>
        <translation>access</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="58"/>
        <source>permanenza</source>
        <translation>continued tenancy</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="59"/>
        <source>decadenza</source>
        <translation>forfeiture</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="63"/>
        <source>ordinario</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="64"/>
        <source>corrente</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="68"/>
        <source>disoccupato/a</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="69"/>
        <source>disoccupato/a da più di 12 mesi</source>
        <translation>unemployed for more than 12 months</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="70"/>
        <source>inattivo/a (non cerca lavoro, studia, pensione...)</source>
        <translation>inactive (not looking for work, studying, retired...)</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="71"/>
        <source>occupato/a (anche in proprio)</source>
        <translation>employed (including self-employed)</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="75"/>
        <source>fino alla licenza media (ISCED 0-2)</source>
        <translation>up to lower secondary school (ISCED 0-2)</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="76"/>
        <source>diploma o qualifica professionale (ISCED 3-4)</source>
        <translation>upper secondary or vocational qualification (ISCED 3-4)</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="77"/>
        <source>laurea o titolo superiore (ISCED 5-8)</source>
        <translation>degree or higher (ISCED 5-8)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="96"/>
        <location filename="../../app/services/audit_trail.py" line="118"/>
        <source>consultare il registro modifiche</source>
        <translation>consult the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="106"/>
        <source>esportare il registro modifiche</source>
        <translation>export the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="131"/>
        <source>vedere chi ha consultato e modificato il nucleo</source>
        <translation>see who opened and changed the household</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="161"/>
        <location filename="../../app/vocabulary.py" line="81"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_trail.py" line="161"/>
        <location filename="../../app/vocabulary.py" line="82"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="83"/>
        <source>preferisce non rispondere</source>
        <translation>prefers not to say</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="90"/>
        <location filename="../../app/vocabulary.py" line="196"/>
        <source>allo sportello</source>
        <translation>at the desk</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="91"/>
        <source>al telefono</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="92"/>
        <source>visita a domicilio</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="93"/>
        <source>contatto sul territorio</source>
        <translation>outreach contact</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="99"/>
        <source>0-17 anni</source>
        <translation>0-17 years</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="100"/>
        <source>18-29 anni</source>
        <translation>18-29 years</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="101"/>
        <source>30-54 anni</source>
        <translation>30-54 years</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="102"/>
        <source>55-64 anni</source>
        <translation>55-64 years</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="103"/>
        <source>65 anni e oltre</source>
        <translation>65 and over</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="107"/>
        <source>prenotato</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="108"/>
        <source>presentato</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="109"/>
        <source>non presentato</source>
        <translation>did not attend</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="110"/>
        <source>annullato</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="114"/>
        <source>aperto</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="115"/>
        <source>scaduto</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="116"/>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="120"/>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="121"/>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="122"/>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="123"/>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="124"/>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="125"/>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="126"/>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="135"/>
        <source>bozza</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="54"/>
        <location filename="../../app/vocabulary.py" line="136"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="137"/>
        <source>sospeso</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="138"/>
        <source>concluso</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="139"/>
        <source>decaduto</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="140"/>
        <source>rinegoziato</source>
        <translation>renegotiated</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="208"/>
        <location filename="../../app/vocabulary.py" line="141"/>
        <source>ritirato</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="146"/>
        <source>canone di locazione</source>
        <translation>rent</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="147"/>
        <source>spese per servizi</source>
        <translation>service charges</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="148"/>
        <location filename="../../app/vocabulary.py" line="159"/>
        <location filename="../../app/vocabulary.py" line="192"/>
        <source>altro</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="152"/>
        <source>pagoPA</source>
        <translation>pagoPA</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="153"/>
        <source>bonifico</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="154"/>
        <source>addebito diretto</source>
        <translation>direct debit</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="155"/>
        <source>bollettino postale</source>
        <translation>postal payment slip</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="156"/>
        <location filename="../../app/vocabulary.py" line="190"/>
        <source>contanti</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="157"/>
        <source>da estratto conto</source>
        <translation>from the statement</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="165"/>
        <source>in tolleranza</source>
        <translation>within grace</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="166"/>
        <source>1-30 giorni</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="167"/>
        <source>31-60 giorni</source>
        <translation>31-60 days</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="168"/>
        <source>61-90 giorni</source>
        <translation>61-90 days</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="169"/>
        <source>oltre 90 giorni</source>
        <translation>over 90 days</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="176"/>
        <source>in bozza</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="177"/>
        <source>ammessa</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="178"/>
        <source>respinta</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="179"/>
        <source>concessa</source>
        <translation>granted</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="180"/>
        <source>pagata</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="187"/>
        <source>accredito sul conto SAP dell&apos;inquilino</source>
        <translation>credit on the tenant&apos;s SAP account</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="189"/>
        <source>bonifico bancario</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="191"/>
        <source>assegno</source>
        <translation>cheque</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="197"/>
        <source>per telefono</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="198"/>
        <source>per lettera</source>
        <translation>by letter</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="199"/>
        <source>con una visita a domicilio</source>
        <translation>with a home visit</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="200"/>
        <source>con un messaggio</source>
        <translation>with a message</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="204"/>
        <source>morosità ammessa solo con un piano di rientro attivo</source>
        <translation>arrears accepted only with an active repayment plan</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="206"/>
        <source>la morosità non conta</source>
        <translation>arrears do not count</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="210"/>
        <source>per l&apos;intero programma</source>
        <translation>for the whole programme</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="212"/>
        <source>per ogni annualità</source>
        <translation>for each year</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="216"/>
        <source>esente (con la norma indicata)</source>
        <translation>exempt (with the rule given)</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="218"/>
        <source>marca da bollo di 2,00 € applicata</source>
        <translation>2,00 € revenue stamp applied</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="225"/>
        <source>soddisfatto</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="226"/>
        <source>non soddisfatto</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="227"/>
        <source>da decidere</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="236"/>
        <source>Argomenti delle visite</source>
        <translation>Visit topics</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="237"/>
        <source>Servizi a cui si invia</source>
        <translation>Referral services</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="238"/>
        <source>Tipi di attività di gruppo</source>
        <translation>Group activity types</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="239"/>
        <source>Organizzazioni partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="246"/>
        <source>creazione</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="247"/>
        <source>modifica</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="248"/>
        <source>eliminazione</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="249"/>
        <source>consultazione</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="256"/>
        <source>nuclei</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="257"/>
        <source>persone</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="258"/>
        <source>visite</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="259"/>
        <source>impegni</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="260"/>
        <source>appuntamenti</source>
        <translation>appointments</translation>
    </message>
    <message>
        <location filename="../../app/record_labels.py" line="15"/>
        <location filename="../../app/record_labels.py" line="55"/>
        <location filename="../../app/vocabulary.py" line="261"/>
        <source>attività di gruppo</source>
        <translation>group activities</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="262"/>
        <source>piani di rientro</source>
        <translation>repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="263"/>
        <source>contributi</source>
        <translation>contributions</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="264"/>
        <source>ricevute</source>
        <translation>receipts</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="265"/>
        <source>contatti informativi</source>
        <translation>information contacts</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="266"/>
        <source>operatori</source>
        <translation>operators</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="267"/>
        <source>sportelli</source>
        <translation>desks</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="268"/>
        <source>elenchi</source>
        <translation>lists</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="269"/>
        <source>impostazioni</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="270"/>
        <source>programmi di contributo</source>
        <translation>contribution programmes</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="54"/>
        <source>Il file dei dati è occupato da un&apos;altra operazione: riprovare tra poco.</source>
        <translation>The data file is busy with another operation: try again shortly.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="57"/>
        <source>Il file dei dati non si può usare in questo momento (codice SQLite {code}): riprovare; se si ripete, chiamare l&apos;assistenza.</source>
        <translation>The data file cannot be used right now (SQLite code {code}): try again; if it happens again, call support.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="62"/>
        <source>La cartella dei dati {home} non si può usare: {reason}</source>
        <translation>The data folder {home} cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="76"/>
        <source>{path} è un file, non una cartella: indicare una cartella.</source>
        <translation>{path} is a file, not a folder: give a folder.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="77"/>
        <source>Il disco ha rifiutato l&apos;operazione su {path}: {reason}.</source>
        <translation>The disk refused the operation on {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="81"/>
        <source>errore di sistema {number}</source>
        <translation>system error {number}</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="81"/>
        <source>errore di sistema</source>
        <translation>system error</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="100"/>
        <source>Errore di lettura o scrittura del disco in {folder}: il disco o la chiavetta potrebbero essere guasti o scollegati. I dati non risultano danneggiati: fare una copia su un altro disco il prima possibile.</source>
        <translation>Disk read or write error in {folder}: the disk or USB stick may be faulty or disconnected. The data do not appear damaged: make a copy on another disk as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="120"/>
        <source>Il disco di {folder} è pieno (liberi: {free}): liberare spazio e riprovare. I dati non sono danneggiati.</source>
        <translation>The disk of {folder} is full (free: {free}): free some space and try again. The data are not damaged.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="127"/>
        <source>La cartella {folder} è su un disco in sola lettura: il programma non può scriverci. Indicare un disco scrivibile o chiedere all&apos;assistenza informatica.</source>
        <translation>The folder {folder} is on a read-only disk: the program cannot write there. Choose a writable disk or ask IT support.</translation>
    </message>
    <message>
        <location filename="../../app/store/disk.py" line="134"/>
        <source>Mancano i permessi per scrivere in {folder}: chiedere all&apos;assistenza informatica di restituirli all&apos;utente che usa il programma. I dati non sono danneggiati.</source>
        <translation>There is no permission to write in {folder}: ask IT support to give it back to the user running the program. The data are not damaged.</translation>
    </message>
    <message>
        <location filename="../../app/store/presence.py" line="64"/>
        <source>«{program}» (processo {pid} dell&apos;utente {user} su {computer}, aperto il {day} alle {time})</source>
        <translation>“{program}” (process {pid} of user {user} on {computer}, opened on {day} at {time})</translation>
    </message>
    <message>
        <location filename="../../app/store/presence.py" line="90"/>
        <source>È in corso un ripristino dei dati: riprovare tra qualche minuto.</source>
        <translation>A restore of the data is in progress: try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../app/store/presence.py" line="140"/>
        <source>Un altro ripristino è in corso su questi dati.</source>
        <translation>Another restore of these data is in progress.</translation>
    </message>
    <message>
        <location filename="../../app/store/presence.py" line="145"/>
        <source>Il database è aperto da un altro programma: {holders}. Chiuderlo e riprovare: il ripristino va fatto con i dati non in uso.</source>
        <translation>The database is open in another program: {holders}. Close it and try again: a restore is done with the data not in use.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlite_files.py" line="43"/>
        <source>Il file dei dati non si può leggere.</source>
        <translation>The data file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="241"/>
        <source>Il controllo del file dei dati ha trovato un problema, e da ora il programma non salva più nulla: annotare a parte quello che si stava scrivendo. {problem} Chiudendo il programma si potrà ripristinare l&apos;ultima copia di sicurezza.</source>
        <translation>The check of the data file found a problem, and from now on the program saves nothing more: note down elsewhere what you were writing. {problem} Closing the program offers to restore the latest backup.</translation>
    </message>
</context>
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
        <location filename="../../app/ui/desk/activities_view.py" line="61"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="62"/>
        <location filename="../../app/ui/desk/activities_view.py" line="91"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="63"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="64"/>
        <source>Luogo</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="65"/>
        <location filename="../../app/ui/desk/activities_view.py" line="91"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="66"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="67"/>
        <source>Persone registrate</source>
        <translation>Registered people</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="68"/>
        <source>Presenze totali</source>
        <translation>Total attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="80"/>
        <source>Nuova attività… (Ctrl+Shift+A)</source>
        <translation>New activity… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="81"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="82"/>
        <source>Presenze…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="91"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="91"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="112"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="115"/>
        <source>tutti i tipi</source>
        <translation>all types</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="183"/>
        <source>1 attività nel periodo</source>
        <translation>1 activity in the period</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="183"/>
        <source>%n attività nel periodo</source>
        <translation>%n activities in the period</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="185"/>
        <source>Nessuna attività nel periodo: Ctrl+Shift+A per registrarne una.</source>
        <translation>No activities in the period: Ctrl+Shift+A to record one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activities_view.py" line="193"/>
        <source>dal %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="178"/>
        <source>Nuova attività</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="178"/>
        <source>Modifica attività</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="186"/>
        <source>Attività</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="192"/>
        <source>scegliere…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="195"/>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="251"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="199"/>
        <source>es. Riunione della rete sociale di quartiere</source>
        <translation>e.g. Neighbourhood social network meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="200"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="201"/>
        <source>es. Spazio Polaresco, via del Polaresco 15</source>
        <translation>e.g. Spazio Polaresco, via del Polaresco 15</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="202"/>
        <source>Luogo</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="206"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="208"/>
        <source>nessuno (attività cittadina)</source>
        <translation>none (city-wide activity)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="214"/>
        <source>chi la organizza e la conduce</source>
        <translation>who organises and runs it</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="215"/>
        <source>Organizzatori</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="220"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="222"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="222"/>
        <source>Enti partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="223"/>
        <source>Una riga per incontro: gg/mm/aaaa hh:mm-hh:mm
F2 corregge, Ins aggiunge, Canc toglie.</source>
        <translation>One line per session: dd/mm/yyyy hh:mm-hh:mm
F2 edits, Ins adds, Del removes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="224"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="228"/>
        <source>Aggiungi incontro (Ins)</source>
        <translation>Add session (Ins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="229"/>
        <source>Togli incontro (Canc)</source>
        <translation>Remove session (Del)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="242"/>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="244"/>
        <source>Nuovo ente…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="247"/>
        <source>Nuovo ente nell&apos;elenco</source>
        <translation>New organisation for the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="249"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="251"/>
        <source>associazione, scuola, parrocchia…</source>
        <translation>association, school, parish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="254"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="254"/>
        <source>persona, telefono o e-mail</source>
        <translation>person, phone or email</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="256"/>
        <source>Aggiungi all&apos;elenco</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="261"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="261"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="277"/>
        <source>– non più in uso</source>
        <translation>– no longer in use</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="321"/>
        <source>Incontro %1: «%2» non si legge; scrivere gg/mm/aaaa hh:mm-hh:mm, per esempio 25/11/2026 18:00-20:00.</source>
        <translation>Session %1: “%2” cannot be read; write dd/mm/yyyy hh:mm-hh:mm, for example 25/11/2026 18:00-20:00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="327"/>
        <source>Incontro %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="69"/>
        <source>Nuova domanda di contributo riscaldamento</source>
        <translation>New heating contribution application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="76"/>
        <source>&amp;Nucleo</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="76"/>
        <source>Nessuna persona trovata.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="80"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="81"/>
        <source>&amp;Data della domanda</source>
        <translation>Application &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="82"/>
        <source>&amp;Annualità</source>
        <translation>Programme &amp;year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="83"/>
        <source>Requisiti (anteprima)</source>
        <translation>Requirements (preview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="90"/>
        <source>&amp;Salva la domanda</source>
        <translation>&amp;Save the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="90"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="112"/>
        <source>Scegliere la persona: la domanda è del suo nucleo.</source>
        <translation>Choose the person: the application is for their household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="114"/>
        <source>La persona scelta non fa parte di un nucleo.</source>
        <translation>The chosen person is not part of a household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="133"/>
        <source>Un requisito non è soddisfatto: la domanda sarà respinta.</source>
        <translation>A requirement is not met: the application will be rejected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="135"/>
        <source>Un requisito è da verificare: deciderà un coordinatore.</source>
        <translation>A requirement must be verified: a coordinator will decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="137"/>
        <source>Tutti i requisiti sono soddisfatti.</source>
        <translation>All requirements are met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="141"/>
        <source>Scegliere la persona che presenta la domanda (con il suo nucleo).</source>
        <translation>Choose the person who applies (with their household).</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="87"/>
        <source>tutte</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="92"/>
        <source>tutti</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="96"/>
        <source>nucleo, cognome o protocollo</source>
        <translation>household, surname or protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="100"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="101"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="102"/>
        <source>Annualità</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="103"/>
        <source>Presentata</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="104"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="105"/>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="106"/>
        <source>Spesa</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="107"/>
        <source>Concesso</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="108"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="115"/>
        <source>&amp;Nuova domanda…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="116"/>
        <source>A&amp;pri</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="177"/>
        <source>annullato</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="122"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tate</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="122"/>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="122"/>
        <source>Ann&amp;ualità</source>
        <translation>Y&amp;ear</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="151"/>
        <source>Domanda annullata: l&apos;importo di %1 non è impegnato.</source>
        <translation>Application cancelled: the amount of %1 is not committed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="155"/>
        <source>1 domanda</source>
        <translation>1 application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="155"/>
        <source>%n domande</source>
        <translation>%n applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="155"/>
        <source>Nessuna domanda con questi filtri.</source>
        <translation>No application with these filters.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="23"/>
        <source>Nuovo appuntamento</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="26"/>
        <source>Con chi</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="27"/>
        <source>Non registrata: scrivere nome e telefono qui sotto.</source>
        <translation>Not registered: enter the name and phone number below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="30"/>
        <source>Oppure nome</source>
        <translation>Or name</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="30"/>
        <source>chi non è ancora registrato</source>
        <translation>someone not yet registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="32"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="33"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="36"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="38"/>
        <source>Apertura</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="39"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="39"/>
        <source>es. 10:30</source>
        <translation>e.g. 10:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="40"/>
        <source>Durata (minuti)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="43"/>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="43"/>
        <source>da definire</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="45"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="73"/>
        <source>Lo sportello non ha aperture nelle prossime settimane: controllare gli orari.</source>
        <translation>The desk has no openings in the coming weeks: check its opening hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="76"/>
        <source>Scrivere l&apos;ora come 10:30.</source>
        <translation>Write the time as 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/appointment_dialog.py" line="83"/>
        <source>Scrivere i minuti come numero, per esempio 20.</source>
        <translation>Write the minutes as a number, for example 20.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="171"/>
        <source>Valutazione della domanda – nucleo %1</source>
        <translation>Assessment of the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="176"/>
        <source>Da verificare:</source>
        <translation>To verify:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="178"/>
        <source>&amp;Decisione</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="178"/>
        <source>Ammetti la domanda</source>
        <translation>Admit the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="178"/>
        <source>Respingi la domanda</source>
        <translation>Reject the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="180"/>
        <source>&amp;Motivazione</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="180"/>
        <source>obbligatoria</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="181"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="181"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="443"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="446"/>
        <source>Presenze – %1</source>
        <translation>Attendance – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="460"/>
        <source>Chi c&apos;era</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="463"/>
        <source>Incontro</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="469"/>
        <source>Nessuna persona trovata: chi non è registrato si conta tra gli altri partecipanti.</source>
        <translation>No one found: people who are not registered are counted among the other participants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="472"/>
        <source>Invio aggiunge la persona trovata ai presenti.</source>
        <translation>Enter adds the person found to those present.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="473"/>
        <source>Cerca</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="475"/>
        <source>Presenti</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="478"/>
        <source>Registrati</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="481"/>
        <source>Canc toglie la persona scelta.</source>
        <translation>Del removes the selected person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="486"/>
        <source>Altri, non registrati</source>
        <translation>Others, not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="491"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="491"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="507"/>
        <source>%1 – nucleo %2</source>
        <translation>%1 – household %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="536"/>
        <source>%1 registrati + %2 altri = %3 presenze a questo incontro.</source>
        <translation>%1 registered + %2 others = %3 attending this session.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="551"/>
        <source>%1 è già tra i presenti.</source>
        <translation>%1 is already among those present.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/activity_dialogs.py" line="557"/>
        <source>Aggiunta ai presenti: %1.</source>
        <translation>Added to those present: %1.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="46"/>
        <location filename="../../app/ui/settings/audit_tab.py" line="47"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="52"/>
        <source>tutte</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="55"/>
        <source>codice del nucleo o identificativo</source>
        <translation>household code or identifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="57"/>
        <source>C&amp;erca</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="58"/>
        <source>Esporta in E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="62"/>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="63"/>
        <source>A&amp;l</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="64"/>
        <source>&amp;Operatore</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="65"/>
        <source>&amp;Tabella</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="66"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Momento</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Postazione</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="78"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="81"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="81"/>
        <source>Prima</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="81"/>
        <source>Dopo</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="108"/>
        <source>tutti</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="158"/>
        <source>Le ultime %1 di %2 voci: restringere i filtri o esportare per vederle tutte.</source>
        <translation>The latest %1 of %2 entries: narrow the filters or export to see them all.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="163"/>
        <source>1 voce</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="163"/>
        <source>%n voci</source>
        <translation>%n entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="184"/>
        <source>Esporta il registro modifiche</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="192"/>
        <location filename="../../app/ui/settings/audit_tab.py" line="195"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="192"/>
        <source>1 riga esportata in %1</source>
        <translation>1 row exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="192"/>
        <source>%n righe esportate in %1</source>
        <translation>%n rows exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/audit_tab.py" line="195"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="51"/>
        <source>Nuova organizzazione partner</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="51"/>
        <source>Modifica organizzazione partner</source>
        <translation>Edit partner organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="53"/>
        <source>Nuova voce</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="53"/>
        <source>Rinomina voce</source>
        <translation>Rename entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="63"/>
        <source>Il nuovo nome compare anche nei dati già registrati. Per un significato diverso aggiungere una nuova voce e ritirare questa.</source>
        <translation>The new name also appears in the data already recorded. For a different meaning, add a new entry and retire this one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="67"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="72"/>
        <source>Tipo di organizzazione</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="73"/>
        <source>es. associazione, scuola, parrocchia</source>
        <translation>e.g. association, school, parish</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="78"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="79"/>
        <source>persona di riferimento, telefono, e-mail</source>
        <translation>contact person, phone, email</translation>
    </message>
</context>
<context>
    <name>CataloguesTab</name>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="113"/>
        <source>&amp;Elenco</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="117"/>
        <source>L&apos;ordine è quello dei moduli. Una voce già usata non si può eliminare: ritirarla, così resta nei dati registrati e non viene più proposta.</source>
        <translation>The forms show the entries in this order. An entry that has already been used cannot be deleted: retire it, so it stays in the recorded data but is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="125"/>
        <source>Aggiungi…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="126"/>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="200"/>
        <source>Rinomina…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="127"/>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="229"/>
        <source>Ritira</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="128"/>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="279"/>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="129"/>
        <source>Su</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="130"/>
        <source>Giù</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="131"/>
        <source>Sposta in su (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="132"/>
        <source>Sposta in giù (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="133"/>
        <source>Elimina una voce mai usata (Canc)</source>
        <translation>Delete an entry that was never used (Del)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="153"/>
        <source>Solo i coordinatori possono modificare gli elenchi.</source>
        <translation>Only coordinators can change the lists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="182"/>
        <source>Argomenti delle visite</source>
        <translation>Visit topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="183"/>
        <source>Servizi a cui si invia</source>
        <translation>Referral services</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="184"/>
        <source>Tipi di attività di gruppo</source>
        <translation>Group activity types</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="185"/>
        <source>Organizzazioni partner</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="194"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="194"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="194"/>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="194"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="200"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="204"/>
        <source>ritirato</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="204"/>
        <source>in uso</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="229"/>
        <source>Rimetti in uso</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/catalogues_tab.py" line="283"/>
        <source>Eliminare «%1» dall&apos;elenco?</source>
        <translation>Delete “%1” from the list?</translation>
    </message>
</context>
<context>
    <name>ContributionDialogs</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="42"/>
        <source>Requisito</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="42"/>
        <source>Dati usati</source>
        <translation>Data used</translation>
    </message>
</context>
<context>
    <name>ContributionWindow</name>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="58"/>
        <source>Domanda</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="59"/>
        <source>Passaggi</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="64"/>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="65"/>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="66"/>
        <source>Presentata il</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="67"/>
        <source>Protocollo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="68"/>
        <source>Importi</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="74"/>
        <source>Inserita</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="75"/>
        <source>Valutata</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="76"/>
        <source>Concessa</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="77"/>
        <source>Pagata</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="78"/>
        <source>Annullata</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="93"/>
        <source>Requisiti (come verificati per la domanda)</source>
        <translation>Requirements (as checked for the application)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="106"/>
        <source>Stampa &amp;domanda…</source>
        <translation>Print &amp;application…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="107"/>
        <source>&amp;Protocollo…</source>
        <translation>&amp;Protocol…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="108"/>
        <source>Verifica di n&amp;uovo</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="109"/>
        <source>Valu&amp;ta…</source>
        <translation>Asses&amp;s…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="110"/>
        <source>Conc&amp;edi…</source>
        <translation>Grant (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="111"/>
        <source>Registra pa&amp;gamento…</source>
        <translation>Record pa&amp;yment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="112"/>
        <source>Stampa &amp;ricevuta…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="113"/>
        <source>A&amp;nnulla…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="114"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="155"/>
        <source>Domanda di contributo – nucleo %1</source>
        <translation>Contribution application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="156"/>
        <source>%1 – annualità %2 – nucleo %3</source>
        <translation>%1 – year %2 – household %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="157"/>
        <source>Stato: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="163"/>
        <source>n. %1 del %2</source>
        <translation>no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="165"/>
        <source>non ancora assegnato</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="167"/>
        <source>tetto %1, già ricevuti dal nucleo %2</source>
        <translation>cap %1, already received by the household %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="169"/>
        <source>spesa documentata %1 (%2)</source>
        <translation>documented cost %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="171"/>
        <source>concessi %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="177"/>
        <source>il %1 da %2</source>
        <translation>on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="189"/>
        <source>ricevuta %1</source>
        <translation>receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="196"/>
        <source>Verificati il %1: %2</source>
        <translation>Checked on %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="246"/>
        <source>Operazione non eseguita</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="271"/>
        <source>Requisiti verificati di nuovo il %1: %2 soddisfatti, %3 da verificare, %4 non soddisfatti.</source>
        <translation>Requirements checked again on %1: %2 met, %3 to verify, %4 not met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="294"/>
        <location filename="../../app/ui/contributions/window.py" line="309"/>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="294"/>
        <source>La domanda è %1.</source>
        <translation>The application is %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="301"/>
        <source>Respingere la domanda? Un requisito non è soddisfatto: %1.</source>
        <translation>Reject the application? A requirement is not met: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="306"/>
        <source>Ammettere la domanda? Tutti i requisiti risultano soddisfatti.</source>
        <translation>Admit the application? All requirements are met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="337"/>
        <source>La domanda resta nell&apos;elenco come annullata, con il motivo.</source>
        <translation>The application stays in the list as cancelled, with the reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="339"/>
        <source>L&apos;importo concesso torna nel budget.</source>
        <translation>The granted amount returns to the budget.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="341"/>
        <source>Anche la ricevuta %1 viene annullata.</source>
        <translation>Receipt %1 is cancelled too.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="342"/>
        <source>Annulla la domanda – nucleo %1</source>
        <translation>Cancel the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/window.py" line="342"/>
        <source>&amp;Annulla la domanda</source>
        <translation>&amp;Cancel the application</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="64"/>
        <source>Budget %9: %1 · erogato prima %2 (%3 nuclei) · concessi %4 (%5) · pagati %6 (%7) · disponibili %8</source>
        <translation>Budget %9: %1 · paid out before %2 (%3 households) · granted %4 (%5) · paid %6 (%7) · available %8</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="455"/>
        <source>Contributo riscaldamento (azione L.1): il budget e dove è andato</source>
        <translation>Heating contribution (action L.1): the budget and where it went</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="461"/>
        <source>&amp;Domande</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="462"/>
        <source>Ric&amp;evute</source>
        <translation>R&amp;eceipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="463"/>
        <source>Da inf&amp;ormare</source>
        <translation>T&amp;o inform</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="464"/>
        <source>Pro&amp;gramma</source>
        <translation>Pro&amp;gramme</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="307"/>
        <source>Decisione sul piano del nucleo %1</source>
        <translation>Decision on the plan of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="312"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="314"/>
        <location filename="../../app/ui/plans/dialogs.py" line="335"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="315"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="317"/>
        <source>Proposta del programma: %1</source>
        <translation>Proposed by the program: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="323"/>
        <source>Conferma la decisione</source>
        <translation>Confirm the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="323"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="335"/>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="336"/>
        <source>facoltativo</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="336"/>
        <source>obbligatorio</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>DeskDayView</name>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="67"/>
        <source>Nuova visita (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="68"/>
        <source>Prenota un appuntamento…</source>
        <translation>Book an appointment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="78"/>
        <location filename="../../app/ui/desk/day_view.py" line="82"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="78"/>
        <location filename="../../app/ui/desk/day_view.py" line="82"/>
        <location filename="../../app/ui/desk/day_view.py" line="83"/>
        <location filename="../../app/ui/desk/day_view.py" line="84"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="78"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="78"/>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="78"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="79"/>
        <source>Registra la visita (Invio)</source>
        <translation>Record the visit (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="80"/>
        <source>Non si è presentato</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="81"/>
        <source>Annulla appuntamento…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="82"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="82"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="82"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="83"/>
        <location filename="../../app/ui/desk/day_view.py" line="84"/>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="83"/>
        <location filename="../../app/ui/desk/day_view.py" line="84"/>
        <source>Cosa fare</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="84"/>
        <source>Di chi</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="85"/>
        <location filename="../../app/ui/desk/day_view.py" line="86"/>
        <source>Chiudi il seguito (Invio)…</source>
        <translation>Close the follow-up (Enter)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="89"/>
        <source>Appuntamenti di oggi</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="90"/>
        <source>Visite registrate oggi</source>
        <translation>Visits recorded today</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="91"/>
        <source>Seguiti miei in scadenza o in ritardo</source>
        <translation>My follow-ups due or overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="92"/>
        <source>Seguiti dello sportello (altri operatori)</source>
        <translation>Desk follow-ups (other operators)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="127"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="136"/>
        <source>(annullata)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="146"/>
        <source>Sportello aperto ora.</source>
        <translation>The desk is open now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="149"/>
        <source>Oggi apre: %1</source>
        <translation>Opens today: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="151"/>
        <source>Oggi lo sportello non è aperto. Prossima apertura: %1</source>
        <translation>The desk is not open today. Next opening: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="152"/>
        <source>Lo sportello non ha orari di apertura.</source>
        <translation>The desk has no opening hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="156"/>
        <source>%1 (in ritardo di %2 gg)</source>
        <translation>%1 (%2 days late)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="157"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="178"/>
        <location filename="../../app/ui/desk/day_view.py" line="186"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="184"/>
        <source>Annulla appuntamento</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="184"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="197"/>
        <location filename="../../app/ui/desk/day_view.py" line="203"/>
        <source>Chiudi il seguito</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/day_view.py" line="197"/>
        <source>Com&apos;è andata (facoltativo):</source>
        <translation>How did it go? (optional):</translation>
    </message>
</context>
<context>
    <name>DeskSettingsTab</name>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="62"/>
        <source>Giorni proposti per la scadenza di un seguito</source>
        <translation>Default days until a follow-up is due</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="63"/>
        <source>Durata proposta di una visita (minuti)</source>
        <translation>Default visit duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="64"/>
        <source>Conservazione delle note informali (mesi)</source>
        <translation>Keep informal notes for (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="65"/>
        <source>Piani di rientro: giorni di tolleranza dopo la scadenza di una rata</source>
        <translation>Repayment plans: grace days after an installment falls due</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="66"/>
        <source>Piani di rientro: rate mancate che fanno proporre la decadenza</source>
        <translation>Repayment plans: missed installments that make the program propose lapsing</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="67"/>
        <source>Piani di rientro: durata massima consigliata (mesi)</source>
        <translation>Repayment plans: recommended maximum length (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="68"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="69"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="70"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="73"/>
        <source>Proposte dei moduli, conservazione e piani di rientro</source>
        <translation>Form defaults, retention and repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="79"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="82"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="90"/>
        <source>cambiarla quando cambia il testo: per ogni persona resta registrata la versione ricevuta</source>
        <translation>change it when the text changes: the version each person received stays on record</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="96"/>
        <source>Paragrafi separati da una riga vuota; una riga breve senza punto finale è stampata come titoletto.</source>
        <translation>Separate paragraphs with a blank line; a short line without a full stop is printed as a subheading.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="102"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="103"/>
        <source>Salva (Ctrl+S, o Invio in un campo di una riga)</source>
        <translation>Save (Ctrl+S, or Enter in a single-line field)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="105"/>
        <location filename="../../app/ui/settings/desk_tab.py" line="235"/>
        <source>Anteprima di stampa</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="118"/>
        <source>Solo i coordinatori possono modificare le impostazioni.</source>
        <translation>Only coordinators can change the settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="192"/>
        <source>Nessuna modifica da salvare.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="211"/>
        <source>Impostazioni salvate.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="217"/>
        <source>Versione dell&apos;informativa</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="219"/>
        <source>Il testo dell&apos;informativa è cambiato ma la versione è sempre «%1». Per ogni persona è registrata la versione ricevuta: chi ha già avuto l&apos;informativa risulterà aver ricevuto questo nuovo testo. Per un cambiamento di sostanza cambiare anche la versione.

Salvare con la stessa versione?</source>
        <translation>The text of the privacy notice has changed but the version is still “%1”. The version each person received is what is recorded: anyone who has already had the notice will appear to have received this new text. For a substantive change, change the version too.

Save with the same version?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="236"/>
        <source>L&apos;anteprima mostra l&apos;informativa salvata. Salvare adesso le modifiche?</source>
        <translation>The preview shows the saved privacy notice. Save the changes now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/desk_tab.py" line="255"/>
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
        <location filename="../../app/ui/import_dialog.py" line="88"/>
        <source>Importazione non riuscita per un errore imprevisto; i dettagli sono nel registro.</source>
        <translation>The import failed because of an unexpected error; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="20"/>
        <source>Primo avvio di Portierato</source>
        <translation>Portierato – first start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="27"/>
        <source>Benvenuti. Indicare lo sportello di questo computer e il suo codice postazione: il codice compare sulle ricevute e non si potrà cambiare. Un secondo computer dello stesso sportello usa un codice diverso (es. CEL2).</source>
        <translation>Welcome. Choose the desk this computer serves and its workstation code: the code appears on receipts and cannot be changed later. A second computer at the same desk uses a different code (e.g. CEL2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="35"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="38"/>
        <source>Codice postazione</source>
        <translation>Workstation code</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="43"/>
        <source>&lt;b&gt;Primo coordinatore&lt;/b&gt; (potrà poi aggiungere gli altri operatori)</source>
        <translation>&lt;b&gt;First coordinator&lt;/b&gt; (can add the other operators later)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="45"/>
        <source>es. a.negro</source>
        <translation>e.g. a.negro</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="46"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="48"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="51"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="54"/>
        <source>Ripetere la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="55"/>
        <source>Inizia</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="55"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="65"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/forms.py" line="84"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="85"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="202"/>
        <source>Controllare prima di salvare</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="203"/>
        <source>Salvare comunque?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="220"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="221"/>
        <source>Chiudere senza salvare? Quello che è stato scritto andrà perso.</source>
        <translation>Close without saving? What has been typed will be lost.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="196"/>
        <source>Concessione del contributo – nucleo %1</source>
        <translation>Grant of the contribution – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="200"/>
        <source>&amp;Spesa di riscaldamento (€)</source>
        <translation>Heating &amp;cost (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="202"/>
        <source>&amp;Riferimento bolletta</source>
        <translation>&amp;Bill reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="202"/>
        <source>numero e periodo della bolletta SAP</source>
        <translation>number and period of the SAP bill</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="209"/>
        <source>&amp;Importo concesso (€)</source>
        <translation>Granted &amp;amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="209"/>
        <source>vuoto: l&apos;importo proposto</source>
        <translation>empty: the proposed amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="211"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="212"/>
        <source>&amp;Concedi</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="212"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="223"/>
        <source>Scrivere la spesa documentata, per esempio 524,65.</source>
        <translation>Write the documented cost, for example 524,65.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="232"/>
        <source>Importo proposto: %1 · al nucleo restano %2 del tetto di %3 (già ricevuti %4) · budget disponibile %5</source>
        <translation>Proposed amount: %1 · the household has %2 left of the cap of %3 (already received %4) · budget available %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="247"/>
        <source>Contributo non concesso</source>
        <translation>Contribution not granted</translation>
    </message>
</context>
<context>
    <name>HolderChangeDialog</name>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="275"/>
        <source>Cambio di intestatario</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="278"/>
        <source>Nuovo intestatario</source>
        <translation>New holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="279"/>
        <source>Dal giorno</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="280"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="280"/>
        <source>es. decesso, separazione</source>
        <translation>e.g. death, separation</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="98"/>
        <source>Nuovo nucleo</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="98"/>
        <source>Modifica nucleo</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="107"/>
        <source>Nucleo e alloggio</source>
        <translation>Household and dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="108"/>
        <source>Codice nucleo</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="108"/>
        <source>come nell&apos;Anagrafe Utenza</source>
        <translation>as in the tenant registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="109"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="109"/>
        <source>es. via Pizzo Tre Signori</source>
        <translation>e.g. via Pizzo Tre Signori</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="110"/>
        <source>Civico</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="111"/>
        <source>Scala</source>
        <translation>Staircase</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="112"/>
        <source>Piano</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="113"/>
        <source>Interno</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="114"/>
        <source>Quartiere</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="115"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="117"/>
        <source>Riscaldamento</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="118"/>
        <source>Assegnazione e situazione</source>
        <translation>Assignment and situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="119"/>
        <source>Data di assegnazione</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="120"/>
        <source>Area SAP</source>
        <translation>SAP area</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="124"/>
        <source>Sportello di riferimento</source>
        <translation>Assigned desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="125"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="128"/>
        <source>Reddito mensile (€)</source>
        <translation>Monthly income (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="129"/>
        <source>nota all&apos;ente gestore</source>
        <translation>known to the housing manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="131"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="132"/>
        <source>Importo morosità (€)</source>
        <translation>Arrears amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="132"/>
        <source>0 se in regola</source>
        <translation>0 if up to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="133"/>
        <source>Morosità alla data</source>
        <translation>Arrears as of</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="134"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="137"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="77"/>
        <source>← Elenco (Esc)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="78"/>
        <source>Modifica nucleo (Ctrl+E)</source>
        <translation>Edit household (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="94"/>
        <source>Alloggio e situazione</source>
        <translation>Dwelling and situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="96"/>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="97"/>
        <source>Assegnazione</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="98"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="99"/>
        <source>Reddito mensile</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="100"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="101"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="104"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="107"/>
        <source>Aggiungi componente</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="108"/>
        <source>Modifica persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="109"/>
        <source>Cambio intestatario…</source>
        <translation>Change holder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="110"/>
        <location filename="../../app/ui/registry/household_page.py" line="494"/>
        <location filename="../../app/ui/registry/household_page.py" line="501"/>
        <source>Esce dal nucleo</source>
        <translation>Leaves the household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="111"/>
        <source>Nuova visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="112"/>
        <source>Informativa privacy…</source>
        <translation>Privacy notice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="113"/>
        <source>Dati per il finanziatore…</source>
        <translation>Funder data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="115"/>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <source>Presentata il</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <source>Valida fino al</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <location filename="../../app/ui/registry/household_page.py" line="149"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="129"/>
        <source>Protocollo</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="132"/>
        <source>Aggiungi ISEE</source>
        <translation>Add ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="133"/>
        <source>Modifica ISEE</source>
        <translation>Edit ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="134"/>
        <location filename="../../app/ui/registry/household_page.py" line="518"/>
        <location filename="../../app/ui/registry/household_page.py" line="524"/>
        <source>Elimina ISEE</source>
        <translation>Delete ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="135"/>
        <source>Attestazioni ISEE</source>
        <translation>ISEE certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Piano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Debito</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Residuo</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Prossima rata</source>
        <translation>Next installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="138"/>
        <source>Proposta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="142"/>
        <source>Nuovo &amp;piano di rientro…</source>
        <translation>New repayment &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="143"/>
        <source>Apri il pia&amp;no</source>
        <translation>Open the pla&amp;n</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="145"/>
        <source>Contributo &amp;riscaldamento…</source>
        <translation>Heating cont&amp;ribution…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="146"/>
        <source>Nuova domanda di contributo riscaldamento (azione L.1) per questo nucleo</source>
        <translation>New heating contribution application (action L.1) for this household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="147"/>
        <location filename="../../app/ui/registry/household_page.py" line="451"/>
        <source>Piani di rientro</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="149"/>
        <location filename="../../app/ui/registry/household_page.py" line="153"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="149"/>
        <location filename="../../app/ui/registry/household_page.py" line="153"/>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="149"/>
        <location filename="../../app/ui/registry/household_page.py" line="153"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="149"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="150"/>
        <source>Tutte le visite del nucleo</source>
        <translation>All the household&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="151"/>
        <source>Storia del nucleo (visite, seguiti, appuntamenti, attività, piani di rientro)</source>
        <translation>Household history (visits, follow-ups, appointments, activities, repayment plans)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="153"/>
        <source>Su</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="153"/>
        <source>Campi modificati</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="154"/>
        <source>Chi ha consultato e modificato i dati (ultime %1 voci)</source>
        <translation>Who opened and changed the data (latest %1 entries)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="159"/>
        <source>Storico intestatari</source>
        <translation>Holder history</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="248"/>
        <source>Nucleo %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="250"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="250"/>
        <source>riscaldamento autonomo</source>
        <translation>individual heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="253"/>
        <source>data non indicata</source>
        <translation>date not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="254"/>
        <source>dal %1, area %2</source>
        <translation>since %1, area %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="256"/>
        <source>dato mancante (non comunicato dall&apos;ente gestore)</source>
        <translation>missing (not reported by the housing manager)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="259"/>
        <source>%1 al %2</source>
        <translation>%1 as of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="261"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="262"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="272"/>
        <source>CF da completare</source>
        <translation>tax code to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="292"/>
        <source>valida, è quella che conta oggi</source>
        <translation>valid, the one that applies today</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="294"/>
        <source>valida</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="294"/>
        <source>scaduta</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="309"/>
        <source>dal %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="314"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="349"/>
        <source>%1: da %2 a %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="355"/>
        <source>Nessun cambio di intestatario registrato.</source>
        <translation>No change of holder recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="394"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="395"/>
        <source>Registrare che %1 ha ricevuto oggi l&apos;informativa?</source>
        <translation>Record that %1 received the privacy notice today?</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="452"/>
        <source>Il nucleo ha già un piano %1 dal %2: aprirlo per firmarlo, rinegoziarlo o chiuderlo.</source>
        <translation>The household already has a plan (%1) from %2: open it to sign, renegotiate or close it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="463"/>
        <source>Visite del nucleo %1</source>
        <translation>Visits of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="483"/>
        <source>Cambio intestatario</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="483"/>
        <source>Aggiungere prima il nuovo intestatario come componente del nucleo.</source>
        <translation>First add the new holder as a member of the household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="495"/>
        <source>%1 non fa più parte del nucleo? La persona resta registrata.</source>
        <translation>Is %1 no longer part of the household? The person stays on record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/household_page.py" line="518"/>
        <source>Eliminare l&apos;attestazione selezionata? Usare solo per un inserimento sbagliato.</source>
        <translation>Delete the selected certificate? Only for one entered by mistake.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="72"/>
        <source>Codice nucleo</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="73"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="74"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="75"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="76"/>
        <source>Quartiere</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="77"/>
        <source>Area SAP</source>
        <translation>SAP area</translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="217"/>
        <source>Cerca per cognome, nome, codice fiscale, codice nucleo o indirizzo (Ctrl+F)</source>
        <translation>Search by surname, name, tax code, household code or address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="220"/>
        <source>Nuovo nucleo (Ctrl+Shift+N)</source>
        <translation>New household (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="221"/>
        <source>Importa anagrafe…</source>
        <translation>Import registry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="305"/>
        <source>Nessun nucleo trovato.</source>
        <translation>No household found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="305"/>
        <source>L&apos;anagrafe è vuota: importare l&apos;anagrafe dell&apos;ente gestore o creare un nucleo.</source>
        <translation>The registry is empty: import the housing manager&apos;s registry or create a household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="307"/>
        <source>Almeno %1 nuclei…</source>
        <translation>At least %1 households…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="309"/>
        <source>Più di %1 nuclei: scrivere altro per restringere la ricerca.</source>
        <translation>More than %1 households: type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="311"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/households_view.py" line="311"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="96"/>
        <source>Importa anagrafe – %1</source>
        <translation>Import registry – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="96"/>
        <source>Importa solo i nuclei senza errori e salta gli altri</source>
        <translation>Import only the households without errors and skip the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>Il file contiene</source>
        <translation>The file contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="126"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="126"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="128"/>
        <source>e 1 persona.</source>
        <translation>and 1 person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="128"/>
        <source>e %n persone.</source>
        <translation>and %n people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="133"/>
        <source>1 riga non è valida (in rosso): correggerla nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>1 row is not valid (in red): correct it in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134"/>
        <source>%n righe non sono valide (in rosso): correggerle nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>%n rows are not valid (in red): correct them in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138"/>
        <source>Nessun errore: si può importare.</source>
        <translation>No errors: ready to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="147"/>
        <source>Importazione in corso…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="161"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="306"/>
        <source>Inquilino informato – %1</source>
        <translation>Tenant informed – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="310"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="311"/>
        <source>&amp;Come</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="312"/>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="313"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="313"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IseeDialog</name>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="221"/>
        <source>Nuova attestazione ISEE</source>
        <translation>New ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="221"/>
        <source>Modifica attestazione ISEE</source>
        <translation>Edit ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="232"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="235"/>
        <source>Protocollo INPS</source>
        <translation>INPS reference no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="236"/>
        <source>Data di presentazione</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="237"/>
        <source>Valore ISEE (€)</source>
        <translation>ISEE value (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="239"/>
        <source>Validità</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="250"/>
        <source>si calcola dalla data di presentazione</source>
        <translation>calculated from the filing date</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="253"/>
        <source>valida fino al %1</source>
        <translation>valid until %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="20"/>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>su richiesta</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>alla chiusura</source>
        <translation>at closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>prima di un ripristino</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>prima di un aggiornamento</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>%1 alle %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>es. 1.234,56</source>
        <translation>e.g. 1.234,56</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>gg/mm/aaaa hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>non chiesto</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>riattivare (fine della sospensione)</source>
        <translation>reactivate (end of the suspension)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>attivare (firmato)</source>
        <translation>activate (signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>sospendere (es. morosità incolpevole)</source>
        <translation>suspend (e.g. arrears through no fault of the tenant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>concludere (tutto pagato)</source>
        <translation>complete (everything paid)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>dichiarare decaduto</source>
        <translation>declare lapsed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>rinegoziare</source>
        <translation>renegotiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>ritirare la bozza (non firmata)</source>
        <translation>withdraw the draft (not signed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93"/>
        <source>concluderlo?</source>
        <translation>complete it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94"/>
        <source>decadenza?</source>
        <translation>lapse?</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>requisiti soddisfatti</source>
        <translation>requirements met</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108"/>
        <source>un requisito non è soddisfatto</source>
        <translation>a requirement is not met</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>un requisito è da verificare</source>
        <translation>a requirement must be verified</translation>
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
        <location filename="../../app/ui/main_window.py" line="51"/>
        <source>Portierato di Comunità – %1</source>
        <translation>Portierato di Comunità – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Giornata</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Visite</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Attività di gruppo</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Piani di rientro</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Contributi</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Dati da completare</source>
        <translation>Details to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Postazione %1 · sportello %2 · %3</source>
        <translation>Workstation %1 · desk %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>&amp;Anagrafe</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>&amp;Vai a</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
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
        <location filename="../../app/ui/settings/settings_view.py" line="268"/>
        <source>Il programma fa da solo una copia di sicurezza a ogni chiusura e prima di ogni aggiornamento, e conserva le ultime 10 più una al giorno per 30 giorni. Per portare i dati altrove salvare una copia su una chiavetta.</source>
        <translation>The program backs up by itself every time it closes and before every update, and keeps the last 10 plus one a day for 30 days. To take the data elsewhere, save a copy on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="275"/>
        <source>Copia di sicurezza adesso</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="276"/>
        <source>Salva una copia in…</source>
        <translation>Save a copy to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="277"/>
        <source>Ripristina da una copia…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="279"/>
        <source>Controlla il database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="284"/>
        <source>Copia del</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="284"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="284"/>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="284"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="302"/>
        <source>Nessuna copia ancora: la prima si farà alla chiusura del programma.</source>
        <translation>No backups yet: the first one will be made when the program closes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="305"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="311"/>
        <location filename="../../app/ui/settings/settings_view.py" line="323"/>
        <source>Manutenzione</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="322"/>
        <source>Operazione non riuscita: %1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="332"/>
        <location filename="../../app/ui/settings/settings_view.py" line="344"/>
        <source>Copia scritta in %1</source>
        <translation>Copy written to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="334"/>
        <location filename="../../app/ui/settings/settings_view.py" line="342"/>
        <source>Copia in corso…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="337"/>
        <source>Salva una copia del database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="337"/>
        <location filename="../../app/ui/settings/settings_view.py" line="350"/>
        <source>Database Portierato (*.sqlite3)</source>
        <translation>Portierato database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="337"/>
        <source>portierato-copia.sqlite3</source>
        <translation>portierato-copy.sqlite3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="350"/>
        <source>Scegliere la copia da ripristinare</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="355"/>
        <location filename="../../app/ui/settings/settings_view.py" line="359"/>
        <location filename="../../app/ui/settings/settings_view.py" line="371"/>
        <location filename="../../app/ui/settings/settings_view.py" line="387"/>
        <location filename="../../app/ui/settings/settings_view.py" line="396"/>
        <source>Ripristino</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="361"/>
        <source>I dati attuali saranno sostituiti da quelli della copia scelta. Prima viene conservata una copia dei dati attuali. Il programma poi si riavvia. Procedere?</source>
        <translation>The current data will be replaced by the data in the chosen backup. A copy of the current data is kept first. Then the program restarts. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="375"/>
        <source>Dati ripristinati. Il programma si riavvia.</source>
        <translation>Data restored. The program will now restart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="378"/>
        <source>%1 del %2, %3, %4</source>
        <translation>%1 of %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="380"/>
        <source>%1 (dati non disponibili: vedere la copia cartacea)</source>
        <translation>%1 (details not available: see the paper copy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/settings/settings_view.py" line="384"/>
        <source>Dati ripristinati. Attenzione: la copia non contiene %n ricevute già emesse. I loro numeri non saranno riemessi; le ricevute vanno ricostruite con il loro numero:</source>
        <translation>
            <numerusform>Data restored. Warning: the copy lacks %n receipt already issued. Its number will not be issued again; the receipt must be rebuilt under its number:</numerusform>
            <numerusform>Data restored. Warning: the copy lacks %n receipts already issued. Their numbers will not be issued again; the receipts must be rebuilt under their numbers:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="386"/>
        <source>Il programma si riavvia.</source>
        <translation>The program restarts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="397"/>
        <source>Ripristina comunque</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="398"/>
        <source>Non ripristinare</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="406"/>
        <source>Controllo in corso…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="129"/>
        <source>Nuovo sportello</source>
        <translation>New desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="129"/>
        <source>Modifica sportello</source>
        <translation>Edit desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="132"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="132"/>
        <source>es. MON</source>
        <translation>e.g. MON</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="134"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="135"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="138"/>
        <source>un orario per riga, es.
mercoledì 9:00-12:00</source>
        <translation>one opening time per line, with the Italian day, e.g.
mercoledì 9:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="140"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="141"/>
        <source>sportello in funzione</source>
        <translation>desk in operation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="143"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="221"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="221"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="221"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="221"/>
        <source>Apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="221"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="222"/>
        <source>Nuovo sportello…</source>
        <translation>New desk…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="223"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="242"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="242"/>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="59"/>
        <source>Nuovo operatore</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="59"/>
        <source>Modifica operatore</source>
        <translation>Edit operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="62"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="62"/>
        <source>es. f.soli</source>
        <translation>e.g. f.soli</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="64"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="67"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="73"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="74"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="76"/>
        <source>può accedere al programma</source>
        <translation>can log in to the program</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="78"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="80"/>
        <source>Password iniziale</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="81"/>
        <source>Ripetere la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="95"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="163"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="163"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="163"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="163"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="163"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="164"/>
        <source>Aggiungi operatore…</source>
        <translation>Add operator…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="165"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="166"/>
        <source>Reimposta password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="174"/>
        <source>Solo i coordinatori possono modificare gli operatori.</source>
        <translation>Only coordinators can change operators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="188"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="188"/>
        <source>disattivato</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="211"/>
        <source>Nuova password per %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="213"/>
        <source>Password reimpostata. Comunicarla di persona all&apos;operatore.</source>
        <translation>Password reset. Give it to the operator in person.</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="42"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="43"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="44"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="45"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="46"/>
        <location filename="../../app/ui/contributions/outreach_view.py" line="107"/>
        <source>Perché</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="47"/>
        <location filename="../../app/ui/contributions/outreach_view.py" line="108"/>
        <source>Da verificare</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="48"/>
        <location filename="../../app/ui/contributions/outreach_view.py" line="109"/>
        <source>Informato</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="65"/>
        <source>Segna informa&amp;to…</source>
        <translation>Mark as informed (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="70"/>
        <source>&amp;Programma</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="88"/>
        <source>1 nucleo sembra avere i requisiti e non ha fatto domanda</source>
        <translation>1 household seems eligible and has not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="88"/>
        <source>%n nuclei sembrano avere i requisiti e non hanno fatto domanda</source>
        <translation>%n households seem eligible and have not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="90"/>
        <source>Nessun nucleo da informare per questo programma.</source>
        <translation>No household to inform for this programme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="108"/>
        <source>niente</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/outreach_view.py" line="109"/>
        <source>non ancora</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="24"/>
        <source>Dati per il finanziatore – %1</source>
        <translation>Funder data – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="30"/>
        <source>Domande chieste una volta sola per il programma europeo che finanzia il progetto; i dati servono solo per conteggi anonimi. Ogni voce si può lasciare «non chiesto» e completare più avanti.</source>
        <translation>Questions asked only once, for the European programme that funds the project; the answers are used only for anonymous counts. Any item can be left as “not asked” and completed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="38"/>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="39"/>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="42"/>
        <source>Cittadinanza di un paese extra UE</source>
        <translation>Citizen of a non-EU country</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="43"/>
        <source>Origine straniera</source>
        <translation>Foreign background</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="44"/>
        <source>Appartenenza a una minoranza (es. comunità rom)</source>
        <translation>Member of a minority (e.g. Roma community)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="45"/>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="46"/>
        <source>Senza dimora o esclusione abitativa</source>
        <translation>Homeless or excluded from housing</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="47"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/participant_dialog.py" line="47"/>
        <source>Più tardi</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="109"/>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="110"/>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="111"/>
        <source>Ripetere la nuova password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="117"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="251"/>
        <source>Pagamento – piano del nucleo %1</source>
        <translation>Payment – plan of household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="256"/>
        <source>Resta da pagare: %1. Il pagamento salda prima le rate più vecchie.</source>
        <translation>Still to pay: %1. A payment settles the oldest installments first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="257"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="260"/>
        <source>Importo (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="262"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="265"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="265"/>
        <source>es. numero della ricevuta PagoPA o CRO del bonifico</source>
        <translation>e.g. PagoPA receipt number or bank transfer reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="267"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="255"/>
        <source>Pagamento del contributo – nucleo %1</source>
        <translation>Payment of the contribution – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="260"/>
        <source>Importo concesso: %1. Registrare il pagamento emette la ricevuta numerata.</source>
        <translation>Granted amount: %1. Recording the payment issues the numbered receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="262"/>
        <source>&amp;Data del pagamento</source>
        <translation>Payment &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="264"/>
        <source>&amp;Modalità</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="266"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="269"/>
        <source>&amp;Registra e stampa la ricevuta</source>
        <translation>&amp;Record and print the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="269"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="277"/>
        <source>IT.. .... (27 caratteri)</source>
        <translation>IT.. .... (27 characters)</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="35"/>
        <source>Importa pagamenti – %1</source>
        <translation>Import payments – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Riga</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="41"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="35"/>
        <source>Importa solo le righe senza errori e salta le altre</source>
        <translation>Import only the lines without errors and skip the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="64"/>
        <source>da importare</source>
        <translation>to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="65"/>
        <source>già importato: saltato</source>
        <translation>already imported: skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="74"/>
        <source>1 pagamento da importare</source>
        <translation>1 payment to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="74"/>
        <source>%n pagamenti da importare</source>
        <translation>%n payments to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="75"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="77"/>
        <source>1 già importato</source>
        <translation>1 already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="77"/>
        <source>%n già importati</source>
        <translation>%n already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="81"/>
        <source>1 riga non è valida: correggerla nel file e riaprirlo, oppure importare solo le righe senza errori.</source>
        <translation>1 line is not valid: correct it in the file and open it again, or import only the lines without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="82"/>
        <source>%n righe non sono valide: correggerle nel file e riaprirlo, oppure importare solo le righe senza errori.</source>
        <translation>%n lines are not valid: correct them in the file and open it again, or import only the lines without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="86"/>
        <source>Nessun errore.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/payment_import_dialog.py" line="101"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="177"/>
        <source>Visite di una persona</source>
        <translation>One person&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="180"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="193"/>
        <source>Nuovo componente</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="193"/>
        <source>Modifica persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="199"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="40"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="41"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="45"/>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="46"/>
        <source>vuoto se non disponibile: «CF da completare»</source>
        <translation>leave empty if not available: “tax code to complete”</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="51"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="52"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="53"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="54"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="57"/>
        <source>Lingua preferita</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="58"/>
        <source>per la mediazione, es. arabo</source>
        <translation>for interpreting, e.g. Arabic</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="66"/>
        <source>Senza codice fiscale la persona resta nell&apos;elenco «Dati da completare».</source>
        <translation>Without a tax code the person stays in the “Details to complete” list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="71"/>
        <source>Codice non valido: controllare i caratteri.</source>
        <translation>Invalid code: check the characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/dialogs.py" line="74"/>
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
        <location filename="../../app/ui/plans/dialogs.py" line="51"/>
        <source>Rinegozia il piano di rientro – %1</source>
        <translation>Renegotiate the repayment plan – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="51"/>
        <source>Nuovo piano di rientro – %1</source>
        <translation>New repayment plan – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="57"/>
        <source>Debito</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="57"/>
        <location filename="../../app/ui/plans/dialogs.py" line="88"/>
        <source>Rate</source>
        <translation>Installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="62"/>
        <source>Per ogni voce l&apos;importo e il periodo come sull&apos;estratto dell&apos;ente gestore; una voce senza importo non entra nel piano.</source>
        <translation>For each item the amount and period as on the landlord&apos;s statement; an item without an amount is left out of the plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="69"/>
        <source>periodo</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="69"/>
        <source>es. gen-giu 2026</source>
        <translation>e.g. Jan-Jun 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="73"/>
        <source>Residuo del piano del %1: %2</source>
        <translation>Outstanding on the plan of %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="79"/>
        <source>Data della decisione</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="80"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="80"/>
        <source>es. nuova situazione di reddito</source>
        <translation>e.g. new income situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="81"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="83"/>
        <source>Giorno di scadenza</source>
        <translation>Due day</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="83"/>
        <source>1-31</source>
        <translation>1-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="84"/>
        <source>29, 30 o 31: nei mesi più corti l&apos;ultimo giorno del mese</source>
        <translation>29, 30 or 31: the last day of shorter months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="89"/>
        <source>numero di rate</source>
        <translation>number of installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="89"/>
        <source>importo della rata</source>
        <translation>installment amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="92"/>
        <source>Quante / quanto</source>
        <translation>How many / how much</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="93"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="95"/>
        <source>Anteprima del piano</source>
        <translation>Preview of the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="101"/>
        <source>Rata</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="101"/>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="101"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="107"/>
        <source>Salva il piano (in bozza)</source>
        <translation>Save the plan (as a draft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="107"/>
        <source>Rinegozia</source>
        <translation>Renegotiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="107"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="150"/>
        <source>Scrivere un giorno da 1 a 31.</source>
        <translation>Write a day from 1 to 31.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="157"/>
        <source>Scrivere il numero di rate, per esempio 12.</source>
        <translation>Write the number of installments, e.g. 12.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="205"/>
        <source>Scrivere almeno un importo di debito per vedere le rate.</source>
        <translation>Write at least one debt amount to see the installments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="207"/>
        <source>Da completare: %1</source>
        <translation>To complete: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="219"/>
        <source>%1 in %2 rate, dal %3 al %4.</source>
        <translation>%1 in %2 installments, from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="225"/>
        <source>Attenzione: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="44"/>
        <source>Accordo del piano di rientro – nucleo %1</source>
        <translation>Repayment plan agreement – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/printing.py" line="54"/>
        <source>Sollecito – nucleo %1</source>
        <translation>Reminder – household %1</translation>
    </message>
</context>
<context>
    <name>PlanWindow</name>
    <message>
        <location filename="../../app/ui/plans/window.py" line="69"/>
        <source>Situazione a&amp;l</source>
        <translation>Situation &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="80"/>
        <source>Situazione</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="84"/>
        <source>Debito del piano</source>
        <translation>Debt of the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="84"/>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <source>Pagato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="84"/>
        <source>Resta da pagare</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="84"/>
        <source>Scaduto e non pagato</source>
        <translation>Overdue and unpaid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="84"/>
        <source>Prossima rata</source>
        <translation>Next installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="88"/>
        <source>Giorni di ritardo</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="89"/>
        <source>Giorni di morosità</source>
        <translation>Days in arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="90"/>
        <source>Fascia di anzianità</source>
        <translation>Aging bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="91"/>
        <source>Rate mancate</source>
        <translation>Missed installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="92"/>
        <source>Piano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <source>Rata</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <location filename="../../app/ui/plans/window.py" line="113"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <source>Da pagare</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="105"/>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <location filename="../../app/ui/plans/window.py" line="112"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <source>Riferimento</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <source>Registrato da</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="108"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="112"/>
        <source>Decisione</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="112"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="112"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="113"/>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="113"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="115"/>
        <source>&amp;Rate</source>
        <translation>&amp;Installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="116"/>
        <source>Pa&amp;gamenti</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="117"/>
        <source>&amp;Decisioni</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="118"/>
        <source>&amp;Voci di debito</source>
        <translation>Debt i&amp;tems</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="120"/>
        <source>Registra &amp;pagamento…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="121"/>
        <source>&amp;Storna pagamento…</source>
        <translation>&amp;Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="122"/>
        <source>Decisi&amp;one…</source>
        <translation>De&amp;cision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="123"/>
        <source>Ri&amp;negozia…</source>
        <translation>Re&amp;negotiate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="124"/>
        <source>Stampa &amp;accordo…</source>
        <translation>Print &amp;agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="125"/>
        <source>Stampa soll&amp;ecito…</source>
        <translation>Print re&amp;minder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="128"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="176"/>
        <source>Piano di rientro – nucleo %1</source>
        <translation>Repayment plan – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="178"/>
        <source>Nucleo %1 – %2</source>
        <translation>Household %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="178"/>
        <source>intestatario non indicato</source>
        <translation>holder not recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="180"/>
        <source>Stato: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="183"/>
        <source>Decide una persona: «Decisione…».</source>
        <translation>A person decides: &quot;Decision…&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="183"/>
        <source>Decide il tenant manager.</source>
        <translation>The tenant manager decides.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="185"/>
        <source>Proposta: %1. %2 %3</source>
        <translation>Proposal: %1. %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="195"/>
        <source>%1 (1 rata)</source>
        <translation>%1 (1 installment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="195"/>
        <source>%1 (%n rate)</source>
        <translation>%1 (%n installments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="202"/>
        <source>%1 (dalla rata non pagata più vecchia)</source>
        <translation>%1 (since the oldest unpaid installment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="204"/>
        <source>%1 (oltre i %2 giorni di tolleranza, sospensioni escluse)</source>
        <translation>%1 (beyond the %2 grace days, suspensions left out)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="208"/>
        <source>dal %1, rate il giorno %2</source>
        <translation>from %1, installments on day %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="209"/>
        <source>non firmato</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="211"/>
        <source>solleciti: %1</source>
        <translation>reminders: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="215"/>
        <source>Apri il piano &amp;successivo</source>
        <translation>Open the ne&amp;xt plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="245"/>
        <source>stornato il %1 da %2: %3</source>
        <translation>reversed on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="197"/>
        <source>nulla</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="200"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="209"/>
        <source>firmato il %1</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="215"/>
        <source>Apri il piano preceden&amp;te</source>
        <translation>Open the previo&amp;us plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="244"/>
        <source>importato</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="250"/>
        <source>valido</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="266"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="288"/>
        <source>pagata il %1</source>
        <translation>paid on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="290"/>
        <source>scaduta</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="291"/>
        <source>da pagare</source>
        <translation>to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="317"/>
        <source>Storno</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="317"/>
        <source>Scegliere nella scheda Pagamenti il pagamento da stornare.</source>
        <translation>Choose the payment to reverse in the Payments tab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="319"/>
        <source>del %1 di %2</source>
        <translation>of %1 for %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="338"/>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/window.py" line="338"/>
        <source>Stampare adesso l&apos;accordo da far firmare?</source>
        <translation>Print the agreement to sign now?</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="68"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="72"/>
        <source>da seguire (bozze, attivi, sospesi)</source>
        <translation>to follow (drafts, active, suspended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="73"/>
        <source>tutti gli stati</source>
        <translation>all states</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="77"/>
        <source>tutte le fasce</source>
        <translation>all buckets</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="85"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="86"/>
        <source>Intestatario</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="87"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="88"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="89"/>
        <source>Pagato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="90"/>
        <source>Residuo</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="91"/>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="92"/>
        <source>Rate
scadute</source>
        <translation>Installments
overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="93"/>
        <source>Giorni di
ritardo</source>
        <translation>Days
late</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="94"/>
        <source>Giorni di
morosità</source>
        <translation>Days in
arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="95"/>
        <source>Fascia</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="96"/>
        <source>Prossima
rata</source>
        <translation>Next
installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="97"/>
        <source>Proposta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="107"/>
        <source>Giorni dalla scadenza della rata non pagata più vecchia</source>
        <translation>Days since the due date of the oldest unpaid installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="109"/>
        <source>Giorni dopo la tolleranza, senza i giorni di sospensione: decidono fascia e rate mancate</source>
        <translation>Days after the grace period, without the days of suspension: they decide the bucket and the missed installments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="112"/>
        <source>Apri il &amp;piano</source>
        <translation>Open the &amp;plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="113"/>
        <source>Apri il &amp;nucleo</source>
        <translation>Open the &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="114"/>
        <source>Stampa so&amp;llecito…</source>
        <translation>Print re&amp;minder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="115"/>
        <source>&amp;Importa pagamenti…</source>
        <translation>&amp;Import payments…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="117"/>
        <source>Esporta &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="118"/>
        <source>Esporta &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="125"/>
        <source>Situazione a&amp;l</source>
        <translation>Situation &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="126"/>
        <source>&amp;Sportello</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="127"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tate</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="128"/>
        <source>&amp;Fascia</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="179"/>
        <source>da firmare: il piano diventa attivo quando il nucleo lo firma</source>
        <translation>to be signed: the plan becomes active when the household signs it</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="187"/>
        <source>1 piano</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="187"/>
        <source>%n piani</source>
        <translation>%n plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="189"/>
        <source>in corso: residuo %1, scaduto %2</source>
        <translation>running: outstanding %1, overdue %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="192"/>
        <source>Nessun piano con questi filtri. Un nuovo piano si crea dalla pagina del nucleo.</source>
        <translation>No plan with these filters. A new plan is created from the household page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="210"/>
        <source>%1 il %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="255"/>
        <source>Importa i pagamenti dall&apos;estratto dell&apos;ente gestore</source>
        <translation>Import the payments from the landlord&apos;s statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="255"/>
        <source>Fogli (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="267"/>
        <source>Esporta i piani di rientro</source>
        <translation>Export the repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="275"/>
        <location filename="../../app/ui/plans/plans_view.py" line="283"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="275"/>
        <source>1 piano esportato in %1</source>
        <translation>1 plan exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="275"/>
        <source>%n piani esportati in %1</source>
        <translation>%n plans exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/plans_view.py" line="283"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="423"/>
        <source>Cambia la mia password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="428"/>
        <source>La lingua cambia al prossimo avvio.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="430"/>
        <source>Utente: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="433"/>
        <source>Lingua dell&apos;interfaccia</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="441"/>
        <source>Cambia la mia password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="443"/>
        <source>Password cambiata.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../app/ui/registry/privacy.py" line="38"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="381"/>
        <source>&amp;Modifica le condizioni…</source>
        <translation>&amp;Modify the terms…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="383"/>
        <source>Solo un coordinatore può modificare le condizioni.</source>
        <translation>Only a coordinator can modify the terms.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="389"/>
        <source>&amp;Programma</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="404"/>
        <source>In vigore dal %1 (condizioni attuali)</source>
        <translation>In force from %1 (current terms)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="404"/>
        <source>Dal %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="407"/>
        <source>Annualità</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="408"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="409"/>
        <source>Tetto per nucleo</source>
        <translation>Cap per household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="410"/>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="410"/>
        <source>da %1 a %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="411"/>
        <source>Mesi dall&apos;assegnazione</source>
        <translation>Months since assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="412"/>
        <source>Aree SAP</source>
        <translation>SAP areas</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="413"/>
        <source>Riscaldamento centralizzato</source>
        <translation>Central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="413"/>
        <source>richiesto</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="413"/>
        <source>non richiesto</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="414"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="415"/>
        <source>Già erogato prima</source>
        <translation>Paid out before</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="415"/>
        <source>%1 a %2 nuclei</source>
        <translation>%1 to %2 households</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="416"/>
        <source>Bollo</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="417"/>
        <source>Finanziamento</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="418"/>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="419"/>
        <source>Atto</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="420"/>
        <source>Registrate da</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="150"/>
        <source>Protocollo della domanda – nucleo %1</source>
        <translation>Protocol of the application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="153"/>
        <source>&amp;Numero di protocollo</source>
        <translation>Protocol &amp;number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="155"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="156"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="156"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/bootstrap.py" line="85"/>
        <location filename="../../app/bootstrap.py" line="247"/>
        <location filename="../../app/bootstrap.py" line="263"/>
        <source>Portierato – dati non utilizzabili</source>
        <translation>Portierato – data unusable</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="266"/>
        <source>Ripristina l&apos;ultima copia</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="267"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="292"/>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="294"/>
        <source>Si è verificato un errore imprevisto: l&apos;operazione non è stata completata, ma quello che era stato scritto nelle finestre aperte è ancora lì. I dettagli sono nel registro:
%1</source>
        <translation>An unexpected error occurred: the operation was not completed, but what had been typed in the open windows is still there. The details are in the log:
%1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="293"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/dialogs.py" line="294"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../app/ui/contributions/printing.py" line="31"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/printing.py" line="34"/>
        <source>Ricevuta %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/printing.py" line="46"/>
        <source>Domanda di contributo – nucleo %1</source>
        <translation>Contribution application – household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/printing.py" line="58"/>
        <source>Registro delle ricevute %1/%2</source>
        <translation>Receipts register %1/%2</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Beneficiario</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Stato</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="219"/>
        <source>Copie</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="228"/>
        <source>Ann&amp;ulla ricevuta…</source>
        <translation>Cancel receipt (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="230"/>
        <source>Registro &amp;PDF…</source>
        <translation>Register &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="227"/>
        <source>Anteprima/S&amp;tampa…</source>
        <translation>Preview/Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="231"/>
        <source>Esporta E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="237"/>
        <source>Se&amp;rie</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="276"/>
        <source>da ricostruire (manca dopo un ripristino)</source>
        <translation>to rebuild (missing after a restore)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="286"/>
        <source>1 ricevuta</source>
        <translation>1 receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="286"/>
        <source>%n ricevute</source>
        <translation>%n receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="288"/>
        <source>valide: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="290"/>
        <source>Nessuna ricevuta in questa serie: le ricevute nascono quando si registra il pagamento di un contributo.</source>
        <translation>No receipt in this series: receipts are issued when the payment of a contribution is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="296"/>
        <source>annullata il %1: %2</source>
        <translation>cancelled on %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="298"/>
        <source>valida</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="329"/>
        <source>Annulla la ricevuta %1</source>
        <translation>Cancel receipt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="330"/>
        <source>La ricevuta resta nel registro con il suo numero e stampa ANNULLATA; il pagamento è annullato e l&apos;importo torna nel budget.</source>
        <translation>The receipt stays in the register with its number and prints ANNULLATA; the payment is cancelled and the amount returns to the budget.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="332"/>
        <source>&amp;Annulla la ricevuta</source>
        <translation>&amp;Cancel the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="352"/>
        <source>Esporta il registro delle ricevute</source>
        <translation>Export the receipts register</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="360"/>
        <location filename="../../app/ui/contributions/contributions_view.py" line="364"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="360"/>
        <source>1 ricevuta esportata in %1</source>
        <translation>1 receipt exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="360"/>
        <source>%n ricevute esportate in %1</source>
        <translation>%n receipts exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/contributions_view.py" line="365"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="287"/>
        <source>Storna un pagamento</source>
        <translation>Reverse a payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="291"/>
        <source>Il pagamento %1 resta nell&apos;elenco come stornato e non conta più nel piano.</source>
        <translation>The payment %1 stays in the list as reversed and no longer counts in the plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="293"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="293"/>
        <source>es. registrato due volte</source>
        <translation>e.g. recorded twice</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="294"/>
        <source>Storna</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans/dialogs.py" line="294"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="458"/>
        <source>Operatori</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="459"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="460"/>
        <source>Elenchi</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="461"/>
        <source>Impostazioni dello sportello</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="462"/>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="465"/>
        <source>Registro modifiche</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_view.py" line="466"/>
        <source>Il mio profilo</source>
        <translation>My profile</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="45"/>
        <source>Condizioni del programma – %1</source>
        <translation>Programme terms – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="51"/>
        <source>Le nuove condizioni valgono dalla data indicata; le domande già decise restano con le condizioni di allora.</source>
        <translation>The new terms apply from the date given; applications already decided keep the terms of their time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="53"/>
        <source>Requisiti e importi</source>
        <translation>Requirements and amounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="54"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="54"/>
        <source>Altri requisiti e spesa già fatta</source>
        <translation>Other requirements and past spending</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="55"/>
        <source>No&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="56"/>
        <source>In &amp;vigore dal</source>
        <translation>In force from (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="57"/>
        <source>&amp;Annualità</source>
        <translation>Programme &amp;year</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="57"/>
        <source>es. 2025, 2026</source>
        <translation>e.g. 2025, 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="58"/>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="59"/>
        <source>&amp;Tetto per nucleo (€)</source>
        <translation>Household &amp;cap (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="77"/>
        <source>Bo&amp;llo oltre 77,47 €</source>
        <translation>Stamp duty over 77,47 € (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="64"/>
        <source>IS&amp;EE massimo (€)</source>
        <translation>Maximum IS&amp;EE (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="66"/>
        <source>Mesi dall&apos;asse&amp;gnazione</source>
        <translation>Months since assi&amp;gnment</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="68"/>
        <source>Aree SA&amp;P ammesse</source>
        <translation>Accepted SA&amp;P areas</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="69"/>
        <source>centralizzato ric&amp;hiesto</source>
        <translation>central heating required (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="72"/>
        <source>M&amp;orosità</source>
        <translation>Arrears (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="74"/>
        <source>Già e&amp;rogato prima (€)</source>
        <translation>Already paid out (&amp;R) (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="75"/>
        <source>&amp;Nuclei già beneficiari</source>
        <translation>&amp;Households already paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="79"/>
        <source>Norma di esen&amp;zione</source>
        <translation>Exemption rule (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="83"/>
        <source>&amp;Dichiarazione di finanziamento</source>
        <translation>Funding statement (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="63"/>
        <source>ISEE m&amp;inimo (€)</source>
        <translation>M&amp;inimum ISEE (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="61"/>
        <source>Tetto &amp;calcolato</source>
        <translation>Cap computed (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="69"/>
        <source>Riscaldamento</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="80"/>
        <source>C&amp;UP</source>
        <translation>C&amp;UP</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="82"/>
        <source>Righe stampate sulla ricevuta</source>
        <translation>Lines printed on the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="85"/>
        <source>es. determina n. 123 del 15/01/2025</source>
        <translation>e.g. determina no. 123 of 15/01/2025</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="85"/>
        <source>Atto di ri&amp;ferimento</source>
        <translation>Re&amp;ference act</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="88"/>
        <source>&amp;Salva le condizioni</source>
        <translation>&amp;Save the terms</translation>
    </message>
    <message>
        <location filename="../../app/ui/contributions/programme_dialog.py" line="88"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ToCompleteView</name>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="37"/>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="37"/>
        <source>Nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="37"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="39"/>
        <source>Completa i dati (Invio)</source>
        <translation>Complete the details (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="40"/>
        <source>Apri il nucleo</source>
        <translation>Open the household</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="65"/>
        <source>1 persona senza codice fiscale: completarla appena possibile.</source>
        <translation>1 person without a tax code: please complete as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="66"/>
        <source>%n persone senza codice fiscale: completarle appena possibile.</source>
        <translation>%n people without a tax code: please complete them as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry/to_complete_view.py" line="70"/>
        <source>Nessun dato da completare: tutte le persone hanno il codice fiscale.</source>
        <translation>Nothing to complete: everyone has a tax code.</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="147"/>
        <source>Nuova visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="147"/>
        <source>Modifica visita</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="156"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="156"/>
        <source>Dopo la visita</source>
        <translation>After the visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="158"/>
        <source>Nessuna persona trovata: Alt+P per aggiungerla, Alt+A per un contatto anonimo.</source>
        <translation>No one found: Alt+P to add them, Alt+A for an anonymous contact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="164"/>
        <source>Stampa informativa</source>
        <translation>Print privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="165"/>
        <source>Informativa consegnata oggi</source>
        <translation>Notice given today</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="171"/>
        <source>Come l&apos;&amp;ultima volta</source>
        <translation>Re&amp;use last visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="172"/>
        <source>Nuova &amp;persona</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="173"/>
        <source>Contatto &amp;anonimo</source>
        <translation>&amp;Anonymous contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="180"/>
        <source>Nuova persona (senza codice fiscale: «CF da completare»)</source>
        <translation>New person (without a tax code: “tax code to complete”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="182"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="183"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="184"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="185"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="188"/>
        <source>Contatto anonimo</source>
        <translation>Anonymous contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="192"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="193"/>
        <location filename="../../app/ui/desk/visit_entry.py" line="199"/>
        <source>scegliere…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="198"/>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="205"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="209"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="215"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="217"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="222"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="224"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="229"/>
        <source>Durata (minuti)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="232"/>
        <source>Mediazione linguistica</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="232"/>
        <source>lingua, se c&apos;è stata mediazione</source>
        <translation>language, if there was interpreting</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="234"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="240"/>
        <source>Inviato a</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="242"/>
        <source>nessun invio</source>
        <translation>no referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="244"/>
        <source>ente partner: %1</source>
        <translation>partner organisation: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="250"/>
        <source>Esito dell&apos;invio</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="250"/>
        <source>si può scrivere più avanti</source>
        <translation>can be filled in later</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="252"/>
        <source>Da riprendere</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="252"/>
        <source>sì, con scadenza</source>
        <translation>yes, with a due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="255"/>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="258"/>
        <source>Chi se ne occupa</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="261"/>
        <source>Cosa fare</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="261"/>
        <source>es. richiamare per l&apos;esito della domanda</source>
        <translation>e.g. call back about the outcome of the application</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="263"/>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="263"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="325"/>
        <source>⚠ Informativa privacy non ancora consegnata a questa persona.</source>
        <translation>⚠ Privacy notice not yet given to this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="327"/>
        <source>Informativa privacy consegnata il %1.</source>
        <translation>Privacy notice given on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="353"/>
        <source>Nessuna visita precedente per questa persona.</source>
        <translation>No previous visit for this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="386"/>
        <source>Fuori dall&apos;orario di apertura dello sportello (si può registrare lo stesso).</source>
        <translation>Outside the desk&apos;s opening hours (it can be recorded all the same).</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="433"/>
        <source>Visita annullata il %1 da %2: %3</source>
        <translation>Visit cancelled on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="444"/>
        <source>Annulla la visita…</source>
        <translation>Cancel the visit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="447"/>
        <location filename="../../app/ui/desk/visit_entry.py" line="465"/>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="452"/>
        <source>Annulla la visita</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="452"/>
        <source>Motivo dell&apos;annullamento:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="465"/>
        <source>Eliminare la visita registrata per errore?</source>
        <translation>Delete this visit, recorded by mistake?</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="495"/>
        <source>Scrivere i minuti come numero, per esempio 20.</source>
        <translation>Write the minutes as a number, for example 20.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="508"/>
        <source>Scegliere la persona (cercarla e premere Invio), oppure Alt+P per una persona nuova o Alt+A per un contatto anonimo.</source>
        <translation>Choose the person (search for them and press Enter), or Alt+P for a new person or Alt+A for an anonymous contact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="540"/>
        <source>Informativa privacy</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visit_entry.py" line="541"/>
        <source>Questa persona non ha ancora ricevuto l&apos;informativa privacy. Registrare che la riceve oggi?</source>
        <translation>This person has not yet received the privacy notice. Record that they receive it today?</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="65"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="66"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="67"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="68"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="69"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="70"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="71"/>
        <source>Argomenti</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="72"/>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="73"/>
        <source>Da riprendere</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="102"/>
        <source>Visita annullata</source>
        <translation>Visit cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="108"/>
        <source>(annullata)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="116"/>
        <source>anonimo</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="219"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="224"/>
        <source>tutti gli operatori</source>
        <translation>all operators</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="228"/>
        <source>tutti gli argomenti</source>
        <translation>all topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="232"/>
        <source>tutti i canali</source>
        <translation>all channels</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="235"/>
        <source>solo con un seguito aperto</source>
        <translation>only with an open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="238"/>
        <source>Tutte le persone</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="240"/>
        <source>Solo una persona…</source>
        <translation>One person only…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="246"/>
        <source>Esporta CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="247"/>
        <source>Esporta Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="267"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="270"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="327"/>
        <source>Visite di %1</source>
        <translation>Visits for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="357"/>
        <source>Conteggio…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="362"/>
        <source>1 visita</source>
        <translation>1 visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="362"/>
        <source>%n visite</source>
        <translation>%n visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="377"/>
        <source>Esporta le visite</source>
        <translation>Export the visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="387"/>
        <location filename="../../app/ui/desk/visits_view.py" line="390"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="387"/>
        <source>1 visita esportata in %1</source>
        <translation>1 visit exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="387"/>
        <source>%n visite esportate in %1</source>
        <translation>%n visits exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/visits_view.py" line="390"/>
        <source>Esportazione non riuscita: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
</TS>
