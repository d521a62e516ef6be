// `npm start`: builds the explorer if the build is missing or older than its sources, then serves it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const sources = ['src', 'workers', 'public', 'index.html', 'vite.config.ts', 'package.json'];
const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('Building the explorer…');
  const code = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' }).status;
  if (code !== 0) process.exit(code ?? 1);
}
const port = process.env.PORT ?? '4173';
console.log(`Tokenphase is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
const child = spawn('node_modules/.bin/vite', ['preview', '--port', port, '--strictPort'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
