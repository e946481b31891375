<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QuoteGuardDialog</name>
    <message>
        <source>Before making this quote</source>
        <translation>Avant de faire ce devis</translation>
    </message>
    <message>
        <source>Score {score}/100</source>
        <translation>Score {score}/100</translation>
    </message>
    <message>
        <source>Why be careful</source>
        <translation>Pourquoi être prudent</translation>
    </message>
    <message>
        <source>Our suggestions</source>
        <translation>Nos suggestions</translation>
    </message>
    <message>
        <source>Nothing is blocked: you decide.</source>
        <translation>Rien n’est bloqué : c’est vous qui décidez.</translation>
    </message>
    <message>
        <source>Continue the quote</source>
        <translation>Continuer le devis</translation>
    </message>
    <message>
        <source>Do not make a quote</source>
        <translation>Ne pas faire de devis</translation>
    </message>
    <message>
        <source>Pre-fill the quote with a {deposit} % deposit and a {days}-day validity</source>
        <translation>Pré-remplir le devis avec un acompte de {deposit} % et une validité de {days} jours</translation>
    </message>
    <message>
        <source>Pre-fill the quote with a {deposit} % deposit</source>
        <translation>Pré-remplir le devis avec un acompte de {deposit} %</translation>
    </message>
    <message>
        <source>Pre-fill the quote with a {days}-day validity</source>
        <translation>Pré-remplir le devis avec une validité de {days} jours</translation>
    </message>
</context>
<context>
    <name>RatingDetails</name>
    <message>
        <source>Select a client to see why it got this rating.</source>
        <translation>Sélectionnez un client pour voir pourquoi il a cette note.</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Voir la fiche</translation>
    </message>
    <message>
        <source>How is the score computed?</source>
        <translation>Comment est calculé le score ?</translation>
    </message>
    <message>
        <source>Score {score}/100</source>
        <translation>Score {score}/100</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Pas de score</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Pas encore jugé</translation>
    </message>
    <message>
        <source>What costs it points</source>
        <translation>Ce qui lui coûte des points</translation>
    </message>
    <message>
        <source>To its credit</source>
        <translation>À son crédit</translation>
    </message>
    <message>
        <source>Margin per hour: {rate} (target {target})</source>
        <translation>Marge horaire : {rate} (objectif {target})</translation>
    </message>
    <message>
        <source>Effective hourly margin = margin ÷ all the hours spent, billed or not: {margin} ÷ {hours} = {rate}. Compared with your target rate of {target} (the Target box).</source>
        <translation>Marge horaire effective = marge ÷ toutes les heures passées, facturées ou non : {margin} ÷ {hours} = {rate}. À comparer à votre objectif de {target} (la case «&#xa0;Objectif&#xa0;»).</translation>
    </message>
    <message>
        <source>Margin {margin} for {hours} spent</source>
        <translation>Marge de {margin} pour {hours} passées</translation>
    </message>
    <message>
        <source>No score: fewer than {hours} h spent and no accepted quote nor invoice over the period, too little to judge.</source>
        <translation>Pas de score : moins de {hours} h passées et ni devis accepté ni facture sur la période, trop peu pour juger.</translation>
    </message>
    <message>
        <source>Score out of 100: the sum of the six components under “How is the score computed?”, each weighted by its importance. Gem from {gem}, Good client from {good}, To watch from {watch}, Vampire below.</source>
        <translation>Score sur 100 : la somme des six composantes détaillées sous «&#xa0;Comment est calculé le score ?&#xa0;», chacune pondérée selon son importance. Pépite à partir de {gem}, Bon client à partir de {good}, À surveiller à partir de {watch}, Vampire en dessous.</translation>
    </message>
    <message>
        <source>The category follows from the score; a margin per hour under {ratio} % of the target, or payments {late} days late on average, keep a client at best “To watch”.</source>
        <translation>La catégorie découle du score ; une marge horaire inférieure à {ratio} % de l’objectif, ou {late} jours de retard de paiement en moyenne, limitent un client à «&#xa0;À surveiller&#xa0;».</translation>
    </message>
    <message>
        <source>Margin = revenue excluding VAT ({revenue}) − material ({material}). The hours are all the time spent for the client over the period, billed or not ({unbilled} not billed), including quotes, travel, calls and payment chasing.</source>
        <translation>Marge = chiffre d’affaires HT ({revenue}) − matériel ({material}). Les heures sont tout le temps passé pour le client sur la période, facturé ou non ({unbilled} non facturées), devis, trajets, appels et relances compris.</translation>
    </message>
    <message>
        <source>Margin per hour compared with your target: full points from {ratio} % of the target, none without margin.</source>
        <translation>Marge horaire comparée à votre objectif : tous les points à partir de {ratio} % de l’objectif, aucun sans marge.</translation>
    </message>
    <message>
        <source>Share of the hours not billed: full points when all are billed, none from {share} % unbilled.</source>
        <translation>Part des heures non facturées : tous les points quand tout est facturé, aucun à partir de {share} % non facturé.</translation>
    </message>
    <message>
        <source>Half for the quotes accepted among those decided (accepted, refused or expired), half for the hours lost on refused quotes (none from {hours} h).</source>
        <translation>Pour moitié les devis acceptés parmi ceux tranchés (acceptés, refusés ou expirés), pour moitié les heures perdues sur des devis refusés (aucun point à partir de {hours} h).</translation>
    </message>
    <message>
        <source>Average days of late payment, weighted by the amounts: full points when paid on time, none from {days} days late.</source>
        <translation>Jours de retard de paiement en moyenne, pondérés par les montants : tous les points pour un paiement à l’heure, aucun à partir de {days} jours de retard.</translation>
    </message>
    <message>
        <source>Reminders needed for overdue invoices: none from {count} reminders.</source>
        <translation>Relances nécessaires pour des factures échues : aucun point à partir de {count} relances.</translation>
    </message>
    <message>
        <source>Discount and change requests plus unresolved complaints: none from {count}.</source>
        <translation>Demandes de remise et de modification, plus les réclamations non résolues : aucun point à partir de {count}.</translation>
    </message>
    <message>
        <source>Worth up to {out_of} points of 100.</source>
        <translation>Vaut jusqu’à {out_of} points sur 100.</translation>
    </message>
    <message>
        <source>{points} / {out_of} pts</source>
        <translation>{points} / {out_of} pts</translation>
    </message>
    <message>
        <source>The score (0 to 100) adds six components weighted by their importance. Gem: score ≥ {gem} and margin per hour ≥ {gem_ratio} % of the target; Good client: score ≥ {good}; To watch: score ≥ {watch}; Vampire below. A margin per hour under {red_ratio} % of the target, or paying {late} days late on average, keeps a client at best “to watch”.</source>
        <translation>Le score (de 0 à 100) additionne six composantes pondérées selon leur importance. Pépite : score ≥ {gem} et marge horaire ≥ {gem_ratio} % de l’objectif ; Bon client : score ≥ {good} ; À surveiller : score ≥ {watch} ; Vampire en dessous. Une marge horaire inférieure à {red_ratio} % de l’objectif, ou {late} jours de retard de paiement en moyenne, limitent un client à « À surveiller ».</translation>
    </message>
    <message>
        <source>{label}: {points} / {out_of} pts</source>
        <translation>{label} : {points} / {out_of} pts</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Client</source>
        <extracomment>the raw value a column sorts on (numbers, not the displayed strings)</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <source>The verdict of the rating, from the score and the margin per hour: Gem, Good client, To watch or Vampire; “Not enough data” below a few hours or deals over the period.</source>
        <translation>Le verdict de la notation, d’après le score et la marge horaire : Pépite, Bon client, À surveiller ou Vampire ; «&#xa0;Pas assez de données&#xa0;» sous quelques heures ou affaires sur la période.</translation>
    </message>
    <message>
        <source>Score out of 100: six components (margin per hour, unbilled time, quotes, late payments, reminders, demands) weighted by their importance. Select a client to see the details.</source>
        <translation>Score sur 100 : six composantes (marge horaire, temps non facturé, devis, retards de paiement, relances, exigences) pondérées selon leur importance. Sélectionnez un client pour voir le détail.</translation>
    </message>
    <message>
        <source>What the client was invoiced over the period, excluding VAT, credit notes deducted; without an invoice, the accepted quotes.</source>
        <translation>Ce qui a été facturé au client sur la période, hors taxes, avoirs déduits ; sans facture, ses devis acceptés.</translation>
    </message>
    <message>
        <source>Cost of the material bought for the client&apos;s jobs (the accepted quotes&apos; estimate when the revenue comes from quotes).</source>
        <translation>Coût du matériel acheté pour les chantiers du client (l’estimation des devis acceptés quand le chiffre d’affaires vient des devis).</translation>
    </message>
    <message>
        <source>Revenue excluding VAT minus the material: what pays for your time.</source>
        <translation>Chiffre d’affaires HT moins le matériel : ce qui paie votre temps.</translation>
    </message>
    <message>
        <source>All the time spent for the client over the period, billed or not: work, travel, quote preparation, calls, payment chasing.</source>
        <translation>Tout le temps passé pour le client sur la période, facturé ou non : travail, trajets, préparation des devis, appels, relances.</translation>
    </message>
    <message>
        <source>Effective hourly margin = margin ÷ all the hours spent. Green when it reaches your target rate, red below.</source>
        <translation>Marge horaire effective = marge ÷ toutes les heures passées. En vert quand elle atteint votre objectif, en rouge en dessous.</translation>
    </message>
    <message>
        <source>Share of the hours spent that were not billed (unbilled hours ÷ all hours).</source>
        <translation>Part des heures passées qui n’ont pas été facturées (heures non facturées ÷ toutes les heures).</translation>
    </message>
    <message>
        <source>Quotes accepted / quotes sent over the period (drafts and cancelled quotes not counted).</source>
        <translation>Devis acceptés / devis envoyés sur la période (brouillons et devis annulés non comptés).</translation>
    </message>
    <message>
        <source>Time spent preparing quotes that were then refused or expired.</source>
        <translation>Temps passé à préparer des devis ensuite refusés ou expirés.</translation>
    </message>
    <message>
        <source>Average days of late payment after the due date, weighted by the amounts (unpaid overdue invoices count until today).</source>
        <translation>Jours de retard de paiement après l’échéance en moyenne, pondérés par les montants (les factures échues impayées comptent jusqu’à aujourd’hui).</translation>
    </message>
    <message>
        <source>Reminders that were needed for invoices unpaid at their due date.</source>
        <translation>Relances qui ont été nécessaires pour des factures impayées à leur échéance.</translation>
    </message>
    <message>
        <source>Complaints recorded in the client&apos;s history over the period.</source>
        <translation>Réclamations notées dans l’historique du client sur la période.</translation>
    </message>
    <message>
        <source>Discount requests recorded in the client&apos;s history over the period.</source>
        <translation>Demandes de remise notées dans l’historique du client sur la période.</translation>
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
        <source>Hours lost</source>
        <translation>H perdues</translation>
    </message>
    <message>
        <source>Avg. late</source>
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
        <source>Target: {rate}</source>
        <translation>Objectif : {rate}</translation>
    </message>
</context>
<context>
    <name>RatingView</name>
    <message>
        <source>Client rating</source>
        <extracomment>a new target rate is applied once the user stops turning the spin box for this long rows measured to size the columns at the first load</extracomment>
        <translation>Notation clients</translation>
    </message>
    <message>
        <source>Which clients are really worth your time: margin per hour, unbilled time, lost quotes, late payments.</source>
        <translation>Quels clients valent vraiment votre temps : marge horaire, temps non facturé, devis perdus, retards de paiement.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>24 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>The margin you want to earn per hour spent. Changing it re-rates every client at once.</source>
        <translation>La marge que vous voulez gagner par heure passée. La changer recalcule aussitôt la note de chaque client.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The rating could not be computed. See the log for details.</source>
        <translation>La notation n’a pas pu être calculée. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>No client to rate over this period.</source>
        <translation>Aucun client à noter sur cette période.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu’au {end}</translation>
    </message>
    <message>
        <source>Rated clients: {count}, {span} · target {rate}</source>
        <translation>Clients notés : {count}, {span} · objectif {rate}</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Tous ({count})</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>The charts are not available on this computer.</source>
        <translation>Les graphiques ne sont pas disponibles sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ScatterChart</name>
    <message>
        <source>Hours spent and margin per client</source>
        <translation>Heures passées et marge par client</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Heures passées</translation>
    </message>
    <message>
        <source>Margin (€)</source>
        <translation>Marge (€)</translation>
    </message>
    <message>
        <source>Target {rate}</source>
        <translation>Objectif {rate}</translation>
    </message>
    <message>
        <source>Above the dashed line a client earns you more than your target of {rate}; below it, less. Click a point to see the client.</source>
        <translation>Au-dessus de la ligne pointillée, un client vous rapporte plus que votre objectif de {rate} ; en dessous, moins. Cliquez sur un point pour voir le client.</translation>
    </message>
    <message>
        <source>{hours} spent, margin {margin}</source>
        <translation>{hours} passées, marge {margin}</translation>
    </message>
    <message>
        <source>Margin per hour: {rate}</source>
        <translation>Marge horaire : {rate}</translation>
    </message>
    <message>
        <source>{category}, score {score}/100</source>
        <translation>{category}, score {score}/100</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(et {count} autres)</translation>
    </message>
</context>
<context>
    <name>WhaleChart</name>
    <message>
        <source>Cumulative profit (whale curve)</source>
        <translation>Profit cumulé (courbe de la baleine)</translation>
    </message>
    <message>
        <source>Clients, from the most to the least profitable</source>
        <translation>Clients, du plus au moins rentable</translation>
    </message>
    <message>
        <source>Cumulative profit (€)</source>
        <translation>Profit cumulé (€)</translation>
    </message>
    <message>
        <source>No client to show over this period.</source>
        <translation>Aucun client à montrer sur cette période.</translation>
    </message>
    <message>
        <source>Peak: {amount}</source>
        <translation>Sommet : {amount}</translation>
    </message>
    <message>
        <source>Every client brings in more than the time spent on him (valued at {rate}).</source>
        <translation>Chaque client rapporte plus que le temps passé pour lui (compté à {rate}).</translation>
    </message>
    <message>
        <source>The least profitable client costs you {amount} of what the best ones bring in.</source>
        <translation>Le client le moins rentable vous coûte {amount} de ce que rapportent les meilleurs.</translation>
    </message>
    <message>
        <source>The {count} least profitable clients cost you {amount} of what the best ones bring in.</source>
        <translation>Les {count} clients les moins rentables vous coûtent {amount} de ce que rapportent les meilleurs.</translation>
    </message>
    <message>
        <source>Profit = margin − hours × {rate}.</source>
        <translation>Profit = marge − heures × {rate}.</translation>
    </message>
    <message>
        <source>No. {rank}: {name}</source>
        <translation>N° {rank} : {name}</translation>
    </message>
    <message>
        <source>Profit after time: {amount}</source>
        <translation>Profit après le temps passé : {amount}</translation>
    </message>
    <message>
        <source>Cumulative: {amount}</source>
        <translation>Cumul : {amount}</translation>
    </message>
</context>
</TS>
