// Puts a component's HTML into the test page the way a browser upgrades it: children first, then the element.
// happy-dom's innerHTML connects a custom element before parsing its children, which no browser does.
export function mount(html: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

/** A value as the components write it into a data attribute: JSON, escaped for a quoted attribute. */
export function jsonAttribute(value: unknown): string {
  return JSON.stringify(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
