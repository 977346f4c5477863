import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { differingFiles } from '../../scripts/bench/rebuild.ts';

/** A built site in a temporary folder, from paths and their text. */
async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'px-site-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const calendar = (stamp: string, summary: string) =>
  `BEGIN:VEVENT\r\nDTSTAMP:${stamp}\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\n`;

test('names the files that differ or exist on one side only, build-time stamps aside', async () => {
  const one = await site({
    'index.html': '<p>same</p>',
    'practices/a/index.html': '<p>old summary</p>',
    'events.ics': calendar('20261205T085836Z', 'Meeting'),
    'events/b.ics': calendar('20261205T085836Z', 'Before'),
    'gone/index.html': '<p>deleted note</p>',
  });
  const other = await site({
    'index.html': '<p>same</p>',
    'practices/a/index.html': '<p>new summary</p>',
    'events.ics': calendar('20261205T090000Z', 'Meeting'),
    'events/b.ics': calendar('20261205T090000Z', 'After'),
  });
  expect(await differingFiles(one, other)).toEqual([
    'events/b.ics',
    'gone/index.html',
    'practices/a/index.html',
  ]);
});
