// Equations typeset once, when the page is built: a module imported as `<file>.tex?katex` is that file's TeX set
// by KaTeX in Node, so the page ships KaTeX's HTML and stylesheet but not its 260 KB parser, and renders no TeX.
import { readFileSync } from 'node:fs';
import katex from 'katex';
import type { Plugin } from 'vite';

export interface TypesetBlock {
  title: string;
  html: string;
}

/**
 * A `.tex` file of blocks: a line `% Title` starts one, each further non-blank line is a part of its equation. KaTeX
 * breaks lines only in inline mode, after top-level relations and operators and at `\allowbreak`: each part is
 * typeset as one group (no break inside), the parts are joined by `\allowbreak`, and the whole is set in inline
 * mode with `\displaystyle`, so it looks as in display mode and wraps between its parts instead of overflowing.
 * KaTeX's HTML is hidden from screen readers, which read the MathML set beside it. Bad TeX fails the build
 * (throwOnError), so a typo never reaches the page as red KaTeX source.
 */
export function typesetBlocks(source: string): TypesetBlock[] {
  const blocks: { title: string; parts: string[] }[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const title = /^%\s*(.+)$/.exec(line);
    if (title) blocks.push({ title: title[1], parts: [] });
    else if (blocks.length) blocks[blocks.length - 1].parts.push(line);
    else throw new Error(`TeX before the first "% Title" line: ${line}`);
  }
  return blocks.map(({ title, parts }) => {
    if (!parts.length) throw new Error(`"${title}" has no TeX`);
    const tex = parts.map((p) => String.raw`{\displaystyle ${p}}`).join(String.raw`\allowbreak `);
    return { title, html: katex.renderToString(tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml' }) };
  });
}

const SUFFIX = '?katex';

export function katexTypesetPlugin(): Plugin {
  return {
    name: 'tokenphase-katex-typeset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const file = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return file ? `${file.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(typesetBlocks(readFileSync(file, 'utf8')))};`;
    },
  };
}
