<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (possibles : %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide (%(type)s) : %(value)r</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <source>The number of clients must be at least 1.</source>
        <translation>Le nombre de clients doit être au moins 1.</translation>
    </message>
    <message>
        <source>Demo data loaded into {database}:</source>
        <translation>Données de démonstration chargées dans {database} :</translation>
    </message>
    <message>
        <source>  {name}: {value}</source>
        <translation>  {name} : {value}</translation>
    </message>
    <message>
        <source>Database up to date: {database}</source>
        <translation>Base à jour : {database}</translation>
    </message>
    <message>
        <source>Problems found in {database}:</source>
        <translation>Problèmes trouvés dans {database} :</translation>
    </message>
    <message>
        <source>Artisan CRM: follow-up of clients, quotes, jobs and reminders, offline.</source>
        <translation>Artisan CRM : suivi des clients, devis, chantiers et relances, hors ligne.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>start the interface, wait for the first view, then exit (tests, measurements)</source>
        <translation>démarre l&apos;interface, attend la première vue, puis quitte (tests, mesures)</translation>
    </message>
    <message>
        <source>database to use (e.g. sqlite:///path.sqlite3 or postgresql+psycopg://...)</source>
        <translation>base à utiliser (ex. sqlite:///chemin.sqlite3 ou postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>detailed log</source>
        <translation>journal détaillé</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>load realistic demo data</source>
        <translation>charge des données de démonstration réalistes</translation>
    </message>
    <message>
        <source>number of clients (60)</source>
        <translation>nombre de clients (60)</translation>
    </message>
    <message>
        <source>seed: same seed, same data</source>
        <translation>graine : même graine, mêmes données</translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation>entretien de la base de données</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>upgrade the schema (backs up first)</source>
        <translation>met le schéma à jour (sauvegarde d&apos;abord)</translation>
    </message>
    <message>
        <source>check the integrity (prints OK)</source>
        <translation>vérifie l&apos;intégrité (affiche OK)</translation>
    </message>
    <message>
        <source>number of items per type, as JSON</source>
        <translation>nombre d&apos;éléments par type, en JSON</translation>
    </message>
    <message>
        <source>artisan-crm: {message}</source>
        <translation>artisan-crm : {message}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>import data (CSV or vCard clients)</source>
        <translation>importe des données (clients CSV ou vCard)</translation>
    </message>
    <message>
        <source>import clients from a CSV (Excel) or vCard (.vcf) file</source>
        <translation>importe des clients depuis un fichier CSV (Excel) ou vCard (.vcf)</translation>
    </message>
    <message>
        <source>Import clients. All or nothing: if there is an error, nothing is imported.</source>
        <translation>Importe des clients. Tout ou rien : en cas d&apos;erreur, rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>simulate: save nothing</source>
        <translation>simule : n&apos;enregistre rien</translation>
    </message>
    <message>
        <source>report as JSON</source>
        <translation>rapport en JSON</translation>
    </message>
    <message>
        <source>file format (guessed otherwise)</source>
        <translation>format du fichier (deviné sinon)</translation>
    </message>
    <message>
        <source>complete the clients already there (duplicates)</source>
        <translation>complète les clients déjà présents (doublons)</translation>
    </message>
    <message>
        <source>also import the rows that look like an existing client</source>
        <translation>importe aussi les lignes qui ressemblent à un client existant</translation>
    </message>
    <message>
        <source>export data (CSV or vCard clients)</source>
        <translation>exporte des données (clients CSV ou vCard)</translation>
    </message>
    <message>
        <source>export the clients as CSV (Excel) or vCard</source>
        <translation>exporte les clients en CSV (Excel) ou vCard</translation>
    </message>
    <message>
        <source>vCard version (3.0)</source>
        <translation>version vCard (3.0)</translation>
    </message>
    <message>
        <source>without the archived clients</source>
        <translation>sans les clients archivés</translation>
    </message>
    <message>
        <source>a client record: personal data (GDPR)</source>
        <translation>une fiche client : données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>write all the data of a client (JSON + readable HTML)</source>
        <translation>écrit toutes les données d&apos;un client (JSON + HTML lisible)</translation>
    </message>
    <message>
        <source>erase the identity of a client (irreversible; invoices kept)</source>
        <translation>efface l&apos;identité d&apos;un client (irréversible ; factures conservées)</translation>
    </message>
    <message>
        <source>confirm the anonymisation</source>
        <translation>confirme l&apos;anonymisation</translation>
    </message>
    <message>
        <source>artisan-crm: the file “{file}” does not exist.</source>
        <translation>artisan-crm : le fichier « {file} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{count} client(s) exported to {file}</source>
        <translation>{count} client(s) exporté(s) dans {file}</translation>
    </message>
    <message>
        <source>Data of client no. {id} written to:</source>
        <translation>Données du client n°{id} écrites dans :</translation>
    </message>
    <message>
        <source>artisan-crm: anonymisation erases the identity of client no. {id} for good (the invoices are kept). Run again with --yes to confirm.</source>
        <translation>artisan-crm : l&apos;anonymisation efface définitivement l&apos;identité du client n°{id} (les factures sont conservées). Relancez avec --yes pour confirmer.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>fichier PDF à écrire</translation>
    </message>
    <message>
        <source>“{path}” is a folder: give a PDF file name.</source>
        <translation>« {path} » est un dossier : donnez un nom de fichier PDF.</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>sortie JSON</translation>
    </message>
    <message>
        <source>print as PDF</source>
        <translation>imprime en PDF</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>quotes: printing as PDF</source>
        <translation>devis : impression en PDF</translation>
    </message>
    <message>
        <source>write the quote NUMBER to the PDF file</source>
        <translation>écrit le devis NUMÉRO dans le fichier PDF</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>e.g. DEV-2026-0001</source>
        <translation>ex. DEV-2026-0001</translation>
    </message>
    <message>
        <source>invoices: printing as PDF</source>
        <translation>factures : impression en PDF</translation>
    </message>
    <message>
        <source>write the invoice (or credit note) NUMBER to the PDF file</source>
        <translation>écrit la facture (ou l&apos;avoir) NUMÉRO dans le fichier PDF</translation>
    </message>
    <message>
        <source>e.g. FAC-2026-0001</source>
        <translation>ex. FAC-2026-0001</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {error}.</source>
        <translation>Impossible d&apos;écrire « {path} » : {error}.</translation>
    </message>
    <message>
        <source>Quote {number} written to {path} ({n} page).</source>
        <translation>Devis {number} écrit dans {path} ({n} page).</translation>
    </message>
    <message>
        <source>Quote {number} written to {path} ({n} pages).</source>
        <translation>Devis {number} écrit dans {path} ({n} pages).</translation>
    </message>
    <message>
        <source>Invoice {number} written to {path} ({n} page).</source>
        <translation>Facture {number} écrit dans {path} ({n} page).</translation>
    </message>
    <message>
        <source>Invoice {number} written to {path} ({n} pages).</source>
        <translation>Facture {number} écrit dans {path} ({n} pages).</translation>
    </message>
</context>
<context>
    <name>PlanningCommands</name>
    <message>
        <source>invalid date: “{text}” (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>date invalide : « {text} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>invalid moment: “{text}” (expected e.g. 2026-11-23T09:00)</source>
        <translation>moment invalide : « {text} » (attendu par exemple 2026-11-23T09:00)</translation>
    </message>
    <message>
        <source>No reminder due.</source>
        <translation>Aucun rappel dû.</translation>
    </message>
    <message>
        <source>No current reminder.</source>
        <translation>Aucun rappel en cours.</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation> (reporté)</translation>
    </message>
    <message>
        <source>Automatic reminders: {created} created, {updated} updated, {dismissed} dismissed (reason gone).</source>
        <translation>Rappels automatiques : {created} créé(s), {updated} mis à jour, {dismissed} écarté(s) (raison disparue).</translation>
    </message>
    <message>
        <source>Week of {day} written to {file} ({pages} page(s)).</source>
        <translation>Semaine du {day} écrite dans {file} ({pages} page(s)).</translation>
    </message>
    <message>
        <source>Day sheet of {day} written to {file} ({pages} page(s)).</source>
        <translation>Feuille de route du {day} écrite dans {file} ({pages} page(s)).</translation>
    </message>
    <message>
        <source>{count} event(s) exported to {file}.</source>
        <translation>{count} événement(s) exporté(s) dans {file}.</translation>
    </message>
    <message>
        <source>act as if it were this moment (e.g. 2026-11-23T09:00, Paris time)</source>
        <translation>fait comme s&apos;il était ce moment (ex. 2026-11-23T09:00, heure de Paris)</translation>
    </message>
    <message>
        <source>reminders: follow-ups, due dates, appointments</source>
        <translation>rappels : relances, échéances, rendez-vous</translation>
    </message>
    <message>
        <source>list the current reminders (or the due ones with --due)</source>
        <translation>liste les rappels en cours (ou dus avec --due)</translation>
    </message>
    <message>
        <source>only the due reminders</source>
        <translation>seulement les rappels dus</translation>
    </message>
    <message>
        <source>maximum number (500)</source>
        <translation>nombre maximum (500)</translation>
    </message>
    <message>
        <source>recompute the automatic reminders (idempotent)</source>
        <translation>recalcule les rappels automatiques (idempotent)</translation>
    </message>
    <message>
        <source>day sheet (or week sheet) as PDF</source>
        <translation>feuille de route du jour (ou de la semaine) en PDF</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>day (today)</source>
        <translation>jour (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>the whole week of the given day</source>
        <translation>toute la semaine du jour donné</translation>
    </message>
    <message>
        <source>calendar: iCalendar export (.ics)</source>
        <translation>agenda : export iCalendar (.ics)</translation>
    </message>
    <message>
        <source>appointments and due dates as an .ics file</source>
        <translation>rendez-vous et échéances en fichier .ics</translation>
    </message>
    <message>
        <source>.ics file to write</source>
        <translation>fichier .ics à écrire</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporte des données</translation>
    </message>
    <message>
        <source>Use “artisan-crm reminders|print|calendar”.</source>
        <translation>Utilisez « artisan-crm reminders|print|calendar ».</translation>
    </message>
</context>
<context>
    <name>RatingCommand</name>
    <message>
        <source>unknown category “{name}” (pepite, bon-client, a-surveiller, vampire, pas-assez-de-donnees)</source>
        <translation>catégorie « {name} » inconnue (pepite, bon-client, a-surveiller, vampire, pas-assez-de-donnees)</translation>
    </message>
    <message>
        <source>invalid date “{text}” (YYYY-MM-DD)</source>
        <translation>date « {text} » invalide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>invalid rate “{text}”</source>
        <translation>taux « {text} » invalide</translation>
    </message>
    <message>
        <source>the hourly rate must be positive</source>
        <translation>le taux horaire doit être positif</translation>
    </message>
    <message>
        <source>client rating: score, category and reasons</source>
        <translation>notation des clients : score, catégorie et raisons</translation>
    </message>
    <message>
        <source>Rate every active client over the period (hourly margin, unbilled time, lost quotes, late payments, demands): Gem, Good client, Watch, Vampire or Not enough data.</source>
        <translation>Note chaque client actif sur la période (marge horaire, temps non facturé, devis perdus, retards de paiement, exigences) : Pépite, Bon client, À surveiller, Vampire ou Pas assez de données.</translation>
    </message>
    <message>
        <source>period: last 24 or 12 months, this year, all (default: setting, 24m)</source>
        <translation>période : 24 ou 12 derniers mois, cette année, tout (défaut : réglage, 24m)</translation>
    </message>
    <message>
        <source>JSON output (every figure)</source>
        <translation>sortie JSON (tous les chiffres)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>show only these categories (repeatable or separated by commas): pepite, bon-client, a-surveiller, vampire, pas-assez-de-donnees</source>
        <translation>n&apos;affiche que ces catégories (répétable ou séparées par des virgules) : pepite, bon-client, a-surveiller, vampire, pas-assez-de-donnees</translation>
    </message>
    <message>
        <source>hourly margin target in €/h (default: setting, 45)</source>
        <translation>objectif de marge horaire en €/h (défaut : réglage, 45)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>reference date (default: today)</source>
        <translation>date de référence (défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>column titles (English sources, translated with ``translate(&quot;RatingCommand&quot;, title)``)</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Revenue excl. VAT</source>
        <translation>CA HT</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Margin/h</source>
        <translation>Marge/h</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Quotes acc./made</source>
        <translation>Devis acc./faits</translation>
    </message>
    <message>
        <source>Lost h</source>
        <translation>H perdues</translation>
    </message>
    <message>
        <source>Avg. delay</source>
        <translation>Retard moy.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclam.</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifs</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Raison principale</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>Client rating: {period} ({span}), target {target}</source>
        <translation>Notation des clients : {period} ({span}), objectif {target}</translation>
    </message>
    <message>
        <source>No client to rate over this period.</source>
        <translation>Aucun client à noter sur cette période.</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category} : {count}</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>Verified backup written: {path} ({size} KB)</source>
        <translation>Sauvegarde vérifiée écrite : {path} ({size} Ko)</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is restored with pg_restore on the server (pg_restore --clean --dbname=NAME backup.dump).</source>
        <translation>La restauration d&apos;une base partagée PostgreSQL se fait avec pg_restore sur le serveur (pg_restore --clean --dbname=NOM sauvegarde.dump).</translation>
    </message>
    <message>
        <source>Artisan CRM is open: close it before restoring a backup.</source>
        <translation>Artisan CRM est ouvert : fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Database restored from {path}.</source>
        <translation>Base restaurée depuis {path}.</translation>
    </message>
    <message>
        <source>The previous database is kept: {path}</source>
        <translation>L&apos;ancienne base est conservée : {path}</translation>
    </message>
    <message>
        <source>write a verified backup of the database</source>
        <translation>écrit une sauvegarde vérifiée de la base</translation>
    </message>
    <message>
        <source>destination folder (default: the one in the settings)</source>
        <translation>dossier de destination (par défaut : celui des réglages)</translation>
    </message>
    <message>
        <source>replace the database with a backup (application closed)</source>
        <translation>remplace la base par une sauvegarde (application fermée)</translation>
    </message>
    <message>
        <source>.sqlite3 backup file</source>
        <translation>fichier de sauvegarde .sqlite3</translation>
    </message>
    <message>
        <source>folder where the copy of the current database is kept</source>
        <translation>dossier où garder la copie de la base actuelle</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>{n} page</source>
        <extracomment>matches listed in the &quot;several clients&quot; message</extracomment>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Give the name or the number of the client.</source>
        <translation>Indiquez le nom ou le numéro du client.</translation>
    </message>
    <message>
        <source>No client matches “{text}”.</source>
        <translation>Aucun client ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>  no. {id}: {name}</source>
        <translation>  n° {id} : {name}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Several clients match “{text}”:</source>
        <translation>Plusieurs clients correspondent à « {text} » :</translation>
    </message>
    <message>
        <source>Be more precise or give the number of the client.</source>
        <translation>Précisez le nom ou donnez le numéro du client.</translation>
    </message>
    <message>
        <source>With --all-active, give neither a client nor a file: only the folder.</source>
        <translation>Avec --all-active, ne donnez ni client ni fichier : seulement le dossier.</translation>
    </message>
    <message>
        <source>“{path}” is not a folder.</source>
        <translation>« {path} » n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Give the client and the PDF file (or --all-active FOLDER).</source>
        <translation>Donnez le client et le fichier PDF (ou --all-active DOSSIER).</translation>
    </message>
    <message>
        <source>{count} client summary(ies) written to {path} ({pages} in all).</source>
        <translation>{count} fiche(s) client écrite(s) dans {path} ({pages} en tout).</translation>
    </message>
    <message>
        <source>Cannot write the PDF: {error}.</source>
        <translation>Impossible d&apos;écrire le PDF : {error}.</translation>
    </message>
    <message>
        <source>Summary of client no. {id} written to {path} ({pages}).</source>
        <translation>Fiche du client n° {id} écrite dans {path} ({pages}).</translation>
    </message>
    <message>
        <source>invalid number: “{text}”</source>
        <translation>nombre invalide : « {text} »</translation>
    </message>
    <message>
        <source>between 0 and {max}</source>
        <translation>entre 0 et {max}</translation>
    </message>
    <message>
        <source>client summary as PDF (before a visit or a delicate exchange)</source>
        <translation>fiche client en PDF (avant une visite ou un échange délicat)</translation>
    </message>
    <message>
        <source>Write the summary of a client as PDF: contact details, the relationship in brief, current quotes, jobs, invoices and reminders, latest exchanges, complaints, notes. With --all-active, one summary per non-archived client in a folder.</source>
        <translation>Écrit la fiche d&apos;un client en PDF : coordonnées, relation en bref, devis, chantiers, factures et rappels en cours, derniers échanges, réclamations, notes. Avec --all-active, une fiche par client non archivé dans un dossier.</translation>
    </message>
    <message>
        <source>NAME-OR-NUMBER</source>
        <translation>NOM-OU-NUMÉRO</translation>
    </message>
    <message>
        <source>name (as in the search) or number</source>
        <translation>nom (comme la recherche) ou numéro</translation>
    </message>
    <message>
        <source>PDF to write</source>
        <translation>PDF à écrire</translation>
    </message>
    <message>
        <source>one PDF summary per non-archived client in this folder</source>
        <translation>une fiche PDF par client non archivé dans ce dossier</translation>
    </message>
    <message>
        <source>without the rating (category, reasons) or the tags: a summary to hand to the client</source>
        <translation>sans la notation (catégorie, raisons) ni les étiquettes : fiche à remettre au client</translation>
    </message>
    <message>
        <source>without any amount in euros</source>
        <translation>sans aucun montant en euros</translation>
    </message>
    <message>
        <source>the whole history: every exchange and complaint, closed documents</source>
        <translation>tout l&apos;historique : tous les échanges et réclamations, documents clos</translation>
    </message>
    <message>
        <source>number of latest exchanges printed (15)</source>
        <translation>nombre de derniers échanges imprimés (15)</translation>
    </message>
    <message>
        <source>Use “artisan-crm print client”.</source>
        <translation>Utilisez « artisan-crm print client ».</translation>
    </message>
</context>
</TS>
