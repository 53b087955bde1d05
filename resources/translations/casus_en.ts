<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="62" />
            <source>Nieuwe afspraak voor casus %1</source>
            <translation>New agreed action for case %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="64" />
            <source>Afspraak %1 van casus %2 wijzigen</source>
            <translation>Change agreed action %1 of case %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="74" />
            <source>Wat moet er gebeuren?</source>
            <translation>What needs to be done?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="75" />
            <source>Kort en zakelijk; geen bijzondere persoonsgegevens</source>
            <translation>Brief and factual; no special categories of personal data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="80" />
            <source>De organisatie die de afspraak uitvoert</source>
            <translation>The organisation that carries out the agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="86" />
            <source>Kies een medewerker met een account (dan staat de afspraak bij Mijn afspraken) of typ een naam</source>
            <translation>Choose a colleague with an account (the agreed action then shows in My agreed actions) or type a name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="91" />
            <source>(nog niemand)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="93" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="97" />
            <source>Wat voor interventie de afspraak is; telt mee in de monitoring (afspraken naar type)</source>
            <translation>What kind of intervention the action is; counted in the monitoring (actions by type)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="100" />
            <source>Uiterlijk wanneer het gedaan moet zijn</source>
            <translation>When it must be done at the latest</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="103" />
            <source>bijvoorbeeld: brief verstuurd, huisbezoek gedaan</source>
            <translation>for example: letter sent, home visit made</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="105" />
            <source>Wat het opleverde, in een paar woorden, zonder persoonsgegevens</source>
            <translation>What it achieved, in a few words, without personal data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="110" />
            <source>&amp;Omschrijving *</source>
            <translation>&amp;Description *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="115" />
            <source>Afspraak:</source>
            <translation>Agreed action:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="116" />
            <source>Afgesproken op:</source>
            <translation>Agreed on:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="117" />
            <source>O&amp;rganisatie *</source>
            <translation>O&amp;rganisation *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="118" />
            <source>&amp;Wie</source>
            <translation>&amp;Who</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="120" />
            <source>&amp;Interventietype</source>
            <translation>&amp;Intervention type</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="121" />
            <source>&amp;Deadline</source>
            <translation>Dead&amp;line</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="123" />
            <source>R&amp;esultaat</source>
            <translation>Res&amp;ult</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="130" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="131" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="215" />
            <source>Afspraak laten sluimeren</source>
            <translation>Snooze agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="222" />
            <source>De deadline is te dichtbij om de afspraak nog te laten sluimeren.</source>
            <translation>The deadline is too close to snooze the agreed action.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/action_dialog.py" line="231" />
            <source>Uit Mijn afspraken tot hoeveel dagen vóór de deadline (%1)? 0: niet laten sluimeren.</source>
            <translation>Out of My agreed actions until how many days before the deadline (%1)? 0: do not snooze.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="155" />
            <source>&amp;Aanwezig</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="163" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="164" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AttendanceEditor</name>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="39" />
            <source>Aanwezigen</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="41" />
            <source>Vink met de spatiebalk aan wie er is; wie er niet is vinkt u uit. Later aan te vullen.</source>
            <translation>Tick with the space bar who is there; untick who is not. Can be completed later.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="45" />
            <source>Naam van een aanwezige</source>
            <translation>Name of a person present</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="46" />
            <source>Voornaam en achternaam</source>
            <translation>First name and surname</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="48" />
            <source>Organisatie van de aanwezige</source>
            <translation>Organisation of the person present</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="55" />
            <source>(kies de organisatie)</source>
            <translation>(choose the organisation)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="58" />
            <source>To&amp;evoegen</source>
            <translation>Add (&amp;E)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="60" />
            <source>Deze persoon toevoegen aan de aanwezigen (Enter in het naamveld)</source>
            <translation>Add this person to those present (Enter in the name field)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="67" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="69" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="114" />
            <source>Vul de naam in en kies de organisatie van de aanwezige.</source>
            <translation>Fill in the name and choose the organisation of the person present.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/attendance_editor.py" line="116" />
            <source>Vul de naam van de aanwezige in.</source>
            <translation>Fill in the name of the person present.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="43" />
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="44" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="45" />
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="46" />
            <source>Namens</source>
            <translation>On behalf of</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="47" />
            <source>Handeling</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="48" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="49" />
            <source>Betrokkene</source>
            <translation>Person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="50" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="51" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="52" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="53" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_table.py" line="109" />
            <source>Hier is de keten van het auditlog onderbroken. %1</source>
            <translation>The audit log chain is broken here. %1</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailView</name>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="57" />
            <source>Audittrail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="60" />
            <source>Wie heeft wat gedaan, wanneer en namens wie. Het auditlog bevat geen inhoud van casussen; elke regel is met de vorige verbonden, zodat een wijziging opvalt.</source>
            <translation>Who did what, when and on whose behalf. The audit log contains no case content; each entry is linked to the previous one, so any change stands out.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="68" />
            <source>Alleen wat deze gebruiker deed (leeg: iedereen)</source>
            <translation>Only what this user did (empty: everyone)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="71" />
            <source>iedereen</source>
            <translation>everyone</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="74" />
            <source>alle handelingen</source>
            <translation>all actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="77" />
            <source>Alleen deze soort handeling</source>
            <translation>Only this kind of action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="79" />
            <source>casusnummer of -nr</source>
            <translation>case number or no.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="81" />
            <source>Een casusnummer (zoals 2026-001), of het interne nummer ook van een verwijderde casus</source>
            <translation>A case number (such as 2026-001), or the internal number, also of a deleted case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="85" />
            <source>nummer</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="86" />
            <source>Het nummer van een betrokkene (kolom Betrokkene)</source>
            <translation>The number of a person involved (column Person involved)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="87" />
            <source>&amp;Periode</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="88" />
            <source>Alleen regels van deze dagen (beide dagen doen mee)</source>
            <translation>Only entries from these days (both days included)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="90" />
            <source>Vanaf deze dag</source>
            <translation>From this day</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="91" />
            <source>Tot en met deze dag</source>
            <translation>Up to and including this day</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="92" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="93" />
            <source>Toon de regels die aan het filter voldoen (Enter)</source>
            <translation>Show the entries that match the filter (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="95" />
            <source>Filter &amp;wissen</source>
            <translation>C&amp;lear filter</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="96" />
            <source>Alle regels tonen</source>
            <translation>Show all entries</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="101" />
            <source>Gebr&amp;uiker</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="102" />
            <source>Ha&amp;ndeling</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="103" />
            <source>Ca&amp;sus</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="104" />
            <source>Betrokk&amp;ene</source>
            <translation>&amp;Person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="114" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="128" />
            <source>Auditregels</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="132" />
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="304" />
            <source>&amp;Keten controleren</source>
            <translation>Ve&amp;rify chain</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="134" />
            <source>Controleer of geen regel is gewijzigd, ingevoegd of verwijderd</source>
            <translation>Check that no entry has been changed, inserted or deleted</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="146" />
            <source>Naar de b&amp;reuk</source>
            <translation>&amp;Go to the break</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="147" />
            <source>Toon de regel waar de keten onderbroken is</source>
            <translation>Show the entry where the chain is broken</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="149" />
            <source>Als PDF e&amp;xporteren…</source>
            <translation>Export as P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="151" />
            <source>De getoonde selectie met de controle van de keten, voor de privacyfunctionaris</source>
            <translation>The entries shown, with the chain verification, for the data protection officer</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="262" />
            <source>De begindatum ligt na de einddatum. Pas de periode aan.</source>
            <translation>The start date is after the end date. Adjust the period.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="286" />
            <source>1 regel</source>
            <translation>1 entry</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="286" />
            <source>%1 regels</source>
            <translation>%1 entries</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="295" />
            <source>Bezig met controleren…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="315" />
            <source>De keten is ongeschonden: alle %1 regels sluiten op elkaar aan en passen bij de kop die buiten de database is bewaard.</source>
            <translation>The chain is intact: all %1 entries link up and match the head stored outside the database.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="324" />
            <source>… en nog %1 problemen.</source>
            <translation>… and %1 more problems.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="327" />
            <source>De keten is NIET ongeschonden. Eerste breuk bij regel %1. Meld dit aan de privacyfunctionaris.</source>
            <translation>The chain is NOT intact. First break at entry %1. Report this to the data protection officer.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="340" />
            <source>Regels rond regel %1</source>
            <translation>Entries around entry %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="361" />
            <source>Auditlog als PDF</source>
            <translation>Audit log as PDF</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="361" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="368" />
            <source>PDF wordt gemaakt…</source>
            <translation>Creating PDF…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="376" />
            <source>keten in orde</source>
            <translation>chain intact</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="376" />
            <source>keten NIET in orde</source>
            <translation>chain NOT intact</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/audit_trail.py" line="378" />
            <source>%1 regels geëxporteerd naar %2 (%3).</source>
            <translation>%1 entries exported to %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="34" />
            <source>Casus – back-up-instellingen</source>
            <translation>Casus – backup settings</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="39" />
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="40" />
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="43" />
            <source>Een melding onderin het venster als de laatste back-up ouder is; 0: nooit</source>
            <translation>A notice at the bottom of the window when the last backup is older; 0: never</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="46" />
            <source>Bij het &amp;afsluiten een back-up maken</source>
            <translation>Make a backup on &amp;closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="49" />
            <source>Elke keer dat u Casus sluit, een gecontroleerde back-up in de gekozen map</source>
            <translation>Each time you close Casus, a checked backup in the chosen folder</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="53" />
            <source>Map voor de back-ups, bij voorkeur op een andere schijf</source>
            <translation>Folder for the backups, preferably on another disk</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="55" />
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="108" />
            <source>Map voor back-ups bij het afsluiten</source>
            <translation>Folder for backups on closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="56" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="57" />
            <source>Een map kiezen</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="61" />
            <source>Dat gebeurt als een beheerder Casus sluit. Casus bewaart de laatste %1 back-ups van het afsluiten in die map en ruimt oudere op; back-ups die u zelf maakt, blijven staan.</source>
            <translation>This happens when an administrator closes Casus. Casus keeps the last %1 backups made on closing in that folder and removes older ones; backups you make yourself stay.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="74" />
            <source>&amp;Herinnering na</source>
            <translation>&amp;Reminder after</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="81" />
            <source>&amp;Map</source>
            <translation>F&amp;older</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="87" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="88" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="89" />
            <source>Sluiten zonder op te slaan (Esc)</source>
            <translation>Close without saving (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_settings.py" line="120" />
            <source>Kies een map voor de back-ups bij het afsluiten, of vink die uit.</source>
            <translation>Choose a folder for the backups on closing, or untick it.</translation>
        </message>
    </context>
    <context>
        <name>BreakthroughDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="34" />
            <source>Doorbraak toevoegen</source>
            <translation>Add breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="36" />
            <source>Doorbraak %1 wijzigen</source>
            <translation>Edit breakthrough %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="42" />
            <source>De ene ongewone stap die de rest losmaakt, bijvoorbeeld: huurachterstand bevriezen zodat de ontruiming niet doorgaat.</source>
            <translation>The one unusual step that unlocks the rest, for example: freezing the rent arrears so the eviction does not go ahead.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="51" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="56" />
            <source>bijvoorbeeld: Participatiewet art. 49, hardheidsclausule</source>
            <translation>for example: Participation Act art. 49, hardship clause</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="60" />
            <source>functie of naam, bijvoorbeeld: wethouder sociaal domein</source>
            <translation>position or name, for example: alderman for social affairs</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="63" />
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="72" />
            <source>(nog niet bekend)</source>
            <translation>(not yet known)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="67" />
            <source>Tot welk niveau moet dit besluit? Van professional tot wethouder of bestuurder.</source>
            <translation>How high must this decision go? From professional to alderman or director.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="70" />
            <source>leeg = onbekend</source>
            <translation>empty = unknown</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="76" />
            <source>Welke organisatie betaalt de eenmalige kosten? Telt mee in 'wie betaalt, wie bespaart'.</source>
            <translation>Which organisation pays the one-off costs? Counts in 'who pays, who saves'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="78" />
            <source>&amp;Gepland op</source>
            <translation>Pla&amp;nned for</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="80" />
            <source>De datum waarop de doorbraak er moet zijn; Mijn gezinnen toont hem als volgende stap</source>
            <translation>The date by which the breakthrough should be there; My families shows it as the next step</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="85" />
            <source>Gepland op</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="96" />
            <source>uit welk budget of fonds</source>
            <translation>from which budget or fund</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="101" />
            <source>De dag waarop de doorbraak is behaald</source>
            <translation>The day the breakthrough was achieved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="111" />
            <source>&amp;Doorbraak:</source>
            <translation>&amp;Breakthrough:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="112" />
            <source>&amp;Soort:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="113" />
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="114" />
            <source>&amp;Wettelijke grondslag:</source>
            <translation>&amp;Legal basis:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="115" />
            <source>Wie beslu&amp;it:</source>
            <translation>&amp;Who decides:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="116" />
            <source>&amp;Mandaat:</source>
            <translation>&amp;Mandate:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="117" />
            <source>&amp;Eenmalige kosten (€):</source>
            <translation>&amp;One-off costs (€):</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="118" />
            <source>Betaald doo&amp;r:</source>
            <translation>Paid b&amp;y:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="119" />
            <source>&amp;Financiering:</source>
            <translation>&amp;Funding:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="120" />
            <source>Streefdatum:</source>
            <translation>Target date:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="121" />
            <source>S&amp;tand:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="122" />
            <source>&amp;Behaald op:</source>
            <translation>&amp;Achieved on:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_breakthrough.py" line="136" />
            <source>Eenmalige kosten</source>
            <translation>One-off costs</translation>
        </message>
    </context>
    <context>
        <name>BreakthroughsTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="299" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="300" />
            <source>Doorbraak</source>
            <translation>Breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="301" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="302" />
            <source>Wie besluit</source>
            <translation>Who decides</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="303" />
            <source>Mandaat</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="304" />
            <source>Eenmalig</source>
            <translation>One-off</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="305" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="309" />
            <source>Nog geen doorbraak. Welke ene ongewone stap maakt de rest los?</source>
            <translation>No breakthrough yet. Which one unusual step would unlock the rest?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="316" />
            <source>op %1</source>
            <translation>on %1</translation>
        </message>
    </context>
    <context>
        <name>CaseActionsBar</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="43" />
            <source>Nieuwe &amp;afspraak…</source>
            <translation>&amp;New agreed action…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="44" />
            <source>Een afspraak voor deze casus vastleggen, buiten een overleg</source>
            <translation>Record an agreed action for this case, outside a meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="45" />
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="47" />
            <source>Deadline, organisatie, wie of resultaat van de gekozen afspraak</source>
            <translation>Deadline, organisation, person or result of the chosen agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="49" />
            <source>Ge&amp;daan</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="50" />
            <source>De gekozen afspraak is uitgevoerd (Alt+D); ongedaan te maken</source>
            <translation>The chosen agreed action has been carried out (Alt+D); can be undone</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="51" />
            <source>He&amp;ropenen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="53" />
            <source>De gekozen afspraak staat ten onrechte op gedaan of vervallen</source>
            <translation>The chosen agreed action was wrongly marked done or lapsed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="55" />
            <source>S&amp;luimeren…</source>
            <translation>&amp;Snooze…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="57" />
            <source>De gekozen afspraak uit Mijn afspraken tot enkele dagen vóór de deadline</source>
            <translation>Keep the chosen agreed action out of My agreed actions until a few days before the deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="116" />
            <source>Zet eerst de presentatiemodus uit (F11): dit venster toont de tekst van de afspraak.</source>
            <translation>Turn presentation mode off first (F11): this window shows the text of the agreed action.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="147" />
            <source>Afspraak %1 gedaan.</source>
            <translation>Agreed action %1 done.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_actions.py" line="179" />
            <source>Afspraak</source>
            <translation>Agreed action</translation>
        </message>
    </context>
    <context>
        <name>CaseCloseDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="46" />
            <location filename="../../casus_app/ui/cases/case_close.py" line="76" />
            <source>Casus %1 afsluiten</source>
            <translation>Close case %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="49" />
            <source>(kies een afsluitreden)</source>
            <translation>(choose a reason for closing)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="52" />
            <source>Waarom de casus stopt; verplicht</source>
            <translation>Why the case ends; required</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="54" />
            <source>bijvoorbeeld: overlast gestopt, schuldhulp loopt</source>
            <translation>for example: nuisance stopped, debt support under way</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="55" />
            <source>Het resultaat in een paar woorden, zonder persoonsgegevens</source>
            <translation>The result in a few words, without personal data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="57" />
            <source>(niet verwezen)</source>
            <translation>(not referred)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="60" />
            <source>De organisatie die het overneemt, als dat zo is</source>
            <translation>The organisation taking over, if any</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="62" />
            <source>De datum van afsluiten; niet in de toekomst</source>
            <translation>The closing date; not in the future</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="64" />
            <source>&amp;Afsluitreden *</source>
            <translation>&amp;Reason for closing *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="65" />
            <source>&amp;Resultaat</source>
            <translation>Res&amp;ult</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="66" />
            <source>&amp;Verwezen naar</source>
            <translation>Referred &amp;to</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="67" />
            <source>&amp;Einddatum</source>
            <translation>&amp;End date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="69" />
            <source>Let op: de open afspraak vervalt bij het afsluiten.</source>
            <translation>Note: the open agreed action lapses when the case is closed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="71" />
            <source>Let op: de %1 open afspraken vervallen bij het afsluiten.</source>
            <translation>Note: the %1 open agreed actions lapse when the case is closed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="75" />
            <source>Er staan geen open afspraken meer.</source>
            <translation>There are no open agreed actions left.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="87" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="89" />
            <source>Casus af&amp;sluiten</source>
            <translation>&amp;Close case</translation>
        </message>
    </context>
    <context>
        <name>CaseDuplicatesDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="26" />
            <source>Er loopt al een casus</source>
            <translation>A case is already open</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="30" />
            <source>Er is al een lopende casus voor dit adres of deze persoon</source>
            <translation>There is already an open case for this address or this person</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="35" />
            <source>Voeg het signaal toe aan die casus (de betrokkenen, categorieën en samenvatting komen erbij en de casus komt op de agenda), of maak toch een nieuwe casus.</source>
            <translation>Add the report to that case (the people involved, categories and summary are added and the case goes on the agenda), or create a new case anyway.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="41" />
            <source>Lopende casussen</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="50" />
            <source>sinds %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="58" />
            <source>&amp;Toevoegen aan deze casus</source>
            <translation>&amp;Add to this case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="60" />
            <source>Het signaal hoort bij de gekozen casus (Enter)</source>
            <translation>The report belongs to the chosen case (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="61" />
            <source>Toch een &amp;nieuwe casus</source>
            <translation>&amp;New case anyway</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="62" />
            <source>Het gaat om iets anders: maak een aparte casus</source>
            <translation>This is about something else: create a separate case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_duplicates.py" line="63" />
            <source>Terug naar het &amp;formulier</source>
            <translation>&amp;Back to the form</translation>
        </message>
    </context>
    <context>
        <name>CaseFormDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="85" />
            <source>Casus bewerken</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="85" />
            <source>Nieuwe casus aanmelden</source>
            <translation>Register new case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="89" />
            <source>(kies een soort)</source>
            <translation>(choose a kind)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="113" />
            <source>(kies een organisatie)</source>
            <translation>(choose an organisation)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="114" />
            <source>(nog niemand)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="122" />
            <source>(niet ingeschat)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="131" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="132" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="133" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="134" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="135" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="151" />
            <source>Betrokkene &amp;toevoegen</source>
            <translation>Add &amp;person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="154" />
            <source>Een regel voor een betrokkene (Alt+T); geboortedatum als dd-mm-jjjj</source>
            <translation>A row for a person involved (Alt+P); date of birth as dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="169" />
            <source>&amp;Soort *</source>
            <translation>&amp;Kind *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="170" />
            <source>&amp;Gebied *</source>
            <translation>&amp;Area *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="171" />
            <source>&amp;Buurt</source>
            <translation>&amp;Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="172" />
            <source>St&amp;raat</source>
            <translation>S&amp;treet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="175" />
            <source>toe&amp;voeging</source>
            <translation>su&amp;ffix</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="180" />
            <source>&amp;Huisnummer</source>
            <translation>&amp;House number</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="186" />
            <source>&amp;Postcode, plaats</source>
            <translation>Post&amp;code, town</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="189" />
            <source>Start&amp;datum *</source>
            <translation>Start &amp;date *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="190" />
            <source>Hoo&amp;fdcategorie *</source>
            <translation>&amp;Main category *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="191" />
            <source>Overige &amp;categorieën</source>
            <translation>Other cate&amp;gories</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="192" />
            <source>Aa&amp;ngemeld door *</source>
            <translation>Reported &amp;by *</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="193" />
            <source>R&amp;egie</source>
            <translation>&amp;Lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="194" />
            <source>R&amp;isico</source>
            <translation>R&amp;isk</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="199" />
            <source>Sa&amp;menvatting</source>
            <translation>S&amp;ummary</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="202" />
            <source>Betrokkenen</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="210" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="210" />
            <source>Casus &amp;aanmelden</source>
            <translation>&amp;Register case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="214" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="261" />
            <source>Leefbaarheid (voor de voordeur), casuïstiek (achter de voordeur) of doorbraak; kies zelf</source>
            <translation>Liveability (in front of the door), casework (behind the door) or breakthrough; choose it yourself</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="265" />
            <source>Het gebied waarin de casus hoort; u ziet alleen uw eigen gebieden</source>
            <translation>The area the case belongs to; you only see your own areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="267" />
            <source>Een van de buurten van het gekozen gebied</source>
            <translation>One of the neighbourhoods of the chosen area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="268" />
            <source>Vier cijfers en twee letters, bijvoorbeeld 6431 AB</source>
            <translation>Four digits and two letters, for example 6431 AB</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="270" />
            <source>De categorie waaronder de casus wordt geteld; kies eerst de soort</source>
            <translation>The category the case is counted under; choose the kind first</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="273" />
            <source>De organisatie die het signaal meldt; staat op uw eigen organisatie</source>
            <translation>The organisation reporting the signal; set to your own organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="275" />
            <source>Vink met de spatiebalk aan wat verder speelt</source>
            <translation>Tick with the space bar whatever else is going on</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="276" />
            <source>De organisatie die de regie heeft</source>
            <translation>The lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="277" />
            <source>Kort en zakelijk; geen bijzondere persoonsgegevens</source>
            <translation>Brief and factual; no special categories of personal data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="285" />
            <source>(kies een hoofdcategorie)</source>
            <translation>(choose a main category)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="285" />
            <source>(kies eerst een soort)</source>
            <translation>(choose a kind first)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="297" />
            <source>(geen buurt)</source>
            <translation>(no neighbourhood)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="330" />
            <source>bewoner</source>
            <translation>resident</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="360" />
            <source>Betrokkene %1, geboortedatum</source>
            <translation>Person involved %1, date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="361" />
            <source>'%1' is geen datum; schrijf die als dd-mm-jjjj</source>
            <translation>'%1' is not a date; write it as dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="397" />
            <source>Kies een soort: leefbaarheid, casuïstiek of doorbraak.</source>
            <translation>Choose a kind: liveability, casework or breakthrough.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="398" />
            <source>Kies de hoofdcategorie waaronder de casus wordt geteld.</source>
            <translation>Choose the main category the case is counted under.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="399" />
            <source>Kies de organisatie die het signaal aanmeldt.</source>
            <translation>Choose the organisation that reports the signal.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="406" />
            <source>De casus is niet opgeslagen: kies wat bij de velden in rood staat.</source>
            <translation>The case was not saved: choose what the fields in red ask for.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="485" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="486" />
            <source>Wat u heeft ingevuld is nog niet opgeslagen. Weggooien?</source>
            <translation>What you filled in has not been saved. Discard it?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="488" />
            <source>Uw wijzigingen aan de casus zijn nog niet opgeslagen. Weggooien?</source>
            <translation>Your changes to the case have not been saved. Discard them?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="492" />
            <source>&amp;Weggooien</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_form.py" line="493" />
            <source>&amp;Verder invullen</source>
            <translation>&amp;Keep editing</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="51" />
            <source>Zoek op naam, adres, postcode of casusnummer…</source>
            <translation>Search by name, address, postcode or case number…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="54" />
            <source>Zoeken (Ctrl+F). Elk woord moet voorkomen; het begin van een woord is genoeg. Enter opent de bovenste casus.</source>
            <translation>Search (Ctrl+F). Every word must occur; the start of a word is enough. Enter opens the top case.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="58" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="61" />
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="64" />
            <source>Alleen casussen van deze soort tonen</source>
            <translation>Only show cases of this kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="65" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="68" />
            <source>Alle gebieden</source>
            <translation>All areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="71" />
            <source>Alleen casussen in dit gebied tonen</source>
            <translation>Only show cases in this area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="72" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="74" />
            <source>Alleen &amp;lopende</source>
            <translation>O&amp;pen cases only</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="75" />
            <source>Afgesloten casussen verbergen</source>
            <translation>Hide closed cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="78" />
            <source>&amp;Soort</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="80" />
            <source>Gebie&amp;d</source>
            <translation>&amp;Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="102" />
            <source>Casussen</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="103" />
            <source>Enter of dubbelklik opent de casus</source>
            <translation>Enter or double-click opens the case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="143" />
            <source>Alle categorieën</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="146" />
            <source>Hoofdcategorie of een van de overige categorieën</source>
            <translation>Main category or one of the other categories</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="148" />
            <source>Elke regie</source>
            <translation>Any lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="151" />
            <source>Alleen casussen waarvan deze organisatie de regie heeft</source>
            <translation>Only cases led by this organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="153" />
            <source>Elke escalatie</source>
            <translation>Any escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="156" />
            <source>Alleen casussen op dit escalatieniveau</source>
            <translation>Only cases at this escalation level</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="157" />
            <source>Met te lat&amp;e afspraken</source>
            <translation>With overdu&amp;e agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="158" />
            <source>Alleen casussen met een open afspraak over de deadline</source>
            <translation>Only cases with an open agreed action past its deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="159" />
            <source>&amp;Niet besproken sinds</source>
            <translation>&amp;Not discussed for</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="160" />
            <source>Lopende casussen die zo lang in geen overleg zijn besproken</source>
            <translation>Open cases not discussed in any meeting for this long</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="164" />
            <source> weken</source>
            <translation> weeks</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="165" />
            <source>Aantal weken niet besproken</source>
            <translation>Number of weeks not discussed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="168" />
            <source>Nieuwste eerst</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="169" />
            <source>Oudste eerst</source>
            <translation>Oldest first</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="170" />
            <source>Op casusnummer</source>
            <translation>By case number</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="171" />
            <source>Hoogste escalatie eerst</source>
            <translation>Highest escalation first</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="174" />
            <source>Volgorde van de lijst</source>
            <translation>Order of the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="175" />
            <source>Sorteren</source>
            <translation>Sort</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="177" />
            <source>Categorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="178" />
            <source>Regie</source>
            <translation>Lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="179" />
            <source>Escalatie</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="184" />
            <source>Sorte&amp;ren</source>
            <translation>So&amp;rt</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="264" />
            <source>Geen casussen gevonden. Pas de zoekwoorden of filters aan.</source>
            <translation>No cases found. Change the search words or filters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_list.py" line="266" />
            <source>Er staan nog geen casussen in dit register.</source>
            <translation>This register does not hold any cases yet.</translation>
        </message>
    </context>
    <context>
        <name>CasePickerDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="36" />
            <source>Casus op de agenda zetten</source>
            <translation>Put case on the agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="38" />
            <source>Casusnummer, adres of naam…</source>
            <translation>Case number, address or name…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="39" />
            <source>Typ om te zoeken; pijl omlaag naar de lijst, Enter kiest</source>
            <translation>Type to search; down arrow to the list, Enter chooses</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="40" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="44" />
            <source>Lopende casussen</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="46" />
            <source>&amp;Zoek een lopende casus in dit gebied</source>
            <translation>&amp;Search for an open case in this area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="48" />
            <source>&amp;Zoek een lopende casus (alle gebieden)</source>
            <translation>&amp;Search an open case (all areas)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="52" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_picker.py" line="53" />
            <source>&amp;Op de agenda</source>
            <translation>On the &amp;agenda</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="30" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="31" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="32" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="33" />
            <source>Buurt</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="34" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="35" />
            <source>Hoofdcategorie</source>
            <translation>Main category</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="36" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_table.py" line="38" />
            <source>Regie</source>
            <translation>Lead organisation</translation>
        </message>
    </context>
    <context>
        <name>CaseTimelineDialog</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="33" />
            <source>Afspraak</source>
            <translation>Agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="34" />
            <source>Afspraak afgerond</source>
            <translation>Action completed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="35" />
            <source>Afspraak vervallen</source>
            <translation>Action cancelled</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="44" />
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="45" />
            <source>Tijdlijn van casus %1</source>
            <translation>Timeline of case %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="48" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="48" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="48" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="48" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="49" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_timeline.py" line="52" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="71" />
            <source>← &amp;Terug naar de lijst</source>
            <translation>← &amp;Back to the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="72" />
            <source>Terug naar de casuslijst (Esc)</source>
            <translation>Back to the case list (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="83" />
            <source>Doorbraak&amp;plan openen</source>
            <translation>Open breakthrough &amp;plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="85" />
            <source>Het doorbraakplan van dit gezin: perspectief, doorbraken, kosten en voortgang</source>
            <translation>The breakthrough plan of this family: perspective, breakthroughs, costs and progress</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="96" />
            <source>Gebied / buurt:</source>
            <translation>Area / neighbourhood:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="97" />
            <source>Adres:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="98" />
            <source>Hoofdcategorie:</source>
            <translation>Main category:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="99" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="100" />
            <source>Escalatie:</source>
            <translation>Escalation:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="101" />
            <source>Regie:</source>
            <translation>Lead organisation:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="102" />
            <source>Aangemeld door:</source>
            <translation>Reported by:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="103" />
            <source>Risico:</source>
            <translation>Risk:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="119" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="119" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="119" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="121" />
            <source>Geen betrokkenen vastgelegd.</source>
            <translation>No people involved recorded.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="123" />
            <source>Betrokkenen</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="126" />
            <source>Afspraak</source>
            <translation>Agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="127" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="128" />
            <source>Afgesproken</source>
            <translation>Agreed on</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="129" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="130" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="132" />
            <source>Nog geen afspraken gemaakt.</source>
            <translation>No agreed actions yet.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="133" />
            <source>Afspraken</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="140" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="140" />
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="140" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="140" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="142" />
            <source>Nog niet besproken in een overleg.</source>
            <translation>Not yet discussed in a meeting.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="144" />
            <source>Besprekingen</source>
            <translation>Discussions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="148" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="204" />
            <source>Casus %1 · %2</source>
            <translation>Case %1 · %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="212" />
            <source>(geen adres)</source>
            <translation>(no address)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="216" />
            <source>(nog niemand)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="219" />
            <source>(niet ingeschat)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="221" />
            <source>(geen samenvatting)</source>
            <translation>(no summary)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="223" />
            <source>Betrokkenen (%1)</source>
            <translation>People involved (%1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="227" />
            <source>Afspraken (%1)</source>
            <translation>Agreed actions (%1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="229" />
            <source>%1 te laat</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="232" />
            <source>Besprekingen (%1)</source>
            <translation>Discussions (%1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="284" />
            <source>%1 sinds %2</source>
            <translation>%1 since %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="289" />
            <source>%1 op %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="302" />
            <source>Gedaan op %1</source>
            <translation>Done on %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="304" />
            <source>Vervallen op %1</source>
            <translation>Lapsed on %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="307" />
            <source>TE LAAT: %1 dag(en) over de deadline</source>
            <translation>OVERDUE: %1 day(s) past the deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="309" />
            <source>Open · sluimert tot %1</source>
            <translation>Open · snoozed until %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="311" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_view.py" line="314" />
            <source>resultaat: %1</source>
            <translation>result: %1</translation>
        </message>
    </context>
    <context>
        <name>CasusError</name>
        <message>
            <location filename="../../casus_app/ui/widgets/errors.py" line="47" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/errors.py" line="49" />
            <source> of </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/commands.py" line="45" />
            <source>Het bestand {file} bestaat niet.</source>
            <translation>The file {file} does not exist.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/commands.py" line="123" />
            <source>De controle heeft problemen gevonden (zie hierboven).</source>
            <translation>The check found problems (see above).</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/commands.py" line="227" />
            <source>Geef met --cases een aantal tussen 0 en 1.000.000.</source>
            <translation>Give a number between 0 and 1,000,000 with --cases.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/commands.py" line="261" />
            <source>Er is nog geen bewaartermijn ingesteld, dus Casus verwijdert niets. Stel de termijnen uit het convenant in via Beheer › Bewaartermijnen.</source>
            <translation>No retention period has been set yet, so Casus deletes nothing. Set the periods from the covenant under Admin › Retention periods.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/console.py" line="68" />
            <source>Het wachtwoordbestand {password_file} kan niet worden gelezen.</source>
            <translation>The password file {password_file} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/console.py" line="76" />
            <source>Geen wachtwoord: typ het op een terminal, of geef het via de omgevingsvariabele {env} of met --password-file BESTAND.</source>
            <translation>No password: type it in a terminal, or pass it in the environment variable {env} or with --password-file FILE.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/console.py" line="83" />
            <source>De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.</source>
            <translation>The two passwords are not the same. Please try again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/server_commands.py" line="38" />
            <source>--admin-url hoort alleen bij een register op een server: geef met --db een adres postgresql://SERVER:POORT/DATABASE.</source>
            <translation>--admin-url only belongs with a register on a server: give an address postgresql://SERVER:PORT/DATABASE with --db.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/server_commands.py" line="43" />
            <source>Een register op een server wordt ingericht door de serverbeheerder: geef ook --admin-url postgresql://BEHEERDER@SERVER:POORT/ (wachtwoord in CASUS_ADMIN_PASSWORD).</source>
            <translation>A register on a server is set up by the server administrator: also give --admin-url postgresql://ADMINISTRATOR@SERVER:PORT/ (password in CASUS_ADMIN_PASSWORD).</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/server_commands.py" line="48" />
            <source>Het adres noemt gebruiker {in_address}, maar u bent {user}. Laat de naam uit het adres weg en gebruik --user.</source>
            <translation>The address names user {in_address}, but you are {user}. Leave the name out of the address and use --user.</translation>
        </message>
        <message>
            <location filename="../../casus_app/cli/server_commands.py" line="72" />
            <source>Een register op een server ({server}) kan Casus nog niet openen: alleen 'casus-app init --admin-url …' werkt al. Gebruik voorlopig een registerbestand.</source>
            <translation>Casus cannot open a register on a server ({server}) yet: only 'casus-app init --admin-url …' works so far. Use a register file for now.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/amounts.py" line="30" />
            <source>{what}: een bedrag kan niet negatief zijn. Vul 0 of meer in.</source>
            <translation>{what}: an amount cannot be negative. Enter 0 or more.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/amounts.py" line="33" />
            <source>{what}: '{text}' is geen bedrag. Schrijf het in euro's, zoals 9000, 9.000, 9.000,50 of € 9.000,-, of laat het leeg als het onbekend is.</source>
            <translation>{what}: '{text}' is not an amount. Write it in euros, such as 9000, 9.000, 9.000,50 or € 9.000,-, or leave it empty if it is unknown.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/disclosure/tables.py" line="159" />
            <source>Het minimumaantal k moet een geheel getal van {min_k} tot en met {max_k} zijn (ingevuld: {k}).</source>
            <translation>The minimum count k must be a whole number from {min_k} to {max_k} (entered: {k}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/errors.py" line="175" />
            <source>… en nog {count} fouten</source>
            <translation>… and {count} more errors</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/errors.py" line="176" />
            <source>Het bestand is niet ingelezen: {count} fout(en) gevonden. Er is niets gewijzigd.
{lines}</source>
            <translation>The file was not imported: {count} error(s) found. Nothing has been changed.
{lines}</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="32" />
            <source>verplicht veld ontbreekt</source>
            <translation>required field missing</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="78" />
            <source>een ongeldige tekencode (geen bestaand teken)</source>
            <translation>an invalid character code (no existing character)</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="80" />
            <source>een onzichtbaar teken dat de leesrichting verandert</source>
            <translation>an invisible character that changes the reading direction</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="82" />
            <source>een regeleinde, dat in dit veld niet mag</source>
            <translation>a line break, which this field does not allow</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="84" />
            <source>een tab, die in dit veld niet mag</source>
            <translation>a tab, which this field does not allow</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="86" />
            <source>een onzichtbaar stuurteken</source>
            <translation>an invisible control character</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="88" />
            <source>bevat {what} ({code}, teken {position}); verwijder dat teken</source>
            <translation>contains {what} ({code}, character {position}); remove that character</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="144" />
            <source>verplicht veld ontbreekt (de waarde is leeg)</source>
            <translation>required field missing (the value is empty)</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="146" />
            <source>mag niet leeg (null) zijn</source>
            <translation>may not be empty (null)</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="171" />
            <source>mag niet leeg zijn (alleen spaties)</source>
            <translation>may not be empty (only spaces)</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="188" />
            <source>mag niet leeg zijn</source>
            <translation>may not be empty</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="190" />
            <source>is te lang ({length} tekens; maximaal {most})</source>
            <translation>is too long ({length} characters; at most {most})</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/exchange/fields.py" line="374" />
            <source>postcode {value} is ongeldig; schrijf die als 1234AB of 1234 AB</source>
            <translation>postcode {value} is invalid; write it as 1234AB or 1234 AB</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="57" />
            <source>herhaalde tekens of stukken</source>
            <translation>repeated characters or parts</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="58" />
            <source>een reeks zoals abcd of 1234</source>
            <translation>a sequence such as abcd or 1234</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="59" />
            <source>een rij toetsen naast elkaar</source>
            <translation>a row of adjacent keys</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="60" />
            <source>een datum</source>
            <translation>a date</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="61" />
            <source>een bekend woord of een bekende naam</source>
            <translation>a common word or a well-known name</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="71" />
            <source>Het wachtwoord is te kort: kies er een van minstens {length} tekens (een zin van een paar woorden is sterk en goed te onthouden).</source>
            <translation>The password is too short: choose one of at least {length} characters (a sentence of a few words is strong and easy to remember).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="84" />
            <source>Dit wachtwoord is te makkelijk te raden. Kies een zin van een paar woorden die niet bij elkaar horen, zoals 'fiets onder de appelboom'; die is sterk en goed te onthouden.</source>
            <translation>This password is too easy to guess. Choose a sentence of a few unrelated words, such as 'bicycle under the apple tree'; that is strong and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/password_strength.py" line="88" />
            <source>Dit wachtwoord is te makkelijk te raden. Het bevat {hints}. Kies een zin van een paar woorden die niet bij elkaar horen, zoals 'fiets onder de appelboom'; die is sterk en goed te onthouden.</source>
            <translation>This password is too easy to guess. It contains {hints}. Choose a sentence of a few unrelated words, such as 'bicycle under the apple tree'; that is strong and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="72" />
            <source>Het jaar {year} valt buiten het bereik van Casus ({min_year}–{max_year}).</source>
            <translation>The year {year} is outside the range of Casus ({min_year}–{max_year}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="87" />
            <source>De periode begint ({first}) na haar einddatum ({last}). Zet de vroegste datum vóór '..', bijvoorbeeld 2021-05-01..2024-04-30.</source>
            <translation>The period begins ({first}) after its end date ({last}). Put the earliest date before '..', for example 2021-05-01..2024-04-30.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="117" />
            <source>De periode '{text}' bevat andere cijfers dan 0–9. Typ de periode met gewone cijfers, bijvoorbeeld 2026Q3, 2026H1, 2026 of 2021-05-01..2024-04-30.</source>
            <translation>The period '{text}' contains digits other than 0–9. Type the period with ordinary digits, for example 2026Q3, 2026H1, 2026 or 2021-05-01..2024-04-30.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="135" />
            <source>De periode '{given}' heeft geen einddatum. Geef een periode van datum tot datum (2021-05-01..2024-04-30) of alles tot en met een datum (..2024-04-30).</source>
            <translation>The period '{given}' has no end date. Give a period from date to date (2021-05-01..2024-04-30) or everything up to and including a date (..2024-04-30).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="268" />
            <source>'{text}' in de periode '{given}' is geen datum. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2021-05-01..2024-04-30 of ..2024-04-30.</source>
            <translation>'{text}' in the period '{given}' is not a date. Write dates as YYYY-MM-DD, for example 2021-05-01..2024-04-30 or ..2024-04-30.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="279" />
            <source>De datum {text} in de periode bestaat niet. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2024-04-30.</source>
            <translation>The date {text} in the period does not exist. Write dates as YYYY-MM-DD, for example 2024-04-30.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/periods.py" line="292" />
            <source>Onbekende periode '{given}'. Geef een kwartaal (bijvoorbeeld 2026Q3), een halfjaar (2026H1 of 2026H2), een heel jaar (2026), een periode van datum tot datum (2021-05-01..2024-04-30) of alles sinds de start tot en met een datum (..2024-04-30).</source>
            <translation>Unknown period '{given}'. Give a quarter (for example 2026Q3), a half year (2026H1 or 2026H2), a whole year (2026), a period from date to date (2021-05-01..2024-04-30) or everything since the start up to and including a date (..2024-04-30).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/phone.py" line="67" />
            <source>'{raw}' is geen Nederlands telefoonnummer. Typ tien cijfers, zoals 06-12345678 of 045-5601234 (+31 mag ook), of laat het veld leeg.</source>
            <translation>'{raw}' is not a Dutch phone number. Type ten digits, such as 06-12345678 or 045-5601234 (+31 is fine too), or leave the field empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/phone.py" line="77" />
            <source>'{raw}' is een buitenlands nummer. Casus bewaart alleen Nederlandse nummers, zoals 06-12345678.</source>
            <translation>'{raw}' is a foreign number. Casus only keeps Dutch numbers, such as 06-12345678.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="57" />
            <source>Onbekende status '{target}'.</source>
            <translation>Unknown status '{target}'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="59" />
            <source>Een plan met status '{source}' kan niet naar '{goal}'.</source>
            <translation>A plan with status '{source}' cannot move to '{goal}'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="64" />
            <source>Schrijf eerst het perspectief van het gezin op, in hun eigen woorden.</source>
            <translation>First write down the family's perspective, in their own words.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="67" />
            <source>Leg eerst de doorbraak vast die u wilt voorleggen.</source>
            <translation>First record the breakthrough you want to propose.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="69" />
            <source>Vul bij elke doorbraak in wie besluit en op welk mandaatniveau.</source>
            <translation>For every breakthrough, fill in who decides and at which mandate level.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="73" />
            <source>Een plan is pas gerealiseerd als er een doorbraak is behaald. Zet de doorbraak op 'behaald' met de datum, of kies 'niet gerealiseerd'.</source>
            <translation>A plan is only realised once a breakthrough has been reached. Set the breakthrough to 'reached' with the date, or choose 'not realised'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="80" />
            <source>Er is een doorbraak behaald: kies 'gerealiseerd'.</source>
            <translation>A breakthrough has been reached: choose 'realised'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="83" />
            <source>Beantwoord eerst bij de evaluatie of het doel is bereikt en of het leven van het gezin er beter op is geworden.</source>
            <translation>First answer in the evaluation whether the goal was reached and whether the family's life has improved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="126" />
            <source>organisatie niet ingevuld</source>
            <translation>organisation not filled in</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="148" />
            <source>bespaart {amount}</source>
            <translation>saves {amount}</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="150" />
            <source>betaalt {amount} meer</source>
            <translation>pays {amount} more</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="152" />
            <source>geen verschil</source>
            <translation>no difference</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="153" />
            <source>{result} (niet alle bedragen bekend)</source>
            <translation>{result} (not all amounts known)</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="195" />
            <source>onbekend: er zijn nog geen hulpverleners vastgelegd</source>
            <translation>unknown: no helpers have been recorded yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="196" />
            <source>onbekend: van geen enkele hulpverlener zijn de kosten bekend</source>
            <translation>unknown: the costs of none of the helpers are known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="200" />
            <source>{amount} per jaar</source>
            <translation>{amount} a year</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="223" />
            <source>Doormodderen is wat alle betrokken hulpverleners samen per jaar kosten zolang er niets verandert.</source>
            <translation>Muddling through is what all the helpers involved cost together per year as long as nothing changes.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="228" />
            <source>Doorbreken is wat die hulp per jaar nog kost na de doorbraak, plus de eenmalige kosten van de doorbraak in het eerste jaar.</source>
            <translation>Breaking through is what that help still costs per year after the breakthrough, plus the one-off cost of the breakthrough in the first year.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="246" />
            <source>Van 1 hulpverlener zijn de kosten nu niet bekend; die tellen niet mee. Doormodderen kost dus meer dan hier staat.</source>
            <translation>The current costs of 1 helper are not known; they do not count. Muddling through therefore costs more than shown here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="251" />
            <source>Van {count} hulpverleners zijn de kosten nu niet bekend; die tellen niet mee. Doormodderen kost dus meer dan hier staat.</source>
            <translation>The current costs of {count} helpers are not known; they do not count. Muddling through therefore costs more than shown here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="267" />
            <source>Waar niet is ingevuld wat een hulpverlener na de doorbraak nog kost, is gerekend met het bedrag van nu: die hulp loopt dan gewoon door.</source>
            <translation>Where it is not filled in what a helper still costs after the breakthrough, the current amount is used: that help simply continues.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="275" />
            <source>Doorbraken die niet haalbaar bleken, tellen niet mee.</source>
            <translation>Breakthroughs that proved not feasible do not count.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="279" />
            <source>onbekend: er is nog geen doorbraak vastgelegd</source>
            <translation>unknown: no breakthrough has been recorded yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="288" />
            <source>onbekend: de kosten van 1 doorbraak zijn niet ingevuld</source>
            <translation>unknown: the costs of 1 breakthrough are not filled in</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="290" />
            <source>onbekend: de kosten van {count} doorbraken zijn niet ingevuld</source>
            <translation>unknown: the costs of {count} breakthroughs are not filled in</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="296" />
            <source>{amount} eenmalig</source>
            <translation>{amount} one-off</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="299" />
            <source>{amount} in het eerste jaar</source>
            <translation>{amount} in the first year</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="306" />
            <source>onbekend: de kosten van nu zijn niet bekend</source>
            <translation>unknown: the current costs are not known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="310" />
            <source>onbekend: de kosten na de doorbraak zijn niet bekend</source>
            <translation>unknown: the costs after the breakthrough are not known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="316" />
            <source>geen: doorbreken kost per jaar evenveel als doormodderen</source>
            <translation>none: breaking through costs as much per year as muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="319" />
            <source>geen: doorbreken kost per jaar {amount} meer dan doormodderen</source>
            <translation>none: breaking through costs {amount} more per year than muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="324" />
            <source>onbekend: de besparing en de eenmalige kosten zijn niet bekend</source>
            <translation>unknown: the saving and the one-off costs are not known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="326" />
            <source>onbekend: de besparing per jaar is niet bekend</source>
            <translation>unknown: the saving per year is not known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="328" />
            <source>onbekend: de eenmalige kosten zijn niet bekend</source>
            <translation>unknown: the one-off costs are not known</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="330" />
            <source>verdient zich niet terug: er is geen besparing per jaar</source>
            <translation>does not pay for itself: there is no saving per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="332" />
            <source>direct: de doorbraak kost eenmalig niets</source>
            <translation>at once: the breakthrough costs nothing one-off</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="335" />
            <source>1 maand</source>
            <translation>1 month</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="335" />
            <source>{count} maanden</source>
            <translation>{count} months</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="339" />
            <source>De terugverdientijd is de eenmalige kosten gedeeld door de besparing per maand, naar boven afgerond op hele maanden.</source>
            <translation>The payback time is the one-off costs divided by the saving per month, rounded up to whole months.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="345" />
            <source>1 jaar</source>
            <translation>1 year</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="345" />
            <source>{count} jaar</source>
            <translation>{count} years</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="356" />
            <source>{amount} in {period}</source>
            <translation>{amount} in {period}</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="375" />
            <source>geen: in {period} kost doorbreken evenveel als doormodderen</source>
            <translation>none: in {period} breaking through costs as much as muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="379" />
            <source>geen: in {period} kost doorbreken {amount} meer dan doormodderen</source>
            <translation>none: in {period} breaking through costs {amount} more than muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="388" />
            <source>Over {period} gerekend: de jaarbedragen keer {count}, de eenmalige kosten één keer.</source>
            <translation>Calculated over {period}: the yearly amounts times {count}, the one-off costs once.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="399" />
            <source>Bij een deel van de bedragen is niet ingevuld welke organisatie betaalt; die staan apart.</source>
            <translation>For some of the amounts it is not filled in which organisation pays; they are listed separately.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/plan_rules.py" line="405" />
            <source>Bedragen zijn schattingen van de betrokken organisaties, zonder inflatie of rente.</source>
            <translation>Amounts are estimates by the organisations involved, without inflation or interest.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="59" />
            <source>Let op: de verbinding met de server op deze computer is niet met een gecontroleerd TLS-certificaat beveiligd (sslmode={sslmode}). Gebruik dit alleen om te testen.</source>
            <translation>Note: the connection to the server on this computer is not protected by a verified TLS certificate (sslmode={sslmode}). Use this for testing only.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="96" />
            <source>Het serveradres is ongeldig. Gebruik de vorm postgresql://SERVER:POORT/DATABASE.</source>
            <translation>The server address is not valid. Use the form postgresql://SERVER:PORT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="100" />
            <source>Zet geen wachtwoord in het serveradres: het komt dan in de geschiedenis van de opdrachtregel en in de proceslijst. Casus vraagt het wachtwoord, of leest het uit CASUS_PASSWORD.</source>
            <translation>Do not put a password in the server address: it would end up in the command line history and the process list. Casus asks for the password, or reads it from CASUS_PASSWORD.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="120" />
            <source>Het serveradres bevat de onbekende parameter {name}. Toegestaan zijn: {allowed}.</source>
            <translation>The server address contains the unknown parameter {name}. Allowed are: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="126" />
            <source>De parameter {name} staat twee keer in het serveradres.</source>
            <translation>The parameter {name} appears twice in the server address.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="130" />
            <source>Het serveradres noemt twee servers. Geef de server voor de / of als host=…, niet allebei.</source>
            <translation>The server address names two servers. Give the server before the / or as host=…, not both.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="134" />
            <source>Het serveradres noemt geen server (of meer dan één). Gebruik de vorm postgresql://SERVER:POORT/DATABASE.</source>
            <translation>The server address names no server (or more than one). Use the form postgresql://SERVER:PORT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="141" />
            <source>Het serveradres noemt geen database. Gebruik de vorm postgresql://SERVER:POORT/DATABASE.</source>
            <translation>The server address names no database. Use the form postgresql://SERVER:PORT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="146" />
            <source>sslmode={sslmode} bestaat niet. Gebruik sslmode=verify-full (de standaard).</source>
            <translation>sslmode={sslmode} does not exist. Use sslmode=verify-full (the default).</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="151" />
            <source>connect_timeout moet een aantal seconden zijn.</source>
            <translation>connect_timeout must be a number of seconds.</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/register_location.py" line="160" />
            <source>Een register op een andere computer vraagt een verbinding met een gecontroleerd TLS-certificaat (sslmode=verify-full). sslmode={sslmode} is alleen toegestaan voor een server op deze computer (localhost, 127.0.0.1 of een Unix-socket).</source>
            <translation>A register on another computer needs a connection with a verified TLS certificate (sslmode=verify-full). sslmode={sslmode} is only allowed for a server on this computer (localhost, 127.0.0.1 or a Unix socket).</translation>
        </message>
        <message>
            <location filename="../../casus_app/reports/monitoring/csv_table.py" line="38" />
            <source>gebiedscode</source>
            <translation>area code</translation>
        </message>
        <message>
            <location filename="../../casus_app/reports/monitoring/csv_table.py" line="40" />
            <source>code (kolom van {indicator})</source>
            <translation>code (column of {indicator})</translation>
        </message>
        <message>
            <location filename="../../casus_app/reports/monitoring/csv_table.py" line="48" />
            <source>De CSV-export is niet gemaakt: de {what} '{shown}' begint met '{first}', en een spreadsheet zou die code als formule uitvoeren. Kies het formaat xlsx (daar blijft tekst tekst), of laat een beheerder de code wijzigen.</source>
            <translation>The CSV export was not made: the {what} '{shown}' starts with '{first}', and a spreadsheet would run that code as a formula. Choose the xlsx format (where text stays text), or have an administrator change the code.</translation>
        </message>
        <message>
            <location filename="../../casus_app/reports/monitoring/formats.py" line="33" />
            <source>Onbekend formaat '{fmt}'. Kies csv, xlsx of pdf.</source>
            <translation>Unknown format '{fmt}'. Choose csv, xlsx or pdf.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="27" />
            <source>U mag {doing} niet: dat mag alleen een {allowed}.</source>
            <translation>You may not {doing}: only the {allowed} may do that.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="46" />
            <source>Deze casus bestaat niet of u heeft er geen toegang toe.</source>
            <translation>This case does not exist or you have no access to it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="47" />
            <source>Deze afspraak bestaat niet of u heeft er geen toegang toe.</source>
            <translation>This agreement does not exist or you have no access to it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="49" />
            <source>Deze bespreking bestaat niet of u heeft er geen toegang toe.</source>
            <translation>This discussion does not exist or you have no access to it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="51" />
            <source>Dit overleg bestaat niet of u heeft er geen toegang toe.</source>
            <translation>This meeting does not exist or you have no access to it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="53" />
            <source>Dit doorbraakplan bestaat niet of u heeft er geen toegang toe.</source>
            <translation>This breakthrough plan does not exist or you have no access to it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="80" />
            <source>Als coördinator werkt u alleen met geanonimiseerde aantallen, niet met casussen.</source>
            <translation>As coordinator you work with anonymised counts only, not with cases.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="83" />
            <source>U heeft hiervoor geen toegang.</source>
            <translation>You have no access to this.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="142" />
            <source>Als gezinscoach kunt u alleen een doorbraakteam plannen: andere overleggen kunt u niet openen.</source>
            <translation>As a family coach you can only plan a breakthrough team: you cannot open other meetings.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="146" />
            <source>U kunt alleen een overleg plannen in een gebied waarin u werkt. Kies een van uw eigen gebieden, of vraag de beheerder om toegang.</source>
            <translation>You can only plan a meeting in an area you work in. Choose one of your own areas, or ask the administrator for access.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="181" />
            <source>Overleg {ref} is afgerond; het verslag is definitief en kan niet meer veranderen.</source>
            <translation>Meeting {ref} is finished; its minutes are final and can no longer change.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/access.py" line="186" />
            <source>Overleg {ref} is geannuleerd en kan niet meer veranderen.</source>
            <translation>Meeting {ref} was cancelled and can no longer change.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/getting_started.py" line="40" />
            <source>de eerste stappen inzien</source>
            <translation>view the first steps</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/profile.py" line="35" />
            <source>Uw account bestaat niet meer. Meld u opnieuw aan.</source>
            <translation>Your account no longer exists. Please log in again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/profile.py" line="42" />
            <source>telefoonnummers van anderen wijzigen</source>
            <translation>change other people's phone numbers</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/profile.py" line="47" />
            <source>Gebruiker '{name}' bestaat niet. Vernieuw de lijst.</source>
            <translation>User '{name}' does not exist. Refresh the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="57" />
            <source>referentielijsten wijzigen</source>
            <translation>change the reference lists</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="119" />
            <source>Kies het gebied waar de buurt bij hoort.</source>
            <translation>Choose the area the neighbourhood belongs to.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="129" />
            <source>Kies de soort casus waar de categorie bij hoort.</source>
            <translation>Choose the case type the category belongs to.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="150" />
            <source>Buurt '{name}' staat bij {count} casus(sen) en houdt daarom zijn naam. Stel hem buiten gebruik en voeg de buurt met de nieuwe naam toe.</source>
            <translation>Neighbourhood '{name}' is recorded with {count} case(s) and therefore keeps its name. Retire it and add the neighbourhood with the new name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="176" />
            <source>Dit is het laatste gebied in gebruik; Casus heeft er minstens één nodig.</source>
            <translation>This is the last area in use; Casus needs at least one.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="193" />
            <source>'{name}' wordt {count} keer gebruikt en kan daarom niet weg. Stel het buiten gebruik: dan blijft het bij wat het al gebruikt, maar wordt het niet meer aangeboden.</source>
            <translation>'{name}' is used {count} times and therefore cannot be deleted. Retire it: it then stays with what already uses it, but is no longer offered.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="212" />
            <source>Een van de gekozen buurten bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>One of the chosen neighbourhoods no longer exists. Refresh the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="226" />
            <source>Onbekende lijst '{name}'. Kies uit: {lists}.</source>
            <translation>Unknown list '{name}'. Choose from: {lists}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="234" />
            <source>Dit item bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This item does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="245" />
            <source>Geef een naam van 1 tot {most} tekens.</source>
            <translation>Give a name of 1 to {most} characters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="254" />
            <source>'{name}' staat al in de lijst. Kies een andere naam.</source>
            <translation>'{name}' is already in the list. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="262" />
            <source>Een code is 1 tot {most} letters, cijfers, '_' of '-', zonder spaties. Laat hem leeg om er een te laten maken.</source>
            <translation>A code is 1 to {most} letters, digits, '_' or '-', without spaces. Leave it empty to have one made.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/reference_lists.py" line="268" />
            <source>Code '{code}' bestaat al in deze lijst. Kies een andere code.</source>
            <translation>Code '{code}' already exists in this list. Choose another code.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/settings.py" line="27" />
            <source>instellingen wijzigen</source>
            <translation>change settings</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="57" />
            <source>gebruikers bekijken</source>
            <translation>view users</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="110" />
            <source>rollen wijzigen</source>
            <translation>change roles</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="115" />
            <source>U kunt uw eigen beheerdersrol niet afnemen. Laat een andere beheerder dat doen.</source>
            <translation>You cannot take away your own administrator role. Have another administrator do that.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="121" />
            <source>Onbekend gebied: {unknown}.</source>
            <translation>Unknown area: {unknown}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="123" />
            <source>Een professional werkt in één of meer gebieden: kies er minstens één.</source>
            <translation>A professional works in one or more areas: choose at least one.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="143" />
            <source>wachtwoorden opnieuw instellen</source>
            <translation>reset passwords</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="148" />
            <source>Gebruiker '{name}' is niet actief. Kies 'Heractiveren' om een nieuw wachtwoord te geven.</source>
            <translation>User '{name}' is not active. Choose 'Reactivate' to give a new password.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="154" />
            <source>Gebruiker '{name}' heeft geen sleutel in dit register.</source>
            <translation>User '{name}' has no key in this register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="169" />
            <source>gebruikers deactiveren</source>
            <translation>deactivate users</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="173" />
            <source>U kunt uzelf niet deactiveren. Laat een andere beheerder dat doen.</source>
            <translation>You cannot deactivate yourself. Have another administrator do that.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="175" />
            <source>Gebruiker '{name}' is al niet actief.</source>
            <translation>User '{name}' is already inactive.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="190" />
            <source>gebruikers heractiveren</source>
            <translation>reactivate users</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="195" />
            <source>Gebruiker '{name}' is al actief.</source>
            <translation>User '{name}' is already active.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="214" />
            <source>gebruikers verwijderen</source>
            <translation>remove users</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="223" />
            <source>U kunt uzelf niet verwijderen. Laat een andere beheerder dat doen.</source>
            <translation>You cannot remove yourself. Have another administrator do that.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="232" />
            <source>Er is geen gebruiker '{name}'.</source>
            <translation>There is no user '{name}'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="243" />
            <source>Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder, zodat het register beheerd kan blijven worden.</source>
            <translation>This is the last active administrator. First make someone else administrator, so the register can still be administered.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/user_admin.py" line="262" />
            <source>'{name}' is geen actieve beheerder van dit register. Kies een beheerder.</source>
            <translation>'{name}' is not an active administrator of this register. Choose an administrator.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="34" />
            <source>gebruikers toevoegen</source>
            <translation>add users</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="37" />
            <source>Geef een gebruikersnaam van 1 tot 64 tekens.</source>
            <translation>Give a user name of 1 to 64 characters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="41" />
            <source>Er is al een gebruiker '{name}'. Kies een andere naam.</source>
            <translation>There already is a user '{name}'. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="45" />
            <source>Onbekend gebied: {unknown}. Bestaande gebieden: {codes}</source>
            <translation>Unknown area: {unknown}. Existing areas: {codes}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="51" />
            <source>Een professional werkt in één of meer gebieden: geef die op met --gebied.</source>
            <translation>A professional works in one or more areas: give them with --gebied.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="56" />
            <source>Onbekende organisatie '{organisation}'.</source>
            <translation>Unknown organisation '{organisation}'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/users.py" line="137" />
            <source>Dit is de laatste gebruiker met een sleutel; voeg eerst een andere beheerder toe.</source>
            <translation>This is the last user with a key; add another administrator first.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/admin/verify.py" line="33" />
            <source>Alleen een beheerder mag het register controleren. Vraag de beheerder om 'casus-app verify' uit te voeren.</source>
            <translation>Only an administrator may check the register. Ask the administrator to run 'casus-app verify'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/lockout.py" line="117" />
            <source>U kunt het over {wait} opnieuw proberen.</source>
            <translation>You can try again in {wait}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/lockout.py" line="317" />
            <source>{seconds} seconden</source>
            <translation>{seconds} seconds</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/lockout.py" line="318" />
            <source>{minutes} minuten</source>
            <translation>{minutes} minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/lockout.py" line="322" />
            <source>Er is te vaak een verkeerd wachtwoord ingevoerd voor deze gebruiker. Om raden tegen te gaan kunt u het over {wait} opnieuw proberen. Weet u uw wachtwoord niet meer, vraag dan de beheerder om een nieuw wachtwoord.</source>
            <translation>A wrong password was entered too often for this user. To prevent guessing, you can try again in {wait}. If you have forgotten your password, ask the administrator for a new one.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/login.py" line="77" />
            <source>{error} {waiting}</source>
            <translation>{error} {waiting}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/auth/login.py" line="85" />
            <source>Gebruiker '{name}' is niet (meer) actief in dit register. Vraag de beheerder om toegang.</source>
            <translation>User '{name}' is not (or no longer) active in this register. Ask the administrator for access.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="69" />
            <source>{archive_path} is geen leesbare Casus-back-up. Kies het .casusbackup-bestand dat Casus maakte.</source>
            <translation>{archive_path} is not a readable Casus backup. Choose the .casusbackup file that Casus made.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="74" />
            <source>Het bestand {archive_path} bestaat niet. Kies een bestaande back-up.</source>
            <translation>The file {archive_path} does not exist. Choose an existing backup.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="90" />
            <source>Deze back-up is gemaakt door een andere versie van Casus. Er is niets teruggezet; werk Casus bij.</source>
            <translation>This backup was made by another version of Casus. Nothing has been restored; update Casus.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="109" />
            <source>Het manifest van de back-up is onvolledig (register-id of laatste auditregel ontbreekt). Er is niets teruggezet; gebruik een andere back-up.</source>
            <translation>The backup's manifest is incomplete (register id or last audit entry missing). Nothing has been restored; use another backup.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="115" />
            <source>De back-up is beschadigd: de database klopt niet met het manifest. Er is niets teruggezet; gebruik een andere back-up.</source>
            <translation>The backup is damaged: the database does not match the manifest. Nothing has been restored; use another backup.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="121" />
            <source>Het sleutelbestand in de back-up hoort niet bij de database in de back-up. Er is niets teruggezet; gebruik een andere back-up.</source>
            <translation>The key file in the backup does not belong to the database in the backup. Nothing has been restored; use another backup.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="147" />
            <source>De back-up is beschadigd ({problems}). Er is niets teruggezet.</source>
            <translation>The backup is damaged ({problems}). Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="152" />
            <source>Deze back-up komt van een nieuwere versie van Casus. Er is niets teruggezet.</source>
            <translation>This backup comes from a newer version of Casus. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="157" />
            <source>De database in de back-up hoort niet bij het manifest (ander register-id). Er is niets teruggezet.</source>
            <translation>The database in the backup does not belong to the manifest (different register id). Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="168" />
            <source>Het auditlog in de back-up is niet ongeschonden: {problem} Er is niets teruggezet.</source>
            <translation>The audit log in the backup is not intact: {problem} Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/archive.py" line="173" />
            <source>Het auditlog in de back-up loopt door na de laatste regel in het manifest ({audit_head}): de back-up is na het maken gewijzigd. Er is niets teruggezet.</source>
            <translation>The audit log in the backup continues past the last entry in the manifest ({audit_head}): the backup was changed after it was made. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="50" />
            <source>een back-up maken</source>
            <translation>make a backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="88" />
            <source>De map {folder} bestaat niet. Kies een andere map voor de back-up, of maak deze map eerst aan.</source>
            <translation>The folder {folder} does not exist. Choose another folder for the backup, or create this folder first.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="93" />
            <source>{out} is een map. Geef een bestandsnaam voor de back-up, bijvoorbeeld {example}.</source>
            <translation>{out} is a folder. Give a file name for the backup, for example {example}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="103" />
            <source>Een back-up kan niet over het register zelf worden geschreven. Kies een andere naam.</source>
            <translation>A backup cannot be written over the register itself. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="168" />
            <source>Het register is bezig met andere wijzigingen en bleef te lang bezet; de back-up is niet gemaakt. Probeer het over een ogenblik opnieuw.</source>
            <translation>The register was busy with other changes for too long; the backup was not made. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="181" />
            <source>De back-up kon niet worden geschreven in {parent} ({strerror}). Er is geen back-up gemaakt; kies een andere map of maak ruimte vrij.</source>
            <translation>The backup could not be written in {parent} ({strerror}). No backup was made; choose another folder or free up space.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/create.py" line="190" />
            <source>De schijf met {parent} is vol. Er is geen back-up gemaakt; kies een andere map of maak ruimte vrij.</source>
            <translation>The disk holding {parent} is full. No backup was made; choose another folder or free up space.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="143" />
            <source>Gebruiker {name}: gebied {areas} bestaat niet in de back-up; die gebieden vallen weg (stel ze daarna opnieuw in).</source>
            <translation>User {name}: area {areas} does not exist in the backup; those areas are dropped (set them again afterwards).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="154" />
            <source>Gebruiker {name}: organisatie {organisation} bestaat niet in de back-up; de organisatie valt weg.</source>
            <translation>User {name}: organisation {organisation} does not exist in the backup; the organisation is dropped.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="165" />
            <source>Gebruiker {name} staat in de back-up maar niet in het huidige register; die gebruiker wordt niet actief.</source>
            <translation>User {name} is in the backup but not in the current register; that user will not be active.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="196" />
            <source>Het auditlog van de back-up wijkt af van dat van het huidige register (het is herschreven, of het huidige register komt zelf uit een andere back-up). Het teruggezette register krijgt het auditlog van de back-up; het huidige auditlog blijft bewaard in {kept_name}.</source>
            <translation>The backup's audit log differs from the current register's (it was rewritten, or the current register itself came from another backup). The restored register gets the backup's audit log; the current audit log is kept in {kept_name}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="214" />
            <source>Het huidige register is beschadigd en niet te lezen. Rollen en gebieden worden die van de back-up ({made_at}); wat sinds de back-up in het auditlog kwam, gaat verloren (het beschadigde register blijft bewaard als {kept_name}).</source>
            <translation>The current register is damaged and cannot be read. Roles and areas become those of the backup ({made_at}); what entered the audit log since the backup is lost (the damaged register is kept as {kept_name}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="234" />
            <source>Gebruiker {name} is beheerder in de back-up, maar vandaag niet; zet de rol na het terugzetten goed.</source>
            <translation>User {name} is an administrator in the backup, but not today; correct the role after the restore.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="244" />
            <source>Gebruiker {name} heeft in het huidige register geen sleutel meer (verwijderd of gedeactiveerd) en wordt niet actief.</source>
            <translation>User {name} no longer has a key in the current register (removed or deactivated) and will not be active.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="255" />
            <source>{count} gebruiker(s) van het huidige register staan niet in de back-up en kunnen na het terugzetten niet inloggen; voeg ze daarna opnieuw toe.</source>
            <translation>{count} user(s) of the current register are not in the backup and cannot sign in after the restore; add them again afterwards.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="273" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="277" />
            <source>Op deze plek staat geen register. Gebruikers en wachtwoorden worden die van de back-up ({made_at}): {names}. Wie sindsdien vertrokken of gedeactiveerd is, kan weer inloggen tot u die gebruiker verwijdert.</source>
            <translation>There is no register at this place. Users and passwords become those of the backup ({made_at}): {names}. Anyone who left or was deactivated since can sign in again until you remove that user.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="288" />
            <source>De back-up is van een ander register (register-id {register_id}…). Dat register vervangt dit register: gebruikers en wachtwoorden worden die van de back-up ({made_at}): {names}. Het auditlog wordt dat van de back-up; het huidige register blijft bewaard als {kept_name}.</source>
            <translation>The backup is of another register (register id {register_id}…). That register replaces this register: users and passwords become those of the backup ({made_at}): {names}. The audit log becomes the backup's; the current register is kept as {kept_name}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/merge.py" line="306" />
            <source>Deze gebruikers van het huidige register kunnen daarna niet meer inloggen: {names}.</source>
            <translation>These users of the current register can no longer sign in afterwards: {names}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/reminder.py" line="68" />
            <source>Kies voor de herinnering 0 tot en met {most} dagen (0: geen herinnering).</source>
            <translation>Choose 0 to {most} days for the reminder (0: no reminder).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/reminder.py" line="85" />
            <source>De map {folder} bestaat niet. Kies een bestaande map voor de back-ups bij het afsluiten.</source>
            <translation>The folder {folder} does not exist. Choose an existing folder for the backups on closing.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/reminder.py" line="90" />
            <source>Kies voor de back-ups een andere map dan die van het register zelf: een back-up naast het register gaat samen met het register verloren.</source>
            <translation>Choose a folder for the backups other than the register's own: a backup beside the register is lost together with the register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="74" />
            <source>Het terugzetten is niet bevestigd; er is niets teruggezet. Deze verschillen vragen uw bevestiging (op de opdrachtregel: herhaal de opdracht met --ja):
{differences}</source>
            <translation>The restore was not confirmed; nothing has been restored. These differences need your confirmation (on the command line: repeat the command with --ja):
{differences}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="134" />
            <source>Deze back-up is van een ander register (register-id {backup_id}…; dit register {own_id}…). Er is niets teruggezet. Wilt u dit register echt vervangen door dat andere, geef dan --ander-register.</source>
            <translation>This backup is of another register (register id {backup_id}…; this register {own_id}…). Nothing has been restored. If you really want to replace this register with the other one, give --ander-register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="151" />
            <source>Alleen een beheerder mag een back-up terugzetten. Er is niets teruggezet.</source>
            <translation>Only an administrator may restore a backup. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="190" />
            <source>Het register is intussen door een andere opdracht gewijzigd. Er is niets teruggezet; probeer het opnieuw.</source>
            <translation>The register was changed by another command in the meantime. Nothing has been restored; please try again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="229" />
            <source>Alleen een beheerder van het huidige register mag een back-up terugzetten. Er is niets teruggezet.</source>
            <translation>Only an administrator of the current register may restore a backup. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="260" />
            <source>Uw huidige wachtwoord opent deze back-up niet (het is sinds de back-up gewijzigd, of u had toen nog geen account). Geef het wachtwoord van toen of de herstelsleutel van het register (CASUS_BACKUP_PASSWORD). Er is niets teruggezet.</source>
            <translation>Your current password does not open this backup (it has changed since the backup, or you had no account then). Give the password of that time or the register's recovery key (CASUS_BACKUP_PASSWORD). Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="270" />
            <source>Het opgegeven wachtwoord van toen of de herstelsleutel opent deze back-up niet. Er is niets teruggezet.</source>
            <translation>The password of that time or the recovery key you gave does not open this backup. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="286" />
            <source>{error} Zet eerst het sleutelbestand van dit register terug (Casus biedt de vorige kopie aan bij het inloggen); is het register verloren, verplaats het dan en zet de back-up op een lege plek terug. Er is niets teruggezet.</source>
            <translation>{error} First restore this register's key file (Casus offers the previous copy when you log in); if the register is lost, move it away and restore the backup to an empty place. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="295" />
            <source>een back-up terugzetten</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="312" />
            <source>De database in de back-up past niet bij het sleutelbestand in de back-up: de back-up is beschadigd. Er is niets teruggezet.</source>
            <translation>The database in the backup does not fit the key file in the backup: the backup is damaged. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/restore.py" line="432" />
            <source>Na het terugzetten zou geen enkele actieve gebruiker een sleutel hebben. Er is niets teruggezet.</source>
            <translation>After the restore no active user would have a key. Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/backup/swap.py" line="57" />
            <source>Het teruggezette register is niet in orde ({problems}). Er is niets teruggezet.</source>
            <translation>The restored register is not in order ({problems}). Nothing has been restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="65" />
            <source>Casus {ref} is afgesloten; heropen de casus eerst om de afspraak te wijzigen.</source>
            <translation>Case {ref} is closed; reopen the case first to change the agreement.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="82" />
            <source>kies de organisatie die de afspraak uitvoert</source>
            <translation>choose the organisation that carries out the agreement</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="85" />
            <source>de deadline ligt vóór de datum van de afspraak ({agreed_on})</source>
            <translation>the deadline is before the date of the agreement ({agreed_on})</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="92" />
            <source>houd het resultaat kort (hoogstens {max_result} tekens)</source>
            <translation>keep the result short (at most {max_result} characters)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="95" />
            <source>De afspraak is niet gewijzigd: {errors}.</source>
            <translation>The agreement was not changed: {errors}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="154" />
            <source>Deze afspraak is niet meer open; alleen een open afspraak kan sluimeren.</source>
            <translation>This agreement is no longer open; only an open agreement can be snoozed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/action_changes.py" line="163" />
            <source>De afspraak is dan nu al weer zichtbaar: de deadline is {deadline}. Kies minder dagen (hoogstens {max}).</source>
            <translation>The agreement would then be visible again right away: the deadline is {deadline}. Choose fewer days (at most {max}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="141" />
            <source>De gekozen persoon heeft geen actief account (meer); kies een ander of typ alleen de naam.</source>
            <translation>The chosen person has no active account (any more); choose someone else or just type the name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="145" />
            <source>{display_name} werkt niet bij de gekozen organisatie; kies iemand van die organisatie of typ alleen de naam.</source>
            <translation>{display_name} does not work at the chosen organisation; choose someone from that organisation or just type the name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="207" />
            <source>beschrijf wat er moet gebeuren</source>
            <translation>describe what has to happen</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="212" />
            <source>de deadline ligt vóór de datum van de afspraak ({agreed_on:%d-%m-%Y})</source>
            <translation>the deadline is before the date of the agreement ({agreed_on:%d-%m-%Y})</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="218" />
            <source>casus {ref} is afgesloten; heropen die eerst</source>
            <translation>case {ref} is closed; reopen it first</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="227" />
            <source>kies een interventietype uit de lijst, of geen</source>
            <translation>choose an intervention type from the list, or none</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="229" />
            <source>De afspraak is niet opgeslagen: {errors}.</source>
            <translation>The agreement was not saved: {errors}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="283" />
            <source>Deze afspraak is al afgerond.</source>
            <translation>This agreement is already done.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="284" />
            <source>Deze afspraak is al vervallen.</source>
            <translation>This agreement has already lapsed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="371" />
            <source>Onbekende organisatie '{code}'.</source>
            <translation>Unknown organisation '{code}'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/actions.py" line="420" />
            <source>Dit overleg bestaat niet.</source>
            <translation>This meeting does not exist.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="48" />
            <source>Er is al een lopende casus voor dit adres of deze persoon ({refs}). Voeg het signaal toe aan die casus, of bevestig dat het om een nieuwe casus gaat.</source>
            <translation>There already is an open case for this address or this person ({refs}). Add the signal to that case, or confirm that this is a new case.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="92" />
            <source>een casus aanmelden</source>
            <translation>register a case</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="255" />
            <source>Een betrokkene hoort niet (meer) bij deze casus. Open de casus opnieuw.</source>
            <translation>A person involved does not (or no longer) belong to this case. Open the case again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="270" />
            <source>Kies een escalatieniveau: groen, oranje, rood of donkerrood.</source>
            <translation>Choose an escalation level: green, orange, red or dark red.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="303" />
            <source>Casus {ref} is al afgesloten. Heropen de casus eerst als u die wilt wijzigen.</source>
            <translation>Case {ref} is already closed. Reopen the case first if you want to change it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="309" />
            <source>kies een afsluitreden uit de lijst</source>
            <translation>choose a closing reason from the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="315" />
            <source>onbekende organisatie '{referred_to}'</source>
            <translation>unknown organisation '{referred_to}'</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="321" />
            <source>de einddatum ligt vóór de startdatum ({start_date:%d-%m-%Y})</source>
            <translation>the end date is before the start date ({start_date:%d-%m-%Y})</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="328" />
            <source>de einddatum ligt in de toekomst</source>
            <translation>the end date is in the future</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="351" />
            <source>Casus {ref} loopt nog; er is niets te heropenen.</source>
            <translation>Case {ref} is still open; there is nothing to reopen.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="362" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="362" />
            <source>onbekend gebied '{code}'</source>
            <translation>unknown area '{code}'</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/editing.py" line="365" />
            <source>u werkt niet in dit gebied; kies een van uw eigen gebieden</source>
            <translation>you do not work in this area; choose one of your own areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="76" />
            <source>- {field}: {problem}</source>
            <translation>- {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="79" />
            <source>De casus is niet opgeslagen. Verbeter dit en probeer het opnieuw:
{lines}</source>
            <translation>The case was not saved. Correct this and try again:
{lines}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="86" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="88" />
            <source>Buurt</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="89" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="90" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="91" />
            <source>Toevoeging</source>
            <translation>Suffix</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="92" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="93" />
            <source>Plaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="94" />
            <source>Hoofdcategorie</source>
            <translation>Main category</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="95" />
            <source>Categorieën</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="96" />
            <source>Aangemeld door</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="97" />
            <source>Regie</source>
            <translation>Lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="98" />
            <source>Startdatum</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="99" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="100" />
            <source>Risico</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="101" />
            <source>Einddatum</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="102" />
            <source>Afsluitreden</source>
            <translation>Closing reason</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="103" />
            <source>Verwezen naar</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="107" />
            <source>achternaam</source>
            <translation>surname</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="108" />
            <source>voornaam</source>
            <translation>first name</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="109" />
            <source>rol</source>
            <translation>role</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="110" />
            <source>geboortedatum</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="117" />
            <source>Betrokkene {number}, {field}</source>
            <translation>Person involved {number}, {field}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="236" />
            <source>de startdatum ligt in de toekomst; een signaal wordt geregistreerd als het er is</source>
            <translation>the start date is in the future; a signal is registered once it exists</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/form_input.py" line="241" />
            <source>de geboortedatum ligt in de toekomst</source>
            <translation>the date of birth is in the future</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="67" />
            <source>Signaal aangemeld als casus</source>
            <translation>Signal registered as a case</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="77" />
            <source>Besluiten: {decisions}</source>
            <translation>Decisions: {decisions}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="87" />
            <source>Besproken in {kind:lower} ({ref})</source>
            <translation>Discussed in {kind:lower} ({ref})</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="90" />
            <source>{parts}</source>
            <translation>{parts}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="100" />
            <source>Afspraak: {description}</source>
            <translation>Agreement: {description}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="101" />
            <source>{ref} · {who}, deadline {deadline:%d-%m-%Y}</source>
            <translation>{ref} · {who}, deadline {deadline:%d-%m-%Y}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="111" />
            <source>{who}; resultaat: {result}</source>
            <translation>{who}; result: {result}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="113" />
            <source>{who}</source>
            <translation>{who}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="119" />
            <source>Afspraak afgerond: {description}</source>
            <translation>Agreement completed: {description}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="128" />
            <source>Afspraak vervallen: {description}</source>
            <translation>Agreement lapsed: {description}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="166" />
            <source>Afspraak {ref}: {change}</source>
            <translation>Agreement {ref}: {change}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="168" />
            <source>Afspraak {ref} gewijzigd</source>
            <translation>Agreement {ref} changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="178" />
            <source>Gewijzigd</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/cases/timeline.py" line="179" />
            <source>{change:capital}</source>
            <translation>{change:capital}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/documents.py" line="109" />
            <source>Het register veranderde steeds terwijl het document werd gemaakt; er is niets opgeslagen. Probeer het over een ogenblik opnieuw.</source>
            <translation>The register kept changing while the document was being made; nothing has been saved. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/exchange/export.py" line="317" />
            <source>het hele register exporteren</source>
            <translation>export the whole register</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/exchange/importer.py" line="143" />
            <source>gegevens inlezen</source>
            <translation>import data</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/agenda.py" line="216" />
            <source>Casus {ref} hoort bij een ander gebied en kan niet op deze agenda.</source>
            <translation>Case {ref} belongs to another area and cannot go on this agenda.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/agenda.py" line="256" />
            <source>Een casus staat niet (meer) op deze agenda. Open het overleg opnieuw.</source>
            <translation>A case is not (or no longer) on this agenda. Open the meeting again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/agenda.py" line="269" />
            <source>Deze casus staat niet (meer) op de agenda.</source>
            <translation>This case is not (or no longer) on the agenda.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/agenda.py" line="295" />
            <source>Casus {ref} is al besproken in dit overleg en blijft in het verslag.</source>
            <translation>Case {ref} has already been discussed in this meeting and stays in the minutes.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/attendance.py" line="59" />
            <source>Kies de organisatie van {name}; de aanwezigen zijn niet opgeslagen.</source>
            <translation>Choose the organisation of {name}; the attendees were not saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/attendance.py" line="67" />
            <source>Een naam is langer dan {max_name} tekens; kort hem in.</source>
            <translation>A name is longer than {max_name} characters; shorten it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/attendance.py" line="70" />
            <source>Onbekende organisatie: {unknown}.</source>
            <translation>Unknown organisation: {unknown}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/attendance.py" line="160" />
            <source>Overleg {ref} is geannuleerd; er was niemand aanwezig.</source>
            <translation>Meeting {ref} was cancelled; nobody attended.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="115" />
            <source>Er is op die dag al een overleg van deze soort in dit gebied: {refs}. Kies een andere datum, of bevestig dat er een tweede overleg komt.</source>
            <translation>There already is a meeting of this kind in this area on that day: {refs}. Choose another date, or confirm that there will be a second meeting.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="126" />
            <source>kies de soort overleg</source>
            <translation>choose the kind of meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="129" />
            <source>onbekend gebied '{area}'</source>
            <translation>unknown area '{area}'</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="133" />
            <source>onbekende organisatie: {codes}</source>
            <translation>unknown organisation: {codes}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="135" />
            <source>de plaats is langer dan {max_place} tekens</source>
            <translation>the place is longer than {max_place} characters</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="137" />
            <source>Het overleg is niet opgeslagen: {errors}.</source>
            <translation>The meeting was not saved: {errors}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="266" />
            <source>Overleg {ref} is al begonnen; alleen een gepland overleg kan worden geannuleerd.</source>
            <translation>Meeting {ref} has already started; only a planned meeting can be cancelled.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="280" />
            <source>Overleg {ref} is al gehouden en blijft bewaard; alleen een gepland of geannuleerd overleg kan worden verwijderd.</source>
            <translation>Meeting {ref} has already been held and is kept; only a planned or cancelled meeting can be deleted.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/overleg.py" line="286" />
            <source>In overleg {ref} is al iets vastgelegd; het kan niet meer worden verwijderd.</source>
            <translation>Something has already been recorded in meeting {ref}; it can no longer be deleted.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/waiting.py" line="58" />
            <source>Kies een agendagrootte van 1 tot en met {max_size} casussen.</source>
            <translation>Choose an agenda size of 1 to {max_size} cases.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/meetings/waiting.py" line="127" />
            <source>Casus {ref} wacht niet (meer) op deze agenda. Voeg hem zo nodig zelf toe.</source>
            <translation>Case {ref} is not (or no longer) waiting for this agenda. Add it yourself if needed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="32" />
            <source>Gehouden overleggen</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="33" />
            <source>Overleggen waarvan de datum in de periode ligt en die zijn gehouden: niet geannuleerd, en begonnen of afgerond, of met minstens één besproken casus. Naar soort overleg, in het gebied waarvoor het overleg is vastgelegd. Telt het werk van het programma, geen personen: zonder onderdrukking van kleine aantallen.</source>
            <translation>Meetings dated in the period that were held: not cancelled, and started or finished, or with at least one case discussed. By kind of meeting, in the gebied the meeting is recorded for. Counts the programme's work, not people: without suppression of small numbers.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="39" />
            <source>soort overleg</source>
            <translation>kind of meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="43" />
            <source>Aanwezige organisaties</source>
            <translation>Organisations present</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="44" />
            <source>Verschillende organisaties die aanwezig waren bij minstens één gehouden overleg in de periode; elke organisatie telt één keer per cel, hoe vaak ze ook aanwezig was. Ook de totalen tellen elke organisatie één keer en zijn dus geen optelling van de cellen. Zonder onderdrukking van kleine aantallen: het gaat om partners van het programma, niet om bewoners.</source>
            <translation>Distinct organisations present at at least one meeting held in the period; each organisation counts once per cell, however often it was present. The totals also count each organisation once and so are not the sum of the cells. Without suppression of small numbers: these are the programme's partners, not residents.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="54" />
            <source>Aanwezige professionals</source>
            <translation>Professionals present</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/activities.py" line="55" />
            <source>Verschillende professionals (naam en organisatie) die aanwezig waren bij minstens één gehouden overleg in de periode; elke professional telt één keer per cel. Ook de totalen tellen elke professional één keer en zijn dus geen optelling van de cellen. Zonder onderdrukking van kleine aantallen: het gaat om professionals van het programma, niet om bewoners.</source>
            <translation>Distinct professionals (name and organisation) present at at least one meeting held in the period; each professional counts once per cell. The totals also count each professional once and so are not the sum of the cells. Without suppression of small numbers: these are the programme's professionals, not residents.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="43" />
            <source>Nieuwe casussen</source>
            <translation>New cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="44" />
            <source>Casussen waarvan de startdatum in de periode ligt.</source>
            <translation>Cases whose start date lies in the period.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="45" />
            <source>soort</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="49" />
            <source>Nieuwe casussen naar hoofdcategorie</source>
            <translation>New cases by main category</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="50" />
            <source>Dezelfde casussen als bij casussen_nieuw, naar hun hoofdcategorie. De rijtotalen zijn dezelfde getallen als die van casussen_nieuw.</source>
            <translation>The same cases as in casussen_nieuw, by their main category. The row totals are the same numbers as those of casussen_nieuw.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="54" />
            <source>hoofdcategorie</source>
            <translation>main category</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="58" />
            <source>Afgesloten casussen</source>
            <translation>Closed cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="59" />
            <source>Casussen waarvan de einddatum in de periode ligt, naar afsluitreden.</source>
            <translation>Cases whose end date lies in the period, by closing reason.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="60" />
            <source>afsluitreden</source>
            <translation>closing reason</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="64" />
            <source>Lopende casussen aan het eind van de periode</source>
            <translation>Open cases at the end of the period</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="65" />
            <source>Casussen met een startdatum op of vóór de laatste dag van de periode en zonder einddatum of met een einddatum ná die dag.</source>
            <translation>Cases with a start date on or before the last day of the period and without an end date or with an end date after that day.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="73" />
            <source>Gemaakte afspraken</source>
            <translation>Agreements made</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="74" />
            <source>Afspraken waarvan de datum 'afgesproken op' in de periode ligt, naar de soort van hun casus.</source>
            <translation>Agreements whose 'agreed on' date lies in the period, by the kind of their case.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="77" />
            <source>soort van de casus</source>
            <translation>kind of case</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="81" />
            <source>Afgeronde afspraken</source>
            <translation>Agreements completed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="82" />
            <source>Afspraken waarvan de datum 'afgerond op' in de periode ligt: op tijd als ze uiterlijk op de deadline zijn afgerond, anders te laat.</source>
            <translation>Agreements whose 'completed on' date lies in the period: on time if completed by the deadline, otherwise late.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="86" />
            <source>op tijd of te laat</source>
            <translation>on time or late</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="90" />
            <source>Verlopen afspraken aan het eind van de periode</source>
            <translation>Overdue agreements at the end of the period</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="91" />
            <source>Afspraken die op de laatste dag van de periode over hun deadline zijn: afgesproken op of vóór die dag, deadline vóór die dag, op die dag nog niet afgerond en niet vervallen. Naar de soort van hun casus.</source>
            <translation>Agreements past their deadline on the last day of the period: agreed on or before that day, deadline before that day, not completed and not lapsed on that day. By the kind of their case.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="100" />
            <source>Opgestelde doorbraakplannen</source>
            <translation>Breakthrough plans drawn up</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="101" />
            <source>Doorbraakplannen waarvan de datum 'opgesteld op' in de periode ligt; zonder gezinscoach als er (nog) geen gezinscoach is ingevuld.</source>
            <translation>Breakthrough plans whose 'drawn up on' date lies in the period; without family coach if no family coach has been filled in (yet).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="105" />
            <source>gezinscoach</source>
            <translation>family coach</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="109" />
            <source>Behaalde doorbraken</source>
            <translation>Breakthroughs reached</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="110" />
            <source>Doorbraken waarvan de datum 'behaald op' in de periode ligt, naar doorbraaktype.</source>
            <translation>Breakthroughs whose 'reached on' date lies in the period, by breakthrough type.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="111" />
            <source>doorbraaktype</source>
            <translation>breakthrough type</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="130" />
            <source>Op tijd</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="131" />
            <source>Te laat</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="132" />
            <source>Met gezinscoach</source>
            <translation>With family coach</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="133" />
            <source>Zonder gezinscoach</source>
            <translation>Without family coach</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/counts.py" line="148" />
            <source>monitoringcijfers opvragen</source>
            <translation>request monitoring figures</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="93" />
            <source>een effectreeks inlezen</source>
            <translation>import an effect series</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="104" />
            <source>en nog {count} fout(en)</source>
            <translation>and {count} more error(s)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="105" />
            <source>Het bestand is niet ingelezen; er is niets opgeslagen. {errors}.</source>
            <translation>The file was not imported; nothing has been saved. {errors}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="148" />
            <source>regel {line}: de kopregel moet 'buurt;maand;aantal' zijn</source>
            <translation>line {line}: the header must be 'buurt;maand;aantal'</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="152" />
            <source>regel {line}: verwacht 3 kolommen gescheiden door ';' (buurt;maand;aantal), gevonden {count}</source>
            <translation>line {line}: expected 3 columns separated by ';' (buurt;maand;aantal), found {count}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="165" />
            <source>buurt '{name}' is onbekend</source>
            <translation>neighbourhood '{name}' is unknown</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="167" />
            <source>buurt '{name}' komt in meer gebieden voor</source>
            <translation>neighbourhood '{name}' occurs in more than one area</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="170" />
            <source>maand '{value}' is geen maand als 2020-01 of 01-2020</source>
            <translation>month '{value}' is not a month like 2020-01 or 01-2020</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="174" />
            <source>aantal '{value}' is geen geheel getal van 0 of meer</source>
            <translation>count '{value}' is not a whole number of 0 or more</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="177" />
            <source>regel {line}: {problems}</source>
            <translation>line {line}: {problems}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="183" />
            <source>regel {line}: buurt '{name}' en maand {month} staan al op regel {earlier}</source>
            <translation>line {line}: neighbourhood '{name}' and month {month} are already on line {earlier}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="195" />
            <source>het bestand is leeg</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="197" />
            <source>het bestand heeft geen regels onder de kopregel</source>
            <translation>the file has no lines below the header</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="239" />
            <source>Het peiljaar moet een jaartal van {first} tot en met {last} zijn.</source>
            <translation>The reference year must be a year from {first} to {last}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="317" />
            <source>Geef de reeks een naam van 1 tot {most} letters, cijfers, spaties, '.', '_' of '-', bijvoorbeeld 'politie-meldingen'.</source>
            <translation>Give the series a name of 1 to {most} letters, digits, spaces, '.', '_' or '-', for example 'politie-meldingen'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="328" />
            <source>Het bestand {name} is te groot voor een effectreeks.</source>
            <translation>The file {name} is too large for an effect series.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="331" />
            <source>Het bestand {name} is niet te lezen.</source>
            <translation>The file {name} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/effects.py" line="343" />
            <source>Het bestand is geen tekst in UTF-8 of Windows-1252. Sla het in Excel op als CSV.</source>
            <translation>The file is not text in UTF-8 or Windows-1252. Save it in Excel as CSV.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/export.py" line="78" />
            <source>Het ingestelde minimumaantal k ({stored}) is ongeldig. Laat een beheerder een waarde van {min_k} tot en met {max_k} instellen.</source>
            <translation>The minimum count k that was set ({stored}) is invalid. Have an administrator set a value from {min_k} to {max_k}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/export.py" line="90" />
            <source>het minimumaantal k instellen</source>
            <translation>set the minimum count k</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/export.py" line="140" />
            <source>een monitoringexport maken</source>
            <translation>make a monitoring export</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/export.py" line="182" />
            <source>De beheerder heeft het minimumaantal k op {k} gezet; een export met een lagere k ({min_count}) mag niet. Kies {k} of hoger.</source>
            <translation>The administrator has set the minimum count k to {k}; an export with a lower k ({min_count}) is not allowed. Choose {k} or higher.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/export.py" line="193" />
            <source>Het minimumaantal k moet een geheel getal van {min_k} tot en met {max_k} zijn.</source>
            <translation>The minimum count k must be a whole number from {min_k} to {max_k}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/intervention_counts.py" line="20" />
            <source>Gemaakte afspraken naar interventietype</source>
            <translation>Agreed actions by intervention type</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/intervention_counts.py" line="21" />
            <source>Dezelfde afspraken als bij afspraken_gemaakt (datum 'afgesproken op' in de periode), naar hun interventietype; zonder type als er geen is gekozen. De rijtotalen zijn dezelfde getallen als die van afspraken_gemaakt.</source>
            <translation>The same actions as in afspraken_gemaakt (date 'agreed on' in the period), by their intervention type; without type when none was chosen. The row totals are the same numbers as those of afspraken_gemaakt.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/intervention_counts.py" line="26" />
            <source>interventietype</source>
            <translation>intervention type</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/intervention_counts.py" line="28" />
            <source>Zonder type</source>
            <translation>Without type</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/ledger.py" line="130" />
            <source>De periode {period} is op {date} al uitgebracht met minimumaantal k = {k}. Een export van dezelfde periode met een andere k ({asked}) zou kleine aantallen herleidbaar maken. Exporteer deze periode opnieuw met k = {k}.</source>
            <translation>The period {period} was already released on {date} with minimum count k = {k}. An export of the same period with another k ({asked}) would let small numbers be worked out. Export this period again with k = {k}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/ledger.py" line="220" />
            <source>de releases van de monitoring bekijken</source>
            <translation>view the monitoring releases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="58" />
            <source>Kosten van de doorbraakplannen: doormodderen en doorbreken</source>
            <translation>Costs of the breakthrough plans: muddling through and breaking through</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="59" />
            <source>Doorbraakplannen waarvan de datum 'opgesteld op' in de periode ligt en waarvan de kostenvergelijking compleet is. Doormodderen: wat de betrokken hulp kost zolang er niets verandert; doorbreken: wat die hulp na de doorbraak nog kost plus de eenmalige kosten; beide over de jaren die het plan zelf vergelijkt. Besparing: doormodderen min doorbreken. In euro's, afgerond op hele duizenden.</source>
            <translation>Breakthrough plans whose 'drawn up on' date lies in the period and whose cost comparison is complete. Muddling through: what the help involved costs while nothing changes; breaking through: what that help still costs after the breakthrough plus the one-off costs; both over the years the plan itself compares. Saving: muddling through minus breaking through. In euros, rounded to whole thousands.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="66" />
            <source>kosten</source>
            <translation>costs</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="70" />
            <source>Eenmalige kosten van de doorbraken, naar wie betaalt</source>
            <translation>One-off costs of the breakthroughs, by who pays</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="71" />
            <source>De eenmalige kosten van de doorbraken (niet de onhaalbare) van dezelfde plannen als bij middelen_kosten, naar de organisatie die ze betaalt; 'onbekend' als dat niet is ingevuld. In euro's, afgerond op hele duizenden.</source>
            <translation>The one-off costs of the breakthroughs (not the infeasible ones) of the same plans as in middelen_kosten, by the organisation that pays them; 'onbekend' (unknown) when not filled in. In euros, rounded to whole thousands.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="76" />
            <source>betaald door</source>
            <translation>paid by</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="81" />
            <source>Doormodderen</source>
            <translation>Muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="82" />
            <source>Doorbreken</source>
            <translation>Breaking through</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="83" />
            <source>Besparing</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/middelen.py" line="84" />
            <source>Onbekend</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="45" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="46" />
            <source>Herhaald</source>
            <translation>Repeated</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="47" />
            <source>Aanmelding tot eerste bespreking</source>
            <translation>Registration to first discussion</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="48" />
            <source>Start tot afsluiting</source>
            <translation>Start to close</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="49" />
            <source>Geen partner</source>
            <translation>No partner</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="62" />
            <source>Aangepakte adressen</source>
            <translation>Addresses tackled</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="63" />
            <source>Verschillende adressen (postcode, huisnummer en toevoeging) van casussen met een afspraak ('afgesproken op') of een bespreking in een gehouden overleg in de periode, in het gebied van de casus. Herhaald als er op hetzelfde adres in hetzelfde gebied al vóór de periode een afspraak of bespreking was, anders nieuw. Casussen zonder postcode of huisnummer tellen niet mee.</source>
            <translation>Distinct addresses (postcode, house number and suffix) of cases with an action ('agreed on') or a discussion at a meeting held in the period, in the gebied of the case. Repeated if the same address in the same gebied already had an action or discussion before the period, otherwise new. Cases without postcode or house number are not counted.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="69" />
            <source>nieuw of herhaald</source>
            <translation>new or repeated</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="73" />
            <source>Aangepakte adressen per buurt</source>
            <translation>Addresses tackled per buurt</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="74" />
            <source>Dezelfde adressen als bij adressen_aangepakt, nieuw en herhaald samen, naar buurt: de buurt van de casussen die er in de periode een afspraak of bespreking hadden (hebben die verschillende buurten, dan de eerste op alfabet). Onbekend als bij geen van die casussen een buurt is ingevuld. De rijtotalen zijn dezelfde getallen als die van adressen_aangepakt.</source>
            <translation>The same addresses as in adressen_aangepakt, nieuw and herhaald together, by buurt: the buurt of the cases that had an afspraak or a discussion there in the period (if they name different buurten, the first in alphabetical order). Onbekend (unknown) if none of those cases has a buurt filled in. The row totals are the same numbers as those of adressen_aangepakt.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="80" />
            <source>buurt</source>
            <translation>neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="84" />
            <source>Doorlooptijd in dagen (mediaan)</source>
            <translation>Lead time in days (median)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="85" />
            <source>Mediaan van het aantal dagen van aanmelding (startdatum) tot de eerste bespreking in een gehouden overleg, voor casussen waarvan die eerste bespreking in de periode ligt; en van startdatum tot einddatum, voor casussen die in de periode zijn afgesloten. Bij een even aantal de lagere van de twee middelste waarden. Alleen getoond voor een groep van minstens k casussen, anders 'x'. Geen aantallen: er is geen totaalkolom.</source>
            <translation>Median number of days from registration (start date) to the first discussion at a meeting held, for cases whose first discussion lies in the period; and from start date to end date, for cases closed in the period. For an even number, the lower of the two middle values. Shown only for a group of at least k cases, otherwise 'x'. Not counts: there is no total column.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="92" />
            <source>doorlooptijd</source>
            <translation>lead time</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="96" />
            <source>Gezinnen in begeleiding aan het eind van de periode</source>
            <translation>Families supported at the end of the period</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="97" />
            <source>Casussen met een doorbraakplan dat op of vóór de laatste dag van de periode is opgesteld en die op die dag lopen (startdatum op of vóór die dag, geen einddatum of een einddatum erna). Met gezinscoach als er nu een gezinscoach bij het plan is ingevuld.</source>
            <translation>Cases with a breakthrough plan drawn up on or before the last day of the period that are open on that day (start date on or before that day, no end date or an end date after it). With family coach if a family coach is now filled in on the plan.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="106" />
            <source>Behaalde doorbraken sinds de start, naar type</source>
            <translation>Breakthroughs reached since the start, by type</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="107" />
            <source>Doorbraken waarvan de datum 'behaald op' op of vóór de laatste dag van de periode ligt (sinds de start van het programma), naar doorbraaktype, in het gebied van de casus.</source>
            <translation>Breakthroughs whose 'reached on' date lies on or before the last day of the period (since the start of the programme), by breakthrough type, in the gebied of the case.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="115" />
            <source>Behaalde doorbraken sinds de start, naar partner</source>
            <translation>Breakthroughs reached since the start, by partner</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="116" />
            <source>Dezelfde doorbraken als bij doorbraken_naar_type, naar de partnerorganisatie die de doorbraak mogelijk maakte (geen partner als die niet is ingevuld). De rijtotalen zijn dezelfde getallen als die van doorbraken_naar_type.</source>
            <translation>The same breakthroughs as in doorbraken_naar_type, by the partner organisation that made the breakthrough possible (no partner if none is filled in). The row totals are the same numbers as those of doorbraken_naar_type.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/performance.py" line="121" />
            <source>partner</source>
            <translation>partner</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="40" />
            <source>Zelfredzaamheid van afgesloten gezinnen: eerste tegen laatste meting</source>
            <translation>Self-sufficiency of closed households: first against last measurement</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="41" />
            <source>Gezinnen met een doorbraakplan waarvan de casus een einddatum in de periode heeft. Per leefgebied (zelfredzaamheid) dat op minstens twee data is gescoord: de laatste score min de eerste. Tellen die verschillen op tot meer dan 0, dan is het gezin verbeterd; minder dan 0 verslechterd; precies 0 gelijk. Gezinnen zonder leefgebied met twee metingen tellen niet mee.</source>
            <translation>Households with a breakthrough plan whose case has an end date in the period. For every life domain (self-sufficiency) scored on at least two dates: the last score minus the first. If these differences add up to more than 0 the household improved; less than 0, got worse; exactly 0, stayed equal. Households without a life domain measured twice are not counted.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="47" />
            <source>verandering</source>
            <translation>change</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="51" />
            <source>Afgesloten casussen met het doel bereikt</source>
            <translation>Closed cases with the goal reached</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="52" />
            <source>Casussen waarvan de einddatum in de periode ligt en bij wier doorbraakplan de evaluatie zegt dat het doel is bereikt; zonder gezinscoach als er geen gezinscoach is ingevuld.</source>
            <translation>Cases whose end date lies in the period and whose breakthrough plan's evaluation says the goal was reached; without family coach when no family coach is filled in.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="61" />
            <source>Verbeterd</source>
            <translation>Improved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="62" />
            <source>Gelijk</source>
            <translation>Equal</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/plan_effects.py" line="63" />
            <source>Verslechterd</source>
            <translation>Worse</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/monitoring/releases.py" line="129" />
            <source>De periode {period} kan nu niet worden uitgebracht: samen met de eerder uitgebrachte exports ({released}) zouden kleine aantallen van {indicator} herleidbaar worden, ook als er meer getallen worden verborgen. Exporteer de perioden die al zijn uitgebracht, of een periode die daar niet mee overlapt.</source>
            <translation>The period {period} cannot be released now: together with the exports released earlier ({released}) small numbers of {indicator} could be worked out, even with more numbers hidden. Export the periods already released, or a period that does not overlap them.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="124" />
            <source>Alleen bij een gezin (een casus van de soort 'doorbraak') houdt u contacten bij.</source>
            <translation>You only keep a contact log for a family (a case of the kind 'breakthrough').</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="135" />
            <source>Kies hoe het contact was: huisbezoek, telefoon of overleg.</source>
            <translation>Choose how the contact took place: home visit, phone or meeting.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="137" />
            <source>De datum van het contact ligt in de toekomst ({contact_on:%d-%m-%Y}). Leg een contact vast als het geweest is.</source>
            <translation>The date of the contact is in the future ({contact_on:%d-%m-%Y}). Record a contact once it has happened.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="143" />
            <source>De datum van het contact ligt vóór de start van de casus ({start_date:%d-%m-%Y}). Kies een latere datum.</source>
            <translation>The date of the contact is before the start of the case ({start_date:%d-%m-%Y}). Choose a later date.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="150" />
            <source>De notitie is te lang ({length} tekens); houd het kort, onder {note_limit} tekens.</source>
            <translation>The note is too long ({length} characters); keep it short, under {note_limit} characters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/contacts.py" line="161" />
            <source>Dit contact hoort niet (meer) bij dit gezin. Sluit het plan en open het opnieuw.</source>
            <translation>This contact does not (or no longer) belong to this family. Close the plan and open it again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="177" />
            <source>Geef voor minstens één leefgebied een score van 1 tot 5.</source>
            <translation>Give a score from 1 to 5 for at least one life domain.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="181" />
            <source>Dit leefgebied bestaat niet meer. Kies een leefgebied uit de lijst.</source>
            <translation>This life domain no longer exists. Choose a life domain from the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="183" />
            <source>Een score is een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam).</source>
            <translation>A score is a whole number from 1 (acute problem) to 5 (fully self-reliant).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="196" />
            <source>Deze score</source>
            <translation>This score</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="206" />
            <source>Kies de organisatie of beschrijf wie helpt en wat zij doen.</source>
            <translation>Choose the organisation or describe who helps and what they do.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="210" />
            <source>De kosten per jaar</source>
            <translation>The cost per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="211" />
            <source>De kosten per jaar na de doorbraak</source>
            <translation>The cost per year after the breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="213" />
            <source>Deze hulpverlener</source>
            <translation>This helper</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="224" />
            <source>Kies een leefgebied uit de lijst.</source>
            <translation>Choose a life domain from the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="227" />
            <source>Beschrijf het knelpunt in een paar woorden.</source>
            <translation>Describe the bottleneck in a few words.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="229" />
            <source>Dit knelpunt</source>
            <translation>This bottleneck</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="243" />
            <source>Beschrijf de doorbraak: welke ongewone stap maakt de rest los?</source>
            <translation>Describe the breakthrough: which unusual step frees up the rest?</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="246" />
            <source>Kies de soort doorbraak uit de lijst.</source>
            <translation>Choose the kind of breakthrough from the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="248" />
            <source>Kies de stand van de doorbraak: gepland, behaald of niet haalbaar.</source>
            <translation>Choose the state of the breakthrough: planned, reached or not feasible.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="251" />
            <source>Vul de datum in waarop de doorbraak is behaald.</source>
            <translation>Fill in the date on which the breakthrough was reached.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="253" />
            <source>Kies het mandaat: professional, teamleider, manager of wethouder / bestuurder.</source>
            <translation>Choose the mandate: professional, team leader, manager or alderman / director.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="258" />
            <source>De eenmalige kosten</source>
            <translation>The one-off cost</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="271" />
            <source>Deze doorbraak</source>
            <translation>This breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="298" />
            <source>{what} hoort niet (meer) bij dit plan. Sluit het plan en open het opnieuw.</source>
            <translation>{what} does not (or no longer) belong to this plan. Close the plan and open it again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="306" />
            <source>Onbekende organisatie '{code}'. Kies een organisatie uit de lijst.</source>
            <translation>Unknown organisation '{code}'. Choose an organisation from the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="314" />
            <source>{what}: geef een bedrag van 0 tot 10 miljoen euro, of laat het leeg als het onbekend is.</source>
            <translation>{what}: give an amount from 0 to 10 million euros, or leave it empty if it is unknown.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/items.py" line="324" />
            <source>Een tekst is te lang ({length} tekens); houd het onder {limit} tekens.</source>
            <translation>A text is too long ({length} characters); keep it under {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/life_domains.py" line="49" />
            <source>leefgebieden wijzigen</source>
            <translation>change life domains</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/life_domains.py" line="105" />
            <source>'{name}' wordt gebruikt in {used} score(s) of knelpunt(en) en kan daarom niet weg. Geef het eventueel een andere naam.</source>
            <translation>'{name}' is used in {used} score(s) or bottleneck(s) and therefore cannot be removed. Give it another name if you like.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/life_domains.py" line="118" />
            <source>Dit leefgebied bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This life domain does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/life_domains.py" line="125" />
            <source>Geef het leefgebied een naam van 1 tot 80 tekens.</source>
            <translation>Give the life domain a name of 1 to 80 characters.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/life_domains.py" line="132" />
            <source>Er is al een leefgebied '{name}'. Kies een andere naam.</source>
            <translation>There already is a life domain '{name}'. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="259" />
            <source>De datum van het plan</source>
            <translation>The date of the plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="263" />
            <source>Alleen een casus van de soort 'doorbraak' krijgt een doorbraakplan.</source>
            <translation>Only a case of the kind 'breakthrough' gets a breakthrough plan.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="265" />
            <source>Deze casus heeft al een doorbraakplan. Open dat plan.</source>
            <translation>This case already has a breakthrough plan. Open that plan.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="304" />
            <source>Vergelijk de kosten over 1 tot {max_years} jaar.</source>
            <translation>Compare the costs over 1 to {max_years} years.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="315" />
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="342" />
            <source>De datum van de meting</source>
            <translation>The date of the measurement</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="373" />
            <source>De datum waarop de doorbraak is behaald</source>
            <translation>The date on which the breakthrough was reached</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="417" />
            <source>Dit plan staat op 'gerealiseerd' en heeft dan een behaalde doorbraak nodig. Zet eerst de status van het plan terug naar 'besloten'.</source>
            <translation>This plan is set to 'realised' and so needs a reached breakthrough. First set the plan's status back to 'decided'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/plans/plans.py" line="482" />
            <source>{what} ligt in de toekomst ({day:%d-%m-%Y}). Kies vandaag of eerder.</source>
            <translation>{what} is in the future ({day:%d-%m-%Y}). Choose today or earlier.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="27" />
            <source>{count} casus: {shown}</source>
            <translation>{count} case: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="28" />
            <source>{count} casussen: {shown} en nog {rest}</source>
            <translation>{count} cases: {shown} and {rest} more</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="29" />
            <source>{count} casussen: {shown}</source>
            <translation>{count} cases: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="30" />
            <source>{count} betrokkene: {shown}</source>
            <translation>{count} person involved: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="31" />
            <source>{count} betrokkenen: {shown} en nog {rest}</source>
            <translation>{count} persons involved: {shown} and {rest} more</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="32" />
            <source>{count} betrokkenen: {shown}</source>
            <translation>{count} persons involved: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="33" />
            <source>{count} huishouden: {shown}</source>
            <translation>{count} household: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="34" />
            <source>{count} huishoudens: {shown} en nog {rest}</source>
            <translation>{count} households: {shown} and {rest} more</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="35" />
            <source>{count} huishoudens: {shown}</source>
            <translation>{count} households: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="36" />
            <source>0 casussen</source>
            <translation>0 cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="37" />
            <source>0 betrokkenen</source>
            <translation>0 persons involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="38" />
            <source>0 huishoudens</source>
            <translation>0 households</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="39" />
            <source>casus geopend; {persons}</source>
            <translation>case opened; {persons}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="40" />
            <source>doorbraakplan geopend; {persons}</source>
            <translation>breakthrough plan opened; {persons}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="41" />
            <source>casuslijst, verder gescrold: {shown}</source>
            <translation>case list, scrolled further: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="42" />
            <source>casuslijst; gezocht op {search} (zoektekst niet vastgelegd); {filter}; getoond: {shown}</source>
            <translation>case list; searched by {search} (search text not recorded); {filter}; shown: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="43" />
            <source>casuslijst; {filter}; getoond: {shown}</source>
            <translation>case list; {filter}; shown: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="44" />
            <source>filter: geen; {order}</source>
            <translation>filter: none; {order}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="45" />
            <source>filter: {parts}; {order}</source>
            <translation>filter: {parts}; {order}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="46" />
            <source>alleen lopend</source>
            <translation>open only</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="47" />
            <source>afspraak te laat</source>
            <translation>agreement overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="48" />
            <source>niet besproken in {weeks} weken</source>
            <translation>not discussed in {weeks} weeks</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="49" />
            <source>soort {kind:lower}</source>
            <translation>kind {kind:lower}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="50" />
            <source>gebied {value}</source>
            <translation>area {value}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="51" />
            <source>categorie {value}</source>
            <translation>category {value}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="52" />
            <source>regie {value}</source>
            <translation>lead {value}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="53" />
            <source>escalatie {level}</source>
            <translation>escalation {level}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="54" />
            <source>casusnummer</source>
            <translation>case number</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="55" />
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="56" />
            <source>adres of nummer</source>
            <translation>address or number</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="57" />
            <source>naam of tekst</source>
            <translation>name or text</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="58" />
            <source>dubbele-casuscontrole op {probes}; gevonden: {shown}</source>
            <translation>duplicate case check on {probes}; found: {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="59" />
            <source>adres</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="60" />
            <source>naam</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="61" />
            <source>Mijn gezinnen; {shown}</source>
            <translation>My families; {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="62" />
            <source>Mijn afspraken van {organisation}; {count} afspraak in {shown}</source>
            <translation>My agreements of {organisation}; {count} agreement in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="63" />
            <source>Mijn afspraken van {organisation}; {count} afspraken in {shown}</source>
            <translation>My agreements of {organisation}; {count} agreements in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="64" />
            <source>Mijn afspraken (eigen); {count} afspraak in {shown}</source>
            <translation>My agreements (own); {count} agreement in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="65" />
            <source>Mijn afspraken (eigen); {count} afspraken in {shown}</source>
            <translation>My agreements (own); {count} agreements in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="66" />
            <source>agenda; {shown}</source>
            <translation>agenda; {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="67" />
            <source>verslag; {shown}</source>
            <translation>minutes; {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="68" />
            <source>afsprakenlijst; {shown}</source>
            <translation>list of agreements; {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="69" />
            <source>wachtend; {shown}</source>
            <translation>waiting; {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="70" />
            <source>gezocht op naam en geboortedatum; {hits} treffer in {shown}</source>
            <translation>searched by name and date of birth; {hits} hit in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="71" />
            <source>gezocht op naam en geboortedatum; {hits} treffers in {shown}</source>
            <translation>searched by name and date of birth; {hits} hits in {shown}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="73" />
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="74" />
            <source>aangemaakt</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="75" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="76" />
            <source>heropend</source>
            <translation>reopened</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="77" />
            <source>toegevoegd</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="78" />
            <source>persoon vastgelegd</source>
            <translation>person recorded</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="79" />
            <source>vergrendeld scherm</source>
            <translation>locked screen</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="80" />
            <source>gewijzigd: {fields}</source>
            <translation>changed: {fields}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="81" />
            <source>signaal toegevoegd: {fields}</source>
            <translation>signal added: {fields}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="82" />
            <source>toegevoegd als {role}</source>
            <translation>added as {role}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="83" />
            <source>gezinscoach van {count} doorbraakplan(nen)</source>
            <translation>family coach of {count} breakthrough plan(s)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="84" />
            <source>{cases} casussen, {meetings} overleggen</source>
            <translation>{cases} cases, {meetings} meetings</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="85" />
            <source>{errors} fouten</source>
            <translation>{errors} errors</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="86" />
            <source>uitwisselbestand, {summary}</source>
            <translation>exchange file, {summary}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="87" />
            <source>periode={period}; k={k}; formaat={format}</source>
            <translation>period={period}; k={k}; format={format}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="88" />
            <source>filter: geen</source>
            <translation>filter: none</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="89" />
            <source>filter: {filters}</source>
            <translation>filter: {filters}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="90" />
            <source>pdf; filter: geen</source>
            <translation>pdf; filter: none</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="91" />
            <source>pdf; filter: {filters}</source>
            <translation>pdf; filter: {filters}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="92" />
            <source>gewist op verzoek (AVG art. 17)</source>
            <translation>erased on request (GDPR art. 17)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="93" />
            <source>inzageoverzicht (AVG art. 15) gemaakt</source>
            <translation>subject access overview (GDPR art. 15) made</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="94" />
            <source>herstelsleutel gebruikt; nieuw wachtwoord voor beheerder</source>
            <translation>recovery key used; new password for administrator</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="95" />
            <source>verwijderd; databasesleutel vernieuwd</source>
            <translation>removed; database key renewed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="96" />
            <source>gedeactiveerd; sleutelplaats ingetrokken; databasesleutel vernieuwd</source>
            <translation>deactivated; key slot revoked; database key renewed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="97" />
            <source>agenda aangevuld: {count} casussen</source>
            <translation>agenda filled up: {count} cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="98" />
            <source>controle {document}: {hits} treffers in {count} casussen getoond</source>
            <translation>check of {document}: {hits} hits in {count} cases shown</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="99" />
            <source>{document}: {kind} in {field} van casus {ref} bevestigd door de voorzitter</source>
            <translation>{document}: {kind} in {field} of case {ref} confirmed by the chair</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="100" />
            <source>status lopend</source>
            <translation>status open</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="101" />
            <source>status afgesloten</source>
            <translation>status closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="102" />
            <source>volgorde nieuwste</source>
            <translation>order newest</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="103" />
            <source>volgorde oudste</source>
            <translation>order oldest</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="104" />
            <source>volgorde casusnummer</source>
            <translation>order case number</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="105" />
            <source>volgorde escalatie</source>
            <translation>order escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="106" />
            <source>deadline {old} → {new}</source>
            <translation>deadline {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="107" />
            <source>organisatie {old} → {new}</source>
            <translation>organisation {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="108" />
            <source>persoon gewist</source>
            <translation>person cleared</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="109" />
            <source>persoon gewijzigd</source>
            <translation>person changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="110" />
            <source>resultaat vastgelegd</source>
            <translation>result recorded</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="111" />
            <source>resultaat gewist</source>
            <translation>result cleared</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="112" />
            <source>resultaat gewijzigd</source>
            <translation>result changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="113" />
            <source>sluimert niet meer</source>
            <translation>no longer snoozed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="114" />
            <source>sluimert tot {until} ({days} dagen vóór de deadline)</source>
            <translation>snoozed until {until} ({days} days before the deadline)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="115" />
            <source>weer open (was {was})</source>
            <translation>open again (was {was})</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="116" />
            <source>vervallen</source>
            <translation>lapsed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="117" />
            <source>afgerond</source>
            <translation>completed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="118" />
            <source>vervallen bij afsluiten</source>
            <translation>lapsed on closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="119" />
            <source>verslag</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="120" />
            <source>afsprakenlijst</source>
            <translation>list of agreements</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="123" />
            <source>gebied</source>
            <translation>area</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="126" />
            <source>categorieën</source>
            <translation>categories</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="127" />
            <source>aangemeld door</source>
            <translation>reported by</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="128" />
            <source>regie</source>
            <translation>lead</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="129" />
            <source>startdatum</source>
            <translation>start date</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="130" />
            <source>samenvatting</source>
            <translation>summary</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="131" />
            <source>risico</source>
            <translation>risk</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="132" />
            <source>betrokkenen</source>
            <translation>persons involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="133" />
            <source>escalatie</source>
            <translation>escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="134" />
            <source>agendering</source>
            <translation>put on the agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="135" />
            <source>datum</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="136" />
            <source>tijd</source>
            <translation>time</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="137" />
            <source>plaats</source>
            <translation>place</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="138" />
            <source>voorzitter</source>
            <translation>chair</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="139" />
            <source>notulist</source>
            <translation>minute taker</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="140" />
            <source>aanwezigen</source>
            <translation>attendees</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="141" />
            <source>notitie</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="142" />
            <source>besluiten</source>
            <translation>decisions</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="143" />
            <source>besproken</source>
            <translation>discussed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="145" />
            <source>overleg {ref}</source>
            <translation>meeting {ref}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="147" />
            <source>naam gewijzigd</source>
            <translation>name changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="148" />
            <source>buiten gebruik gesteld</source>
            <translation>retired</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="149" />
            <source>weer in gebruik genomen</source>
            <translation>taken back into use</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="151" />
            <source>geannuleerd</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="152" />
            <source>agenda: casus toegevoegd</source>
            <translation>agenda: case added</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="153" />
            <source>agenda: volgorde gewijzigd</source>
            <translation>agenda: order changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="154" />
            <source>agenda: casus verwijderd</source>
            <translation>agenda: case removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="155" />
            <source>agenda: wachtende casus erbij genomen</source>
            <translation>agenda: waiting case taken in</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="156" />
            <source>agendagrootte: {size}</source>
            <translation>agenda size: {size}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="157" />
            <source>aanwezigen: {named} personen van {organisations} organisaties</source>
            <translation>attendees: {named} people from {organisations} organisations</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="159" />
            <source>wachtwoord gewijzigd</source>
            <translation>password changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="160" />
            <source>scherm ontgrendeld</source>
            <translation>screen unlocked</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="161" />
            <source>geheractiveerd; nieuwe sleutelplaats</source>
            <translation>reactivated; new key slot</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="162" />
            <source>rol {role}; gebieden {codes}</source>
            <translation>role {role}; areas {codes}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="164" />
            <source>eigen telefoonnummer gewijzigd</source>
            <translation>own telephone number changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="165" />
            <source>eigen telefoonnummer verwijderd</source>
            <translation>own telephone number removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="166" />
            <source>telefoonnummer gewijzigd</source>
            <translation>telephone number changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="167" />
            <source>telefoonnummer verwijderd</source>
            <translation>telephone number removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="168" />
            <source>volgorde: plaats {count}</source>
            <translation>order: position {count}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="170" />
            <source>presentatiemodus: {what} getoond ({count} casussen)</source>
            <translation>presentation mode: {what} shown ({count} cases)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="171" />
            <source>presentatiemodus: {what} getoond</source>
            <translation>presentation mode: {what} shown</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="172" />
            <source>mijn gezinnen</source>
            <translation>my families</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="173" />
            <source>mijn afspraken</source>
            <translation>my agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="174" />
            <source>afspraken</source>
            <translation>agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="175" />
            <source>open afspraken</source>
            <translation>open agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="176" />
            <source>notities en besluiten van besprekingen</source>
            <translation>notes and decisions of discussions</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="177" />
            <source>tijdlijn</source>
            <translation>timeline</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="178" />
            <source>vorige keer</source>
            <translation>last time</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="180" />
            <source>{cases} casussen ({per_kind}) met {people} betrokkenen, {actions} afspraken en {discussions} besprekingen verwijderd: {occasion}</source>
            <translation>{cases} case(s) ({per_kind}) with {people} person(s) involved, {actions} agreed action(s) and {discussions} discussion(s) removed: {occasion}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="184" />
            <source>{casekind:lower} {count}</source>
            <translation>{casekind:lower} {count}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="185" />
            <source>bewaartermijn verstreken</source>
            <translation>retention period expired</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="186" />
            <source>bewaartermijn verstreken, na het terugzetten van een back-up</source>
            <translation>retention period expired, after restoring a backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="188" />
            <source>back-up van {made_at} ({what}); {kept}; nieuwe databasesleutel</source>
            <translation>backup of {made_at} ({what}); {kept}; new database key</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="189" />
            <source>back-up van {made_at} ({what}); {kept}; nieuwe databasesleutel; {differences} verschil(len) bevestigd</source>
            <translation>backup of {made_at} ({what}); {kept}; new database key; {differences} difference(s) confirmed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="192" />
            <source>van een ander register</source>
            <translation>of another register</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="193" />
            <source>tot auditregel {seq}</source>
            <translation>up to audit entry {seq}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="194" />
            <source>tot auditregel {seq}; sha256 {digest}</source>
            <translation>up to audit entry {seq}; sha256 {digest}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="195" />
            <source>gebruikers van de back-up</source>
            <translation>users of the backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="196" />
            <source>gebruikers van vandaag behouden</source>
            <translation>today's users kept</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="198" />
            <source>contact toegevoegd: {contact} op {day}</source>
            <translation>contact added: {contact} on {day}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="199" />
            <source>contact gewijzigd: {contact} op {day}; niets veranderd</source>
            <translation>contact changed: {contact} on {day}; nothing different</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="200" />
            <source>contact gewijzigd: {contact} op {day}</source>
            <translation>contact changed: {contact} on {day}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="201" />
            <source>contact verwijderd: {contact} op {day}</source>
            <translation>contact removed: {contact} on {day}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="203" />
            <source>status: {before} → {target}</source>
            <translation>status: {before} → {target}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="204" />
            <source>meting {day}: {count} leefgebied(en)</source>
            <translation>measurement {day}: {count} life domain(s)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="205" />
            <source>score van {day} verwijderd</source>
            <translation>score of {day} removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="206" />
            <source>hulpverlener verwijderd</source>
            <translation>care provider removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="207" />
            <source>knelpunt verwijderd</source>
            <translation>problem removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="208" />
            <source>doorbraak {ref} verwijderd</source>
            <translation>breakthrough {ref} removed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="209" />
            <source>niets</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="211" />
            <source>sleutelbestand gecontroleerd: {findings}</source>
            <translation>key file checked: {findings}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="212" />
            <source>inloggen geweigerd: sleutelplaats niet in het register vastgelegd; {findings}</source>
            <translation>sign-in refused: key slot not recorded in the register; {findings}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="213" />
            <source>sleutelbestand buiten Casus gewijzigd (het controlegetal klopte niet)</source>
            <translation>key file changed outside Casus (its check value did not match)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="214" />
            <source>sleutelplaats van niet-actieve gebruiker '{who}' ingetrokken</source>
            <translation>key slot of inactive user '{who}' withdrawn</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="215" />
            <source>sleutelplaats van '{who}' opnieuw vastgelegd (onderbroken wijziging)</source>
            <translation>key slot of '{who}' recorded again (interrupted change)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="216" />
            <source>onbekende sleutelplaats {slot} ({slotkind}) uit het sleutelbestand verwijderd</source>
            <translation>unknown key slot {slot} ({slotkind}) removed from the key file</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="217" />
            <source>herstel</source>
            <translation>recovery</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="218" />
            <source>gebruiker</source>
            <translation>user</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="219" />
            <source>sleutelplaats van de herstelsleutel ontbreekt in het sleutelbestand</source>
            <translation>the recovery key's slot is missing from the key file</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="220" />
            <source>sleutelplaats van '{who}' ontbreekt in het sleutelbestand</source>
            <translation>key slot of '{who}' is missing from the key file</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="221" />
            <source>databasesleutel vernieuwd: {reason}</source>
            <translation>database key renewed: {reason}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="222" />
            <source>sleuteltijdvak van sleutelbestand ({file_epoch}) en register ({epoch}) verschilden</source>
            <translation>key epochs of key file ({file_epoch}) and register ({epoch}) differed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="223" />
            <source>sleutelplaats van een niet-actieve gebruiker gevonden</source>
            <translation>key slot of an inactive user found</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="224" />
            <source>auditanker aangemaakt</source>
            <translation>audit anchor created</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="225" />
            <source>kop van het auditlog hersteld na controle van de keten tegen het ondertekende controlepunt</source>
            <translation>head of the audit log restored after checking the chain against the signed checkpoint</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="227" />
            <source>auditlog: {problems}</source>
            <translation>audit log: {problems}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="228" />
            <source>De publieke sleutel van het auditanker ontbreekt in het register.</source>
            <translation>The public key of the audit anchor is missing from the register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="229" />
            <source>Het auditanker in het register is vervangen: het past niet bij de ankersleutel in uw sleutelplaats.</source>
            <translation>The audit anchor in the register was replaced: it does not fit the anchor key in your key slot.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="232" />
            <source>Een sleutelplaats bevat een ander auditanker dan het register.</source>
            <translation>A key slot holds another audit anchor than the register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="233" />
            <source>Het controlepunt bij auditregel {seq} ({where}) is niet echt ondertekend.</source>
            <translation>The checkpoint at audit entry {seq} ({where}) is not genuinely signed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="234" />
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="235" />
            <source>sleutelbestand</source>
            <translation>key file</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="236" />
            <source>De herstelsleutel is vervangen sinds het ondertekende controlepunt bij auditregel {seq}.</source>
            <translation>The recovery key was replaced since the signed checkpoint at audit entry {seq}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="237" />
            <source>De kop van het auditlog ontbreekt in het sleutelbestand.</source>
            <translation>The head of the audit log is missing from the key file.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="238" />
            <source>Het auditlog eindigt bij regel {last_seq}, maar de bewaarde kop staat op regel {seq}: er zijn regels verwijderd.</source>
            <translation>The audit log ends at entry {last_seq}, but the kept head is at entry {seq}: entries were removed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="242" />
            <source>Auditregel {seq} past niet bij de bewaarde kop: de keten is herschreven.</source>
            <translation>Audit entry {seq} does not fit the kept head: the chain was rewritten.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="243" />
            <source>De kop van het auditlog is teruggezet van regel {checkpoint} naar regel {seq}.</source>
            <translation>The head of the audit log was set back from entry {checkpoint} to entry {seq}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="244" />
            <source>Het ondertekende controlepunt bij auditregel {seq} ontbreekt in het register.</source>
            <translation>The signed checkpoint at audit entry {seq} is missing from the register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="245" />
            <source>Er is geen ondertekend controlepunt van het auditlog (meer): ze zijn verwijderd.</source>
            <translation>There is no signed checkpoint of the audit log (any more): they were removed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="246" />
            <source>Het auditlog eindigt bij regel {last_seq}, vóór het ondertekende controlepunt bij regel {seq}: er zijn regels verwijderd.</source>
            <translation>The audit log ends at entry {last_seq}, before the signed checkpoint at entry {seq}: entries were removed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="250" />
            <source>Auditregel {seq} past niet bij het ondertekende controlepunt: de keten is herschreven.</source>
            <translation>Audit entry {seq} does not fit the signed checkpoint: the chain was rewritten.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="251" />
            <source>buurten gewijzigd</source>
            <translation>neighbourhoods changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="253" />
            <source>{count} regels</source>
            <translation>{count} lines</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="259" />
            <source>opgesteld op</source>
            <translation>drawn up on</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="261" />
            <source>perspectief</source>
            <translation>perspective</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="262" />
            <source>eigen kracht</source>
            <translation>own strength</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="263" />
            <source>volgende stap</source>
            <translation>next step</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="264" />
            <source>evaluatie</source>
            <translation>evaluation</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="265" />
            <source>doel bereikt</source>
            <translation>goal reached</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="266" />
            <source>kwaliteit van leven verbeterd</source>
            <translation>quality of life improved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="267" />
            <source>jaren in de kostenvergelijking</source>
            <translation>years in the cost comparison</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="268" />
            <source>organisatie</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="269" />
            <source>wat zij doen</source>
            <translation>what they do</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="270" />
            <source>kosten per jaar</source>
            <translation>cost per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="271" />
            <source>kosten per jaar na de doorbraak</source>
            <translation>cost per year after the breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="272" />
            <source>leefgebied</source>
            <translation>life domain</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="273" />
            <source>beschrijving</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="274" />
            <source>soort doorbraak</source>
            <translation>kind of breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="276" />
            <source>eenmalige kosten</source>
            <translation>one-off cost</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="277" />
            <source>stand</source>
            <translation>state</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="278" />
            <source>behaald op</source>
            <translation>reached on</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="279" />
            <source>grondslag</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="280" />
            <source>besloten door</source>
            <translation>decided by</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="281" />
            <source>mandaat</source>
            <translation>mandate</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="282" />
            <source>financiering</source>
            <translation>funding</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="283" />
            <source>gepland op</source>
            <translation>planned on</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_texts.py" line="284" />
            <source>betaler</source>
            <translation>payer</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="34" />
            <source>casus</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="35" />
            <source>betrokkene</source>
            <translation>person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="38" />
            <source>instelling</source>
            <translation>setting</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="39" />
            <source>bestand</source>
            <translation>file</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="40" />
            <source>auditlog</source>
            <translation>audit log</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="41" />
            <source>overleg</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="42" />
            <source>afspraak</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="43" />
            <source>doorbraakplan</source>
            <translation>breakthrough plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="44" />
            <source>inzageverzoek</source>
            <translation>subject access request</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="45" />
            <source>referentielijst</source>
            <translation>reference list</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="180" />
            <source>{number} (verwijderd)</source>
            <translation>{number} (removed)</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="181" />
            <source>{object} {id}</source>
            <translation>{object} {id}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="183" />
            <source>{object}</source>
            <translation>{object}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="185" />
            <source>{id}</source>
            <translation>{id}</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="218" />
            <source>het auditlog inzien</source>
            <translation>view the audit log</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="237" />
            <source>het auditlog exporteren</source>
            <translation>export the audit log</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/audit_trail.py" line="255" />
            <source>het auditlog controleren</source>
            <translation>check the audit log</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/document_check.py" line="34" />
            <source>afsluiting</source>
            <translation>closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/document_check.py" line="36" />
            <source>uitvoerder</source>
            <translation>person carrying out</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/inzage.py" line="122" />
            <source>een inzageverzoek behandelen</source>
            <translation>handle a subject access request</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/inzage.py" line="125" />
            <source>Vul de naam in zoals de persoon die opgaf, met minstens de achternaam.</source>
            <translation>Fill in the name as the person gave it, with at least the surname.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/inzage.py" line="127" />
            <source>Vul de geboortedatum in: zo voorkomt u dat u gegevens van een naamgenoot geeft.</source>
            <translation>Fill in the date of birth: that way you avoid giving out data of someone with the same name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/inzage.py" line="166" />
            <source>Kies eerst de gevonden gegevens die bij deze persoon horen.</source>
            <translation>First choose the data found that belongs to this person.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/inzage.py" line="170" />
            <source>Een van de gekozen betrokkenen bestaat niet meer. Zoek opnieuw.</source>
            <translation>One of the chosen persons involved no longer exists. Search again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="68" />
            <source>gegevens van een betrokkene corrigeren</source>
            <translation>correct the data of a person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="85" />
            <source>De achternaam mag niet leeg zijn.</source>
            <translation>The surname may not be empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="87" />
            <source>De rol mag niet leeg zijn.</source>
            <translation>The role may not be empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="94" />
            <source>De geboortedatum ligt in de toekomst. Controleer de datum.</source>
            <translation>The date of birth is in the future. Check the date.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="118" />
            <source>gegevens van een betrokkene wissen</source>
            <translation>erase the data of a person involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="120" />
            <source>Kies eerst de gegevens die gewist moeten worden.</source>
            <translation>First choose the data to be erased.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/person_rights.py" line="143" />
            <source>Deze betrokkene bestaat niet (meer). Zoek opnieuw.</source>
            <translation>This person involved does not exist (any more). Search again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="109" />
            <source>bewaartermijnen instellen</source>
            <translation>set retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="112" />
            <source>Geef de bewaartermijn in hele maanden, van 1 tot {max_months} (zoals afgesproken in het convenant).</source>
            <translation>Give the retention period in whole months, from 1 to {max_months} (as agreed in the covenant).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="122" />
            <source>de bewaartermijnen beoordelen</source>
            <translation>review the retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="164" />
            <source>De bewaartermijn is nog niet ingesteld voor {kinds:lower}. Stel die in zoals het convenant voorschrijft (Beheer › Bewaartermijnen); tot dan verwijdert Casus van die soort niets.</source>
            <translation>The retention period has not been set yet for {kinds:lower}. Set it as the covenant prescribes (Admin › Retention periods); until then Casus deletes nothing of that kind.</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="176" />
            <source>1 afgesloten casus is over de bewaartermijn. Beoordeel de lijst en verwijder ze (Beheer › Bewaartermijnen).</source>
            <translation>1 closed case is past the retention period. Review the list and delete it (Admin › Retention periods).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="180" />
            <source>{count} afgesloten casussen zijn over de bewaartermijn. Beoordeel de lijst en verwijder ze (Beheer › Bewaartermijnen).</source>
            <translation>{count} closed cases are past the retention period. Review the list and delete them (Admin › Retention periods).</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="203" />
            <source>casussen verwijderen</source>
            <translation>delete cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/services/privacy/retention.py" line="212" />
            <source>{length} van de gekozen casussen is (nog) niet over de bewaartermijn of bestaat niet meer. Er is niets verwijderd; vernieuw de lijst.</source>
            <translation>{length} of the chosen cases is not (yet) past the retention period or no longer exists. Nothing has been deleted; refresh the list.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/atomic_file.py" line="100" />
            <source>De map {folder} bestaat niet. Kies een bestaande map of maak de map eerst aan; er is niets opgeslagen.</source>
            <translation>The folder {folder} does not exist. Choose an existing folder or create the folder first; nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/atomic_file.py" line="106" />
            <source>In de map {folder} mag Casus geen bestanden maken. Kies een andere map.</source>
            <translation>Casus may not create files in the folder {folder}. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/atomic_file.py" line="111" />
            <source>{file_name} is het register zelf of een bestand dat erbij hoort; een export zou het overschrijven. Kies een andere bestandsnaam.</source>
            <translation>{file_name} is the register itself or a file that belongs to it; an export would overwrite it. Choose another file name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/atomic_file.py" line="136" />
            <source>Het bestand {path} kon niet worden opgeslagen: {strerror}. Er is niets opgeslagen.</source>
            <translation>The file {path} could not be saved: {strerror}. Nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="143" />
            <source>Auditregel {missing} ontbreekt (verwijderd).</source>
            <translation>Audit entry {missing} is missing (removed).</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="151" />
            <source>Vóór auditregel {seq} is de keten onderbroken (regel ingevoegd of verwijderd).</source>
            <translation>Before audit entry {seq} the chain is broken (an entry inserted or removed).</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="160" />
            <source>Auditregel {seq} is gewijzigd.</source>
            <translation>Audit entry {seq} was changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="171" />
            <source>{missing}: de log eindigt eerder dan de bewaarde kop.</source>
            <translation>{missing}: the log ends before the kept head.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="183" />
            <source>Auditregel {seq} past niet bij de buiten de database bewaarde kop: de keten is herschreven.</source>
            <translation>Audit entry {seq} does not fit the head kept outside the database: the chain was rewritten.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="196" />
            <source>Auditregel {first} ontbreekt</source>
            <translation>Audit entry {first} is missing</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/audit.py" line="197" />
            <source>Auditregels {first}–{last} ontbreken</source>
            <translation>Audit entries {first}–{last} are missing</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/engine.py" line="118" />
            <source>Het register kan niet worden geopend: de sleutel past niet bij het databasebestand of het bestand is beschadigd. Zet een back-up terug met 'casus-app restore'.</source>
            <translation>The register cannot be opened: the key does not fit the database file or the file is damaged. Restore a backup with 'casus-app restore'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/key_rotation.py" line="167" />
            <source>Een ander programma houdt een bestand van het register vast, meestal een virusscanner, de zoekindex van Windows of een back-upprogramma. De wijziging is vastgelegd en wordt afgemaakt zodra het register weer wordt geopend: sluit Casus, wacht even en open het opnieuw.</source>
            <translation>Another program is holding a file of the register, usually a virus scanner, the Windows search index or a backup program. The change has been recorded and will be completed when the register is opened again: close Casus, wait a moment and open it again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="85" />
            <source>Onjuist wachtwoord voor gebruiker '{name}'. Controleer het wachtwoord en probeer het opnieuw.</source>
            <translation>Wrong password for user '{name}'. Check the password and try again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="123" />
            <source>Er bestaat al een sleutelbestand '{name}'. Een nieuw sleutelbestand zou het bestaande register onbruikbaar maken; er is niets gewijzigd.</source>
            <translation>A key file '{name}' already exists. A new key file would make the existing register unusable; nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="150" />
            <source>{error} Er is een eerdere kopie van het sleutelbestand gevonden ('{backup}'); die kan worden teruggezet.</source>
            <translation>{error} An earlier copy of the key file was found ('{backup}'); it can be restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="213" />
            <source>Het sleutelbestand bevat geen herstelsleutel.</source>
            <translation>The key file holds no recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="216" />
            <source>De herstelsleutel past niet bij dit register. Controleer of u de herstelsleutel van dit register gebruikt.</source>
            <translation>The recovery key does not fit this register. Check that you are using this register's recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="254" />
            <source>Het wachtwoord mag niet leeg zijn.</source>
            <translation>The password may not be empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/keyslots.py" line="404" />
            <source>De gebruikersnaam mag niet leeg zijn.</source>
            <translation>The user name may not be empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/recovery_key.py" line="35" />
            <source>Dit is geen geldige herstelsleutel. Een herstelsleutel bestaat uit 32 tekens in groepjes van vier (bijvoorbeeld K7Q2-…); controleer of alle tekens goed zijn overgenomen.</source>
            <translation>This is not a valid recovery key. A recovery key consists of 32 characters in groups of four (for example K7Q2-…); check that all characters were copied correctly.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_crypto.py" line="321" />
            <source>Het sleutelbestand is gewijzigd of beschadigd: het wachtwoord klopt, maar de databasesleutel in deze sleutelplaats is niet te openen. Herstel de vorige kopie of gebruik de herstelsleutel.</source>
            <translation>The key file has been changed or damaged: the password is right, but the database key in this key slot cannot be opened. Restore the previous copy or use the recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="155" />
            <source>Het sleutelbestand '{name}' ontbreekt.</source>
            <translation>The key file '{name}' is missing.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="157" />
            <source>Het sleutelbestand '{name}' is niet te lezen ({strerror}).</source>
            <translation>The key file '{name}' cannot be read ({strerror}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="166" />
            <source>Het sleutelbestand '{name}' is beschadigd of onvolledig ({error}).</source>
            <translation>The key file '{name}' is damaged or incomplete ({error}).</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="172" />
            <source>Het sleutelbestand '{name}' is beschadigd of onvolledig (geen leesbare JSON).</source>
            <translation>The key file '{name}' is damaged or incomplete (no readable JSON).</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="185" />
            <source>ongeldige waarde {text}</source>
            <translation>invalid value {text}</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="191" />
            <source>te groot</source>
            <translation>too large</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="192" />
            <source>dubbele sleutel</source>
            <translation>duplicate key</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="193" />
            <source>dubbele gebruiker</source>
            <translation>duplicate user</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="194" />
            <source>dubbele slot_id</source>
            <translation>duplicate slot_id</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="195" />
            <source>geen gebruikers</source>
            <translation>no users</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="196" />
            <source>geen object</source>
            <translation>not an object</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="197" />
            <source>geen sleutelplaatsen</source>
            <translation>no key slots</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="198" />
            <source>gemaakt door een nieuwere versie van Casus; werk Casus bij</source>
            <translation>made by a newer version of Casus; update Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="199" />
            <source>kdf te zwaar</source>
            <translation>kdf too heavy</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="200" />
            <source>kdf: alleen argon2id</source>
            <translation>kdf: argon2id only</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="201" />
            <source>onbekend formaat</source>
            <translation>unknown format</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="202" />
            <source>onbekende versie</source>
            <translation>unknown version</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="203" />
            <source>velden van een sleutelplaats</source>
            <translation>fields of a key slot</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="204" />
            <source>velden</source>
            <translation>fields</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="205" />
            <source>formaat</source>
            <translation>format</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/slot_format.py" line="206" />
            <source>Argon2-parameters onder het minimum van 64 MiB, t=3, p=4</source>
            <translation>Argon2 parameters below the minimum of 64 MiB, t=3, p=4</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/unlock_checks.py" line="70" />
            <source>Deze sleutelplaats is ingetrokken.</source>
            <translation>This key slot has been revoked.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/unlock_checks.py" line="98" />
            <source>Deze sleutelplaats hoort niet bij dit register: het sleutelbestand is buiten Casus gewijzigd. Log in met een ander account of met de herstelsleutel; de beheerder ziet dit in het auditlog.</source>
            <translation>This key slot does not belong to this register: the key file was changed outside Casus. Log in with another account or with the recovery key; the administrator sees this in the audit log.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/keys/unlock_checks.py" line="149" />
            <source>Het register is niet geopend: {problems} Dit wijst op geknoei met het auditlog of het sleutelbestand. Waarschuw de beheerder; die kan het register openen en controleren, of een back-up terugzetten met 'casus-app restore'.</source>
            <translation>The register was not opened: {problems} This points to tampering with the audit log or the key file. Warn the administrator, who can open and check the register, or restore a backup with 'casus-app restore'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/local_disk.py" line="110" />
            <source>netwerkstation {drive}</source>
            <translation>network drive {drive}</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/local_disk.py" line="160" />
            <source>Het register staat op een netwerkschijf ({where}). Casus werkt alleen met een register op een lokale schijf: zet het in een map op deze computer, bijvoorbeeld {folder}.</source>
            <translation>The register is on a network share ({where}). Casus only works with a register on a local disk: put it in a folder on this computer, for example {folder}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/local_disk.py" line="171" />
            <source>Het register staat in een gesynchroniseerde map van {service} ({folder}). Synchronisatie kan het register beschadigen en zet het buiten deze computer. Zet het in een map op deze computer die niet wordt gesynchroniseerd, bijvoorbeeld {suggested}.</source>
            <translation>The register is in a folder synchronised by {service} ({folder}). Synchronisation can damage the register and puts it outside this computer. Put it in a folder on this computer that is not synchronised, for example {suggested}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/location.py" line="46" />
            <source>Het register is al geopend in een ander Casus-venster of door een andere opdracht. Sluit dat eerst en probeer het dan opnieuw.{holder}</source>
            <translation>The register is already open in another Casus window or by another command. Close that first and then try again.{holder}</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/location.py" line="75" />
            <source>Het register is al geopend in een ander Casus-venster of door een andere opdracht. Sluit dat eerst en probeer het dan opnieuw.</source>
            <translation>The register is already open in another Casus window or by another command. Close that first and then try again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/maintenance.py" line="40" />
            <source>De kopie van het register is niet in orde: {problems}</source>
            <translation>The copy of the register is not in order: {problems}</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/maintenance.py" line="68" />
            <source>De omgezette kopie van het register is niet in orde: {problems}</source>
            <translation>The converted copy of the register is not in order: {problems}</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/migrations.py" line="105" />
            <source>Dit register is gemaakt met een nieuwere versie van Casus (schemaversie {current}). Installeer de nieuwste versie van Casus om het te openen.</source>
            <translation>This register was made with a newer version of Casus (schema version {current}). Install the latest version of Casus to open it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/register.py" line="78" />
            <source>Er staat al een register op {path}. Kies een andere plek of open het bestaande register.</source>
            <translation>There already is a register at {path}. Choose another place or open the existing register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/register.py" line="141" />
            <source>Er is geen register op {path}. Kies een ander bestand, of maak eerst een nieuw register aan.</source>
            <translation>There is no register at {path}. Choose another file, or create a new register first.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/register.py" line="278" />
            <source>Het register is beschadigd ({problems}). Zet een back-up terug met 'casus-app restore'.</source>
            <translation>The register is damaged ({problems}). Restore a backup with 'casus-app restore'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/register.py" line="297" />
            <source>Het sleutelbestand hoort niet bij dit register. Zet het juiste sleutelbestand terug of gebruik de herstelsleutel.</source>
            <translation>The key file does not belong to this register. Put the right key file back or use the recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/register.py" line="394" />
            <source>Het register is beschadigd: een deel van het databasebestand kan niet worden gelezen. Er is niets gewijzigd. Zet een back-up terug met 'casus-app restore'.</source>
            <translation>The register is damaged: part of the database file cannot be read. Nothing has been changed. Restore a backup with 'casus-app restore'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_engine.py" line="54" />
            <source>Onjuiste gebruikersnaam of wachtwoord voor de server {server}.</source>
            <translation>Wrong user name or password for the server {server}.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_engine.py" line="58" />
            <source>De beveiligde verbinding met {server} kon niet worden opgezet: het certificaat van de server kan niet worden gecontroleerd. Geef het CA-certificaat mee in het adres (sslrootcert=BESTAND) en gebruik de naam die in het certificaat van de server staat.</source>
            <translation>The secure connection to {server} could not be set up: the server's certificate cannot be verified. Give the CA certificate in the address (sslrootcert=FILE) and use the name that is in the server's certificate.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_engine.py" line="65" />
            <source>Op de server {server} bestaat de database niet. Maak het register eerst met 'casus-app init --admin-url …'.</source>
            <translation>The database does not exist on the server {server}. Create the register first with 'casus-app init --admin-url …'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_engine.py" line="70" />
            <source>De server {server} is niet bereikbaar of weigert de verbinding. Controleer het adres en of de server draait.</source>
            <translation>The server {server} cannot be reached or refuses the connection. Check the address and whether the server is running.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_engine.py" line="79" />
            <source>De server {server} draait PostgreSQL {version}; Casus vraagt PostgreSQL 15 of nieuwer.</source>
            <translation>The server {server} runs PostgreSQL {version}; Casus needs PostgreSQL 15 or newer.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_setup.py" line="60" />
            <source>De gebruikersnaam {name} kan geen gebruiker op de server worden: gebruik letters, cijfers, punt, streepje, @ of liggend streepje (hoogstens 63 tekens), en niet een naam die begint met pg_ of casus_.</source>
            <translation>The user name {name} cannot become a user on the server: use letters, digits, full stop, hyphen, @ or underscore (at most 63 characters), and not a name that starts with pg_ or casus_.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_setup.py" line="91" />
            <source>Op de server bestaat al een gebruiker {name}. Kies een andere naam.</source>
            <translation>A user {name} already exists on the server. Choose another name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_setup.py" line="132" />
            <source>De database op {server} gebruikt de tekenset {encoding}; Casus vraagt UTF8. Maak de database met ENCODING 'UTF8', of laat Casus hem maken op een server met een UTF-8-locale.</source>
            <translation>The database on {server} uses the character set {encoding}; Casus needs UTF8. Create the database with ENCODING 'UTF8', or let Casus create it on a server with a UTF-8 locale.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_setup.py" line="142" />
            <source>De database op {server} is niet leeg (er staan al tabellen in). Kies een nieuwe database: Casus maakt hem zelf aan.</source>
            <translation>The database on {server} is not empty (it already holds tables). Choose a new database: Casus creates it itself.</translation>
        </message>
        <message>
            <location filename="../../casus_app/storage/server_setup.py" line="203" />
            <source>Het register op {server} kon niet worden ingericht: de server weigerde een stap ({reason}).</source>
            <translation>The register on {server} could not be set up: the server refused a step ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="19" />
            <source>Wachtwoord wijzigen</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="22" />
            <source>Kies een nieuw wachtwoord van minstens %1 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
            <translation>Choose a new password of at least %1 characters. A sentence of a few words is strong and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="29" />
            <source>De beheerder heeft uw wachtwoord opnieuw ingesteld. Kies nu een eigen wachtwoord; daarna opent Casus. Vul bij 'Huidig wachtwoord' het wachtwoord in dat u van de beheerder kreeg.</source>
            <translation>The administrator has reset your password. Choose a password of your own now; then Casus opens. Under 'Current password' enter the password you received from the administrator.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="42" />
            <source>&amp;Huidig wachtwoord</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="43" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="44" />
            <source>Nieuw wachtwoord he&amp;rhalen</source>
            <translation>&amp;Repeat new password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="53" />
            <source>Wachtwoord &amp;wijzigen</source>
            <translation>Change &amp;password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="55" />
            <source>Casus sluiten</source>
            <translation>Close Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="55" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/change_password.py" line="67" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
            <translation>The two new passwords do not match. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="34" />
            <source>Contact met %1 vastleggen</source>
            <translation>Record contact with %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="34" />
            <source>Contact met %1 wijzigen</source>
            <translation>Edit contact with %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="38" />
            <source>De dag van het contact (vandaag of eerder)</source>
            <translation>The day of the contact (today or earlier)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="44" />
            <source>Hoe was het contact: huisbezoek, telefoon of overleg?</source>
            <translation>How was the contact: home visit, phone or meeting?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="47" />
            <source>Kort: wat is besproken of afgesproken? (mag leeg blijven, hoogstens %1 tekens)</source>
            <translation>Briefly: what was discussed or agreed? (may stay empty, at most %1 characters)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="53" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="54" />
            <source>&amp;Soort contact:</source>
            <translation>&amp;Kind of contact:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="55" />
            <source>&amp;Notitie:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="73" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="73" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="73" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="73" />
            <source>Vastgelegd door</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_contacts.py" line="76" />
            <source>Nog geen contacten vastgelegd. Wanneer sprak u het gezin voor het laatst?</source>
            <translation>No contacts recorded yet. When did you last speak to the family?</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="76" />
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="78" />
            <source>&amp;Terug</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="79" />
            <source>Terug naar waar u was (Esc)</source>
            <translation>Back to where you were (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="89" />
            <source>Aantallen per gebied, beschermd zodat niemand herkenbaar is. Hier staan nooit casussen of personen.</source>
            <translation>Counts per area, protected so that nobody can be identified. Cases or people are never shown here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="102" />
            <source>Exporteer CS&amp;V</source>
            <translation>Export C&amp;SV</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="103" />
            <source>Alle tabellen als CSV (puntkomma's), voor Excel en verdere verwerking</source>
            <translation>All tables as CSV (semicolons), for Excel and further processing</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="105" />
            <source>Exporteer E&amp;xcel</source>
            <translation>Export E&amp;xcel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="105" />
            <source>Een werkblad per indicator, met toelichting</source>
            <translation>One worksheet per indicator, with explanation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="108" />
            <source>Exporteer P&amp;DF</source>
            <translation>Export P&amp;DF</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="109" />
            <source>Rapport voor de partners: tabellen, grafieken, trend en uitleg</source>
            <translation>Report for the partners: tables, charts, trend and explanation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="116" />
            <source>E&amp;ffecten…</source>
            <translation>E&amp;ffects…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="118" />
            <source>Een effectreeks van een partner inlezen en de verandering per focusbuurt bekijken</source>
            <translation>Import a partner's effect series and see the change per focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="121" />
            <source>&amp;Uitgebracht…</source>
            <translation>Rele&amp;ased…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="124" />
            <source>De uitgebrachte exports: welke perioden wanneer, met welke k, door wie en in welk formaat</source>
            <translation>The released exports: which periods when, with which k, by whom and in which format</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="148" />
            <source>Indicatoren</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="149" />
            <source>Kies een indicator; pijltjestoetsen wisselen</source>
            <translation>Choose an indicator; the arrow keys switch</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="165" />
            <source>Tabel per gebied</source>
            <translation>Table per area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="228" />
            <source>Minimumaantal k</source>
            <translation>Minimum count k</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="231" />
            <source>Minimumaantal k: aantallen van 1 tot k worden verborgen (x). Alleen een beheerder stelt dit in, van 5 tot en met 10.</source>
            <translation>Minimum count k: counts from 1 to k are hidden (x). Only an administrator sets this, from 5 up to and including 10.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="235" />
            <source>k op&amp;slaan</source>
            <translation>Sa&amp;ve k</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="236" />
            <source>Gebruik deze k voor elke export van dit register</source>
            <translation>Use this k for every export from this register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="254" />
            <source>Bezig met tellen voor %1…</source>
            <translation>Counting for %1…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="265" />
            <source>%1 · k = %2</source>
            <translation>%1 · k = %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="271" />
            <source>%1: %2 · k = %3</source>
            <translation>%1: %2 · k = %3</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="278" />
            <source>x = geheim: een aantal van 1 tot en met %1, of verborgen zodat zo'n klein aantal niet terug te rekenen is. Een 0 wordt altijd getoond.</source>
            <translation>x = confidential: a count from 1 up to and including %1, or hidden so that such a small count cannot be worked out. A 0 is always shown.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="305" />
            <source>Totaal per kwartaal, laatste acht kwartalen</source>
            <translation>Total per quarter, last eight quarters</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="377" />
            <source>Monitoringexport opslaan</source>
            <translation>Save monitoring export</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="387" />
            <source>Bezig met exporteren naar %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_page.py" line="393" />
            <source>Export opgeslagen: %1</source>
            <translation>Export saved: %1</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="336" />
            <source>Gegevens corrigeren – %1</source>
            <translation>Correct data – %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="345" />
            <source>&amp;Voornaam</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="346" />
            <source>&amp;Tussenvoegsel</source>
            <translation>Name &amp;prefix</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="347" />
            <source>&amp;Achternaam</source>
            <translation>S&amp;urname</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="348" />
            <source>&amp;Geboortedatum</source>
            <translation>&amp;Date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="349" />
            <source>&amp;Rol</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="351" />
            <source>De wijziging komt in het auditlog, met welke velden zijn veranderd (niet de waarden).</source>
            <translation>The change is recorded in the audit log, with which fields changed (not the values).</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="358" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="359" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <location filename="../../casus_app/ui/shell/crash_report.py" line="78" />
            <source>Er ging iets mis in Casus. Wat u net deed is mogelijk niet bewaard; controleer het en probeer het opnieuw.

Er is een foutrapport opgeslagen zonder persoonsgegevens. Geef het aan de beheerder als dit vaker gebeurt:
%1</source>
            <translation>Something went wrong in Casus. What you just did may not have been saved; check it and try again.

An error report without personal data has been saved. Give it to the administrator if this happens more often:
%1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/crash_report.py" line="83" />
            <source>(niet gelukt)</source>
            <translation>(failed)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/crash_report.py" line="85" />
            <source>Casus – fout</source>
            <translation>Casus – error</translation>
        </message>
    </context>
    <context>
        <name>DocumentCheckDialog</name>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="51" />
            <source>het verslag</source>
            <translation>the minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="51" />
            <source>de afsprakenlijst</source>
            <translation>the action list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="52" />
            <source>Controle van %1</source>
            <translation>Check of %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="53" />
            <source>Namen en adressen in %1</source>
            <translation>Names and addresses in %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="57" />
            <source>De vrije tekst noemt %1 keer een naam, adres of geboortedatum van een betrokkene. Een verslag noemt alleen casusnummer en buurt. Kies per treffer: maskeren (zo staat het nu), vervangen door eigen woorden, of laten staan; wat blijft staan, wordt vastgelegd in het logboek.</source>
            <translation>The free text mentions a name, address or date of birth of a person involved %1 times. Minutes only mention the case number and neighbourhood. Choose for each hit: mask (as it is now), replace with your own words, or keep; whatever is kept is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="66" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="66" />
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="66" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="66" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="66" />
            <source>Keuze</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="74" />
            <source>Treffers</source>
            <translation>Hits</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="83" />
            <source>(verborgen in presentatiemodus)</source>
            <translation>(hidden in presentation mode)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="96" />
            <source>&amp;Maskeren</source>
            <translation>&amp;Mask</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="97" />
            <source>&amp;Vervangen door:</source>
            <translation>&amp;Replace with:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="98" />
            <source>&amp;Laten staan (bevestigen)</source>
            <translation>&amp;Keep (confirm)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="99" />
            <source>De treffer komt zo in het document; dit wordt vastgelegd</source>
            <translation>The hit goes into the document as it is; this is recorded</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="108" />
            <source>bijvoorbeeld: de moeder, de zoon, de woning</source>
            <translation>for example: the mother, the son, the home</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="109" />
            <source>Vervangen door</source>
            <translation>Replace with</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="122" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="124" />
            <source>&amp;Document maken</source>
            <translation>&amp;Create document</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="181" />
            <source>laten staan</source>
            <translation>keep</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="183" />
            <source>vervangen door: %1</source>
            <translation>replace with: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="185" />
            <source>maskeren als %1</source>
            <translation>mask as %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/document_check.py" line="193" />
            <source>Vul in waardoor de treffer vervangen wordt, of kies maskeren.</source>
            <translation>Enter what replaces the hit, or choose mask.</translation>
        </message>
    </context>
    <context>
        <name>EffectsDialog</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="49" />
            <source>Casus – effecten</source>
            <translation>Casus – effects</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="54" />
            <source>bijvoorbeeld: politie-meldingen</source>
            <translation>for example: politie-meldingen</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="56" />
            <source>CSV met de kolommen buurt;maand;aantal</source>
            <translation>CSV with the columns buurt;maand;aantal</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="57" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="59" />
            <source>&amp;Inlezen</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="60" />
            <source>Alles of niets: bij één foute regel wordt niets opgeslagen</source>
            <translation>All or nothing: with one wrong line nothing is saved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="71" />
            <source>&amp;Naam van de reeks</source>
            <translation>&amp;Name of the series</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="73" />
            <source>B&amp;estand</source>
            <translation>F&amp;ile</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="79" />
            <source>Een CSV van een partner, met puntkomma's, in UTF-8 of Windows-1252 (zoals Excel het opslaat): de kopregel buurt;maand;aantal en een regel per buurt en maand, bijvoorbeeld Terschuren;2020-01;14. Een buurt en maand die er al staan, worden vervangen.</source>
            <translation>A partner's CSV with semicolons, in UTF-8 or Windows-1252 (as Excel saves it): the header buurt;maand;aantal and a line per neighbourhood and month, for example Terschuren;2020-01;14. A neighbourhood and month already there are replaced.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="99" />
            <source>Reeks inlezen</source>
            <translation>Import a series</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="114" />
            <source>Peil&amp;jaar</source>
            <translation>Reference &amp;year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="125" />
            <source>Reeks</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="126" />
            <source>Focusbuurt</source>
            <translation>Focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="127" />
            <source>Peiljaar (per maand)</source>
            <translation>Reference year (per month)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="128" />
            <source>Periode (per maand)</source>
            <translation>Period (per month)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="129" />
            <source>Verandering</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="132" />
            <source>Verandering per focusbuurt</source>
            <translation>Change per focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="138" />
            <source>&amp;Verandering per focusbuurt</source>
            <translation>&amp;Change per focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="140" />
            <source>Er zijn nog geen effectreeksen ingelezen.</source>
            <translation>No effect series have been imported yet.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="142" />
            <source>Effecten per focusbuurt</source>
            <translation>Effects per focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="150" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="164" />
            <source>Effectreeks kiezen</source>
            <translation>Choose an effect series</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="166" />
            <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="178" />
            <source>Kies eerst het bestand met de reeks.</source>
            <translation>First choose the file with the series.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="183" />
            <source>Bezig met inlezen…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="196" />
            <source>Reeks '%1' ingelezen: %2 regels, %3 buurten, %4 maanden.</source>
            <translation>Series '%1' imported: %2 lines, %3 neighbourhoods, %4 months.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/effects_dialog.py" line="248" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>EmptyAgenda</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="134" />
            <source>Casus &amp;kiezen en toevoegen…</source>
            <translation>C&amp;hoose a case and add it…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="135" />
            <source>Een lopende casus uit dit gebied op de agenda zetten (Alt+K)</source>
            <translation>Put an open case of this area on the agenda (Alt+H)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="136" />
            <source>De eerst&amp;e wachtende casus erbij nemen</source>
            <translation>Take in the first &amp;waiting case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="137" />
            <source>De meest dringende wachtende casus op de agenda zetten (Alt+E)</source>
            <translation>Put the most urgent waiting case on the agenda (Alt+W)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="153" />
            <source>Dit overleg is afgerond zonder casussen op de agenda.</source>
            <translation>This meeting was finished without cases on its agenda.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="156" />
            <source>Er staan geen casussen op de agenda van dit overleg.</source>
            <translation>There are no cases on the agenda of this meeting.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="159" />
            <source>%1 casussen wachten op een plaats (links onder 'Wachtend'). Zet er een op de agenda, of kies een andere lopende casus uit dit gebied om toe te voegen.</source>
            <translation>%1 cases are waiting for a place (bottom left, under 'Waiting'). Put one on the agenda, or choose another open case of this area to add.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="164" />
            <source>Geen casus komt vanzelf op de agenda: er zijn geen nieuwe signalen, verlopen afspraken, aanmeldingen of doorgeschoven casussen. Kies een lopende casus uit dit gebied om toe te voegen.</source>
            <translation>No case comes onto the agenda by itself: there are no new signals, overdue actions, requests or carried-over cases. Choose an open case of this area to add.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="182" />
            <source>Is de doorbraak bereikt?</source>
            <translation>Has the breakthrough been achieved?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="186" />
            <source>Is het leven van het gezin er volgens henzelf beter op geworden?</source>
            <translation>Has the family’s life improved, in their own view?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="189" />
            <source>Wat is er bereikt, wat niet, en wat heeft het gezin eraan gehad?</source>
            <translation>What was achieved, what was not, and what did the family gain from it?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="190" />
            <source>De evaluatie van het plan, samen met het gezin</source>
            <translation>The evaluation of the plan, together with the family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="193" />
            <source>&amp;Doel bereikt:</source>
            <translation>&amp;Goal achieved:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="194" />
            <source>&amp;Kwaliteit van leven verbeterd:</source>
            <translation>&amp;Quality of life improved:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="195" />
            <source>&amp;Evaluatie:</source>
            <translation>&amp;Evaluation:</translation>
        </message>
    </context>
    <context>
        <name>FamiliesView</name>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="51" />
            <location filename="../../casus_app/ui/plans/families.py" line="85" />
            <location filename="../../casus_app/ui/plans/families.py" line="144" />
            <source>Mijn gezinnen</source>
            <translation>My families</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="59" />
            <source>Ook &amp;afgesloten gezinnen</source>
            <translation>Include &amp;closed families</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="60" />
            <source>Laat ook gezinnen zien waarvan de casus is afgesloten</source>
            <translation>Also show families whose case has been closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="62" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="64" />
            <source>De lijst opnieuw ophalen (F5)</source>
            <translation>Reload the list (F5)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="73" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="74" />
            <source>Gezin</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="75" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="76" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="77" />
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="78" />
            <source>Volgende stap op</source>
            <translation>Next step on</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="79" />
            <source>Volgende stap</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="80" />
            <source>Wacht op besluit</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="81" />
            <source>Afspraken te laat</source>
            <translation>Agreed actions overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="99" />
            <source>Enter of dubbelklik opent het plan</source>
            <translation>Enter or double-click opens the plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="104" />
            <source>U heeft nog geen gezinnen. Een gezin komt hier zodra uw naam als gezinscoach in het doorbraakplan staat.</source>
            <translation>You have no families yet. A family appears here as soon as your name is in its breakthrough plan as family coach.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="111" />
            <source>&amp;Plan openen</source>
            <translation>Open &amp;plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="112" />
            <source>Het doorbraakplan van het gekozen gezin (Enter)</source>
            <translation>The breakthrough plan of the chosen family (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="114" />
            <source>Ca&amp;sus openen</source>
            <translation>Open ca&amp;se</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="115" />
            <source>De casus van het gekozen gezin, met afspraken en besprekingen</source>
            <translation>The case of the chosen family, with agreed actions and discussions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="117" />
            <source>Contact &amp;toevoegen…</source>
            <translation>Add con&amp;tact…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="119" />
            <source>Een huisbezoek, telefoontje of overleg met het gekozen gezin vastleggen</source>
            <translation>Record a home visit, phone call or meeting with the chosen family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="169" />
            <source>(afgesloten)</source>
            <translation>(closed)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="172" />
            <source>%1 (%2, %3 dagen te laat)</source>
            <translation>%1 (%2, %3 days overdue)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="178" />
            <source>(verborgen)</source>
            <translation>(hidden)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="213" />
            <source>nog geen</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="215" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="225" />
            <source>(te laat)</source>
            <translation>(late)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="230" />
            <source>1 gezin</source>
            <translation>1 family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="230" />
            <source>%1 gezinnen</source>
            <translation>%1 families</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="231" />
            <source>niets wacht op een besluit</source>
            <translation>nothing awaiting a decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="233" />
            <source>1 doorbraak wacht op een besluit</source>
            <translation>1 breakthrough awaiting a decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="235" />
            <source>%1 doorbraken wachten op een besluit</source>
            <translation>%1 breakthroughs awaiting a decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="236" />
            <source>geen afspraken te laat</source>
            <translation>no agreed actions overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="238" />
            <source>1 afspraak te laat</source>
            <translation>1 agreed action overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/families.py" line="240" />
            <source>%1 afspraken te laat</source>
            <translation>%1 agreed actions overdue</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="38" />
            <source>Kies een wachtwoord van minstens %1 tekens; een korte zin is sterk en goed te onthouden.</source>
            <translation>Choose a password of at least %1 characters; a short sentence is strong and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="45" />
            <source>Nog %1 teken(s) nodig: minstens %2 in totaal.</source>
            <translation>%1 more character(s) needed: at least %2 in total.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="48" />
            <source>Lang genoeg. Herhaal het wachtwoord hieronder.</source>
            <translation>Long enough. Repeat the password below.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="52" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="53" />
            <source>Het wachtwoord is lang genoeg en beide zijn gelijk.</source>
            <translation>The password is long enough and both match.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="71" />
            <source>Casus – eerste start</source>
            <translation>Casus – first start</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="74" />
            <source>Welkom bij Casus</source>
            <translation>Welcome to Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="78" />
            <source>Casus is het casusregister van Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord.
Casussen, besprekingen en afspraken blijven versleuteld op deze computer.</source>
            <translation>Casus is the case register of Sociaal Veilig and the Doorbraakmethode (breakthrough method) in Heerlen-Noord.
Cases, discussions and agreed actions stay encrypted on this computer.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="84" />
            <source>&amp;Nieuw, leeg register</source>
            <translation>&amp;New, empty register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="86" />
            <source>Voor het echte werk: u wordt de beheerder van een leeg register</source>
            <translation>For real work: you become the administrator of an empty register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="88" />
            <source>&amp;Proberen met een demoregister (fictieve gegevens)</source>
            <translation>&amp;Try it out with a demo register (fictitious data)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="90" />
            <source>Een register met %1 verzonnen casussen om Casus te leren kennen</source>
            <translation>A register with %1 made-up cases to get to know Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="98" />
            <source>Wat wilt u doen?</source>
            <translation>What would you like to do?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="104" />
            <source>De naam waarmee u zich aanmeldt, bijvoorbeeld j.jansen</source>
            <translation>The name you sign in with, for example j.jansen</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="107" />
            <source>Uw volledige naam, zoals anderen die zien (mag leeg blijven)</source>
            <translation>Your full name, as others see it (may be left empty)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="112" />
            <source>Minstens %1 tekens; een zin van een paar woorden is sterk</source>
            <translation>At least %1 characters; a sentence of a few words is strong</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="118" />
            <source>Typ hetzelfde wachtwoord nog een keer</source>
            <translation>Type the same password again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="120" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="121" />
            <source>Naa&amp;m (optioneel)</source>
            <translation>Na&amp;me (optional)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="122" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="123" />
            <source>&amp;Herhaal wachtwoord</source>
            <translation>Repeat pass&amp;word</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="142" />
            <source>Register &amp;aanmaken</source>
            <translation>&amp;Create register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="145" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="146" />
            <source>Casus sluiten zonder een register te maken</source>
            <translation>Close Casus without creating a register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="181" />
            <source>Het oefenregister komt op: %1 (apart van het echte register)</source>
            <translation>The practice register will be at: %1 (separate from the real register)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="185" />
            <source>Het register komt op: %1</source>
            <translation>The register will be created at: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="190" />
            <source>Maak het register aan</source>
            <translation>Create the register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="192" />
            <source>Vul eerst een gebruikersnaam en twee gelijke wachtwoorden in</source>
            <translation>First enter a user name and two matching passwords</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="209" />
            <source>Demoregister met fictieve casussen wordt gemaakt…</source>
            <translation>Creating demo register with fictitious cases…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="219" />
            <source>Register wordt aangemaakt en versleuteld…</source>
            <translation>Creating and encrypting the register…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/first_run.py" line="233" />
            <source>Casus – even geduld</source>
            <translation>Casus – please wait</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="26" />
            <source>Casus – eerste stappen</source>
            <translation>Casus – first steps</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="28" />
            <source>Eerste stappen voor de beheerder</source>
            <translation>First steps for the administrator</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="32" />
            <source>Het register werkt al. Deze stappen maken het veilig om op te vertrouwen; Casus vinkt ze zelf af zodra ze gedaan zijn.</source>
            <translation>The register works already. These steps make it safe to rely on; Casus ticks them off itself once they are done.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="42" />
            <source>Een tweede beheerder</source>
            <translation>A second administrator</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="44" />
            <source>Zonder tweede beheerder is één vergeten wachtwoord genoeg om de herstelsleutel nodig te hebben.</source>
            <translation>Without a second administrator one forgotten password is enough to need the recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="46" />
            <source>&amp;Gebruikers en rollen</source>
            <translation>&amp;Users and roles</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="49" />
            <source>Bewaartermijnen instellen</source>
            <translation>Set retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="50" />
            <source>Zonder termijnen bewaart Casus alles voor altijd; het convenant noemt ze.</source>
            <translation>Without periods Casus keeps everything forever; the covenant names them.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="51" />
            <source>&amp;Bewaartermijnen</source>
            <translation>&amp;Retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="54" />
            <source>Een back-up maken</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="55" />
            <source>Bewaar back-ups op een andere plek dan deze computer.</source>
            <translation>Keep backups somewhere other than this computer.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="56" />
            <source>Back-up &amp;maken…</source>
            <translation>&amp;Make backup…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="59" />
            <source>Gebruikers toevoegen</source>
            <translation>Add users</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="60" />
            <source>Professionals, gezinscoaches en een coördinator, elk met een eigen wachtwoord.</source>
            <translation>Professionals, family coaches and a coordinator, each with their own password.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="61" />
            <source>Gebruikers &amp;toevoegen</source>
            <translation>&amp;Add users</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="76" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="96" />
            <source>gedaan</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/getting_started.py" line="96" />
            <source>nog te doen</source>
            <translation>still to do</translation>
        </message>
    </context>
    <context>
        <name>GuardedEditor</name>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="150" />
            <source>Tonen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="151" />
            <source>%1 tonen</source>
            <translation>Show %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="153" />
            <source>Zet de presentatiemodus uit (F11) om deze tekst te wijzigen.</source>
            <translation>Switch off presentation mode (F11) to change this text.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="184" />
            <source>(verborgen in presentatiemodus)</source>
            <translation>(hidden in presentation mode)</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="36" />
            <source>Casus – handleiding</source>
            <translation>Casus – user guide (Dutch)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="43" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>HelperDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="58" />
            <source>Hulpverlener toevoegen</source>
            <translation>Add support provider</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="58" />
            <source>Hulpverlener wijzigen</source>
            <translation>Edit support provider</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="61" />
            <source>(geen partner uit de lijst)</source>
            <translation>(no partner from the list)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="69" />
            <source>Wie is het en wat doen zij voor het gezin? Bijvoorbeeld: schuldhulpverlening, begeleiding thuis.</source>
            <translation>Who is it and what do they do for the family? For example: debt counselling, support at home.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="74" />
            <source>leeg = onbekend</source>
            <translation>empty = unknown</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="75" />
            <source>Wat deze hulp nu per jaar kost, in euro's (schatting).</source>
            <translation>What this support costs per year now, in euros (estimate).</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="77" />
            <source>leeg = loopt door zoals nu</source>
            <translation>empty = continues as now</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="79" />
            <source>Wat deze hulp per jaar nog kost als de doorbraak er is. 0 als de hulp dan stopt.</source>
            <translation>What this support still costs per year once the breakthrough is there. 0 if the support then stops.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="81" />
            <source>O&amp;rganisatie:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="82" />
            <source>&amp;Wat zij doen:</source>
            <translation>&amp;What they do:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="83" />
            <source>Kosten per jaar &amp;nu (€):</source>
            <translation>Costs per year &amp;now (€):</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="84" />
            <source>Kosten per jaar n&amp;a de doorbraak (€):</source>
            <translation>Costs per year &amp;after the breakthrough (€):</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="90" />
            <source>Kosten per jaar nu</source>
            <translation>Costs per year now</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="91" />
            <source>Kosten per jaar na de doorbraak</source>
            <translation>Costs per year after the breakthrough</translation>
        </message>
    </context>
    <context>
        <name>HelpersTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="246" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="247" />
            <source>Wat zij doen</source>
            <translation>What they do</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="248" />
            <source>Nu per jaar</source>
            <translation>Now per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="249" />
            <source>Na de doorbraak per jaar</source>
            <translation>After the breakthrough per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="253" />
            <source>Nog geen hulpverleners. Wie is er nu allemaal betrokken bij dit gezin?</source>
            <translation>No support providers yet. Who is involved with this family at the moment?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="265" />
            <source>loopt door</source>
            <translation>continues</translation>
        </message>
    </context>
    <context>
        <name>HiddenText</name>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="91" />
            <source>Deze tekst op het scherm tonen (wordt vastgelegd); namen, adressen en geboortedatums van betrokkenen blijven verborgen</source>
            <translation>Show this text on screen (recorded); names, addresses and dates of birth of the persons involved stay hidden</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="109" />
            <source>Tonen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="110" />
            <source>%1 tonen</source>
            <translation>Show %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="132" />
            <source>(verborgen in presentatiemodus)</source>
            <translation>(hidden in presentation mode)</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTableModel</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_table.py" line="82" />
            <source>Geheim: dit aantal is verborgen, zodat niemand herkenbaar is</source>
            <translation>Confidential: this count is hidden so that nobody can be identified</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_table.py" line="92" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_table.py" line="94" />
            <source>TOTAAL</source>
            <translation>TOTAL</translation>
        </message>
    </context>
    <context>
        <name>InzageDialog</name>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="52" />
            <location filename="../../casus_app/ui/privacy/inzage.py" line="55" />
            <source>Inzageverzoek</source>
            <translation>Subject access request</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="59" />
            <source>Iemand vraagt welke gegevens Casus over hem of haar bevat (AVG art. 15; antwoord binnen een maand). Zoek op naam en geboortedatum, controleer bij elke gevonden regel of het echt om deze persoon gaat, en maak dan het overzicht. Gegevens van anderen blijven eruit.</source>
            <translation>Someone asks which data Casus holds about them (GDPR art. 15; reply within one month). Search by name and date of birth, check for every row found that it really is this person, and then create the overview. Other people’s data is left out.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="67" />
            <source>bijvoorbeeld Jan de Vries</source>
            <translation>for example Jan de Vries</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="68" />
            <source>De naam zoals de persoon die opgaf; de achternaam is nodig</source>
            <translation>The name as the person gave it; the surname is required</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="70" />
            <source>De geboortedatum, om naamgenoten uit te sluiten</source>
            <translation>The date of birth, to rule out people with the same name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="71" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="72" />
            <source>Zoek in alle casussen (Enter)</source>
            <translation>Search all cases (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="75" />
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="80" />
            <source>&amp;Geboortedatum</source>
            <translation>&amp;Date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="87" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="88" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="89" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="90" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="91" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="92" />
            <source>Begonnen</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="93" />
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="101" />
            <source>Gevonden gegevens</source>
            <translation>Data found</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="102" />
            <source>Vink aan wat bij deze persoon hoort</source>
            <translation>Tick what belongs to this person</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="112" />
            <source>Let op: namen van andere betrokkenen worden in notities onherkenbaar gemaakt. Namen van mensen die niet als betrokkene zijn vastgelegd, herkent Casus niet: lees het overzicht na voordat u het verstuurt.</source>
            <translation>Note: names of other people involved are made unrecognisable in notes. Casus does not recognise the names of people who are not recorded as involved: read the overview through before you send it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="129" />
            <source>Overzicht als &amp;PDF…</source>
            <translation>&amp;Overview as PDF…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="130" />
            <source>Het overzicht voor de persoon, van de aangevinkte gegevens</source>
            <translation>The overview for the person, of the ticked data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="131" />
            <source>&amp;Corrigeren…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="133" />
            <source>Naam, geboortedatum of rol van de gekozen regel verbeteren (AVG art. 16)</source>
            <translation>Correct the name, date of birth or role of the chosen row (GDPR art. 16)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="135" />
            <source>&amp;Wissen…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="136" />
            <source>De aangevinkte gegevens voorgoed wissen (AVG art. 17)</source>
            <translation>Erase the ticked data permanently (GDPR art. 17)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="137" />
            <source>S&amp;luiten</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="178" />
            <source>onbekend – controleer</source>
            <translation>unknown – check</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="203" />
            <source>Niets gevonden. Controleer de spelling en de geboortedatum; staat de persoon er echt niet in, dan meldt u dat ook.</source>
            <translation>Nothing found. Check the spelling and the date of birth; if the person really is not in the register, report that too.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="208" />
            <source>%1 regel(s) met deze naam en geboortedatum (aangevinkt).</source>
            <translation>%1 row(s) with this name and date of birth (ticked).</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="213" />
            <source>%1 regel(s) met deze naam zonder geboortedatum: vink alleen aan wat echt bij deze persoon hoort.</source>
            <translation>%1 row(s) with this name without a date of birth: only tick what really belongs to this person.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="252" />
            <source>Inzageoverzicht opslaan</source>
            <translation>Save access overview</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="252" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="268" />
            <source>Overzicht van %1 casus(sen) opgeslagen in %2. Het bevat persoonsgegevens: geef het alleen aan de persoon zelf.</source>
            <translation>Overview of %1 case(s) saved in %2. It contains personal data: give it only to the person themselves.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="289" />
            <source>Gecorrigeerd in %1: %2.</source>
            <translation>Corrected in %1: %2.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="291" />
            <source>Er was niets veranderd.</source>
            <translation>Nothing had changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="303" />
            <source>Gegevens wissen</source>
            <translation>Erase data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="307" />
            <source>%1 regel(s) van deze persoon voorgoed wissen, ook de naam in notities van die casussen? De casussen zelf blijven bestaan. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>Permanently erase %1 row(s) of this person, including the name in notes of those cases? The cases themselves remain. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="311" />
            <source>Voorgoed &amp;wissen</source>
            <translation>&amp;Erase permanently</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="312" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/inzage.py" line="323" />
            <source>%1 regel(s) gewist; dit staat in het auditlog.</source>
            <translation>%1 row(s) erased; this is recorded in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="31" />
            <source>Knelpunt toevoegen</source>
            <translation>Add bottleneck</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="31" />
            <source>Knelpunt wijzigen</source>
            <translation>Edit bottleneck</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="38" />
            <source>Op welk leefgebied loopt het vast?</source>
            <translation>In which life domain are things stuck?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="41" />
            <source>Wat loopt er vast? In gewone woorden, een paar zinnen.</source>
            <translation>What is stuck? In plain words, a few sentences.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="43" />
            <source>&amp;Leefgebied (zelfredzaamheid):</source>
            <translation>&amp;Life domain (self-sufficiency):</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_items.py" line="44" />
            <source>&amp;Knelpunt:</source>
            <translation>&amp;Bottleneck:</translation>
        </message>
    </context>
    <context>
        <name>IssuesTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="210" />
            <source>Leefgebied (zelfredzaamheid)</source>
            <translation>Life domain (self-sufficiency)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="210" />
            <source>Knelpunt</source>
            <translation>Bottleneck</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="213" />
            <source>Nog geen knelpunten. Waar loopt het vast voor dit gezin?</source>
            <translation>No bottlenecks yet. Where are things stuck for this family?</translation>
        </message>
    </context>
    <context>
        <name>ItemsTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="61" />
            <source>Zet de presentatiemodus uit (F11) om een regel te wijzigen: het venster toont de hele tekst.</source>
            <translation>Switch off presentation mode (F11) to change a line: the window shows the whole text.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="93" />
            <source>Toe&amp;voegen…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="94" />
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="95" />
            <source>De gekozen regel wijzigen (Enter of dubbelklik)</source>
            <translation>Edit the chosen row (Enter or double-click)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="96" />
            <source>V&amp;erwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="191" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_lists.py" line="192" />
            <source>Deze regel uit het plan verwijderen?</source>
            <translation>Delete this row from the plan?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="39" />
            <source>Leefbaarheid</source>
            <translation>Liveability</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="40" />
            <source>Casuïstiek</source>
            <translation>Casework</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="41" />
            <source>Doorbraak</source>
            <translation>Breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="45" />
            <source>Leefbaarheidsoverleg</source>
            <translation>Liveability meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="46" />
            <source>Casuïstiekoverleg</source>
            <translation>Case meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="47" />
            <source>Doorbraakteam</source>
            <translation>Breakthrough team</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="48" />
            <source>Jeugd Preventie Platform</source>
            <translation>Youth Prevention Platform</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="52" />
            <source>Groen</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="53" />
            <source>Oranje</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="54" />
            <source>Rood</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="55" />
            <source>Donkerrood</source>
            <translation>Dark red</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="59" />
            <source>beheerder</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="60" />
            <source>coördinator</source>
            <translation>coordinator</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="61" />
            <location filename="../../casus_app/domain/labels.py" line="75" />
            <source>professional</source>
            <translation>professional</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="62" />
            <source>gezinscoach</source>
            <translation>family coach</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="66" />
            <source>concept</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="67" />
            <source>ter besluit</source>
            <translation>for decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="68" />
            <source>besloten</source>
            <translation>decided</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="69" />
            <source>gerealiseerd</source>
            <translation>realised</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="70" />
            <source>niet gerealiseerd</source>
            <translation>not realised</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="71" />
            <source>geëvalueerd</source>
            <translation>evaluated</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="76" />
            <source>teamleider</source>
            <translation>team leader</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="77" />
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="78" />
            <source>wethouder / bestuurder</source>
            <translation>alderman / director</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="82" />
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="83" />
            <source>behaald</source>
            <translation>achieved</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="84" />
            <source>niet haalbaar</source>
            <translation>not feasible</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="88" />
            <source>laag</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="89" />
            <source>midden</source>
            <translation>medium</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="90" />
            <source>hoog</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="94" />
            <source>huisbezoek</source>
            <translation>home visit</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="95" />
            <source>telefoon</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="96" />
            <source>overleg</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="100" />
            <source>ingezien</source>
            <translation>viewed</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="101" />
            <source>aangemaakt</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="102" />
            <source>gewijzigd</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="103" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="104" />
            <source>geëxporteerd</source>
            <translation>exported</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="105" />
            <source>ingelezen</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="106" />
            <source>afgedrukt</source>
            <translation>printed</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="107" />
            <source>gezocht</source>
            <translation>searched</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="108" />
            <source>lijst ingezien</source>
            <translation>list viewed</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="109" />
            <source>aangemeld</source>
            <translation>signed in</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="110" />
            <source>aanmelden mislukt</source>
            <translation>sign-in failed</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="111" />
            <source>gebruikersbeheer</source>
            <translation>user management</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="112" />
            <source>sleutelbeheer</source>
            <translation>key management</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="113" />
            <source>back-up gemaakt</source>
            <translation>backup made</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="114" />
            <source>back-up teruggezet</source>
            <translation>backup restored</translation>
        </message>
        <message>
            <location filename="../../casus_app/domain/labels.py" line="115" />
            <source>verwijderd (bewaartermijn)</source>
            <translation>deleted (retention period)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/labels.py" line="44" />
            <source>Lopend</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/labels.py" line="46" />
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>LifeDomainsDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="29" />
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="39" />
            <source>Leefgebieden (zelfredzaamheid)</source>
            <translation>Life domains (self-sufficiency)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="32" />
            <source>De leefgebieden (zelfredzaamheid) waarop gezinnen een score van 1 tot 5 krijgen; niet te verwarren met de vijf leefgebieden van het programma. Een leefgebied dat al in een plan wordt gebruikt, kunt u een andere naam geven maar niet verwijderen.</source>
            <translation>The life domains (self-sufficiency) on which households get a score from 1 to 5; not to be confused with the programme's five themes (Learning, Working, Health, Housing and Public Space, Safety). A life domain already used in a plan can be renamed but not removed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="41" />
            <source>&amp;Toevoegen…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="42" />
            <source>&amp;Naam wijzigen…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="43" />
            <source>Om&amp;hoog</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="44" />
            <source>Eén plaats hoger in de lijst</source>
            <translation>One place up in the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="45" />
            <source>Om&amp;laag</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="46" />
            <source>Eén plaats lager in de lijst</source>
            <translation>One place down in the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="47" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="69" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="88" />
            <source>(in gebruik: %1)</source>
            <translation>(in use: %1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="119" />
            <source>Leefgebied (zelfredzaamheid) toevoegen</source>
            <translation>Add life domain (self-sufficiency)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="120" />
            <source>Naam van het leefgebied (zelfredzaamheid):</source>
            <translation>Name of the life domain (self-sufficiency):</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="130" />
            <source>Naam wijzigen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_life_domains.py" line="130" />
            <source>Nieuwe naam:</source>
            <translation>New name:</translation>
        </message>
    </context>
    <context>
        <name>LockView</name>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="26" />
            <source>Casus is vergrendeld</source>
            <translation>Casus is locked</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="31" />
            <source>Aangemeld als %1. Voer uw wachtwoord in om verder te werken.</source>
            <translation>Signed in as %1. Enter your password to continue working.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="38" />
            <location filename="../../casus_app/ui/session/lock_view.py" line="39" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="40" />
            <source>Uw wachtwoord; Enter ontgrendelt</source>
            <translation>Your password; Enter unlocks</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="41" />
            <location filename="../../casus_app/ui/session/lock_view.py" line="90" />
            <source>O&amp;ntgrendelen</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="42" />
            <source>Casus weer tonen (Enter)</source>
            <translation>Show Casus again (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/lock_view.py" line="90" />
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="37" />
            <source>Casus – aanmelden</source>
            <translation>Casus – sign in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="40" />
            <source>Aanmelden bij Casus</source>
            <translation>Sign in to Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="43" />
            <source>Meld u aan met de gebruikersnaam en het wachtwoord die u van de beheerder kreeg.</source>
            <translation>Sign in with the user name and password you were given by the administrator.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="48" />
            <source>Uw gebruikersnaam in dit register</source>
            <translation>Your user name in this register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="51" />
            <source>Uw wachtwoord; Enter meldt u aan</source>
            <translation>Your password; Enter signs you in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="53" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="54" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="67" />
            <source>Register: %1</source>
            <translation>Register: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="75" />
            <location filename="../../casus_app/ui/session/login.py" line="183" />
            <source>&amp;Aanmelden</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="78" />
            <source>Open het register (Enter)</source>
            <translation>Open the register (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="79" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="80" />
            <source>Casus sluiten zonder aan te melden</source>
            <translation>Close Casus without signing in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="82" />
            <source>&amp;Herstelsleutel gebruiken…</source>
            <translation>Use &amp;recovery key…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="86" />
            <source>Geen beheerder kan zich aanmelden: geef er een een nieuw wachtwoord met de herstelsleutel</source>
            <translation>No administrator can sign in: give one a new password with the recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="109" />
            <source>Vul uw gebruikersnaam in.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="113" />
            <source>Vul uw wachtwoord in.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="142" />
            <source>Sleutelbestand herstellen</source>
            <translation>Restore key file</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="144" />
            <source>Het sleutelbestand van dit register is beschadigd, maar er is een eerdere kopie. Wilt u die kopie terugzetten? Wachtwoorden die sinds die kopie zijn gewijzigd, werken dan weer zoals ervoor.</source>
            <translation>The key file of this register is damaged, but there is an earlier copy. Do you want to restore that copy? Passwords changed since that copy will then work as they did before.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="159" />
            <source>De eerdere kopie van het sleutelbestand is teruggezet. Meld u opnieuw aan.</source>
            <translation>The earlier copy of the key file has been restored. Please sign in again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="171" />
            <source>Het nieuwe wachtwoord is ingesteld. Meld u daarmee aan.</source>
            <translation>The new password has been set. Sign in with it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/login.py" line="183" />
            <source>Bezig met openen…</source>
            <translation>Opening…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="47" />
            <source>Casus – %1</source>
            <translation>Casus – %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="95" />
            <source>Aangemeld als %1 (%2)</source>
            <translation>Signed in as %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="114" />
            <source>Oefenregister – fictieve gegevens om Casus te leren kennen; leg hier geen echte casussen vast.</source>
            <translation>Practice register – fictitious data to get to know Casus; do not record real cases here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="119" />
            <source>Casus – %1 (oefenregister)</source>
            <translation>Casus – %1 (practice register)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="132" />
            <source>Ander register openen</source>
            <translation>Open another register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="134" />
            <source>Casus-registers (*.db);;Alle bestanden (*)</source>
            <translation>Casus registers (*.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="145" />
            <source>Uw wachtwoord is gewijzigd.</source>
            <translation>Your password has been changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="152" />
            <source>Mijn telefoonnummer</source>
            <translation>My phone number</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="154" />
            <source>Op dit nummer kan een gezin u bellen of appen: 'Ons plan' noemt het bij uw naam. Laat het leeg als u geen nummer wilt laten zien.</source>
            <translation>A family can call or message you on this number: 'Our plan' shows it with your name. Leave it empty if you do not want to show a number.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="162" />
            <source>Uw telefoonnummer is opgeslagen.</source>
            <translation>Your phone number has been saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="165" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="166" />
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="168" />
            <source>Verberg alles tot u uw wachtwoord opnieuw invoert</source>
            <translation>Hide everything until you enter your password again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="170" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="172" />
            <source>Sluit het register en Casus</source>
            <translation>Close the register and Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="174" />
            <source>&amp;Wachtwoord wijzigen…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="175" />
            <source>Kies een nieuw wachtwoord voor uw eigen account</source>
            <translation>Choose a new password for your own account</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="177" />
            <source>Ander &amp;register openen…</source>
            <translation>Open another &amp;register…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="179" />
            <source>Sluit dit register en meld u aan bij een ander, zoals het oefenregister</source>
            <translation>Close this register and sign in to another, such as the practice register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="183" />
            <source>Mijn &amp;telefoonnummer…</source>
            <translation>My p&amp;hone number…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="184" />
            <source>Het nummer waarop gezinnen u bereiken ('Ons plan')</source>
            <translation>The number on which families reach you ('Our plan')</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="192" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="194" />
            <source>Naar het zoekveld van de casuslijst</source>
            <translation>Go to the search field of the case list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="197" />
            <source>&amp;Casussen</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="205" />
            <source>&amp;Gezinnen</source>
            <translation>Fami&amp;lies</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="206" />
            <source>&amp;Mijn gezinnen</source>
            <translation>&amp;My families</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="209" />
            <source>Uw gezinnen met hun plan, volgende stap en wat op een besluit wacht</source>
            <translation>Your families with their plan, next step and what is awaiting a decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="212" />
            <source>&amp;Doorbraakplan openen</source>
            <translation>Open &amp;breakthrough plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="214" />
            <source>Het doorbraakplan van de geopende casus</source>
            <translation>The breakthrough plan of the open case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="221" />
            <source>&amp;Leefgebieden (zelfredzaamheid)…</source>
            <translation>&amp;Life domains (self-sufficiency)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="223" />
            <source>De lijst met leefgebieden (zelfredzaamheid) voor de scores van gezinnen wijzigen</source>
            <translation>Change the list of life domains (self-sufficiency) for the households' scores</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="243" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="303" />
            <source>1 casus</source>
            <translation>1 case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/main_window.py" line="303" />
            <source>%1 casussen</source>
            <translation>%1 cases</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="72" />
            <source>Be&amp;heer</source>
            <translation>A&amp;dmin</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="76" />
            <source>&amp;Gebruikers en rollen</source>
            <translation>&amp;Users and roles</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="78" />
            <source>Gebruikers toevoegen, rollen en gebieden, wachtwoorden</source>
            <translation>Add users, roles and areas, passwords</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="82" />
            <source>&amp;Audittrail</source>
            <translation>&amp;Audit trail</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="84" />
            <source>Wie deed wat wanneer; de keten controleren en exporteren</source>
            <translation>Who did what when; verify and export the chain</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="88" />
            <source>&amp;Bewaartermijnen</source>
            <translation>&amp;Retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="90" />
            <source>Termijnen uit het convenant en casussen die over hun termijn zijn</source>
            <translation>Periods from the covenant and cases past their period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="94" />
            <source>&amp;Referentielijsten…</source>
            <translation>Reference &amp;lists…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="96" />
            <source>Organisaties, gebieden, buurten, categorieën, afsluitredenen, doorbraaktypen</source>
            <translation>Organisations, areas, neighbourhoods, categories, closing reasons, breakthrough types</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="100" />
            <source>&amp;Inzageverzoek…</source>
            <translation>&amp;Subject access request…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="102" />
            <source>Alles wat Casus over één persoon bevat, voor die persoon (AVG art. 15)</source>
            <translation>Everything Casus holds about one person, for that person (GDPR art. 15)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="58" />
            <source>Back-up &amp;maken…</source>
            <translation>&amp;Make backup…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="60" />
            <source>Een versleutelde back-up van het hele register, gecontroleerd</source>
            <translation>An encrypted, checked backup of the whole register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="62" />
            <source>Back-up &amp;terugzetten…</source>
            <translation>Res&amp;tore backup…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="63" />
            <source>Het register vervangen door een gecontroleerde back-up</source>
            <translation>Replace the register with a checked backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="65" />
            <source>Back-up-i&amp;nstellingen…</source>
            <translation>Backup setti&amp;ngs…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="66" />
            <source>Herinnering na hoeveel dagen; een back-up bij het afsluiten</source>
            <translation>Reminder after how many days; a backup on closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="162" />
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="170" />
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="184" />
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="196" />
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="203" />
            <source>Back-up terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="164" />
            <source>Casus-back-ups (*.casusbackup)</source>
            <translation>Casus backups (*.casusbackup)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="172" />
            <source>Het register wordt vervangen door de back-up van %1. Wat sindsdien is vastgelegd, staat daarna niet meer in het register; het huidige register blijft ernaast bewaard. Casus controleert de back-up eerst helemaal, sluit het register en vraagt u daarna opnieuw aan te melden. Doorgaan?</source>
            <translation>The register will be replaced by the backup %1. What was recorded since will no longer be in the register; the current register is kept beside it. Casus first checks the whole backup, closes the register and then asks you to sign in again. Continue?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="185" />
            <source>Uw wachtwoord, ter bevestiging:</source>
            <translation>Your password, to confirm:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="196" />
            <source>Er is niets teruggezet.</source>
            <translation>Nothing was restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="198" />
            <source>Back-up van %1 gecontroleerd en teruggezet.</source>
            <translation>Backup of %1 checked and restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="200" />
            <source>Het vorige register staat ernaast als %1.</source>
            <translation>The previous register is kept beside it as %1.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="103" />
            <source>&amp;Nieuwe casus…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="103" />
            <source>Een signaal aanmelden als casus</source>
            <translation>Register a report as a case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="106" />
            <source>Casus &amp;bewerken…</source>
            <translation>&amp;Edit case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="106" />
            <source>De geopende casus wijzigen</source>
            <translation>Edit the open case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="109" />
            <source>&amp;Escalatie wijzigen…</source>
            <translation>Change esca&amp;lation…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="109" />
            <source>Groen, oranje, rood of donkerrood</source>
            <translation>Green, orange, red or dark red</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="112" />
            <source>&amp;Agenderen voor het volgende overleg</source>
            <translation>Put on the next meeting’s &amp;agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="114" />
            <source>De casus komt vanzelf op de volgende agenda</source>
            <translation>The case is put on the next agenda automatically</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="118" />
            <source>Casus af&amp;sluiten of heropenen…</source>
            <translation>&amp;Close or reopen case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="120" />
            <source>Afsluitreden, resultaat en verwijzing; of weer openen</source>
            <translation>Reason for closing, result and referral; or open again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="124" />
            <source>&amp;Tijdlijn…</source>
            <translation>&amp;Timeline…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="124" />
            <source>Alles wat er met de casus is gebeurd</source>
            <translation>Everything that has happened with the case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="143" />
            <source>&amp;Nieuw overleg…</source>
            <translation>&amp;New meeting…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="143" />
            <source>Een overleg plannen en starten</source>
            <translation>Plan and start a meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="146" />
            <source>Overleg &amp;openen…</source>
            <translation>&amp;Open meeting…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="146" />
            <source>Een gepland of lopend overleg openen</source>
            <translation>Open a planned or ongoing meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="149" />
            <source>&amp;Mijn afspraken</source>
            <translation>&amp;My agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="151" />
            <source>Wat uw organisatie moet doen: te laat, deze week, later</source>
            <translation>What your organisation has to do: overdue, this week, later</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="155" />
            <source>&amp;Presentatiemodus</source>
            <translation>&amp;Presentation mode</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="157" />
            <source>Namen, geboortedatums en huisnummers verbergen voor de beamer</source>
            <translation>Hide names, dates of birth and house numbers for the projector</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="162" />
            <source>&amp;Overleg</source>
            <translation>&amp;Meetings</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="25" />
            <source>&amp;Monitoring</source>
            <translation>M&amp;onitoring</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="26" />
            <source>&amp;Aantallen per gebied en export…</source>
            <translation>&amp;Counts per area and export…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="29" />
            <source>De monitoringcijfers per periode, beschermd, en de export voor de partners</source>
            <translation>The monitoring figures per period, protected, and the export for the partners</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="33" />
            <source>&amp;Effecten…</source>
            <translation>&amp;Effects…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="35" />
            <source>Een effectreeks van een partner inlezen en de verandering per focusbuurt bekijken</source>
            <translation>Import a partner's effect series and see the change per focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="39" />
            <source>&amp;Uitgebrachte exports…</source>
            <translation>&amp;Released exports…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_menu.py" line="41" />
            <source>Welke perioden wanneer, met welke k, door wie en in welk formaat</source>
            <translation>Which periods when, with which k, by whom and in which format</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="118" />
            <source>&amp;Eerste stappen…</source>
            <translation>&amp;First steps…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="120" />
            <source>Tweede beheerder, bewaartermijnen, back-up, gebruikers: wat nog moet</source>
            <translation>Second administrator, retention periods, backup, users: what is still to do</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="229" />
            <source>1 casus over de bewaartermijn</source>
            <translation>1 case past the retention period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="231" />
            <source>%1 casussen over de bewaartermijn</source>
            <translation>%1 cases past the retention period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/admin_screens.py" line="234" />
            <source>Bewaartermijn niet ingesteld</source>
            <translation>Retention period not set</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="92" />
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="138" />
            <source>Back-up maken</source>
            <translation>Make backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="108" />
            <source>Back-up wordt gemaakt en gecontroleerd…</source>
            <translation>Making and checking the backup…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="110" />
            <source>Casus – back-up</source>
            <translation>Casus – backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="131" />
            <source>Versleutelde back-up gemaakt: %1</source>
            <translation>Encrypted backup made: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="148" />
            <source>Nog geen back-up gemaakt</source>
            <translation>No backup made yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="150" />
            <source>Laatste back-up %1 dagen geleden</source>
            <translation>Last backup %1 days ago</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="154" />
            <source>Maak nu een back-up (Ctrl+Shift+K)</source>
            <translation>Make a backup now (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="212" />
            <source>Back-up-instellingen opgeslagen.</source>
            <translation>Backup settings saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="242" />
            <source>Back-up bij het afsluiten</source>
            <translation>Backup on closing</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/backup_actions.py" line="244" />
            <source>De back-up bij het afsluiten is niet gelukt: %1

Toch afsluiten zonder back-up?</source>
            <translation>The backup on closing failed: %1

Close anyway without a backup?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="85" />
            <source>Presentatiemodus</source>
            <translation>Presentation mode</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="230" />
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="274" />
            <source>Zet eerst de presentatiemodus uit (F11): dit formulier toont namen en adressen.</source>
            <translation>Switch off presentation mode (F11) first: this form shows names and addresses.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="302" />
            <source>Escalatie wijzigen</source>
            <translation>Change escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="303" />
            <source>Escalatieniveau van casus %1:</source>
            <translation>Escalation level of case %1:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_menu.py" line="319" />
            <source>Casus %1 komt op de volgende agenda.</source>
            <translation>Case %1 will be on the next agenda.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="118" />
            <source>&lt;h3&gt;Casus %1&lt;/h3&gt;&lt;p&gt;Casusregister voor Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord.&lt;/p&gt;&lt;p&gt;Register: %2&lt;/p&gt;&lt;p&gt;Python %3, Qt for Python %4&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Casus %1&lt;/h3&gt;&lt;p&gt;Case register for Sociaal Veilig and the Doorbraakmethode in Heerlen-Noord.&lt;/p&gt;&lt;p&gt;Register: %2&lt;/p&gt;&lt;p&gt;Python %3, Qt for Python %4&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="128" />
            <source>Over Casus</source>
            <translation>About Casus</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="86" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="88" />
            <source>&amp;Handleiding</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="90" />
            <source>De handleiding bij uw rol</source>
            <translation>The user guide for your role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="92" />
            <source>&amp;Aan de slag</source>
            <translation>&amp;Getting started</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="94" />
            <source>Het begin van de handleiding: aanmelden, rollen, de herstelsleutel</source>
            <translation>The start of the user guide: signing in, roles, the recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/help_menu.py" line="97" />
            <source>&amp;Over Casus</source>
            <translation>&amp;About Casus</translation>
        </message>
    </context>
    <context>
        <name>MeasurementDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="31" />
            <source>Meting toevoegen</source>
            <translation>Add measurement</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="36" />
            <source>De dag waarop u de scores samen met het gezin heeft bepaald</source>
            <translation>The day you determined the scores together with the family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="39" />
            <source>Kies per leefgebied (zelfredzaamheid) hoe zelfredzaam het gezin nu is. Laat op 'niet gemeten' staan wat u deze keer niet heeft besproken.</source>
            <translation>For each life domain (self-sufficiency), choose how self-sufficient the household is now. Leave 'not measured' for what you did not discuss this time.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="46" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="50" />
            <source>niet gemeten</source>
            <translation>not measured</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="55" />
            <source>vorige keer: %1 (%2)</source>
            <translation>last time: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="59" />
            <source>nog niet gemeten</source>
            <translation>not measured yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_measurement.py" line="80" />
            <source>Kies voor minstens één leefgebied een score.</source>
            <translation>Choose a score for at least one life domain.</translation>
        </message>
    </context>
    <context>
        <name>MeetingActionsBox</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="67" />
            <source>Open afspraak</source>
            <translation>Open agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="67" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="67" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="67" />
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="69" />
            <source>Open afspraken</source>
            <translation>Open agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="71" />
            <source>Kies een afspraak en markeer die als gedaan (Alt+D) of vervallen (Alt+V)</source>
            <translation>Choose an agreed action and mark it as done (Alt+D) or lapsed (Alt+P)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="74" />
            <source>Ge&amp;daan</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="75" />
            <source>De gekozen afspraak is uitgevoerd (Alt+D)</source>
            <translation>The chosen agreed action has been carried out (Alt+D)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="76" />
            <source>&amp;Vervallen</source>
            <translation>La&amp;psed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="77" />
            <source>De gekozen afspraak is niet meer nodig (Alt+V)</source>
            <translation>The chosen agreed action is no longer needed (Alt+P)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="80" />
            <source>Nieuwe afspraak: wat moet er gebeuren? (Alt+N)</source>
            <translation>New agreed action: what needs to happen? (Alt+N)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="81" />
            <source>Nieuwe afspraak, omschrijving</source>
            <translation>New agreed action, description</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="82" />
            <source>Omschrijving van de nieuwe afspraak; Enter voegt die toe</source>
            <translation>Description of the new agreed action; Enter adds it</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="86" />
            <source>Nieuwe afspraak, organisatie</source>
            <translation>New agreed action, organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="88" />
            <source>Wie voert het uit; typ de eerste letters. Staat op de regiehouder</source>
            <translation>Who carries it out; type the first letters. Defaults to the lead organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="91" />
            <source>Wie (naam)</source>
            <translation>Who (name)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="92" />
            <source>Nieuwe afspraak, persoon</source>
            <translation>New agreed action, person</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="93" />
            <source>De medewerker die het oppakt; Enter voegt de afspraak toe</source>
            <translation>The staff member who takes it on; Enter adds the agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="96" />
            <source>(geen type)</source>
            <translation>(no type)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="99" />
            <source>Nieuwe afspraak, interventietype</source>
            <translation>New agreement, intervention type</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="102" />
            <source>Wat voor interventie de afspraak is (mag leeg); telt mee in de monitoring. Typ de eerste letters</source>
            <translation>What kind of intervention the agreement is (may be left empty); counts in the monitoring. Type the first letters</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="106" />
            <source>Nieuwe afspraak, deadline</source>
            <translation>New agreed action, deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="108" />
            <source>Staat op de datum van het volgende overleg, anders twee weken later</source>
            <translation>Defaults to the date of the next meeting, otherwise two weeks later</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="110" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="111" />
            <source>Voeg de afspraak toe (Enter in een van de velden)</source>
            <translation>Add the agreed action (Enter in any of the fields)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="164" />
            <source>gedaan</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="165" />
            <source>vervallen</source>
            <translation>lapsed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="206" />
            <source>Open afspraken (%1)</source>
            <translation>Open agreed actions (%1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="207" />
            <source>%1 te laat</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="215" />
            <source>TE LAAT</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="215" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_actions.py" line="258" />
            <source>Afspraak %1 van casus %2 %3.</source>
            <translation>Agreed action %1 of case %2 %3.</translation>
        </message>
    </context>
    <context>
        <name>MeetingCasePanel</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="168" />
            <source>Escalatieniveau (AVE); een wijziging wordt meteen opgeslagen</source>
            <translation>Escalation level (AVE); a change is saved immediately</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="170" />
            <source>Escalatie</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="181" />
            <source>Buurt / adres:</source>
            <translation>Neighbourhood / address:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="182" />
            <source>Betrokkenen:</source>
            <translation>People involved:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="183" />
            <source>Samenvatting:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="184" />
            <source>Vorige keer:</source>
            <translation>Last time:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="189" />
            <source>&amp;Escalatie:</source>
            <translation>&amp;Escalation:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="192" />
            <source>Regie:</source>
            <translation>Lead organisation:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="193" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="203" />
            <source>Korte notitie: wat is er gebeurd sinds de vorige keer?</source>
            <translation>Short note: what has happened since last time?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="205" />
            <source>Komt in het verslag; geen bijzondere persoonsgegevens (Tab: volgende veld)</source>
            <translation>Goes into the minutes; no special categories of personal data (Tab: next field)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="207" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="210" />
            <source>Besluiten van het overleg</source>
            <translation>Decisions of the meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="211" />
            <source>Komt in het verslag (Tab: naar de nieuwe afspraak)</source>
            <translation>Goes into the minutes (Tab: to the new agreed action)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="212" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="216" />
            <source>Not&amp;itie</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="216" />
            <source>Be&amp;sluiten</source>
            <translation>Dec&amp;isions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="239" />
            <source>Bespro&amp;ken</source>
            <translation>Disc&amp;ussed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="240" />
            <source>Wordt vanzelf aangevinkt zodra u iets vastlegt (Alt+K)</source>
            <translation>Ticked automatically as soon as you record something (Alt+U)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="241" />
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="377" />
            <source>Casus &amp;afsluiten…</source>
            <translation>&amp;Close case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="242" />
            <source>Afsluitreden, resultaat en verwijzing vastleggen (Alt+A)</source>
            <translation>Record reason for closing, result and referral (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="243" />
            <source>Ti&amp;jdlijn…</source>
            <translation>&amp;Timeline…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="244" />
            <source>Alles wat er met deze casus is gebeurd (Alt+J)</source>
            <translation>Everything that has happened with this case (Alt+T)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="346" />
            <source>Op de agenda: %1</source>
            <translation>On the agenda: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="353" />
            <source>(geen adres)</source>
            <translation>(no address)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="360" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="362" />
            <source>(geen samenvatting)</source>
            <translation>(no summary)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="364" />
            <source>(nog niemand)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="366" />
            <source>Lopend sinds %1</source>
            <translation>Open since %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="369" />
            <source>Afgesloten op %1 (%2)</source>
            <translation>Closed on %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="377" />
            <source>C&amp;asus heropenen…</source>
            <translation>&amp;Reopen case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="393" />
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="395" />
            <source>Besluiten: %1</source>
            <translation>Decisions: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="399" />
            <source>besproken, zonder notitie</source>
            <translation>discussed, without a note</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="402" />
            <source>nog niet eerder besproken</source>
            <translation>not discussed before</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="442" />
            <source>Niet-opgeslagen tekst van %1 is teruggezet. Controleer hem; hij wordt opgeslagen zodra u verder gaat.</source>
            <translation>Unsaved text from %1 has been restored. Check it; it is saved as soon as you move on.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="489" />
            <source>De notitie is niet opgeslagen: %1 De tekst staat nog op het scherm en is als concept bewaard; probeer het opnieuw.</source>
            <translation>The note was not saved: %1 The text is still on screen and has been kept as a draft; try again.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPickerView</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="49" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="50" />
            <source>Bezig</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="51" />
            <source>Afgerond</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="52" />
            <source>Geannuleerd</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="54" />
            <source>Overleg openen</source>
            <translation>Open meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="58" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="59" />
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="60" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="61" />
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="62" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="63" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="67" />
            <source>Er is nog geen overleg. Kies ‘Nieuw overleg’.</source>
            <translation>There are no meetings yet. Choose ‘New meeting’.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="69" />
            <source>Overleggen</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="70" />
            <source>Enter of dubbelklik opent het overleg</source>
            <translation>Enter or double-click opens the meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="75" />
            <source>O&amp;penen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="77" />
            <source>&amp;Nieuw overleg…</source>
            <translation>&amp;New meeting…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="78" />
            <source>← &amp;Terug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="79" />
            <source>Terug naar de casuslijst (Esc)</source>
            <translation>Back to the case list (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="80" />
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="82" />
            <source>Datum, tijd, plaats, voorzitter, notulist of aanwezigen van een gepland overleg</source>
            <translation>Date, time, place, chair, minute-taker or attendees of a planned meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="84" />
            <source>Agen&amp;da (PDF)…</source>
            <translation>Agen&amp;da (PDF)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="86" />
            <source>De agenda vooraf naar de partners sturen: casusnummers, buurt, straat en open afspraken</source>
            <translation>Send the agenda to the partners beforehand: case numbers, neighbourhood, street and open actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="88" />
            <source>Overleg &amp;annuleren</source>
            <translation>C&amp;ancel meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="90" />
            <source>Het geplande overleg gaat niet door; het blijft in de lijst staan</source>
            <translation>The planned meeting does not take place; it stays in the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="92" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="94" />
            <source>Een gepland of geannuleerd overleg waarin niets is vastgelegd</source>
            <translation>A planned or cancelled meeting in which nothing has been recorded</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="138" />
            <source>%1 casussen, %2 besproken</source>
            <translation>%1 cases, %2 discussed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="177" />
            <source>Overleg starten</source>
            <translation>Start meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="178" />
            <source>%1 op %2 is gepland. Nu beginnen? Het overleg staat daarna op ‘bezig’.</source>
            <translation>%1 on %2 is planned. Begin now? The meeting is then ‘in progress’.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="203" />
            <source>Overleg annuleren</source>
            <translation>Cancel meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="204" />
            <source>Overleg %1 annuleren? Het blijft als geannuleerd in de lijst staan.</source>
            <translation>Cancel meeting %1? It stays in the list as cancelled.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="214" />
            <source>Overleg verwijderen</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="216" />
            <source>Overleg %1 en zijn agenda definitief verwijderen? Dit kan niet ongedaan worden.</source>
            <translation>Delete meeting %1 and its agenda for good? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="242" />
            <source>Agenda opslaan</source>
            <translation>Save agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="242" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_picker.py" line="252" />
            <source>Opgeslagen: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingReasons</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="102" />
            <source>doorgeschoven sinds %1</source>
            <translation>carried over since %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="54" />
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="55" />
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="62" />
            <source>afspraak</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="56" />
            <source>aangemeld</source>
            <translation>flagged</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="57" />
            <source>lang stil</source>
            <translation>long quiet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="58" />
            <source>toegevoegd</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="61" />
            <source>nieuw signaal</source>
            <translation>new report</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="63" />
            <source>aangemeld voor bespreking</source>
            <translation>put forward for discussion</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="64" />
            <source>lang niet besproken</source>
            <translation>not discussed for a long time</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="65" />
            <source>toegevoegd door de voorzitter</source>
            <translation>added by the chair</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="74" />
            <source>afspraak inmiddels afgehandeld</source>
            <translation>action since dealt with</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="76" />
            <source>afspraak verloopt op de dag van het overleg</source>
            <translation>action falls due on the day of the meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="79" />
            <source>%1 afspraken te laat, de oudste %2 dagen</source>
            <translation>%1 actions overdue, the oldest by %2 days</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="84" />
            <source>afspraak 1 dag te laat</source>
            <translation>action 1 day overdue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_case_panel.py" line="85" />
            <source>afspraak %1 dagen te laat</source>
            <translation>action %1 days overdue</translation>
        </message>
    </context>
    <context>
        <name>MeetingSetupView</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="69" />
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="231" />
            <source>Nieuw overleg</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="78" />
            <source>Welke cases op de agenda komen hangt af van de soort</source>
            <translation>Which cases go on the agenda depends on the kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="82" />
            <source>Het gebied van het overleg; u ziet alleen uw eigen gebieden</source>
            <translation>The area of the meeting; you only see your own areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="85" />
            <source>Het doorbraakteam werkt voor heel Heerlen-Noord: casussen uit alle gebieden kunnen op de agenda. Het gebied hierboven is alleen waar het overleg wordt vastgelegd.</source>
            <translation>The breakthrough team works for all of Heerlen-Noord: cases from every area can go on its agenda. The area above is only where the meeting is recorded.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="92" />
            <source>De datum van het overleg</source>
            <translation>The date of the meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="94" />
            <source>uu:mm, bijvoorbeeld 14:30</source>
            <translation>hh:mm, for example 14:30</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="95" />
            <source>Hoe laat het overleg begint (mag leeg blijven)</source>
            <translation>When the meeting starts (may stay empty)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="99" />
            <source>Waar het overleg is, bijvoorbeeld het buurthuis of een Teams-vergadering</source>
            <translation>Where the meeting is, for example the community centre or a Teams call</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="102" />
            <source>Wie het overleg voorzit</source>
            <translation>Who chairs the meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="104" />
            <source>Wie het verslag maakt</source>
            <translation>Who takes the minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="115" />
            <source>&amp;Plannen</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="117" />
            <source>Opslaan als gepland overleg; u start het later vanuit ‘Overleg openen’</source>
            <translation>Save as a planned meeting; you start it later from ‘Open meeting’</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="119" />
            <source>Overleg sta&amp;rten</source>
            <translation>&amp;Start meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="121" />
            <source>Slaat het overleg op en stelt de agenda samen (Ctrl+Enter)</source>
            <translation>Saves the meeting and draws up the agenda (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="122" />
            <source>&amp;Wijzigingen opslaan</source>
            <translation>Save changes (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="123" />
            <source>De wijzigingen van dit geplande overleg opslaan (Ctrl+Enter)</source>
            <translation>Save the changes to this planned meeting (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="128" />
            <source>&amp;Ja, een tweede overleg</source>
            <translation>&amp;Yes, a second meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="129" />
            <source>Toch opslaan: er komen twee overleggen op die dag</source>
            <translation>Save anyway: there will be two meetings on that day</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="131" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="132" />
            <source>Terug zonder op te slaan (Esc)</source>
            <translation>Back without saving (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="135" />
            <source>&amp;Soort overleg</source>
            <translation>&amp;Kind of meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="136" />
            <source>Gebie&amp;d</source>
            <translation>&amp;Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="138" />
            <source>Da&amp;tum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="139" />
            <source>T&amp;ijd</source>
            <translation>T&amp;ime</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="140" />
            <source>P&amp;laats</source>
            <translation>P&amp;lace</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="141" />
            <source>&amp;Voorzitter</source>
            <translation>&amp;Chair</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="142" />
            <source>&amp;Notulist</source>
            <translation>&amp;Minute-taker</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="143" />
            <source>&amp;Aanwezig</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="229" />
            <source>Overleg %1 wijzigen</source>
            <translation>Change meeting %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="256" />
            <source>Aangevinkt: wie er bij het vorige %1 was. Vink uit wie er niet is.</source>
            <translation>Ticked: who was at the previous %1. Untick who is not there.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="260" />
            <source>Nog geen vaste deelnemers: voeg de aanwezigen toe met naam en organisatie.</source>
            <translation>No regular members yet: add those present with name and organisation.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="274" />
            <source>Schrijf de tijd als uu:mm, bijvoorbeeld 14:30, of laat het veld leeg.</source>
            <translation>Write the time as hh:mm, for example 14:30, or leave the field empty.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_setup.py" line="320" />
            <source>Op %1 is er al een %2 in dit gebied (%3). Wilt u er echt een tweede overleg bij? Kies ‘Ja, een tweede overleg’, of verander de datum.</source>
            <translation>On %1 there already is a %2 in this area (%3). Do you really want a second meeting? Choose ‘Yes, a second meeting’, or change the date.</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="104" />
            <source>Verslag (&amp;PDF)…</source>
            <translation>&amp;Minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="105" />
            <source>Het verslag van dit overleg als PDF opslaan</source>
            <translation>Save the minutes of this meeting as PDF</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="106" />
            <source>Afspraken&amp;lijst (PDF)…</source>
            <translation>Agreed actions &amp;list (PDF)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="107" />
            <source>Per organisatie wat er vóór het volgende overleg moet gebeuren</source>
            <translation>Per organisation, what has to happen before the next meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="108" />
            <source>Aanwezigen…</source>
            <translation>Attendees…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="110" />
            <source>Wie er is, met naam en organisatie; ook na afloop aan te vullen</source>
            <translation>Who is present, by name and organisation; can be completed afterwards</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="112" />
            <source>Overleg a&amp;fronden</source>
            <translation>&amp;Finish meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="113" />
            <source>Daarna is het verslag definitief</source>
            <translation>After that the minutes are final</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="114" />
            <source>← Te&amp;rug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="115" />
            <source>Het overleg verlaten; alles is opgeslagen</source>
            <translation>Leave the meeting; everything has been saved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="129" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="131" />
            <source>Pijltjes kiezen een casus; Alt+pijl omhoog/omlaag verplaatst die</source>
            <translation>The arrow keys choose a case; Alt+Up/Down arrow moves it</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="135" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="135" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="136" />
            <source>Casus eerder op de agenda (Alt+pijl omhoog)</source>
            <translation>Case earlier on the agenda (Alt+Up arrow)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="137" />
            <source>Casus later op de agenda (Alt+pijl omlaag)</source>
            <translation>Case later on the agenda (Alt+Down arrow)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="138" />
            <source>Cas&amp;us toevoegen…</source>
            <translation>Add ca&amp;se…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="139" />
            <source>Een lopende casus uit dit gebied op de agenda zetten (Alt+U)</source>
            <translation>Put an open case from this area on the agenda (Alt+S)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="140" />
            <source>Van agenda &amp;weghalen</source>
            <translation>Take off a&amp;genda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="142" />
            <source>Alleen voor een casus waarover nog niets is vastgelegd (Alt+W)</source>
            <translation>Only for a case about which nothing has been recorded yet (Alt+G)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="144" />
            <source>◀ Vorige (Shift+F8)</source>
            <translation>◀ Previous (Shift+F8)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="145" />
            <source>Volgende ▶ (F8)</source>
            <translation>Next ▶ (F8)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="146" />
            <source>Opslaan en naar de volgende casus (F8 of Ctrl+PageDown)</source>
            <translation>Save and go to the next case (F8 or Ctrl+PageDown)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="147" />
            <source>Opslaan en naar de vorige casus (Shift+F8 of Ctrl+PageUp)</source>
            <translation>Save and go to the previous case (Shift+F8 or Ctrl+PageUp)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="252" />
            <source>(niet vastgelegd)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="254" />
            <source>Voorzitter: %1 · notulist: %2 · aanwezig: %3 · %4</source>
            <translation>Chair: %1 · minute-taker: %2 · present: %3 · %4</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="280" />
            <source> · afgesloten</source>
            <translation> · closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="297" />
            <source>Agenda: %1 casussen, %2 besproken</source>
            <translation>Agenda: %1 cases, %2 discussed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="353" />
            <source>Dit was de laatste casus op de agenda.</source>
            <translation>This was the last case on the agenda.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="495" />
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="512" />
            <source>Het document is niet gemaakt, omdat de notitie op het scherm niet kon worden opgeslagen.</source>
            <translation>The document was not created, because the note on screen could not be saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="540" />
            <source>Verslag opslaan</source>
            <translation>Save minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="540" />
            <source>Afsprakenlijst opslaan</source>
            <translation>Save list of agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="541" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="549" />
            <source>Opgeslagen: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="558" />
            <source>Aanwezigen %1</source>
            <translation>Present at %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="571" />
            <source>Overleg afronden</source>
            <translation>Finish meeting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="572" />
            <source>Het overleg afronden? Daarna kan het verslag niet meer veranderen.</source>
            <translation>Finish the meeting? After that the minutes can no longer be changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_mode.py" line="582" />
            <source>Het overleg is niet afgerond: %1</source>
            <translation>The meeting was not finished: %1</translation>
        </message>
    </context>
    <context>
        <name>MembersDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="326" />
            <source>Buurten van %1</source>
            <translation>Neighbourhoods of %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="328" />
            <source>Buurten</source>
            <translation>Neighbourhoods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="335" />
            <source>&amp;Buurten (aanvinken met de spatiebalk)</source>
            <translation>&amp;Neighbourhoods (tick with the space bar)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="338" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="339" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MonitoringTexts</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="45" />
            <source>sinds de start t/m %1</source>
            <translation>since the start up to %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="52" />
            <source>%1e kwartaal %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="58" />
            <source>%1e halfjaar %2</source>
            <translation>H%1 %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="68" />
            <source>%1 t/m %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="77" />
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="87" />
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="88" />
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="89" />
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="90" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="91" />
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="92" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="93" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="94" />
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="95" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="96" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="97" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/monitoring_texts.py" line="98" />
            <source>december</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>MyActionsView</name>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="67" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="114" />
            <source>Mijn afspraken</source>
            <translation>My agreed actions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="76" />
            <source>Uw eigen afspraken (waarbij u als persoon staat), of die van een organisatie</source>
            <translation>Your own agreed actions (where you are the person), or those of an organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="78" />
            <source>Afspraken van</source>
            <translation>Agreed actions of</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="80" />
            <source>mij (%1)</source>
            <translation>me (%1)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="87" />
            <source>Afspraken &amp;van</source>
            <translation>Agreed actions &amp;of</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="90" />
            <source>Sorteren op</source>
            <translation>Sort by</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="91" />
            <source>Of klik op de kop van een kolom</source>
            <translation>Or click a column header</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="93" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="105" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="94" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="106" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="95" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="107" />
            <source>Buurt</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="96" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="108" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="97" />
            <location filename="../../casus_app/ui/cases/my_actions.py" line="110" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="100" />
            <source>Sorte&amp;ren op</source>
            <translation>So&amp;rt by</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="104" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="109" />
            <source>Afspraak</source>
            <translation>Agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="115" />
            <source>Alt+D: gedaan; Enter opent de casus; klik op een kop om te sorteren</source>
            <translation>Alt+D: done; Enter opens the case; click a header to sort</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="118" />
            <source>Geen open afspraken. Goed bezig!</source>
            <translation>No open agreed actions. Well done!</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="120" />
            <source>Ge&amp;daan</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="121" />
            <source>De gekozen afspraak is uitgevoerd (Alt+D); ongedaan te maken</source>
            <translation>The chosen agreed action has been carried out (Alt+D); can be undone</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="122" />
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="124" />
            <source>Deadline, organisatie, wie of resultaat van de gekozen afspraak</source>
            <translation>Deadline, organisation, person or result of the chosen agreed action</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="126" />
            <source>S&amp;luimeren…</source>
            <translation>&amp;Snooze…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="128" />
            <source>De gekozen afspraak uit deze lijst tot enkele dagen vóór de deadline</source>
            <translation>Keep the chosen agreed action out of this list until a few days before the deadline</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="130" />
            <source>Casus o&amp;penen</source>
            <translation>O&amp;pen case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="131" />
            <source>De casus van de gekozen afspraak openen (Enter)</source>
            <translation>Open the case of the chosen agreed action (Enter)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="132" />
            <source>← &amp;Terug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="133" />
            <source>Terug naar de casuslijst (Esc)</source>
            <translation>Back to the case list (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="190" />
            <source>TE LAAT</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="191" />
            <source>deze week</source>
            <translation>this week</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="192" />
            <source>later</source>
            <translation>later</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="200" />
            <source>TE LAAT (%1 d)</source>
            <translation>OVERDUE (%1 d)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="207" />
            <source>%1 te laat, %2 deze week, %3 later</source>
            <translation>%1 overdue, %2 this week, %3 later</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="213" />
            <source>%1 sluimerend (verborgen tot kort voor de deadline)</source>
            <translation>%1 snoozed (hidden until shortly before the deadline)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="321" />
            <source>Afspraak %1 van casus %2 gedaan.</source>
            <translation>Agreed action %1 of case %2 done.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/my_actions.py" line="334" />
            <source>Zet eerst de presentatiemodus uit (F11): dit venster toont de tekst van de afspraak.</source>
            <translation>Turn presentation mode off first (F11): this window shows the text of the agreed action.</translation>
        </message>
    </context>
    <context>
        <name>NewItemDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="277" />
            <source>%1: toevoegen</source>
            <translation>%1: add</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="282" />
            <source>leeg: Casus maakt er een van de naam</source>
            <translation>empty: Casus makes one from the name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="283" />
            <source>Letters, cijfers, '_' of '-'; verandert later niet meer</source>
            <translation>Letters, digits, '_' or '-'; never changes later</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="291" />
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="293" />
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="295" />
            <source>&amp;Soort casus</source>
            <translation>Case &amp;type</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="297" />
            <source>&amp;Gebied</source>
            <translation>A&amp;rea</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="299" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="300" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="28" />
            <source>Doorbraakplan maken</source>
            <translation>Create breakthrough plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="31" />
            <source>Casus %1 heeft nog geen doorbraakplan. Het plan begint als concept; de gezinscoach ziet het gezin daarna in 'Mijn gezinnen'.</source>
            <translation>Case %1 has no breakthrough plan yet. The plan starts as a draft; the family coach then sees the family under 'My families'.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="38" />
            <source>naam van de gezinscoach, zoals die zich aanmeldt</source>
            <translation>name of the family coach, as they sign in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="41" />
            <source>Een gezinscoach ziet alleen de gezinnen waarbij zijn of haar naam hier staat.</source>
            <translation>A family coach only sees the families where their name is entered here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="44" />
            <source>Opge&amp;steld op:</source>
            <translation>&amp;Drawn up on:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_new.py" line="45" />
            <source>&amp;Gezinscoach:</source>
            <translation>&amp;Family coach:</translation>
        </message>
    </context>
    <context>
        <name>PageHeader</name>
        <message>
            <location filename="../../casus_app/ui/widgets/page_header.py" line="16" />
            <source>← &amp;Terug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/page_header.py" line="17" />
            <source>Terug naar de casuslijst (Esc)</source>
            <translation>Back to the case list (Esc)</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="169" />
            <source>&amp;Instellen</source>
            <translation>&amp;Set</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="170" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="32" />
            <source>Minstens 10 tekens; een korte zin is sterk en goed te onthouden</source>
            <translation>At least 10 characters; a short sentence is strong and easy to remember</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="36" />
            <source>Typ hetzelfde wachtwoord nog een keer</source>
            <translation>Type the same password again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="40" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="41" />
            <source>&amp;Herhaal wachtwoord</source>
            <translation>Repeat pass&amp;word</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="31" />
            <source>Kwartaal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="32" />
            <source>Halfjaar</source>
            <translation>Half-year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="33" />
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="46" />
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="34" />
            <source>Van datum tot datum</source>
            <translation>From date to date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="35" />
            <source>Sinds de start</source>
            <translation>Since the start</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="38" />
            <source>Tel over een kwartaal, een half jaar, een heel jaar, van datum tot datum of alles sinds de start tot en met een datum</source>
            <translation>Count over a quarter, a half year, a whole year, from date to date, or everything since the start up to and including a date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="42" />
            <source>Soort periode</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="45" />
            <source>Het jaar van de periode</source>
            <translation>The year of the period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="48" />
            <source>Welk kwartaal of welk halfjaar</source>
            <translation>Which quarter or which half-year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="49" />
            <source>Deel van het jaar</source>
            <translation>Part of the year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="51" />
            <source>De eerste dag van de periode</source>
            <translation>The first day of the period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="52" />
            <source>Vanaf</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="53" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="55" />
            <source>De laatste dag van de periode; voorraden worden op deze dag geteld</source>
            <translation>The last day of the period; stocks are counted on this day</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="56" />
            <source>Tot en met</source>
            <translation>Up to and including</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="60" />
            <source>&amp;Periode</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="156" />
            <source>%1e kwartaal</source>
            <translation>Quarter %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_period.py" line="159" />
            <source>%1e halfjaar</source>
            <translation>Half-year %1</translation>
        </message>
    </context>
    <context>
        <name>PhoneDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/profile.py" line="39" />
            <source>bijvoorbeeld 06-12345678</source>
            <translation>for example 06-12345678</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/profile.py" line="40" />
            <source>Een Nederlands nummer; leeg laten haalt het nummer weg</source>
            <translation>A Dutch number; leaving it empty removes the number</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/profile.py" line="42" />
            <source>&amp;Telefoonnummer:</source>
            <translation>&amp;Phone number:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/profile.py" line="51" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/profile.py" line="52" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PlanCostsTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="82" />
            <source>Wat kost het om door te gaan zoals nu (doormodderen), en wat kost het als de doorbraak er komt (doorbreken)? De bedragen komen uit de tabbladen Hulpverleners en Doorbraken.</source>
            <translation>What does it cost to carry on as now (muddling through), and what does it cost if the breakthrough comes (breaking through)? The amounts come from the Support providers and Breakthroughs tabs.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="86" />
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="186" />
            <source>Doormodderen</source>
            <translation>Muddling through</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="86" />
            <source>per jaar: alle hulp van nu bij elkaar</source>
            <translation>per year: all current support added up</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="88" />
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="187" />
            <source>Doorbreken</source>
            <translation>Breaking through</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="88" />
            <source>per jaar: de hulp die na de doorbraak nog nodig is</source>
            <translation>per year: the support still needed after the breakthrough</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="90" />
            <source>Besparing per jaar</source>
            <translation>Savings per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="90" />
            <source>doormodderen min doorbreken, per jaar</source>
            <translation>muddling through minus breaking through, per year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="92" />
            <source>Terugverdientijd</source>
            <translation>Payback period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="92" />
            <source>zo lang duurt het tot de eenmalige kosten terug zijn</source>
            <translation>how long it takes to recover the one-off costs</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="101" />
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="104" />
            <source>Over hoeveel jaar doormodderen en doorbreken worden vergeleken (wordt meteen opgeslagen)</source>
            <translation>Over how many years muddling through and breaking through are compared (saved at once)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="109" />
            <source>Vergelijken over &amp;jaren:</source>
            <translation>Compare over &amp;years:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="119" />
            <source>Wie betaalt en wie bespaart</source>
            <translation>Who pays and who saves</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="130" />
            <source>Uitgangspunten</source>
            <translation>Assumptions</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="158" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="164" />
            <source>plus %1</source>
            <translation>plus %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="168" />
            <source>eenmalige kosten: %1</source>
            <translation>one-off costs: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="172" />
            <source>1 jaar</source>
            <translation>1 year</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="172" />
            <source>%1 jaar</source>
            <translation>%1 years</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="174" />
            <source>In %1: doormodderen %2 · doorbreken %3 · besparing %4</source>
            <translation>In %1: muddling through %2 · breaking through %3 · saving %4</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="181" />
            <source>Wie betaalt en wie bespaart, over %1</source>
            <translation>Who pays and who saves, over %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="185" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_costs.py" line="188" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="76" />
            <source>← &amp;Terug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="77" />
            <source>Terug naar het vorige scherm (Esc)</source>
            <translation>Back to the previous screen (Esc)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="82" />
            <source>O&amp;ns plan (pdf)…</source>
            <translation>&amp;Our plan (pdf)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="84" />
            <source>Het plan voor het gezin zelf: in gewone woorden, zonder bedragen</source>
            <translation>The plan for the family themselves: in plain words, without amounts</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="87" />
            <source>Besl&amp;uitnotitie (pdf)…</source>
            <translation>Decision &amp;memo (pdf)…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="89" />
            <source>Voor wie besluit: de doorbraak, grondslag, mandaat en doormodderen versus doorbreken</source>
            <translation>For whoever decides: the breakthrough, legal basis, mandate and muddling through versus breaking through</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="123" />
            <source>&amp;1 Plan</source>
            <translation>&amp;1 Plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="124" />
            <source>&amp;2 Knelpunten</source>
            <translation>&amp;2 Bottlenecks</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="125" />
            <source>&amp;3 Hulpverleners</source>
            <translation>&amp;3 Support providers</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="126" />
            <source>&amp;4 Doorbraken</source>
            <translation>&amp;4 Breakthroughs</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="127" />
            <source>&amp;5 Kosten</source>
            <translation>&amp;5 Costs</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="128" />
            <source>&amp;6 Voortgang</source>
            <translation>&amp;6 Progress</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="129" />
            <source>&amp;7 Evaluatie</source>
            <translation>&amp;7 Evaluation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="130" />
            <source>&amp;8 Contacten</source>
            <translation>&amp;8 Contacts</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="151" />
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="164" />
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="290" />
            <source>Doorbraakplan</source>
            <translation>Breakthrough plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="204" />
            <source>Doorbraakplan %1</source>
            <translation>Breakthrough plan %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="206" />
            <source>(geen betrokkenen)</source>
            <translation>(no people involved)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="208" />
            <source>Doorbraakplan %1 · %2</source>
            <translation>Breakthrough plan %1 · %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="214" />
            <source>opgesteld %1</source>
            <translation>drawn up %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="215" />
            <source>gezinscoach %1</source>
            <translation>family coach %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="215" />
            <source>(niemand)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="217" />
            <source>casus afgesloten</source>
            <translation>case closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="244" />
            <source>Status: </source>
            <translation>Status: </translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="246" />
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="259" />
            <source>Zet het plan op '%1'</source>
            <translation>Set the plan to '%1'</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="266" />
            <source>Voor '%1' nog nodig: </source>
            <translation>Still needed for '%1': </translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="304" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="305" />
            <source>U heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
            <translation>You have changes that have not been saved yet. Save them?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="329" />
            <source>Ons plan</source>
            <translation>Our plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="331" />
            <source>'Ons plan' is voor het gezin: zonder bedragen en zonder vaktaal. Let op:

%1

Toch opslaan?</source>
            <translation>'Our plan' is for the family: without amounts and without jargon. Note:

%1

Save anyway?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="338" />
            <source>Ons plan %1.pdf</source>
            <translation>Our plan %1.pdf</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="338" />
            <source>Ons plan opslaan</source>
            <translation>Save our plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="341" />
            <source>Besluitnotitie %1.pdf</source>
            <translation>Decision memo %1.pdf</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="341" />
            <source>Besluitnotitie opslaan</source>
            <translation>Save decision memo</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="347" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="358" />
            <source>Het bestand is niet opgeslagen: %1</source>
            <translation>The file has not been saved: %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_editor.py" line="361" />
            <source>Opgeslagen: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanFormDialog</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_form.py" line="57" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_form.py" line="58" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="15" />
            <source>nog geen plan</source>
            <translation>no plan yet</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="25" />
            <source>Terug naar concept</source>
            <translation>Back to draft</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="26" />
            <source>Terug naar besloten</source>
            <translation>Back to decided</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="30" />
            <source>Ter besluit voorleggen</source>
            <translation>Submit for decision</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="31" />
            <source>Besluit is genomen</source>
            <translation>Decision has been taken</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="32" />
            <source>Gerealiseerd</source>
            <translation>Realised</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="33" />
            <source>Niet gerealiseerd</source>
            <translation>Not realised</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="34" />
            <source>Evaluatie afronden</source>
            <translation>Complete evaluation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="49" />
            <source>1 – acuut probleem</source>
            <translation>1 – acute problem</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="50" />
            <source>2 – niet zelfredzaam</source>
            <translation>2 – not self-reliant</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="51" />
            <source>3 – beperkt zelfredzaam</source>
            <translation>3 – somewhat self-reliant</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="52" />
            <source>4 – voldoende zelfredzaam</source>
            <translation>4 – sufficiently self-reliant</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="53" />
            <source>5 – volledig zelfredzaam</source>
            <translation>5 – fully self-reliant</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="60" />
            <source>nog niet beoordeeld</source>
            <translation>not yet assessed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="62" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="64" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_labels.py" line="69" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>PlanProgressTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="40" />
            <source>Scores per leefgebied (zelfredzaamheid) door de tijd</source>
            <translation>Scores per life domain (self-sufficiency) over time</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="43" />
            <source>Eerste en laatste meting per leefgebied (zelfredzaamheid)</source>
            <translation>First and latest measurement per life domain (self-sufficiency)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="46" />
            <source>Door de tijd (1 = acuut probleem, 5 = volledig zelfredzaam)</source>
            <translation>Over time (1 = acute problem, 5 = fully self-reliant)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="48" />
            <source>Eerste tegen laatste meting</source>
            <translation>First versus last measurement</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="56" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="56" />
            <source>Leefgebied (zelfredzaamheid)</source>
            <translation>Life domain (self-sufficiency)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="56" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="63" />
            <source>Metingen</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="70" />
            <source>Meting toe&amp;voegen…</source>
            <translation>&amp;Add measurement…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="71" />
            <source>Scores van vandaag (of een andere dag) vastleggen</source>
            <translation>Record scores for today (or another day)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="73" />
            <source>Score ver&amp;wijderen</source>
            <translation>&amp;Delete score</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="123" />
            <source>Score verwijderen</source>
            <translation>Delete score</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_progress.py" line="124" />
            <source>Deze score verwijderen?</source>
            <translation>Delete this score?</translation>
        </message>
    </context>
    <context>
        <name>PlanTextTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="103" />
            <source>De dag waarop het plan met het gezin is opgesteld</source>
            <translation>The day the plan was drawn up with the family</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="107" />
            <source>De gezinscoach ziet dit gezin in 'Mijn gezinnen' zolang zijn of haar naam hier staat.</source>
            <translation>The family coach sees this family under 'My families' as long as their name is entered here.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="110" />
            <source>In de woorden van het gezin: waar willen zij over een jaar staan?</source>
            <translation>In the family’s own words: where do they want to be in a year?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="111" />
            <source>Het perspectief van het gezin, zo letterlijk mogelijk. Het komt zo in 'Ons plan'.</source>
            <translation>The family’s perspective, as literally as possible. It goes into 'Our plan' as written.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="114" />
            <source>Wat kan het gezin zelf, en wat pakken zij zelf op?</source>
            <translation>What can the family do themselves, and what will they take on?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="115" />
            <source>Eigen kracht: wat het gezin zelf doet en wat het nodig heeft.</source>
            <translation>Own strength: what the family does itself and what it needs.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="118" />
            <source>De eerstvolgende concrete stap, met wie en wanneer</source>
            <translation>The next concrete step, with whom and when</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="120" />
            <source>Opge&amp;steld op:</source>
            <translation>&amp;Drawn up on:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="121" />
            <source>Ge&amp;zinscoach:</source>
            <translation>&amp;Family coach:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="122" />
            <source>&amp;Perspectief:</source>
            <translation>&amp;Perspective:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="123" />
            <source>&amp;Wat het gezin zelf doet:</source>
            <translation>&amp;What the family does itself:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="124" />
            <source>&amp;Volgende stap:</source>
            <translation>&amp;Next step:</translation>
        </message>
    </context>
    <context>
        <name>PresentationBanner</name>
        <message>
            <location filename="../../casus_app/ui/shell/presentation.py" line="128" />
            <source>PRESENTATIEMODUS – namen, geboortedatums en huisnummers zijn verborgen (%1 zet dit uit)</source>
            <translation>PRESENTATION MODE – names, dates of birth and house numbers are hidden (%1 turns this off)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/shell/presentation.py" line="131" />
            <source>Presentatiemodus staat aan</source>
            <translation>Presentation mode is on</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="124" />
            <location filename="../../casus_app/ui/cases/case_close.py" line="138" />
            <source>Casus heropenen</source>
            <translation>Reopen case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/cases/case_close.py" line="125" />
            <source>Casus %1 heropenen? De afsluitreden, het resultaat en de verwijzing worden gewist.</source>
            <translation>Reopen case %1? The reason for closing, the result and the referral will be cleared.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="41" />
            <source>Casus – herstelsleutel gebruiken</source>
            <translation>Casus – use the recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="44" />
            <source>Herstelsleutel gebruiken</source>
            <translation>Use the recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="48" />
            <source>Kan geen enkele beheerder zich meer aanmelden? Met de herstelsleutel van dit register krijgt een beheerder een nieuw wachtwoord. Dit komt in het auditlog.</source>
            <translation>Can no administrator sign in any more? With this register's recovery key an administrator gets a new password. This is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="58" />
            <source>De 32 tekens van het papier; spaties en streepjes mogen</source>
            <translation>The 32 characters from the paper; spaces and dashes are fine</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="60" />
            <source>De gebruikersnaam van een beheerder van dit register</source>
            <translation>The user name of an administrator of this register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="66" />
            <source>&amp;Herstelsleutel</source>
            <translation>&amp;Recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="67" />
            <source>&amp;Beheerder</source>
            <translation>&amp;Administrator</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="68" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="69" />
            <source>Nog &amp;eens</source>
            <translation>&amp;Again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="72" />
            <source>Minstens %1 tekens en niet makkelijk te raden; een zin van een paar woorden is sterk.</source>
            <translation>At least %1 characters and not easy to guess; a sentence of a few words is strong.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="86" />
            <location filename="../../casus_app/ui/session/recovery_login.py" line="146" />
            <source>Wachtwoord &amp;instellen</source>
            <translation>&amp;Set password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="89" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="109" />
            <source>Vul de herstelsleutel in.</source>
            <translation>Enter the recovery key.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="111" />
            <source>Vul de gebruikersnaam van een beheerder in.</source>
            <translation>Enter the user name of an administrator.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="113" />
            <source>Kies een nieuw wachtwoord.</source>
            <translation>Choose a new password.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="115" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_login.py" line="146" />
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="32" />
            <source>Casus – herstelsleutel</source>
            <translation>Casus – recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="35" />
            <source>Schrijf uw herstelsleutel op</source>
            <translation>Write down your recovery key</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="39" />
            <source>Met deze herstelsleutel opent u het register als alle wachtwoorden kwijt zijn. Casus toont hem maar één keer en kan hem later niet opnieuw laten zien.

Schrijf hem op papier en bewaar dat op een veilige plek, niet bij de computer. Wie de sleutel heeft, kan alle gegevens in het register lezen.</source>
            <translation>With this recovery key you can open the register if all passwords are lost. Casus shows it only once and cannot show it again later.

Write it on paper and keep that in a safe place, not near the computer. Anyone who has the key can read all data in the register.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="50" />
            <source>De herstelsleutel; u kunt hem selecteren en kopiëren</source>
            <translation>The recovery key; you can select and copy it</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="61" />
            <source>De laatste vier tekens van de herstelsleutel, van uw papier</source>
            <translation>The last four characters of the recovery key, from your paper</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="62" />
            <source>Typ ter controle de &amp;laatste vier tekens over van wat u opschreef:</source>
            <translation>To check, type the &amp;last four characters of what you wrote down:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="73" />
            <source>Verder</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="76" />
            <source>&amp;Afdrukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="79" />
            <source>Op papier, rechtstreeks naar een printer (nooit naar een bestand)</source>
            <translation>On paper, straight to a printer (never to a file)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="102" />
            <source>Dat zijn niet de laatste vier tekens. Kijk op uw papier.</source>
            <translation>Those are not the last four characters. Look at your paper.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="111" />
            <source>&lt;h2&gt;Herstelsleutel van Casus&lt;/h2&gt;&lt;p&gt;Register: %1&lt;br&gt;Gemaakt op: %2&lt;/p&gt;&lt;p style='font-size:20pt; font-family:monospace'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Met deze sleutel opent u het register als alle wachtwoorden kwijt zijn: aanmeldscherm, Herstelsleutel gebruiken. Bewaar dit papier op een veilige plek, niet bij de computer. Wie het heeft, kan alle gegevens in het register lezen.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Casus recovery key&lt;/h2&gt;&lt;p&gt;Register: %1&lt;br&gt;Made on: %2&lt;/p&gt;&lt;p style='font-size:20pt; font-family:monospace'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This key opens the register when all passwords are lost: sign-in screen, Use recovery key. Keep this paper in a safe place, not near the computer. Whoever holds it can read all data in the register.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/session/recovery_key.py" line="132" />
            <source>Afdrukken naar een bestand kan niet: kies een printer.</source>
            <translation>Printing to a file is not possible: choose a printer.</translation>
        </message>
    </context>
    <context>
        <name>ReferenceListsDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="49" />
            <source>Casus – referentielijsten</source>
            <translation>Casus – reference lists</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="51" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="52" />
            <source>Gebieden</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="53" />
            <source>Buurten</source>
            <translation>Neighbourhoods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="54" />
            <source>Focusbuurten</source>
            <translation>Focus neighbourhoods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="55" />
            <source>Categorieën</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="56" />
            <source>Afsluitredenen</source>
            <translation>Closing reasons</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="57" />
            <source>Doorbraaktypen</source>
            <translation>Breakthrough types</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="58" />
            <source>Interventietypen</source>
            <translation>Intervention types</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="62" />
            <source>Wat buiten gebruik is, blijft staan bij de casussen, afspraken en plannen die het al hebben en telt mee in filters en tellingen, maar wordt niet meer aangeboden. Alleen wat nergens gebruikt wordt, kan weg. De code blijft altijd gelijk: die gebruiken exportbestanden.</source>
            <translation>What is retired stays with the cases, agreements and plans that already have it and counts in filters and counts, but is no longer offered. Only what is used nowhere can be deleted. The code never changes: export files use it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="71" />
            <source>&amp;Lijst</source>
            <translation>&amp;List</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="75" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="75" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="75" />
            <source>Hoort bij</source>
            <translation>Belongs to</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="75" />
            <source>In gebruik</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="75" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="77" />
            <source>Items van de lijst</source>
            <translation>Items of the list</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="84" />
            <source>&amp;Toevoegen…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="85" />
            <source>&amp;Naam wijzigen…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="86" />
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="188" />
            <source>&amp;Buiten gebruik</source>
            <translation>Ret&amp;ire</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="88" />
            <source>Niet meer aanbieden; blijft bij wat het al gebruikt. Terug te draaien.</source>
            <translation>No longer offer it; stays with what already uses it. Can be undone.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="90" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="91" />
            <source>Alleen wat nergens gebruikt wordt, bijvoorbeeld een tikfout</source>
            <translation>Only what is used nowhere, a typo for instance</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="92" />
            <source>B&amp;uurten…</source>
            <translation>Neighbo&amp;urhoods…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="93" />
            <source>Kies de buurten die bij deze focusbuurt horen</source>
            <translation>Choose the neighbourhoods that belong to this focus neighbourhood</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="116" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="159" />
            <source>buiten gebruik</source>
            <translation>retired</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="159" />
            <source>in gebruik</source>
            <translation>in use</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="188" />
            <source>Weer in &amp;gebruik</source>
            <translation>Back in &amp;use</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="223" />
            <source>Naam wijzigen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="223" />
            <source>Nieuwe naam:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="254" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="255" />
            <source>'%1' voorgoed uit de lijst verwijderen? Het wordt nergens gebruikt.</source>
            <translation>Delete '%1' from the list for good? It is used nowhere.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="261" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/reference_lists.py" line="262" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReleaseLedgerDialog</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="32" />
            <source>Casus – uitgebrachte exports</source>
            <translation>Casus – released exports</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="35" />
            <source>Elke monitoringexport wordt vastgelegd. Een periode die al is uitgebracht, krijgt bij een nieuwe export dezelfde k en dezelfde getallen; een overlappende periode wordt samen met de eerdere exports beschermd.</source>
            <translation>Every monitoring export is recorded. A period already released gets the same k and the same numbers when exported again; an overlapping period is protected together with the earlier exports.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="44" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="45" />
            <source>Uitgebracht op</source>
            <translation>Released on</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="46" />
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="47" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="48" />
            <source>Formaat</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="49" />
            <source>Gegevens</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="58" />
            <source>Uitgebrachte exports</source>
            <translation>Released exports</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="59" />
            <source>&amp;Uitgebrachte exports, nieuwste eerst</source>
            <translation>&amp;Released exports, newest first</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="61" />
            <source>Er is nog geen monitoringexport uitgebracht.</source>
            <translation>No monitoring export has been released yet.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="69" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="93" />
            <source>%1 om %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="97" />
            <source>gewijzigd sinds de eerste export</source>
            <translation>changed since the first export</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/release_dialog.py" line="97" />
            <source>ongewijzigd</source>
            <translation>unchanged</translation>
        </message>
    </context>
    <context>
        <name>RestoreFlow</name>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="47" />
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="56" />
            <source>Er is niets teruggezet.</source>
            <translation>Nothing was restored.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="69" />
            <source>De back-up wordt gecontroleerd en teruggezet…</source>
            <translation>Checking and restoring the backup…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="75" />
            <source>Casus – back-up terugzetten</source>
            <translation>Casus – restore backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="101" />
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="115" />
            <source>Back-up terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="102" />
            <source>Let op bij het terugzetten:</source>
            <translation>Please note when restoring:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="106" />
            <source>Toch terugzetten?</source>
            <translation>Restore anyway?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/restore_flow.py" line="118" />
            <source>Wachtwoord van toen of herstelsleutel:</source>
            <translation>The password of then, or the recovery key:</translation>
        </message>
    </context>
    <context>
        <name>RetentionView</name>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="48" />
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="51" />
            <source>Het convenant bepaalt hoe lang casussen na afsluiting bewaard blijven; er is geen landelijke termijn. Vul per soort de termijn uit het convenant in. Zolang een termijn ontbreekt, verwijdert Casus van die soort niets en herinnert Casus u eraan.</source>
            <translation>The covenant determines how long cases are kept after closing; there is no national period. Enter the period from the covenant for each kind. As long as a period is missing, Casus deletes nothing of that kind and reminds you about it.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="58" />
            <source>Termijn na de afsluitdatum</source>
            <translation>Period after the closing date</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="64" />
            <source>niet ingesteld</source>
            <translation>not set</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="65" />
            <source> maanden</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="67" />
            <source>Aantal maanden na de afsluitdatum; 24 maanden is 2 jaar</source>
            <translation>Number of months after the closing date; 24 months is 2 years</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="70" />
            <source>Termijnen op&amp;slaan</source>
            <translation>&amp;Save periods</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="72" />
            <source>De termijnen gelden voor het hele register; de wijziging komt in het auditlog</source>
            <translation>The periods apply to the whole register; the change is recorded in the audit log</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="82" />
            <source>Casus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="83" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="84" />
            <source>Gebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="85" />
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="86" />
            <source>Termijn verstreken</source>
            <translation>Period expired</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="87" />
            <source>Betrokkenen</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="94" />
            <source>Casussen over de bewaartermijn</source>
            <translation>Cases past the retention period</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="97" />
            <source>Vink elke casus aan die weg mag; een casus zonder vinkje blijft, bijvoorbeeld bij een lopende procedure</source>
            <translation>Tick every case that may be deleted; a case without a tick stays, for example during ongoing proceedings</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="104" />
            <source>&amp;Alles aanvinken</source>
            <translation>Tick &amp;all</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="105" />
            <source>&amp;Niets aanvinken</source>
            <translation>Tick &amp;none</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="106" />
            <source>Aangevinkte casussen &amp;verwijderen…</source>
            <translation>&amp;Delete ticked cases…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="108" />
            <source>Voorgoed: de casus met betrokkenen, afspraken, besprekingen en plan</source>
            <translation>Permanently: the case with people involved, agreed actions, discussions and plan</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="113" />
            <source>De monitoringcijfers blijven gelijk: Casus bewaart van een verwijderde casus alleen anonieme telgegevens (data, gebied, buurt, soort, categorie en afsluitreden), zonder namen, adressen of vrije tekst.</source>
            <translation>The monitoring figures stay the same: of a deleted case Casus keeps only anonymous counting data (dates, area, neighbourhood, kind, category and closing reason), without names, addresses or free text.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="137" />
            <source>Over de termijn: beoordelen en verwijderen</source>
            <translation>Past the period: review and delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="187" />
            <source>Er zijn geen afgesloten casussen over de bewaartermijn.</source>
            <translation>There are no closed cases past the retention period.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="189" />
            <source>1 afgesloten casus is over de bewaartermijn.</source>
            <translation>1 closed case is past the retention period.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="191" />
            <source>%1 afgesloten casussen zijn over de bewaartermijn.</source>
            <translation>%1 closed cases are past the retention period.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="195" />
            <source>Nog niet ingesteld: %1; daarvan wordt niets verwijderd.</source>
            <translation>Not set yet: %1; nothing of these is deleted.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="233" />
            <source>%1 casussen &amp;verwijderen…</source>
            <translation>&amp;Delete %1 cases…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="235" />
            <source>1 casus &amp;verwijderen…</source>
            <translation>&amp;Delete 1 case…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="253" />
            <source>De termijnen zijn opgeslagen.</source>
            <translation>The periods have been saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="254" />
            <source>Een ingestelde termijn kunt u wijzigen, niet wissen.</source>
            <translation>A period that has been set can be changed, not cleared.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="265" />
            <source>Bezig met verwijderen…</source>
            <translation>Deleting…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="271" />
            <source>Voorgoed verwijderen</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="275" />
            <source>%1 casussen worden voorgoed verwijderd, met hun betrokkenen, afspraken, besprekingen en plannen. Dit kan niet ongedaan worden gemaakt. Het auditlog houdt alleen bij dat u %1 casussen verwijderde. De monitoringcijfers blijven gelijk: alleen anonieme telgegevens blijven bewaard.</source>
            <translation>%1 cases will be deleted permanently, with their people involved, agreed actions, discussions and plans. This cannot be undone. The audit log only records that you deleted %1 cases. The monitoring figures stay the same: only anonymous counting data is kept.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="280" />
            <source>Voorgoed &amp;verwijderen</source>
            <translation>&amp;Delete permanently</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="281" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/privacy/retention.py" line="289" />
            <source>Verwijderd: %1 casussen met %2 betrokkenen, %3 afspraken en %4 besprekingen.</source>
            <translation>Deleted: %1 cases with %2 people involved, %3 agreed actions and %4 discussions.</translation>
        </message>
    </context>
    <context>
        <name>RevealButton</name>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="198" />
            <source>Tekst tonen</source>
            <translation>Show text</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="201" />
            <source>De tekst in deze lijst tonen (wordt vastgelegd); namen, adressen en geboortedatums van betrokkenen blijven verborgen</source>
            <translation>Show the text in this list (recorded); names, addresses and dates of birth of the persons involved stay hidden</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/hidden_text.py" line="218" />
            <source>(verborgen)</source>
            <translation>(hidden)</translation>
        </message>
    </context>
    <context>
        <name>ScoreComparisonChart</name>
        <message>
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="344" />
            <source>eerste meting</source>
            <translation>first measurement</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="344" />
            <source>laatste meting</source>
            <translation>last measurement</translation>
        </message>
    </context>
    <context>
        <name>ScoreHistoryChart</name>
        <message>
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="303" />
            <source>Gemeten op %1</source>
            <translation>Measured on %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="305" />
            <source>Van %1 tot %2 · het getal rechts is de laatste score</source>
            <translation>From %1 to %2 · the number on the right is the latest score</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_trend.py" line="34" />
            <source>Trend per kwartaal</source>
            <translation>Trend per quarter</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/monitoring/coordinator_trend.py" line="45" />
            <source>Totaal over alle gebieden per kwartaal. x = geheim, – = niet getoond.</source>
            <translation>Total over all areas per quarter. x = confidential, – = not shown.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../casus_app/ui/widgets/undo_bar.py" line="32" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/widgets/undo_bar.py" line="33" />
            <source>Zet de afspraak weer open (Ctrl+Z)</source>
            <translation>Opens the afspraak again (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="70" />
            <source>Nieuwe gebruiker</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="70" />
            <source>Rol en gebieden</source>
            <translation>Role and areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="74" />
            <source>De naam waarmee iemand zich aanmeldt, bijvoorbeeld j.jansen</source>
            <translation>The name someone signs in with, for example j.jansen</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="77" />
            <source>Zoals de naam in Casus getoond wordt (mag leeg blijven)</source>
            <translation>The name as Casus shows it (may be left empty)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="79" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="82" />
            <source>Namens welke partner deze gebruiker werkt</source>
            <translation>The partner on whose behalf this user works</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="88" />
            <source>Beheerder: alles. Professional: casussen in de eigen gebieden. Gezinscoach: de eigen gezinnen. Coördinator: alleen geanonimiseerde aantallen.</source>
            <translation>Administrator: everything. Professional: cases in their own areas. Family coach: their own families. Coordinator: only anonymised counts.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="96" />
            <source>Casussen in %1 zien en bewerken</source>
            <translation>View and edit cases in %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="103" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="104" />
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="105" />
            <source>&amp;Organisatie</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="109" />
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="114" />
            <source>&amp;Rol</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="115" />
            <source>Gebieden</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="123" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="123" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="124" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="32" />
            <source>Minstens 10 tekens; een korte zin is sterk en goed te onthouden</source>
            <translation>At least 10 characters; a short sentence is strong and easy to remember</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="36" />
            <source>Typ hetzelfde wachtwoord nog een keer</source>
            <translation>Type the same password again</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="40" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/user_edit.py" line="41" />
            <source>&amp;Herhaal wachtwoord</source>
            <translation>Repeat pass&amp;word</translation>
        </message>
    </context>
    <context>
        <name>UsersAdminView</name>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="56" />
            <source>Gebruikers en rollen</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="59" />
            <source>Wie Casus mag gebruiken, met welke rol en in welke gebieden. Elke wijziging komt in het auditlog.</source>
            <translation>Who may use Casus, with which role and in which areas. Every change is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="68" />
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="69" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="70" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="71" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="72" />
            <source>Gebieden</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="73" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="74" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="83" />
            <source>Gebruikers</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="91" />
            <source>To&amp;evoegen…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="91" />
            <source>Een nieuwe gebruiker met een eigen wachtwoord</source>
            <translation>A new user with their own password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="94" />
            <source>&amp;Rol en gebieden…</source>
            <translation>&amp;Role and areas…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="95" />
            <source>Rol en gebieden van de gekozen gebruiker wijzigen</source>
            <translation>Change the role and areas of the chosen user</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="99" />
            <source>&amp;Wachtwoord opnieuw…</source>
            <translation>New &amp;password…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="100" />
            <source>Een nieuw wachtwoord geven; het oude werkt meteen niet meer</source>
            <translation>Give a new password; the old one stops working at once</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="104" />
            <source>Tele&amp;foon…</source>
            <translation>P&amp;hone…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="105" />
            <source>Het telefoonnummer van de gekozen gebruiker, dat 'Ons plan' noemt</source>
            <translation>The chosen user's phone number, which 'Our plan' shows</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="109" />
            <location filename="../../casus_app/ui/admin/users_admin.py" line="355" />
            <source>&amp;Deactiveren</source>
            <translation>Deac&amp;tivate</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="110" />
            <source>Tijdelijk geen toegang (bijvoorbeeld bij verlof); terug te draaien</source>
            <translation>Temporarily no access (for example during leave); can be reversed</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="114" />
            <source>Her&amp;activeren…</source>
            <translation>Reacti&amp;vate…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="115" />
            <source>Weer toegang geven, met een nieuw wachtwoord</source>
            <translation>Give access again, with a new password</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="119" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="120" />
            <source>Voorgoed geen toegang en een nieuwe databasesleutel (bij vertrek)</source>
            <translation>No access ever again and a new database key (when someone leaves)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="175" />
            <source>Automatisch vergrendelen</source>
            <translation>Lock automatically</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="178" />
            <source> minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="180" />
            <source>Vergrendelen na</source>
            <translation>Lock after</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="182" />
            <source>Casus vergrendelt zich als zo lang niemand iets doet, op elke werkplek</source>
            <translation>Casus locks itself when nobody does anything for this long, on every workstation</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="184" />
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="185" />
            <source>De nieuwe tijd geldt voor iedereen die dit register opent</source>
            <translation>The new time applies to everyone who opens this register</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="187" />
            <source>Vergrendelen &amp;na geen gebruik:</source>
            <translation>&amp;Lock after inactivity:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="200" />
            <source>Herstelsleutel: als geen beheerder meer kan aanmelden</source>
            <translation>Recovery key: if no administrator can sign in any more</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="203" />
            <source>1. De herstelsleutel (32 tekens) is één keer getoond toen het register werd gemaakt. Bewaar hem op papier, in een verzegelde envelop in een kluis, nooit op deze computer.
2. Nodig? Open de envelop met twee mensen en leg vast wie, wanneer en waarom.
3. Met de herstelsleutel krijgt een beheerder een nieuw wachtwoord; dit komt in het auditlog.
4. Daarna: een nieuwe envelop met dezelfde sleutel, weer in de kluis.</source>
            <translation>1. The recovery key (32 characters) was shown once when the register was created. Keep it on paper, in a sealed envelope in a safe, never on this computer.
2. Needed? Open the envelope with two people present and record who, when and why.
3. With the recovery key an administrator gets a new password; this is recorded in the audit log.
4. Afterwards: a new envelope with the same key, back in the safe.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="221" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="222" />
            <source>gedeactiveerd</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="223" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="288" />
            <source>%1 is toegevoegd.</source>
            <translation>%1 has been added.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="302" />
            <source>Rol en gebieden van %1 zijn gewijzigd.</source>
            <translation>The role and areas of %1 have been changed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="311" />
            <source>Nieuw wachtwoord voor %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="313" />
            <source>%1 krijgt een nieuwe sleutel met dit wachtwoord; het oude wachtwoord werkt daarna niet meer. Geef het nieuwe wachtwoord persoonlijk door, niet per e-mail.</source>
            <translation>%1 gets a new key with this password; the old password then stops working. Pass the new password on in person, not by e-mail.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="323" />
            <source>%1 heeft een nieuw wachtwoord; het oude werkt niet meer.</source>
            <translation>%1 has a new password; the old one no longer works.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="332" />
            <source>Telefoonnummer van %1</source>
            <translation>Phone number of %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="334" />
            <source>Op dit nummer bereikt een gezin %1: 'Ons plan' noemt het bij de gezinscoach. Leeg laten haalt het nummer weg.</source>
            <translation>On this number a family reaches %1: 'Our plan' shows it with the family coach. Leaving it empty removes the number.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="345" />
            <source>Het telefoonnummer van %1 is opgeslagen.</source>
            <translation>The phone number of %1 has been saved.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="352" />
            <source>%1 kan daarna niet meer aanmelden tot u de gebruiker heractiveert (met een nieuw wachtwoord). Doorgaan?</source>
            <translation>%1 will then be unable to sign in until you reactivate the user (with a new password). Continue?</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="355" />
            <source>Deactiveren</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="359" />
            <source>%1 is gedeactiveerd.</source>
            <translation>%1 has been deactivated.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="368" />
            <source>%1 heractiveren</source>
            <translation>Reactivate %1</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="369" />
            <source>Geef %1 een nieuw wachtwoord; daarmee kan de gebruiker weer aanmelden.</source>
            <translation>Give %1 a new password; with it the user can sign in again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="379" />
            <source>%1 kan weer aanmelden.</source>
            <translation>%1 can sign in again.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="388" />
            <source>%1 voorgoed verwijderen? Casus maakt daarna een nieuwe databasesleutel, zodat ook een oude kopie van het sleutelbestand niets meer opent. Dat kan bij een groot register even duren. Wat %1 deed, blijft in het auditlog.</source>
            <translation>Delete %1 permanently? Casus then creates a new database key, so that even an old copy of the key file can no longer open anything. With a large register this may take a while. What %1 did stays in the audit log.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="392" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="392" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="396" />
            <source>%1 is verwijderd en de databasesleutel is vernieuwd.</source>
            <translation>%1 has been deleted and the database key has been renewed.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="408" />
            <source>Casus vergrendelt zich voortaan na %1 minuten zonder gebruik.</source>
            <translation>From now on Casus locks itself after %1 minutes of inactivity.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="418" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/admin/users_admin.py" line="426" />
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>WaitingBox</name>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="42" />
            <source>Wachtend</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="45" />
            <source>Casussen die op de agenda horen maar niet meer pasten, de meest dringende eerst; Enter of Alt+Z zet de gekozen casus op de agenda</source>
            <translation>Cases that belong on the agenda but no longer fitted, the most urgent first; Enter or Alt+K puts the chosen case on the agenda</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="51" />
            <source>Op de agenda &amp;zetten</source>
            <translation>Ta&amp;ke in</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="53" />
            <source>De gekozen wachtende casus achteraan op de agenda zetten (Alt+Z)</source>
            <translation>Put the chosen waiting case at the end of the agenda (Alt+K)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="58" />
            <source>Agendagrootte</source>
            <translation>Agenda size</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="61" />
            <source>Hoeveel casussen de agenda van dit overleg vanzelf krijgt; de rest wacht. Het volgende overleg van deze soort en dit gebied neemt het over.</source>
            <translation>How many cases the agenda of this meeting takes by itself; the rest waits. The next meeting of this kind and area takes it over.</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="65" />
            <source>Ma&amp;x. op agenda:</source>
            <translation>Ma&amp;x. on agenda:</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="105" />
            <source>Wachtend: niet meer (het overleg is afgerond)</source>
            <translation>Waiting: no longer (the meeting is finished)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/meetings/meeting_waiting.py" line="107" />
            <source>Wachtend: %1 casussen</source>
            <translation>Waiting: %1 cases</translation>
        </message>
    </context>
    <context>
        <name>_Chart</name>
        <message>
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="90" />
            <location filename="../../casus_app/ui/widgets/score_chart.py" line="107" />
            <source>Nog geen scores gemeten.</source>
            <translation>No scores measured yet.</translation>
        </message>
    </context>
    <context>
        <name>_SavingTab</name>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="48" />
            <source>Opsl&amp;aan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="49" />
            <source>Wijzigingen opslaan (Ctrl+S)</source>
            <translation>Save changes (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../casus_app/ui/plans/plan_text.py" line="68" />
            <source>Niet opgeslagen wijzigingen</source>
            <translation>Unsaved changes</translation>
        </message>
    </context>
</TS>
