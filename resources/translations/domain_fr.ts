<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This item</source>
        <extracomment>process exit status used by the CLI for this kind of error</extracomment>
        <translation>Cet élément</translation>
    </message>
    <message>
        <source>Another workstation changed {what} in the meantime. Reload to see the current version; your changes were not saved.</source>
        <translation>Un autre poste a modifié {what} entre-temps. Rechargez pour voir la version à jour ; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
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
        <source>Overdue</source>
        <translation>En retard</translation>
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
        <source>{days} day late</source>
        <translation>En retard de {days} jour</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>En retard de {days} jours</translation>
    </message>
    <message>
        <source>The payment amount must be positive.</source>
        <translation>Le montant du paiement doit être positif.</translation>
    </message>
    <message>
        <source>The payment amount is given to the cent.</source>
        <translation>Le montant du paiement se donne au centime près.</translation>
    </message>
    <message>
        <source>The payment ({amount}) is more than what remains to be paid ({remaining}).</source>
        <translation>Le paiement ({amount}) dépasse le reste à payer ({remaining}).</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“{value}” is not a valid number.</source>
        <extracomment>The VAT rates a French artisan may use (percent).</extracomment>
        <translation>« {value} » n&apos;est pas un nombre valide.</translation>
    </message>
    <message>
        <source>VAT rate {rate} is not allowed (possible rates: {rates}).</source>
        <translation>Taux de TVA {rate} non autorisé (taux possibles : {rates}).</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100%.</source>
        <translation>La remise doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The deposit must be between 0 and 100%.</source>
        <translation>L&apos;acompte doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>“{number}” is not a document number (e.g. DEV-2026-0001).</source>
        <translation>« {number} » n&apos;est pas un numéro de document (ex. DEV-2026-0001).</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
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
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>Where each status may go. A sent quote is frozen: to change it, duplicate it. An expired quote may be sent again (new validity date) or still be honoured. The column dating the arrival in each status (drafts are dated by ``created_at``).</extracomment>
        <translation>créé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>This quote is already “{status}”.</source>
        <translation>Ce devis est déjà « {status} ».</translation>
    </message>
    <message>
        <source>A “{current}” quote cannot move to “{target}”. It can only move to: {possible}.</source>
        <translation>Un devis « {current} » ne peut pas passer à « {target} ». Il peut seulement passer à : {possible}.</translation>
    </message>
    <message>
        <source>A “{current}” quote cannot move to “{target}”. Its status is final; duplicate it to start again from a draft.</source>
        <translation>Un devis « {current} » ne peut pas passer à « {target} ». Son statut est définitif ; dupliquez-le pour repartir d&apos;un brouillon.</translation>
    </message>
    <message>
        <source>This quote is “{status}”: it can no longer be changed. Duplicate it to make a new draft.</source>
        <translation>Ce devis est « {status} » : il ne peut plus être modifié. Dupliquez-le pour en faire un nouveau brouillon.</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>il y a {days} jours</translation>
    </message>
    <message>
        <source>{months} months ago</source>
        <translation>il y a {months} mois</translation>
    </message>
    <message>
        <source>over a year ago</source>
        <translation>il y a plus d&apos;un an</translation>
    </message>
    <message>
        <source>over {years} years ago</source>
        <translation>il y a plus de {years} ans</translation>
    </message>
    <message>
        <source>{status} {when}</source>
        <translation>{status} {when}</translation>
    </message>
    <message>
        <source>the description is required.</source>
        <translation>la désignation est obligatoire.</translation>
    </message>
    <message>
        <source>the quantity cannot be negative.</source>
        <translation>la quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>the unit price cannot be negative (use an “other” line for a discount).</source>
        <translation>le prix unitaire ne peut pas être négatif (utilisez une ligne « autre » pour une remise).</translation>
    </message>
    <message>
        <source>the purchase cost cannot be negative.</source>
        <translation>le coût d&apos;achat ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the discount must be between 0 and 100%.</source>
        <translation>la remise doit être comprise entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Gem</source>
        <extracomment>the artisan&apos;s target margin per hour spent (EUR), Options.TARGET_HOURLY_RATE default period, Options.RATING_PERIOD_MONTHS hourly margin / target at which the margin component is full (1.25 = 125 %) share of unbilled time at which that component is worth nothing hours lost on refused or expired quotes at which that half is worth nothing amount-weighted mean days late at which the payment component is worth nothing overdue-invoice reminders at which that component is worth nothing discount + change requests + unresolved complaints at which demands are worth nothing a Pépite earns at least this share of the target per hour (1.25 = 125 %) below this share of the target per hour a client is at best À surveiller (red flag); so is a client paying on average ``late_days_zero`` days late or more below this many hours *and* without any accepted quote or invoice: not judged accepted quotes + invoices needed to judge a client with fewer than min_hours a component must cost at least this many points to be given as a reason INI key of every setting (``config.Options``): the first two exist already. excl. VAT: invoices net of credit notes, or accepted quotes (see ``revenue_source``) every time entry, billable or not quotes sent to the client (sent, accepted, refused, expired; not drafts, not cancelled) quote-preparation minutes on refused or expired quotes invoices issued (credit notes not counted) incl. VAT amount of the invoices already due (the weight of the late-days average) Σ amount (cents) × days late, over payments and unpaid overdue remainders</extracomment>
        <translation>Pépite</translation>
    </message>
    <message>
        <source>Good client</source>
        <translation>Bon client</translation>
    </message>
    <message>
        <source>To watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Vampire</source>
        <translation>Vampire</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Pas assez de données</translation>
    </message>
    <message>
        <source>Margin per hour</source>
        <extracomment>best first (the table&apos;s category order) points lost (against) or earned (fair) on the 0-100 score partial score in 0..1 0..100, None when the client is not judged (not enough data) the six partial scores (0..1), in COMPONENT_LABELS order; empty when not judged</extracomment>
        <translation>Marge horaire</translation>
    </message>
    <message>
        <source>Unbilled time</source>
        <translation>Temps non facturé</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Retards de paiement</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Relances d&apos;impayés</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>no time recorded</source>
        <translation>aucun temps saisi</translation>
    </message>
    <message>
        <source>{duration} spent</source>
        <translation>{duration} de temps passé</translation>
    </message>
    <message>
        <source>not enough data: {time}, no accepted quote or invoice in the period</source>
        <translation>pas assez de données : {time}, aucun devis accepté ni facture sur la période</translation>
    </message>
    <message>
        <source>pays {days} day late on average</source>
        <translation>paie en moyenne {days} jour en retard</translation>
    </message>
    <message>
        <source>pays {days} days late on average</source>
        <translation>paie en moyenne {days} jours en retard</translation>
    </message>
    <message>
        <source>{n} quote refused</source>
        <translation>{n} devis refusé</translation>
    </message>
    <message>
        <source>{n} quotes refused</source>
        <translation>{n} devis refusés</translation>
    </message>
    <message>
        <source>{n} quote expired without an answer</source>
        <translation>{n} devis expiré sans réponse</translation>
    </message>
    <message>
        <source>{n} quotes expired without an answer</source>
        <translation>{n} devis expirés sans réponse</translation>
    </message>
    <message>
        <source>{n} quotes refused or expired</source>
        <translation>{n} devis refusés ou expirés</translation>
    </message>
    <message>
        <source>margin per hour {rate} against a target of {target}</source>
        <translation>marge horaire {rate} pour un objectif de {target}</translation>
    </message>
    <message>
        <source>margin of {margin} with no time recorded</source>
        <translation>marge de {margin} sans temps saisi</translation>
    </message>
    <message>
        <source>no revenue for {duration} spent</source>
        <translation>aucun chiffre d&apos;affaires pour {duration} passées</translation>
    </message>
    <message>
        <source>negative margin ({margin}) for {duration} spent</source>
        <translation>marge négative ({margin}) pour {duration} passées</translation>
    </message>
    <message>
        <source>{share}% of the time spent is not billed</source>
        <translation>{share} % du temps passé n&apos;est pas facturé</translation>
    </message>
    <message>
        <source>{quotes}: {duration} of preparation lost</source>
        <translation>{quotes} : {duration} de préparation perdues</translation>
    </message>
    <message>
        <source>{quotes} out of {decided}</source>
        <translation>{quotes} sur {decided}</translation>
    </message>
    <message>
        <source>{accepted} quotes accepted out of {decided}</source>
        <translation>{accepted} devis acceptés sur {decided}</translation>
    </message>
    <message>
        <source>pays on time</source>
        <translation>paie à l&apos;heure</translation>
    </message>
    <message>
        <source>{n} reminder for an unpaid invoice</source>
        <translation>{n} relance pour impayé</translation>
    </message>
    <message>
        <source>{n} reminders for unpaid invoices</source>
        <translation>{n} relances pour impayé</translation>
    </message>
    <message>
        <source>{n} discount request</source>
        <translation>{n} demande de remise</translation>
    </message>
    <message>
        <source>{n} discount requests</source>
        <translation>{n} demandes de remise</translation>
    </message>
    <message>
        <source>{n} change request</source>
        <translation>{n} demande de modification</translation>
    </message>
    <message>
        <source>{n} change requests</source>
        <translation>{n} demandes de modification</translation>
    </message>
    <message>
        <source>{n} complaint without improvement</source>
        <translation>{n} réclamation sans amélioration</translation>
    </message>
    <message>
        <source>{n} complaints without improvement</source>
        <translation>{n} réclamations sans amélioration</translation>
    </message>
    <message>
        <source>{n} complaint</source>
        <translation>{n} réclamation</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <translation>{n} réclamations</translation>
    </message>
    <message>
        <source>{n} improvement</source>
        <translation>{n} amélioration</translation>
    </message>
    <message>
        <source>{n} improvements</source>
        <translation>{n} améliorations</translation>
    </message>
    <message>
        <source>their {n} complaint led to {improvements}</source>
        <translation>ses {n} réclamation a conduit à {improvements}</translation>
    </message>
    <message>
        <source>their {n} complaints led to {improvements}</source>
        <translation>ses {n} réclamations ont conduit à {improvements}</translation>
    </message>
    <message>
        <source>their remarks led to {improvements}</source>
        <translation>ses remarques ont conduit à {improvements}</translation>
    </message>
    <message>
        <source>{client}: {category} (score {score}/100)</source>
        <extracomment>what speaks against the client, strongest first values the quote form may pre-fill (the user decides)</extracomment>
        <translation>{client} : {category} (score {score}/100)</translation>
    </message>
    <message>
        <source>Ask for a larger deposit ({percent}% on order): they pay {days} day late on average.</source>
        <extracomment>deposit asked by default (company settings) vs what to ask a client to watch</extracomment>
        <translation>Demander un acompte plus élevé ({percent} % à la commande) : il paie en moyenne {days} jour en retard.</translation>
    </message>
    <message>
        <source>Ask for a larger deposit ({percent}% on order): they pay {days} days late on average.</source>
        <translation>Demander un acompte plus élevé ({percent} % à la commande) : il paie en moyenne {days} jours en retard.</translation>
    </message>
    <message>
        <source>Ask for a larger deposit ({percent}% on order).</source>
        <translation>Demander un acompte plus élevé ({percent} % à la commande).</translation>
    </message>
    <message>
        <source>Price the time actually spent, calls, travel and preparation included, at {target} (current margin {current}).</source>
        <translation>Chiffrer le temps réellement passé, appels, déplacements et préparation compris, sur la base de {target} (marge actuelle {current}).</translation>
    </message>
    <message>
        <source>Price the time actually spent, calls, travel and preparation included, at {target}.</source>
        <translation>Chiffrer le temps réellement passé, appels, déplacements et préparation compris, sur la base de {target}.</translation>
    </message>
    <message>
        <source>Set a short validity ({days} days) and keep the quote brief: {quotes} came to nothing.</source>
        <translation>Fixer une validité courte ({days} jours) et un devis sommaire : {quotes} n&apos;ont pas abouti.</translation>
    </message>
    <message>
        <source>Set a short validity ({days} days) and keep the quote brief: quotes came to nothing.</source>
        <translation>Fixer une validité courte ({days} jours) et un devis sommaire : des devis n&apos;ont pas abouti.</translation>
    </message>
    <message>
        <source>Announce firm prices; offer a cheaper alternative rather than a discount.</source>
        <translation>Annoncer des prix fermes ; proposer une variante moins chère plutôt qu&apos;une remise.</translation>
    </message>
    <message>
        <source>Or decline politely: “My schedule does not allow me to carry out this job in good conditions; I would rather tell you right away.”</source>
        <translation>Ou décliner poliment : « Mon planning ne me permet pas de réaliser ce chantier dans de bonnes conditions ; je préfère vous le dire dès maintenant. »</translation>
    </message>
    <message>
        <source>Ask for a deposit of {percent}% on order.</source>
        <translation>Demander un acompte de {percent} % à la commande.</translation>
    </message>
    <message>
        <source>Client no. {id}</source>
        <translation>Client n°{id}</translation>
    </message>
    <message>
        <source>Unknown period “{period}”: 24m, 12m (last months), year (this year) or all.</source>
        <translation>Période « {period} » inconnue : 24m, 12m (derniers mois), year (cette année) ou all.</translation>
    </message>
    <message>
        <source>last {months} months</source>
        <translation>{months} derniers mois</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <source>all history</source>
        <translation>tout l&apos;historique</translation>
    </message>
</context>
<context>
    <name>RatingSingularDuration</name>
    <message>
        <source>no revenue for {duration} spent</source>
        <translation>aucun chiffre d&apos;affaires pour {duration} passée</translation>
    </message>
    <message>
        <source>negative margin ({margin}) for {duration} spent</source>
        <translation>marge négative ({margin}) pour {duration} passée</translation>
    </message>
    <message>
        <source>{quotes}: {duration} of preparation lost</source>
        <translation>{quotes} : {duration} de préparation perdue</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Quote follow-up</source>
        <translation>Relance de devis</translation>
    </message>
    <message>
        <source>Job deadline</source>
        <translation>Échéance de chantier</translation>
    </message>
    <message>
        <source>Job running late</source>
        <translation>Chantier en retard</translation>
    </message>
    <message>
        <source>Unpaid invoice</source>
        <translation>Facture impayée</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <source>Annual maintenance</source>
        <translation>Entretien annuel</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>quote {number} “{title}”</source>
        <extracomment>a &quot;prendre des nouvelles&quot; still pending this many days after it fell due is dropped</extracomment>
        <translation>devis {number} « {title} »</translation>
    </message>
    <message>
        <source>quote {number}</source>
        <translation>devis {number}</translation>
    </message>
    <message>
        <source>Follow up {client}: {quote} sent on {date}, still unanswered</source>
        <translation>Relancer {client} : {quote} envoyé le {date}, toujours sans réponse</translation>
    </message>
    <message>
        <source>Follow up {client} a second time: {quote} sent on {date}, still unanswered</source>
        <translation>Relancer une deuxième fois {client} : {quote} envoyé le {date}, toujours sans réponse</translation>
    </message>
    <message>
        <source>Last follow-up of {client}: {quote} expires on {date} (a yes followed by silence is not a no)</source>
        <translation>Dernière relance {client} : le {quote} expire le {date} (un oui puis plus rien n&apos;est pas un non)</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>n°{id}</translation>
    </message>
    <message>
        <source>Job {job} ({client}) to be finished by {date}</source>
        <translation>Chantier {job} ({client}) à terminer pour le {date}</translation>
    </message>
    <message>
        <source>Job {job} ({client}) running late: deadline of {date} passed</source>
        <translation>Chantier {job} ({client}) en retard : échéance du {date} dépassée</translation>
    </message>
    <message>
        <source>Check in with {client} (job {job} finished on {date})</source>
        <translation>Prendre des nouvelles de {client} (chantier {job} terminé le {date})</translation>
    </message>
    <message>
        <source>Courteous reminder</source>
        <translation>Relance courtoise</translation>
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
        <source>{level}: invoice {number} ({client}) due on {date}, {amount} still owed</source>
        <translation>{level} : facture {number} ({client}) échue le {date}, reste dû {amount}</translation>
    </message>
    <message>
        <source>Annual maintenance of {client} to schedule (due on {date})</source>
        <translation>Entretien annuel de {client} à prévoir (échéance le {date})</translation>
    </message>
    <message>
        <source>Appointment with {client} on {date} at {time}</source>
        <translation>Rendez-vous avec {client} le {date} à {time}</translation>
    </message>
    <message>
        <source>Appointment on {date} at {time}</source>
        <translation>Rendez-vous le {date} à {time}</translation>
    </message>
    <message>
        <source>{appointment}: {purpose}</source>
        <translation>{appointment} : {purpose}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number (10 digits expected, e.g. 06 12 34 56 78).</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide (10 chiffres attendus, ex. 06 12 34 56 78).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address (e.g. name@example.fr).</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail valide (ex. nom@exemple.fr).</translation>
    </message>
    <message>
        <source>The SIRET “{value}” must have 14 digits.</source>
        <translation>Le SIRET « {value} » doit comporter 14 chiffres.</translation>
    </message>
    <message>
        <source>The SIRET “{value}” is not valid (wrong check digit).</source>
        <translation>Le SIRET « {value} » n&apos;est pas valide (clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <source>The postcode “{value}” is not a French postcode (5 digits).</source>
        <translation>Le code postal « {value} » n&apos;est pas un code postal français (5 chiffres).</translation>
    </message>
</context>
</TS>
