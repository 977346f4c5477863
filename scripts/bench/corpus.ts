/**
 * A synthetic but realistic content corpus for the benchmark: practices with 400 to 900 words of body, events,
 * networks and organisations that reference each other and the real taxonomies. Pure and seeded: the same
 * options give the same files, byte for byte.
 */
import { stringify } from 'yaml';
import type { Locale } from '../../src/core/locales.ts';
import { eventFormats, outputKinds } from '../../src/schemas/event.ts';
import { networkKinds } from '../../src/schemas/network.ts';
import { organisationKinds } from '../../src/schemas/organisation.ts';
import {
  evidenceLevels,
  practiceStatuses,
  practiceTypes,
  resourceFormats,
} from '../../src/schemas/practice.ts';

export interface CorpusOptions {
  /** How many practices; events, networks and organisations are a tenth of it (at least 2 each). */
  readonly entries: number;
  /** Theme ids that exist in the target corpus (content/taxonomies/themes/). */
  readonly themes: readonly string[];
  /** Group ids that exist in the target corpus (content/taxonomies/groups/). */
  readonly groups: readonly string[];
  readonly seed?: number;
}

/** A file of the corpus, its path relative to the content root. */
export interface CorpusFile {
  readonly path: string;
  readonly text: string;
}

/** Share of practices that also exist in each language (the original is English unless drawn otherwise). */
export const translationShares: Readonly<Record<Exclude<Locale, 'en'>, number>> = {
  fr: 0.3,
  es: 0.2,
  ar: 0.1,
  hr: 0.15,
};

/** mulberry32: a small, fast PRNG, good enough to draw varied text deterministically. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (rand: Random, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(rand: Random, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** `count` different items of `list`, in list order. */
function sample<T>(rand: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, list.length);
  while (chosen.size < wanted) chosen.add(Math.floor(rand() * list.length));
  return [...chosen].sort((a, b) => a - b).map((index) => list[index] as T);
}

/**
 * The six commonest words of each language, which real prose uses more than any domain word. Ahead of the
 * domain words, they put "trafficking" seventh, at about 1.6 % of the words of a text: the seed notes'
 * bodies and the PROTECT source text use it at 1.6 % and 1.7 % (without them it was 8 %, and its search index
 * chunk five times what real notes would make).
 */
const commonWords: Readonly<Record<Locale, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'a', 'in'],
  fr: ['de', 'la', 'le', 'et', 'les', 'des'],
  es: ['de', 'la', 'que', 'el', 'en', 'y'],
  ar: ['في', 'من', 'إلى', 'على', 'أن', 'عن'],
  hr: ['i', 'u', 'je', 'na', 'za', 'se'],
};

/** Domain words per language; a long tail of made-up words from each language's syllables follows them. */
const domainWords: Readonly<Record<Locale, readonly string[]>> = {
  en: `trafficking survivor caseworker referral pathway identification frontline volunteer training module
    shelter assistance protection safety interpreter migrant worker domestic labour exploitation recruitment
    debt bondage community outreach awareness prevention police border hotline screening indicators interview
    trust consent confidentiality dignity rights legal advice health care counselling housing employment
    family reunification return reintegration risk assessment safeguarding partner agency ministry society
    branch coordinator network exchange workshop conference guidance template checklist evaluation evidence
    data trends monitoring report learning practice service support needs children women men young people
    undocumented seasonal agriculture construction hospitality fishing factory transport camp station city
    village region country language culture gender disability vulnerable group session staff manager
    supervisor mentor peer practitioner officer lawyer doctor nurse teacher social worker municipality funding
    project pilot scale review quality standard procedure protocol agreement memorandum follow case file
    record consent form leaflet poster radio video e-learning course module lesson exercise scenario role
    play feedback survey focus discussion barrier gap lesson outcome impact change improvement sustainability
    the a of to and in for with on by from that which who was were is are be been has have had it this these
    their our they we through between across after before during when where how why what while`.split(/\s+/),
  fr: `traite survivant orientation identification bénévole formation protection sécurité migrant travailleur
    exploitation recrutement dette communauté prévention police frontière confiance dignité droits santé
    logement emploi famille retour réintégration risque partenaire société réseau atelier conférence guide
    données pratique service soutien enfants femmes groupe personnel le la les un une des du de et en pour
    avec sur par dans qui est sont été avoir cette ces leur nos ils nous entre après avant pendant quand`.split(
    /\s+/,
  ),
  es: `trata sobreviviente derivación identificación voluntario formación protección seguridad migrante
    trabajador explotación reclutamiento deuda comunidad prevención policía frontera confianza dignidad
    derechos salud vivienda empleo familia retorno reintegración riesgo socio sociedad red taller conferencia
    guía datos práctica servicio apoyo niños mujeres grupo personal el la los las un una de del y en para con
    sobre por que es son fue ser esta estos su nuestro ellos nosotros entre después antes durante cuando`.split(
    /\s+/,
  ),
  ar: `الاتجار الناجين الإحالة التعرف المتطوعين التدريب الحماية السلامة المهاجرين العمال الاستغلال التوظيف
    الدين المجتمع الوقاية الشرطة الحدود الثقة الكرامة الحقوق الصحة السكن العمل الأسرة العودة الإدماج المخاطر
    الشركاء الجمعية الشبكة الورشة المؤتمر الدليل البيانات الممارسة الخدمة الدعم الأطفال النساء المجموعة
    الموظفين في من إلى على مع عن هذا هذه التي الذي كان كانت بين بعد قبل خلال عندما`.split(/\s+/),
  hr: `trgovanje preživjeli upućivanje identifikacija volonter obuka zaštita sigurnost migrant radnik
    iskorištavanje zapošljavanje dug zajednica prevencija policija granica povjerenje dostojanstvo prava
    zdravlje smještaj posao obitelj povratak reintegracija rizik partner društvo mreža radionica konferencija
    smjernice podaci praksa usluga podrška djeca žene skupina osoblje i u na za s od do je su bio biti ova ovi
    njihov naš oni mi između nakon prije tijekom kada`.split(/\s+/),
};

const syllables: Readonly<Record<Locale, readonly string[]>> = {
  en: 'ba be co da fi ga ho jo ka le mi no pa qu ra se ti vo wa ze ing er tion ment al ly'.split(' '),
  fr: 'ba be ché de fi gu la le mi né po qu re sé ti vo eau ion ment eur ais'.split(' '),
  es: 'ba ca de fe ga ha la ma ne ño pa que ra sa ta va za ción mente ero ada'.split(' '),
  ar: 'با تي جو دا را سي شو عا فو قا كي لو ما نا ها وي'.split(' '),
  hr: 'ba če ći do đa fi go ja ka li mo nj pa ra sa ši ta ve za ža nje ost'.split(' '),
};

/**
 * A language's vocabulary: its commonest words, its domain words, then made-up words; texts draw early words far more
 * often (roughly Zipf), as real prose does, so a search index sees common and rare words.
 */
function vocabulary(locale: Locale, rand: Random): string[] {
  const words = new Set([...commonWords[locale], ...domainWords[locale]]);
  const parts = syllables[locale];
  const size = words.size + 4000;
  while (words.size < size)
    words.add(Array.from({ length: int(rand, 2, 4) }, () => pick(rand, parts)).join(''));
  return [...words];
}

const zipfWord = (rand: Random, words: readonly string[]) =>
  words[Math.min(words.length - 1, Math.floor(words.length ** rand()) - 1)] as string;

function sentence(rand: Random, words: readonly string[], length = int(rand, 6, 18)): string {
  const text = Array.from({ length }, () => zipfWord(rand, words)).join(' ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

function words(rand: Random, vocab: readonly string[], count: number): string {
  const text = Array.from({ length: count }, () => zipfWord(rand, vocab)).join(' ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;
}

/** An MDX body of `target` words or a few more: headings, paragraphs and now and then a list. */
function body(rand: Random, vocab: readonly string[], target: number): string {
  const blocks: string[] = [];
  let count = 0;
  while (count < target) {
    if (blocks.length > 0 && rand() < 0.2) {
      blocks.push(`## ${words(rand, vocab, int(rand, 2, 5))}`);
    } else if (rand() < 0.15) {
      const items = Array.from({ length: int(rand, 3, 5) }, () => sentence(rand, vocab, int(rand, 4, 10)));
      blocks.push(items.map((item) => `- ${item}`).join('\n'));
      count += items.join(' ').split(' ').length;
    } else {
      const paragraph = Array.from({ length: int(rand, 2, 5) }, () => sentence(rand, vocab)).join(' ');
      blocks.push(paragraph);
      count += paragraph.split(' ').length;
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Country codes that entries name: ISO 3166-1 alpha-2 and two UN M49 regions. */
const countryCodes = `HR GB FR ES IT DE AT SI RS BA HU RO BG GR TR UA PL NL BE IE PT MA TN EG LB JO NG GH KE
  ET SN CI NE ML BD PK IN NP LK TH PH VN ID MM KH BR CO MX GT HN EC PE 150 002`.split(/\s+/);

const dateIn = (rand: Random, firstYear: number, lastYear: number) =>
  `${int(rand, firstYear, lastYear)}-${String(int(rand, 1, 12)).padStart(2, '0')}-${String(int(rand, 1, 28)).padStart(2, '0')}`;

const mdx = (frontMatter: object, text: string) => `---\n${stringify(frontMatter)}---\n\n${text}`;

const slugOf = (prefix: string, index: number, title: string) =>
  `${prefix}-${String(index).padStart(5, '0')}-${title
    .toLowerCase()
    .split(' ')
    .slice(0, 3)
    .join('-')
    .replace(/[^a-z-]/g, '')}`
    .replace(/-+/g, '-')
    .replace(/-$/, '');

/** The corpus, without the taxonomies and standing pages, which the caller copies from the real content. */
export function generateCorpus({ entries, themes, groups, seed = 1 }: CorpusOptions): CorpusFile[] {
  const rand = random(seed);
  const vocab = Object.fromEntries(
    (['en', 'fr', 'es', 'ar', 'hr'] as const).map((locale) => [locale, vocabulary(locale, rand)]),
  ) as Record<Locale, string[]>;
  const english = vocab.en;
  const others = Math.max(2, Math.round(entries / 10));
  const files: CorpusFile[] = [];

  const organisations = Array.from({ length: others }, (_, index) => {
    const name = `${words(rand, english.slice(0, 300), int(rand, 2, 4))} ${pick(rand, ['Red Cross', 'Red Crescent', 'Foundation', 'Institute', 'Ministry'])}`;
    const id = slugOf('org', index, name);
    files.push({
      path: `organisations/${id}.yaml`,
      text: stringify({
        name: rand() < 0.3 ? { en: name, fr: `${name} (fr)` } : { en: name },
        shortName: name
          .split(' ')
          .map((word) => word.charAt(0).toUpperCase())
          .join(''),
        kind: pick(rand, organisationKinds),
        country: pick(rand, countryCodes),
        website: `https://example.org/${id}/`,
      }),
    });
    return id;
  });

  const practiceTitles = Array.from({ length: entries }, (_, index) => {
    const title = words(rand, english.slice(0, 600), int(rand, 4, 9));
    return { title, slug: slugOf('practice', index, title) };
  });
  const practices = practiceTitles.map(({ slug }) => slug);
  const networks = Array.from({ length: others }, (_, index) => slugOf('network', index, 'network'));

  practiceTitles.forEach(({ title, slug }, index) => {
    const published = dateIn(rand, 2015, 2026);
    const shared = {
      type: pick(rand, practiceTypes),
      themes: sample(rand, themes, int(rand, 1, 3)),
      groups: sample(rand, groups, int(rand, 0, 2)),
      organisations: sample(rand, organisations, int(rand, 1, 3)),
      countries: sample(rand, countryCodes, int(rand, 1, 3)),
      period: { start: Number(published.slice(0, 4)) - int(rand, 0, 3) },
      status: pick(rand, practiceStatuses),
      published,
      reviewBy: `${Number(published.slice(0, 4)) + 2}${published.slice(4)}`,
      evidence: { level: pick(rand, evidenceLevels), why: sentence(rand, english, 20) },
      resources: Array.from({ length: int(rand, 0, 3) }, (_, r) => ({
        title: words(rand, english, int(rand, 3, 7)),
        // Links, not uploads: the validator checks that uploads exist under public/, and a benchmark must
        // not write files there.
        url: `https://example.org/resources/${slug}/${r + 1}`,
        format: pick(rand, resourceFormats),
        language: 'en',
        bytes: int(rand, 20_000, 8_000_000),
      })),
      contact: { team: 'Anti-trafficking team', url: `https://example.org/contact/${index % others}` },
      related: index > 0 ? sample(rand, practices.slice(0, index), int(rand, 0, 3)) : [],
    };
    const original: Locale = rand() < 0.85 ? 'en' : pick(rand, ['fr', 'es', 'hr'] as const);
    const languages = new Set<Locale>([original]);
    if (original === 'en')
      for (const [locale, share] of Object.entries(translationShares))
        if (rand() < share) languages.add(locale as Locale);
    for (const locale of languages) {
      const localTitle = locale === 'en' ? title : words(rand, vocab[locale], int(rand, 4, 9));
      const frontMatter = {
        title: localTitle,
        summary: sentence(rand, vocab[locale], int(rand, 15, 30)).slice(0, 300),
        ...shared,
      };
      files.push({
        path: `practices/${locale}/${slug}.mdx`,
        text: mdx(frontMatter, body(rand, vocab[locale], int(rand, 400, 900))),
      });
    }
  });

  networks.forEach((slug) => {
    const members = sample(rand, organisations, int(rand, 2, 8));
    files.push({
      path: `networks/en/${slug}.mdx`,
      text: mdx(
        {
          name: words(rand, english.slice(0, 300), int(rand, 2, 5)),
          summary: sentence(rand, english, 20),
          kind: pick(rand, networkKinds),
          members,
          coordinator: members[0],
          themes: sample(rand, themes, int(rand, 1, 3)),
          countries: sample(rand, countryCodes, int(rand, 1, 6)),
          founded: int(rand, 2000, 2024),
        },
        body(rand, english, int(rand, 150, 400)),
      ),
    });
  });

  Array.from({ length: others }, (_, index) => {
    const title = words(rand, english.slice(0, 400), int(rand, 3, 8));
    const start = dateIn(rand, 2014, 2028);
    const presented = sample(rand, practices, int(rand, 0, 5));
    files.push({
      path: `events/en/${slugOf('event', index, title)}.mdx`,
      text: mdx(
        {
          title,
          summary: sentence(rand, english, 20),
          start,
          format: pick(rand, eventFormats),
          location: { city: words(rand, english, 1), country: pick(rand, countryCodes) },
          organisers: sample(rand, organisations, int(rand, 1, 3)),
          networks: sample(rand, networks, int(rand, 0, 2)),
          agenda: Array.from({ length: int(rand, 0, 5) }, (_, hour) => ({
            time: `${String(9 + hour).padStart(2, '0')}:00`,
            session: words(rand, english, int(rand, 3, 8)),
            speakers: [words(rand, english, 2)],
          })),
          outputs: presented.map((practice, n) => ({
            kind: pick(rand, outputKinds),
            title: words(rand, english, int(rand, 3, 7)),
            url: `https://example.org/outputs/${index}/${n}`,
            practice,
          })),
          practices: presented,
        },
        body(rand, english, int(rand, 150, 500)),
      ),
    });
  });

  return files;
}
