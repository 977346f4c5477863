import { describe, expect, it } from 'vitest';
import { compressed, frameBytes, median } from '../../scripts/bench/measure.ts';

describe('frameBytes', () => {
  const frame = (body: string) =>
    `<html><body><header>Site</header><main><div class="prose" lang="fr">${body}</div><aside>Facts</aside></main></body></html>`;

  it('measures a page without its body text, nested elements included', () => {
    const empty = frameBytes(frame(''));
    expect(frameBytes(frame('<p>Long text</p><div><div>more</div></div>'.repeat(50)))).toBe(empty);
    expect(empty).toBe(
      compressed('<html><body><header>Site</header><main><aside>Facts</aside></main></body></html>'),
    );
  });

  it('measures the whole page when it has no body text', () => {
    const page = '<html><body><main><p>List</p></main></body></html>';
    expect(frameBytes(page)).toBe(compressed(page));
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
