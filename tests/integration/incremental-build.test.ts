// Publishing rebuilds incrementally: Astro keeps every page whose cache key (src/data/page-keys.ts) and code are
// unchanged. A stale page would show readers something no longer true, so after each round of edits of every
// kind the incremental build must equal, byte for byte, a cold build of the same content (build-time stamps
// aside: scripts/bench/rebuild.ts).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  addNetworkMember,
  addNote,
  changeSummary,
  deleteNote,
  freeNotes,
  idsIn,
  moveEventYear,
  relabelTheme,
  renameOrganisation,
  setDraft,
  translateNote,
  untranslatedNotes,
  type Edit,
} from '../../scripts/bench/edits.ts';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { differingFiles, publishBuild } from '../../scripts/bench/rebuild.ts';

const root = await mkdtemp(join(tmpdir(), 'px-incremental-'));
const live = join(root, 'live');
const cold = join(root, 'cold');
/** Astro's cache folder of a corpus, as astro.config.mjs names it. */
const cacheOf = (corpus: string) => join('node_modules/.astro/corpora', corpus.replace(/[^\w.-]+/g, '_'));

afterAll(async () => {
  for (const folder of [root, cacheOf(live), cacheOf(cold)])
    await rm(folder, { recursive: true, force: true });
});

it(
  'publishes after every kind of edit exactly what a cold build publishes',
  { timeout: 900_000 },
  async () => {
    await writeCorpus(20, 1, live);
    const [unpublished, deleted] = await freeNotes(live);
    expect(deleted, 'the corpus has two notes nothing refers to').toBeDefined();
    const [summary, translated] = (await untranslatedNotes(live)).filter(
      (slug) => slug !== unpublished && slug !== deleted,
    );
    const [organisation] = await idsIn(live, 'organisations');
    const [network] = await idsIn(live, 'networks/en');
    const [event] = await idsIn(live, 'events/en');
    const [theme] = await idsIn(live, 'taxonomies/themes');
    const rounds: Edit[][] = [
      [
        changeSummary(summary!),
        addNote(summary!, 'practice-new-note'),
        translateNote(translated!),
        setDraft(unpublished!, true),
        renameOrganisation(organisation!),
        addNetworkMember(network!, 'org-new-member'),
      ],
      [deleteNote(deleted!), setDraft(unpublished!, false), relabelTheme(theme!), moveEventYear(event!)],
    ];
    const first = await publishBuild(live, join(root, 'live-dist'), true);

    for (const edits of rounds) {
      for (const edit of edits) await edit.apply(live);
      const incremental = await publishBuild(live, join(root, 'live-dist'), false);
      await rm(cold, { recursive: true, force: true });
      await rm(join(root, 'cold-dist'), { recursive: true, force: true });
      await cp(live, cold, { recursive: true });
      await publishBuild(cold, join(root, 'cold-dist'), true);

      const kinds = edits.map((edit) => edit.kind).join(', ');
      expect(await differingFiles(join(root, 'live-dist'), join(root, 'cold-dist')), kinds).toEqual([]);
      // It did keep pages, and rendered fewer than a cold build: the comparison tested the cache.
      expect(incremental.kept, kinds).toBeGreaterThan(0);
      expect(incremental.rendered.length, kinds).toBeLessThan(first.rendered.length);
    }
  },
);
