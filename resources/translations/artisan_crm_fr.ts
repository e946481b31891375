<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Everyone you work for, with their contact details, sites and history.</source>
        <translation>Toutes les personnes pour qui vous travaillez, avec leurs coordonnées, leurs chantiers et leur historique.</translation>
    </message>
    <message>
        <source>The list of your clients, with instant search, will appear here.</source>
        <translation>La liste de vos clients, avec recherche instantanée, apparaîtra ici.</translation>
    </message>
    <message>
        <source>Each client card will gather contact details, addresses, exchanges, quotes, jobs and invoices on one screen.</source>
        <translation>Chaque fiche client réunira sur un seul écran coordonnées, adresses, échanges, devis, chantiers et factures.</translation>
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
    <name>InvoicesView</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>What you invoiced and what you are still owed.</source>
        <translation>Ce que vous avez facturé et ce qu&apos;on vous doit encore.</translation>
    </message>
    <message>
        <source>Your invoices (FAC-2026-0001…), paid, partly paid or overdue, will appear here.</source>
        <translation>Vos factures (FAC-2026-0001…), payées, partiellement payées ou en retard, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Deposits and final invoices will come from your quotes and jobs, and each payment received will be recorded.</source>
        <translation>Acomptes et factures de solde seront issus de vos devis et chantiers, et chaque paiement reçu y sera noté.</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Jobs</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Your jobs in progress and to come.</source>
        <translation>Vos chantiers en cours et à venir.</translation>
    </message>
    <message>
        <source>Your jobs, with their start date, deadline and progress, will appear here.</source>
        <translation>Vos chantiers, avec leur date de début, leur échéance et leur avancement, apparaîtront ici.</translation>
    </message>
    <message>
        <source>A job will be created from an accepted quote, or directly, and will track the hours spent and the cost of materials.</source>
        <translation>Un chantier se créera à partir d&apos;un devis accepté, ou directement, et suivra les heures passées et le coût des fournitures.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Artisan CRM — client follow-up</source>
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
    <name>QuotesView</name>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Your quotes, from draft to signature.</source>
        <translation>Vos devis, du brouillon à la signature.</translation>
    </message>
    <message>
        <source>Your quotes (DEV-2026-0001…) and their status (draft, sent, accepted, refused) will appear here.</source>
        <translation>Vos devis (DEV-2026-0001…) et leur état (brouillon, envoyé, accepté, refusé) apparaîtront ici.</translation>
    </message>
    <message>
        <source>You will write them line by line (labour, materials, travel) with the VAT computed for you, then print them or save them as PDF.</source>
        <translation>Vous les rédigerez ligne par ligne (main-d&apos;œuvre, fournitures, déplacement), avec la TVA calculée pour vous, puis les imprimerez ou les enregistrerez en PDF.</translation>
    </message>
</context>
<context>
    <name>RatingView</name>
    <message>
        <source>Client rating</source>
        <translation>Notation clients</translation>
    </message>
    <message>
        <source>Which clients are really worth your time.</source>
        <translation>Les clients qui valent vraiment votre temps.</translation>
    </message>
    <message>
        <source>The rating of your clients (margin per hour, unbilled time, late payments) will appear here.</source>
        <translation>La notation de vos clients (marge par heure, temps non facturé, retards de paiement) apparaîtra ici.</translation>
    </message>
    <message>
        <source>Each client will get a score and a category (Gem, Good client, To watch, Vampire) with the reasons in plain words.</source>
        <translation>Chaque client recevra une note et une catégorie (Pépite, Bon client, À surveiller, Vampire), avec les raisons en toutes lettres.</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Nothing forgotten: follow-ups, calls, payments to chase.</source>
        <translation>Rien à oublier : relances, rappels, paiements en attente.</translation>
    </message>
    <message>
        <source>Your reminders (quotes to follow up, unpaid invoices, yearly maintenance) will appear here.</source>
        <translation>Vos rappels (devis à relancer, factures impayées, entretiens annuels) apparaîtront ici.</translation>
    </message>
    <message>
        <source>They will be created for you from your quotes and invoices, and the application will tell you when one is due.</source>
        <translation>Ils seront créés pour vous à partir de vos devis et factures, et l&apos;application vous préviendra à l&apos;échéance.</translation>
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
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reading your data…</source>
        <translation>Lecture de vos données…</translation>
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
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Exchanges with clients</source>
        <translation>Échanges avec les clients</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Temps saisis</translation>
    </message>
    <message>
        <source>Soon this page will show your day: appointments, reminders due, quotes to follow up and invoices waiting for payment.</source>
        <translation>Bientôt, cette page présentera votre journée : rendez-vous, rappels échus, devis à relancer et factures en attente de paiement.</translation>
    </message>
    <message>
        <source>Your database is empty for now. The clients, quotes and jobs you add will be counted here.</source>
        <translation>Votre base est vide pour l&apos;instant. Les clients, devis et chantiers que vous ajouterez seront comptés ici.</translation>
    </message>
    <message>
        <source>Hello! Here is what your database holds today.</source>
        <translation>Bonjour ! Voici ce que contient votre base aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The summary could not be read. See the log for details.</source>
        <translation>Le résumé n&apos;a pas pu être lu. Le journal de l&apos;application donne les détails.</translation>
    </message>
</context>
</TS>
