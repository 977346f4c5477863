// <language-menu>: the language disclosure closes as a menu does (Escape, focus or a click elsewhere), so that
// it never hides what has focus. Without script it is a plain <details> that works the same, minus the closing.
export class LanguageMenu extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details')!;
    const close = (refocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (refocus) details.querySelector('summary')!.focus();
    };
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close(true);
    });
    this.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !this.contains(event.relatedTarget)) close(false);
    });
    document.addEventListener('click', (event) => {
      if (!(event.target instanceof Node && this.contains(event.target))) close(false);
    });
  }
}

// A page may import the module from more than one component; the tag can be defined only once.
if (!customElements.get('language-menu')) customElements.define('language-menu', LanguageMenu);
