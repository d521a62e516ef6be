import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The model folders in the order of the registry's one list (the first is the link's default), read from
 * `src/models/registry.ts` itself: `MODELS = [xModel, …]` and each name's `import { xModel } from './folder'`.
 * Reading the text keeps the models' code out of the build configuration; a list it cannot read fails the build.
 */
export function registryFolders(source: string): string[] {
  const list = /export const MODELS[^=]*=\s*\[([^\]]*)\]/.exec(source)?.[1];
  const names =
    list
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const folders = names.map((name) => new RegExp(`import\\s*\\{\\s*${name}\\s*\\}\\s*from\\s*'\\./([\\w-]+)'`).exec(source)?.[1]);
  if (names.length === 0 || folders.some((f) => !f)) throw new Error('preloadShownModel: cannot read the model list of src/models/registry.ts');
  return folders as string[];
}

/**
 * Starts fetching the shown model's code as the page starts to load, in parallel with the main script,
 * instead of after the main script has been fetched and evaluated (about 100 ms of React alone), when
 * `warmStart` first asks for it.
 *
 * At build time, for each model folder `src/models/<id>/`, the chunks of its `api.ts` and of its
 * `view/…View.tsx` with everything they import statically are listed (less what the main script loads
 * anyway). A small classic script of the build (the page's policy allows no inline script) reads the link's
 * `model` (the first model when there is none) and adds a `<link rel="modulepreload">` for each: the browser
 * fetches and compiles them and evaluates nothing until the page imports them. Other models and lazily
 * loaded panels are not fetched.
 */
export function preloadShownModel(registryPath: string): Plugin {
  return {
    name: 'tokenphase-preload-shown-model',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const ids = registryFolders(readFileSync(registryPath, 'utf8'));
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file: string, into: Set<string>, skip: Set<string>) => {
        if (into.has(file) || skip.has(file)) return;
        into.add(file);
        for (const dep of byFile.get(file)?.imports ?? []) closure(dep, into, skip);
      };
      const loaded = new Set<string>();
      for (const c of chunks) if (c.isEntry) closure(c.fileName, loaded, new Set());
      const files: Record<string, string[]> = {};
      for (const id of ids) {
        const own = new RegExp(`/src/models/${id}/(api\\.ts|view/[^/]*View\\.tsx)$`);
        const set = new Set<string>();
        for (const c of chunks) if (c.isDynamicEntry && own.test(c.facadeModuleId ?? '')) closure(c.fileName, set, loaded);
        if (set.size === 0) throw new Error(`preloadShownModel: no chunk for src/models/${id}/api.ts or its view`);
        files[id] = [...set];
      }
      const source = `(function(){try{var f=${JSON.stringify(files)};var m=new URLSearchParams(location.hash.slice(1)).get('model')||${JSON.stringify(ids[0])};(Object.prototype.hasOwnProperty.call(f,m)?f[m]:[]).forEach(function(x){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=new URL(x,document.baseURI).href;document.head.appendChild(l);});}catch(e){}})();\n`;
      const fileName = `assets/preload-shown-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      html.source = String(html.source).replace('<script type="module"', `<script async src="./${fileName}"></script>\n    <script type="module"`);
    },
  };
}
