import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typesetBlocks } from '../../../../scripts/katexTypeset';

describe('the equations typeset at build time', () => {
  const blocks = typesetBlocks(readFileSync(new URL('./equations.tex', import.meta.url), 'utf8'));

  it('are the four blocks of equations.tex, each KaTeX HTML and MathML with break points between its parts', () => {
    expect(blocks.map((b) => b.title)).toEqual(['Model', 'Bayes-optimal fixed point', 'Denoising MMSE', 'Perfect recovery']);
    for (const b of blocks) {
      expect(b.html, b.title).toMatch(/^<span class="katex">/);
      // MathML for screen readers beside the aria-hidden HTML
      expect(b.html, b.title).toMatch(/<math [^>]*><semantics>/);
      expect(b.html, b.title).toContain('<span class="katex-html" aria-hidden="true">');
      expect(b.html, b.title).not.toContain('katex-error');
    }
    // Three parts on the first block: KaTeX opens a new .katex-base (a place to break the line) after each \allowbreak.
    expect(blocks[0].html.match(/class="katex-base"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('fail the build on bad TeX or a file without titles, instead of showing red source', () => {
    expect(() => typesetBlocks('% Bad\n\\frac{1}{')).toThrow();
    expect(() => typesetBlocks('x = 1\n% Late title\ny')).toThrow(/before the first/);
    expect(() => typesetBlocks('% Empty\n% Next\nx')).toThrow(/"Empty" has no TeX/);
  });
});
