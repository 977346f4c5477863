/**
 * Defence in depth for MDX: a HAST plugin for Astro's Markdown engine (Sätteri) that applies the address rules
 * of `addresses.ts` while a page renders, so that `astro dev`, or any path that skips the content check, never
 * renders an unsafe link or image. In a build it fails instead, naming the file.
 */
import { linkProblem, uploadProblem } from './addresses.ts';

/** The parts of Sätteri's HAST nodes and visitor context this plugin reads (satteri's own types are wider). */
interface GuardedElement {
  readonly tagName: string;
  readonly properties?: Record<string, unknown>;
}

interface GuardedJsxElement {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

interface GuardContext {
  readonly fileURL: URL | undefined;
  setProperty(node: unknown, key: string, value: unknown): void;
}

/** Properties that hold an address a browser would open or load, and the rule for each. */
const addressProperties: Readonly<Record<string, 'link' | 'file'>> = {
  href: 'link',
  xLinkHref: 'link',
  action: 'link',
  formAction: 'link',
  cite: 'link',
  src: 'file',
  srcSet: 'file',
  poster: 'file',
  data: 'file',
};

/** What is unsafe about an address, or undefined; mailto: is left to the content check's e-mail rule. */
export function renderProblem(kind: 'link' | 'file', address: string): string | undefined {
  if (kind === 'link') return linkProblem(address, { mayEmail: () => undefined });
  return address
    .split(/,\s*/)
    .reduce<string | undefined>(
      (found, candidate) => found ?? uploadProblem(candidate.trim().split(/\s+/)[0] ?? ''),
      undefined,
    );
}

export interface RenderGuardOptions {
  /** Fail the compile on an unsafe address (a build), instead of only neutralising it (dev). */
  readonly strict: boolean;
  /** Told of each address replaced, for the dev server's log. */
  readonly onUnsafe?: (file: string, message: string) => void;
}

/** The replacement for an unsafe address: a link to nowhere, an image of nothing. */
const neutral = (kind: 'link' | 'file') => (kind === 'link' ? '#' : '');

/** A Sätteri HAST plugin (for `markdown.processor: satteri({ hastPlugins })`) applying the address rules. */
export function renderGuard(options: RenderGuardOptions) {
  const refuse = (context: GuardContext, message: string) => {
    const file = context.fileURL ? decodeURIComponent(context.fileURL.pathname) : 'an MDX file';
    if (options.strict)
      throw new Error(`${file}: ${message}. Run npm run check:content for every problem of the content.`);
    options.onUnsafe?.(file, message);
  };
  return {
    name: 'practice-exchange:render-guard',
    element: {
      filter: [] as string[],
      visit(node: GuardedElement, context: GuardContext) {
        for (const [key, value] of Object.entries(node.properties ?? {})) {
          const kind = addressProperties[key];
          if (!kind || typeof value !== 'string') continue;
          const problem = renderProblem(kind, value);
          if (!problem) continue;
          refuse(context, `<${node.tagName} ${key}>: ${problem}`);
          context.setProperty(node, key, neutral(kind));
        }
      },
    },
    ...Object.fromEntries(
      ['mdxJsxFlowElement', 'mdxJsxTextElement'].map((type) => [
        type,
        {
          filter: [] as string[],
          visit(node: GuardedJsxElement, context: GuardContext) {
            let changed = false;
            const attributes = (node.attributes ?? []).map((attribute) => {
              const kind = attribute.name ? addressProperties[attribute.name] : undefined;
              if (!kind || typeof attribute.value !== 'string') return attribute;
              const problem = renderProblem(kind, attribute.value);
              if (!problem) return attribute;
              refuse(context, `<${node.name ?? ''} ${attribute.name}>: ${problem}`);
              changed = true;
              return { ...attribute, value: neutral(kind) };
            });
            return changed ? { ...node, attributes } : undefined;
          },
        },
      ]),
    ),
  };
}
