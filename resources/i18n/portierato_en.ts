<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="22"/>
        <source>&amp;Cerca un nucleo</source>
        <translation>&amp;Find a household</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="23"/>
        <source>&amp;Nuovo nucleo…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="24"/>
        <source>&amp;Importa anagrafe dell&apos;ente gestore…</source>
        <translation>&amp;Import the housing manager&apos;s registry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="25"/>
        <source>Copia di &amp;sicurezza adesso</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="26"/>
        <source>&amp;Esci</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="27"/>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="28"/>
        <source>Dati da completare</source>
        <translation>Details to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="29"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="30"/>
        <source>&amp;Informazioni su Portierato</source>
        <translation>&amp;About Portierato</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="119"/>
        <source>Ingrandisci</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="120"/>
        <source>Riduci</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="121"/>
        <source>Adatta alla larghezza</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="122"/>
        <source>Stampa…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="123"/>
        <source>Salva…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="135"/>
        <source>Stampa… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="136"/>
        <source>Salva… (Ctrl+S)</source>
        <translation>Save… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="137"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="193"/>
        <source>Il documento non si può mostrare né stampare; si può comunque salvare.</source>
        <translation>The document cannot be shown or printed; it can still be saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="203"/>
        <source>Pagina %1 di %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="238"/>
        <source>Stampa: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="258"/>
        <source>Stampa non riuscita</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="259"/>
        <source>La stampante non ha accettato il documento. Controllare che sia accesa e collegata, oppure salvare il documento e stamparlo più tardi.</source>
        <translation>The printer did not accept the document. Check that it is switched on and connected, or save the document and print it later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="267"/>
        <source>Salva il documento</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="267"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="280"/>
        <source>Salvataggio non riuscito</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_viewer.py" line="281"/>
        <source>Il documento non è stato salvato in %1: %2</source>
        <translation>The document was not saved to %1: %2</translation>
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
        <location filename="../../app/ui/forms.py" line="79"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="80"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="183"/>
        <source>Controllare prima di salvare</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="184"/>
        <source>Salvare comunque?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="201"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms.py" line="202"/>
        <source>Chiudere senza salvare? Quello che è stato scritto andrà perso.</source>
        <translation>Close without saving? What has been typed will be lost.</translation>
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
        <location filename="../../app/ui/household_page.py" line="43"/>
        <source>← Elenco (Esc)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="44"/>
        <source>Modifica nucleo (Ctrl+E)</source>
        <translation>Edit household (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="60"/>
        <source>Alloggio e situazione</source>
        <translation>Dwelling and situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="62"/>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="63"/>
        <source>Assegnazione</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="64"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="65"/>
        <source>Reddito mensile</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="66"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="67"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="70"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="73"/>
        <source>Aggiungi componente</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="74"/>
        <source>Modifica persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="75"/>
        <source>Cambio intestatario…</source>
        <translation>Change holder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="76"/>
        <location filename="../../app/ui/household_page.py" line="250"/>
        <location filename="../../app/ui/household_page.py" line="257"/>
        <source>Esce dal nucleo</source>
        <translation>Leaves the household</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="77"/>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Presentata il</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Valida fino al</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="80"/>
        <source>Protocollo</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="83"/>
        <source>Aggiungi ISEE</source>
        <translation>Add ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="84"/>
        <source>Modifica ISEE</source>
        <translation>Edit ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="85"/>
        <location filename="../../app/ui/household_page.py" line="275"/>
        <location filename="../../app/ui/household_page.py" line="281"/>
        <source>Elimina ISEE</source>
        <translation>Delete ISEE</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="86"/>
        <source>Attestazioni ISEE</source>
        <translation>ISEE certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="90"/>
        <source>Storico intestatari</source>
        <translation>Holder history</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="157"/>
        <source>Nucleo %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="159"/>
        <source>riscaldamento centralizzato</source>
        <translation>central heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="159"/>
        <source>riscaldamento autonomo</source>
        <translation>individual heating</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="162"/>
        <source>data non indicata</source>
        <translation>date not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="163"/>
        <source>dal %1, area %2</source>
        <translation>since %1, area %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="165"/>
        <source>dato mancante (non comunicato dall&apos;ente gestore)</source>
        <translation>missing (not reported by the housing manager)</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="168"/>
        <source>%1 al %2</source>
        <translation>%1 as of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="170"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="171"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="180"/>
        <source>intestatario</source>
        <translation>holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="180"/>
        <source>componente</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="181"/>
        <source>CF da completare</source>
        <translation>tax code to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="201"/>
        <source>valida, è quella che conta oggi</source>
        <translation>valid, the one that applies today</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="203"/>
        <source>valida</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="203"/>
        <source>scaduta</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="213"/>
        <source>%1: da %2 a %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="219"/>
        <source>Nessun cambio di intestatario registrato.</source>
        <translation>No change of holder recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="239"/>
        <source>Cambio intestatario</source>
        <translation>Change of holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="239"/>
        <source>Aggiungere prima il nuovo intestatario come componente del nucleo.</source>
        <translation>First add the new holder as a member of the household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="251"/>
        <source>%1 non fa più parte del nucleo? La persona resta registrata.</source>
        <translation>Is %1 no longer part of the household? The person stays on record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/household_page.py" line="275"/>
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
        <location filename="../../app/ui/households_view.py" line="205"/>
        <source>Cerca per cognome, nome, codice fiscale, codice nucleo o indirizzo (Ctrl+F)</source>
        <translation>Search by surname, name, tax code, household code or address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="208"/>
        <source>Nuovo nucleo (Ctrl+Shift+N)</source>
        <translation>New household (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="209"/>
        <source>Importa anagrafe…</source>
        <translation>Import registry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="293"/>
        <source>Nessun nucleo trovato.</source>
        <translation>No household found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="293"/>
        <source>L&apos;anagrafe è vuota: importare l&apos;anagrafe dell&apos;ente gestore o creare un nucleo.</source>
        <translation>The registry is empty: import the housing manager&apos;s registry or create a household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="295"/>
        <source>Almeno %1 nuclei…</source>
        <translation>At least %1 households…</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="297"/>
        <source>Più di %1 nuclei: scrivere altro per restringere la ricerca.</source>
        <translation>More than %1 households: type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="299"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/households_view.py" line="299"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="40"/>
        <source>Importa anagrafe – %1</source>
        <translation>Import registry – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="45"/>
        <source>Lettura del file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54"/>
        <source>Importa solo i nuclei senza errori e salta gli altri</source>
        <translation>Import only the households without errors and skip the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Importa</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="90"/>
        <source>Il file contiene</source>
        <translation>The file contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <source>%n nuclei</source>
        <translation>%n households</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>e 1 persona.</source>
        <translation>and 1 person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="94"/>
        <source>e %n persone.</source>
        <translation>and %n people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="99"/>
        <source>1 riga non è valida (in rosso): correggerla nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>1 row is not valid (in red): correct it in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>%n righe non sono valide (in rosso): correggerle nel file e riaprirlo, oppure importare solo i nuclei senza errori.</source>
        <translation>%n rows are not valid (in red): correct them in the file and open the file again, or import only the households without errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <source>riga %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111"/>
        <source>Nessun errore: si può importare.</source>
        <translation>No errors: ready to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>Importazione non riuscita per un errore imprevisto; i dettagli sono nel registro.</source>
        <translation>The import failed because of an unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>Importazione in corso…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="142"/>
        <source>Importazione</source>
        <translation>Import</translation>
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
        <location filename="../../app/ui/labels.py" line="21"/>
        <source>protezione</source>
        <translation>protection</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22"/>
        <source>accesso</source>
        <translation>access</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23"/>
        <source>permanenza</source>
        <translation>continued tenancy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24"/>
        <source>decadenza</source>
        <translation>forfeiture</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26"/>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>femmina</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>maschio</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>non binario</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>corrente</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>ordinario</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>operatore</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>tenant manager</source>
        <translation>tenant manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>coordinatore</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>nessun orario</source>
        <translation>no opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>su richiesta</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>alla chiusura</source>
        <translation>at closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="86"/>
        <source>prima di un ripristino</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>prima di un aggiornamento</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>%1 alle %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>es. 1.234,56</source>
        <translation>e.g. 1.234,56</translation>
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
        <location filename="../../app/ui/main_window.py" line="39"/>
        <source>Portierato di Comunità – %1</source>
        <translation>Portierato di Comunità – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Dati da completare</source>
        <translation>Details to complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Postazione %1 · sportello %2 · %3</source>
        <translation>Workstation %1 · desk %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>&amp;Anagrafe</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;Vai a</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>A&amp;iuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Anagrafe dell&apos;ente gestore</source>
        <translation>Housing manager&apos;s registry</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Fogli di calcolo (*.csv *.xlsx);;Tutti i file (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Copia di sicurezza</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>Copia di sicurezza scritta: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Portierato</source>
        <translation>Portierato</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
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
        <location filename="../../app/ui/settings_view.py" line="264"/>
        <source>Il programma fa da solo una copia di sicurezza a ogni chiusura e prima di ogni aggiornamento, e conserva le ultime 10 più una al giorno per 30 giorni. Per portare i dati altrove salvare una copia su una chiavetta.</source>
        <translation>The program backs up by itself every time it closes and before every update, and keeps the last 10 plus one a day for 30 days. To take the data elsewhere, save a copy on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="271"/>
        <source>Copia di sicurezza adesso</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="272"/>
        <source>Salva una copia in…</source>
        <translation>Save a copy to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="273"/>
        <source>Ripristina da una copia…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="275"/>
        <source>Controlla il database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="280"/>
        <source>Copia del</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="280"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="280"/>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="280"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="298"/>
        <source>Nessuna copia ancora: la prima si farà alla chiusura del programma.</source>
        <translation>No backups yet: the first one will be made when the program closes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="301"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="307"/>
        <location filename="../../app/ui/settings_view.py" line="319"/>
        <source>Manutenzione</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="318"/>
        <source>Operazione non riuscita: %1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="328"/>
        <location filename="../../app/ui/settings_view.py" line="340"/>
        <source>Copia scritta in %1</source>
        <translation>Copy written to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="330"/>
        <location filename="../../app/ui/settings_view.py" line="338"/>
        <source>Copia in corso…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="333"/>
        <source>Salva una copia del database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="333"/>
        <location filename="../../app/ui/settings_view.py" line="346"/>
        <source>Database Portierato (*.sqlite3)</source>
        <translation>Portierato database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="333"/>
        <source>portierato-copia.sqlite3</source>
        <translation>portierato-copy.sqlite3</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="346"/>
        <source>Scegliere la copia da ripristinare</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="351"/>
        <location filename="../../app/ui/settings_view.py" line="355"/>
        <location filename="../../app/ui/settings_view.py" line="367"/>
        <location filename="../../app/ui/settings_view.py" line="369"/>
        <source>Ripristino</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="357"/>
        <source>I dati attuali saranno sostituiti da quelli della copia scelta. Prima viene conservata una copia dei dati attuali. Il programma poi si riavvia. Procedere?</source>
        <translation>The current data will be replaced by the data in the chosen backup. A copy of the current data is kept first. Then the program restarts. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="369"/>
        <source>Dati ripristinati. Il programma si riavvia.</source>
        <translation>Data restored. The program will now restart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="374"/>
        <source>Controllo in corso…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="124"/>
        <source>Nuovo sportello</source>
        <translation>New desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="124"/>
        <source>Modifica sportello</source>
        <translation>Edit desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="127"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="127"/>
        <source>es. MON</source>
        <translation>e.g. MON</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="129"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="130"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="133"/>
        <source>un orario per riga, es.
mercoledì 9:00-12:00</source>
        <translation>one opening time per line, with the Italian day, e.g.
mercoledì 9:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="135"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="136"/>
        <source>sportello in funzione</source>
        <translation>desk in operation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="138"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="217"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="217"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="217"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="217"/>
        <source>Apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="217"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="218"/>
        <source>Nuovo sportello…</source>
        <translation>New desk…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="238"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="238"/>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="53"/>
        <source>Nuovo operatore</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="53"/>
        <source>Modifica operatore</source>
        <translation>Edit operator</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="56"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="56"/>
        <source>es. f.soli</source>
        <translation>e.g. f.soli</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="58"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="61"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="67"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="68"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70"/>
        <source>può accedere al programma</source>
        <translation>can log in to the program</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="72"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74"/>
        <source>Password iniziale</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="75"/>
        <source>Ripetere la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="89"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="160"/>
        <source>Aggiungi operatore…</source>
        <translation>Add operator…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="161"/>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="162"/>
        <source>Reimposta password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="170"/>
        <source>Solo i coordinatori possono modificare gli operatori.</source>
        <translation>Only coordinators can change operators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="184"/>
        <source>attivo</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="184"/>
        <source>disattivato</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="207"/>
        <source>Nuova password per %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="209"/>
        <source>Password reimpostata. Comunicarla di persona all&apos;operatore.</source>
        <translation>Password reset. Give it to the operator in person.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="104"/>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="105"/>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="106"/>
        <source>Ripetere la nuova password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="112"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
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
    <name>PreferencesTab</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="391"/>
        <source>Cambia la mia password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="396"/>
        <source>La lingua cambia al prossimo avvio.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="398"/>
        <source>Utente: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="401"/>
        <source>Lingua dell&apos;interfaccia</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="409"/>
        <source>Cambia la mia password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="411"/>
        <source>Password cambiata.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/bootstrap.py" line="173"/>
        <source>Portierato – dati non utilizzabili</source>
        <translation>Portierato – data unusable</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="176"/>
        <source>Ripristina l&apos;ultima copia</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="177"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="202"/>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="204"/>
        <source>Si è verificato un errore imprevisto: l&apos;operazione non è stata completata, ma quello che era stato scritto nelle finestre aperte è ancora lì. I dettagli sono nel registro:
%1</source>
        <translation>An unexpected error occurred: the operation was not completed, but what had been typed in the open windows is still there. The details are in the log:
%1</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="424"/>
        <source>Operatori</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="425"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="426"/>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="427"/>
        <source>Il mio profilo</source>
        <translation>My profile</translation>
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
</TS>
