<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Snooze until…</source>
        <translation>Reporter jusqu’au…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show this reminder again on:</source>
        <translation>Me rappeler ce rappel le :</translation>
    </message>
    <message>
        <source>This moment has already passed: choose one in the future.</source>
        <translation>Ce moment est déjà passé : choisissez-en un à venir.</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>Next week (Monday morning)</source>
        <translation>La semaine prochaine (lundi matin)</translation>
    </message>
    <message>
        <source>Choose a date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>New appointment on this day…</source>
        <translation>Nouveau rendez-vous ce jour-là…</translation>
    </message>
    <message>
        <source>⚑ Deadline: {title}</source>
        <translation>⚑ Échéance : {title}</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 rappel</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>{n} rappels</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <extracomment>lupdate files the module-level ``tr(&quot;…&quot;)`` calls under the empty context open-target kinds, in the order a reminder&apos;s links are tried Local touches for the planning widgets (the application sheet is not ours to edit).</extracomment>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} h {m:02d}</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>dans {duration}</translation>
    </message>
    <message>
        <source>late by {duration}</source>
        <translation>en retard de {duration}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
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
        <source>Yearly maintenance</source>
        <translation>Entretien annuel</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Personal reminder</source>
        <translation>Rappel personnel</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <extracomment>clients offered in the combo (by name); more are reached by typing</extracomment>
        <translation>Tapez un nom pour chercher…</translation>
    </message>
    <message>
        <source>— No client —</source>
        <translation>— Aucun client —</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>Nouveau rappel</translation>
    </message>
    <message>
        <source>Tomorrow 9 h</source>
        <translation>Demain 9 h</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>Monday 9 h</source>
        <translation>Lundi 9 h</translation>
    </message>
    <message>
        <source>e.g. Call this client back on Thursday at 9 h</source>
        <translation>par ex. Rappeler ce client jeudi à 9 h</translation>
    </message>
    <message>
        <source>What to say, what to bring up (optional)</source>
        <translation>Ce qu’il faut dire ou aborder (facultatif)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No client has this name: pick one in the list, or empty the field.</source>
        <translation>Aucun client ne porte ce nom : choisissez-en un dans la liste, ou videz le champ.</translation>
    </message>
    <message>
        <source>This date has already passed: choose a day and a time to come.</source>
        <translation>Cette date est déjà passée : choisissez un jour et une heure à venir.</translation>
    </message>
    <message>
        <source>This date is more than five years away: check the year.</source>
        <translation>Cette date est dans plus de cinq ans : vérifiez l’année.</translation>
    </message>
    <message>
        <source>Say what the reminder is about (for example “Call back about the quote”).</source>
        <translation>Dites de quoi il s&apos;agit (par exemple « Rappeler pour le devis »).</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source>The day before (24 h)</source>
        <translation>La veille (24 h avant)</translation>
    </message>
    <message>
        <source>{duration} before</source>
        <translation>{duration} avant</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Filled in from the client&apos;s card</source>
        <translation>Reprise de la fiche du client</translation>
    </message>
    <message>
        <source>e.g. Measure the kitchen before the quote</source>
        <translation>par ex. Prendre les mesures de la cuisine avant le devis</translation>
    </message>
    <message>
        <source>e.g. Tape measure, tile samples</source>
        <translation>par ex. Mètre, échantillons de carrelage</translation>
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
        <source>Remind me</source>
        <translation>Me prévenir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>This date has already passed: check the day and the time.</source>
        <translation>Cette date est déjà passée : vérifiez le jour et l’heure.</translation>
    </message>
    <message>
        <source>Delete the appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Delete this appointment and its reminder?</source>
        <translation>Supprimer ce rendez-vous et son rappel ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Phone call</source>
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
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Client no. {id}</source>
        <translation>Client n°{id}</translation>
    </message>
    <message>
        <source>I called</source>
        <translation>J’ai appelé</translation>
    </message>
    <message>
        <source>The client called</source>
        <translation>Le client a appelé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Ce qui a été dit, ce qui a été convenu</translation>
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
        <source>Asked for changes</source>
        <translation>Demande de modification</translation>
    </message>
    <message>
        <source>Count this time in the time spent (not billed)</source>
        <translation>Compter ce temps dans le temps passé (non facturé)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>À noter</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>the ``ReminderView`` of a row, for every column</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>Snoozed until {moment}</source>
        <translation>Reporté à {moment}</translation>
    </message>
    <message>
        <source>No reminder waiting</source>
        <translation>Aucun rappel en attente</translation>
    </message>
    <message>
        <source>1 reminder to handle</source>
        <translation>1 rappel à traiter</translation>
    </message>
    <message>
        <source>{n} reminders to handle</source>
        <translation>{n} rappels à traiter</translation>
    </message>
    <message>
        <source>Hide (the reminder stays in the list)</source>
        <translation>Masquer (le rappel reste dans la liste)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>Reminder — {moment}</source>
        <translation>Rappel — {moment}</translation>
    </message>
    <message>
        <source>and {n} other reminders waiting</source>
        <translation>et {n} autres rappels en attente</translation>
    </message>
    <message>
        <source>and 1 other reminder waiting</source>
        <translation>et 1 autre rappel en attente</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <source>1 reminder fell due since {moment}.</source>
        <translation>1 rappel est arrivé à échéance depuis {moment}.</translation>
    </message>
    <message>
        <source>{n} reminders fell due since {moment}.</source>
        <translation>{n} rappels sont arrivés à échéance depuis {moment}.</translation>
    </message>
    <message>
        <source>1 reminder is due.</source>
        <translation>1 rappel est arrivé à échéance.</translation>
    </message>
    <message>
        <source>{n} reminders are due.</source>
        <translation>{n} rappels sont arrivés à échéance.</translation>
    </message>
    <message>
        <source>{n} of them were due earlier but never shown on this computer.</source>
        <translation>Dont {n} plus anciens, jamais montrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Overdue before today: {n}.</source>
        <translation>En retard d’avant aujourd’hui : {n}.</translation>
    </message>
    <message>
        <source>Select one or several lines, then snooze them, mark them done or open the card. Nothing is lost: what you do not handle now stays in Reminders.</source>
        <translation>Sélectionnez une ou plusieurs lignes, puis reportez-les, marquez-les comme faites ou ouvrez la fiche. Rien n’est perdu : ce que vous ne traitez pas maintenant reste dans Rappels.</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Reminders due: show the list</source>
        <translation>Rappels arrivés à échéance : afficher la liste</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Empty this list; the reminders stay in Reminders</source>
        <translation>Vide cette liste ; les rappels restent dans Rappels</translation>
    </message>
    <message>
        <source>Reminders to handle</source>
        <translation>Rappels à traiter</translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation>Rappel : {title}</translation>
    </message>
    <message>
        <source>{n} reminders are due</source>
        <translation>{n} rappels arrivent à échéance</translation>
    </message>
    <message>
        <source>Artisan CRM</source>
        <translation>Artisan CRM</translation>
    </message>
    <message>
        <source>Show Artisan CRM</source>
        <translation>Afficher Artisan CRM</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Mark the selected reminders as done (Ctrl+Enter)</source>
        <translation>Marquer les rappels sélectionnés comme faits (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>No longer needed: remove it without doing it</source>
        <translation>Plus utile : l’écarter sans le faire</translation>
    </message>
    <message>
        <source>Open the quote, invoice, job or client card</source>
        <translation>Ouvrir le devis, la facture, le chantier ou la fiche client</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Noter un appel…</translation>
    </message>
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
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>week-{day}.pdf</source>
        <translation>semaine-{day}.pdf</translation>
    </message>
    <message>
        <source>day-sheet-{day}.pdf</source>
        <translation>feuille-de-route-{day}.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>artisan-crm-calendar.ics</source>
        <translation>agenda-artisan-crm.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Nothing forgotten: follow-ups, calls, payments to chase.</source>
        <translation>Rien d’oublié : relances, appels, paiements à réclamer.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search a reminder…</source>
        <translation>Chercher un rappel…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Nouveau rappel…</translation>
    </message>
    <message>
        <source>The first {shown} of {total} reminders; search to narrow the list.</source>
        <translation>Les {shown} premiers rappels sur {total} ; cherchez pour affiner la liste.</translation>
    </message>
    <message>
        <source>Nothing to do: no reminder is waiting.</source>
        <translation>Rien à faire : aucun rappel en attente.</translation>
    </message>
    <message>
        <source>No overdue reminder. Well done!</source>
        <translation>Aucun rappel en retard. Bravo !</translation>
    </message>
    <message>
        <source>No snoozed reminder.</source>
        <translation>Aucun rappel reporté.</translation>
    </message>
    <message>
        <source>No reminder done yet.</source>
        <translation>Aucun rappel fait pour l’instant.</translation>
    </message>
    <message>
        <source>No reminder yet. They are created for you from your quotes, jobs and invoices, and you can add your own with “New reminder…”.</source>
        <translation>Aucun rappel pour l’instant. Ils sont créés pour vous à partir de vos devis, chantiers et factures, et vous pouvez ajouter les vôtres avec « Nouveau rappel… ».</translation>
    </message>
    <message>
        <source>No reminder matches this search.</source>
        <translation>Aucun rappel ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>items shown per section; the rest is counted (&quot;et 4 980 autres dans Rappels&quot;) re-read the day when the date changes or the relative wording ages rows per table (``services.stats.database_stats``: clients, quotes, jobs...)</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reading your day…</source>
        <translation>Lecture de votre journée…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>Imprimer la journée</translation>
    </message>
    <message>
        <source>Print the week</source>
        <translation>Imprimer la semaine</translation>
    </message>
    <message>
        <source>Export the calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Appointments and job deadlines, for the calendar of your phone</source>
        <translation>Rendez-vous et échéances de chantiers, pour l’agenda de votre téléphone</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overdue reminders</source>
        <translation>Rappels en retard</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Rien en retard. Bravo !</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation>Rappels du jour</translation>
    </message>
    <message>
        <source>No reminder today.</source>
        <translation>Aucun rappel aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Job deadlines within 7 days</source>
        <translation>Échéances de chantiers sous 7 jours</translation>
    </message>
    <message>
        <source>No job deadline this week.</source>
        <translation>Aucune échéance de chantier cette semaine.</translation>
    </message>
    <message>
        <source>Quotes awaiting an answer</source>
        <translation>Devis en attente de réponse</translation>
    </message>
    <message>
        <source>No quote is waiting for an answer.</source>
        <translation>Aucun devis en attente de réponse.</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>No overdue invoice.</source>
        <translation>Aucune facture en retard.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>devis</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>chantiers</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <source>Your database:</source>
        <translation>Votre base :</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Print preview; the arrow saves it as PDF</source>
        <translation>Aperçu avant impression ; la flèche l’enregistre en PDF</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Your day could not be read. See the log for details.</source>
        <translation>Votre journée n’a pas pu être lue. Le détail est dans le journal.</translation>
    </message>
    <message>
        <source>Your database is empty for now. Your appointments, reminders, quotes to follow up and invoices to chase will be listed here every morning.</source>
        <translation>Votre base est vide pour l’instant. Vos rendez-vous, rappels, devis à relancer et factures à réclamer seront listés ici chaque matin.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{n} appointments</source>
        <translation>{n} rendez-vous</translation>
    </message>
    <message>
        <source>1 overdue invoice</source>
        <translation>1 facture en retard</translation>
    </message>
    <message>
        <source>{n} overdue invoices</source>
        <translation>{n} factures en retard</translation>
    </message>
    <message>
        <source>Hello! Nothing urgent today.</source>
        <translation>Bonjour ! Rien d&apos;urgent aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Hello! Today: {things}.</source>
        <translation>Bonjour ! Aujourd&apos;hui : {things}.</translation>
    </message>
    <message>
        <source>… and {n} more in Reminders.</source>
        <translation>… et {n} autres dans Rappels.</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} autres.</translation>
    </message>
    <message>
        <source>Write down what was said (one click after hanging up)</source>
        <translation>Noter ce qui a été dit (un clic en raccrochant)</translation>
    </message>
    <message>
        <source>To bring: {things}</source>
        <translation>À apporter : {things}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>Job no. {id}</source>
        <translation>Chantier n°{id}</translation>
    </message>
    <message>
        <source>sent {n} days ago</source>
        <translation>envoyé il y a {n} jours</translation>
    </message>
    <message>
        <source>sent recently</source>
        <translation>envoyé récemment</translation>
    </message>
    <message>
        <source>Remind me…</source>
        <translation>Me le rappeler…</translation>
    </message>
    <message>
        <source>Call back about quote {number}</source>
        <translation>Rappeler pour le devis {number}</translation>
    </message>
    <message>
        <source>{number} — {amount} still due</source>
        <translation>{number} — reste {amount} à payer</translation>
    </message>
    <message>
        <source>The appointment of {moment} was deleted.</source>
        <translation>Le rendez-vous de {moment} a été supprimé.</translation>
    </message>
</context>
</TS>
