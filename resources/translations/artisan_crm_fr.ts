<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Daily (at start)</source>
        <translation>Quotidienne (au démarrage)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>In shared mode the backups are made on the server (pg_dump): see the README, or run “artisan-crm backup”.</source>
        <translation>En mode partagé, les sauvegardes se font sur le serveur (pg_dump) : voir le README, ou lancer « artisan-crm backup ».</translation>
    </message>
    <message>
        <source>A verified copy is made every day at start, before every update and when you ask. Restoring keeps a copy of the current database first.</source>
        <translation>Une copie vérifiée est faite chaque jour au démarrage, avant chaque mise à jour et à votre demande. Une restauration garde d&apos;abord une copie de la base actuelle.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Backups kept: {count}.</source>
        <translation>Sauvegardes conservées : {count}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written and verified: {name}</source>
        <translation>Sauvegarde écrite et vérifiée : {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of {when}? A copy of the current database is made first. Artisan CRM then restarts on the restored data.</source>
        <translation>Remplacer la base actuelle par la sauvegarde du {when} ? Une copie de la base actuelle est faite d&apos;abord. Artisan CRM redémarre ensuite sur les données restaurées.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurer et redémarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Artisan CRM cannot start</source>
        <translation>Artisan CRM ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>tracebacks kept in the details area of one dialog; the log file has them all</extracomment>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your data is safe: what was saved stays saved, and you can keep working.

If it happens again, send the details below to your support contact.</source>
        <translation>Une erreur inattendue s&apos;est produite. Vos données sont en sécurité : ce qui était enregistré le reste, et vous pouvez continuer à travailler.

Si cela se reproduit, transmettez les détails ci-dessous à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>{count} errors occurred in a row.</source>
        <translation>{count} erreurs se sont produites à la suite.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Creating the demonstration data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Technical detail: {error}</source>
        <translation>Détail technique : {error}</translation>
    </message>
    <message>
        <source>The demonstration data could not be created. Your database was left as it was; you will be offered the choice again at the next start.</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées. Votre base est restée telle quelle ; le choix vous sera proposé à nouveau au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Artisan CRM</source>
        <translation>Bienvenue dans Artisan CRM</translation>
    </message>
    <message>
        <source>Your database is empty. Do you want to discover the application with demonstration data (fictitious clients, quotes, jobs and invoices)?

You can also start right away with an empty database and enter your own clients. Demonstration data is fictitious: do not mix it with your real clients.</source>
        <translation>Votre base est vide. Voulez-vous découvrir l&apos;application avec des données de démonstration (clients, devis, chantiers et factures fictifs) ?

Vous pouvez aussi commencer tout de suite avec une base vide et saisir vos propres clients. Les données de démonstration sont fictives : ne les mélangez pas avec vos vrais clients.</translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base vide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Artisan CRM — client follow-up</source>
        <extracomment>The views in navigation order: (view id, module under ``artisan_crm.ui.views``, class). Only the first is built at start; the others (and their imports: charts, editors, services) are built the first time they are shown, so the window opens fast. record kind -&gt; the view that opens it (``open_&lt;kind&gt;(id)`` when it can)</extracomment>
        <translation>Artisan CRM — suivi clients</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Client rating</source>
        <translation>Notation clients</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Artisan CRM</source>
        <translation>À &amp;propos d&apos;Artisan CRM</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <source>{app} {version}

Client follow-up for craftsmen, working offline.

Data folder: {folder}
Database: {database}</source>
        <translation>{app} {version}

Le suivi clients des artisans, sans connexion Internet.

Dossier de données : {folder}
Base de données : {database}</translation>
    </message>
    <message>
        <source>About Artisan CRM</source>
        <translation>À propos d&apos;Artisan CRM</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Artisan CRM is already open on this computer for the data folder “{folder}”, but it does not answer. Close it (or wait for it to finish what it is doing), then start again.</source>
        <extracomment>exit status of ``--smoke`` when the first view never loaded exit status when another instance holds the data folder but does not answer</extracomment>
        <translation>Artisan CRM est déjà ouvert sur cet ordinateur pour le dossier de données « {folder} », mais ne répond pas. Fermez-le (ou attendez qu&apos;il termine ce qu&apos;il est en train de faire), puis relancez-le.</translation>
    </message>
    <message>
        <source>The database could not be opened because of an unexpected error. The details are in the log file “{log}”.

{error}</source>
        <translation>La base de données n&apos;a pas pu être ouverte à cause d&apos;une erreur inattendue. Les détails sont dans le journal « {log} ».

{error}</translation>
    </message>
    <message>
        <source>The newest good backup dates from {when}. Restore it now? The damaged file is kept aside, never deleted.</source>
        <translation>La dernière sauvegarde valide date du {when}. La restaurer maintenant ? Le fichier endommagé est mis de côté, jamais supprimé.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>La sauvegarde automatique a échoué : {error}</translation>
    </message>
</context>
</TS>
