import { describe, expect, it } from 'vitest';
import { calendarDate, country, translatedText, yearOrMonth } from '../../src/schemas/common.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { findBrokenReferences, findReferences } from '../../src/validation/references.ts';
import { languageNeutralFields } from '../../src/lib/schema-walk.ts';

const practice = {
  title: 'Referral pathways',
  summary: 'Pathways for caseworkers.',
  type: 'referral-pathway',
  themes: ['referral'],
  organisations: ['british-red-cross'],
  published: '2026-11-28',
};

describe('practice schema', () => {
  it('accepts a minimal practice and fills the defaults', () => {
    const parsed = practiceSchema.parse(practice);
    expect(parsed.groups).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  it('rejects an unknown field instead of dropping it', () => {
    const result = practiceSchema.safeParse({ ...practice, sumary: 'typo' });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['sumary'] }]);
  });

  it('needs a theme and an organisation', () => {
    const result = practiceSchema.safeParse({ ...practice, themes: [], organisations: [] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['themes', 'organisations']);
  });

  it('rejects a review date before publication', () => {
    const result = practiceSchema.safeParse({ ...practice, reviewBy: '2025-01-01' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['reviewBy']);
  });

  it('needs a resource to be a file or a link, not both or neither', () => {
    const resource = { title: 'Guide', format: 'pdf', language: 'en' };
    expect(practiceSchema.safeParse({ ...practice, resources: [resource] }).success).toBe(false);
    expect(
      practiceSchema.safeParse({
        ...practice,
        resources: [{ ...resource, file: '/uploads/guide.pdf', url: 'https://example.org/guide.pdf' }],
      }).success,
    ).toBe(false);
    expect(
      practiceSchema.safeParse({ ...practice, resources: [{ ...resource, file: '/uploads/guide.pdf' }] })
        .success,
    ).toBe(true);
  });
});

describe('field types', () => {
  it('keep calendar dates as written, whether YAML gave a string or a Date', () => {
    expect(calendarDate.parse('2016-09-07')).toBe('2016-09-07');
    expect(calendarDate.parse(new Date('2016-09-07T00:00:00Z'))).toBe('2016-09-07');
  });

  it('refuse dates that do not exist', () => {
    expect(calendarDate.safeParse('2016-13-45').success).toBe(false);
    expect(calendarDate.safeParse('2015-02-29').success).toBe(false);
    expect(calendarDate.safeParse('7 September 2016').success).toBe(false);
  });

  it('take ISO country codes and UN M49 regions, not made-up codes', () => {
    expect(country.safeParse('HR').success).toBe(true);
    expect(country.safeParse('150').success).toBe(true);
    expect(country.safeParse('XX').success).toBe(false);
    expect(country.safeParse('hr').success).toBe(false);
  });

  it('read years and months written as numbers or strings', () => {
    expect(yearOrMonth.parse(2014)).toBe('2014');
    expect(yearOrMonth.parse('2014-09')).toBe('2014-09');
    expect(yearOrMonth.safeParse('2014-13').success).toBe(false);
  });

  it('require English in translated text and refuse unknown languages', () => {
    expect(translatedText.safeParse({ hr: 'Identifikacija' }).success).toBe(false);
    expect(translatedText.safeParse({ en: 'Identification', de: 'Identifizierung' }).success).toBe(false);
  });
});

describe('event schema', () => {
  const event = {
    title: 'Conference',
    summary: 'A conference.',
    start: '2016-09-07',
    organisers: ['british-red-cross'],
  };

  it('refuses an end before the start', () => {
    const result = eventSchema.safeParse({ ...event, end: '2016-09-06' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['end']);
  });

  it('needs a time zone once a time is given', () => {
    expect(eventSchema.safeParse({ ...event, start: '2016-09-07T09:30' }).success).toBe(false);
    expect(
      eventSchema.safeParse({ ...event, start: '2016-09-07T09:30', timeZone: 'Europe/Zagreb' }).success,
    ).toBe(true);
    expect(
      eventSchema.safeParse({ ...event, start: '2016-09-07T09:30', timeZone: 'Europe/Atlantis' }).success,
    ).toBe(false);
  });
});

describe('references', () => {
  it('are found wherever the schema marks them, nested lists included', () => {
    const data = eventSchema.parse({
      title: 'Conference',
      summary: 'A conference.',
      start: '2016-09-07',
      organisers: ['british-red-cross'],
      outputs: [{ kind: 'report', title: 'Report', practice: 'referral' }],
    });
    expect(
      findReferences(eventSchema, data).map((found) => [found.path.join('.'), found.collection, found.id]),
    ).toEqual([
      ['organisers.0', 'organisations', 'british-red-cross'],
      ['outputs.0.practice', 'practices', 'referral'],
    ]);
  });

  it('are broken when their id does not exist', () => {
    const none = new Set<string>();
    const existing = {
      practices: none,
      events: none,
      networks: none,
      organisations: new Set(['british-red-cross']),
      themes: new Set(['referral']),
      groups: none,
    };
    const broken = findBrokenReferences(
      practiceSchema,
      { ...practice, organisations: ['british-red-cros'] },
      existing,
    );
    expect(broken.map((b) => [b.path.join('.'), b.message])).toEqual([
      ['organisations.0', expect.stringContaining('"british-red-cros" is not in organisations')],
    ]);
  });
});

describe('language-neutral fields', () => {
  it('are the dates, references, codes and choices of a practice, not its words', () => {
    expect(languageNeutralFields(practiceSchema)).toEqual([
      'type',
      'themes',
      'groups',
      'organisations',
      'countries',
      'period',
      'status',
      'published',
      'updated',
      'reviewBy',
      'related',
    ]);
  });

  it('include an event’s times and time zone, not its place names or agenda', () => {
    const fields = languageNeutralFields(eventSchema);
    expect(fields).toEqual(expect.arrayContaining(['start', 'end', 'timeZone', 'format', 'organisers']));
    expect(fields).not.toContain('location');
    expect(fields).not.toContain('agenda');
    expect(fields).not.toContain('title');
  });
});
