<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClientSummary</name>
    <message>
        <source>Quote</source>
        <extracomment>interactions printed when the full history is not asked for the whole history still has a ceiling: a 30-year client fits in a few dozen pages complaints printed without the full history (the newest; the count says how many more) rating reasons printed on each side (against / in favour) the rating category and its reasons (&quot;Vampire&quot; must not reach the client&apos;s hands) every amount in euros (revenue, quotes, invoices, reasons quoting euros) every interaction and complaint, and the closed quotes, jobs and invoices interactions printed without the full history (the newest) &quot;last 24 months&quot;: the period of the revenue, hours and rating None when the options leave the rating out</extracomment>
        <translation>Devis</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>last {months} months</source>
        <translation>{months} derniers mois</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Tél.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>moins d&apos;un mois</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n} an</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
    <message>
        <source>{years} and {months}</source>
        <translation>{years} et {months}</translation>
    </message>
    <message>
        <source>{n} month</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>Against them</source>
        <translation>En sa défaveur</translation>
    </message>
    <message>
        <source>In their favour</source>
        <translation>En sa faveur</translation>
    </message>
    <message>
        <source>Rating: {category}</source>
        <translation>Notation : {category}</translation>
    </message>
    <message>
        <source>– score {score} over the {period}</source>
        <translation>– score {score} sur les {period}</translation>
    </message>
    <message>
        <source>Address ({label}):</source>
        <translation>Adresse ({label}) :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT no.</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>yes, next visit on {date}</source>
        <translation>oui, prochaine visite le {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Contrat d&apos;entretien</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>aucun contact enregistré</translation>
    </message>
    <message>
        <source>Revenue excl. VAT ({period})</source>
        <translation>Chiffre d&apos;affaires HT ({period})</translation>
    </message>
    <message>
        <source>Time spent ({period})</source>
        <translation>Temps passé ({period})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>{n} interaction</source>
        <translation>{n} échange</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation>{n} échanges</translation>
    </message>
    <message>
        <source>{interactions}, {n} of them about a complaint</source>
        <translation>{interactions}, dont {n} au sujet d&apos;une réclamation</translation>
    </message>
    <message>
        <source>{interactions}; {n} complaint recorded</source>
        <translation>{interactions} ; {n} réclamation enregistrée</translation>
    </message>
    <message>
        <source>{interactions}; {n} complaints recorded</source>
        <translation>{interactions} ; {n} réclamations enregistrées</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>referred by {name}</source>
        <translation>recommandé par {name}</translation>
    </message>
    <message>
        <source>referred by a client</source>
        <translation>recommandé par un client</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>referred {n} client: {names}</source>
        <translation>a recommandé {n} client : {names}</translation>
    </message>
    <message>
        <source>referred {n} clients: {names}</source>
        <translation>a recommandé {n} clients : {names}</translation>
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
        <source>Job no. {id}</source>
        <translation>Chantier n°{id}</translation>
    </message>
    <message>
        <source>quote {number}</source>
        <translation>devis {number}</translation>
    </message>
    <message>
        <source>Lesson: {lesson}</source>
        <translation>Leçon : {lesson}</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Archived client.</source>
        <translation>Client archivé.</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Pour le joindre</translation>
    </message>
    <message>
        <source>No phone or email.</source>
        <translation>Aucun téléphone ni e-mail.</translation>
    </message>
    <message>
        <source>Site addresses</source>
        <translation>Adresses de chantier</translation>
    </message>
    <message>
        <source>None other than the client&apos;s address.</source>
        <translation>Aucune autre que l&apos;adresse du client.</translation>
    </message>
    <message>
        <source>No address.</source>
        <translation>Aucune adresse.</translation>
    </message>
    <message>
        <source>The relationship at a glance</source>
        <translation>La relation en bref</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Nothing in progress: no quote awaiting an answer, open job, invoice to pay or reminder.</source>
        <translation>Rien en cours : aucun devis en attente, chantier ouvert, facture à payer ni rappel.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Total of the quotes awaiting an answer</source>
        <translation>Total des devis en attente</translation>
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
        <source>Planned hours</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total still due</source>
        <translation>Total restant dû</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation>(reporté)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No interaction recorded.</source>
        <translation>Aucun échange enregistré.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>What the client complained about</source>
        <translation>Ce que le client a reproché</translation>
    </message>
    <message>
        <source>Handling and lesson learnt</source>
        <translation>Traitement et leçon retenue</translation>
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
        <source>No complaints.</source>
        <translation>Aucune réclamation.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No closed documents.</source>
        <translation>Aucun document clos.</translation>
    </message>
    <message>
        <source>Latest interactions</source>
        <translation>Derniers échanges</translation>
    </message>
    <message>
        <source>Interactions ({n})</source>
        <translation>Échanges ({n})</translation>
    </message>
    <message>
        <source>Latest interactions (all {n})</source>
        <translation>Derniers échanges (tous, {n})</translation>
    </message>
    <message>
        <source>Latest interactions ({shown} of {total})</source>
        <translation>Derniers échanges ({shown} sur {total})</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>Imprimée le {date} à {time}</translation>
    </message>
    <message>
        <source>Client no. {number}</source>
        <translation>Client n° {number}</translation>
    </message>
    <message>
        <source>Quotes awaiting an answer ({n})</source>
        <translation>Devis en attente de réponse ({n})</translation>
    </message>
    <message>
        <source>Jobs in progress or planned ({n})</source>
        <translation>Chantiers en cours ou prévus ({n})</translation>
    </message>
    <message>
        <source>Invoices to pay ({n})</source>
        <translation>Factures à payer ({n})</translation>
    </message>
    <message>
        <source>Reminders to do ({n})</source>
        <translation>Rappels à faire ({n})</translation>
    </message>
    <message>
        <source>Complaints and how they were handled ({n})</source>
        <translation>Réclamations et leur traitement ({n})</translation>
    </message>
    <message>
        <source>Complaints and how they were handled</source>
        <translation>Réclamations et leur traitement</translation>
    </message>
    <message>
        <source>… and {n} older complaint (print the full history to see every one).</source>
        <translation>… et {n} réclamation(s) plus ancienne(s) (historique complet pour tout imprimer).</translation>
    </message>
    <message>
        <source>… and {n} older complaints (print the full history to see every one).</source>
        <translation>… et {n} réclamation(s) plus ancienne(s) (historique complet pour tout imprimer).</translation>
    </message>
    <message>
        <source>Closed quotes, jobs and invoices ({n})</source>
        <translation>Devis, chantiers et factures clos ({n})</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>sur {total}</translation>
    </message>
    <message>
        <source>Client summary – {name}</source>
        <translation>Fiche client – {name}</translation>
    </message>
    <message>
        <source>printed on {date}</source>
        <translation>imprimée le {date}</translation>
    </message>
    <message>
        <source>Client summaries</source>
        <translation>Fiches clients</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation>Rappels du jour</translation>
    </message>
    <message>
        <source>Today&apos;s and overdue reminders</source>
        <translation>Rappels du jour et en retard</translation>
    </message>
    <message>
        <source>Nothing to remind today.</source>
        <translation>Rien à rappeler aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Job deadlines (7 days)</source>
        <translation>Échéances de chantiers (7 jours)</translation>
    </message>
    <message>
        <source>No deadlines this week.</source>
        <translation>Aucune échéance cette semaine.</translation>
    </message>
    <message>
        <source>Quotes awaiting an answer</source>
        <translation>Devis en attente de réponse</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>No quotes awaiting an answer.</source>
        <translation>Aucun devis en attente.</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard de paiement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échue le</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>No overdue invoices.</source>
        <translation>Aucune facture en retard.</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Rien de prévu.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>{date} ({days} late)</source>
        <translation>{date} (retard {days})</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>{date} (in {n} day)</source>
        <translation>{date} (J-{n})</translation>
    </message>
    <message>
        <source>{date} (in {n} days)</source>
        <translation>{date} (J-{n})</translation>
    </message>
    <message>
        <source>Job no. {id}</source>
        <translation>Chantier n°{id}</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <source>Day sheet for {date}</source>
        <translation>Feuille de route du {date}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cannot write the document (printer or file unavailable)</source>
        <extracomment>Official wording (BOFiP, 2025) replacing the former attestation 1301-SD / 1300-SD. per table: page end minus the row start from which Qt moves a row to the next page</extracomment>
        <translation>impossible d&apos;écrire le document (imprimante ou fichier indisponible)</translation>
    </message>
</context>
</TS>
