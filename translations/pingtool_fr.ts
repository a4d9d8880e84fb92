<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../ui/alerts/alertbanner.cpp" line="+26"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent alerts:</source>
        <translation>Alertes récentes&#xa0;:</translation>
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
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) is down.</source>
        <translation>%1 (%2) est en panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down: %1.</source>
        <comment>host names</comment>
        <translation>En panne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is back up.</source>
        <translation>%1 (%2) est de nouveau joignable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up: %1.</source>
        <comment>host names</comment>
        <translation>De nouveau joignables&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n host(s) down, %1 back up</source>
        <translation>
            <numerusform>%n hôte en panne, de nouveau joignables&#xa0;: %1</numerusform>
            <numerusform>%n hôtes en panne, de nouveau joignables&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) down</source>
        <translation>
            <numerusform>%n hôte en panne</numerusform>
            <numerusform>%n hôtes en panne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) back up</source>
        <translation>
            <numerusform>%n hôte de nouveau joignable</numerusform>
            <numerusform>%n hôtes de nouveau joignables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../ui/hosts/bulkeditdialog.cpp" line="+20"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Change the ticked fields of the %n selected host(s). Other fields stay as they are.</source>
        <translation>
            <numerusform>Modifier les champs cochés de l’hôte sélectionné. Les autres champs restent inchangés.</numerusform>
            <numerusform>Modifier les champs cochés des %n hôtes sélectionnés. Les autres champs restent inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Supplier:</source>
        <translation>Fourni&amp;sseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty = no supplier</source>
        <translation>vide = aucun fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty = no type</source>
        <translation>vide = aucun type</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Apply to %n host(s)</source>
        <translation>
            <numerusform>Appliquer à %n hôte</numerusform>
            <numerusform>Appliquer à %n hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/clicommands.cpp" line="+98"/>
        <source>New</source>
        <comment>host status</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <comment>host status</comment>
        <translation>Joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>host status</comment>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <comment>host status</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not one of Draytek, Mikrotik, TP-Link, Other.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de Draytek, Mikrotik, TP-Link, Other.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A host with the address %1 already exists (id %2, %3).</source>
        <translation>Un hôte avec l’adresse %1 existe déjà (id %2, %3).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Removed host %1 (%2, %3).</source>
        <translation>Hôte %1 (%2, %3) supprimé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No hosts yet. Add one with: pingtool --add --name NAME --address ADDRESS</source>
        <translation>Aucun hôte pour l’instant. Ajoutez-en un avec&#xa0;: pingtool --add --name NOM --address ADRESSE</translation>
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
        <translation>NOM</translation>
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
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>MANUFACTURER</source>
        <translation>FABRICANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>SUPPLIER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>POST CODE</source>
        <translation>CODE POSTAL</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>LAST SUCCESS (UTC)</source>
        <translation>DERNIÈRE RÉUSSITE (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (paused)</source>
        <comment>host status</comment>
        <translation>%1 (suspendu)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Up: %1  Down: %2  Unknown: %3  New: %4</source>
        <translation>Joignables&#xa0;: %1  En panne&#xa0;: %2  Inconnus&#xa0;: %3  Nouveaux&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No host is down or unknown.</source>
        <translation>Aucun hôte n’est en panne ou inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hosts are reachable.</source>
        <translation>Tous les hôtes sont joignables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOWN FOR</source>
        <translation>EN PANNE DEPUIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SUCCESS (local)</source>
        <translation>DERNIÈRE RÉUSSITE (heure locale)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TODAY</source>
        <translation>AUJOURD’HUI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>THIS WEEK</source>
        <translation>CETTE SEMAINE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skipped %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts imported: %1, outages imported: %2, hosts skipped: %3.</source>
        <translation>Hôtes importés&#xa0;: %1, pannes importées&#xa0;: %2, hôtes ignorés&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../core/csv/columnmapping.cpp" line="+113"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>URL web</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../ui/importwizard/columnspage.cpp" line="+15"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the host field each column fills. An address column is required.</source>
        <translation>Choisissez le champ d’hôte que remplit chaque colonne. Une colonne d’adresses est obligatoire.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Columns Pingtool does not know are ignored: %1.</source>
        <translation>Les colonnes que Pingtool ne connaît pas sont ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (e.g. &quot;%2&quot;)</source>
        <translation>%1 (p. ex. «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 est choisi pour plus d’une colonne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the addresses.</source>
        <translation>Choisissez la colonne qui contient les adresses.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+10"/>
        <source>Pingtool watches network devices and shows which are down and since when.</source>
        <translation>Pingtool surveille des équipements réseau et indique lesquels sont en panne et depuis quand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the SQLite database at PATH.</source>
        <translation>Utiliser la base SQLite située à PATH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read settings from the INI file FILE.</source>
        <translation>Lire les paramètres dans le fichier INI FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a host (with --name and --address); prints its id.</source>
        <translation>Ajouter un hôte (avec --name et --address)&#xa0;; affiche son id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the host to add.</source>
        <translation>Nom de l’hôte à ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 or IPv6 address or host name to add.</source>
        <translation>Adresse IPv4 ou IPv6 ou nom d’hôte à ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer: Draytek, Mikrotik, TP-Link or Other.</source>
        <translation>Fabricant&#xa0;: Draytek, Mikrotik, TP-Link ou Other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier (line provider) of the host.</source>
        <translation>Fournisseur (opérateur de la ligne) de l’hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of the host.</source>
        <translation>Type de l’hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code of the site.</source>
        <translation>Code postal du site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL that proves life when ping fails.</source>
        <translation>URL web qui prouve que l’hôte répond quand le ping échoue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the host with this id.</source>
        <translation>Supprimer l’hôte ayant cet id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List all hosts.</source>
        <translation>Lister tous les hôtes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print --list or --down as JSON.</source>
        <translation>Afficher --list ou --down en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List down hosts with downtime and outage counts.</source>
        <translation>Lister les hôtes en panne avec la durée et le nombre de pannes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --down: include Unknown hosts.</source>
        <translation>Avec --down&#xa0;: inclure les hôtes inconnus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import hosts and outages from the original app&apos;s database.</source>
        <translation>Importer les hôtes et les pannes depuis la base de l’application d’origine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitor without a window until SIGTERM or SIGINT.</source>
        <translation>Surveiller sans fenêtre jusqu’à SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every host that is not paused once, then exit.</source>
        <translation>Vérifier une fois chaque hôte non suspendu, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import hosts from a CSV file.</source>
        <translation>Importer des hôtes depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import: skip or update hosts whose address exists.</source>
        <translation>Avec --import&#xa0;: ignorer (skip) ou mettre à jour (update) les hôtes dont l’adresse existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --import: report what would happen, change nothing.</source>
        <translation>Avec --import&#xa0;: indiquer ce qui se passerait, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all hosts to a CSV file.</source>
        <translation>Exporter tous les hôtes dans un fichier CSV.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose one command, not %1.</source>
        <translation>Choisissez une seule commande, pas %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--%1 is not used with this command.</source>
        <translation>--%1 ne s’utilise pas avec cette commande.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--add needs --name and --address.</source>
        <translation>--add nécessite --name et --address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--remove needs a host id (a positive number), not &apos;%1&apos;.</source>
        <translation>--remove nécessite un id d’hôte (un nombre positif), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--on-duplicate must be skip or update, not &apos;%1&apos;.</source>
        <translation>--on-duplicate doit valoir skip ou update, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+70"/>
        <source>Try &apos;pingtool --help&apos;.</source>
        <translation>Essayez «&#xa0;pingtool --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message>
        <location filename="../app/csvcommands.cpp" line="+41"/>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--manufacturer: &apos;%1&apos; is not one of Draytek, Mikrotik, TP-Link, Other.</source>
        <translation>--manufacturer&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de Draytek, Mikrotik, TP-Link, Other.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The header of %1 (line %2) names no address column. Name it &quot;address&quot;, &quot;IP address&quot; or &quot;host&quot;. Columns found: %3.</source>
        <translation>L’en-tête de %1 (ligne %2) ne nomme aucune colonne d’adresses. Nommez-la «&#xa0;address&#xa0;», «&#xa0;IP address&#xa0;» ou «&#xa0;host&#xa0;». Colonnes trouvées&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ignored columns: %1</source>
        <translation>Colonnes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>line %1: note: %2</source>
        <translation>ligne %1&#xa0;: remarque&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 imported, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Importés&#xa0;: %1, mis à jour&#xa0;: %2, ignorés&#xa0;: %3, refusés&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run, nothing was changed: %1</source>
        <translation>Simulation, rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>%n hôte exporté dans %1.</numerusform>
            <numerusform>%n hôtes exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="+181"/>
        <source>The file is a ZIP archive, probably an Excel workbook (.xlsx), not a CSV file. Save it as &quot;CSV UTF-8&quot; in the spreadsheet program and import that file.</source>
        <translation>Le fichier est une archive ZIP, probablement un classeur Excel (.xlsx), pas un fichier CSV. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» dans le tableur et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is an old Excel workbook (.xls), not a CSV file. Save it as CSV in the spreadsheet program and import that file.</source>
        <translation>Le fichier est un ancien classeur Excel (.xls), pas un fichier CSV. Enregistrez-le au format CSV dans le tableur et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file does not look like text: it contains a zero byte (character %1). If it is UTF-16 text, save it with a byte order mark.</source>
        <translation>Le fichier ne ressemble pas à du texte&#xa0;: il contient un octet nul (caractère %1). S’il s’agit de texte UTF-16, enregistrez-le avec une marque d’ordre des octets (BOM).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The file does not look like text: %n of its characters are control characters.</source>
        <translation>
            <numerusform>Le fichier ne ressemble pas à du texte&#xa0;: un de ses caractères est un caractère de contrôle.</numerusform>
            <numerusform>Le fichier ne ressemble pas à du texte&#xa0;: %n de ses caractères sont des caractères de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The file is not valid %1 text. Choose another encoding.</source>
        <translation>Le fichier n’est pas un texte %1 valide. Choisissez un autre encodage.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+61"/>
        <source>The file is empty: it has no line with text.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient aucune ligne de texte.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A quoted cell starting on this line is never closed (a &apos;&quot;&apos; is missing); the line was skipped.</source>
        <translation>Une cellule entre guillemets commençant sur cette ligne n’est jamais fermée (il manque un &apos;&quot;&apos;)&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No line of the file could be read. Line %1: %2</source>
        <translation>Aucune ligne du fichier n’a pu être lue. Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces (name address)</source>
        <translation>Espaces (nom adresse)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/csv/csvwriter.cpp" line="+80"/>
        <location line="+4"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../ui/dashboard/dashboardwidget.cpp" line="+34"/>
        <source>Down hosts</source>
        <translation>Hôtes en panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Unknown</source>
        <translation>Afficher les &amp;inconnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list hosts that have never answered</source>
        <translation>Lister aussi les hôtes qui n’ont jamais répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Wall display</source>
        <translation>Affichage mural</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Full screen with large type (F11; Esc leaves)</source>
        <translation>Plein écran en grands caractères (F11&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Leave wall display</source>
        <translation>Quitter l’affichage mural</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dashboard could not read the database: %1</source>
        <translation>Le tableau de bord n’a pas pu lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No hosts yet.
Add hosts in the main window.</source>
        <translation>Aucun hôte pour l’instant.
Ajoutez des hôtes dans la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ All hosts are reachable.</source>
        <translation>✔ Tous les hôtes sont joignables.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../ui/dashboard/dashboardwindow.cpp" line="+14"/>
        <source>Pingtool – Down hosts</source>
        <translation>Pingtool – Hôtes en panne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wall display</source>
        <translation>Affichage mural</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave wall display</source>
        <translation>Quitter l’affichage mural</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <location filename="../ui/importwizard/defaultspage.cpp" line="+13"/>
        <source>Fill in missing fields</source>
        <translation>Compléter les champs manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that leave a field empty get these values. Leave a field empty to keep it empty.</source>
        <translation>Les lignes dont un champ est vide reçoivent ces valeurs. Laissez un champ vide pour qu’il reste vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none: Other)</source>
        <translation>(aucun&#xa0;: Autre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <comment>manufacturer</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supplier:</source>
        <translation>Fourni&amp;sseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Post code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/common/displaytext.cpp" line="+69"/>
        <source>ddd d MMM</source>
        <extracomment>Day of a recent outage that was not today, as a QDateTime format (&quot;Mon 24 Nov&quot;); the time of day follows it.</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>code postal %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Never answered (%n failed check(s))</source>
        <translation>
            <numerusform>N’a jamais répondu (%n vérification échouée)</numerusform>
            <numerusform>N’a jamais répondu (%n vérifications échouées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last success: %1</source>
        <translation>Dernière réussite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages: %1 today, %2 this week (Mon–Fri)</source>
        <translation>Pannes&#xa0;: aujourd’hui %1, cette semaine %2 (lun.–ven.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent outages: %1</source>
        <translation>Pannes récentes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Down since %1</source>
        <translation>En panne depuis %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/hosts/filterbar.cpp" line="+38"/>
        <source>Search name, address, supplier, post code (Ctrl+F)</source>
        <translation>Rechercher nom, adresse, fournisseur, code postal (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All manufacturers</source>
        <translation>Tous les fabricants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All suppliers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n host(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n hôte</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../ui/importwizard/formatpage.cpp" line="+16"/>
        <source>Check the format</source>
        <translation>Vérifier le format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool has guessed how the file is written. Change a setting if the preview looks wrong.</source>
        <translation>Pingtool a deviné la structure du fichier. Modifiez un réglage si l’aperçu semble incorrect.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first row holds column names</source>
        <translation>La première ligne contient les noms de colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n line(s) cannot be read and will be listed as rejected; the first is line %1.</source>
        <translation>
            <numerusform>%n ligne est illisible et sera listée comme refusée&#xa0;: la ligne %1.</numerusform>
            <numerusform>%n lignes sont illisibles et seront listées comme refusées&#xa0;; la première est la ligne %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>FpingBatcher</name>
    <message>
        <location filename="../core/engine/fpingbatcher.cpp" line="+248"/>
        <source>fping could not be started: %1</source>
        <translation>impossible de démarrer fping : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>fping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>fping ne s’est pas terminé en %n seconde et a été arrêté</numerusform>
            <numerusform>fping ne s’est pas terminé en %n secondes et a été arrêté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fping crashed</source>
        <translation>fping s’est arrêté brutalement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the output of fping (exit code %1): %2</source>
        <translation>la sortie de fping est illisible (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/guimain.cpp" line="+34"/>
        <source>Pingtool cannot open the database</source>
        <translation>Pingtool ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Pingtool is already monitoring %1.</source>
        <translation>Une autre instance de Pingtool surveille déjà %1.</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../ui/hosts/hostdialog.cpp" line="+34"/>
        <location line="+89"/>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>e.g. Berlin office router</source>
        <translation>p. ex. routeur du bureau de Lyon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 or IPv6 address, or host name</source>
        <translation>Adresse IPv4 ou IPv6, ou nom d’hôte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line or service supplier</source>
        <translation>Fournisseur de la ligne ou du service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Router, Switch, Access point</source>
        <translation>p. ex. routeur, commutateur, point d’accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause monitoring of this host</source>
        <translation>Suspendre la surveillance de cet hôte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supplier:</source>
        <translation>Fourni&amp;sseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Post code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web URL:</source>
        <translation>URL &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Edit host %1</source>
        <translation>Modifier l’hôte %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The address %1 is already monitored as &apos;%2&apos;.</source>
        <translation>L’adresse %1 est déjà surveillée sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draytek routers often do not answer ping. Pingtool then proves life through the Web URL: an HTTP 200 answer counts as up.</source>
        <translation>Les routeurs Draytek ne répondent souvent pas au ping. Pingtool vérifie alors leur présence par l’URL web&#xa0;: une réponse HTTP 200 vaut joignable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the router&apos;s Web URL below.</source>
        <translation>Saisissez ci-dessous l’URL web du routeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
</context>
<context>
    <name>HostStore</name>
    <message>
        <location filename="../core/store/hoststore.cpp" line="+122"/>
        <source>The database %1 is locked by another program and stayed locked longer than the busy timeout (%2).</source>
        <translation>La base de données %1 est verrouillée par un autre programme et l’est restée plus longtemps que le délai d’attente (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 cannot be written (%2): %3</source>
        <translation>Impossible d’écrire dans la base de données %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database %1 is full (%2). Nothing was lost: the last change was rolled back.</source>
        <translation>Le disque qui contient la base de données %1 est plein (%2). Rien n’a été perdu&#xa0;: la dernière modification a été annulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is damaged (%2): %3</source>
        <translation>La base de données %1 est endommagée (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not an SQLite database.</source>
        <translation>Le fichier %1 n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database error in %1 (%2): %3 %4</source>
        <translation>Erreur de base de données dans %1 (%2)&#xa0;: %3 %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Impossible de lire la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not an SQLite database, so Pingtool will not use or change it. Choose another file with --database.</source>
        <translation>Le fichier %1 n’est pas une base de données SQLite&#xa0;: Pingtool ne l’utilisera pas et ne le modifiera pas. Choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 is read-only. Make it writable or choose another file with --database.</source>
        <translation>La base de données %1 est en lecture seule. Rendez-la accessible en écriture ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder of the database %1 is not writable; SQLite needs to create its journal files there.</source>
        <translation>Le dossier de la base de données %1 n’est pas accessible en écriture&#xa0;; SQLite doit pouvoir y créer ses fichiers journaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for the database %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de la base de données %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+87"/>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schema version of %1 cannot be read.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a database of the original Pingtool web app. Pingtool will not change it; bring its hosts and history in with --import-legacy %1.</source>
        <translation>%1 est une base de données de l’application web Pingtool d’origine. Pingtool ne la modifiera pas&#xa0;; reprenez ses hôtes et son historique avec --import-legacy %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an SQLite database of another program, not a Pingtool database. Pingtool will not change it.</source>
        <translation>%1 est une base SQLite d’un autre programme, pas une base de données Pingtool. Pingtool ne la modifiera pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 was written by a newer version of Pingtool (schema version %2; this version understands up to %3). It was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Pingtool (version de schéma %2&#xa0;; cette version comprend jusqu’à %3). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>enabling foreign keys</source>
        <translation>activation des clés étrangères</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The database %1 needs an upgrade before it can be read; open it once with write access.</source>
        <translation>La base de données %1 doit être mise à niveau avant de pouvoir être lue&#xa0;; ouvrez-la une fois avec un accès en écriture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>switching to write-ahead logging</source>
        <translation>passage en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>setting durability</source>
        <translation>réglage de la durabilité</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saving the database to %1</source>
        <translation>enregistrement de la base de données dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was replaced by another file while Pingtool was running, and Pingtool could not save its own data beside it: %2</source>
        <translation>La base de données %1 a été remplacée par un autre fichier pendant que Pingtool tournait, et Pingtool n’a pas pu enregistrer ses propres données à côté&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was deleted while Pingtool was running, and Pingtool could not write it back: %2</source>
        <translation>La base de données %1 a été supprimée pendant que Pingtool tournait, et Pingtool n’a pas pu la réécrire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 was replaced by another file while Pingtool was running. Pingtool leaves that file alone and goes on in %2, which holds every host and result it had; use --database to choose the file you want.</source>
        <translation>La base de données %1 a été remplacée par un autre fichier pendant que Pingtool tournait. Pingtool laisse ce fichier intact et continue dans %2, qui contient chaque hôte et chaque résultat qu’il avait&#xa0;; choisissez le fichier voulu avec --database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 was deleted while Pingtool was running. Pingtool wrote it back with every host and result it had, and goes on using it.</source>
        <translation>La base de données %1 a été supprimée pendant que Pingtool tournait. Pingtool l’a réécrite avec chaque hôte et chaque résultat qu’il avait, et continue de l’utiliser.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>upgrading to schema version %1</source>
        <translation>mise à niveau vers la version de schéma %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>starting a transaction</source>
        <translation>début d’une transaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>adding host %1</source>
        <translation>ajout de l’hôte %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>updating host %1</source>
        <translation>mise à jour de l’hôte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>There is no host with id %1.</source>
        <translation>Il n’existe aucun hôte avec l’id %1.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>removing hosts</source>
        <translation>suppression d’hôtes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>editing hosts</source>
        <translation>modification d’hôtes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pausing hosts</source>
        <translation>suspension d’hôtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming hosts</source>
        <translation>reprise d’hôtes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scheduling checks</source>
        <translation>planification des vérifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>listing hosts</source>
        <translation>liste des hôtes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading host %1</source>
        <translation>lecture de l’hôte %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>looking up address %1</source>
        <translation>recherche de l’adresse %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>saving check results</source>
        <translation>enregistrement des résultats de vérification</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>recording an outage</source>
        <translation>enregistrement d’une panne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>saving check history</source>
        <translation>enregistrement de l’historique des vérifications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>counting hosts</source>
        <translation>comptage des hôtes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>listing down hosts</source>
        <translation>liste des hôtes en panne</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>listing recent outages</source>
        <translation>liste des pannes récentes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading outages</source>
        <translation>lecture des pannes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>recording outages</source>
        <translation>enregistrement des pannes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pruning old check history</source>
        <translation>purge de l’ancien historique des vérifications</translation>
    </message>
</context>
<context>
    <name>HostTableModel</name>
    <message>
        <location filename="../ui/hosts/hosttablemodel.cpp" line="+62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>URL web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Dernière réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round trip</source>
        <translation>Temps aller-retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven by</source>
        <translation>Prouvé par</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (paused)</source>
        <translation>%1 (suspendu)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1, monitoring paused</source>
        <translation>%1, surveillance suspendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last check could not run: %1</source>
        <translation>La dernière vérification n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed check(s) in a row</source>
        <translation>
            <numerusform>%n vérification échouée d’affilée</numerusform>
            <numerusform>%n vérifications échouées d’affilée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostValidator</name>
    <message>
        <location filename="../core/hostvalidator.cpp" line="+30"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers separated by dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 valide&#xa0;: il faut quatre nombres séparés par des points.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: each part must be a number from 0 to 255.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 valide&#xa0;: chaque partie doit être un nombre de 0 à 255.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid IPv4 address: a part has a leading zero, which ping would read as an octal number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 valide&#xa0;: une partie commence par un zéro, que ping lirait comme un nombre octal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>The address is %1 characters long; a host name has at most %2.</source>
        <translation>L’adresse fait %1 caractères&#xa0;; un nom d’hôte en compte au plus %2.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&apos;%1&apos; is not a valid host name: it has an empty part between dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide&#xa0;: il contient une partie vide entre deux points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid host name: a part between dots is longer than 63 characters.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide&#xa0;: une partie entre deux points dépasse 63 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a valid host name: &apos;%2&apos; is not allowed (only letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide&#xa0;: «&#xa0;%2&#xa0;» n’est pas autorisé (uniquement des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;.&#xa0;»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid host name: a part between dots starts or ends with &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide&#xa0;: une partie entre deux points commence ou finit par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid host name: the last part is a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide&#xa0;: la dernière partie est un nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an address: an IPv4 or IPv6 address or a host name.</source>
        <translation>Saisissez une adresse&#xa0;: une adresse IPv4 ou IPv6, ou un nom d’hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address &apos;%1&apos; starts with &apos;-&apos; and would be read as a ping option.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» commence par «&#xa0;-&#xa0;» et serait lue comme une option de ping.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address &apos;%1&apos; contains a space.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a control character.</source>
        <translation>L’adresse contient un caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; looks like a web URL; enter only the address here, and the URL as the web URL.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une URL web&#xa0;; saisissez ici uniquement l’adresse, et l’URL dans le champ URL web.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The web URL is %1 characters long; at most %2 are allowed.</source>
        <translation>L’URL web fait %1 caractères&#xa0;; %2 au plus sont autorisés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The web URL &apos;%1&apos; must start with http:// or https://.</source>
        <translation>L’URL web «&#xa0;%1&#xa0;» doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web URL &apos;%1&apos; is not valid: %2</source>
        <translation>L’URL web «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web URL &apos;%1&apos; has no host.</source>
        <translation>L’URL web «&#xa0;%1&#xa0;» ne contient pas d’hôte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a name for the host.</source>
        <translation>Saisissez un nom pour l’hôte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 fait %2 caractères&#xa0;; %3 au plus sont autorisés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1 contient un caractère de contrôle (U+%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web URL</source>
        <translation>URL web</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../ui/importwizard/importpage.cpp" line="+15"/>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing to %1…</source>
        <translation>Écriture dans %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Annulation&#xa0;; rien ne sera modifié…</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../core/csv/importplan.cpp" line="+111"/>
        <source>The manufacturer &apos;%1&apos; is not one Pingtool knows (Draytek, Mikrotik, TP-Link); it is stored as Other.</source>
        <translation>Pingtool ne connaît pas le fabricant «&#xa0;%1&#xa0;» (Draytek, Mikrotik, TP-Link)&#xa0;; il est enregistré comme Autre.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/importwizard.cpp" line="+34"/>
        <source>Import hosts</source>
        <translation>Importer des hôtes</translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <location filename="../core/store/legacyimport.cpp" line="+75"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not an SQLite database, so it is not a database of the original Pingtool app.</source>
        <translation>Le fichier %1 n’est pas une base de données SQLite&#xa0;; ce n’est donc pas une base de l’application Pingtool d’origine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 has no table &apos;hosts&apos; with the columns id, hostname and ip_address, so it is not a database of the original Pingtool app.</source>
        <translation>Le fichier %1 n’a pas de table «&#xa0;hosts&#xa0;» avec les colonnes id, hostname et ip_address&#xa0;; ce n’est donc pas une base de l’application Pingtool d’origine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hosts of %1 cannot be read: %2</source>
        <translation>Impossible de lire les hôtes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>host id %1 (%2)</source>
        <translation>hôte id %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the address %2 is already in the database.</source>
        <translation>%1&#xa0;: l’adresse %2 figure déjà dans la base de données.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The outage history of %1 cannot be read: %2</source>
        <translation>Impossible de lire l’historique des pannes de %1&#xa0;: %2</translation>
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
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Add host…</source>
        <translation>&amp;Ajouter un hôte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a host to monitor</source>
        <translation>Ajouter un hôte à surveiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit host…</source>
        <translation>&amp;Modifier l’hôte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected host (Enter, F2 or double-click)</source>
        <translation>Modifier l’hôte sélectionné (Entrée, F2 ou double-clic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+559"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="-559"/>
        <source>Delete the selected hosts</source>
        <translation>Supprimer les hôtes sélectionnés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bulk edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set manufacturer, supplier or type of all selected hosts</source>
        <translation>Définir le fabricant, le fournisseur ou le type de tous les hôtes sélectionnés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected hosts now (all shown hosts when none is selected)</source>
        <translation>Vérifier maintenant les hôtes sélectionnés (tous les hôtes affichés si aucun n’est sélectionné)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+538"/>
        <source>&amp;Pause</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>Pause or resume monitoring of the selected hosts</source>
        <translation>Suspendre ou reprendre la surveillance des hôtes sélectionnés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the down-hosts dashboard</source>
        <translation>Afficher le tableau de bord des hôtes en panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wall display</source>
        <translation>Affichage &amp;mural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard full screen with large type (Esc leaves)</source>
        <translation>Le tableau de bord en plein écran et en grands caractères (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import hosts from a CSV file</source>
        <translation>Importer des hôtes depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the hosts to a CSV file</source>
        <translation>Exporter les hôtes dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks, schedule, alerts and language</source>
        <translation>Vérifications, planification, alertes et langue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Mute alerts for 1 hour</source>
        <translation>&amp;Couper les alertes pendant 1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notifications or sounds for the next hour</source>
        <translation>Ni notifications ni sons pendant l’heure qui vient</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop monitoring and quit</source>
        <translation>Arrêter la surveillance et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the hosts</source>
        <translation>Rechercher parmi les hôtes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hosts</source>
        <translation>&amp;Hôtes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Monitoring</source>
        <translation>Surveillance en cours</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%L1 checks/min · queue %L2 · running %L3 of %L4</source>
        <translation>%L1 vérifications/min · file %L2 · en cours %L3 sur %L4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start delay over the last minute: median %L1 ms, 99th percentile %L2 ms, longest %L3 ms</source>
        <translation>Retard de démarrage sur la dernière minute&#xa0;: médiane %L1 ms, 99e centile %L2 ms, maximum %L3 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pingtool cannot start monitoring</source>
        <translation>Pingtool ne peut pas démarrer la surveillance</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Adding %1 and checking it now…</source>
        <translation>Ajout de %1 et vérification immédiate…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete the host %1 (%2)?</source>
        <translation>Supprimer l’hôte %1 (%2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n host(s)?</source>
        <translation>
            <numerusform>Supprimer %n hôte&#xa0;?</numerusform>
            <numerusform>Supprimer %n hôtes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete hosts</source>
        <translation>Supprimer des hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their outage history is deleted with them. This cannot be undone.</source>
        <translation>Leur historique de pannes est supprimé avec eux. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Supprimer %n hôte</numerusform>
            <numerusform>Supprimer %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Checking %n host(s) now…</source>
        <translation>
            <numerusform>Vérification de %n hôte en cours…</numerusform>
            <numerusform>Vérification de %n hôtes en cours…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Settings saved and applied.</source>
        <translation>Paramètres enregistrés et appliqués.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pingtool is still monitoring</source>
        <translation>Pingtool continue la surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool keeps watching your hosts from the system tray. Choose Quit in the tray menu to stop it.</source>
        <translation>Pingtool continue de surveiller vos hôtes depuis la zone de notification. Choisissez «&#xa0;Quitter Pingtool&#xa0;» dans son menu pour l’arrêter.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The filter shows %1 of %2 hosts. Export only the hosts shown?</source>
        <translation>Hôtes affichés par le filtre&#xa0;: %1 sur %2. Exporter uniquement ceux-ci&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose No to export all %1 hosts.</source>
        <translation>Choisissez «&#xa0;Non&#xa0;» pour exporter les %1 hôtes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export shown hosts</source>
        <translation>Exporter les hôtes affichés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export hosts</source>
        <translation>Exporter les hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>%n hôte exporté dans %1.</numerusform>
            <numerusform>%n hôtes exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Delete %n hosts…</source>
        <translation>
            <numerusform>&amp;Supprimer %n hôte…</numerusform>
            <numerusform>&amp;Supprimer %n hôtes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Pingtool – %n down</source>
        <translation>
            <numerusform>Pingtool – %n en panne</numerusform>
            <numerusform>Pingtool – %n en panne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message>
        <location filename="../app/monitorcommands.cpp" line="+37"/>
        <source>proven by web</source>
        <translation>prouvé par le web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proven by ping</source>
        <translation>prouvé par ping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New</source>
        <comment>host status</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <comment>host status</comment>
        <translation>Joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>host status</comment>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <comment>host status</comment>
        <translation>Inconnu</translation>
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
        <translation>impossible de surveiller les signaux d’arrêt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Monitoring %n host(s) in %1.</source>
        <translation>
            <numerusform>Surveillance de %n hôte dans %1.</numerusform>
            <numerusform>Surveillance de %n hôtes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2) can be checked again</source>
        <translation>%1 (%2) peut de nouveau être vérifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) cannot be checked: %3</source>
        <translation>%1 (%2) ne peut pas être vérifié&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Checked %n host(s): %1 Up, %2 Down, %3 Unknown, %4 New</source>
        <translation>
            <numerusform>%n hôte vérifié&#xa0;: joignables %1, en panne %2, inconnus %3, nouveaux %4</numerusform>
            <numerusform>%n hôtes vérifiés&#xa0;: joignables %1, en panne %2, inconnus %3, nouveaux %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n host(s) could not be checked, e.g. %1</source>
        <translation>
            <numerusform>%n hôte n’a pas pu être vérifié&#xa0;: %1</numerusform>
            <numerusform>%n hôtes n’ont pas pu être vérifiés, p. ex. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorLock</name>
    <message>
        <location filename="../core/store/monitorlock.cpp" line="+39"/>
        <source>The database %1 is already being monitored by %2 (process %3 on %4). Stop that monitor first, or choose another file with --database.</source>
        <translation>La base de données %1 est déjà surveillée par %2 (processus %3 sur %4). Arrêtez d’abord cette surveillance, ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is already being monitored by another process (lock file %2).</source>
        <translation>La base de données %1 est déjà surveillée par un autre processus (fichier de verrou %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock file %1 for the database %2 cannot be created: permission denied.</source>
        <translation>Impossible de créer le fichier de verrou %1 de la base de données %2&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock file %1 for the database %2 cannot be created.</source>
        <translation>Impossible de créer le fichier de verrou %1 de la base de données %2.</translation>
    </message>
</context>
<context>
    <name>PingChecker</name>
    <message>
        <location filename="../core/engine/pingchecker.cpp" line="+69"/>
        <location line="+5"/>
        <source>ping program not found: %1</source>
        <translation>programme ping introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ping program is not executable: %1</source>
        <translation>le programme ping n’est pas exécutable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>ping program could not be started: %1</source>
        <translation>le programme ping n’a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>ping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>ping ne s’est pas terminé en %n seconde et a été arrêté</numerusform>
            <numerusform>ping ne s’est pas terminé en %n secondes et a été arrêté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ping program crashed</source>
        <translation>le programme ping a planté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the output of ping (exit code %1): %2</source>
        <translation>impossible de lire la sortie de ping (code de sortie %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PingOutputParser</name>
    <message>
        <location filename="../core/engine/pingoutputparser.cpp" line="+128"/>
        <source>ping printed nothing</source>
        <translation>ping n’a rien affiché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreadable output: %1</source>
        <translation>sortie illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no echo requests were sent: %1</source>
        <translation>aucune requête d’écho n’a été envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/importwizard/reviewpage.cpp" line="+22"/>
        <source>Review the import</source>
        <translation>Vérifier l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip rows whose address is already stored</source>
        <translation>&amp;Ignorer les lignes dont l’adresse est déjà enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update stored hosts with the row&apos;s fields</source>
        <translation>&amp;Mettre à jour les hôtes enregistrés avec les champs de la ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save rejected rows as &amp;CSV…</source>
        <translation>Enregistrer les lignes refusées en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n new host(s) will be added.</source>
        <translation>
            <numerusform>%n nouvel hôte sera ajouté.</numerusform>
            <numerusform>%n nouveaux hôtes seront ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stored host(s) will be updated.</source>
        <translation>
            <numerusform>%n hôte enregistré sera mis à jour.</numerusform>
            <numerusform>%n hôtes enregistrés seront mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) will be skipped (%1 already stored, %2 repeated in the file).</source>
        <translation>
            <numerusform>%n ligne en double sera ignorée (déjà enregistrées&#xa0;: %1, répétées dans le fichier&#xa0;: %2).</numerusform>
            <numerusform>%n lignes en double seront ignorées (déjà enregistrées&#xa0;: %1, répétées dans le fichier&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) are rejected.</source>
        <translation>
            <numerusform>%n ligne est refusée.</numerusform>
            <numerusform>%n lignes sont refusées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be read: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the file %1: %2</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+32"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
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
        <translation>Accepter tout statut 2xx (pas seulement 200)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Echo requests per check:</source>
        <translation>Requêtes d’écho par vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host answers when at least half of them come back.</source>
        <translation>Un hôte répond quand au moins la moitié d’entre elles reviennent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply timeout:</source>
        <translation>Délai de réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Web proof of life&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preuve de vie par le web&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ping gets no answer and the host has a Web URL, an HTTP answer from that URL proves the host is up.</source>
        <translation>Quand le ping reste sans réponse et que l’hôte a une URL web, une réponse HTTP de cette URL prouve que l’hôte est joignable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web timeout:</source>
        <translation>Délai web&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check New, Up and Down hosts every:</source>
        <translation>Vérifier les hôtes nouveaux, joignables et en panne toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Unknown hosts every:</source>
        <translation>Vérifier les hôtes inconnus toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random delay at least:</source>
        <translation>Délai aléatoire d’au moins&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random delay up to (share of interval):</source>
        <translation>Délai aléatoire jusqu’à (part de l’intervalle)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each check is delayed by a random 0 to max(minimum, share of the interval), so checks spread out instead of firing together.</source>
        <translation>Chaque vérification est retardée d’une durée aléatoire de 0 à max(minimum, part de l’intervalle), pour que les vérifications s’étalent au lieu de partir toutes ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed checks before a new host is Unknown:</source>
        <translation>Vérifications échouées avant qu’un nouvel hôte soit inconnu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks running at once, at most:</source>
        <translation>Vérifications simultanées, au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notify when a host goes down or comes back up</source>
        <translation>Notifier quand un hôte tombe en panne ou redevient joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with each notification</source>
        <translation>Jouer un son à chaque notification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Combine changes within:</source>
        <translation>Regrouper les changements sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts that change within this time are reported in one notification (&quot;5 hosts down: ...&quot;) instead of one each.</source>
        <translation>Les hôtes qui changent dans ce délai sont signalés dans une seule notification («&#xa0;5 hôtes en panne&#xa0;: …&#xa0;») au lieu d’une chacun.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Pingtool starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Pingtool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep check history for:</source>
        <translation>Conserver l’historique des vérifications pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages are always kept; hourly check figures older than this are deleted.</source>
        <translation>Les pannes sont toujours conservées&#xa0;; les chiffres horaires de vérification plus anciens sont supprimés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../ui/importwizard/sourcepage.cpp" line="+18"/>
        <source>Choose what to import</source>
        <translation>Que voulez-vous importer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file exported from a spreadsheet, or lines pasted as &quot;name,address[,post code]&quot; or &quot;name address&quot;.</source>
        <translation>Un fichier CSV exporté d’un tableur, ou des lignes collées sous la forme «&#xa0;nom,adresse[,code postal]&#xa0;» ou «&#xa0;nom adresse&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pasted text:</source>
        <translation>&amp;Texte collé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>router-london,192.0.2.1,SW1A 1AA
router-leeds 192.0.2.2</source>
        <translation>routeur-paris,192.0.2.1,75001
routeur-lyon 192.0.2.2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import hosts from CSV</source>
        <translation>Importer des hôtes depuis un CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import hosts</source>
        <translation>Importer des hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ui/mainwindow/startpage.cpp" line="+17"/>
        <source>Welcome to Pingtool</source>
        <translation>Bienvenue dans Pingtool</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pingtool watches your routers and switches and tells you at once when one goes down.
Start by adding the devices to watch, one by one or from a CSV file.</source>
        <translation>Pingtool surveille vos routeurs et commutateurs et vous prévient dès que l’un d’eux tombe en panne.
Commencez par ajouter les équipements à surveiller, un par un ou depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add host…</source>
        <translation>Ajouter un hôte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV import is not available in this build.</source>
        <translation>L’importation CSV n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/common/statusstyle.cpp" line="+36"/>
        <source>Up</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln Up</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln joignable</numerusform>
            <numerusform>%Ln joignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Down</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln en panne</numerusform>
            <numerusform>%Ln en panne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Unknown</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln inconnu</numerusform>
            <numerusform>%Ln inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln New</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/importwizard/summarypage.cpp" line="+13"/>
        <location line="+19"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new host(s) added.</source>
        <translation>
            <numerusform>%n nouvel hôte ajouté.</numerusform>
            <numerusform>%n nouveaux hôtes ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n hôte mis à jour.</numerusform>
            <numerusform>%n hôtes mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne en double ignorée.</numerusform>
            <numerusform>%n lignes en double ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hosts are checked within the next minute.</source>
        <translation>Les nouveaux hôtes sont vérifiés dans la minute qui suit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L’importation a été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed and nothing was changed.
%1</source>
        <translation>L’importation a échoué et rien n’a été modifié.
%1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/alerts/trayicon.cpp" line="+15"/>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>Mute alerts for 1 hour</source>
        <translation>Couper les alertes pendant 1 heure</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Quit Pingtool</source>
        <translation>Quitter Pingtool</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pingtool: no hosts yet</source>
        <translation>Pingtool&#xa0;: aucun hôte pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pingtool: %1 down, %2 up, %3 unknown, %4 new</source>
        <translation>Pingtool&#xa0;: en panne %1, joignables %2, inconnus %3, nouveaux %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts muted until %1</source>
        <translation>Alertes coupées jusqu’à %1</translation>
    </message>
</context>
</TS>
