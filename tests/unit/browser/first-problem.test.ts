// @vitest-environment happy-dom
// After a refused save, the form moves to the first refused field in its own order (not in the order Decap
// happened to check them) and focuses its control, a text box or a control after its label.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.ts';
import { focusFirstProblem, followRefusals } from '../../../src/cms/browser/first-problem.ts';

// As Decap renders fields: a label for the field's id, then its control (an input with that id, or a widget
// whose own input has another id).
const html = `
  <div><label for="title-field-1">Title</label><input id="title-field-1"></div>
  <div><label for="themes-field-2">Stages of response</label><div id="themes-field-2"><input id="react-select-3-input"></div></div>
  <div><label for="start-field-4">Start</label><input id="start-field-4"></div>`;

describe('focusFirstProblem', () => {
  beforeEach(() => {
    mount(html);
    Element.prototype.scrollIntoView = vi.fn();
  });

  it('focuses the first refused field in the form’s order and scrolls its label into view', () => {
    const focused = focusFirstProblem(['start-field-4', 'themes-field-2']);
    expect(focused).toBe(document.getElementById('react-select-3-input'));
    expect(document.activeElement).toBe(focused);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(
      document.querySelector('label[for="themes-field-2"]'),
    );
  });

  it('does nothing when no refused field is on the page', () => {
    expect(focusFirstProblem(['gone-field-9'])).toBeNull();
  });

  it('follows Decap’s refused saves', () => {
    followRefusals();
    document.dispatchEvent(new CustomEvent('decap-fields-refused', { detail: ['start-field-4'] }));
    expect(document.activeElement).toBe(document.getElementById('start-field-4'));
  });
});
