// patches/decap-cms-core+3.19.1.patch (and the datetime widget's) is applied to the copy of Decap the editor is
// bundled from. Unpatched, a
// new, empty form said "Changes saved", and the draft reducer compared a translation's fields with the whole stored `i18n` map (`e.get(...dataPath)`), so an
// entry with a translation showed "Unsaved Changes" as soon as it opened. The editor's e2e test shows the effect;
// this test says at once when `npm install` ran without applying the patch, or Decap changed under it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const reducer = readFileSync('node_modules/decap-cms-core/dist/esm/reducers/entryDraft.js', 'utf8');
const patch = readFileSync('patches/decap-cms-core+3.19.1.patch', 'utf8');

describe('the patch to Decap’s draft reducer', () => {
  it('is applied to the installed decap-cms-core', () => {
    expect(reducer).toContain('newData.equals(e.getIn(dataPath))');
    expect(reducer).not.toContain('e.get(...dataPath)');
  });

  it('is applied to the toolbar: a new, empty form does not say "Changes saved"', () => {
    const toolbar = readFileSync(
      'node_modules/decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
      'utf8',
    );
    expect(toolbar).toContain('isNewEntry ? null : _jsx(BackStatusUnchanged');
  });

  it('is applied to validation: a field’s own refusal, and its label on every error', () => {
    const widget = readFileSync(
      'node_modules/decap-cms-core/dist/esm/components/Editor/EditorControlPane/Widget.js',
      'utf8',
    );
    expect(widget.match(/message: field\.get\('refusal'\) \|\|/g)).toHaveLength(2);
    expect(
      widget.match(/parentIds,\s+fieldLabel: field\.get\('label', field\.get\('name'\)\),/g),
    ).toHaveLength(2);
  });

  it.each(['entries.js', 'editorialWorkflow.js'])(
    'is applied to %s: a refused save names the fields and tells the page which they are',
    (file) => {
      const action = readFileSync(`node_modules/decap-cms-core/dist/esm/actions/${file}`, 'utf8');
      expect(action).toContain("key: 'ui.toast.fieldsInvalid'");
      expect(action).toContain("new CustomEvent('decap-fields-refused'");
      expect(action).not.toContain("key: 'ui.toast.missingRequiredField'");
    },
  );

  it('is applied to the editor: going straight to another entry loads it, never the one left behind', () => {
    const editor = readFileSync('node_modules/decap-cms-core/dist/esm/components/Editor/Editor.js', 'utf8');
    expect(editor).toContain(
      'prevProps.slug !== this.props.slug || prevProps.collection !== this.props.collection',
    );
  });

  it('is applied to the datetime widget: its button is named after the field’s label', () => {
    const datetime = readFileSync(
      'node_modules/decap-cms-widget-datetime/dist/esm/DateTimeControl.js',
      'utf8',
    );
    expect(datetime).toContain("fieldName: field.get('label', field.get('name'))");
  });

  it('targets the version installed', () => {
    const { version } = JSON.parse(readFileSync('node_modules/decap-cms-core/package.json', 'utf8')) as {
      version: string;
    };
    expect(patch).toContain('a/node_modules/decap-cms-core/dist/esm/reducers/entryDraft.js');
    expect(version).toBe('3.19.1');
  });
});
