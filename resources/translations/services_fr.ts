<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Appointments</name>
    <message>
        <source>Enter the date and time of the appointment (with their time zone).</source>
        <extracomment>None = no reminder the address typed on the appointment, else the client&apos;s first address</extracomment>
        <translation>Indiquez la date et l&apos;heure du rendez-vous (avec leur fuseau).</translation>
    </message>
    <message>
        <source>The appointment must last at least one minute.</source>
        <translation>La durée du rendez-vous doit être d&apos;au moins une minute.</translation>
    </message>
    <message>
        <source>An appointment cannot last more than 24 hours.</source>
        <translation>Un rendez-vous ne peut pas durer plus de 24 heures.</translation>
    </message>
    <message>
        <source>The reminder must be between 0 minutes and 14 days before the appointment.</source>
        <translation>Le rappel se fait entre 0 minute et 14 jours avant le rendez-vous.</translation>
    </message>
    <message>
        <source>Enter the client or the purpose of the appointment.</source>
        <translation>Indiquez le client ou l&apos;objet du rendez-vous.</translation>
    </message>
    <message>
        <source>The address must not be longer than 300 characters.</source>
        <translation>L&apos;adresse ne doit pas dépasser 300 caractères.</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Job no. {id} does not exist (any more).</source>
        <translation>Le chantier n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This job belongs to another client.</source>
        <translation>Ce chantier appartient à un autre client.</translation>
    </message>
    <message>
        <source>Appointment no. {id} does not exist (any more).</source>
        <translation>Le rendez-vous n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This appointment</source>
        <translation>Ce rendez-vous</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tél. {phone}</translation>
    </message>
    <message>
        <source>Appointment with {name}</source>
        <translation>RDV {name}</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>RDV</translation>
    </message>
    <message>
        <source>To bring: {items}</source>
        <translation>À apporter : {items}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>n°{id}</translation>
    </message>
    <message>
        <source>Job deadline: {title}</source>
        <translation>Échéance chantier : {title}</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The description is too long (300 characters at most).</source>
        <translation>La désignation est trop longue (300 caractères au plus).</translation>
    </message>
    <message>
        <source>The unit is required (h, m², ml, u, forfait...).</source>
        <translation>L&apos;unité est obligatoire (h, m², ml, u, forfait...).</translation>
    </message>
    <message>
        <source>This catalogue item</source>
        <translation>Cet article du catalogue</translation>
    </message>
    <message>
        <source>Item no. {id} is not in the catalogue.</source>
        <translation>L&apos;article n°{id} n&apos;existe pas dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Client no.</source>
        <translation>N° client</translation>
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
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° TVA intracommunautaire</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Adresses de chantier</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>The file “{name}” is too big ({size} MB) to be a client list.</source>
        <extracomment>Files above this size are refused: a client list is never that big, a wrong file is.</extracomment>
        <translation>Le fichier « {name} » est trop gros ({size} Mo) pour être une liste de clients.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {error}.</source>
        <translation>Impossible de lire « {path} » : {error}.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The client fields as the mapping preview names them (interface text, translated).</extracomment>
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
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° TVA intracommunautaire</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>no column gives the client&apos;s name (expected: “Last name”, “First name”, “Company” or “Company name”): every row will be rejected.</source>
        <translation>aucune colonne ne donne le nom du client (attendu : « Nom », « Prénom », « Société » ou « Raison sociale ») : toutes les lignes seront refusées.</translation>
    </message>
    <message>
        <source>“{header}”</source>
        <translation>« {header} »</translation>
    </message>
    <message>
        <source>ignored columns: {columns}.</source>
        <translation>colonnes ignorées : {columns}.</translation>
    </message>
    <message>
        <source>Unreadable row (unclosed quote or field too long).</source>
        <translation>Ligne illisible (guillemet non fermé ou champ trop long).</translation>
    </message>
    <message>
        <source>Unreadable row.</source>
        <extracomment>``(field, value)`` pairs as they would be imported why this row would be refused (validation), None when it is fine</extracomment>
        <translation>Ligne illisible.</translation>
    </message>
    <message>
        <source>no “BEGIN:VCARD” card found in the file.</source>
        <translation>aucune fiche « BEGIN:VCARD » trouvée dans le fichier.</translation>
    </message>
    <message>
        <source>{n} row read</source>
        <extracomment>keep the existing client, ignore the row (default) complete the existing client with what the row adds (phones, e-mails, addresses...) import the row as a new client anyway</extracomment>
        <translation>{n} ligne(s) lue(s)</translation>
    </message>
    <message>
        <source>{n} rows read</source>
        <translation>{n} ligne(s) lue(s)</translation>
    </message>
    <message>
        <source>{n} client would be imported</source>
        <translation>{n} client(s) seraient importés</translation>
    </message>
    <message>
        <source>{n} clients would be imported</source>
        <translation>{n} client(s) seraient importés</translation>
    </message>
    <message>
        <source>{n} client imported</source>
        <translation>{n} client(s) importés</translation>
    </message>
    <message>
        <source>{n} clients imported</source>
        <translation>{n} client(s) importés</translation>
    </message>
    <message>
        <source>{n} duplicate skipped</source>
        <translation>{n} doublon(s) ignoré(s)</translation>
    </message>
    <message>
        <source>{n} duplicates skipped</source>
        <translation>{n} doublon(s) ignoré(s)</translation>
    </message>
    <message>
        <source>{n} row rejected</source>
        <translation>{n} ligne(s) refusée(s)</translation>
    </message>
    <message>
        <source>{n} rows rejected</source>
        <translation>{n} ligne(s) refusée(s)</translation>
    </message>
    <message>
        <source>{rows}: {imported}, {skipped}, {merged} merged, {rejected}.</source>
        <translation>{rows} : {imported}, {skipped}, {merged} fusionné(s), {rejected}.</translation>
    </message>
    <message>
        <source>Dry run: {report}</source>
        <translation>Simulation : {report}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Attention : {warning}</translation>
    </message>
    <message>
        <source>line {line}: merged with {client} ({reason})</source>
        <translation>ligne {line} : fusionné avec {client} ({reason})</translation>
    </message>
    <message>
        <source>line {line}: already there: {client} ({reason})</source>
        <translation>ligne {line} : déjà présent : {client} ({reason})</translation>
    </message>
    <message>
        <source>line {line}: rejected — {reason}</source>
        <translation>ligne {line} : refusée — {reason}</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <extracomment>personal data erased (GDPR): the card can no longer be anonymised nor restored newest interaction (call, visit...), None when never contacted quotes still waiting for an answer (draft or sent) issued invoices, incl. VAT, minus payments (credit-noted invoices excluded)</extracomment>
        <translation>Indiquez la raison sociale de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Enter at least the client&apos;s last name.</source>
        <translation>Indiquez au moins le nom du client.</translation>
    </message>
    <message>
        <source>Client no. {id}</source>
        <extracomment>Separates the folded sort name from the searchable words in ``search_text``; it sorts before every printable character, so &quot;dupont&quot; comes before &quot;dupont jean&quot;.</extracomment>
        <translation>Client n°{id}</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <extracomment>Quotes still waiting for the client&apos;s answer. Columns the client list can be sorted on (``list_clients(sort=...)``). invoiced excl. VAT, net of credit notes (drafts not counted) issued invoices incl. VAT still counted as due or paid (credit-noted ones excluded) every time entry, billable or not (quote preparation, travel, chasing payments...)</extracomment>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>This client was anonymised: it can no longer be restored. Create a new card.</source>
        <translation>Ce client a été anonymisé : il ne peut plus être réactivé. Créez une nouvelle fiche.</translation>
    </message>
    <message>
        <source>{client} has quotes, jobs or invoices: the card cannot be deleted (invoices must be kept). Archive it instead: it will leave the list without losing its history.</source>
        <extracomment>clients whose &quot;referred by&quot; pointed to this one (set to NULL by the deletion)</extracomment>
        <translation>{client} a des devis, chantiers ou factures : sa fiche ne peut pas être supprimée (les factures doivent être conservées). Archivez-le plutôt : il disparaîtra de la liste sans perdre son historique.</translation>
    </message>
    <message>
        <source>Cannot undo the deletion of {client}: another card has taken its place in the meantime.</source>
        <translation>Impossible d&apos;annuler la suppression de {client} : une autre fiche a pris sa place entre-temps.</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>The company settings</source>
        <extracomment>Code de commerce L441-10: at most 60 days from the invoice date between professionals.</extracomment>
        <translation>Les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Le nom de l&apos;entreprise est obligatoire.</translation>
    </message>
    <message>
        <source>The SIRET must have 14 valid digits.</source>
        <translation>Le SIRET doit comporter 14 chiffres valides.</translation>
    </message>
    <message>
        <source>The EU VAT number is invalid (e.g. FR40303265045).</source>
        <translation>Le numéro de TVA intracommunautaire est invalide (ex. FR40303265045).</translation>
    </message>
    <message>
        <source>The IBAN is invalid (check the digits).</source>
        <translation>L&apos;IBAN est invalide (vérifiez les chiffres).</translation>
    </message>
    <message>
        <source>The BIC must have 8 or 11 characters (e.g. AGRIFRPP882).</source>
        <translation>Le BIC doit comporter 8 ou 11 caractères (ex. AGRIFRPP882).</translation>
    </message>
    <message>
        <source>The e-mail address is invalid.</source>
        <translation>L&apos;adresse e-mail est invalide.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Le logo doit être une image PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (1 MB at most).</source>
        <translation>Le logo est trop lourd (1 Mo au plus).</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 365 days.</source>
        <translation>La durée de validité doit être comprise entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>The payment terms must be between 0 and 60 days (article L441-10 of the French Commercial Code).</source>
        <translation>Le délai de paiement doit être compris entre 0 et 60 jours (article L441-10 du Code de commerce).</translation>
    </message>
    <message>
        <source>The default deposit must be between 0 and 100%.</source>
        <translation>L&apos;acompte par défaut doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The target hourly rate cannot be negative.</source>
        <translation>Le taux horaire visé ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same phone number: {phone}</source>
        <extracomment>Legal forms, civilities and filler words that do not tell two clients apart. Two names at least this similar (difflib ratio over their sorted words) are &quot;close&quot;. every reason, strongest first (&quot;Same phone number: 06 12 34 56 78&quot;) a phone number or an e-mail address is the same (not only a close name)</extracomment>
        <translation>Même numéro de téléphone : {phone}</translation>
    </message>
    <message>
        <source>Same e-mail address: {email}</source>
        <translation>Même adresse e-mail : {email}</translation>
    </message>
    <message>
        <source>Name close to “{name}”, in the same town ({town})</source>
        <translation>Nom proche de « {name} », dans la même ville ({town})</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Quality of work</source>
        <extracomment>Categories offered by the form (free text is accepted too), in English; the category chosen is stored as shown, in the language of the interface at the time.</extracomment>
        <translation>Qualité du travail</translation>
    </message>
    <message>
        <source>Site cleanliness</source>
        <translation>Propreté du chantier</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Price / invoice</source>
        <translation>Prix / facture</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Describe what the client complained about.</source>
        <translation>Décrivez ce que le client a reproché.</translation>
    </message>
    <message>
        <source>The category is limited to 60 characters.</source>
        <translation>La catégorie est limitée à 60 caractères.</translation>
    </message>
    <message>
        <source>The date of the complaint cannot be in the future.</source>
        <translation>La date de la réclamation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>This complaint (no. {id}) does not exist (any more).</source>
        <translation>Cette réclamation (n°{id}) n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This complaint</source>
        <translation>Cette réclamation</translation>
    </message>
    <message>
        <source>Say how the complaint was settled.</source>
        <translation>Indiquez comment la réclamation a été réglée.</translation>
    </message>
</context>
<context>
    <name>Gdpr</name>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Fiche client</translation>
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
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Contacts (calls, visits, e-mails...)</source>
        <translation>Contacts (appels, visites, e-mails...)</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>Réclamations et retours</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Lignes de devis</translation>
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
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
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
        <source>Personal data – {name}</source>
        <translation>Données personnelles – {name}</translation>
    </message>
    <message>
        <source>Personal data of {name}</source>
        <translation>Données personnelles de {name}</translation>
    </message>
    <message>
        <source>Client no. {id} — exported on {date} (Artisan CRM {version}). This document holds all the information recorded about you. The attached JSON file holds the same data in a reusable format.</source>
        <translation>Client n°{id} — export du {date} (Artisan CRM {version}). Ce document contient toutes les informations enregistrées à votre sujet. Le fichier JSON joint contient les mêmes données dans un format réutilisable.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>identity replaced by “Anonymised client no. …”</source>
        <translation>identité remplacée par « Client anonymisé n°… »</translation>
    </message>
    <message>
        <source>description of the work and prices, no personal data (statistics)</source>
        <translation>description des travaux et prix, sans donnée personnelle (statistiques)</translation>
    </message>
    <message>
        <source>invoices legally kept 10 years (C. com. L123-22): billed_name / billed_address stay as printed</source>
        <translation>conservation légale des factures 10 ans (C. com. L123-22) : billed_name / billed_address restent tels qu&apos;imprimés</translation>
    </message>
    <message>
        <source>part of the invoice (legal retention)</source>
        <translation>partie de la facture (conservation légale)</translation>
    </message>
    <message>
        <source>Client no. {id} anonymised.</source>
        <translation>Client n°{id} anonymisé.</translation>
    </message>
    <message>
        <source>deleted: {n} × {table}</source>
        <translation>supprimé : {n} × {table}</translation>
    </message>
    <message>
        <source>cleared: text of {n} × {table}</source>
        <translation>effacé : texte de {n} × {table}</translation>
    </message>
    <message>
        <source>kept: {n} × {table} ({why})</source>
        <translation>conservé : {n} × {table} ({why})</translation>
    </message>
    <message>
        <source>Anonymised client no. {id}</source>
        <translation>Client anonymisé n°{id}</translation>
    </message>
    <message>
        <source>Anonymisation erases the client&apos;s identity for good: confirm it.</source>
        <translation>L&apos;anonymisation efface définitivement l&apos;identité du client : confirmez-la.</translation>
    </message>
    <message>
        <source>Anonymisation impossible: this version cannot handle the tables {tables}. Update the application.</source>
        <translation>Anonymisation impossible : cette version ne sait pas traiter les tables {tables}. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>Client no. {id} is already anonymised.</source>
        <translation>Le client n°{id} est déjà anonymisé.</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Appel émis</translation>
    </message>
    <message>
        <source>Incoming visit</source>
        <translation>Visite reçue</translation>
    </message>
    <message>
        <source>Outgoing visit</source>
        <translation>Visite émise</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <source>Outgoing e-mail</source>
        <translation>E-mail émis</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>SMS reçu</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>SMS émis</translation>
    </message>
    <message>
        <source>Incoming meeting</source>
        <translation>Rendez-vous reçu</translation>
    </message>
    <message>
        <source>Outgoing meeting</source>
        <translation>Rendez-vous émis</translation>
    </message>
    <message>
        <source>Incoming note</source>
        <translation>Note reçue</translation>
    </message>
    <message>
        <source>Outgoing note</source>
        <translation>Note émise</translation>
    </message>
    <message>
        <source>The date of the contact must include a time zone.</source>
        <extracomment>The kind of time a contact costs, when it is also logged as a time entry. None = now category of the complaint (feedback), when ``is_complaint`` also record ``minutes`` as a (non-billable) time entry the feedback opened by this contact (complaints), if any the time entry logged with this contact, if any</extracomment>
        <translation>La date du contact doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source>The date of the contact is too far back (before 2000).</source>
        <translation>La date du contact est trop ancienne (avant 2000).</translation>
    </message>
    <message>
        <source>A contact cannot be dated in the future.</source>
        <translation>Un contact ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A contact cannot last more than 24 hours.</source>
        <translation>La durée d&apos;un contact ne peut pas dépasser 24 heures.</translation>
    </message>
    <message>
        <source>Enter the duration to add it to the time spent.</source>
        <translation>Indiquez la durée pour l&apos;ajouter au temps passé.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Describe the complaint: what the client complained about.</source>
        <translation>Décrivez la réclamation : ce que le client a reproché.</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>{channel}: {summary}</source>
        <translation>{channel} : {summary}</translation>
    </message>
    <message>
        <source>This contact (no. {id}) does not exist (any more).</source>
        <translation>Ce contact (n°{id}) n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>Ce contact</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d&apos;acompte</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Facture de solde</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Unit of the lines the application writes on invoices (deposits and their deduction): document text printed on French invoices, kept French. name and address printed on the invoice (snapshot taken when issued) numbers of the credit notes cancelling this invoice</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Overdue by {n} day</source>
        <translation>En retard de {n} jour</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>En retard de {n} jours</translation>
    </message>
    <message>
        <source>No invoice has the number “{number}”.</source>
        <translation>Aucune facture ne porte le numéro « {number} ».</translation>
    </message>
    <message>
        <source>Invoice no. {id} does not exist.</source>
        <translation>La facture n°{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This invoice</source>
        <translation>Cette facture</translation>
    </message>
    <message>
        <source>the unit is required.</source>
        <translation>l&apos;unité est obligatoire.</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>Ligne {n} : {message}</translation>
    </message>
    <message>
        <source>Choose an existing client.</source>
        <translation>Choisissez un client existant.</translation>
    </message>
    <message>
        <source>Invoice {number} has been issued: it can be neither changed nor deleted. Cancel it with a credit note, then make a new invoice.</source>
        <translation>La facture {number} est émise : elle ne peut être ni modifiée ni supprimée. Annulez-la par un avoir puis établissez une nouvelle facture.</translation>
    </message>
    <message>
        <source>Quote no. {id} does not exist.</source>
        <translation>Le devis n°{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Quote {number} is not accepted: only an accepted quote is invoiced.</source>
        <translation>Le devis {number} n&apos;est pas accepté : on ne facture qu&apos;un devis accepté.</translation>
    </message>
    <message>
        <source>The deposit must be between 0 and 100%.</source>
        <translation>L&apos;acompte doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The quote is empty: there is no deposit to invoice.</source>
        <translation>Le devis est vide : il n&apos;y a pas d&apos;acompte à facturer.</translation>
    </message>
    <message>
        <source>The deposits ({deposits}) would exceed the quote total ({total}).</source>
        <translation>Les acomptes ({deposits}) dépasseraient le total du devis ({total}).</translation>
    </message>
    <message>
        <source>Job no. {id} does not exist.</source>
        <translation>Le chantier n°{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This job has no quote: make a free invoice with its lines.</source>
        <translation>Ce chantier n&apos;a pas de devis : établissez une facture libre avec ses lignes.</translation>
    </message>
    <message>
        <source>This quote is not the job&apos;s quote.</source>
        <translation>Ce devis n&apos;est pas celui du chantier.</translation>
    </message>
    <message>
        <source>Enter the quote or the job to invoice.</source>
        <translation>Indiquez le devis ou le chantier à facturer.</translation>
    </message>
    <message>
        <source>Quote {number} already has its final invoice ({invoice}).</source>
        <translation>Le devis {number} a déjà sa facture de solde ({invoice}).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>A deposit invoice of this quote is still a draft: issue or delete it before the final invoice.</source>
        <translation>Une facture d&apos;acompte de ce devis est encore en brouillon : émettez-la ou supprimez-la avant la facture de solde.</translation>
    </message>
    <message>
        <source>The invoiced deposits exceed the quote total.</source>
        <translation>Les acomptes facturés dépassent le total du devis.</translation>
    </message>
    <message>
        <source>An invoice is already dated {date}: numbers must follow the order of the dates, issue this one on that date or later.</source>
        <translation>Une facture est déjà datée du {date} : la numérotation doit suivre l&apos;ordre des dates, émettez celle-ci à cette date ou après.</translation>
    </message>
    <message>
        <source>Cannot issue an invoice without lines.</source>
        <translation>Impossible d&apos;émettre une facture sans ligne.</translation>
    </message>
    <message>
        <source>An invoice total cannot be negative: make a credit note.</source>
        <translation>Le total d&apos;une facture ne peut pas être négatif : établissez un avoir.</translation>
    </message>
    <message>
        <source>A draft invoice is deleted, not cancelled.</source>
        <translation>Une facture brouillon se supprime, elle ne s&apos;annule pas.</translation>
    </message>
    <message>
        <source>A credit note cannot be cancelled.</source>
        <translation>Un avoir ne s&apos;annule pas.</translation>
    </message>
    <message>
        <source>Invoice {number} is already cancelled by a credit note.</source>
        <translation>La facture {number} est déjà annulée par un avoir.</translation>
    </message>
    <message>
        <source>Issue the invoice before recording a payment on it.</source>
        <translation>Émettez la facture avant d&apos;y enregistrer un paiement.</translation>
    </message>
    <message>
        <source>Invoice {number} is cancelled by a credit note.</source>
        <translation>La facture {number} est annulée par un avoir.</translation>
    </message>
    <message>
        <source>A credit note receives no payment.</source>
        <translation>Un avoir ne reçoit pas de paiement.</translation>
    </message>
    <message>
        <source>Unknown payment method.</source>
        <translation>Mode de paiement inconnu.</translation>
    </message>
    <message>
        <source>The payment date is implausible.</source>
        <translation>La date du paiement est invraisemblable.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Ce paiement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This payment</source>
        <translation>Ce paiement</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>{n} day late</source>
        <translation>en retard de {n} jour</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>en retard de {n} jours</translation>
    </message>
    <message>
        <source>Planned hours cannot be negative.</source>
        <translation>Les heures prévues ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the planned start of the job.</source>
        <translation>L&apos;échéance ne peut pas précéder le début prévu du chantier.</translation>
    </message>
    <message>
        <source>Choose an existing client.</source>
        <translation>Choisissez un client existant.</translation>
    </message>
    <message>
        <source>The site address does not belong to this client.</source>
        <translation>L&apos;adresse du chantier n&apos;appartient pas à ce client.</translation>
    </message>
    <message>
        <source>The material cost cannot be negative.</source>
        <translation>Le coût des matériaux ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The title is too long (200 characters at most).</source>
        <translation>Le titre est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Quote no. {id} does not exist.</source>
        <translation>Le devis n°{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only an accepted quote becomes a job (this one is “{status}”).</source>
        <translation>Seul un devis accepté devient un chantier (celui-ci est « {status} »).</translation>
    </message>
    <message>
        <source>Quote {number} already has its job.</source>
        <translation>Le devis {number} a déjà son chantier.</translation>
    </message>
    <message>
        <source>Only a planned job can start.</source>
        <translation>Seul un chantier prévu peut démarrer.</translation>
    </message>
    <message>
        <source>This job is already finished or cancelled.</source>
        <translation>Ce chantier est déjà terminé ou annulé.</translation>
    </message>
    <message>
        <source>The end date cannot be before the planned start of the job.</source>
        <translation>La date de fin ne peut pas précéder le début prévu du chantier.</translation>
    </message>
    <message>
        <source>This job</source>
        <translation>Ce chantier</translation>
    </message>
    <message>
        <source>Job no. {id} does not exist.</source>
        <translation>Le chantier n°{id} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>Client no. {id}</source>
        <extracomment>purchase cost of the line (quantity x unit cost) the day the quote reached its current status (creation day for drafts) &quot;envoyé il y a 12 jours&quot;</extracomment>
        <translation>Client n°{id}</translation>
    </message>
    <message>
        <source>Line {n}: unknown line type.</source>
        <translation>Ligne {n} : type de ligne inconnu.</translation>
    </message>
    <message>
        <source>the unit is required (h, m², ml, u, forfait...).</source>
        <translation>l&apos;unité est obligatoire (h, m², ml, u, forfait...).</translation>
    </message>
    <message>
        <source>the unit is too long (20 characters at most).</source>
        <translation>l&apos;unité est trop longue (20 caractères au plus).</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>Ligne {n} : {message}</translation>
    </message>
    <message>
        <source>No quote has the number “{number}”.</source>
        <translation>Aucun devis ne porte le numéro « {number} ».</translation>
    </message>
    <message>
        <source>Quote no. {id} does not exist (it may have been deleted).</source>
        <translation>Le devis n°{id} n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>This quote</source>
        <translation>Ce devis</translation>
    </message>
    <message>
        <source>The quote date must stay in the year of its number ({year}); duplicate the quote for another year.</source>
        <translation>La date du devis doit rester dans l&apos;année de son numéro ({year}) ; dupliquez-le pour une autre année.</translation>
    </message>
    <message>
        <source>Choose an existing client.</source>
        <translation>Choisissez un client existant.</translation>
    </message>
    <message>
        <source>The site address does not belong to this client.</source>
        <translation>L&apos;adresse du chantier n&apos;appartient pas à ce client.</translation>
    </message>
    <message>
        <source>The quote subject is too long (200 characters at most).</source>
        <translation>L&apos;objet du devis est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The deposit must be between 0 and 100%.</source>
        <translation>L&apos;acompte doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The validity date cannot be before the quote date.</source>
        <translation>La date de validité ne peut pas précéder la date du devis.</translation>
    </message>
    <message>
        <source>This line no longer exists in the quote.</source>
        <translation>Cette ligne n&apos;existe plus dans le devis.</translation>
    </message>
    <message>
        <source>Cannot send an empty quote: add at least one line.</source>
        <translation>Impossible d&apos;envoyer un devis vide : ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>The validity date ({date}) has already passed: move it later before sending the quote.</source>
        <translation>La date de validité ({date}) est déjà passée : reportez-la avant d&apos;envoyer le devis.</translation>
    </message>
    <message>
        <source>Issued invoices depend on this quote: cancel them first with a credit note.</source>
        <translation>Des factures émises dépendent de ce devis : annulez-les d&apos;abord par un avoir.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Client no. {id} does not exist.</source>
        <extracomment>margin minus the hours valued at the target rate, cents judged clients by score (best first), then the clients with not enough data the quotes a client actually received</extracomment>
        <translation>Le client n°{id} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow at 8:00</source>
        <translation>Demain à 8 h</translation>
    </message>
    <message>
        <source>Next week (Monday 8:00)</source>
        <translation>La semaine prochaine (lundi 8 h)</translation>
    </message>
    <message>
        <source>The snooze time must include its time zone.</source>
        <translation>L&apos;heure de report doit préciser son fuseau.</translation>
    </message>
    <message>
        <source>Reminder no. {id} does not exist (any more).</source>
        <translation>Le rappel n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This reminder</source>
        <translation>Ce rappel</translation>
    </message>
    <message>
        <source>Choose a snooze time in the future.</source>
        <translation>Choisissez un moment de report dans le futur.</translation>
    </message>
    <message>
        <source>This reminder is already done or dismissed: it can no longer be snoozed.</source>
        <translation>Ce rappel est déjà traité ou écarté : il ne peut plus être reporté.</translation>
    </message>
    <message>
        <source>Enter what the reminder is about (for example “Call back about the quote”).</source>
        <translation>Indiquez l&apos;objet du rappel (par exemple « Rappeler pour le devis »).</translation>
    </message>
    <message>
        <source>The reminder subject must not be longer than 300 characters.</source>
        <translation>L&apos;objet du rappel ne doit pas dépasser 300 caractères.</translation>
    </message>
    <message>
        <source>The reminder date must include its time zone.</source>
        <translation>La date du rappel doit préciser son fuseau horaire.</translation>
    </message>
    <message>
        <source>Quote no. {id} does not exist (any more).</source>
        <translation>Le devis n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Quote no. {id} belongs to another client.</source>
        <translation>Le devis n°{id} appartient à un autre client.</translation>
    </message>
    <message>
        <source>Job no. {id} does not exist (any more).</source>
        <translation>Le chantier n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Job no. {id} belongs to another client.</source>
        <translation>Le chantier n°{id} appartient à un autre client.</translation>
    </message>
    <message>
        <source>Invoice no. {id} does not exist (any more).</source>
        <translation>La facture n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Invoice no. {id} belongs to another client.</source>
        <translation>La facture n°{id} appartient à un autre client.</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>TimeEntries</name>
    <message>
        <source>On-site work</source>
        <translation>Travail sur chantier</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Quote preparation</source>
        <translation>Préparation de devis</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Traitement de réclamation</translation>
    </message>
    <message>
        <source>Payment chasing</source>
        <translation>Relance de paiement</translation>
    </message>
    <message>
        <source>Enter a positive duration (in minutes).</source>
        <extracomment>Usually billable or not, the form&apos;s default when the kind is chosen. One entry is one day at most. Planned work can be logged ahead, but not years ahead (a typo in the year).</extracomment>
        <translation>Indiquez une durée positive (en minutes).</translation>
    </message>
    <message>
        <source>An entry cannot exceed 24 hours: split it by day.</source>
        <translation>Une saisie ne peut pas dépasser 24 heures : découpez-la par jour.</translation>
    </message>
    <message>
        <source>The date {date} is too far back.</source>
        <translation>La date {date} est trop ancienne.</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead: check the year.</source>
        <translation>La date {date} est plus d&apos;un an dans le futur : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Choose the kind of time spent.</source>
        <translation>Choisissez le type de temps passé.</translation>
    </message>
    <message>
        <source>The note is limited to 300 characters.</source>
        <translation>La note est limitée à 300 caractères.</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This job does not exist (any more).</source>
        <translation>Ce chantier n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This job belongs to another client.</source>
        <translation>Ce chantier est celui d&apos;un autre client.</translation>
    </message>
    <message>
        <source>This quote does not exist (any more).</source>
        <translation>Ce devis n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This quote belongs to another client.</source>
        <translation>Ce devis est celui d&apos;un autre client.</translation>
    </message>
    <message>
        <source>This time entry (no. {id}) does not exist (any more).</source>
        <translation>Ce temps passé (n°{id}) n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This time entry</source>
        <translation>Ce temps passé</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d&apos;acompte</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Facture de solde</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Cancelled by credit note</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <extracomment>&quot;By {method}&quot; (lower case: they end a sentence)</extracomment>
        <translation>virement</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>chèque</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>other means</source>
        <translation>autre moyen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>{head}: {title}</source>
        <extracomment>a complaint, an overdue invoice...: shown with a warning colour</extracomment>
        <translation>{head} : {title}</translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation>Reste {amount}</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>réclamation</translation>
    </message>
    <message>
        <source>discount request</source>
        <translation>demande de remise</translation>
    </message>
    <message>
        <source>change request</source>
        <translation>demande de modification</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Devis {number}</translation>
    </message>
    <message>
        <source>finished on {date}</source>
        <translation>terminé le {date}</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>{label} (draft)</source>
        <translation>{label} (brouillon)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>{detail} (overdue)</source>
        <translation>{detail} (en retard)</translation>
    </message>
    <message>
        <source>By {method}</source>
        <translation>Par {method}</translation>
    </message>
    <message>
        <source>Payment received (invoice {number})</source>
        <translation>Paiement reçu (facture {number})</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>non facturable</translation>
    </message>
    <message>
        <source>{kind}: {duration}</source>
        <translation>{kind} : {duration}</translation>
    </message>
    <message>
        <source>Appointment at {time} ({duration})</source>
        <translation>Rendez-vous à {time} ({duration})</translation>
    </message>
    <message>
        <source>Resolved: {resolution}</source>
        <translation>Résolue : {resolution}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Complaint ({category})</source>
        <translation>Réclamation ({category})</translation>
    </message>
    <message>
        <source>Reminder ({kind})</source>
        <translation>Rappel ({kind})</translation>
    </message>
    <message>
        <source>Client no. {id} does not exist (any more).</source>
        <translation>Le client n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>no. {id}</source>
        <extracomment>negative when late open reminders due before today (oldest first) open reminders falling due today (earlier today or later today) unfinished jobs whose deadline is within 7 days, late ones first</extracomment>
        <translation>n°{id}</translation>
    </message>
</context>
</TS>
