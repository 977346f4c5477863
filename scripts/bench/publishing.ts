// The benchmark's publishing figures (`npm run bench -- --edit`): a cold build, then one edit of each of three
// kinds, each rebuilt incrementally and timed against the cold build, then the identity check: a cold build of
// the edited corpus must equal the incremental one.
import { cp, rm } from 'node:fs/promises';
import { addNote, changeSummary, idsIn, relabelTheme, untranslatedNotes, type Edit } from './edits.ts';
import { differingFiles, publishBuild, type PublishFigures } from './rebuild.ts';

export interface PublishingResult {
  /** The cold build: content check, Astro and the search indexes, seconds. */
  cold: { seconds: number; astroSeconds: number; indexSeconds: number; files: number };
  edits: {
    kind: string;
    seconds: number;
    astroSeconds: number;
    indexSeconds: number;
    /** Seconds as a share of the cold build's. */
    ratio: number;
    /** How many pages and files Astro rendered, and a few of them; it kept the rest. */
    rendered: number;
    kept: number;
    sample: string[];
  }[];
  /** Whether the incremental build equals a cold build of the edited corpus, and the files that differ. */
  identical: boolean;
  differing: string[];
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

const files = (figures: PublishFigures) => figures.rendered.length + figures.kept;

/**
 * Measures publishing on `corpus` (which it edits): builds into `outDir` and, for the identity check, a copy of
 * the corpus at `coldCorpus` into `coldOut`.
 */
export async function measurePublishing(
  corpus: string,
  outDir: string,
  coldCorpus: string,
  coldOut: string,
  progress: (line: string) => void,
): Promise<PublishingResult> {
  const [summarised, like] = await untranslatedNotes(corpus);
  const [theme] = await idsIn(corpus, 'taxonomies/themes');
  const edits: Edit[] = [
    changeSummary(summarised!),
    addNote(like!, 'practice-new-note'),
    relabelTheme(theme!),
  ];
  await rm(outDir, { recursive: true, force: true });
  const cold = await publishBuild(corpus, outDir, true);
  progress(`publishing: cold build ${round(cold.seconds)} s`);
  const measured: PublishingResult['edits'] = [];
  for (const edit of edits) {
    await edit.apply(corpus);
    const figures = await publishBuild(corpus, outDir, false);
    progress(`publishing: ${edit.kind}: ${round(figures.seconds)} s, ${figures.rendered.length} rendered`);
    measured.push({
      kind: edit.kind,
      seconds: round(figures.seconds),
      astroSeconds: round(figures.astroSeconds),
      indexSeconds: round(figures.indexSeconds),
      ratio: round(figures.seconds / cold.seconds, 3),
      rendered: figures.rendered.length,
      kept: figures.kept,
      sample: figures.rendered.filter((path) => path.endsWith('.html')).slice(0, 12),
    });
  }
  await rm(coldCorpus, { recursive: true, force: true });
  await rm(coldOut, { recursive: true, force: true });
  await cp(corpus, coldCorpus, { recursive: true });
  await publishBuild(coldCorpus, coldOut, true);
  const differing = await differingFiles(outDir, coldOut);
  progress(
    `publishing: identity ${differing.length === 0 ? 'holds' : `broken in ${differing.length} files`}`,
  );
  return {
    cold: {
      seconds: round(cold.seconds),
      astroSeconds: round(cold.astroSeconds),
      indexSeconds: round(cold.indexSeconds),
      files: files(cold),
    },
    edits: measured,
    identical: differing.length === 0,
    differing: differing.slice(0, 50),
  };
}
