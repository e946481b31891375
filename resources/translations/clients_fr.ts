<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressEditor</name>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Job site</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Label (e.g. holiday home)</source>
        <translation>Libellé (ex. maison de vacances)</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>Building, floor, access code…</source>
        <translation>Bâtiment, étage, digicode…</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Erase this client&apos;s personal data</source>
        <translation>Effacer les données personnelles du client</translation>
    </message>
    <message>
        <source>The name, phones, e-mails, addresses, notes and exchanges of “{name}” will be erased for good. Invoices are kept (the law requires it for ten years) under an anonymous name. This cannot be undone.

To confirm, type the client&apos;s name: {name}</source>
        <translation>Le nom, les téléphones, les e-mails, les adresses, les notes et les échanges de « {name} » seront effacés définitivement. Les factures sont conservées (la loi l&apos;impose pendant dix ans) sous un nom anonyme. C&apos;est irréversible.

Pour confirmer, tapez le nom du client : {name}</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClientCardPage</name>
    <message>
        <source>← Clients</source>
        <extracomment>tables whose changes show on a card (its history and totals) the last dialog opened (tests reach it here)</extracomment>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Export the client&apos;s data (GDPR)…</source>
        <translation>Exporter les données du client (RGPD)…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Erase / anonymise…</source>
        <translation>Effacer / anonymiser…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Print the client summary or save it as PDF (Ctrl+P)</source>
        <translation>Imprimer la fiche client ou l&apos;enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Put my text back in the form</source>
        <translation>Remettre ma saisie dans la fiche</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Revenue (excl. VAT)</source>
        <translation>Chiffre d&apos;affaires HT</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Noter :</translation>
    </message>
    <message>
        <source>Log a contact with this client</source>
        <translation>Noter un contact avec ce client</translation>
    </message>
    <message>
        <source>Time spent…</source>
        <translation>Temps passé…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The history, totals and time spent appear once the client is saved.</source>
        <translation>L&apos;historique, les totaux et le temps passé apparaissent une fois le client enregistré.</translation>
    </message>
    <message>
        <source>Restore (unarchive)</source>
        <translation>Réactiver (désarchiver)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The card could not be read: {error}</source>
        <translation>La fiche n’a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>of which billable: {billable}</source>
        <translation>dont facturable : {billable}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Saving… wait a moment.</source>
        <translation>Enregistrement en cours… un instant.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>le nouveau client</translation>
    </message>
    <message>
        <source>Save the changes made to {name}?</source>
        <translation>Enregistrer les modifications apportées à {name} ?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking your file for this client…</source>
        <translation>Recherche de ce client dans votre fichier…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This client may already be in your file.</source>
        <translation>Ce client est peut-être déjà dans votre fichier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields shown in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les champs en rouge.</translation>
    </message>
    <message>
        <source>Not saved: modified on another workstation.</source>
        <translation>Non enregistré : modifié sur un autre poste.</translation>
    </message>
    <message>
        <source>Modified on another workstation</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <source>This client was modified on another workstation since you opened the card, so your changes were not saved.

Reload the card to see the current version? What you typed stays visible, and you can put it back in the form.</source>
        <translation>Ce client a été modifié sur un autre poste depuis l&apos;ouverture de la fiche : vos modifications n&apos;ont pas été enregistrées.

Recharger la fiche pour voir la version à jour ? Ce que vous avez tapé reste affiché, et vous pourrez le remettre dans la fiche.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>The card now shows the version saved on the other workstation. What you had typed (not saved) is below.</source>
        <translation>La fiche montre maintenant la version enregistrée sur l&apos;autre poste. Ce que vous aviez tapé (non enregistré) est ci-dessous.</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>Nom : {value}</translation>
    </message>
    <message>
        <source>Company: {value}</source>
        <translation>Société : {value}</translation>
    </message>
    <message>
        <source>SIRET: {value}</source>
        <translation>SIRET : {value}</translation>
    </message>
    <message>
        <source>Phones: {value}</source>
        <translation>Téléphones : {value}</translation>
    </message>
    <message>
        <source>E-mails: {value}</source>
        <translation>E-mails : {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Adresse : {value}</translation>
    </message>
    <message>
        <source>Tags: {value}</source>
        <translation>Étiquettes : {value}</translation>
    </message>
    <message>
        <source>Source: {value}</source>
        <translation>Source : {value}</translation>
    </message>
    <message>
        <source>Notes: {value}</source>
        <translation>Notes : {value}</translation>
    </message>
    <message>
        <source>Your text is back in the form: saving now replaces the other version.</source>
        <translation>Votre saisie est revenue dans la fiche : l&apos;enregistrer remplacera l&apos;autre version.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contact noté.</translation>
    </message>
    <message>
        <source>Complaint saved.</source>
        <translation>Réclamation enregistrée.</translation>
    </message>
    <message>
        <source>Time spent saved.</source>
        <translation>Temps passé enregistré.</translation>
    </message>
    <message>
        <source>Client archived.</source>
        <translation>Client archivé.</translation>
    </message>
    <message>
        <source>Client restored.</source>
        <translation>Client réactivé.</translation>
    </message>
    <message>
        <source>Modified on another workstation: reload the card.</source>
        <translation>Modifié sur un autre poste : rechargez la fiche.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Delete the client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete “{name}” and their exchanges, time entries and reminders?

You can undo it right after (Ctrl+Z).</source>
        <translation>Supprimer « {name} » avec ses échanges, temps passés et rappels ?

Vous pourrez annuler juste après (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This client cannot be deleted</source>
        <translation>Ce client ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Folder for the client&apos;s data</source>
        <translation>Dossier où enregistrer les données du client</translation>
    </message>
    <message>
        <source>Exporting the client&apos;s data…</source>
        <translation>Export des données du client…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Client&apos;s data exported.</source>
        <translation>Données du client exportées.</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Données du client exportées</translation>
    </message>
    <message>
        <source>The client&apos;s data was written to:
{html}
{json}

The HTML file can be opened in a browser and printed; the JSON file holds the same data in a reusable format.</source>
        <translation>Les données du client ont été écrites dans :
{html}
{json}

Le fichier HTML s&apos;ouvre dans un navigateur et s&apos;imprime ; le fichier JSON contient les mêmes données dans un format réutilisable.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>The client&apos;s personal data was erased.</source>
        <translation>Les données personnelles du client ont été effacées.</translation>
    </message>
</context>
<context>
    <name>ClientFileActions</name>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Bring clients in from a CSV file or a vCard address book</source>
        <translation>Ajouter des clients depuis un fichier CSV ou un carnet d&apos;adresses vCard</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Exporter les clients…</translation>
    </message>
    <message>
        <source>Write every client to a CSV file or a vCard address book</source>
        <translation>Enregistrer tous les clients dans un fichier CSV ou un carnet d&apos;adresses vCard</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Client files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers de clients (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Tableur (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>Carnet d&apos;adresses vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>{count} client(s) written to:
{path}</source>
        <translation>{count} client(s) enregistré(s) dans :
{path}</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>FR…</source>
        <translation>FR…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Ajouter un numéro</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>+ Add an e-mail address</source>
        <translation>+ Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>+ Add a job site</source>
        <translation>+ Ajouter un chantier</translation>
    </message>
    <message>
        <source>+ Add an address</source>
        <translation>+ Ajouter une adresse</translation>
    </message>
    <message>
        <source>boiler, maintenance… (separated by commas)</source>
        <translation>chaudière, entretien… (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Access, habits, what matters to this client…</source>
        <translation>Accès, habitudes, ce qui compte pour ce client…</translation>
    </message>
    <message>
        <source>Maintenance contract, due on</source>
        <translation>Contrat d&apos;entretien, échéance</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Accepts offers and news</source>
        <translation>Accepte les offres et nouvelles</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Phones and e-mails</source>
        <translation>Téléphones et e-mails</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nom du contact</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>rows per page: more than a maximised window shows how long the list stays quiet (no query) before the whole file is rated the roles :meth:`ClientListModel.data` answers the ``list_clients`` sort key of each column (None: not sortable in SQL) category of each client with activity over the rating period (the whole file) stops the list query on the worker (set when its answer is no longer wanted) moves on each data change: a rating started before it is out of date</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Devis en attente</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Search a name, a town, a phone number, an e-mail… (Ctrl+F)</source>
        <extracomment>tables whose changes can alter a list row (name, city, phone, last contact, quotes, due) tables that change a client&apos;s rating (the category column) Enter was pressed in the search box before the list answered the text typed</extracomment>
        <translation>Chercher un nom, une ville, un téléphone, un e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Chercher des clients</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Create a client card (Ctrl+N)</source>
        <translation>Créer une fiche client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the summaries of the selected clients, or save them as PDF (Ctrl+P)</source>
        <translation>Imprimer les fiches des clients sélectionnés, ou les enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No client matches “{search}”.</source>
        <translation>Aucun client ne correspond à « {search} ».</translation>
    </message>
    <message>
        <source>No client has this tag.</source>
        <translation>Aucun client n&apos;a cette étiquette.</translation>
    </message>
    <message>
        <source>No client yet. Create one with “New client” (Ctrl+N), or bring your address book in with File ▸ Import clients…</source>
        <translation>Aucun client pour l’instant. Créez-en un avec « Nouveau client » (Ctrl+N), ou importez votre carnet d’adresses par Fichier ▸ Importer des clients…</translation>
    </message>
    <message>
        <source>1 client found</source>
        <translation>1 client trouvé</translation>
    </message>
    <message>
        <source>{count} clients found</source>
        <translation>{count} clients trouvés</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>La liste n&apos;a pas pu être lue : {error}</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Everyone you work for, with their contact details, sites and history.</source>
        <translation>Tous ceux pour qui vous travaillez, avec leurs coordonnées, chantiers et historique.</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Retours clients</translation>
    </message>
    <message>
        <source>Archive or delete</source>
        <translation>Archiver ou supprimer</translation>
    </message>
    <message>
        <source>What should be done with “{name}”?

Archiving hides the client from the list and keeps the whole history. Deleting removes the card and its exchanges (you can undo it right after).</source>
        <translation>Que faire de « {name} » ?

Archiver retire le client de la liste en gardant tout son historique. Supprimer efface la fiche et ses échanges (vous pourrez annuler juste après).</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This client cannot be deleted</source>
        <translation>Ce client ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Client “{name}” deleted.</source>
        <translation>Client « {name} » supprimé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>« {name} » est de retour.</translation>
    </message>
    <message>
        <source>Client archived.</source>
        <translation>Client archivé.</translation>
    </message>
</context>
<context>
    <name>ContactTimer</name>
    <message>
        <source>What the stopwatch measures</source>
        <extracomment>what the stopwatch usually measures, first the default the card sets this: which client a new stopwatch is for</extracomment>
        <translation>Ce que mesure le chrono</translation>
    </message>
    <message>
        <source>Start the stopwatch</source>
        <translation>Démarrer le chrono</translation>
    </message>
    <message>
        <source>For a call or a visit: the time spent is proposed when you stop it</source>
        <translation>Pour un appel ou une visite : le temps passé est proposé à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This client may already exist</source>
        <translation>Ce client existe peut-être déjà</translation>
    </message>
    <message>
        <source>Before creating a second card, check these clients already in your file:</source>
        <translation>Avant de créer une deuxième fiche, vérifiez ces clients déjà dans votre fichier :</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>Open this card</source>
        <translation>Ouvrir cette fiche</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Revenir à la saisie</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Complaint — {client}</source>
        <translation>Réclamation — {client}</translation>
    </message>
    <message>
        <source>How it was settled (leave empty if not yet)</source>
        <translation>Comment elle a été réglée (vide si pas encore)</translation>
    </message>
    <message>
        <source>What to do differently next time</source>
        <translation>Ce qu’il faudra faire autrement la prochaine fois</translation>
    </message>
    <message>
        <source>It led to an improvement in how I work</source>
        <translation>Elle a amélioré ma façon de travailler</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>What was criticised</source>
        <translation>Ce qui a été reproché</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>Say how the complaint was settled.</source>
        <translation>Indiquez comment la réclamation a été réglée.</translation>
    </message>
</context>
<context>
    <name>FeedbackListPage</name>
    <message>
        <source>Search the complaints: a word, a client, a category…</source>
        <translation>Chercher dans les réclamations : un mot, un client, une catégorie…</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Ouvrir la fiche du client</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>No complaint matches this search.</source>
        <translation>Aucune réclamation ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No complaint recorded. Tick “Complaint” when you log a contact.</source>
        <translation>Aucune réclamation enregistrée. Cochez « Réclamation » en notant un contact.</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 réclamation</translation>
    </message>
    <message>
        <source>{count} complaints</source>
        <translation>{count} réclamations</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What was criticised</source>
        <translation>Ce qui a été reproché</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>À traiter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients — {file}</source>
        <translation>Importer des clients — {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Columns of the file and the client field each one fills (change a guess with its list):</source>
        <translation>Colonnes du fichier et champ du client que chacune remplit (changez une proposition avec sa liste) :</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
    <message>
        <source>skip the row (keep the existing card)</source>
        <translation>ignorer la ligne (garder la fiche existante)</translation>
    </message>
    <message>
        <source>complete the existing card</source>
        <translation>compléter la fiche existante</translation>
    </message>
    <message>
        <source>import it as a new client anyway</source>
        <translation>l’importer quand même comme nouveau client</translation>
    </message>
    <message>
        <source>When a row looks like a client already in the file:</source>
        <translation>Quand une ligne ressemble à un client déjà présent :</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Rejected rows were not imported: correct them in the file and import it again (the clients already imported are recognised as duplicates).</source>
        <translation>Les lignes refusées n&apos;ont pas été importées : corrigez-les dans le fichier et importez-le à nouveau (les clients déjà importés seront reconnus comme doublons).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The file cannot be imported: {error}</source>
        <translation>Le fichier ne peut pas être importé : {error}</translation>
    </message>
    <message>
        <source>{file}: vCard address book, {count} card(s).</source>
        <translation>{file} : carnet d&apos;adresses vCard, {count} fiche(s).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>{file}: spreadsheet (CSV), {rows} row(s), encoding {encoding}, separator {sep}.</source>
        <translation>{file} : tableur (CSV), {rows} ligne(s), encodage {encoding}, séparateur {sep}.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Client field</source>
        <translation>Champ du client</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>(column {n}, no title)</source>
        <translation>(colonne {n}, sans titre)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>Importing… {done} / {total} rows</source>
        <translation>Import en cours… {done} / {total} lignes</translation>
    </message>
    <message>
        <source>{rows} row(s) read: {imported} client(s) imported, {skipped} duplicate(s) skipped, {merged} merged, {rejected} row(s) rejected.</source>
        <translation>{rows} ligne(s) lue(s) : {imported} client(s) importé(s), {skipped} doublon(s) ignoré(s), {merged} fusionné(s), {rejected} ligne(s) refusée(s).</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n&apos;a été importé : {error}</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>{kind} — {client}</source>
        <extracomment>field key -&gt; (widget outlined, label under it) the minutes proposed for each kind of contact (the user changes them in one keystroke)</extracomment>
        <translation>{kind} — {client}</translation>
    </message>
    <message>
        <source>From the client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>From me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes passées</translation>
    </message>
    <message>
        <source>Count it in the time spent on this client</source>
        <translation>Le compter dans le temps passé pour ce client</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Ce qui a été dit, ce qui a été convenu…</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Asked for a discount</source>
        <translation>Demande de remise</translation>
    </message>
    <message>
        <source>Asked for a change</source>
        <translation>Demande de modification</translation>
    </message>
    <message>
        <source>After saving, the feedback form opens: what was criticised, how it was settled, the lesson learned.</source>
        <translation>Après l&apos;enregistrement, la fiche de réclamation s&apos;ouvre : ce qui a été reproché, comment c&apos;est réglé, la leçon retenue.</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Qui a pris contact</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>À signaler</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <extracomment>CSV only vCard only: (line, name, problem) of the first cards, and the number of cards (line, content, problem)</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReferrerPicker</name>
    <message>
        <source>Type a client&apos;s name…</source>
        <translation>Tapez le nom d&apos;un client…</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Line</source>
        <extracomment>(line, outcome, detail, is_error)</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Duplicate skipped</source>
        <translation>Doublon ignoré</translation>
    </message>
    <message>
        <source>{client} ({reason})</source>
        <translation>{client} ({reason})</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Time spent — {client}</source>
        <translation>Temps passé — {client}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Job n°{id}</source>
        <translation>Chantier n°{id}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <extracomment>how long &quot;Client supprimé — Annuler&quot; stays</extracomment>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
