<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>The backup written to “{path}” is invalid: {result}.</source>
        <translation>La sauvegarde écrite dans « {path} » est invalide : {result}.</translation>
    </message>
    <message>
        <source>The database backup failed: {error}.</source>
        <translation>La sauvegarde de la base a échoué : {error}.</translation>
    </message>
    <message>
        <source>The backup “{path}” does not exist.</source>
        <translation>La sauvegarde « {path} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup “{path}” cannot be read ({error}).</source>
        <translation>La sauvegarde « {path} » est illisible ({error}).</translation>
    </message>
    <message>
        <source>The backup “{path}” is damaged ({detail}).</source>
        <translation>La sauvegarde « {path} » est endommagée ({detail}).</translation>
    </message>
    <message>
        <source>“{path}” is not an Artisan CRM backup.</source>
        <translation>« {path} » n&apos;est pas une sauvegarde Artisan CRM.</translation>
    </message>
    <message>
        <source>pg_dump cannot be found: install the PostgreSQL client tools, or let the server make its own backups (pg_dump -Fc DATABASE_NAME &gt; backup.dump).</source>
        <translation>pg_dump est introuvable : installez les outils clients PostgreSQL, ou laissez le serveur faire ses sauvegardes (pg_dump -Fc NOM_DE_LA_BASE &gt; sauvegarde.dump).</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Client no. {id}</source>
        <extracomment>Folded (lower-case, no accents) names, company, cities, phones (digits), emails and notes, kept by the service on every save: one LIKE finds a client on SQLite and PostgreSQL alike (&quot;helene&quot; finds &quot;Hélène&quot;).</extracomment>
        <translation>Client n°{id}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Invalid database address: “{url}”.</source>
        <translation>Adresse de base de données invalide : « {url} ».</translation>
    </message>
    <message>
        <source>Unsupported kind of database: “{kind}”. Use a local SQLite file or a PostgreSQL server.</source>
        <translation>Type de base de données non pris en charge : « {kind} ». Utilisez un fichier SQLite local ou un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>SQLite: {path}</source>
        <translation>SQLite : {path}</translation>
    </message>
    <message>
        <source>PostgreSQL: {server}</source>
        <translation>PostgreSQL : {server}</translation>
    </message>
    <message>
        <source>The database is busy or out of reach for the moment ({detail}). Nothing was lost: try again in a moment.</source>
        <translation>La base de données est occupée ou inaccessible pour le moment ({detail}). Rien n&apos;a été perdu : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost. What you typed is kept: check the network or the server, then try again. Detail: {detail}</source>
        <translation>La connexion à la base partagée a été perdue. Vos saisies sont conservées : vérifiez le réseau ou le serveur, puis réessayez. Détail : {detail}</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Artisan CRM (schema “{revision}”). Update the application; the database was not modified.</source>
        <translation>Cette base de données a été créée par une version plus récente d&apos;Artisan CRM (schéma « {revision} »). Mettez l&apos;application à jour ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database keeps nothing: give a file.</source>
        <translation>Une base SQLite en mémoire ne conserve rien : donnez un fichier.</translation>
    </message>
    <message>
        <source>No database at “{path}”. Start the application (or “artisan-crm db upgrade”) to create it.</source>
        <translation>Aucune base de données à « {path} ». Lancez l&apos;application (ou « artisan-crm db upgrade ») pour la créer.</translation>
    </message>
    <message>
        <source>Cannot reach the shared PostgreSQL database ({server}). Check that the server is on and can be reached from this computer, then try again. Detail: {detail}</source>
        <translation>Impossible de joindre la base partagée PostgreSQL ({server}). Vérifiez que le serveur est allumé et joignable depuis ce poste, puis réessayez. Détail : {detail}</translation>
    </message>
    <message>
        <source>broken reference: table {table}, row {row} -&gt; {parent}</source>
        <translation>référence cassée : table {table}, ligne {row} -&gt; {parent}</translation>
    </message>
    <message>
        <source>schema not up to date (revision {revision})</source>
        <translation>schéma pas à jour (révision {revision})</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database.</source>
        <translation>« {path} » est un dossier, pas une base de données.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {error}.</source>
        <translation>Impossible de lire « {path} » : {error}.</translation>
    </message>
    <message>
        <source>The file “{path}” is not an Artisan CRM database (its header is not that of an SQLite file). It was not modified.</source>
        <translation>Le fichier « {path} » n&apos;est pas une base de données Artisan CRM (son en-tête n&apos;est pas celui d&apos;un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file “{path}” is an SQLite database, but not an Artisan CRM one (it was not modified).</source>
        <translation>Le fichier « {path} » est une base SQLite, mais pas une base Artisan CRM (il n&apos;a pas été modifié).</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged ({detail}). It was not modified. Restore the latest good backup (File ▸ Backups… ▸ Restore a backup, or “artisan-crm restore FILE”).</source>
        <translation>La base de données « {path} » est endommagée ({detail}). Elle n&apos;a pas été modifiée. Restaurez la dernière sauvegarde valide (menu Fichier ▸ Restaurer une sauvegarde, ou « artisan-crm restore FICHIER »).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The schema update left {n} broken reference; restore the backup made just before.</source>
        <translation>La mise à jour du schéma a laissé {n} référence(s) cassée(s) ; restaurez la sauvegarde faite juste avant.</translation>
    </message>
    <message>
        <source>The schema update left {n} broken references; restore the backup made just before.</source>
        <translation>La mise à jour du schéma a laissé {n} référence(s) cassée(s) ; restaurez la sauvegarde faite juste avant.</translation>
    </message>
</context>
</TS>
