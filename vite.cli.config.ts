import { defineConfig } from 'vite';

// The command line, bundled ahead of time for Node: `npm run build:cli` writes one ES module,
// dist-cli/tokenphase.mjs, that bin/tokenphase.mjs imports. Every dependency and every lazily imported
// model is inlined, so starting the CLI reads one file and compiles no TypeScript.
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'tokenphase.mjs', codeSplitting: false },
    },
  },
});
