// The render guard on MDX trees, as Astro's Markdown engine (Sätteri) runs it: unsafe addresses never reach the
// compiled page; a build fails on them.
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderGuard, renderProblem } from '../../src/validation/render-guard.ts';

const body = [
  '[a](JaVaScript:alert(1)) [b](https://ok.example/) [c](/practices/)',
  '',
  '![d](../../../../package.json) ![e](/uploads/pathway.png)',
  '',
  '<Figure src="data:image/png;base64,AAAA" alt="x" />',
  '',
  '<a href="vbscript:x">raw</a>',
  '',
].join('\n');

async function compile(strict: boolean) {
  const unsafe: string[] = [];
  const guard = renderGuard({ strict, onUnsafe: (_, message) => unsafe.push(message) });
  const { code } = await mdxToJs(body, {
    hastPlugins: [guard as never],
    fileURL: new URL('file:///content/practices/en/note.mdx'),
  });
  return { code, unsafe };
}

describe('renderGuard', () => {
  it('renders unsafe links as # and unsafe images as nothing, and says so', async () => {
    const { code, unsafe } = await compile(false);
    expect(code).not.toMatch(/javascript:|vbscript:|data:image|package\.json/i);
    expect(code).toContain('href: "https://ok.example/"');
    expect(code).toContain('src: "/uploads/pathway.png"');
    expect(code.match(/href: "#"/g)).toHaveLength(2);
    expect(unsafe).toEqual([
      expect.stringContaining('<a href>: the link JaVaScript:alert(1) is a javascript: address'),
      expect.stringContaining('<img src>: the file ../../../../package.json is not an uploaded file'),
      expect.stringContaining('<Figure src>: the file data:image/png;base64'),
      expect.stringContaining('<a href>: the link vbscript:x is a vbscript: address'),
    ]);
  });

  it('fails a build, naming the file', async () => {
    await expect(compile(true)).rejects.toThrow(
      /\/content\/practices\/en\/note\.mdx: <a href>: .*javascript:/,
    );
  });

  it('checks each candidate of a srcset', () => {
    expect(renderProblem('file', '/uploads/a.png 1x, /uploads/b.png 2x')).toBeUndefined();
    expect(renderProblem('file', '/uploads/a.png 1x, data:image/png,AAAA 2x')).toContain('data: address');
  });
});
