/** English interface strings: the reference dictionary. Every key used anywhere must exist here. */
export const en = {
  'site.name': 'Practice Exchange',
  'site.description':
    'Practice notes, conference outputs and networks from Red Cross and Red Crescent national societies and their partners working against human trafficking.',

  'skip.toContent': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.practices': 'Practices',
  'nav.events': 'Events',
  'nav.networks': 'Networks',
  'nav.organisations': 'Organisations',
  'nav.search': 'Search',

  'language.label': 'Language',
  'language.choose': 'Read this page in another language',

  'footer.label': 'About this site',
  'footer.about': 'About',
  'footer.contribute': 'How to contribute',
  'footer.accessibility': 'Accessibility',
  'footer.privacy': 'Privacy',
  'footer.promise': 'This site tracks nobody, sets no cookies and never holds data about trafficked people.',

  'breadcrumbs.label': 'You are here',

  'home.title': 'Practice Exchange',
  'home.lead':
    'Practice Exchange is where Red Cross and Red Crescent national societies and their partners share what works against human trafficking. Find practice notes for your situation, the outputs of past conferences, and the people to ask.',
  'home.browseGroups': 'Browse by vulnerable group',
  'home.browseThemes': 'Browse by stage of response',
  'home.latestPractices': 'Latest practice notes',
  'home.allPractices': 'All practice notes',
  'home.events': 'Events',
  'home.allEvents': 'All events',
  'home.networks': 'Networks',

  'home.atAGlance': 'Practice notes at a glance',
  'home.map': 'Countries with entries',
  'home.mapAlt': 'World map highlighting the countries that entries name: {countries}',
  'chart.table': 'Show as a table',

  'practices.title': 'Practice notes',
  'practices.lead':
    'Good practices from national societies and their partners: how they identify, refer and support people affected by trafficking, and the tools they used.',
  'practices.count.one': '{count} practice note',
  'practices.count.other': '{count} practice notes',

  'events.title': 'Events',
  'events.lead': 'Conferences and meetings, with their outputs and the practices presented there.',
  'events.upcoming': 'Upcoming events',
  'events.past': 'Past events',
  'events.noUpcoming': 'No upcoming events are listed at the moment.',

  'networks.title': 'Networks',
  'networks.lead':
    'Movement networks, project consortia and regional platforms, with their members and meetings.',
  'networks.members.one': '{count} member',
  'networks.members.other': '{count} members',

  'organisations.title': 'Organisations',
  'organisations.lead':
    'National societies, international organisations, public bodies and funders behind the practices and events.',

  'themes.title': 'Stages of response',
  'themes.lead':
    'From recognising the signs of trafficking to long-term support: practice notes by stage of response.',
  'groups.title': 'Vulnerable groups',
  'groups.lead': 'Practice notes by the group of people they serve.',

  'countries.title': 'Countries and regions',
  'countries.lead':
    'Practice notes, organisations, networks and events by the country or region they concern.',

  'search.title': 'Search',
  'search.lead': 'Looking for a subject, a country or an organisation? Start from one of these lists.',

  'field.type': 'Type',
  'field.themes': 'Stages of response',
  'field.groups': 'Vulnerable groups',
  'field.organisations': 'Organisations',
  'field.countries': 'Countries',
  'field.country': 'Country',
  'field.period': 'Period',
  'field.status': 'Status',
  'field.evidence': 'Evidence',
  'field.published': 'Published',
  'field.updated': 'Updated',
  'field.reviewBy': 'Review by',
  'field.date': 'Date',
  'field.format': 'Format',
  'field.location': 'Location',
  'field.organisers': 'Organisers',
  'field.networks': 'Networks',
  'field.coordinator': 'Coordinator',
  'field.funders': 'Funded by',
  'field.founded': 'Founded',
  'field.closed': 'Closed',
  'field.website': 'Website',
  'field.kind': 'Kind',
  'field.contact': 'Contact',

  'practiceType.guidance': 'Guidance',
  'practiceType.training': 'Training or e-module',
  'practiceType.referral-pathway': 'Referral pathway',
  'practiceType.tool': 'Tool or template',
  'practiceType.case-study': 'Case study',
  'practiceType.research': 'Research',
  'practiceType.policy': 'Policy',

  'practiceStatus.piloted': 'Piloted',
  'practiceStatus.ongoing': 'Ongoing',
  'practiceStatus.completed': 'Completed',

  'evidenceLevel.promising': 'Promising',
  'evidenceLevel.evaluated': 'Evaluated',
  'evidenceLevel.established': 'Established',

  'resourceFormat.pdf': 'PDF',
  'resourceFormat.document': 'Document',
  'resourceFormat.spreadsheet': 'Spreadsheet',
  'resourceFormat.presentation': 'Presentation',
  'resourceFormat.video': 'Video',
  'resourceFormat.audio': 'Audio',
  'resourceFormat.e-learning': 'E-learning',
  'resourceFormat.web': 'Web page',

  'eventFormat.in-person': 'In person',
  'eventFormat.online': 'Online',
  'eventFormat.hybrid': 'In person and online',

  'outputKind.report': 'Reports',
  'outputKind.slides': 'Slides',
  'outputKind.recording': 'Recordings',
  'outputKind.e-module': 'E-modules',
  'outputKind.photos': 'Photos',
  'outputKind.summary': 'Summaries',
  'outputKind.guidance': 'Guidance',

  'networkKind.movement-network': 'Movement network',
  'networkKind.project-consortium': 'Project consortium',
  'networkKind.regional-platform': 'Regional platform',

  'organisationKind.national-society': 'National society',
  'organisationKind.ifrc': 'IFRC',
  'organisationKind.icrc': 'ICRC',
  'organisationKind.international-organisation': 'International organisation',
  'organisationKind.government-body': 'Government body',
  'organisationKind.ngo': 'Non-governmental organisation',
  'organisationKind.academic': 'Academic institution',
  'organisationKind.funder': 'Funder',

  'practice.about': 'About this practice',
  'practice.resources': 'Resources',
  'practice.presentedAt': 'Presented at',
  'practice.cite': 'Cite this practice note',
  'practice.related': 'Related practices',
  'practice.reviewOverdue': 'This note was due for review on {date}. Some details may be out of date.',
  'practice.contentWarning': 'Content warning',
  'practice.periodFrom': 'since {start}',

  'event.about': 'About this event',
  'event.outputs': 'Outputs',
  'event.outputNotOnline': 'Not online yet: ask the organisers.',
  'event.practices': 'Practices presented',
  'event.agenda': 'Agenda',
  'event.register': 'Register',
  'event.registerBy': 'Register by {date}',

  'network.about': 'About this network',
  'network.members': 'Members',
  'network.events': 'Meetings and events',
  'network.practices': 'Practices of its members',

  'organisation.about': 'About this organisation',
  'organisation.practices': 'Practice notes',
  'organisation.events': 'Events organised',
  'organisation.networks': 'Networks',

  'term.practices': 'Practice notes',

  'entry.languages': 'This entry in other languages',
  'entry.fallback': 'This entry is not yet available in {language}. You are reading the {original} original.',
  'entry.none': 'None listed yet.',

  'filter.all': 'All',
  'filter.apply': 'Apply',
  'filter.reset': 'Show all',
  'filter.shown.one': '{count} of {total} shown',
  'filter.shown.other': '{count} of {total} shown',
  'filter.year': 'Year',
  'filter.organiser': 'Organiser',
  'filter.network': 'Network',
  'filter.format': 'Format',
  'filter.kind': 'Kind',
  'filter.country': 'Country',
  'filter.events': 'Filter events',
  'filter.organisations': 'Filter organisations',
  'event.addToCalendar': 'Add to calendar',
  'events.allCalendar': 'Subscribe to all events',
  'network.map': 'Where its members are',

  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
} as const;

export type UIKey = keyof typeof en;
