<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClientSummary</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>Aperçu avant impression – {title}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>{count} client summaries</source>
        <translation>{count} fiches client</translation>
    </message>
    <message>
        <source>Client-summaries</source>
        <translation>Fiches-clients</translation>
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
        <source>Print client summary</source>
        <translation>Imprimer la fiche client</translation>
    </message>
    <message>
        <source>The client summary could not be prepared: {error}</source>
        <translation>La fiche client n&apos;a pas pu être préparée : {error}</translation>
    </message>
    <message>
        <source>Print client summary…</source>
        <translation>Imprimer la fiche client…</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <source>Print client summary</source>
        <extracomment>the dialog&apos;s choices, remembered between uses (settings declared once, here)</extracomment>
        <translation>Imprimer la fiche client</translation>
    </message>
    <message>
        <source>The summary to have in hand before a visit or a difficult call.</source>
        <translation>L&apos;essentiel à avoir en main avant une visite ou un échange délicat.</translation>
    </message>
    <message>
        <source>Print {count} client summaries</source>
        <translation>Imprimer {count} fiches client</translation>
    </message>
    <message>
        <source>One summary per client, each with its own page numbers, in one document.</source>
        <translation>Une fiche par client, chacune avec ses propres numéros de page, dans un seul document.</translation>
    </message>
    <message>
        <source>Include the rating</source>
        <translation>Inclure la notation</translation>
    </message>
    <message>
        <source>The rating category (for example Vampire), its reasons and your tags. Leave it out for a summary handed to the client.</source>
        <translation>La catégorie de notation (par exemple Vampire), ses raisons et vos étiquettes. Décochez pour une fiche remise au client.</translation>
    </message>
    <message>
        <source>Include the amounts</source>
        <translation>Inclure les montants</translation>
    </message>
    <message>
        <source>Revenue, quote and invoice amounts, amount due, in euros.</source>
        <translation>Chiffre d&apos;affaires, montants des devis et factures, reste à payer, en euros.</translation>
    </message>
    <message>
        <source>Full history</source>
        <translation>Historique complet</translation>
    </message>
    <message>
        <source>Every interaction and complaint, and the closed quotes, jobs and invoices.</source>
        <translation>Tous les échanges et réclamations, et les devis, chantiers et factures clos.</translation>
    </message>
    <message>
        <source>How many of the latest interactions to print.</source>
        <translation>Nombre de derniers échanges à imprimer.</translation>
    </message>
    <message>
        <source>Latest interactions:</source>
        <translation>Derniers échanges :</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
</TS>
