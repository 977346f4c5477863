// public/_headers read as static hosts read it: for each path pattern, its headers by lower-case name. Shared
// by the unit test of the rules and the e2e test that serves a file with its rule's header.
import { readFileSync } from 'node:fs';

export function headerRules(text: string): Map<string, Map<string, string>> {
  const byPath = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) byPath.set(line.trim(), (current = new Map()));
    else if (current) {
      const [name = '', ...value] = line.trim().split(':');
      current.set(name.toLowerCase(), value.join(':').trim());
    }
  }
  return byPath;
}

export const siteHeaders = headerRules(readFileSync('public/_headers', 'utf8'));
