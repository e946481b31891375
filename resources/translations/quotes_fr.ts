<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CatalogPickerDialog</name>
    <message>
        <source>Insert from the catalogue</source>
        <translation>Insérer depuis le catalogue</translation>
    </message>
    <message>
        <source>Search the catalogue…</source>
        <translation>Rechercher dans le catalogue…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût d&apos;achat</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The catalogue has no matching item.</source>
        <translation>Aucun article du catalogue ne correspond.</translation>
    </message>
    <message>
        <source>Give a quantity greater than zero.</source>
        <translation>Indiquez une quantité supérieure à zéro.</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose the client</source>
        <translation>Choisir le client</translation>
    </message>
    <message>
        <source>Name, town, phone…</source>
        <translation>Nom, ville, téléphone…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Which client is this quote for?</source>
        <translation>Pour quel client est ce devis ?</translation>
    </message>
    <message>
        <source>No client matches. Create the client first in the Clients view.</source>
        <translation>Aucun client ne correspond. Créez d&apos;abord le client dans la vue Clients.</translation>
    </message>
    <message>
        <source>No client yet: create one first in the Clients view.</source>
        <translation>Aucun client pour l&apos;instant : créez-en d&apos;abord un dans la vue Clients.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>My &amp;company…</source>
        <translation>Mon &amp;entreprise…</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mon entreprise</translation>
    </message>
    <message>
        <source>e.g. Plomberie Martin</source>
        <translation>ex. Plomberie Martin</translation>
    </message>
    <message>
        <source>e.g. EI, EURL, SARL</source>
        <translation>ex. EI, EURL, SARL</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation>ex. FR40303265045</translation>
    </message>
    <message>
        <source>FR76 …</source>
        <translation>FR76 …</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 ou 11 caractères</translation>
    </message>
    <message>
        <source>Ten-year liability insurance: insurer, policy number, area covered</source>
        <translation>Assurance décennale : assureur, n° de contrat, zone couverte</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Choose a PNG image…</source>
        <translation>Choisir une image PNG…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (continued)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Code postal et ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA intracom.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Quotes valid for</source>
        <translation>Validité des devis</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Default VAT rate</source>
        <translation>Taux de TVA par défaut</translation>
    </message>
    <message>
        <source>Default deposit</source>
        <translation>Acompte par défaut</translation>
    </message>
    <message>
        <source>€ excl. VAT per hour</source>
        <translation>€ HT de l&apos;heure</translation>
    </message>
    <message>
        <source>Target hourly rate</source>
        <translation>Taux horaire visé</translation>
    </message>
    <message>
        <source>Identity printed on your documents</source>
        <translation>Identité imprimée sur vos documents</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Bank details (printed on invoices)</source>
        <translation>Coordonnées bancaires (imprimées sur les factures)</translation>
    </message>
    <message>
        <source>Default terms</source>
        <translation>Conditions par défaut</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Type a percentage, e.g. 30.</source>
        <translation>Saisissez un pourcentage, par ex. 30.</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 45,00.</source>
        <translation>Saisissez un montant, par ex. 45,00.</translation>
    </message>
    <message>
        <source>These settings were changed on another workstation meanwhile. Your entries are still here: note them, then close and reopen this window.</source>
        <translation>Ces paramètres ont été modifiés sur un autre poste entre-temps. Vos saisies sont toujours là : notez-les, puis fermez et rouvrez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>CompleteJobDialog</name>
    <message>
        <source>Job finished</source>
        <translation>Chantier terminé</translation>
    </message>
    <message>
        <source>Mark as finished</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>PU HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Déjà réglé</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Issue the invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Remove the payment</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <source>Cancel by a credit note…</source>
        <translation>Annuler par un avoir…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+P)</source>
        <translation>Aperçu avant impression (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>issued on {issued}, due on {due}</source>
        <translation>émise le {issued}, échéance le {due}</translation>
    </message>
    <message>
        <source>not issued yet (no number)</source>
        <translation>pas encore émise (sans numéro)</translation>
    </message>
    <message>
        <source>quote {number}</source>
        <translation>devis {number}</translation>
    </message>
    <message>
        <source>cancels invoice {number}</source>
        <translation>annule la facture {number}</translation>
    </message>
    <message>
        <source>cancelled by {numbers}</source>
        <translation>annulée par {numbers}</translation>
    </message>
    <message>
        <source>Issue this invoice today? It receives its final number and can no longer be changed (only cancelled by a credit note).</source>
        <translation>Émettre cette facture aujourd&apos;hui ? Elle reçoit son numéro définitif et ne pourra plus être modifiée (seulement annulée par un avoir).</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation>Supprimer cette facture brouillon ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the payment of {amount} of {day}?</source>
        <translation>Supprimer le paiement de {amount} du {day} ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel by a credit note</source>
        <translation>Annuler par un avoir</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note, optional):</source>
        <translation>Motif (imprimé sur l&apos;avoir, facultatif) :</translation>
    </message>
    <message>
        <source>Cancel invoice {number}? A credit note of the same amount is issued today; this cannot be undone.</source>
        <translation>Annuler la facture {number} ? Un avoir du même montant est émis aujourd&apos;hui ; c&apos;est définitif.</translation>
    </message>
    <message>
        <source>Issue the credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Cancelled by credit note</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>En retard de 1 jour</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>En retard de {days} jours</translation>
    </message>
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
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>What you invoiced and what you are still owed.</source>
        <translation>Ce que vous avez facturé et ce qu&apos;on vous doit encore.</translation>
    </message>
    <message>
        <source>No invoice yet. Your deposit and final invoices, made from your quotes, will appear here.</source>
        <translation>Aucune facture pour l&apos;instant. Vos factures d&apos;acompte et de solde, issues de vos devis, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Search: number, client, subject…</source>
        <translation>Rechercher : numéro, client, objet…</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected invoice (Enter)</source>
        <translation>Ouvrir la facture sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>{count} invoice(s) · still due {due}</source>
        <translation>{count} facture(s) · reste à encaisser {due}</translation>
    </message>
    <message>
        <source>{late} of it late</source>
        <translation>dont {late} en retard</translation>
    </message>
    <message>
        <source>only the {count} most recent are shown</source>
        <translation>seules les {count} plus récentes sont affichées</translation>
    </message>
</context>
<context>
    <name>JobFromQuoteDialog</name>
    <message>
        <source>Create the job</source>
        <translation>Créer le chantier</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>No site address</source>
        <translation>Pas d&apos;adresse de chantier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Material cost (€ excl. VAT)</source>
        <translation>Coût des matériaux (€ HT)</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du chantier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Job of quote {number} – {title}</source>
        <translation>Chantier du devis {number} – {title}</translation>
    </message>
    <message>
        <source>Type a number of hours, e.g. 12,5.</source>
        <translation>Saisissez un nombre d&apos;heures, par ex. 12,5.</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 1 250,00.</source>
        <translation>Saisissez un montant, par ex. 1 250,00.</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Planned</source>
        <extracomment>filter key -&gt; what ``list_jobs`` gets</extracomment>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>en retard de 1 jour</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>en retard de {days} jours</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>finished on {day}</source>
        <translation>terminé le {day}</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <source>Your jobs in progress and to come, soonest deadline first.</source>
        <translation>Vos chantiers en cours et à venir, échéance la plus proche d&apos;abord.</translation>
    </message>
    <message>
        <source>No job yet. Your jobs, made from accepted quotes, will appear here.</source>
        <translation>Aucun chantier pour l&apos;instant. Vos chantiers, issus des devis acceptés, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Search: job, client, quote…</source>
        <translation>Rechercher : chantier, client, devis…</translation>
    </message>
    <message>
        <source>Jobs in progress and planned</source>
        <translation>En cours et prévus</translation>
    </message>
    <message>
        <source>Late jobs</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Finished jobs</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Cancelled jobs</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Start the job</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Finished…</source>
        <translation>Terminé…</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler le chantier</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Ouvrir le devis</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Facture de solde</translation>
    </message>
    <message>
        <source>{count} job(s)</source>
        <translation>{count} chantier(s)</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>{late} en retard</translation>
    </message>
    <message>
        <source>Cancel the job “{title}”? This cannot be undone.</source>
        <translation>Annuler le chantier « {title} » ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Nothing matches these filters.</source>
        <extracomment>rows a list reads at once; more means &quot;refine the search&quot; (sorting is done on these rows)</extracomment>
        <translation>Rien ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>La liste n&apos;a pas pu être lue : {error}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Invoice {number} – {client}
Total {total}, still due {due}</source>
        <translation>Facture {number} – {client}
Total {total}, reste dû {due}</translation>
    </message>
    <message>
        <source>Cheque number, bank reference…</source>
        <translation>N° de chèque, référence du virement…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the amount received, e.g. 250,00.</source>
        <translation>Saisissez le montant reçu, par ex. 250,00.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
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
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>Aperçu avant impression – {title}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {error}</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>New quote</source>
        <extracomment>(deposit %, validity days) suggested by the quote guard for a new quote</extracomment>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Mark the quote as sent to the client (it can no longer be changed)</source>
        <translation>Marquer le devis comme envoyé au client (il ne sera plus modifiable)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancel the quote</source>
        <translation>Annuler le devis</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Create the job…</source>
        <translation>Créer le chantier…</translation>
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
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>e.g. Bathroom renovation</source>
        <translation>ex. Rénovation de la salle de bains</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du chantier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>From the catalogue…</source>
        <translation>Depuis le catalogue…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Duplicate the line</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Undo the last change of the lines (Ctrl+Z)</source>
        <translation>Annuler la dernière modification des lignes (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Notes printed on the quote (conditions, access to the site…)</source>
        <translation>Notes imprimées sur le devis (conditions, accès au chantier…)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+P)</source>
        <translation>Aperçu avant impression (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>No site address (billing address)</source>
        <translation>Pas d&apos;adresse de chantier (adresse de facturation)</translation>
    </message>
    <message>
        <source>Draft – not saved yet</source>
        <translation>Brouillon – pas encore enregistré</translation>
    </message>
    <message>
        <source>New quote – {client}[*]</source>
        <translation>Nouveau devis – {client}[*]</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Devis {number}</translation>
    </message>
    <message>
        <source>Quote {number} – {client}[*]</source>
        <translation>Devis {number} – {client}[*]</translation>
    </message>
    <message>
        <source>This quote is “{status}”: it can no longer be changed. Duplicate it to make a new draft.</source>
        <translation>Ce devis est « {status} » : il ne peut plus être modifié. Dupliquez-le pour en faire un nouveau brouillon.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Insert from the catalogue</source>
        <translation>Insérer depuis le catalogue</translation>
    </message>
    <message>
        <source>The deposit is a percentage between 0 and 100 (e.g. 30).</source>
        <translation>L&apos;acompte est un pourcentage entre 0 et 100 (par ex. 30).</translation>
    </message>
    <message>
        <source>Lines with an error are not counted.</source>
        <translation>Les lignes en erreur ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Quote changed elsewhere</source>
        <translation>Devis modifié sur un autre poste</translation>
    </message>
    <message>
        <source>This quote was modified on another workstation since you opened it. Your changes were not saved: they are still on screen.</source>
        <translation>Ce devis a été modifié sur un autre poste depuis son ouverture. Vos modifications n&apos;ont pas été enregistrées : elles sont toujours à l&apos;écran.</translation>
    </message>
    <message>
        <source>Reload to see the other version (your changes are then lost), keep your changes on screen, or save them as a new quote.</source>
        <translation>Rechargez pour voir l&apos;autre version (vos modifications sont alors perdues), gardez vos modifications à l&apos;écran, ou enregistrez-les comme un nouveau devis.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Save as a new quote</source>
        <translation>Enregistrer comme nouveau devis</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>Not saved: this quote was modified on another workstation.</source>
        <translation>Non enregistré : ce devis a été modifié sur un autre poste.</translation>
    </message>
    <message>
        <source>Send the quote</source>
        <translation>Envoyer le devis</translation>
    </message>
    <message>
        <source>Mark this quote as sent to the client? It can no longer be changed afterwards (duplicate it to make a new version).</source>
        <translation>Marquer ce devis comme envoyé au client ? Il ne pourra plus être modifié ensuite (dupliquez-le pour en faire une nouvelle version).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Devis accepté</translation>
    </message>
    <message>
        <source>Record that the client accepted this quote?</source>
        <translation>Enregistrer l&apos;acceptation de ce devis par le client ?</translation>
    </message>
    <message>
        <source>Quote refused</source>
        <translation>Devis refusé</translation>
    </message>
    <message>
        <source>Record that the client refused this quote? This cannot be undone.</source>
        <translation>Enregistrer le refus de ce devis par le client ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Cancel this quote? This cannot be undone.</source>
        <translation>Annuler ce devis ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Job created</source>
        <translation>Chantier créé</translation>
    </message>
    <message>
        <source>The job “{title}” was created. It is listed in the Jobs view.</source>
        <translation>Le chantier « {title} » a été créé. Il figure dans la vue Chantiers.</translation>
    </message>
    <message>
        <source>PDF saved: {name}</source>
        <translation>PDF enregistré : {name}</translation>
    </message>
    <message>
        <source>Save the changes made to this quote before closing?</source>
        <translation>Enregistrer les modifications de ce devis avant de fermer ?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuoteLines</name>
    <message>
        <source>Labour</source>
        <extracomment>the service&apos;s field name of each editable column</extracomment>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Fourniture</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>the quantity is required.</source>
        <translation>la quantité est obligatoire.</translation>
    </message>
    <message>
        <source>Edit line {row}</source>
        <translation>Modifier la ligne {row}</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <source>Type</source>
        <extracomment>(row, field) -&gt; French message; row -1 is not used figures of each valid line, by row the service&apos;s checked version of ``valid_drafts`` (amounts, cost), same order</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>PU HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unit.</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Price of one unit, excluding VAT</source>
        <translation>Prix d&apos;une unité, hors taxes</translation>
    </message>
    <message>
        <source>Discount on the line, in percent</source>
        <translation>Remise sur la ligne, en pourcentage</translation>
    </message>
    <message>
        <source>What one unit costs you (purchase price): counts in the margin</source>
        <translation>Ce qu&apos;une unité vous coûte (prix d&apos;achat) : compte dans la marge</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete line {row}</source>
        <translation>Supprimer la ligne {row}</translation>
    </message>
    <message>
        <source>Duplicate line {row}</source>
        <translation>Dupliquer la ligne {row}</translation>
    </message>
    <message>
        <source>Move line {row}</source>
        <translation>Déplacer la ligne {row}</translation>
    </message>
    <message>
        <source>Line {row}: {message}</source>
        <translation>Ligne {row} : {message}</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Your quotes, from draft to signature.</source>
        <translation>Vos devis, du brouillon à la signature.</translation>
    </message>
    <message>
        <source>No quote yet. Your quotes (DEV-2026-0001…) and their status will appear here.</source>
        <translation>Aucun devis pour l&apos;instant. Vos devis (DEV-2026-0001…) et leur statut apparaîtront ici.</translation>
    </message>
    <message>
        <source>Search: number, client, subject, line…</source>
        <translation>Rechercher : numéro, client, objet, ligne…</translation>
    </message>
    <message>
        <source>Create the first one with “New quote” (Ctrl+N).</source>
        <translation>Créez le premier avec « Nouveau devis » (Ctrl+N).</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation>Nouveau devis (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation>Ouvrir le devis sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>{shown} most recent quotes shown out of {total}: refine the search to see the others.</source>
        <translation>Les {shown} devis les plus récents sont affichés sur {total} : affinez la recherche pour voir les autres.</translation>
    </message>
    <message>
        <source>{count} quote(s) · {amount} excl. VAT</source>
        <translation>{count} devis · {amount} HT</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Total excl. VAT</source>
        <extracomment>what each row shows, for tests and accessibility: key -&gt; text</extracomment>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT {rate} on {base}</source>
        <translation>TVA {rate} sur {base}</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Deposit ({percent})</source>
        <translation>Acompte ({percent})</translation>
    </message>
    <message>
        <source>Material cost</source>
        <translation>Coût des matériaux</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
</context>
</TS>
