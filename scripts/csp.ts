import { createHash } from 'node:crypto';

// The page's Content-Security-Policy, written into the built index.html by vite.config.ts (and read by the
// browser tests). Everything comes from the page's own origin:
// - script-src: the built modules, and one inline script named by its hash (the one that shows the prerendered
//   home view, src/shell/firstView/showFirstView.ts); 'wasm-unsafe-eval' lets WebAssembly kernels compile.
// - worker-src: the model worker and the service worker are files of the build.
// - style-src: the stylesheets of the build, and 'unsafe-inline' because KaTeX writes its layout into style
//   attributes of the HTML it renders (heights, vertical alignments, struts), which a policy without
//   'unsafe-inline' blocks; no script can come in through a style.
// - font-src: KaTeX's fonts, files of the build. img-src: exported pictures are data: and blob: URLs.
// - connect-src: the service worker's fetches and nothing else; the page asks no other host for anything.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy with one inline script allowed, named by the SHA-256 of its text (the page's other scripts are files). */
export function cspAllowing(inlineScript: string): string {
  const hash = createHash('sha256').update(inlineScript, 'utf8').digest('base64');
  return CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
}
