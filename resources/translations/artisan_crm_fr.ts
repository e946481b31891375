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
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>FirstStepsDialog</name>
    <message>
        <source>First steps</source>
        <extracomment>Link targets the main window understands (``MainWindow.go_to``).</extracomment>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>1. Your company</source>
        <translation>1. Votre entreprise</translation>
    </message>
    <message>
        <source>Enter your firm&apos;s name, SIRET, address, insurance and bank details once: they are printed on every quote and invoice.</source>
        <translation>Saisissez une fois le nom de votre entreprise, son SIRET, son adresse, votre assurance et vos coordonnées bancaires : ils sont imprimés sur chaque devis et chaque facture.</translation>
    </message>
    <message>
        <source>Open « My company… »</source>
        <translation>Ouvrir « Mon entreprise… »</translation>
    </message>
    <message>
        <source>2. Your clients</source>
        <translation>2. Vos clients</translation>
    </message>
    <message>
        <source>Create a client with Ctrl+N, or import your address book (CSV from a spreadsheet, vCard from a phone). The search box finds a client by name, town, phone (in any format) or email, accents or not: Ctrl+F.</source>
        <translation>Créez un client avec Ctrl+N, ou importez votre carnet d&apos;adresses (CSV d&apos;un tableur, vCard d&apos;un téléphone). La recherche trouve un client par son nom, sa ville, son téléphone (écrit n&apos;importe comment) ou son e-mail, avec ou sans accents : Ctrl+F.</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <source>3. Quotes, jobs, invoices</source>
        <translation>3. Devis, chantiers, factures</translation>
    </message>
    <message>
        <source>Write a quote from the client card or the Quotes view. When the client accepts, turn it into a job, then invoice the deposit and the balance. Totals and VAT are computed as you type; Ctrl+P prints or makes a PDF.</source>
        <translation>Rédigez un devis depuis la fiche client ou la vue Devis. Quand le client accepte, transformez-le en chantier, puis facturez l&apos;acompte et le solde. Les totaux et la TVA se calculent pendant la saisie ; Ctrl+P imprime ou fait un PDF.</translation>
    </message>
    <message>
        <source>Go to Quotes</source>
        <translation>Aller aux devis</translation>
    </message>
    <message>
        <source>4. Every morning: Today</source>
        <translation>4. Chaque matin : Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today lists the calls to make, the quotes to follow up (a yes then nothing is not a no), the unpaid invoices and the day&apos;s appointments, with the phone numbers. Reminders due while the PC was off are shown at the next start.</source>
        <translation>Aujourd&apos;hui liste les appels à passer, les devis à relancer (un oui puis plus rien n&apos;est pas un non), les factures impayées et les rendez-vous du jour, avec les numéros de téléphone. Les rappels tombés pendant que le PC était éteint s&apos;affichent au démarrage suivant.</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Aller à Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>5. Who is worth it</source>
        <translation>5. Qui en vaut la peine</translation>
    </message>
    <message>
        <source>Client rating compares what each client brings with the time they take (on site, travel, phone, quotes, complaints, payment chasing) and says why in plain words. A demanding client is not a bad one: their complaints are kept as feedback.</source>
        <translation>Notation clients compare ce que chaque client rapporte au temps qu&apos;il prend (chantier, trajets, téléphone, devis, réclamations, relances de paiement) et dit pourquoi, en clair. Un client exigeant n&apos;est pas un mauvais client : ses réclamations sont gardées comme retours.</translation>
    </message>
    <message>
        <source>Go to Client rating</source>
        <translation>Aller à Notation clients</translation>
    </message>
    <message>
        <source>6. Your settings</source>
        <translation>6. Vos paramètres</translation>
    </message>
    <message>
        <source>Set your target hourly margin, the reminder delays, where backups go and, for a firm with several PCs, the shared database.</source>
        <translation>Réglez votre marge horaire visée, les délais des rappels, l&apos;emplacement des sauvegardes et, pour une entreprise à plusieurs PC, la base partagée.</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>7. Backups</source>
        <translation>7. Sauvegardes</translation>
    </message>
    <message>
        <source>A verified backup is made every day. Put them on a USB key in the settings; File ▸ Backups… restores one in two clicks.</source>
        <translation>Une sauvegarde vérifiée est faite chaque jour. Mettez-les sur une clé USB dans les paramètres ; Fichier ▸ Sauvegardes… en restaure une en deux clics.</translation>
    </message>
    <message>
        <source>Open the backups</source>
        <translation>Ouvrir les sauvegardes</translation>
    </message>
    <message>
        <source>Welcome to Artisan CRM</source>
        <translation>Bienvenue dans Artisan CRM</translation>
    </message>
    <message>
        <source>Your clients, quotes, jobs and reminders, on this PC, without internet. Seven steps to get going; this page stays in Help ▸ First steps (F1).</source>
        <translation>Vos clients, devis, chantiers et rappels, sur ce PC, sans internet. Sept étapes pour démarrer ; cette page reste dans Aide ▸ Premiers pas (F1).</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Premiers pas</translation>
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
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Restart Artisan CRM to use the new database or language.</source>
        <translation>Redémarrez Artisan CRM pour utiliser la nouvelle base de données ou la nouvelle langue.</translation>
    </message>
    <message>
        <source>About Artisan CRM</source>
        <translation>À propos d&apos;Artisan CRM</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The address is not valid: {error}</source>
        <translation>L&apos;adresse n&apos;est pas valide : {error}</translation>
    </message>
    <message>
        <source>Connection successful: an Artisan CRM database with {n} clients.</source>
        <translation>Connexion réussie : une base Artisan CRM avec {n} clients.</translation>
    </message>
    <message>
        <source>Connected, but this database holds other tables than Artisan CRM&apos;s: choose an empty database or the one your firm already shares.</source>
        <translation>Connexion établie, mais cette base contient d&apos;autres tables que celles d&apos;Artisan CRM : choisissez une base vide ou celle que votre entreprise partage déjà.</translation>
    </message>
    <message>
        <source>Connection successful: the database is empty; it will be prepared at the next start.</source>
        <translation>Connexion réussie : la base est vide ; elle sera préparée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Échec de la connexion : {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Client rating</source>
        <translation>Notation clients</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Defaults for this page</source>
        <translation>Valeurs par défaut de cette page</translation>
    </message>
    <message>
        <source>Put this page&apos;s default values back (nothing is saved until Save).</source>
        <translation>Remet les valeurs par défaut de cette page (rien n&apos;est enregistré avant « Enregistrer »).</translation>
    </message>
    <message>
        <source>Your firm&apos;s name, address, SIRET, VAT number, insurance, bank details and logo appear on quotes and invoices. They are kept in the database, so every PC of a shared database uses the same.</source>
        <translation>Le nom, l&apos;adresse, le SIRET, le numéro de TVA, l&apos;assurance, les coordonnées bancaires et le logo de votre entreprise figurent sur les devis et les factures. Ils sont gardés dans la base de données : tous les PC d&apos;une base partagée utilisent les mêmes.</translation>
    </message>
    <message>
        <source>Company identity…</source>
        <translation>Identité de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>How clients are rated (Client rating view). The score (0 to 100) adds up six components; a weight says how many of the 100 points each one is worth. The README explains the formula.</source>
        <translation>Comment les clients sont notés (vue Notation clients). La note (de 0 à 100) additionne six composantes ; un poids dit combien des 100 points chacune vaut. Le README explique la formule.</translation>
    </message>
    <message>
        <source>Target hourly margin</source>
        <translation>Marge horaire visée</translation>
    </message>
    <message>
        <source>What an hour of your time should earn after materials. A client&apos;s effective hourly margin (margin ÷ all hours spent on them) is compared with it.</source>
        <translation>Ce qu&apos;une heure de votre temps doit rapporter, matériaux déduits. La marge horaire réelle d&apos;un client (marge ÷ toutes les heures passées pour lui) lui est comparée.</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>24 derniers mois</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <source>Period rated</source>
        <translation>Période notée</translation>
    </message>
    <message>
        <source>Weight: hourly margin</source>
        <translation>Poids : marge horaire</translation>
    </message>
    <message>
        <source>Points for earning the target per hour or more.</source>
        <translation>Points gagnés quand l&apos;heure rapporte l&apos;objectif ou plus.</translation>
    </message>
    <message>
        <source>Weight: unbilled time</source>
        <translation>Poids : temps non facturé</translation>
    </message>
    <message>
        <source>Points lost as the share of time you could not bill grows.</source>
        <translation>Points perdus à mesure que la part du temps non facturable augmente.</translation>
    </message>
    <message>
        <source>Weight: quotes</source>
        <translation>Poids : devis</translation>
    </message>
    <message>
        <source>Points for quotes accepted, lost for hours spent on refused quotes.</source>
        <translation>Points gagnés par les devis acceptés, perdus par les heures passées sur des devis refusés.</translation>
    </message>
    <message>
        <source>Weight: late payment</source>
        <translation>Poids : retards de paiement</translation>
    </message>
    <message>
        <source>Points lost as the average days of late payment grow.</source>
        <translation>Points perdus à mesure que le retard moyen de paiement s&apos;allonge.</translation>
    </message>
    <message>
        <source>Weight: payment reminders</source>
        <translation>Poids : relances de paiement</translation>
    </message>
    <message>
        <source>Points lost for each reminder an unpaid invoice needed.</source>
        <translation>Points perdus pour chaque relance qu&apos;une facture impayée a demandée.</translation>
    </message>
    <message>
        <source>Weight: demands</source>
        <translation>Poids : exigences</translation>
    </message>
    <message>
        <source>Points lost for discount and change requests and unresolved complaints.</source>
        <translation>Points perdus pour les demandes de remise ou de modification et les réclamations non résolues.</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Gem from a score of</source>
        <translation>Pépite à partir d&apos;une note de</translation>
    </message>
    <message>
        <source>Good client from</source>
        <translation>Bon client à partir de</translation>
    </message>
    <message>
        <source>To watch from (below: Vampire)</source>
        <translation>À surveiller à partir de (en dessous : Vampire)</translation>
    </message>
    <message>
        <source>When Artisan CRM reminds you. Changes apply at once to the reminders not yet done.</source>
        <translation>Quand Artisan CRM vous fait penser aux choses. Les changements s&apos;appliquent tout de suite aux rappels pas encore faits.</translation>
    </message>
    <message>
        <source>First follow-up of a sent quote after</source>
        <translation>Première relance d&apos;un devis envoyé après</translation>
    </message>
    <message>
        <source>Second follow-up after</source>
        <translation>Deuxième relance après</translation>
    </message>
    <message>
        <source>Last call before a quote expires</source>
        <translation>Dernier appel avant l&apos;expiration d&apos;un devis</translation>
    </message>
    <message>
        <source>Job deadline warning</source>
        <translation>Alerte avant l&apos;échéance d&apos;un chantier</translation>
    </message>
    <message>
        <source>Courteous reminder of an unpaid invoice</source>
        <translation>Relance courtoise d&apos;une facture impayée</translation>
    </message>
    <message>
        <source>Firm reminder</source>
        <translation>Relance ferme</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> jour avant</translation>
    </message>
    <message>
        <source> day after the due date</source>
        <translation> jour après l&apos;échéance</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> days after the due date</source>
        <translation> jours après l&apos;échéance</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> months after a job</source>
        <translation> mois après un chantier</translation>
    </message>
    <message>
        <source> month after a job</source>
        <translation> mois après un chantier</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Get in touch with past clients</source>
        <translation>Prendre des nouvelles des anciens clients</translation>
    </message>
    <message>
        <source>A « prendre des nouvelles » reminder; 0 = never.</source>
        <translation>Un rappel « prendre des nouvelles » ; 0 = jamais.</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Rappel de rendez-vous</translation>
    </message>
    <message>
        <source>Time of day reminders fall due</source>
        <translation>Heure à laquelle tombent les rappels</translation>
    </message>
    <message>
        <source>Reminders counted in days are shown from this time (24-hour clock, HH:MM).</source>
        <translation>Les rappels comptés en jours s&apos;affichent à partir de cette heure (format 24 h, HH:MM).</translation>
    </message>
    <message>
        <source>A verified backup is made every day at start and before every update of the database. Put them on a USB key or a synced folder to survive a broken PC.</source>
        <translation>Une sauvegarde vérifiée est faite chaque jour au démarrage et avant chaque mise à jour de la base. Mettez-les sur une clé USB ou un dossier synchronisé pour survivre à un PC en panne.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Empty: the backups folder inside the data folder.</source>
        <translation>Vide : le dossier backups du dossier de données.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes gardées</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Sauvegardes hebdomadaires gardées</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Sauvegardes mensuelles gardées</translation>
    </message>
    <message>
        <source>Alone on one PC, keep the local file. Several PCs of the firm share one PostgreSQL database: enter the server given by whoever set it up, test the connection, save, then restart Artisan CRM on each PC.</source>
        <translation>Seul sur un PC, gardez le fichier local. Plusieurs PC de l&apos;entreprise partagent une base PostgreSQL : saisissez le serveur indiqué par la personne qui l&apos;a installé, testez la connexion, enregistrez, puis redémarrez Artisan CRM sur chaque PC.</translation>
    </message>
    <message>
        <source>Local file on this PC: {path}</source>
        <translation>Fichier local sur ce PC : {path}</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database</source>
        <translation>Base PostgreSQL partagée</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Kept in the settings file of this PC; leave empty if the server needs none.</source>
        <translation>Gardé dans le fichier de paramètres de ce PC ; laissez vide si le serveur n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>The {variable} variable is set on this PC: it wins over this page until it is removed.</source>
        <translation>La variable {variable} est définie sur ce PC : elle l&apos;emporte sur cette page tant qu&apos;elle n&apos;est pas retirée.</translation>
    </message>
    <message>
        <source>A change of database applies at the next start.</source>
        <translation>Un changement de base s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>The language of the windows, lists and printed summaries.</source>
        <translation>La langue des fenêtres, des listes et des fiches imprimées.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation>Un changement de langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Last {n} months</source>
        <translation>{n} derniers mois</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the name of the shared database.</source>
        <translation>Saisissez le nom de la base partagée.</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>Au moins un poids doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>The thresholds must go up: To watch ≤ Good client ≤ Gem.</source>
        <translation>Les seuils doivent monter : À surveiller ≤ Bon client ≤ Pépite.</translation>
    </message>
    <message>
        <source>The second follow-up must come after the first.</source>
        <translation>La deuxième relance doit venir après la première.</translation>
    </message>
    <message>
        <source>Invoice reminders must follow each other: courteous, then firm, then formal notice.</source>
        <translation>Les relances de facture se suivent : courtoise, puis ferme, puis mise en demeure.</translation>
    </message>
    <message>
        <source>Write a time of day as HH:MM, for example 08:00.</source>
        <translation>Écrivez une heure sous la forme HH:MM, par exemple 08:00.</translation>
    </message>
    <message>
        <source>Some fields need correcting (in red); nothing was saved yet.</source>
        <translation>Certains champs sont à corriger (en rouge) ; rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Backups cannot be written to this folder ({reason}).</source>
        <translation>Impossible d&apos;écrire les sauvegardes dans ce dossier ({reason}).</translation>
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
