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
        <source>Margin {margin} for {hours} spent</source>
        <translation>Marge de {margin} pour {hours} passées</translation>
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
        <source>The client&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The verdict of the rating</source>
        <translation>Le verdict de la notation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation>Score sur 100</translation>
    </message>
    <message>
        <source>Revenue excl. VAT</source>
        <translation>CA HT</translation>
    </message>
    <message>
        <source>Invoiced, excluding VAT</source>
        <translation>Chiffre d’affaires facturé, hors taxes</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Material cost</source>
        <translation>Coût du matériel</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Revenue minus material</source>
        <translation>Chiffre d’affaires moins le matériel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>All the time spent, billed or not (quotes, travel, calls included)</source>
        <translation>Tout le temps passé, facturé ou non (devis, déplacements, appels compris)</translation>
    </message>
    <message>
        <source>Margin/h</source>
        <translation>Marge/h</translation>
    </message>
    <message>
        <source>Effective hourly margin: margin divided by the hours spent</source>
        <translation>Marge horaire effective : la marge divisée par les heures passées</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Share of the time not billed</source>
        <translation>Part du temps non facturée</translation>
    </message>
    <message>
        <source>Quotes acc./made</source>
        <translation>Devis acc./faits</translation>
    </message>
    <message>
        <source>Quotes accepted / quotes made</source>
        <translation>Devis acceptés / devis faits</translation>
    </message>
    <message>
        <source>Hours lost</source>
        <translation>H perdues</translation>
    </message>
    <message>
        <source>Time spent preparing quotes that were refused or expired</source>
        <translation>Temps passé à préparer des devis refusés ou expirés</translation>
    </message>
    <message>
        <source>Avg. late</source>
        <translation>Retard moy.</translation>
    </message>
    <message>
        <source>Average days of late payment (weighted by the amounts)</source>
        <translation>Jours de retard de paiement en moyenne (pondérés par les montants)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Reminders for unpaid invoices</source>
        <translation>Relances pour factures impayées</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclam.</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Réclamations reçues</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Discount requests</source>
        <translation>Demandes de remise</translation>
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
        <source>The charts appear when the view is shown.</source>
        <translation>Les graphiques s’affichent à l’ouverture de la page.</translation>
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
