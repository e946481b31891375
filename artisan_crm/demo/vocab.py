"""French vocabulary of the demo: places, streets, the catalogue, job templates and texts.

Everything here is plain data. The demo firm is a plumbing and heating business
near Nantes (Loire-Atlantique), so clients live within ~40 km of the workshop,
landlines start with 02 and a few second-home owners are billed in Paris.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from artisan_crm.domain.enums import LineKind

# ---- Places ------------------------------------------------------------------------------------

#: Real communes around Nantes with their postcode (the firm's working area).
LOCAL_PLACES: tuple[tuple[str, str], ...] = (
    ("44000", "Nantes"),
    ("44100", "Nantes"),
    ("44200", "Nantes"),
    ("44300", "Nantes"),
    ("44800", "Saint-Herblain"),
    ("44400", "Rezé"),
    ("44230", "Saint-Sébastien-sur-Loire"),
    ("44700", "Orvault"),
    ("44120", "Vertou"),
    ("44470", "Carquefou"),
    ("44240", "La Chapelle-sur-Erdre"),
    ("44340", "Bouguenais"),
    ("44220", "Couëron"),
    ("44980", "Sainte-Luce-sur-Loire"),
    ("44115", "Basse-Goulaine"),
    ("44115", "Haute-Goulaine"),
    ("44840", "Les Sorinières"),
    ("44470", "Thouaré-sur-Loire"),
    ("44880", "Sautron"),
    ("44119", "Treillières"),
    ("44119", "Grandchamp-des-Fontaines"),
    ("44240", "Sucé-sur-Erdre"),
    ("44830", "Bouaye"),
    ("44860", "Saint-Aignan-Grandlieu"),
    ("44620", "La Montagne"),
    ("44640", "Le Pellerin"),
    ("44610", "Indre"),
    ("44430", "Le Loroux-Bottereau"),
    ("44330", "Vallet"),
    ("44450", "Saint-Julien-de-Concelles"),
    ("44690", "La Haie-Fouassière"),
    ("44190", "Clisson"),
    ("44190", "Gorges"),
    ("44140", "Aigrefeuille-sur-Maine"),
    ("44140", "Geneston"),
    ("44310", "Saint-Philbert-de-Grand-Lieu"),
    ("44810", "Héric"),
    ("44390", "Nort-sur-Erdre"),
    ("44130", "Blain"),
    ("44260", "Savenay"),
    ("44150", "Ancenis-Saint-Géréon"),
    ("44600", "Saint-Nazaire"),
    ("44500", "La Baule-Escoublac"),
    ("44380", "Pornichet"),
    ("44210", "Pornic"),
    ("44250", "Saint-Brevin-les-Pins"),
)
#: Where a few second-home owners live (billing address far from the job site).
REMOTE_PLACES: tuple[tuple[str, str], ...] = (
    ("75011", "Paris"),
    ("75015", "Paris"),
    ("75017", "Paris"),
    ("92100", "Boulogne-Billancourt"),
    ("35000", "Rennes"),
    ("49000", "Angers"),
    ("69006", "Lyon"),
)
STREET_TYPES: tuple[str, ...] = (
    "rue",
    "rue",
    "rue",
    "avenue",
    "boulevard",
    "impasse",
    "allée",
    "chemin",
    "place",
    "route",
)
STREET_NAMES: tuple[str, ...] = (
    "de la Mairie",
    "de l'Église",
    "des Écoles",
    "du Général de Gaulle",
    "Jean Jaurès",
    "Victor Hugo",
    "Émile Zola",
    "Pasteur",
    "de la Gare",
    "du Stade",
    "des Tilleuls",
    "du Moulin",
    "des Lilas",
    "de Bretagne",
    "de la Loire",
    "des Vignes",
    "du Port",
    "de la Fontaine",
    "des Peupliers",
    "Aristide Briand",
    "Georges Clemenceau",
    "Jules Verne",
    "de la République",
    "du Château",
    "des Acacias",
    "Saint-Michel",
    "de la Croix Blanche",
    "des Mimosas",
    "du Bois Joli",
    "de l'Océan",
    "des Hérons",
    "Anne de Bretagne",
    "du Maréchal Leclerc",
    "des Rosiers",
    "de la Chênaie",
)
LINE2_CHOICES: tuple[str, ...] = (
    "Bâtiment B",
    "Appartement 12",
    "Résidence Les Érables",
    "3e étage, porte droite",
    "Lieu-dit La Grande Noë",
    "Au fond de la cour",
    "Résidence Le Clos Fleuri",
)
EMAIL_DOMAINS: tuple[str, ...] = (
    "orange.fr",
    "orange.fr",
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "hotmail.fr",
    "yahoo.fr",
)
#: Landline area codes around Nantes (02 40, 02 51, 02 28...).
LOCAL_LANDLINE_PREFIXES: tuple[str, ...] = ("240", "251", "228", "272")

# ---- Clients -----------------------------------------------------------------------------------

SOURCES_WEIGHTED: tuple[tuple[str, int], ...] = (
    ("bouche à oreille", 30),
    ("Google", 22),
    ("recommandé par un client", 18),
    ("Pages Jaunes", 8),
    ("site internet", 8),
    ("chantier voisin", 5),
    ("salon de l'habitat", 3),
    ("Facebook", 3),
    ("architecte", 3),
)
REFERRAL_SOURCE = "recommandé par un client"

TAG_PERSON = "particulier"
TAG_BUSINESS = "professionnel"
TAG_SYNDIC = "syndic"
TAG_LANDLORD = "bailleur"
TAG_MAINTENANCE = "contrat entretien"
TAG_PRESCRIBER = "prescripteur"
TAG_SECOND_HOME = "résidence secondaire"
TAG_WATCH = "à surveiller"
TAG_URGENT = "urgence"
ALL_TAGS: tuple[str, ...] = (
    TAG_PERSON,
    TAG_BUSINESS,
    TAG_SYNDIC,
    TAG_LANDLORD,
    TAG_MAINTENANCE,
    TAG_PRESCRIBER,
    TAG_SECOND_HOME,
    TAG_WATCH,
    TAG_URGENT,
)

BUSINESS_ACTIVITIES: tuple[str, ...] = (
    "Boulangerie",
    "Boucherie",
    "Pharmacie",
    "Garage",
    "Restaurant",
    "Café",
    "Cabinet dentaire",
    "Salon de coiffure",
    "Crèche",
    "Hôtel",
    "Camping",
    "Institut de beauté",
    "Fleuriste",
    "Cave à vins",
    "Menuiserie",
    "Crêperie",
)
BUSINESS_FORMS: tuple[str, ...] = ("SARL", "SARL", "SAS", "EURL", "SAS")
SCI_NAMES: tuple[str, ...] = (
    "Les Tilleuls",
    "du Moulin",
    "Les Hortensias",
    "de la Gare",
    "Bellevue",
    "Les Trois Chênes",
    "du Port",
    "Océane",
)
SYNDIC_NAMES: tuple[str, ...] = (
    "Atlantique Gestion",
    "Loire Syndic",
    "Erdre Immobilier",
    "Cabinet Rivière",
    "Gérance de l'Estuaire",
)

NOTES_BY_PROFILE: dict[str, tuple[str, ...]] = {
    "vampire": (
        "Appelle très souvent pour des détails ; demande systématiquement une remise.",
        "Conteste les factures, exige des explications ligne par ligne.",
        "Change d'avis en cours de chantier. Faire signer chaque avenant.",
        "Paie en retard malgré les relances. Demander un acompte plus élevé.",
        "Demande plusieurs versions du devis avant de refuser.",
    ),
    "gem": (
        "Très bon contact, paie à réception de facture.",
        "Client fidèle, nous recommande à ses voisins.",
        "Toujours disponible pour ouvrir, laisse les clés à la voisine si absent.",
        "Accepte les devis rapidement, aucune discussion sur les prix.",
    ),
    "ordinary": (
        "Préfère être contacté par SMS.",
        "Digicode 4521B, 2e étage sans ascenseur.",
        "Chien dans le jardin : prévenir avant d'arriver.",
        "Disponible après 17 h en semaine.",
        "Stationnement difficile, prévoir le badge du parking.",
        "Compteur d'eau dans le regard au fond du jardin.",
        "",
        "",
        "",
    ),
    "newcomer": (
        "Nouveau contact, premier échange par téléphone.",
        "Demande arrivée par le formulaire du site.",
        "",
    ),
}

# ---- Catalogue ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogEntry:
    key: str
    kind: LineKind
    description: str
    unit: str
    price: Decimal
    cost: Decimal = Decimal("0")
    #: fixed VAT rate whatever the job (disbursements are outside VAT)
    fixed_vat: Decimal | None = None


def _c(
    key: str,
    kind: LineKind,
    description: str,
    unit: str,
    price: str,
    cost: str = "0",
    fixed_vat: str | None = None,
) -> CatalogEntry:
    return CatalogEntry(
        key,
        kind,
        description,
        unit,
        Decimal(price),
        Decimal(cost),
        Decimal(fixed_vat) if fixed_vat is not None else None,
    )


L, M, T, OT = LineKind.LABOUR, LineKind.MATERIAL, LineKind.TRAVEL, LineKind.OTHER
CATALOG: tuple[CatalogEntry, ...] = (
    _c("mo_plombier", L, "Main-d'œuvre plombier-chauffagiste", "h", "55.00"),
    _c("mo_apprenti", L, "Main-d'œuvre apprenti", "h", "32.00"),
    _c("mo_carreleur", L, "Main-d'œuvre pose de carrelage et faïence", "h", "50.00"),
    _c("mo_urgence", L, "Majoration intervention urgente (soir ou week-end)", "forfait", "60.00"),
    _c(
        "entretien",
        L,
        "Entretien annuel de chaudière gaz (attestation fournie)",
        "forfait",
        "145.00",
    ),
    _c("recherche_fuite", L, "Recherche de fuite non destructive", "forfait", "250.00"),
    _c("debouchage", L, "Débouchage de canalisation au furet électrique", "forfait", "160.00"),
    _c("desembouage", L, "Désembouage du circuit de chauffage", "forfait", "650.00"),
    _c("mise_service", L, "Mise en service et réglages", "forfait", "120.00"),
    _c("depl_1", T, "Déplacement zone 1 (moins de 15 km)", "forfait", "35.00"),
    _c("depl_2", T, "Déplacement zone 2 (15 à 40 km)", "forfait", "55.00"),
    _c("cumulus200", M, "Chauffe-eau électrique 200 L vertical", "u", "690.00", "455.00"),
    _c("groupe_secu", M, "Groupe de sécurité NF et siphon", "u", "48.00", "24.50"),
    _c("ballon_thermo", M, "Ballon thermodynamique 270 L", "u", "2450.00", "1690.00"),
    _c("chaudiere", M, "Chaudière gaz à condensation 25 kW", "u", "3150.00", "2150.00"),
    _c("pac", M, "Pompe à chaleur air/eau 8 kW", "u", "8900.00", "6100.00"),
    _c("radiateur", M, "Radiateur acier eau chaude 1 500 W", "u", "285.00", "171.00"),
    _c("robinet_thermo", M, "Robinet thermostatique de radiateur", "u", "42.00", "19.40"),
    _c("tube_multi", M, "Tube multicouche Ø16 et raccords", "ml", "9.80", "4.90"),
    _c("tube_pvc", M, "Tube PVC d'évacuation Ø100", "ml", "14.50", "6.80"),
    _c("receveur", M, "Receveur de douche extra-plat 90 × 120", "u", "390.00", "238.00"),
    _c("paroi", M, "Paroi de douche en verre 8 mm", "u", "460.00", "289.00"),
    _c("mitigeur_douche", M, "Mitigeur thermostatique de douche", "u", "185.00", "104.00"),
    _c("mitigeur_lavabo", M, "Mitigeur de lavabo", "u", "95.00", "51.50"),
    _c("meuble_vasque", M, "Meuble vasque 80 cm avec miroir", "u", "540.00", "329.00"),
    _c("wc_suspendu", M, "WC suspendu complet (bâti-support et cuvette)", "u", "620.00", "379.00"),
    _c("carrelage", M, "Carrelage grès cérame 60 × 60 (fourniture)", "m²", "42.00", "24.00"),
    _c("faience", M, "Faïence murale 30 × 60 (fourniture)", "m²", "36.00", "19.00"),
    _c("ba13", M, "Plaque de plâtre hydrofuge BA13 et ossature", "m²", "28.00", "12.50"),
    _c("adoucisseur", M, "Adoucisseur d'eau 20 L", "u", "1350.00", "820.00"),
    _c("evier", M, "Évier inox 2 bacs et mitigeur", "u", "260.00", "149.00"),
    _c("vanne", M, "Vanne d'arrêt quart de tour", "u", "24.00", "9.20"),
    _c("produit_desembouage", M, "Produit de désembouage et inhibiteur", "u", "85.00", "38.00"),
    _c("gravats", OT, "Évacuation des gravats et nettoyage du chantier", "forfait", "180.00"),
    _c(
        "debours",
        OT,
        "Débours : frais de déchetterie refacturés à l'euro près",
        "forfait",
        "35.00",
        fixed_vat="0",
    ),
)
CATALOG_BY_KEY: dict[str, CatalogEntry] = {entry.key: entry for entry in CATALOG}


@dataclass(frozen=True)
class LineTemplate:
    key: str
    low: Decimal
    high: Decimal
    step: Decimal = Decimal(1)
    probability: float = 1.0


@dataclass(frozen=True)
class JobTemplate:
    """A kind of job: its quote title, the lines it is made of, and how long it takes."""

    title: str
    lines: tuple[LineTemplate, ...]
    min_days: int
    max_days: int
    #: asks for a deposit (big jobs)
    deposit: bool = False
    #: energy-saving work at 5.5 % VAT in a home
    energy: bool = False
    #: weight when picking a job for a quote; 0 = never quoted (repairs, maintenance)
    quote_weight: int = 10
    #: weight when picking a direct job (repair without a quote)
    repair_weight: int = 0
    for_syndic: bool = False


def _l(
    key: str, low: str, high: str | None = None, step: str = "1", p: float = 1.0
) -> LineTemplate:
    return LineTemplate(key, Decimal(low), Decimal(high or low), Decimal(step), p)


TEMPLATES: tuple[JobTemplate, ...] = (
    JobTemplate(
        "Remplacement du chauffe-eau électrique 200 L",
        (
            _l("cumulus200", "1"),
            _l("groupe_secu", "1"),
            _l("tube_multi", "2", "6", "0.5"),
            _l("mo_plombier", "3", "5", "0.5"),
            _l("depl_1", "1"),
            _l("debours", "1", p=0.5),
        ),
        1,
        1,
        quote_weight=14,
    ),
    JobTemplate(
        "Rénovation complète de la salle de bain",
        (
            _l("receveur", "1"),
            _l("paroi", "1"),
            _l("mitigeur_douche", "1"),
            _l("meuble_vasque", "1"),
            _l("mitigeur_lavabo", "1"),
            _l("wc_suspendu", "1", p=0.6),
            _l("carrelage", "4", "9", "0.5"),
            _l("faience", "12", "28", "0.5"),
            _l("ba13", "6", "14", "0.5", p=0.5),
            _l("tube_multi", "8", "20", "0.5"),
            _l("tube_pvc", "3", "8", "0.5"),
            _l("mo_plombier", "24", "48", "1"),
            _l("mo_carreleur", "16", "32", "1"),
            _l("mo_apprenti", "8", "24", "1", p=0.5),
            _l("gravats", "1"),
            _l("debours", "1", p=0.6),
        ),
        6,
        12,
        deposit=True,
        quote_weight=12,
    ),
    JobTemplate(
        "Installation d'une pompe à chaleur air/eau",
        (
            _l("pac", "1"),
            _l("tube_multi", "10", "25", "0.5"),
            _l("mo_plombier", "14", "24", "1"),
            _l("mise_service", "1"),
            _l("depl_2", "1"),
            _l("debours", "1", p=0.3),
        ),
        2,
        4,
        deposit=True,
        energy=True,
        quote_weight=6,
    ),
    JobTemplate(
        "Remplacement de la chaudière gaz",
        (
            _l("chaudiere", "1"),
            _l("robinet_thermo", "4", "8", p=0.5),
            _l("desembouage", "1", p=0.5),
            _l("mo_plombier", "8", "12", "0.5"),
            _l("mise_service", "1"),
            _l("depl_1", "1"),
        ),
        1,
        2,
        deposit=True,
        quote_weight=8,
    ),
    JobTemplate(
        "Installation d'un ballon thermodynamique",
        (
            _l("ballon_thermo", "1"),
            _l("groupe_secu", "1"),
            _l("tube_multi", "4", "10", "0.5"),
            _l("mo_plombier", "6", "9", "0.5"),
            _l("depl_1", "1"),
        ),
        1,
        2,
        deposit=True,
        energy=True,
        quote_weight=6,
    ),
    JobTemplate(
        "Entretien annuel de la chaudière",
        (_l("entretien", "1"), _l("depl_1", "1", p=0.5)),
        1,
        1,
        quote_weight=0,
    ),
    JobTemplate(
        "Recherche et réparation de fuite",
        (
            _l("recherche_fuite", "1"),
            _l("tube_multi", "1", "3", "0.5"),
            _l("vanne", "1", "2"),
            _l("mo_plombier", "1", "3", "0.5"),
            _l("depl_1", "1"),
        ),
        1,
        1,
        quote_weight=4,
        repair_weight=10,
    ),
    JobTemplate(
        "Débouchage des canalisations",
        (_l("debouchage", "1"), _l("depl_1", "1"), _l("mo_urgence", "1", p=0.3)),
        1,
        1,
        quote_weight=0,
        repair_weight=10,
    ),
    JobTemplate(
        "Remplacement de radiateurs",
        (
            _l("radiateur", "3", "8"),
            _l("robinet_thermo", "3", "8"),
            _l("tube_multi", "5", "15", "0.5"),
            _l("mo_plombier", "6", "16", "1"),
            _l("depl_1", "1"),
        ),
        1,
        3,
        deposit=True,
        quote_weight=8,
    ),
    JobTemplate(
        "Pose d'un WC suspendu",
        (
            _l("wc_suspendu", "1"),
            _l("ba13", "2", "3", "0.5", p=0.6),
            _l("faience", "2", "4", "0.5", p=0.5),
            _l("mo_plombier", "5", "8", "0.5"),
            _l("gravats", "1", p=0.5),
            _l("depl_1", "1"),
        ),
        1,
        2,
        quote_weight=8,
    ),
    JobTemplate(
        "Installation d'un adoucisseur d'eau",
        (
            _l("adoucisseur", "1"),
            _l("vanne", "2"),
            _l("tube_multi", "2", "5", "0.5"),
            _l("mo_plombier", "3", "5", "0.5"),
            _l("mise_service", "1"),
            _l("depl_1", "1"),
        ),
        1,
        1,
        quote_weight=5,
    ),
    JobTemplate(
        "Création d'un point d'eau dans la cuisine",
        (
            _l("evier", "1"),
            _l("tube_multi", "4", "10", "0.5"),
            _l("tube_pvc", "2", "5", "0.5"),
            _l("vanne", "1", "2"),
            _l("mo_plombier", "4", "8", "0.5"),
            _l("depl_1", "1"),
        ),
        1,
        1,
        quote_weight=6,
    ),
    JobTemplate(
        "Désembouage du circuit de chauffage",
        (
            _l("desembouage", "1"),
            _l("produit_desembouage", "1", "2"),
            _l("mo_plombier", "2", "4", "0.5"),
            _l("depl_1", "1"),
        ),
        1,
        1,
        quote_weight=5,
    ),
    JobTemplate(
        "Réfection de la colonne d'eau (parties communes)",
        (
            _l("tube_multi", "30", "80", "1"),
            _l("tube_pvc", "10", "30", "1"),
            _l("vanne", "4", "10"),
            _l("mo_plombier", "30", "60", "1"),
            _l("mo_apprenti", "16", "30", "1"),
            _l("gravats", "1"),
            _l("depl_1", "1"),
        ),
        5,
        10,
        deposit=True,
        quote_weight=0,
        for_syndic=True,
    ),
    JobTemplate(
        "Remplacement du mitigeur et du groupe de sécurité",
        (
            _l("mitigeur_lavabo", "1"),
            _l("groupe_secu", "1"),
            _l("mo_plombier", "1", "2", "0.5"),
            _l("depl_1", "1"),
        ),
        1,
        1,
        quote_weight=4,
        repair_weight=6,
    ),
)
TEMPLATE_INDEX: dict[str, int] = {t.title: i for i, t in enumerate(TEMPLATES)}
MAINTENANCE_TEMPLATE = TEMPLATE_INDEX["Entretien annuel de la chaudière"]
SYNDIC_TEMPLATE = TEMPLATE_INDEX["Réfection de la colonne d'eau (parties communes)"]

# ---- Texts -------------------------------------------------------------------------------------

FIRST_CONTACT = (
    "Premier appel : demande un devis pour « {job} ».",
    "Demande de devis reçue par e-mail : « {job} ».",
    "Contact via le site : souhaite être rappelé pour « {job} ».",
)
VISIT_SUMMARIES = (
    "Visite technique pour « {job} » : relevé des mesures et photos.",
    "Passage sur place pour « {job} », accès au local technique vérifié.",
)
QUOTE_SENT_SUMMARIES = (
    "Devis « {job} » envoyé par e-mail.",
    "Devis « {job} » remis en main propre.",
)
ACCEPTED_SUMMARIES = (
    "Devis « {job} » accepté, bon pour accord signé.",
    "Accord téléphonique pour « {job} », devis signé reçu par e-mail.",
)
SIGNING_MEETING = "Rendez-vous de signature pour « {job} » : choix des modèles, devis signé."
REFUSED_SUMMARIES = (
    "Devis « {job} » refusé : trouve moins cher ailleurs.",
    "Devis « {job} » refusé, projet reporté à l'an prochain.",
    "Devis « {job} » refusé après trois versions.",
)
JOB_SMS = (
    "SMS de confirmation : intervention prévue le {day}.",
    "Rappel envoyé par SMS pour l'intervention du {day}.",
)
PHONE_SUMMARIES: dict[str, tuple[str, ...]] = {
    "vampire": (
        "Appel pour redemander le détail des prix du devis.",
        "Appel : veut savoir si l'on peut faire un geste sur le prix.",
        "Appel : questions sur le choix de la robinetterie, encore.",
        "Appel du client pour changer la couleur du carrelage.",
        "Long appel : conteste le nombre d'heures facturées.",
        "Appel : demande de repasser « juste pour vérifier ».",
    ),
    "gem": (
        "Appel rapide pour fixer la date d'intervention.",
        "Appel : remercie pour le chantier, recommande à un voisin.",
    ),
    "ordinary": (
        "Appel pour fixer la date d'intervention.",
        "Appel : question sur l'entretien du chauffe-eau.",
        "Appel : confirme l'accès au logement.",
        "Appel : demande où en est la commande du matériel.",
    ),
}
DISCOUNT_SUMMARIES = (
    "Demande une remise de 10 % « vu le montant ».",
    "Demande un geste commercial avant de signer.",
    "Veut que le déplacement soit offert.",
)
CHANGE_SUMMARIES = (
    "Demande de modification : déplacer le lavabo de 50 cm.",
    "Change de modèle de receveur en cours de chantier.",
    "Ajoute une vanne d'arrêt supplémentaire au dernier moment.",
)
CHASING_SUMMARIES = (
    "Relance de paiement : facture échue, promet un virement cette semaine.",
    "Deuxième relance de paiement par e-mail.",
    "Relance par SMS : facture toujours impayée.",
    "Relance téléphonique : le client conteste un montant.",
)
AFTER_SALES_SUMMARIES = (
    "Retour SAV : goutte au niveau du raccord, resserré.",
    "Passage SAV : réglage de la pression du mitigeur.",
    "SAV : le client signale un bruit dans les canalisations.",
)
NOTE_SUMMARIES = (
    "Client absent au rendez-vous, appel sans réponse.",
    "Note : prévoir une bâche de protection pour le parquet.",
    "Note : le client souhaite une facture par e-mail uniquement.",
)
#: (category, criticism, resolution, lesson learned)
COMPLAINTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Propreté du chantier",
        "Poussière dans tout le salon après la démolition de la salle de bain.",
        "Nettoyage complet refait gratuitement le lendemain.",
        "Toujours poser une bâche et un sas de protection avant de démolir.",
    ),
    (
        "Retard",
        "Le chantier a fini une semaine après la date annoncée.",
        "Geste commercial sur la main-d'œuvre, excuses présentées.",
        "Prévenir dès qu'un fournisseur annonce un retard de livraison.",
    ),
    (
        "Prix",
        "Trouve la facture plus élevée que le devis (travaux supplémentaires).",
        "Avenant expliqué ligne par ligne, le client a accepté.",
        "Faire signer un avenant avant tout travail supplémentaire.",
    ),
    (
        "Qualité",
        "Joint de douche qui noircit au bout de deux mois.",
        "Joint refait avec un silicone sanitaire anti-moisissure.",
        "Utiliser systématiquement le silicone sanitaire haut de gamme.",
    ),
    (
        "Communication",
        "Personne ne l'a prévenu de l'heure d'arrivée de l'équipe.",
        "Appel d'excuse ; envoi d'un SMS la veille désormais.",
        "SMS de confirmation la veille de chaque intervention.",
    ),
    (
        "Facturation",
        "Facture envoyée avec une erreur d'adresse.",
        "Facture corrigée et renvoyée le jour même.",
        "Vérifier l'adresse de facturation lors de la signature du devis.",
    ),
)
APPOINTMENT_PURPOSES = {
    "visit": "Visite technique : {job}",
    "start": "Début de chantier : {job}",
    "maintenance": "Entretien annuel de la chaudière",
    "after_sales": "Passage SAV",
}
TO_BRING = (
    "Détecteur de fuite et caméra d'inspection",
    "Mètre laser, appareil photo",
    "Clé du local technique (à récupérer chez le gardien)",
    "Analyseur de combustion",
    "",
    "",
)
MANUAL_REMINDERS = (
    "Commander le receveur de douche chez le grossiste",
    "Rappeler pour le choix de la faïence",
    "Envoyer l'attestation d'entretien",
    "Passer récupérer le chèque",
    "Vérifier la garantie du chauffe-eau",
)
