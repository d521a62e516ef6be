/** TeX typeset at build time by scripts/katexTypeset.ts: each block's title and KaTeX's HTML. */
declare module '*.tex?katex' {
  const blocks: { title: string; html: string }[];
  export default blocks;
}
