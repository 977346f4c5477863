/** Interface strings in Croatian. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const hr = {
  'site.name': 'Practice Exchange',
  'site.description':
    'Primjeri prakse, rezultati konferencija i mreže nacionalnih društava Crvenog križa i Crvenog polumjeseca te njihovih partnera koji se bore protiv trgovanja ljudima.',

  'skip.toContent': 'Preskoči na glavni sadržaj',
  'nav.label': 'Glavna',
  'nav.home': 'Početna',
  'nav.practices': 'Prakse',
  'nav.events': 'Događanja',
  'nav.networks': 'Mreže',
  'nav.organisations': 'Organizacije',
  'nav.search': 'Pretraživanje',

  'language.label': 'Jezik',
  'language.choose': 'Pročitajte ovu stranicu na drugom jeziku',

  'footer.label': 'O ovim stranicama',
  'footer.about': 'O stranicama',
  'footer.contribute': 'Kako pridonijeti',
  'footer.accessibility': 'Pristupačnost',
  'footer.privacy': 'Privatnost',
  'footer.promise':
    'Ove stranice nikoga ne prate, ne postavljaju kolačiće i nikada ne čuvaju podatke o žrtvama trgovanja ljudima.',

  'breadcrumbs.label': 'Nalazite se ovdje',

  'home.title': 'Practice Exchange',
  'home.lead':
    'Practice Exchange mjesto je na kojem nacionalna društva Crvenog križa i Crvenog polumjeseca i njihovi partneri dijele ono što djeluje u suzbijanju trgovanja ljudima. Pronađite primjere prakse za svoju situaciju, rezultate prošlih konferencija i osobe kojima se možete obratiti.',
  'home.browseGroups': 'Pregled po ranjivim skupinama',
  'home.browseThemes': 'Pregled po fazama djelovanja',
  'home.latestPractices': 'Najnoviji primjeri prakse',
  'home.allPractices': 'Svi primjeri prakse',
  'home.events': 'Događanja',
  'home.allEvents': 'Sva događanja',
  'home.networks': 'Mreže',

  'home.atAGlance': 'Primjeri prakse na prvi pogled',
  'home.map': 'Zemlje s unosima',
  'home.mapAlt': 'Karta svijeta s istaknutim zemljama koje se spominju u unosima: {countries}',
  'chart.table': 'Prikaži kao tablicu',

  'practices.title': 'Primjeri prakse',
  'practices.lead':
    'Dobre prakse nacionalnih društava i njihovih partnera: kako identificiraju i upućuju osobe pogođene trgovanjem ljudima i pružaju im podršku te koje su alate pritom koristili.',
  'practices.count.one': '{count} primjer prakse',
  'practices.count.few': '{count} primjera prakse',
  'practices.count.other': '{count} primjera prakse',

  'library.facets': 'Filtriraj primjere prakse',
  'library.reset': 'Svi primjeri prakse',
  'facet.type': 'Vrsta',
  'facet.theme': 'Faza djelovanja',
  'facet.group': 'Ranjiva skupina',
  'facet.organisation': 'Organizacija',
  'facet.country': 'Zemlja',
  'facet.language': 'Jezik',
  'facet.year': 'Godina objave',
  'pagination.label': 'Stranice',
  'pagination.page': 'stranica {page} od {pages}',

  'events.title': 'Događanja',
  'events.lead': 'Konferencije i sastanci, s njihovim rezultatima i praksama koje su na njima predstavljene.',
  'events.upcoming': 'Nadolazeća događanja',
  'events.past': 'Prošla događanja',
  'events.noUpcoming': 'Trenutačno nema najavljenih događanja.',

  'networks.title': 'Mreže',
  'networks.lead':
    'Mreže Pokreta, projektni konzorciji i regionalne platforme, s njihovim članovima i sastancima.',
  'networks.members.one': '{count} član',
  'networks.members.few': '{count} člana',
  'networks.members.other': '{count} članova',

  'organisations.title': 'Organizacije',
  'organisations.lead':
    'Nacionalna društva, međunarodne organizacije, javna tijela i financijeri koji stoje iza praksi i događanja.',

  'themes.title': 'Faze djelovanja',
  'themes.lead':
    'Od prepoznavanja znakova trgovanja ljudima do dugoročne podrške: primjeri prakse prema fazi djelovanja.',
  'groups.title': 'Ranjive skupine',
  'groups.lead': 'Primjeri prakse prema skupini osoba kojoj su namijenjeni.',

  'countries.title': 'Zemlje i regije',
  'countries.lead':
    'Primjeri prakse, organizacije, mreže i događanja prema zemlji ili regiji na koju se odnose.',

  'search.title': 'Pretraživanje',
  'search.lead': 'Tražite temu, zemlju ili organizaciju? Krenite od jednog od ovih popisa.',

  'field.type': 'Vrsta',
  'field.themes': 'Faze djelovanja',
  'field.groups': 'Ranjive skupine',
  'field.organisations': 'Organizacije',
  'field.countries': 'Zemlje',
  'field.country': 'Zemlja',
  'field.period': 'Razdoblje',
  'field.status': 'Status',
  'field.evidence': 'Razina dokaza',
  'field.published': 'Objavljeno',
  'field.updated': 'Ažurirano',
  'field.reviewBy': 'Revizija do',
  'field.date': 'Datum',
  'field.format': 'Format',
  'field.location': 'Mjesto',
  'field.organisers': 'Organizatori',
  'field.networks': 'Mreže',
  'field.coordinator': 'Koordinator',
  'field.funders': 'Financira',
  'field.founded': 'Osnovano',
  'field.closed': 'Zatvoreno',
  'field.website': 'Mrežna stranica',
  'field.kind': 'Kategorija',
  'field.contact': 'Kontakt',

  'practiceType.guidance': 'Smjernice',
  'practiceType.training': 'Edukacija ili e-modul',
  'practiceType.referral-pathway': 'Put upućivanja',
  'practiceType.tool': 'Alat ili predložak',
  'practiceType.case-study': 'Studija slučaja',
  'practiceType.research': 'Istraživanje',
  'practiceType.policy': 'Politika',

  'practiceStatus.piloted': 'U pilot-fazi',
  'practiceStatus.ongoing': 'U tijeku',
  'practiceStatus.completed': 'Završeno',

  'evidenceLevel.promising': 'Obećavajuća',
  'evidenceLevel.evaluated': 'Evaluirana',
  'evidenceLevel.established': 'Ustaljena',

  'resourceFormat.pdf': 'PDF',
  'resourceFormat.document': 'Dokument',
  'resourceFormat.spreadsheet': 'Proračunska tablica',
  'resourceFormat.presentation': 'Prezentacija',
  'resourceFormat.video': 'Video',
  'resourceFormat.audio': 'Audio',
  'resourceFormat.e-learning': 'E-učenje',
  'resourceFormat.web': 'Mrežna stranica',

  'eventFormat.in-person': 'Uživo',
  'eventFormat.online': 'Online',
  'eventFormat.hybrid': 'Uživo i online',

  'outputKind.report': 'Izvješća',
  'outputKind.slides': 'Prezentacije',
  'outputKind.recording': 'Snimke',
  'outputKind.e-module': 'E-moduli',
  'outputKind.photos': 'Fotografije',
  'outputKind.summary': 'Sažeci',
  'outputKind.guidance': 'Smjernice',

  'networkKind.movement-network': 'Mreža Pokreta',
  'networkKind.project-consortium': 'Projektni konzorcij',
  'networkKind.regional-platform': 'Regionalna platforma',

  'organisationKind.national-society': 'Nacionalno društvo',
  'organisationKind.ifrc': 'IFRC',
  'organisationKind.icrc': 'ICRC',
  'organisationKind.international-organisation': 'Međunarodna organizacija',
  'organisationKind.government-body': 'Državno tijelo',
  'organisationKind.ngo': 'Nevladina organizacija',
  'organisationKind.academic': 'Akademska ustanova',
  'organisationKind.funder': 'Financijer',

  'practice.about': 'O ovoj praksi',
  'practice.resources': 'Materijali',
  'practice.presentedAt': 'Predstavljeno na',
  'practice.cite': 'Citirajte ovaj primjer prakse',
  'practice.related': 'Povezane prakse',
  'practice.reviewOverdue':
    'Rok za reviziju ovog primjera prakse bio je {date}, pa neki podaci možda više nisu ažurni.',
  'practice.contentWarning': 'Upozorenje o sadržaju',
  'practice.periodFrom': 'od {start}',

  'event.about': 'O ovom događanju',
  'event.outputs': 'Rezultati',
  'event.outputNotOnline': 'Još nije dostupno na internetu: obratite se organizatorima.',
  'event.practices': 'Predstavljene prakse',
  'event.agenda': 'Program',
  'event.register': 'Prijavite se',
  'event.registerBy': 'Prijave do {date}',

  'network.about': 'O ovoj mreži',
  'network.members': 'Članovi',
  'network.events': 'Sastanci i događanja',
  'network.practices': 'Prakse njezinih članova',

  'organisation.about': 'O ovoj organizaciji',
  'organisation.practices': 'Primjeri prakse',
  'organisation.events': 'Organizirana događanja',
  'organisation.networks': 'Mreže',

  'term.practices': 'Primjeri prakse',

  'entry.languages': 'Ovaj sadržaj na drugim jezicima',
  'entry.fallback':
    'Ovaj sadržaj još nije dostupan na jeziku {language}. Čitate izvornik na jeziku {original}.',
  'entry.none': 'Zasad nema unosa.',

  'filter.all': 'Sve',
  'filter.apply': 'Primijeni',
  'filter.reset': 'Prikaži sve',
  'filter.shown.one': 'Prikazan {count} od {total}',
  'filter.shown.few': 'Prikazana {count} od {total}',
  'filter.shown.other': 'Prikazano {count} od {total}',
  'filter.year': 'Godina',
  'filter.organiser': 'Organizator',
  'filter.network': 'Mreža',
  'filter.format': 'Format',
  'filter.kind': 'Vrsta',
  'filter.country': 'Zemlja',
  'filter.events': 'Filtriraj događanja',
  'filter.organisations': 'Filtriraj organizacije',
  'event.addToCalendar': 'Dodaj u kalendar',
  'events.allCalendar': 'Pretplati se na sva događanja',
  'network.map': 'Gdje su njezini članovi',

  'notFound.title': 'Stranica nije pronađena',
  'notFound.lead': 'Na ovoj adresi nema stranice. Možda je premještena ili je poveznica pogrešno upisana.',
  'notFound.home': 'Idi na početnu stranicu',
} satisfies Dictionary;
