/** Interface strings in Spanish. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const es = {
  'site.name': 'Practice Exchange',
  'site.description':
    'Fichas de práctica, resultados de conferencias y redes de las Sociedades Nacionales de la Cruz Roja y de la Media Luna Roja y de sus socios que trabajan contra la trata de personas.',

  'skip.toContent': 'Ir al contenido principal',
  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.practices': 'Prácticas',
  'nav.events': 'Eventos',
  'nav.networks': 'Redes',
  'nav.organisations': 'Organizaciones',
  'nav.search': 'Buscar',

  'language.label': 'Idioma',
  'language.choose': 'Leer esta página en otro idioma',

  'footer.label': 'Acerca de este sitio',
  'footer.about': 'Acerca de',
  'footer.contribute': 'Cómo contribuir',
  'footer.accessibility': 'Accesibilidad',
  'footer.privacy': 'Privacidad',
  'footer.promise':
    'Este sitio no rastrea a nadie, no instala cookies y nunca guarda datos sobre personas víctimas de trata.',

  'breadcrumbs.label': 'Usted está aquí',

  'home.title': 'Practice Exchange',
  'home.lead':
    'Practice Exchange es el espacio donde las Sociedades Nacionales de la Cruz Roja y de la Media Luna Roja y sus socios comparten lo que funciona contra la trata de personas. Encuentre fichas de práctica adecuadas a su situación, los resultados de conferencias anteriores y las personas a quienes consultar.',
  'home.browseGroups': 'Explorar por grupo vulnerable',
  'home.browseThemes': 'Explorar por etapa de la respuesta',
  'home.latestPractices': 'Últimas fichas de práctica',
  'home.allPractices': 'Todas las fichas de práctica',
  'home.events': 'Eventos',
  'home.allEvents': 'Todos los eventos',
  'home.networks': 'Redes',

  'home.atAGlance': 'Las fichas de un vistazo',
  'home.map': 'Países con fichas',
  'home.mapAlt': 'Mapa del mundo que destaca los países mencionados en las fichas: {countries}',
  'chart.table': 'Ver como tabla',

  'practices.title': 'Fichas de práctica',
  'practices.lead':
    'Buenas prácticas de las Sociedades Nacionales y sus socios: cómo identifican, derivan y apoyan a las personas afectadas por la trata, y las herramientas que utilizaron.',
  'practices.count.one': '{count} ficha de práctica',
  'practices.count.many': '{count} fichas de práctica',
  'practices.count.other': '{count} fichas de práctica',

  'library.facets': 'Filtrar fichas',
  'library.reset': 'Todas las fichas',
  'facet.type': 'Tipo',
  'facet.theme': 'Etapa de la respuesta',
  'facet.group': 'Grupo vulnerable',
  'facet.organisation': 'Organización',
  'facet.country': 'País',
  'facet.language': 'Idioma',
  'facet.year': 'Año de publicación',
  'pagination.label': 'Páginas',
  'pagination.page': 'página {page} de {pages}',

  'events.title': 'Eventos',
  'events.lead': 'Conferencias y reuniones, con sus resultados y las prácticas que se presentaron en ellas.',
  'events.upcoming': 'Próximos eventos',
  'events.past': 'Eventos anteriores',
  'events.noUpcoming': 'Por el momento no hay próximos eventos anunciados.',

  'networks.title': 'Redes',
  'networks.lead':
    'Redes del Movimiento, consorcios de proyectos y plataformas regionales, con sus miembros y reuniones.',
  'networks.members.one': '{count} miembro',
  'networks.members.many': '{count} miembros',
  'networks.members.other': '{count} miembros',

  'organisations.title': 'Organizaciones',
  'organisations.lead':
    'Sociedades Nacionales, organizaciones internacionales, organismos públicos y entidades financiadoras que están detrás de las prácticas y los eventos.',

  'themes.title': 'Etapas de la respuesta',
  'themes.lead':
    'Desde el reconocimiento de los indicios de trata hasta el apoyo a largo plazo: fichas de práctica por etapa de la respuesta.',
  'groups.title': 'Grupos vulnerables',
  'groups.lead': 'Fichas de práctica según el grupo de personas al que atienden.',

  'countries.title': 'Países y regiones',
  'countries.lead':
    'Fichas de práctica, organizaciones, redes y eventos según el país o la región a los que se refieren.',

  'search.title': 'Buscar',
  'search.lead': '¿Busca un tema, un país o una organización? Empiece por una de estas listas.',

  'field.type': 'Tipo',
  'field.themes': 'Etapas de la respuesta',
  'field.groups': 'Grupos vulnerables',
  'field.organisations': 'Organizaciones',
  'field.countries': 'Países',
  'field.country': 'País',
  'field.period': 'Período',
  'field.status': 'Estado',
  'field.evidence': 'Nivel de evidencia',
  'field.published': 'Publicación',
  'field.updated': 'Actualización',
  'field.reviewBy': 'Próxima revisión',
  'field.date': 'Fecha',
  'field.format': 'Formato',
  'field.location': 'Lugar',
  'field.organisers': 'Organizadores',
  'field.networks': 'Redes',
  'field.coordinator': 'Coordinación',
  'field.funders': 'Financiado por',
  'field.founded': 'Creación',
  'field.closed': 'Cierre',
  'field.website': 'Sitio web',
  'field.kind': 'Categoría',
  'field.contact': 'Contacto',

  'practiceType.guidance': 'Orientaciones',
  'practiceType.training': 'Formación o módulo en línea',
  'practiceType.referral-pathway': 'Ruta de derivación',
  'practiceType.tool': 'Herramienta o plantilla',
  'practiceType.case-study': 'Estudio de caso',
  'practiceType.research': 'Investigación',
  'practiceType.policy': 'Política',

  'practiceStatus.piloted': 'En fase piloto',
  'practiceStatus.ongoing': 'En curso',
  'practiceStatus.completed': 'Finalizada',

  'evidenceLevel.promising': 'Prometedora',
  'evidenceLevel.evaluated': 'Evaluada',
  'evidenceLevel.established': 'Consolidada',

  'resourceFormat.pdf': 'PDF',
  'resourceFormat.document': 'Documento',
  'resourceFormat.spreadsheet': 'Hoja de cálculo',
  'resourceFormat.presentation': 'Presentación',
  'resourceFormat.video': 'Vídeo',
  'resourceFormat.audio': 'Audio',
  'resourceFormat.e-learning': 'Aprendizaje en línea',
  'resourceFormat.web': 'Página web',

  'eventFormat.in-person': 'Presencial',
  'eventFormat.online': 'En línea',
  'eventFormat.hybrid': 'Presencial y en línea',

  'outputKind.report': 'Informes',
  'outputKind.slides': 'Diapositivas',
  'outputKind.recording': 'Grabaciones',
  'outputKind.e-module': 'Módulos en línea',
  'outputKind.photos': 'Fotos',
  'outputKind.summary': 'Resúmenes',
  'outputKind.guidance': 'Orientaciones',

  'networkKind.movement-network': 'Red del Movimiento',
  'networkKind.project-consortium': 'Consorcio de proyecto',
  'networkKind.regional-platform': 'Plataforma regional',

  'organisationKind.national-society': 'Sociedad Nacional',
  'organisationKind.ifrc': 'FICR',
  'organisationKind.icrc': 'CICR',
  'organisationKind.international-organisation': 'Organización internacional',
  'organisationKind.government-body': 'Organismo público',
  'organisationKind.ngo': 'Organización no gubernamental',
  'organisationKind.academic': 'Institución académica',
  'organisationKind.funder': 'Entidad financiadora',

  'practice.about': 'Acerca de esta práctica',
  'practice.resources': 'Recursos',
  'practice.presentedAt': 'Presentada en',
  'practice.cite': 'Citar esta ficha',
  'practice.related': 'Prácticas relacionadas',
  'practice.reviewOverdue':
    'Esta ficha debía revisarse el {date}. Algunos datos pueden estar desactualizados.',
  'practice.contentWarning': 'Advertencia sobre el contenido',
  'practice.periodFrom': 'desde {start}',

  'event.about': 'Acerca de este evento',
  'event.outputs': 'Resultados',
  'event.outputNotOnline': 'Aún no está en línea: consulte a los organizadores.',
  'event.practices': 'Prácticas presentadas',
  'event.agenda': 'Programa',
  'event.register': 'Inscribirse',
  'event.registerBy': 'Inscripción hasta el {date}',

  'network.about': 'Acerca de esta red',
  'network.members': 'Miembros',
  'network.events': 'Reuniones y eventos',
  'network.practices': 'Prácticas de sus miembros',

  'organisation.about': 'Acerca de esta organización',
  'organisation.practices': 'Fichas de práctica',
  'organisation.events': 'Eventos organizados',
  'organisation.networks': 'Redes',

  'term.practices': 'Fichas de práctica',

  'entry.languages': 'Esta ficha en otros idiomas',
  'entry.fallback':
    'Esta ficha aún no está disponible en {language}. Está leyendo el original en {original}.',
  'entry.none': 'Ningún elemento por ahora.',

  'filter.all': 'Todos',
  'filter.apply': 'Aplicar',
  'filter.reset': 'Mostrar todo',
  'filter.shown.one': '{count} de {total} mostrado',
  'filter.shown.many': '{count} de {total} mostrados',
  'filter.shown.other': '{count} de {total} mostrados',
  'filter.year': 'Año',
  'filter.organiser': 'Organizador',
  'filter.network': 'Red',
  'filter.format': 'Formato',
  'filter.kind': 'Tipo',
  'filter.country': 'País',
  'filter.events': 'Filtrar eventos',
  'filter.organisations': 'Filtrar organizaciones',
  'event.addToCalendar': 'Añadir al calendario',
  'events.allCalendar': 'Suscribirse a todos los eventos',
  'network.map': 'Dónde están sus miembros',

  'notFound.title': 'Página no encontrada',
  'notFound.lead':
    'No hay ninguna página en esta dirección. Puede que se haya trasladado o que el enlace contenga un error.',
  'notFound.home': 'Ir a la página de inicio',
} satisfies Dictionary;
