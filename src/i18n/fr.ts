/** Interface strings in French. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const fr = {
  'site.name': 'Practice Exchange',
  'site.description':
    'Fiches de pratique, résultats de conférences et réseaux des Sociétés nationales de la Croix-Rouge et du Croissant-Rouge et de leurs partenaires qui luttent contre la traite des êtres humains.',

  'skip.toContent': 'Aller au contenu principal',
  'nav.label': 'Principale',
  'nav.home': 'Accueil',
  'nav.practices': 'Pratiques',
  'nav.events': 'Événements',
  'nav.networks': 'Réseaux',
  'nav.organisations': 'Organisations',
  'nav.search': 'Recherche',

  'language.label': 'Langue',
  'language.choose': 'Lire cette page dans une autre langue',

  'footer.label': 'À propos de ce site',
  'footer.about': 'À propos',
  'footer.contribute': 'Comment contribuer',
  'footer.accessibility': 'Accessibilité',
  'footer.privacy': 'Confidentialité',
  'footer.promise':
    'Ce site ne suit personne, ne dépose aucun cookie et ne conserve jamais de données sur les personnes victimes de la traite.',

  'breadcrumbs.label': 'Vous êtes ici',

  'home.title': 'Practice Exchange',
  'home.lead':
    'Practice Exchange est l’espace où les Sociétés nationales de la Croix-Rouge et du Croissant-Rouge et leurs partenaires partagent ce qui fonctionne contre la traite des êtres humains. Trouvez des fiches de pratique adaptées à votre situation, les résultats des conférences passées et les personnes à contacter.',
  'home.browseGroups': 'Parcourir par groupe vulnérable',
  'home.browseThemes': 'Parcourir par étape de la réponse',
  'home.latestPractices': 'Dernières fiches de pratique',
  'home.allPractices': 'Toutes les fiches de pratique',
  'home.events': 'Événements',
  'home.allEvents': 'Tous les événements',
  'home.networks': 'Réseaux',

  'practices.title': 'Fiches de pratique',
  'practices.lead':
    'Bonnes pratiques des Sociétés nationales et de leurs partenaires : comment elles identifient, orientent et accompagnent les personnes touchées par la traite, et les outils qu’elles ont utilisés.',
  'practices.count.one': '{count} fiche de pratique',
  'practices.count.many': '{count} fiches de pratique',
  'practices.count.other': '{count} fiches de pratique',

  'events.title': 'Événements',
  'events.lead': 'Conférences et réunions, avec leurs résultats et les pratiques qui y ont été présentées.',
  'events.upcoming': 'Événements à venir',
  'events.past': 'Événements passés',
  'events.noUpcoming': 'Aucun événement à venir n’est annoncé pour le moment.',

  'networks.title': 'Réseaux',
  'networks.lead':
    'Réseaux du Mouvement, consortiums de projet et plateformes régionales, avec leurs membres et leurs réunions.',
  'networks.members.one': '{count} membre',
  'networks.members.many': '{count} membres',
  'networks.members.other': '{count} membres',

  'organisations.title': 'Organisations',
  'organisations.lead':
    'Sociétés nationales, organisations internationales, organismes publics et bailleurs de fonds à l’origine des pratiques et des événements.',

  'themes.title': 'Étapes de la réponse',
  'themes.lead':
    'De la reconnaissance des signes de traite à l’accompagnement à long terme : les fiches de pratique par étape de la réponse.',
  'groups.title': 'Groupes vulnérables',
  'groups.lead': 'Les fiches de pratique selon le groupe de personnes auquel elles s’adressent.',

  'search.title': 'Recherche',
  'search.lead':
    'Trouvez des fiches de pratique, des événements, des réseaux et des organisations à partir de n’importe quel mot qu’ils contiennent.',
  'search.label': 'Rechercher sur le site',
  'search.placeholder': 'Rechercher',
  'search.field': 'Mots à rechercher',
  'search.submit': 'Rechercher',
  'search.needsScript':
    'La recherche nécessite JavaScript, qui est désactivé ou bloqué dans votre navigateur. Tous les contenus sont aussi accessibles par ces listes :',
  'search.browse': 'Parcourir les listes',
  'search.loading': 'Chargement de la recherche…',
  'search.failed':
    'La recherche n’a pas pu être chargée. Veuillez réessayer plus tard ou parcourir les listes ci-dessous.',
  'search.results.one': '{count} résultat',
  'search.results.many': '{count} résultats',
  'search.results.other': '{count} résultats',
  'search.resultsFor': '{results} pour « {query} »',
  'search.resultsHeading': 'Résultats',
  'search.quickResults': 'Premiers résultats',
  'search.showAll': 'Tous les résultats et les filtres',
  'search.more': 'Afficher plus de résultats',
  'search.none': 'Aucun résultat pour « {query} ».',
  'search.noneFiltered': 'Aucun résultat avec ces filtres.',
  'search.noneInLanguage':
    'Aucun contenu en {language} ne correspond à « {query} ». Les contenus pas encore traduits se trouvent dans leur langue d’origine.',
  'search.help':
    'Vérifiez l’orthographe, essayez un mot plus court ou plus général, ou parcourez les listes.',
  'search.allLanguages': 'Rechercher dans toutes les langues',
  'search.clearFilters': 'Effacer tous les filtres',
  'search.scope': 'Langue de recherche',
  'search.scopeAll': 'Toutes les langues',
  'search.refine': 'Affiner les résultats',
  'search.sort': 'Trier par',
  'search.sortRelevance': 'Pertinence',
  'search.sortNewest': 'Plus récents d’abord',
  'search.filter.kind': 'Type de contenu',
  'search.filter.type': 'Type de pratique',
  'search.filter.theme': 'Étape de la réponse',
  'search.filter.group': 'Groupe vulnérable',
  'search.filter.organisation': 'Organisation',
  'search.filter.country': 'Pays ou région',
  'search.filter.year': 'Année',
  'search.filter.language': 'Langue',
  'search.kind.practice': 'Fiche de pratique',
  'search.kind.event': 'Événement',
  'search.kind.network': 'Réseau',
  'search.kind.organisation': 'Organisation',
  'search.kind.page': 'Page',
  'search.kind.theme': 'Étape de la réponse',
  'search.kind.group': 'Groupe vulnérable',

  'field.type': 'Type',
  'field.themes': 'Étapes de la réponse',
  'field.groups': 'Groupes vulnérables',
  'field.organisations': 'Organisations',
  'field.countries': 'Pays',
  'field.country': 'Pays',
  'field.period': 'Période',
  'field.status': 'Statut',
  'field.evidence': 'Niveau de preuve',
  'field.published': 'Publication',
  'field.updated': 'Mise à jour',
  'field.reviewBy': 'Prochaine révision',
  'field.date': 'Date',
  'field.format': 'Format',
  'field.location': 'Lieu',
  'field.organisers': 'Organisateurs',
  'field.networks': 'Réseaux',
  'field.coordinator': 'Coordination',
  'field.funders': 'Financé par',
  'field.founded': 'Création',
  'field.closed': 'Clôture',
  'field.website': 'Site web',
  'field.kind': 'Catégorie',
  'field.contact': 'Contact',

  'practiceType.guidance': 'Lignes directrices',
  'practiceType.training': 'Formation ou module en ligne',
  'practiceType.referral-pathway': 'Parcours d’orientation',
  'practiceType.tool': 'Outil ou modèle',
  'practiceType.case-study': 'Étude de cas',
  'practiceType.research': 'Recherche',
  'practiceType.policy': 'Politique',

  'practiceStatus.piloted': 'En phase pilote',
  'practiceStatus.ongoing': 'En cours',
  'practiceStatus.completed': 'Terminée',

  'evidenceLevel.promising': 'Prometteuse',
  'evidenceLevel.evaluated': 'Évaluée',
  'evidenceLevel.established': 'Éprouvée',

  'resourceFormat.pdf': 'PDF',
  'resourceFormat.document': 'Document',
  'resourceFormat.spreadsheet': 'Tableur',
  'resourceFormat.presentation': 'Présentation',
  'resourceFormat.video': 'Vidéo',
  'resourceFormat.audio': 'Audio',
  'resourceFormat.e-learning': 'Apprentissage en ligne',
  'resourceFormat.web': 'Page web',

  'eventFormat.in-person': 'En présentiel',
  'eventFormat.online': 'En ligne',
  'eventFormat.hybrid': 'En présentiel et en ligne',

  'outputKind.report': 'Rapports',
  'outputKind.slides': 'Diapositives',
  'outputKind.recording': 'Enregistrements',
  'outputKind.e-module': 'Modules en ligne',
  'outputKind.photos': 'Photos',
  'outputKind.summary': 'Synthèses',
  'outputKind.guidance': 'Lignes directrices',

  'networkKind.movement-network': 'Réseau du Mouvement',
  'networkKind.project-consortium': 'Consortium de projet',
  'networkKind.regional-platform': 'Plateforme régionale',

  'organisationKind.national-society': 'Société nationale',
  'organisationKind.ifrc': 'FICR',
  'organisationKind.icrc': 'CICR',
  'organisationKind.international-organisation': 'Organisation internationale',
  'organisationKind.government-body': 'Organisme public',
  'organisationKind.ngo': 'Organisation non gouvernementale',
  'organisationKind.academic': 'Établissement universitaire',
  'organisationKind.funder': 'Bailleur de fonds',

  'practice.about': 'À propos de cette pratique',
  'practice.resources': 'Ressources',
  'practice.presentedAt': 'Présentée lors de',
  'practice.related': 'Pratiques associées',
  'practice.reviewOverdue':
    'Cette fiche devait être révisée le {date}. Certaines informations peuvent ne plus être à jour.',
  'practice.contentWarning': 'Avertissement sur le contenu',
  'practice.periodFrom': 'depuis {start}',

  'event.about': 'À propos de cet événement',
  'event.outputs': 'Résultats',
  'event.outputNotOnline': 'Pas encore en ligne : adressez-vous aux organisateurs.',
  'event.practices': 'Pratiques présentées',
  'event.agenda': 'Programme',
  'event.register': 'S’inscrire',
  'event.registerBy': 'Inscription jusqu’au {date}',

  'network.about': 'À propos de ce réseau',
  'network.members': 'Membres',
  'network.events': 'Réunions et événements',
  'network.practices': 'Pratiques de ses membres',

  'organisation.about': 'À propos de cette organisation',
  'organisation.practices': 'Fiches de pratique',
  'organisation.events': 'Événements organisés',
  'organisation.networks': 'Réseaux',

  'term.practices': 'Fiches de pratique',

  'entry.languages': 'Cette fiche dans d’autres langues',
  'entry.fallback':
    'Cette fiche n’est pas encore disponible en {language}. Vous lisez l’original en {original}.',
  'entry.none': 'Aucun élément pour l’instant.',

  'notFound.title': 'Page introuvable',
  'notFound.lead':
    'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
  'notFound.home': 'Aller à la page d’accueil',
} satisfies Dictionary;
