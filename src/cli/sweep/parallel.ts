import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';

/** Every core: tasks are independent single-threaded runs, each in a process of its own. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * How this process was started, when it is the tokenphase command line (bin/tokenphase.mjs, the npx link or
 * src/cli/main.ts under tsx): the same command can then run one task per child process. Null otherwise (the
 * command line called as a library, as the tests do), and tasks run one after another in this process.
 */
export function selfCommand(): string[] | null {
  const entry = process.argv[1];
  if (!entry || !/^(tokenphase(\.mjs)?|main\.ts)$/.test(basename(entry))) return null;
  return [...process.execArgv, entry];
}

export interface ChildOutcome {
  id: number;
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `sweep run --task I` for every id in child processes, at most `jobs` at once, each writing its own
 * result file atomically as a single run does. Resolves with each child's exit code and output, in id order.
 */
export async function runChildren(
  self: string[],
  args: (id: number) => string[],
  ids: number[],
  jobs: number,
  onDone?: (o: ChildOutcome) => void,
): Promise<ChildOutcome[]> {
  const results: ChildOutcome[] = [];
  let next = 0;
  const one = (id: number) =>
    new Promise<ChildOutcome>((resolve) => {
      const child = spawn(process.execPath, [...self, ...args(id)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (b) => (out += b));
      child.stderr.on('data', (b) => (err += b));
      child.on('error', (e) => resolve({ id, code: 1, out, err: err + e.message }));
      child.on('close', (code, signal) => resolve({ id, code: code ?? 1, out, err: signal ? `${err}killed by ${signal}` : err }));
    });
  const worker = async () => {
    while (next < ids.length) {
      const o = await one(ids[next++]);
      results.push(o);
      onDone?.(o);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, ids.length) }, worker));
  return results.sort((a, b) => a.id - b.id);
}
