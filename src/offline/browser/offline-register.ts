// Registers the service worker on every page (the whole script a page gains: under 2 KB compressed, measured
// by tests/unit/offline-register.test.ts), asks it to refresh saved items when online, and marks the page
// when the reader's data saver is on, which hides maps and lazy images (src/styles/base.css).
import { routes } from '../../core/routes.ts';
import type { WorkerMessage } from '../offline-plan.ts';

interface DataSaver {
  connection?: { saveData?: boolean };
}

/** Whether the reader asked to save data: the browser's data saver, or the `prefers-reduced-data` query. */
export function savesData(nav: Navigator & DataSaver, matches: (query: string) => boolean): boolean {
  return nav.connection?.saveData === true || matches('(prefers-reduced-data: reduce)');
}

/** Asks the worker controlling the page to refresh saved items, when the site was republished since. */
function askRefresh(container: ServiceWorkerContainer): void {
  if (navigator.onLine) container.controller?.postMessage({ type: 'refresh' } satisfies WorkerMessage);
}

/** Registers the worker once the page has loaded, so that precaching the shell never slows the page down. */
function register(container: ServiceWorkerContainer): void {
  container
    .register(routes.serviceWorker, { scope: '/' })
    .then(() => askRefresh(container))
    .catch((error: unknown) => console.error('The offline reading worker could not start:', error));
}

export function registerOffline(): void {
  if (savesData(navigator, (query) => matchMedia(query).matches))
    document.documentElement.dataset['saveData'] = '';
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  // A new version can take over before the page has loaded: it is asked to refresh as soon as it does.
  container.addEventListener('controllerchange', () => askRefresh(container));
  if (document.readyState === 'complete') register(container);
  else window.addEventListener('load', () => register(container), { once: true });
}
