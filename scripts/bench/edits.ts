// What editors do to a corpus, as scripted edits: the benchmark's publishing figures (`npm run bench -- --edit`)
// and the incremental build's identity test (tests/integration/incremental-build.test.ts) apply them to a
// generated corpus, rebuild, and compare.
import { glob, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
type Fields = Record<string, unknown>;

/** Changes the front matter of an MDX entry (`practices/en/<slug>.mdx`), or writes a new entry. */
async function editEntry(root: string, path: string, change: (data: Fields) => void, from = path) {
  const [, yaml = '', body = ''] = frontMatter.exec(await readFile(join(root, from), 'utf8')) ?? [];
  const data = parse(yaml) as Fields;
  change(data);
  await writeFile(join(root, path), `---\n${stringify(data)}---\n${body}`);
}

/** Changes a YAML data file (`organisations/<id>.yaml`). */
async function editData(root: string, path: string, change: (data: Fields) => void) {
  const data = parse(await readFile(join(root, path), 'utf8')) as Fields;
  change(data);
  await writeFile(join(root, path), stringify(data));
}

/** The files of a collection folder in one language (or of a data folder), sorted. */
async function filesIn(root: string, folder: string): Promise<string[]> {
  return (await readdir(join(root, folder))).sort().map((file) => `${folder}/${file}`);
}

const slugOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.(mdx|yaml)$/, '');

/** English practice notes without a translation, sorted: a note an editor may translate. */
export async function untranslatedNotes(root: string): Promise<string[]> {
  const languages = (await readdir(join(root, 'practices'))).filter((language) => language !== 'en');
  const translated = new Set(
    (await Promise.all(languages.map((language) => filesIn(root, `practices/${language}`))))
      .flat()
      .map(slugOf),
  );
  return (await idsIn(root, 'practices/en')).filter((slug) => !translated.has(slug));
}

/** Untranslated English notes that no other file names: they may be unpublished or deleted without breaking a link. */
export async function freeNotes(root: string): Promise<string[]> {
  const others = await Array.fromAsync(glob('{events,networks,practices}/*/*.mdx', { cwd: root }));
  const texts = await Promise.all(others.map((path) => readFile(join(root, path), 'utf8')));
  return (await untranslatedNotes(root)).filter((slug) =>
    texts.every((text, index) => others[index]!.includes(slug) || !text.includes(slug)),
  );
}

/** One kind of edit: what it is called and how it is applied to the corpus at `root`. */
export interface Edit {
  readonly kind: string;
  readonly apply: (root: string) => Promise<void>;
}

const note = (slug: string) => `practices/en/${slug}.mdx`;

/** A note's summary is reworded. */
export const changeSummary = (slug: string): Edit => ({
  kind: 'change a note’s summary',
  apply: (root) =>
    editEntry(root, note(slug), (data) => {
      data['summary'] = `Reworded: ${String(data['summary'])}`;
    }),
});

/** A new note, like `like` but under its own slug and title. */
export const addNote = (like: string, slug: string): Edit => ({
  kind: 'add a note',
  apply: (root) =>
    editEntry(
      root,
      note(slug),
      (data) => {
        data['title'] = `A new note on ${String(data['title'])}`;
        data['related'] = [];
      },
      note(like),
    ),
});

/** A note is deleted. */
export const deleteNote = (slug: string): Edit => ({
  kind: 'delete a note',
  apply: (root) => rm(join(root, note(slug))),
});

/** A note is translated into French. */
export const translateNote = (slug: string): Edit => ({
  kind: 'translate a note',
  apply: (root) =>
    editEntry(
      root,
      `practices/fr/${slug}.mdx`,
      (data) => {
        data['title'] = `Traduction : ${String(data['title'])}`;
      },
      note(slug),
    ),
});

/** A note is made a draft (unpublished), or published again. */
export const setDraft = (slug: string, draft: boolean): Edit => ({
  kind: draft ? 'unpublish a note (draft)' : 'publish a draft',
  apply: (root) =>
    editEntry(root, note(slug), (data) => {
      if (draft) data['draft'] = true;
      else delete data['draft'];
    }),
});

/** An organisation changes its English name. */
export const renameOrganisation = (id: string): Edit => ({
  kind: 'rename an organisation',
  apply: (root) =>
    editData(root, `organisations/${id}.yaml`, (data) => {
      const name = data['name'] as Record<string, string>;
      name['en'] = `Renamed ${name['en'] ?? id}`;
    }),
});

/** A stage of response gets a new English label. */
export const relabelTheme = (id: string): Edit => ({
  kind: 'relabel a theme',
  apply: (root) =>
    editData(root, `taxonomies/themes/${id}.yaml`, (data) => {
      const label = data['label'] as Record<string, string>;
      label['en'] = `${label['en'] ?? id} (relabelled)`;
    }),
});

/** An event moves to the year before, in every language it is written in. */
export const moveEventYear = (slug: string): Edit => ({
  kind: 'change an event’s year',
  apply: async (root) => {
    const earlier = (date: unknown) =>
      typeof date === 'string' ? `${Number(date.slice(0, 4)) - 1}${date.slice(4)}` : date;
    for (const language of await readdir(join(root, 'events'))) {
      const path = `events/${language}/${slug}.mdx`;
      const exists = await readFile(join(root, path)).then(
        () => true,
        () => false,
      );
      if (!exists) continue;
      await editEntry(root, path, (data) => {
        for (const field of ['start', 'end']) if (field in data) data[field] = earlier(data[field]);
      });
    }
  },
});

/** A new organisation joins a network as a member. */
export const addNetworkMember = (network: string, id: string): Edit => ({
  kind: 'add a network member',
  apply: async (root) => {
    await writeFile(
      join(root, `organisations/${id}.yaml`),
      stringify({ name: { en: 'A new member society' }, kind: 'national-society', country: 'HR' }),
    );
    await editEntry(root, `networks/en/${network}.mdx`, (data) => {
      (data['members'] as string[]).push(id);
    });
  },
});

/** The ids of a data folder or the slugs of a language folder, sorted: where edits find their targets. */
export async function idsIn(root: string, folder: string): Promise<string[]> {
  return (await filesIn(root, folder)).map(slugOf);
}
