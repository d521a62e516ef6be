import { runCli } from './main';

/** Runs the CLI in-process as a test would run it from a shell: its exit code, standard output and standard error. */
export async function runCliCaptured(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    (s) => {
      out += s;
    },
    (s) => {
      err += `${s}\n`;
    },
  );
  return { code, out, err };
}
