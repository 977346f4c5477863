// The editor at /admin/ with decap-server really running on a throwaway copy of content/ (editor-sandbox.ts):
// it loads from our origin only, lists every collection, opens an entry, refuses an incomplete one, and what it
// saves and publishes lands where the site reads it and passes the site's validator.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { parseEntry } from '../../src/cms/frontmatter.ts';
import { languageNeutralFields } from '../../src/lib/schema-walk.ts';
import { collections } from '../../src/schemas/index.ts';
import { buildCorpus } from './astro-build.ts';
import { editorPorts, editorSandbox, test } from './editor-sandbox.ts';

const editor = `http://127.0.0.1:${editorPorts.dev}/admin/`;
const sandbox = editorSandbox(editorPorts.decap);
const sandboxFile = (path: string) => join(sandbox, path);

// The tests share one sandbox repository, whose working tree decap-server switches between branches, and one
// signed-in page: they build on each other, in order.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let page: Page;
/** Console errors and failed API calls on the pages the tests walk. */
const problems: string[] = [];

/** A signed-in editor's page that records console errors and failed API requests. */
async function editorPage(browser: Browser, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const opened = await browser.newPage();
  await prepare?.(opened);
  opened.on('dialog', (dialog) => void dialog.accept());
  opened.on('console', (message) => {
    // A 404 is how the local server says "no draft of this entry" (reported below when it is anything else).
    const probe =
      message.text().startsWith('Failed to load resource') && message.location().url.endsWith('/api/v1/');
    if (message.type() === 'error' && !probe)
      problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  opened.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(editor).origin)
      problems.push(`request to ${request.url()}`);
  });
  opened.on('response', (response) => {
    const action = /"action":"(\w+)"/.exec(response.request().postData() ?? '')?.[1];
    if (response.status() >= 400 && !(response.status() === 404 && action === 'unpublishedEntry'))
      problems.push(`HTTP ${response.status()} for ${action ?? response.url()}`);
  });
  await signIn(opened);
  return opened;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  page = await editorPage(browser);
});

test.afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

/** The site's validator on the sandbox's content: its exit code and report. */
function checkSandboxContent(): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: sandboxFile('content') },
      encoding: 'utf8',
    });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

function branches(): string[] {
  return execFileSync('git', ['branch', '--format=%(refname:short)'], { cwd: sandbox, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

async function signIn(page: Page): Promise<void> {
  // The dev server bundles the editor on its first visit, which takes a while on a slow machine.
  await page.goto(editor);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
  await expect(page.getByRole('heading', { name: 'Collections' })).toBeVisible({ timeout: 30_000 });
}

/** A field of the English pane (the first; the second pane holds a translation). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).first();

async function choose(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a new practice note and fills its required fields and one resource, a link to `resourceUrl`. */
async function startPracticeNote(page: Page, title: string, resourceUrl: string): Promise<void> {
  await page.goto(`${editor}#/collections/practices`);
  await page.goto(`${editor}#/collections/practices/new`);
  await field(page, 'Title').fill(title);
  await field(page, 'Summary').fill('How a caseworker refers a person to the right service, step by step.');
  await choose(page, 'Type', 'Referral pathway');
  await choose(page, 'Stages of response', 'Referral');
  await choose(page, 'Organisations', 'British Red Cross');
  await field(page, 'Published').fill('2026-11-28');
  // A resource: the new item's fields follow the note's own title.
  await page.getByRole('button', { name: 'Add resources' }).first().click();
  await page.getByLabel('Title', { exact: true }).nth(1).fill('Referral form');
  await field(page, 'Web address (optional)').fill(resourceUrl);
  await choose(page, 'Format', 'Web page');
  await choose(page, 'Language', 'English');
}

/** Saves, and checks that the editor then says so and claims no unsaved change. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Changes saved')).toBeVisible();
  await expect(page.getByText('Unsaved Changes')).toBeHidden();
}

/** The form of one language: the pane whose language button says "Writing in XX". */
function pane(on: Page, language: string) {
  return on
    .locator('div')
    .filter({ has: on.getByRole('button', { name: `Writing in ${language.toUpperCase()}`, exact: true }) })
    .filter({ has: on.getByLabel('Title', { exact: true }) })
    .last();
}

/** Opens an entry and shows `language` in the translation pane beside English. */
async function openTranslation(on: Page, collection: string, slug: string, language: string): Promise<void> {
  await on.goto(`${editor}#/collections/${collection}`);
  await on.goto(`${editor}#/collections/${collection}/entries/${slug}`);
  await expect(field(on, 'Title')).not.toHaveValue('', { timeout: 30_000 });
  await expect(on.getByRole('button', { name: 'Writing in EN', exact: true })).toBeVisible();
  // The editor reopens the preview if it was last open, in the translation's place: show the translation.
  const other = on.getByRole('button', { name: /^Writing in (?!EN)/ });
  if (!(await other.isVisible())) await on.getByRole('button', { name: 'Toggle i18n' }).click();
  await other.click();
  await on.getByRole('menuitem').filter({ hasText: language.toUpperCase() }).last().click();
  await expect(pane(on, language)).toBeVisible();
}

/** Types a translation's title, summary and text into its pane, replacing what was there. */
async function translate(
  on: Page,
  language: string,
  words: { title: string; summary: string; text: string },
) {
  const form = pane(on, language);
  await form.getByLabel('Title', { exact: true }).fill(words.title);
  await form.getByLabel('Summary', { exact: true }).fill(words.summary);
  const text = form.locator('[contenteditable="true"]').first();
  await text.click();
  // The rich-text editor takes the selection over a moment after the keys; until then Delete removes one letter.
  await expect(async () => {
    await on.keyboard.press('ControlOrMeta+A');
    await on.keyboard.press('Delete');
    expect(await text.innerText()).toMatch(/^[\s\uFEFF]*$/);
  }).toPass({ timeout: 15_000 });
  if (words.text) await on.keyboard.type(words.text);
}

/** An entry's file in the sandbox, read as the site reads it (null: no file). */
function entryFile(collection: string, language: string, slug: string): Record<string, unknown> | null {
  const path = sandboxFile(`content/${collection}/${language}/${slug}.mdx`);
  return existsSync(path) ? parseEntry(readFileSync(path, 'utf8')) : null;
}

/** Checks that a translation on disk has the English entry's language-neutral fields, unchanged. */
function expectSameNeutralFields(language: string, slug: string): void {
  const english = entryFile('practices', 'en', slug);
  const translated = entryFile('practices', language, slug);
  for (const name of languageNeutralFields(collections.practices.schema))
    expect(translated?.[name], name).toEqual(english?.[name]);
}

/** Sets the editorial status to Ready and publishes, confirming the editor's question. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Status:/ }).click({ timeout: 30_000 });
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  // Publishing before the server has the new status only gets "Please update status to Ready".
  await expect(page.getByRole('button', { name: 'Status: Ready' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Publish', exact: true }).click({ timeout: 30_000 });
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText('Entry published')).toBeVisible({ timeout: 30_000 });
}

test('the editor loads from our origin only and lists every collection', async () => {
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  for (const name of [
    'Practice notes',
    'Events',
    'Networks',
    'Pages',
    'Organisations',
    'Stages of response',
    'Vulnerable groups',
    'Search terms',
  ])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  // Requests to other origins are reported by editorPage() and fail the test after it.
});

test('an editor opens a practice note and sees its fields filled in', async () => {
  await page.getByRole('link', { name: 'Practice notes', exact: true }).click();
  await page.getByRole('link', { name: /Casework e-module and face-to-face training/ }).click();
  await expect(field(page, 'Title')).toHaveValue(
    'Casework e-module and face-to-face training for caseworkers',
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByText('Training or e-module').first()).toBeVisible();
});

test('a practice note without its text is refused with a message, and nothing is written', async () => {
  const before = branches();
  await page.goto(`${editor}#/collections/practices`);
  await page.goto(`${editor}#/collections/practices/new`);
  await expect(field(page, 'Title')).toBeVisible();
  await expect(page.getByText('Changes saved')).toBeHidden();
  await field(page, 'Title').fill('Note left unfinished');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Nothing was saved\. Check these fields: .*Summary/)).toBeVisible();
  await expect(page.getByText('Summary: type it in; this field cannot stay empty.')).toBeVisible();
  expect(branches()).toEqual(before);
  expect(existsSync(sandboxFile('content/practices/en/note-left-unfinished.mdx'))).toBe(false);
});

test('the editor refuses, before saving, what the build would refuse, with the checker’s message', async () => {
  const before = branches();
  // A direction override hidden in the title ("Trojan Source"), a link that runs a script, an image written into
  // the page as a data: address and a private phone number in the text, which no organisation lists as public
  // (content-context.json). (A web-address field refuses javascript: by its own pattern.)
  await startPracticeNote(page, 'Invoice for \u202egnp.exe', 'https://www.redcross.org.uk/');
  // The text in Markdown mode, typed as it would be pasted; the toggle has no name of its own.
  const text = page.getByLabel('markdown field').first();
  await text.getByRole('switch').click();
  await text.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(
    'See [the form](JaVaScript:alert(1)) and ![A chart](data:image/png;base64,AAAA). Call Ana on 07700 900 123.',
  );

  await page.getByRole('button', { name: 'Save' }).click();
  const message = page.getByText(/problem\(s\); nothing was saved/);
  await expect(message).toBeVisible({ timeout: 30_000 });
  await expect(message).toContainText('title: holds U+202E RIGHT-TO-LEFT OVERRIDE');
  await expect(message).toContainText('text, line 1: the link JaVaScript:alert(1) is a javascript: address');
  await expect(message).toContainText('is written into the page as a data: address');
  await expect(message).toContainText(
    'text, line 1: the phone number 07700 900 123 does not belong in the text',
  );
  expect(branches()).toEqual(before);
  expect(existsSync(sandboxFile('content/practices/en/invoice-for-gnp-exe.mdx'))).toBe(false);
  // Back to the rich-text view, which the editor remembers for the next entry.
  await text.getByRole('switch').click();
});

test('a new practice note with a resource and referral steps is saved, published and valid', async () => {
  await startPracticeNote(page, 'Référral pathway for a test', 'https://www.redcross.org.uk/');

  const text = page.locator('[contenteditable="true"]').first();
  await text.click();
  await page.keyboard.type('Who to call, and in which order.');
  await page.keyboard.press('Enter');
  await page.locator('button[title="Add Component"]').first().click();
  await page.getByRole('menuitem', { name: 'Steps (referral pathway)' }).click();
  await page.locator('[contenteditable="true"]').nth(1).click();
  await page.locator('button[title="Numbered List"]').nth(1).click();
  await page.keyboard.type('Identify the signs');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Refer to the specialist service');

  await save(page);
  await publish(page);

  const path = 'content/practices/en/referral-pathway-for-a-test.mdx';
  await expect.poll(() => existsSync(sandboxFile(path)), { timeout: 30_000 }).toBe(true);
  const written = readFileSync(sandboxFile(path), 'utf8');
  expect(written).toContain('title: Référral pathway for a test');
  expect(written).toContain('themes: [referral]');
  expect(written).toContain('url: https://www.redcross.org.uk/');
  expect(written).toMatch(
    /<Steps>\n\n1\. Identify the signs\n2\. Refer to the specialist service\n\n<\/Steps>/,
  );
  // No half-made translation: only the English file exists.
  for (const language of ['fr', 'es', 'ar', 'hr'])
    expect(existsSync(sandboxFile(`content/practices/${language}/referral-pathway-for-a-test.mdx`))).toBe(
      false,
    );
  const check = checkSandboxContent();
  expect(check.output).not.toContain('problem');
  expect(check.status).toBe(0);
});

test('editing a seed entry changes only the edited field', async () => {
  const path = 'content/practices/en/casework-e-module-and-training.mdx';
  const before = readFileSync(sandboxFile(path), 'utf8');
  // Straight from the entry just published to this one: Decap, as patched, makes a new editor for each entry.
  await page.goto(`${editor}#/collections/practices/entries/casework-e-module-and-training`);
  const summary = field(page, 'Summary');
  await expect(summary).not.toHaveValue('', { timeout: 30_000 });
  await summary.fill('A transferable e-module and face-to-face training for caseworkers.');
  await save(page);
  await publish(page);
  await expect.poll(() => readFileSync(sandboxFile(path), 'utf8'), { timeout: 30_000 }).not.toBe(before);
  const after = readFileSync(sandboxFile(path), 'utf8');
  const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
  expect(changed).toEqual(['summary: A transferable e-module and face-to-face training for caseworkers.']);
});

const added = [
  {
    language: 'fr',
    title: 'Module en ligne sur l’identification en première ligne',
    summary: 'Un module en ligne pour reconnaître les signes de la traite.',
    text: 'Le module aide les intervenants de première ligne.',
  },
  {
    language: 'es',
    title: 'Módulo en línea de identificación en primera línea',
    summary: 'Un módulo en línea para reconocer los indicios de la trata.',
    text: 'El módulo ayuda al personal de primera línea.',
  },
  {
    language: 'ar',
    title: 'وحدة إلكترونية للتعرف على الضحايا في الخطوط الأمامية',
    summary: 'وحدة إلكترونية للتعرف على علامات الاتجار بالبشر.',
    text: 'تساعد الوحدة العاملين في الخطوط الأمامية.',
  },
] as const;

const slug = 'frontline-identification-e-module';

for (const words of added)
  test(`a translation into ${words.language} is added in the workflow, published, and the entry still opens`, async () => {
    await openTranslation(page, 'practices', slug, words.language);
    await translate(page, words.language, words);
    await save(page);
    await publish(page);
    await expect
      .poll(() => entryFile('practices', words.language, slug)?.['title'], { timeout: 30_000 })
      .toBe(words.title);
    expect(entryFile('practices', words.language, slug)?.['body']).toContain(words.text);
    expectSameNeutralFields(words.language, slug);
    await openTranslation(page, 'practices', slug, words.language);
    await expect(pane(page, words.language).getByLabel('Title', { exact: true })).toHaveValue(words.title);
    await expect(page.getByText('Unsaved Changes')).toBeHidden();
  });

test('an existing Croatian translation is changed in the workflow: one line of its file changes', async () => {
  const entry = 'casework-e-module-and-training';
  const path = sandboxFile(`content/practices/hr/${entry}.mdx`);
  const before = readFileSync(path, 'utf8');
  const english = readFileSync(sandboxFile(`content/practices/en/${entry}.mdx`), 'utf8');
  await openTranslation(page, 'practices', entry, 'hr');
  await pane(page, 'hr').getByLabel('Summary', { exact: true }).fill('Prenosivi e-modul i izobrazba uživo.');
  await save(page);
  await publish(page);
  await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 30_000 }).not.toBe(before);
  const changed = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line, index) => line !== before.split('\n')[index]);
  expect(changed).toEqual(['summary: Prenosivi e-modul i izobrazba uživo.']);
  expect(readFileSync(sandboxFile(`content/practices/en/${entry}.mdx`), 'utf8')).toBe(english);
});

test('the preview shows a translation in its language and direction, labelled in that language', async () => {
  await page.goto(`${editor}#/collections/practices/entries/casework-e-module-and-training`);
  await expect(field(page, 'Title')).not.toHaveValue('', { timeout: 30_000 });
  await page.locator('button[title="Toggle preview"]').click();
  const preview = page.frameLocator('iframe').first().locator('main');
  await expect(preview).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Writing in EN' }).click();
  await page.getByRole('menuitem').filter({ hasText: 'HR' }).last().click();
  await expect(preview).toHaveAttribute('lang', 'hr');
  await expect(preview).toHaveAttribute('dir', 'ltr');
  await expect(preview.locator('.eyebrow')).toHaveText('Edukacija ili e-modul');
  // A translation begun in Arabic previews right to left.
  await page.getByRole('button', { name: 'Writing in HR' }).click();
  await page.getByRole('menuitem').filter({ hasText: 'AR' }).last().click();
  await page
    .getByLabel(/^Title/)
    .first()
    .fill('وحدة إلكترونية وتدريب حضوري');
  await expect(preview).toHaveAttribute('lang', 'ar');
  await expect(preview).toHaveAttribute('dir', 'rtl');
});

test('the published note appears in the site built from the repository', async () => {
  test.setTimeout(600_000);
  const site = `${sandbox}-site`;
  await buildCorpus(sandboxFile('content'), site);
  const page = readFileSync(join(site, 'practices/referral-pathway-for-a-test/index.html'), 'utf8');
  expect(page).toMatch(/<h1[^>]*>Référral pathway for a test<\/h1>/);
  expect(page).toMatch(/<div class="steps">\s*<ol>\s*<li>Identify the signs<\/li>/);
});

test.describe('messages for editors', () => {
  // A page of its own (its own browser context): the language chosen here is kept on that "device" only, and
  // the other tests' page stays in English.
  let own: Page;
  test.beforeAll(async ({ browser }) => {
    own = await editorPage(browser);
    own.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });
  test.afterAll(() => own.close());

  /** The language menu on the admin page, and a choice in it. */
  const languageMenu = () => own.locator('editor-language summary');
  async function chooseLanguage(endonym: string): Promise<void> {
    await languageMenu().click();
    await own.getByRole('button', { name: endonym, exact: true }).click();
  }

  test('in French, a mistyped date says what to type, the pop-up names it and the form moves to it', async () => {
    await expect(languageMenu()).toHaveText('Editor language (English)');
    await chooseLanguage('Français');
    await expect(own.locator('html')).toHaveAttribute('lang', 'fr', { timeout: 30_000 });
    await expect(languageMenu()).toHaveText('Langue de l’éditeur (Français)');

    await own.goto(`${editor}#/collections/events`);
    await own.goto(`${editor}#/collections/events/entries/developing-capacity-conference-2016`);
    const start = field(own, 'Start');
    await expect(start).toHaveValue('2016-09-07', { timeout: 30_000 });
    await start.fill('07/09/2016');
    // Away from the date, at the end of the form, as an editor is when they save.
    await own.locator('[contenteditable="true"]').first().click();
    await expect(start).not.toBeInViewport();
    await own.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    await expect(own.getByText('Rien n’a été enregistré. Vérifiez ces champs : Start.')).toBeVisible();
    await expect(
      own
        .getByText(
          'Start : saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-28, ou une date et une heure locale, par exemple 2026-11-28T09:30.',
        )
        .first(),
    ).toBeVisible();
    await expect(start).toBeFocused();
    await expect(start).toBeInViewport();
    expect(
      readFileSync(sandboxFile('content/events/en/developing-capacity-conference-2016.mdx'), 'utf8'),
    ).toContain('start: 2016-09-07\n');

    // The date button is named after its field's label, in the editor's language.
    await own.goto(`${editor}#/collections/practices/new`);
    await expect(
      own
        .getByRole('button', { name: 'Maintenant : mettre la date du jour dans Prochaine révision' })
        .first(),
    ).toBeVisible({ timeout: 30_000 });
  });

  test('in Arabic the editor reads right to left, and a refusal and its pop-up are in Arabic', async () => {
    await chooseLanguage('العربية');
    await expect(own.locator('html')).toHaveAttribute('dir', 'rtl', { timeout: 30_000 });
    await expect(own.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(languageMenu()).toHaveText('لغة المحرر (العربية)');

    await own.goto(`${editor}#/collections/practices`);
    await own.goto(`${editor}#/collections/practices/new`);
    await expect(
      own.getByRole('button', { name: 'الآن: ضع تاريخ اليوم في حقل موعد المراجعة' }).first(),
    ).toBeVisible({
      timeout: 30_000,
    });
    await field(own, 'Title').fill('ملاحظة غير مكتملة');
    await own.getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect(own.getByText(/^لم يُحفظ شيء\. راجع هذه الحقول: .*Summary/)).toBeVisible();
    await expect(own.getByText('Summary: لا يجوز ترك هذا الحقل فارغًا؛ اكتب النص.').first()).toBeVisible();
    await expect(field(own, 'Summary')).toBeFocused();
  });
});

test.describe('datasets and translations, as editors at two societies work', () => {
  /** A file on a branch of the sandbox (null: not there). */
  function onBranch(branch: string, path: string): string | null {
    try {
      return execFileSync('git', ['show', `${branch}:${path}`], {
        cwd: sandbox,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
  }

  /** Uploads a file through the entry's file field and chooses it. */
  async function upload(on: Page, file: string): Promise<void> {
    await on.getByRole('button', { name: /^Choose (a|different) file$/ }).click();
    await on.locator('input[type="file"]').setInputFiles(file);
    await on.getByRole('button', { name: 'Choose selected' }).click();
  }

  /** The message of a refused save that names `text`. */
  const refusal = (on: Page, text: string) =>
    on.getByText(/problem\(s\); nothing was saved/).filter({ hasText: text });

  test('a dataset’s table is checked on save: the stored one against a new rule, then each upload', async () => {
    const before = branches();
    const dataset = 'nrm-referrals-uk';
    await page.goto(`${editor}#/collections/datasets`);
    await page.goto(`${editor}#/collections/datasets/entries/${dataset}`);
    // A stricter rule checks the CSV already in the repository: its smallest count, 5468, is now too small.
    const minimum = page.getByLabel(/^Minimum/).first();
    await expect(minimum).toHaveValue('10', { timeout: 30_000 });
    await minimum.fill('6000');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(refusal(page, 'nrm-referrals-uk.csv, line 4, people: is 5468')).toContainText(
      'EN nrm-referrals-uk.csv, line 4, people: is 5468, below the minimum cell size of 6000: this dataset shows no count from 1 to 5999; write [c] instead',
    );
    await minimum.fill('10');
    // An uploaded table with a count of 4.
    await upload(page, 'tests/fixtures/editor/referrals-small-count.csv');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(refusal(page, 'referrals-small-count.csv')).toContainText(
      'EN referrals-small-count.csv, line 3, people: is 4, below the minimum cell size of 10: this dataset shows no count from 1 to 9; write [c] instead',
    );
    expect(branches()).toEqual(before);
    // The same table with that count suppressed is saved, beside the dataset, on its draft.
    await upload(page, 'tests/fixtures/editor/referrals-by-age.csv');
    await save(page);
    const draft = `cms/datasets/${dataset}`;
    expect(onBranch(draft, 'content/datasets/referrals-by-age.csv')).toBe(
      readFileSync('tests/fixtures/editor/referrals-by-age.csv', 'utf8'),
    );
    // Only the changed field's line differs from the file as it was: the rest is written as it was read.
    const lines = (text: string | null) => (text ?? '').split('\n');
    const was = lines(readFileSync(`content/datasets/${dataset}.yaml`, 'utf8'));
    const saved = lines(onBranch(draft, `content/datasets/${dataset}.yaml`));
    expect(saved).toHaveLength(was.length);
    expect(saved.filter((line, index) => line !== was[index])).toEqual(['table: referrals-by-age.csv']);
    expect(onBranch(draft, 'content/datasets/referrals-small-count.csv')).toBeNull();
  });

  test('a translation removed in the workflow: its file goes on publishing, the English entry stays', async () => {
    const entry = 'exchange-through-events-and-networks';
    const english = readFileSync(sandboxFile(`content/practices/en/${entry}.mdx`), 'utf8');
    const croatian = sandboxFile(`content/practices/hr/${entry}.mdx`);
    expect(existsSync(croatian)).toBe(true);
    await openTranslation(page, 'practices', entry, 'hr');
    await translate(page, 'hr', { title: '', summary: '', text: '' });
    await save(page);
    await publish(page);
    await expect.poll(() => existsSync(croatian), { timeout: 30_000 }).toBe(false);
    expect(readFileSync(sandboxFile(`content/practices/en/${entry}.mdx`), 'utf8')).toBe(english);
    await page.goto(`${editor}#/collections/practices`);
    await page.goto(`${editor}#/collections/practices/entries/${entry}`);
    await expect(field(page, 'Title')).toHaveValue('Exchanging good practice through events and networks', {
      timeout: 30_000,
    });
  });

  test('in the simple publish mode a translation is added and published at once', async ({ browser }) => {
    // The same editor and configuration, with publish_mode: simple, as a site that wants no review would set.
    const simple = await editorPage(browser, async (opened) => {
      await opened.route('**/admin/config.yml', async (route) => {
        const response = await route.fetch();
        const config = await response.text();
        expect(config).toContain('publish_mode: editorial_workflow');
        await route.fulfill({
          response,
          body: config.replace('publish_mode: editorial_workflow', 'publish_mode: simple'),
        });
      });
    });
    const entry = 'trafficking-information-database';
    const words = {
      title: 'Base de données sur la traite',
      summary: 'Une base de données pour suivre les tendances et les groupes vulnérables.',
      text: 'La base de données recueille des informations propres à la traite.',
    };
    const before = branches();
    await openTranslation(simple, 'practices', entry, 'fr');
    await expect(simple.getByRole('button', { name: /^Status:/ })).toHaveCount(0);
    await translate(simple, 'fr', words);
    await simple.getByRole('button', { name: 'Publish', exact: true }).click();
    await simple.getByRole('menuitem', { name: 'Publish now' }).click();
    // Without the workflow, publishing is saving: Decap says "Entry saved", then "Published".
    await expect(simple.getByText('Entry saved')).toBeVisible({ timeout: 30_000 });
    await expect(simple.getByRole('button', { name: 'Published', exact: true })).toBeVisible();
    await expect
      .poll(() => entryFile('practices', 'fr', entry)?.['title'], { timeout: 30_000 })
      .toBe(words.title);
    expect(entryFile('practices', 'fr', entry)?.['body']).toContain(words.text);
    expectSameNeutralFields('fr', entry);
    expect(branches()).toEqual(before);
    await openTranslation(simple, 'practices', entry, 'fr');
    await expect(pane(simple, 'fr').getByLabel('Title', { exact: true })).toHaveValue(words.title);
    await simple.close();
  });

  test('two editors translate one entry at once: both are kept, and a late save says who was first', async ({
    browser,
  }) => {
    const entry = 'caseworker-referral-pathways-and-guidance';
    const draft = `cms/practices/${entry}`;
    const french = {
      title: 'Parcours d’orientation et conseils aux travailleurs sociaux',
      summary: 'Comment orienter une personne vers le bon service.',
      text: 'Les étapes de l’orientation, dans l’ordre.',
    };
    const spanish = {
      title: 'Itinerarios de derivación y orientación para el personal',
      summary: 'Cómo derivar a una persona al servicio adecuado.',
      text: 'Los pasos de la derivación, en orden.',
    };
    const second = await editorPage(browser);
    // Both open the entry before either saves: one writes French, the other Spanish.
    await openTranslation(page, 'practices', entry, 'fr');
    await openTranslation(second, 'practices', entry, 'es');
    await translate(page, 'fr', french);
    await translate(second, 'es', spanish);
    await save(page);
    await save(second);
    const path = (language: string) => `content/practices/${language}/${entry}.mdx`;
    expect(parseEntry(onBranch(draft, path('fr')) ?? '')['title']).toBe(french.title);
    expect(parseEntry(onBranch(draft, path('es')) ?? '')['title']).toBe(spanish.title);
    // The first, who never saw the Spanish, now writes Spanish too: refused in words, the Spanish kept.
    await page.getByRole('button', { name: 'Writing in FR', exact: true }).click();
    await page.getByRole('menuitem').filter({ hasText: 'ES' }).last().click();
    await translate(page, 'es', { ...spanish, title: 'Itinerarios de derivación' });
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByText(/Someone else saved this entry/);
    await expect(conflict).toContainText(
      'Someone else saved this entry (ES) after you opened it. Nothing of yours was saved and nothing of theirs was lost',
    );
    await expect(conflict).not.toContainText(/\b409\b|status code/i);
    expect(parseEntry(onBranch(draft, path('es')) ?? '')['title']).toBe(spanish.title);
    // The refused save is the one failed request this journey expects.
    expect(problems.splice(0)).toEqual(['HTTP 409 for persistEntry']);
    await second.close();
  });
});
