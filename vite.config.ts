import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP } from './scripts/csp.ts';
import { firstViewPlugin } from './scripts/firstView.ts';
import { katexTypesetPlugin } from './scripts/katexTypeset.ts';

/** The Content-Security-Policy as a meta tag of the built page (the dev server's React refresh needs inline script). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tokenphase-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The built page loads src/boot.ts as a script of its own, first, so that it starts the model worker while the
 * main code is still downloading (boot.ts says why). Vite joins the page's module scripts into one entry, so
 * boot.ts is a second entry of the build, and its script tag is written here with the name the build gave it.
 */
function bootScript(): Plugin {
  return {
    name: 'tokenphase-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = ctx.bundle ?? {};
        const boot = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith('/src/boot.ts'));
        if (!boot) throw new Error('the build has no boot.ts entry');
        return [
          { tag: 'script', attrs: { type: 'module', crossorigin: true, src: `./${boot.fileName}` }, injectTo: 'head-prepend' },
          { tag: 'script', attrs: { type: 'application/json', id: 'view-chunks' }, children: JSON.stringify(viewChunks(bundle)), injectTo: 'body' },
        ];
      },
    },
  };
}

/**
 * Each model's view and api chunks, with the chunks they import, by model id (its folder, src/models/<id>/), less those
 * of the main code: boot.ts preloads them for the model of the link, so that they arrive with the main code instead of
 * being asked for once it has run and loaded the view and the in-page first computation (measured: 0.5 s into a cold
 * load).
 */
function viewChunks(bundle: Rollup.OutputBundle): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const registry = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/models/views.ts')));
  if (!registry) throw new Error('the build has no chunk with src/models/views.ts');
  // The main code and what it imports statically: the page preloads these already.
  const main = new Set<string>();
  const addMain = (f: string) => {
    if (main.has(f)) return;
    main.add(f);
    for (const g of byFile.get(f)?.imports ?? []) addMain(g);
  };
  addMain(registry.fileName);
  const out: Record<string, string[]> = {};
  for (const file of new Set([...main].flatMap((f) => byFile.get(f)?.dynamicImports ?? []))) {
    const model = /\/src\/models\/([^/]+)\/(?:view\/|api\.ts$)/.exec(byFile.get(file)?.facadeModuleId ?? '')?.[1];
    if (!model) continue;
    const files = out[model] ?? [];
    out[model] = files;
    const visit = (f: string) => {
      if (main.has(f) || files.includes(`./${f}`)) return;
      files.push(`./${f}`);
      for (const g of byFile.get(f)?.imports ?? []) visit(g);
    };
    visit(file);
  }
  return out;
}

// Relative base: the built site works from any path and from a saved copy, with no server config.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    katexTypesetPlugin(),
    contentSecurityPolicy(),
    bootScript(),
    // The home view, prerendered, on screen before the page's code has loaded (src/shell/firstView/).
    firstViewPlugin(),
    // Offline after one visit: Workbox precaches every file of the build (scripts, the model worker, lazily loaded
    // views and data, styles, KaTeX's fonts, WebAssembly) under revisioned entries, drops the caches of older
    // versions when it activates, and serves index.html to navigations. A new version waits ('prompt') until
    // the page's "Update available — reload" is pressed, so a page never mixes files of two versions.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,ttf,wasm,json}'],
        // The shipped state-evolution tables make a few large chunks; none may be left out of the precache.
        maximumFileSizeToCacheInBytes: 16 * 2 ** 20,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // Nothing is cached at run time: every file the page uses is in the precache list above.
        runtimeCaching: [],
      },
    }),
  ],
  worker: { format: 'es' },
  // Source maps only when asked for (TOKENPHASE_SOURCEMAP=1): the published site ships none.
  build: {
    outDir: 'dist',
    rollupOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } },
    sourcemap: process.env.TOKENPHASE_SOURCEMAP === '1',
    chunkSizeWarningLimit: 1500,
    // Fonts stay files of the build, never data: URLs, so the policy's font-src 'self' holds for all of them.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
