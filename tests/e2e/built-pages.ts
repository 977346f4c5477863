// The URLs of the built site, read from dist/ so that every page the build wrote is tested.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every page's URL path, such as "/", "/fr/practices/", "/404.html"; not the editor (editor.spec.ts tests it). */
export function builtPages(dist = 'dist'): string[] {
  return htmlFiles(dist)
    .filter((file) => !relative(dist, file).startsWith(`admin${sep}`))
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
