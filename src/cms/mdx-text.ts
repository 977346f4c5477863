/**
 * Text an editor typed, made safe for MDX. In MDX `{` starts code and `<` a tag, so "about {500 EUR}" or
 * "aged <18", typed in the rich-text editor, would stop the build. Those characters are written escaped (`\{`,
 * `\<`), which MDX shows as typed. Left alone: the allow-listed components' own tags, code, and characters
 * already escaped, so that saving twice changes nothing.
 */
import { mdxComponents } from '../schemas/mdx-components.ts';
import { tagAttributes } from './mdx-blocks.ts';

const names = Object.keys(mdxComponents).join('|');
/** A line that is one of the components' opening, closing or self-closing tags, as the editor writes them. */
const componentTag = new RegExp(`^\\s*</?(?:${names})${tagAttributes}/?>\\s*$`);
const fence = /^\s*(```|~~~)/;
/** Code spans (kept) or a character MDX would read as code or a tag, not already escaped. */
const inline = /(`+)[\s\S]*?\1|(?<!\\)(?:\\\\)*[{}<]/g;

function escapeLine(line: string): string {
  return line.replace(inline, (match, ticks: string | undefined) =>
    ticks ? match : `${match.slice(0, -1)}\\${match.at(-1)}`,
  );
}

/** The body with every `{`, `}` and `<` of plain text escaped; see above for what is left alone. */
export function escapeMdxText(body: string): string {
  let inCode = false;
  return body
    .split('\n')
    .map((line) => {
      if (fence.test(line)) {
        inCode = !inCode;
        return line;
      }
      return inCode || componentTag.test(line) ? line : escapeLine(line);
    })
    .join('\n');
}
