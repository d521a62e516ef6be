// Writes the prerendered home view into the built index.html (see src/shell/firstView/): the view's HTML as the
// text of a data block (parsed only where it is shown), the answers it was drawn from as JSON, and the inline script
// that shows it at the home link.
import type { Plugin } from 'vite';
import { createServer } from 'vite';
import { encodeSeeds } from '../src/bridge/seeds.ts';
import type { FirstView } from '../src/shell/firstView/render.tsx';
import { showFirstView } from '../src/shell/firstView/showFirstView.ts';
import { CSP, cspAllowing } from './csp.ts';

/** The inline script's exact text: its hash goes into the page's policy. */
export const FIRST_VIEW_SCRIPT = `(${showFirstView.toString()})();`;

const ROOT = '<div id="root"><noscript>';

export function firstViewPlugin(): Plugin {
  let root = process.cwd();
  let configFile: string | false | undefined;
  return {
    name: 'tokenphase-first-view',
    apply: 'build',
    configResolved(config) {
      // The build's own project, wherever the build was started from.
      root = config.root;
      configFile = config.configFile ?? false;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // The app's own modules, loaded in Node as the dev server would serve them (the same code as the page's).
        const server = await createServer({
          root,
          configFile,
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          logLevel: 'warn',
        });
        let view: FirstView;
        try {
          const mod = (await server.ssrLoadModule('/src/shell/firstView/render.tsx')) as typeof import('../src/shell/firstView/render.tsx');
          view = await mod.renderFirstView();
        } finally {
          await server.close();
        }
        if (!html.includes(ROOT) || !html.includes(CSP)) throw new Error('index.html has no root element or no policy to extend');
        // A data block ends at the first "</script"; the view's HTML has no script, so this only guards its text.
        if (/<\/script/i.test(view.html)) throw new Error('the prerendered view contains "</script", which would end its data block');
        const links = JSON.stringify(view.links).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
        const end = html.indexOf('</div>', html.indexOf(ROOT)) + '</div>'.length;
        return (
          html.slice(0, end) +
          `\n    <script type="text/html" id="first-view" data-links='${links}'>${view.html}</script>` +
          `\n    <script type="application/json" id="first-seeds">${encodeSeeds(view.seeds)}</script>` +
          `\n    <script>${FIRST_VIEW_SCRIPT}</script>` +
          html.slice(end)
        ).replace(CSP, cspAllowing(FIRST_VIEW_SCRIPT));
      },
    },
  };
}
