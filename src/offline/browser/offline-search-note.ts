// <offline-search-note>: on the search page, says that search looks only in what is saved on this device, so
// results may be missing, when the reader is offline or a search left out results that are not saved.
import { resultsLeftOut } from './offline-results.ts';

export class OfflineSearchNote extends HTMLElement {
  #leftOut = 0;
  #update = () => (this.hidden = navigator.onLine && this.#leftOut === 0);
  #onResults = (event: Event) => {
    this.#leftOut = (event as CustomEvent<number>).detail;
    this.#update();
  };

  connectedCallback() {
    this.#update();
    window.addEventListener('online', this.#update);
    window.addEventListener('offline', this.#update);
    document.addEventListener(resultsLeftOut, this.#onResults);
  }

  disconnectedCallback() {
    window.removeEventListener('online', this.#update);
    window.removeEventListener('offline', this.#update);
    document.removeEventListener(resultsLeftOut, this.#onResults);
  }
}

customElements.define('offline-search-note', OfflineSearchNote);
