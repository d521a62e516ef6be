import { UsageError } from './args';
import { aimHelp, runAim } from '../models/aim/cli';
import { bsrHelp, runBsr } from '../models/bsr/cli';
import { runSmi, smiHelp } from '../models/smi/cli';
import { VERSION } from '../version';

const TOP_HELP = `tokenphase ${VERSION} — theory curves of learning from sequences of high-dimensional tokens

Usage: tokenphase <model> <command> [flags]      (tokenphase <model> <command> --help for one command)

Models and commands:
  bsr curve          Bayes-optimal and ridge error vs α
  bsr thresholds     α_PR and α_MNNE
  bsr density        singular-value density of the denoising channel
  bsr free-entropy   free entropy Φ(q) at one α
  bsr amp            GAMP-RIE on a seeded finite-size instance, with its state evolution
  bsr gd             gradient descent / averaged GD on a seeded instance
  bsr mnne           minimal nuclear-norm estimator on a seeded noiseless instance (small d)
  aim curve          attention-indexed model (softmax or hardmax): Bayes-optimal MMSE vs α = n/D²
  aim thresholds     its perfect-recovery threshold α_PR (softmax)
  aim amp            GAMP-RIE on a seeded instance (softmax or hardmax), with its state evolution
  aim gd             gradient descent / averaged GD (Adam) on a seeded softmax instance
  smi curve          two-layer tied attention (sequence multi-index model): overlaps Q₁₁, Q₂₂ vs α = n/D
  smi thresholds     its weak-recovery thresholds [α_c,1, α_c,2] against the skip strength
  smi amp            GAMP on a seeded instance, per-layer overlaps and state evolution

Exit codes: 0 success, 2 bad input (one line on stderr), 1 numerical failure.
`;

/** Runs the CLI; returns the exit code. Output and errors go through the given writers. */
export function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const [model, ...rest] = argv;
    if (!model || model === '--help' || model === '-h' || model === 'help') {
      out(model ? TOP_HELP + '\n' + bsrHelp() + '\n' + aimHelp() + '\n' + smiHelp() : TOP_HELP);
      return model ? 0 : 2;
    }
    if (model === '--version') {
      out(VERSION);
      return 0;
    }
    if (model !== 'bsr' && model !== 'aim' && model !== 'smi') throw new UsageError(`unknown model '${model}'; available: bsr, aim, smi`);
    if (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h') {
      out(model === 'bsr' ? bsrHelp() : model === 'aim' ? aimHelp() : smiHelp());
      return rest.length === 0 ? 2 : 0;
    }
    out(model === 'bsr' ? runBsr(rest) : model === 'aim' ? runAim(rest) : runSmi(rest));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError) {
      err(`tokenphase: ${e.message}`);
      return 2;
    }
    err(`tokenphase: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
