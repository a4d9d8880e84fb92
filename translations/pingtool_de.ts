<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../ui/alerts/alertbanner.cpp" line="+26"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent alerts:</source>
        <translation>Letzte Meldungen:</translation>
    </message>
</context>
<context>
    <name>AlertCoalescer</name>
    <message>
        <location filename="../ui/alerts/alertcoalescer.cpp" line="+70"/>
        <source>, </source>
        <comment>separator of host names in an alert</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n more</source>
        <comment>host names in an alert, then how many are not named</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) is down.</source>
        <translation>%1 (%2) ist ausgefallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down: %1.</source>
        <comment>host names</comment>
        <translation>Ausgefallen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is back up.</source>
        <translation>%1 (%2) ist wieder erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up: %1.</source>
        <comment>host names</comment>
        <translation>Wieder erreichbar: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) down, %1 back up</source>
        <translation>
            <numerusform>%n Host ausgefallen, %1 wieder erreichbar</numerusform>
            <numerusform>%n Hosts ausgefallen, %1 wieder erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) down</source>
        <translation>
            <numerusform>%n Host ausgefallen</numerusform>
            <numerusform>%n Hosts ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) back up</source>
        <translation>
            <numerusform>%n Host wieder erreichbar</numerusform>
            <numerusform>%n Hosts wieder erreichbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../ui/hosts/bulkeditdialog.cpp" line="+20"/>
        <source>Bulk edit</source>
        <translation>Mehrere bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Change the ticked fields of the %n selected host(s). Other fields stay as they are.</source>
        <translation>
            <numerusform>Die angehakten Felder des ausgewählten Hosts ändern. Andere Felder bleiben, wie sie sind.</numerusform>
            <numerusform>Die angehakten Felder der %n ausgewählten Hosts ändern. Andere Felder bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty = no supplier</source>
        <translation>leer = kein Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty = no type</source>
        <translation>leer = kein Typ</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Apply to %n host(s)</source>
        <translation>
            <numerusform>Auf %n Host anwenden</numerusform>
            <numerusform>Auf %n Hosts anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/clicommands.cpp" line="+98"/>
        <source>New</source>
        <comment>host status</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <comment>host status</comment>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>host status</comment>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <comment>host status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1d %2h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m %2s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not one of Draytek, Mikrotik, TP-Link, Other.</source>
        <translation>„%1“ ist keiner von Draytek, Mikrotik, TP-Link, Other.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A host with the address %1 already exists (id %2, %3).</source>
        <translation>Ein Host mit der Adresse %1 ist bereits vorhanden (ID %2, %3).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Removed host %1 (%2, %3).</source>
        <translation>Host %1 (%2, %3) entfernt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No hosts yet. Add one with: pingtool --add --name NAME --address ADDRESS</source>
        <translation>Noch keine Hosts. Fügen Sie einen hinzu mit: pingtool --add --name NAME --address ADRESSE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>MANUFACTURER</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>SUPPLIER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>POST CODE</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>LAST SUCCESS (UTC)</source>
        <translation>ZULETZT ERREICHBAR (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (paused)</source>
        <comment>host status</comment>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Up: %1  Down: %2  Unknown: %3  New: %4</source>
        <translation>Erreichbar: %1  Ausgefallen: %2  Unbekannt: %3  Neu: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No host is down or unknown.</source>
        <translation>Kein Host ist ausgefallen oder unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hosts are reachable.</source>
        <translation>Alle Hosts sind erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOWN FOR</source>
        <translation>AUSGEFALLEN SEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SUCCESS (local)</source>
        <translation>ZULETZT ERREICHBAR (Ortszeit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>THIS WEEK</source>
        <translation>DIESE WOCHE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts imported: %1, outages imported: %2, hosts skipped: %3.</source>
        <translation>Importierte Hosts: %1, importierte Ausfälle: %2, übersprungene Hosts: %3.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../core/csv/columnmapping.cpp" line="+113"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>Web-URL</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../ui/importwizard/columnspage.cpp" line="+15"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the host field each column fills. An address column is required.</source>
        <translation>Wählen Sie für jede Spalte das Host-Feld, das sie füllt. Eine Adressspalte ist erforderlich.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Columns Pingtool does not know are ignored: %1.</source>
        <translation>Spalten, die Pingtool nicht kennt, werden ignoriert: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (e.g. &quot;%2&quot;)</source>
        <translation>%1 (z. B. „%2“)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 ist für mehr als eine Spalte gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the addresses.</source>
        <translation>Wählen Sie die Spalte mit den Adressen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+10"/>
        <source>Pingtool watches network devices and shows which are down and since when.</source>
        <translation>Pingtool überwacht Netzwerkgeräte und zeigt, welche ausgefallen sind und seit wann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the SQLite database at PATH.</source>
        <translation>Die SQLite-Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read settings from the INI file FILE.</source>
        <translation>Einstellungen aus der INI-Datei FILE lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a host (with --name and --address); prints its id.</source>
        <translation>Einen Host hinzufügen (mit --name und --address); gibt seine ID aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the host to add.</source>
        <translation>Name des hinzuzufügenden Hosts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 or IPv6 address or host name to add.</source>
        <translation>Hinzuzufügende IPv4- oder IPv6-Adresse oder Hostname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer: Draytek, Mikrotik, TP-Link or Other.</source>
        <translation>Hersteller: Draytek, Mikrotik, TP-Link oder Other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier (line provider) of the host.</source>
        <translation>Anbieter (Leitungsanbieter) des Hosts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of the host.</source>
        <translation>Typ des Hosts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code of the site.</source>
        <translation>Postleitzahl des Standorts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL that proves life when ping fails.</source>
        <translation>Web-URL, die den Host als erreichbar ausweist, wenn Ping scheitert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the host with this id.</source>
        <translation>Den Host mit dieser ID entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List all hosts.</source>
        <translation>Alle Hosts auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print --list or --down as JSON.</source>
        <translation>--list oder --down als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List down hosts with downtime and outage counts.</source>
        <translation>Ausgefallene Hosts mit Ausfalldauer und Anzahl der Ausfälle auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --down: include Unknown hosts.</source>
        <translation>Mit --down: auch unbekannte Hosts aufführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import hosts and outages from the original app&apos;s database.</source>
        <translation>Hosts und Ausfälle aus der Datenbank der ursprünglichen Anwendung importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitor without a window until SIGTERM or SIGINT.</source>
        <translation>Ohne Fenster überwachen, bis SIGTERM oder SIGINT eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every host that is not paused once, then exit.</source>
        <translation>Jeden nicht pausierten Host einmal prüfen, dann beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import hosts from a CSV file.</source>
        <translation>Hosts aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import: skip or update hosts whose address exists.</source>
        <translation>Mit --import: Hosts mit bereits vorhandener Adresse überspringen (skip) oder aktualisieren (update).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --import: report what would happen, change nothing.</source>
        <translation>Mit --import: berichten, was geschähe, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all hosts to a CSV file.</source>
        <translation>Alle Hosts in eine CSV-Datei exportieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose one command, not %1.</source>
        <translation>Wählen Sie einen Befehl, nicht %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--%1 is not used with this command.</source>
        <translation>--%1 wird mit diesem Befehl nicht verwendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--add needs --name and --address.</source>
        <translation>--add braucht --name und --address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--remove needs a host id (a positive number), not &apos;%1&apos;.</source>
        <translation>--remove braucht eine Host-ID (eine positive Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--on-duplicate must be skip or update, not &apos;%1&apos;.</source>
        <translation>--on-duplicate muss skip oder update sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+70"/>
        <source>Try &apos;pingtool --help&apos;.</source>
        <translation>Weitere Informationen mit „pingtool --help“.</translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message>
        <location filename="../app/csvcommands.cpp" line="+41"/>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--manufacturer: &apos;%1&apos; is not one of Draytek, Mikrotik, TP-Link, Other.</source>
        <translation>--manufacturer: „%1“ ist keiner von Draytek, Mikrotik, TP-Link, Other.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The header of %1 (line %2) names no address column. Name it &quot;address&quot;, &quot;IP address&quot; or &quot;host&quot;. Columns found: %3.</source>
        <translation>Die Kopfzeile von %1 (Zeile %2) nennt keine Adressspalte. Nennen Sie sie „address“, „IP address“ oder „host“. Gefundene Spalten: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>line %1: note: %2</source>
        <translation>Zeile %1: Hinweis: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 imported, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Importiert: %1, aktualisiert: %2, übersprungen: %3, abgelehnt: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing was changed: %1</source>
        <translation>Probelauf, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>%n Host nach %1 exportiert.</numerusform>
            <numerusform>%n Hosts nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="+181"/>
        <source>The file is a ZIP archive, probably an Excel workbook (.xlsx), not a CSV file. Save it as &quot;CSV UTF-8&quot; in the spreadsheet program and import that file.</source>
        <translation>Die Datei ist ein ZIP-Archiv, vermutlich eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is an old Excel workbook (.xls), not a CSV file. Save it as CSV in the spreadsheet program and import that file.</source>
        <translation>Die Datei ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Datei. Speichern Sie sie in der Tabellenkalkulation als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file does not look like text: it contains a zero byte (character %1). If it is UTF-16 text, save it with a byte order mark.</source>
        <translation>Die Datei sieht nicht nach Text aus: Sie enthält ein Nullbyte (Zeichen %1). Falls es UTF-16-Text ist, speichern Sie ihn mit Byte-Order-Mark.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The file does not look like text: %n of its characters are control characters.</source>
        <translation>
            <numerusform>Die Datei sieht nicht nach Text aus: Eines ihrer Zeichen ist ein Steuerzeichen.</numerusform>
            <numerusform>Die Datei sieht nicht nach Text aus: %n ihrer Zeichen sind Steuerzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The file is not valid %1 text. Choose another encoding.</source>
        <translation>Die Datei ist kein gültiger %1-Text. Wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+61"/>
        <source>The file is empty: it has no line with text.</source>
        <translation>Die Datei ist leer: Sie enthält keine Zeile mit Text.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A quoted cell starting on this line is never closed (a &apos;&quot;&apos; is missing); the line was skipped.</source>
        <translation>Eine in dieser Zeile beginnende Zelle in Anführungszeichen wird nie geschlossen (ein &apos;&quot;&apos; fehlt); die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No line of the file could be read. Line %1: %2</source>
        <translation>Keine Zeile der Datei konnte gelesen werden. Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces (name address)</source>
        <translation>Leerzeichen (Name Adresse)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/csv/csvwriter.cpp" line="+80"/>
        <location line="+4"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../ui/dashboard/dashboardwidget.cpp" line="+34"/>
        <source>Down hosts</source>
        <translation>Ausgefallene Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Unknown</source>
        <translation>&amp;Unbekannte zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list hosts that have never answered</source>
        <translation>Auch Hosts aufführen, die noch nie geantwortet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Full screen with large type (F11; Esc leaves)</source>
        <translation>Vollbild mit großer Schrift (F11; Esc beendet)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Leave wall display</source>
        <translation>Wandanzeige verlassen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dashboard could not read the database: %1</source>
        <translation>Das Dashboard konnte die Datenbank nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No hosts yet.
Add hosts in the main window.</source>
        <translation>Noch keine Hosts.
Fügen Sie Hosts im Hauptfenster hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ All hosts are reachable.</source>
        <translation>✔ Alle Hosts sind erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../ui/dashboard/dashboardwindow.cpp" line="+14"/>
        <source>Pingtool – Down hosts</source>
        <translation>Pingtool – Ausgefallene Hosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave wall display</source>
        <translation>Wandanzeige verlassen</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <location filename="../ui/importwizard/defaultspage.cpp" line="+13"/>
        <source>Fill in missing fields</source>
        <translation>Fehlende Felder ausfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that leave a field empty get these values. Leave a field empty to keep it empty.</source>
        <translation>Zeilen, in denen ein Feld leer ist, erhalten diese Werte. Lassen Sie ein Feld leer, damit es leer bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none: Other)</source>
        <translation>(keiner: Sonstige)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <comment>manufacturer</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Post code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/common/displaytext.cpp" line="+69"/>
        <source>ddd d MMM</source>
        <extracomment>Day of a recent outage that was not today, as a QDateTime format (&quot;Mon 24 Nov&quot;); the time of day follows it.</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
</context>
<context>
    <name>DownHostCard</name>
    <message>
        <location filename="../ui/dashboard/downhostcard.cpp" line="+94"/>
        <source>post code %1</source>
        <translation>PLZ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Never answered (%n failed check(s))</source>
        <translation>
            <numerusform>Hat nie geantwortet (%n fehlgeschlagene Prüfung)</numerusform>
            <numerusform>Hat nie geantwortet (%n fehlgeschlagene Prüfungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last success: %1</source>
        <translation>Zuletzt erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages: %1 today, %2 this week (Mon–Fri)</source>
        <translation>Ausfälle: heute %1, diese Woche %2 (Mo–Fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent outages: %1</source>
        <translation>Letzte Ausfälle: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Down since %1</source>
        <translation>Ausgefallen seit %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/hosts/filterbar.cpp" line="+38"/>
        <source>Search name, address, supplier, post code (Ctrl+F)</source>
        <translation>Name, Adresse, Anbieter, PLZ suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All manufacturers</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All suppliers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n host(s)</source>
        <translation>
            <numerusform>%1 von %n Host angezeigt</numerusform>
            <numerusform>%1 von %n Hosts angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../ui/importwizard/formatpage.cpp" line="+16"/>
        <source>Check the format</source>
        <translation>Format prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool has guessed how the file is written. Change a setting if the preview looks wrong.</source>
        <translation>Pingtool hat erkannt, wie die Datei aufgebaut ist. Ändern Sie eine Einstellung, falls die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first row holds column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n line(s) cannot be read and will be listed as rejected; the first is line %1.</source>
        <translation>
            <numerusform>%n Zeile kann nicht gelesen werden und wird als abgelehnt aufgeführt: Zeile %1.</numerusform>
            <numerusform>%n Zeilen können nicht gelesen werden und werden als abgelehnt aufgeführt; die erste ist Zeile %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>FpingBatcher</name>
    <message>
        <location filename="../core/engine/fpingbatcher.cpp" line="+248"/>
        <source>fping could not be started: %1</source>
        <translation>fping konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>fping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>fping wurde nicht innerhalb von %n Sekunde beendet und gestoppt</numerusform>
            <numerusform>fping wurde nicht innerhalb von %n Sekunden beendet und gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fping crashed</source>
        <translation>fping ist abgestürzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the output of fping (exit code %1): %2</source>
        <translation>die Ausgabe von fping ist nicht lesbar (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/guimain.cpp" line="+34"/>
        <source>Pingtool cannot open the database</source>
        <translation>Pingtool kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Pingtool is already monitoring %1.</source>
        <translation>Ein anderes Pingtool überwacht bereits %1.</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../ui/hosts/hostdialog.cpp" line="+34"/>
        <location line="+89"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>e.g. Berlin office router</source>
        <translation>z. B. Router Büro Berlin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 or IPv6 address, or host name</source>
        <translation>IPv4- oder IPv6-Adresse oder Hostname</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line or service supplier</source>
        <translation>Leitungs- oder Dienstanbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Router, Switch, Access point</source>
        <translation>z. B. Router, Switch, Access Point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause monitoring of this host</source>
        <translation>Überwachung dieses Hosts pausieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Post code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web URL:</source>
        <translation>&amp;Web-URL:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Edit host %1</source>
        <translation>Host %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The address %1 is already monitored as &apos;%2&apos;.</source>
        <translation>Die Adresse %1 wird bereits als „%2“ überwacht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draytek routers often do not answer ping. Pingtool then proves life through the Web URL: an HTTP 200 answer counts as up.</source>
        <translation>Draytek-Router antworten oft nicht auf Ping. Pingtool prüft sie dann über die Web-URL: Eine Antwort mit HTTP 200 gilt als erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the router&apos;s Web URL below.</source>
        <translation>Geben Sie unten die Web-URL des Routers ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>HostStore</name>
    <message>
        <location filename="../core/store/hoststore.cpp" line="+122"/>
        <source>The database %1 is locked by another program and stayed locked longer than the busy timeout (%2).</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt und blieb länger gesperrt als die Wartezeit erlaubt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 cannot be written (%2): %3</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database %1 is full (%2). Nothing was lost: the last change was rolled back.</source>
        <translation>Der Datenträger mit der Datenbank %1 ist voll (%2). Es ging nichts verloren: Die letzte Änderung wurde zurückgenommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is damaged (%2): %3</source>
        <translation>Die Datenbank %1 ist beschädigt (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not an SQLite database.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database error in %1 (%2): %3 %4</source>
        <translation>Datenbankfehler in %1 (%2): %3 %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not an SQLite database, so Pingtool will not use or change it. Choose another file with --database.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank; Pingtool wird sie daher weder verwenden noch ändern. Wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 is read-only. Make it writable or choose another file with --database.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder of the database %1 is not writable; SQLite needs to create its journal files there.</source>
        <translation>Der Ordner der Datenbank %1 ist nicht beschreibbar; SQLite muss dort seine Journaldateien anlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for the database %1 cannot be created.</source>
        <translation>Der Ordner für die Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+87"/>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schema version of %1 cannot be read.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a database of the original Pingtool web app. Pingtool will not change it; bring its hosts and history in with --import-legacy %1.</source>
        <translation>%1 ist eine Datenbank der ursprünglichen Pingtool-Webanwendung. Pingtool ändert sie nicht; übernehmen Sie ihre Hosts und ihren Verlauf mit --import-legacy %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an SQLite database of another program, not a Pingtool database. Pingtool will not change it.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Pingtool-Datenbank. Pingtool ändert sie nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 was written by a newer version of Pingtool (schema version %2; this version understands up to %3). It was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Pingtool-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The database %1 needs an upgrade before it can be read; open it once with write access.</source>
        <translation>Die Datenbank %1 muss aktualisiert werden, bevor sie gelesen werden kann; öffnen Sie sie einmal mit Schreibzugriff.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>switching to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>setting durability</source>
        <translation>Einstellen der Dauerhaftigkeit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saving the database to %1</source>
        <translation>Speichern der Datenbank nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was replaced by another file while Pingtool was running, and Pingtool could not save its own data beside it: %2</source>
        <translation>Die Datenbank %1 wurde während des Betriebs von Pingtool durch eine andere Datei ersetzt, und Pingtool konnte seine eigenen Daten nicht daneben sichern: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was deleted while Pingtool was running, and Pingtool could not write it back: %2</source>
        <translation>Die Datenbank %1 wurde während des Betriebs von Pingtool gelöscht, und Pingtool konnte sie nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 was replaced by another file while Pingtool was running. Pingtool leaves that file alone and goes on in %2, which holds every host and result it had; use --database to choose the file you want.</source>
        <translation>Die Datenbank %1 wurde während des Betriebs von Pingtool durch eine andere Datei ersetzt. Pingtool lässt diese Datei unverändert und arbeitet in %2 weiter, die jeden Host und jedes Ergebnis enthält; wählen Sie mit --database die gewünschte Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 was deleted while Pingtool was running. Pingtool wrote it back with every host and result it had, and goes on using it.</source>
        <translation>Die Datenbank %1 wurde während des Betriebs von Pingtool gelöscht. Pingtool hat sie mit jedem Host und jedem Ergebnis wiederhergestellt und verwendet sie weiter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>upgrading to schema version %1</source>
        <translation>Aktualisieren auf Schemaversion %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>starting a transaction</source>
        <translation>Beginnen einer Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>adding host %1</source>
        <translation>Hinzufügen von Host %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>updating host %1</source>
        <translation>Aktualisieren von Host %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>There is no host with id %1.</source>
        <translation>Es gibt keinen Host mit der ID %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>removing hosts</source>
        <translation>Entfernen von Hosts</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>editing hosts</source>
        <translation>Bearbeiten von Hosts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pausing hosts</source>
        <translation>Pausieren von Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming hosts</source>
        <translation>Fortsetzen von Hosts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scheduling checks</source>
        <translation>Planen von Prüfungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>listing hosts</source>
        <translation>Auflisten der Hosts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading host %1</source>
        <translation>Lesen von Host %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>looking up address %1</source>
        <translation>Suchen der Adresse %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>saving check results</source>
        <translation>Speichern der Prüfergebnisse</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>recording an outage</source>
        <translation>Erfassen eines Ausfalls</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>saving check history</source>
        <translation>Speichern des Prüfverlaufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>counting hosts</source>
        <translation>Zählen der Hosts</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>listing down hosts</source>
        <translation>Auflisten der ausgefallenen Hosts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>listing recent outages</source>
        <translation>Auflisten der letzten Ausfälle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading outages</source>
        <translation>Lesen der Ausfälle</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>recording outages</source>
        <translation>Erfassen von Ausfällen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pruning old check history</source>
        <translation>Bereinigen des alten Prüfverlaufs</translation>
    </message>
</context>
<context>
    <name>HostTableModel</name>
    <message>
        <location filename="../ui/hosts/hosttablemodel.cpp" line="+62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>Web-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Zuletzt erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven by</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1, monitoring paused</source>
        <translation>%1, Überwachung pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last check could not run: %1</source>
        <translation>Die letzte Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed check(s) in a row</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung in Folge</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostValidator</name>
    <message>
        <location filename="../core/hostvalidator.cpp" line="+30"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Sie braucht vier durch Punkte getrennte Zahlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: each part must be a number from 0 to 255.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Jeder Teil muss eine Zahl von 0 bis 255 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: a part has a leading zero, which ping would read as an octal number.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Ein Teil hat eine führende Null, die ping als Oktalzahl lesen würde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>The address is %1 characters long; a host name has at most %2.</source>
        <translation>Die Adresse ist %1 Zeichen lang; ein Hostname hat höchstens %2.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&apos;%1&apos; is not a valid host name: it has an empty part between dots.</source>
        <translation>„%1“ ist kein gültiger Hostname: Er hat einen leeren Teil zwischen Punkten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid host name: a part between dots is longer than 63 characters.</source>
        <translation>„%1“ ist kein gültiger Hostname: Ein Teil zwischen Punkten ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a valid host name: &apos;%2&apos; is not allowed (only letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>„%1“ ist kein gültiger Hostname: „%2“ ist nicht erlaubt (nur Buchstaben, Ziffern, „-“ und „.“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid host name: a part between dots starts or ends with &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Hostname: Ein Teil zwischen Punkten beginnt oder endet mit „-“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid host name: the last part is a number.</source>
        <translation>„%1“ ist kein gültiger Hostname: Der letzte Teil ist eine Zahl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an address: an IPv4 or IPv6 address or a host name.</source>
        <translation>Geben Sie eine Adresse ein: eine IPv4- oder IPv6-Adresse oder einen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address &apos;%1&apos; starts with &apos;-&apos; and would be read as a ping option.</source>
        <translation>Die Adresse „%1“ beginnt mit „-“ und würde als Ping-Option gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address &apos;%1&apos; contains a space.</source>
        <translation>Die Adresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a control character.</source>
        <translation>Die Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; looks like a web URL; enter only the address here, and the URL as the web URL.</source>
        <translation>„%1“ sieht wie eine Web-URL aus; geben Sie hier nur die Adresse ein und die URL als Web-URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The web URL is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Web-URL ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The web URL &apos;%1&apos; must start with http:// or https://.</source>
        <translation>Die Web-URL „%1“ muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web URL &apos;%1&apos; is not valid: %2</source>
        <translation>Die Web-URL „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web URL &apos;%1&apos; has no host.</source>
        <translation>Die Web-URL „%1“ enthält keinen Host.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a name for the host.</source>
        <translation>Geben Sie einen Namen für den Host ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>Web-URL</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../ui/importwizard/importpage.cpp" line="+15"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing to %1…</source>
        <translation>Schreibe in %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Wird abgebrochen; es wird nichts geändert…</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../core/csv/importplan.cpp" line="+111"/>
        <source>The manufacturer &apos;%1&apos; is not one Pingtool knows (Draytek, Mikrotik, TP-Link); it is stored as Other.</source>
        <translation>Den Hersteller „%1“ kennt Pingtool nicht (Draytek, Mikrotik, TP-Link); er wird als Sonstige gespeichert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/importwizard.cpp" line="+34"/>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <location filename="../core/store/legacyimport.cpp" line="+75"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not an SQLite database, so it is not a database of the original Pingtool app.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank und damit keine Datenbank der ursprünglichen Pingtool-Anwendung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Die Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 has no table &apos;hosts&apos; with the columns id, hostname and ip_address, so it is not a database of the original Pingtool app.</source>
        <translation>Die Datei %1 hat keine Tabelle „hosts“ mit den Spalten id, hostname und ip_address und ist damit keine Datenbank der ursprünglichen Pingtool-Anwendung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hosts of %1 cannot be read: %2</source>
        <translation>Die Hosts von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>host id %1 (%2)</source>
        <translation>Host-ID %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the address %2 is already in the database.</source>
        <translation>%1: Die Adresse %2 ist bereits in der Datenbank.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The outage history of %1 cannot be read: %2</source>
        <translation>Der Ausfallverlauf von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+69"/>
        <location line="+701"/>
        <source>Pingtool</source>
        <translation>Pingtool</translation>
    </message>
    <message>
        <location line="-679"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Add host…</source>
        <translation>&amp;Host hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a host to monitor</source>
        <translation>Einen zu überwachenden Host hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected host (Enter, F2 or double-click)</source>
        <translation>Den ausgewählten Host bearbeiten (Eingabe, F2 oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+559"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="-559"/>
        <source>Delete the selected hosts</source>
        <translation>Die ausgewählten Hosts löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Mehrere bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set manufacturer, supplier or type of all selected hosts</source>
        <translation>Hersteller, Anbieter oder Typ aller ausgewählten Hosts festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected hosts now (all shown hosts when none is selected)</source>
        <translation>Die ausgewählten Hosts jetzt prüfen (alle angezeigten, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+538"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>Pause or resume monitoring of the selected hosts</source>
        <translation>Überwachung der ausgewählten Hosts pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the down-hosts dashboard</source>
        <translation>Das Dashboard der ausgefallenen Hosts anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wall display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard full screen with large type (Esc leaves)</source>
        <translation>Das Dashboard im Vollbild mit großer Schrift (Esc beendet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import hosts from a CSV file</source>
        <translation>Hosts aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the hosts to a CSV file</source>
        <translation>Die Hosts in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks, schedule, alerts and language</source>
        <translation>Prüfungen, Zeitplan, Meldungen und Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Mute alerts for 1 hour</source>
        <translation>Meldungen 1 Stunde &amp;stummschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notifications or sounds for the next hour</source>
        <translation>Keine Benachrichtigungen oder Töne in der nächsten Stunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop monitoring and quit</source>
        <translation>Überwachung beenden und Pingtool schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the hosts</source>
        <translation>Hosts durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Monitoring</source>
        <translation>Überwachung läuft</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%L1 checks/min · queue %L2 · running %L3 of %L4</source>
        <translation>%L1 Prüfungen/min · Warteschlange %L2 · laufend %L3 von %L4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start delay over the last minute: median %L1 ms, 99th percentile %L2 ms, longest %L3 ms</source>
        <translation>Startverzögerung in der letzten Minute: Median %L1 ms, 99. Perzentil %L2 ms, Maximum %L3 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pingtool cannot start monitoring</source>
        <translation>Pingtool kann die Überwachung nicht starten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Adding %1 and checking it now…</source>
        <translation>%1 wird hinzugefügt und jetzt geprüft…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete the host %1 (%2)?</source>
        <translation>Den Host %1 (%2) löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n host(s)?</source>
        <translation>
            <numerusform>%n Host löschen?</numerusform>
            <numerusform>%n Hosts löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete hosts</source>
        <translation>Hosts löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their outage history is deleted with them. This cannot be undone.</source>
        <translation>Ihr Ausfallverlauf wird mit gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>%n Host löschen</numerusform>
            <numerusform>%n Hosts löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Checking %n host(s) now…</source>
        <translation>
            <numerusform>%n Host wird jetzt geprüft…</numerusform>
            <numerusform>%n Hosts werden jetzt geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Settings saved and applied.</source>
        <translation>Einstellungen gespeichert und übernommen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pingtool is still monitoring</source>
        <translation>Pingtool überwacht weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool keeps watching your hosts from the system tray. Choose Quit in the tray menu to stop it.</source>
        <translation>Pingtool überwacht Ihre Hosts weiter aus dem Systembereich der Kontrollleiste. Wählen Sie dort im Menü „Pingtool beenden“, um es zu stoppen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The filter shows %1 of %2 hosts. Export only the hosts shown?</source>
        <translation>Der Filter zeigt %1 von %2 Hosts. Nur die angezeigten Hosts exportieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose No to export all %1 hosts.</source>
        <translation>Wählen Sie „Nein“, um alle %1 Hosts zu exportieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export shown hosts</source>
        <translation>Angezeigte Hosts exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export hosts</source>
        <translation>Hosts exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>%n Host nach %1 exportiert.</numerusform>
            <numerusform>%n Hosts nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Delete %n hosts…</source>
        <translation>
            <numerusform>%n Host &amp;löschen…</numerusform>
            <numerusform>%n Hosts &amp;löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Pingtool – %n down</source>
        <translation>
            <numerusform>Pingtool – %n ausgefallen</numerusform>
            <numerusform>Pingtool – %n ausgefallen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <location filename="../app/monitorcommands.cpp" line="+37"/>
        <source>proven by web</source>
        <translation>per Web nachgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proven by ping</source>
        <translation>per Ping nachgewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New</source>
        <comment>host status</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <comment>host status</comment>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>host status</comment>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <comment>host status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) %3 -&gt; %4 (%5)</source>
        <comment>host name, address, old status, new status, how proven</comment>
        <translation>%1 (%2) %3 -&gt; %4 (%5)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot watch for termination signals.</source>
        <translation>Beendigungssignale können nicht überwacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Monitoring %n host(s) in %1.</source>
        <translation>
            <numerusform>Überwachung von %n Host in %1.</numerusform>
            <numerusform>Überwachung von %n Hosts in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2) can be checked again</source>
        <translation>%1 (%2) kann wieder geprüft werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) cannot be checked: %3</source>
        <translation>%1 (%2) kann nicht geprüft werden: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Checked %n host(s): %1 Up, %2 Down, %3 Unknown, %4 New</source>
        <translation>
            <numerusform>%n Host geprüft: %1 erreichbar, %2 ausgefallen, %3 unbekannt, %4 neu</numerusform>
            <numerusform>%n Hosts geprüft: %1 erreichbar, %2 ausgefallen, %3 unbekannt, %4 neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n host(s) could not be checked, e.g. %1</source>
        <translation>
            <numerusform>%n Host konnte nicht geprüft werden: %1</numerusform>
            <numerusform>%n Hosts konnten nicht geprüft werden, z. B. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorLock</name>
    <message>
        <location filename="../core/store/monitorlock.cpp" line="+39"/>
        <source>The database %1 is already being monitored by %2 (process %3 on %4). Stop that monitor first, or choose another file with --database.</source>
        <translation>Die Datenbank %1 wird bereits von %2 überwacht (Prozess %3 auf %4). Beenden Sie zuerst diese Überwachung oder wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is already being monitored by another process (lock file %2).</source>
        <translation>Die Datenbank %1 wird bereits von einem anderen Prozess überwacht (Sperrdatei %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock file %1 for the database %2 cannot be created: permission denied.</source>
        <translation>Die Sperrdatei %1 für die Datenbank %2 kann nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock file %1 for the database %2 cannot be created.</source>
        <translation>Die Sperrdatei %1 für die Datenbank %2 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>PingChecker</name>
    <message>
        <location filename="../core/engine/pingchecker.cpp" line="+69"/>
        <location line="+5"/>
        <source>ping program not found: %1</source>
        <translation>Ping-Programm nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ping program is not executable: %1</source>
        <translation>Ping-Programm ist nicht ausführbar: %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>ping program could not be started: %1</source>
        <translation>Ping-Programm konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>ping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>ping wurde nicht innerhalb von %n Sekunde fertig und wurde gestoppt</numerusform>
            <numerusform>ping wurde nicht innerhalb von %n Sekunden fertig und wurde gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ping program crashed</source>
        <translation>Ping-Programm ist abgestürzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the output of ping (exit code %1): %2</source>
        <translation>die Ausgabe von ping ist nicht lesbar (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>PingOutputParser</name>
    <message>
        <location filename="../core/engine/pingoutputparser.cpp" line="+128"/>
        <source>ping printed nothing</source>
        <translation>ping hat nichts ausgegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreadable output: %1</source>
        <translation>unlesbare Ausgabe: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no echo requests were sent: %1</source>
        <translation>es wurden keine Echo-Anfragen gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/importwizard/reviewpage.cpp" line="+22"/>
        <source>Review the import</source>
        <translation>Import prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed yet.</source>
        <translation>Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip rows whose address is already stored</source>
        <translation>Zeilen mit bereits gespeicherter Adresse ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update stored hosts with the row&apos;s fields</source>
        <translation>Gespeicherte Hosts mit den Feldern der Zeile &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save rejected rows as &amp;CSV…</source>
        <translation>Abgelehnte Zeilen als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n new host(s) will be added.</source>
        <translation>
            <numerusform>%n neuer Host wird hinzugefügt.</numerusform>
            <numerusform>%n neue Hosts werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stored host(s) will be updated.</source>
        <translation>
            <numerusform>%n gespeicherter Host wird aktualisiert.</numerusform>
            <numerusform>%n gespeicherte Hosts werden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) will be skipped (%1 already stored, %2 repeated in the file).</source>
        <translation>
            <numerusform>%n doppelte Zeile wird übersprungen (%1 bereits gespeichert, %2 in der Datei wiederholt).</numerusform>
            <numerusform>%n doppelte Zeilen werden übersprungen (%1 bereits gespeichert, %2 in der Datei wiederholt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) are rejected.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+24"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Accept any 2xx status (not only 200)</source>
        <translation>Jeden 2xx-Status akzeptieren (nicht nur 200)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Echo requests per check:</source>
        <translation>Echo-Anfragen je Prüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host answers when at least half of them come back.</source>
        <translation>Ein Host gilt als erreichbar, wenn mindestens die Hälfte davon beantwortet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply timeout:</source>
        <translation>Antwort-Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Web proof of life&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erreichbarkeitsnachweis per Web&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ping gets no answer and the host has a Web URL, an HTTP answer from that URL proves the host is up.</source>
        <translation>Bekommt Ping keine Antwort und hat der Host eine Web-URL, beweist eine HTTP-Antwort dieser URL, dass der Host erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web timeout:</source>
        <translation>Web-Timeout:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check New, Up and Down hosts every:</source>
        <translation>Neue, erreichbare und ausgefallene Hosts prüfen alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Unknown hosts every:</source>
        <translation>Unbekannte Hosts prüfen alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random delay at least:</source>
        <translation>Zufällige Verzögerung mindestens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random delay up to (share of interval):</source>
        <translation>Zufällige Verzögerung bis zu (Anteil am Intervall):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check is delayed by a random 0 to max(minimum, share of the interval), so checks spread out instead of firing together.</source>
        <translation>Jede Prüfung wird zufällig um 0 bis max(Minimum, Anteil am Intervall) verzögert, damit sich die Prüfungen verteilen, statt gleichzeitig zu starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed checks before a new host is Unknown:</source>
        <translation>Fehlgeschlagene Prüfungen, bis ein neuer Host unbekannt ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks running at once, at most:</source>
        <translation>Höchstens gleichzeitig laufende Prüfungen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notify when a host goes down or comes back up</source>
        <translation>Benachrichtigen, wenn ein Host ausfällt oder wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with each notification</source>
        <translation>Bei jeder Benachrichtigung einen Ton abspielen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Combine changes within:</source>
        <translation>Änderungen zusammenfassen innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts that change within this time are reported in one notification (&quot;5 hosts down: ...&quot;) instead of one each.</source>
        <translation>Hosts, die sich innerhalb dieser Zeit ändern, werden in einer Benachrichtigung gemeldet („5 Hosts ausgefallen: …“) statt einzeln.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Pingtool starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Pingtool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep check history for:</source>
        <translation>Prüfverlauf aufbewahren für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages are always kept; hourly check figures older than this are deleted.</source>
        <translation>Ausfälle bleiben immer erhalten; ältere stündliche Prüfwerte werden gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../ui/importwizard/sourcepage.cpp" line="+18"/>
        <source>Choose what to import</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file exported from a spreadsheet, or lines pasted as &quot;name,address[,post code]&quot; or &quot;name address&quot;.</source>
        <translation>Eine aus einer Tabellenkalkulation exportierte CSV-Datei oder eingefügte Zeilen der Form „Name,Adresse[,PLZ]“ oder „Name Adresse“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pasted text:</source>
        <translation>&amp;Eingefügter Text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>router-london,192.0.2.1,SW1A 1AA
router-leeds 192.0.2.2</source>
        <translation>router-berlin,192.0.2.1,10115
router-hamburg 192.0.2.2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import hosts from CSV</source>
        <translation>Hosts aus CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ui/mainwindow/startpage.cpp" line="+17"/>
        <source>Welcome to Pingtool</source>
        <translation>Willkommen bei Pingtool</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pingtool watches your routers and switches and tells you at once when one goes down.
Start by adding the devices to watch, one by one or from a CSV file.</source>
        <translation>Pingtool überwacht Ihre Router und Switches und meldet sofort, wenn einer ausfällt.
Fügen Sie zuerst die zu überwachenden Geräte hinzu, einzeln oder aus einer CSV-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add host…</source>
        <translation>Host hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV import is not available in this build.</source>
        <translation>Der CSV-Import ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/common/statusstyle.cpp" line="+36"/>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln Up</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln erreichbar</numerusform>
            <numerusform>%Ln erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Down</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln ausgefallen</numerusform>
            <numerusform>%Ln ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Unknown</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln unbekannt</numerusform>
            <numerusform>%Ln unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln New</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/importwizard/summarypage.cpp" line="+13"/>
        <location line="+19"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new host(s) added.</source>
        <translation>
            <numerusform>%n neuer Host hinzugefügt.</numerusform>
            <numerusform>%n neue Hosts hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n Host aktualisiert.</numerusform>
            <numerusform>%n Hosts aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) skipped.</source>
        <translation>
            <numerusform>%n doppelte Zeile übersprungen.</numerusform>
            <numerusform>%n doppelte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hosts are checked within the next minute.</source>
        <translation>Neue Hosts werden innerhalb der nächsten Minute geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed and nothing was changed.
%1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert.
%1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/alerts/trayicon.cpp" line="+15"/>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>Mute alerts for 1 hour</source>
        <translation>Meldungen 1 Stunde stummschalten</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Quit Pingtool</source>
        <translation>Pingtool beenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pingtool: no hosts yet</source>
        <translation>Pingtool: noch keine Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool: %1 down, %2 up, %3 unknown, %4 new</source>
        <translation>Pingtool: %1 ausgefallen, %2 erreichbar, %3 unbekannt, %4 neu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts muted until %1</source>
        <translation>Meldungen stumm bis %1</translation>
    </message>
</context>
</TS>
