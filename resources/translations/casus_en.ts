<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="49"/>
        <source>Zoek op naam, adres, postcode of casusnummer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="52"/>
        <source>Zoeken (Ctrl+F). Elk woord moet voorkomen; het begin van een woord is genoeg. Enter opent de bovenste casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="56"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="59"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="62"/>
        <source>Alleen casussen van deze soort tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="63"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="66"/>
        <source>Alle gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="69"/>
        <source>Alleen casussen in dit gebied tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="70"/>
        <source>Gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="72"/>
        <source>Alleen &amp;lopende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="73"/>
        <source>Afgesloten casussen verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="75"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="77"/>
        <source>&amp;Gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="96"/>
        <source>Casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="97"/>
        <source>Enter of dubbelklik opent de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="161"/>
        <source>Geen casussen gevonden. Pas de zoekwoorden of filters aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_list.py" line="163"/>
        <source>Er staan nog geen casussen in dit register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="28"/>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="28"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="28"/>
        <source>Gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="28"/>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="28"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="29"/>
        <source>Hoofdcategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="29"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/models/case_table.py" line="29"/>
        <source>Regie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="59"/>
        <source>← &amp;Terug naar de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="60"/>
        <source>Terug naar de casuslijst (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="76"/>
        <source>Gebied / buurt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="77"/>
        <source>Adres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="78"/>
        <source>Hoofdcategorie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="79"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="80"/>
        <source>Escalatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="81"/>
        <source>Regie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="82"/>
        <source>Aangemeld door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="83"/>
        <source>Risico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="95"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="95"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="95"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="97"/>
        <source>Geen betrokkenen vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="99"/>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="102"/>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="103"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="104"/>
        <source>Afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="105"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="106"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="108"/>
        <source>Nog geen afspraken gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="109"/>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="112"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="112"/>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="112"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="114"/>
        <source>Nog niet besproken in een overleg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="116"/>
        <source>Besprekingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="120"/>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="150"/>
        <source>Casus %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="155"/>
        <source>(geen adres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="159"/>
        <source>(nog niemand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="161"/>
        <source>(niet ingeschat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="162"/>
        <source>(geen samenvatting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="164"/>
        <source>Betrokkenen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="168"/>
        <source>Afspraken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="170"/>
        <source>%1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="175"/>
        <source>Besprekingen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="202"/>
        <source>%1 sinds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="207"/>
        <source>%1 op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="217"/>
        <source>Gedaan op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="219"/>
        <source>Vervallen op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="222"/>
        <source>TE LAAT: %1 dag(en) over de deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/case_view.py" line="224"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../casus_app/ui/views/coordinator_page.py" line="16"/>
        <source>Welkom, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/coordinator_page.py" line="21"/>
        <source>Als coördinator werkt u met geanonimiseerde aantallen, niet met casussen of personen.

Uw scherm, de monitoringsexport per kwartaal, komt met een eigen onderdeel van Casus. Tot die tijd is hier niets voor u te doen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="36"/>
        <source>Kies een wachtwoord van minstens %1 tekens; een korte zin is sterk en goed te onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="43"/>
        <source>Nog %1 teken(s) nodig: minstens %2 in totaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="46"/>
        <source>Lang genoeg. Herhaal het wachtwoord hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="50"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="51"/>
        <source>Het wachtwoord is lang genoeg en beide zijn gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="69"/>
        <source>Casus – eerste start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="72"/>
        <source>Welkom bij Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="76"/>
        <source>Casus is het casusregister van Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord.
Casussen, besprekingen en afspraken blijven versleuteld op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Nieuw, leeg register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="84"/>
        <source>Voor het echte werk: u wordt de beheerder van een leeg register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="86"/>
        <source>&amp;Proberen met een demoregister (fictieve gegevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="88"/>
        <source>Een register met %1 verzonnen casussen om Casus te leren kennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="96"/>
        <source>Wat wilt u doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="102"/>
        <source>De naam waarmee u zich aanmeldt, bijvoorbeeld j.jansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="105"/>
        <source>Uw volledige naam, zoals anderen die zien (mag leeg blijven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="110"/>
        <source>Minstens %1 tekens; een zin van een paar woorden is sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="116"/>
        <source>Typ hetzelfde wachtwoord nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="118"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="119"/>
        <source>Naa&amp;m (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="120"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="121"/>
        <source>&amp;Herhaal wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="131"/>
        <source>Het register komt op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="138"/>
        <source>Register &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="141"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="142"/>
        <source>Casus sluiten zonder een register te maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="174"/>
        <source>Maak het register aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="176"/>
        <source>Vul eerst een gebruikersnaam en twee gelijke wachtwoorden in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="189"/>
        <source>Demoregister met fictieve casussen wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="199"/>
        <source>Register wordt aangemaakt en versleuteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/first_run.py" line="213"/>
        <source>Casus – even geduld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="15"/>
        <source>Leefbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="16"/>
        <source>Casuïstiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="17"/>
        <source>Doorbraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="24"/>
        <source>Groen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="25"/>
        <source>Oranje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="26"/>
        <source>Rood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="27"/>
        <source>Donkerrood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="34"/>
        <source>Leefbaarheidsoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="35"/>
        <source>Casuïstiekoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="36"/>
        <source>Doorbraakteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="43"/>
        <source>beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="44"/>
        <source>coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="45"/>
        <source>professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="46"/>
        <source>gezinscoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="53"/>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/labels.py" line="55"/>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="31"/>
        <source>Casus is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="36"/>
        <source>Aangemeld als %1. Voer uw wachtwoord in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="43"/>
        <location filename="../../casus_app/ui/views/lock_view.py" line="44"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="45"/>
        <source>Uw wachtwoord; Enter ontgrendelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="46"/>
        <location filename="../../casus_app/ui/views/lock_view.py" line="94"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="47"/>
        <source>Casus weer tonen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/views/lock_view.py" line="94"/>
        <source>Bezig…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="34"/>
        <source>Casus – aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="37"/>
        <source>Aanmelden bij Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="40"/>
        <source>Meld u aan met de gebruikersnaam en het wachtwoord die u van de beheerder kreeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="45"/>
        <source>Uw gebruikersnaam in dit register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="48"/>
        <source>Uw wachtwoord; Enter meldt u aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="50"/>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="51"/>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="61"/>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="69"/>
        <location filename="../../casus_app/ui/dialogs/login.py" line="127"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="72"/>
        <source>Open het register (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="73"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="74"/>
        <source>Casus sluiten zonder aan te melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="93"/>
        <source>Vul uw gebruikersnaam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="97"/>
        <source>Vul uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/login.py" line="127"/>
        <source>Bezig met openen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="27"/>
        <source>Casus – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="55"/>
        <source>Aangemeld als %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="64"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="65"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="67"/>
        <source>Verberg alles tot u uw wachtwoord opnieuw invoert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="69"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="71"/>
        <source>Sluit het register en Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="77"/>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="79"/>
        <source>Naar het zoekveld van de casuslijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="82"/>
        <source>&amp;Casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="98"/>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="111"/>
        <source>1 casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/main_window.py" line="111"/>
        <source>%1 casussen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="25"/>
        <source>Casus – herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="28"/>
        <source>Schrijf uw herstelsleutel op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="32"/>
        <source>Met deze herstelsleutel opent u het register als alle wachtwoorden kwijt zijn. Casus toont hem maar één keer en kan hem later niet opnieuw laten zien.

Schrijf hem op papier en bewaar dat op een veilige plek, niet bij de computer. Wie de sleutel heeft, kan alle gegevens in het register lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="43"/>
        <source>De herstelsleutel; u kunt hem selecteren en kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="49"/>
        <source>Ik heb de herstelsleutel veilig opgeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="50"/>
        <source>Pas daarna kunt u verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../casus_app/ui/dialogs/recovery_key.py" line="53"/>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
