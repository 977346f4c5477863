/**
 * After a refused save, moves the editor to the first refused field in the form's order: scrolls it into view
 * and focuses its input, so a problem off screen is not missed. Decap (patched: patches/decap-cms-core+3.19.1.patch)
 * names the refused fields' ids in a `decap-fields-refused` event.
 */

const focusable =
  'input, textarea, select, button, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The control of a field: the element with its id when that takes focus, else the first one after its label. */
function controlOf(id: string, root: Document): HTMLElement | null {
  const byId = root.getElementById(id);
  if (byId?.matches(focusable)) return byId;
  const label = root.querySelector<HTMLElement>(`label[for="${id}"]`);
  const inside = byId?.querySelector<HTMLElement>(focusable);
  if (inside) return inside;
  return label?.parentElement?.querySelector<HTMLElement>(focusable) ?? byId ?? label;
}

/** Focuses the first of the refused fields on the page; returns it, or null when none is on the page. */
export function focusFirstProblem(
  fieldIds: readonly string[],
  root: Document = document,
): HTMLElement | null {
  const first = fieldIds
    .map((id) => ({ id, control: controlOf(id, root) }))
    .filter((found): found is { id: string; control: HTMLElement } => found.control !== null)
    .sort((a, b) =>
      a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
    .at(0);
  if (!first) return null;
  const label = root.querySelector<HTMLElement>(`label[for="${first.id}"]`) ?? first.control;
  label.scrollIntoView({ block: 'center' });
  first.control.focus({ preventScroll: true });
  return first.control;
}

/** Listens for Decap's refused saves on `root`. */
export function followRefusals(root: Document = document): void {
  root.addEventListener('decap-fields-refused', (event) => {
    focusFirstProblem((event as CustomEvent<string[]>).detail, root);
  });
}
