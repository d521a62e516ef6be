/**
 * What every model provides at its boundary. The mathematics inside a model folder is its own (a BSR
 * fixed point, an AIM parametric curve and an SMI staircase share nothing); what crosses the boundary
 * has one shape: the state slice (fields), the worker API (request → result, with a progress stream),
 * the CLI command table, and, for the page, plot inputs and run envelopes.
 */
import type { Field } from '../state/fields';

/** How an iterative run (GAMP, gradient descent, ADMM) ended. */
export type Outcome = 'converged' | 'max-iter' | 'diverged' | 'cancelled' | 'failed';

/** One iterative run: its records in order, how it ended and why (message is '' when nothing is to be said). */
export interface RunResult<It> {
  iterations: It[];
  outcome: Outcome;
  message: string;
  millis: number;
}

/** Streamed while a job runs, for progress bars: `done` in [0, 1] of the whole job. */
export interface Progress {
  done: number;
}

/**
 * One simulated point: independent seeded instances at one parameter setting, summarised as mean ± std
 * over the seeds whose run gave a final error (a diverged run is reported in `messages`, not averaged).
 */
export interface SimPoint<Req> {
  request: Req;
  finals: number[];
  outcomes: string[];
  mean: number;
  std: number;
  /** The theory value at the instance's actual (rounded) parameters; NaN where the model has none. */
  theory: number;
  messages: string[];
  millis: number;
}

/** A worker API: every method takes one request object and, optionally, a progress callback. */
// biome-ignore lint/suspicious/noExplicitAny: the bridge forwards any request and result through structured clone
export type ModelApi = Record<string, (req: any, progress?: (p: any) => void) => unknown>;

/** One CLI flag: what its value is, for help and error messages. */
export interface FlagSpec {
  kind: 'number' | 'list' | 'string' | 'integer';
  help: string;
  required?: boolean;
  default?: string;
  choices?: string[];
}

export type FlagSpecs = Record<string, FlagSpec>;

/**
 * What a command prints. With `failed` (one line, for stderr) the command exits 1 although its output is
 * printed: some requested points have no value, and the output marks them with a status and a reason.
 */
export type CommandOutput = string | { text: string; failed: string | null };

/** One CLI command of a model: `tokenphase <model> <name> [flags]`. */
export interface Command {
  /** One line for the top-level help. */
  summary: string;
  usage: string;
  flags: FlagSpecs;
  run: (f: Map<string, string>) => CommandOutput | Promise<CommandOutput>;
}

export type CommandTable = Record<string, Command>;

/**
 * A model whose worker API has `simulatePoint(req)` (and `simMemory(req)`) can be swept over a grid of
 * parameters and seeds, on this machine or a cluster (`tokenphase sweep`).
 */
export interface SimulationSpec {
  /** Every setting of one simulated point except α, the seed and the number of seeds, with its default. */
  defaults: Readonly<Record<string, number | string>>;
  /** Allowed values of the settings that are words. */
  choices: Readonly<Record<string, readonly string[]>>;
}

/** One slider of the projector's strip: a number field's key, a hint, and its upper end where the view narrows it. */
export interface ProjectorSlider {
  key: string;
  hint: string;
  /** Upper end of the slider for this state (α runs to the right end of the plot). */
  max?: (state: Readonly<Record<string, unknown>>) => number;
  /** Whether the slider means anything in this state (T does not for the hardmax channel); shown only then. */
  applies?: (state: Readonly<Record<string, unknown>>) => boolean;
}

/**
 * What projector mode shows of a model: the sliders its strip can hold (and those shown by default), and the
 * side panel's tabs that `]` and `[` step through after the main panel.
 */
export interface ProjectorSpec {
  /** Name of the main panel (in the panel menu). */
  mainLabel: string;
  sliders: readonly ProjectorSlider[];
  /** Keys shown while the link has no `show`. */
  shown: readonly string[];
  /** The choice field that picks the side panel, and the tabs projector mode steps through, with their names. */
  side: { key: string; tabs: ReadonlyArray<readonly [string, string]> };
}

/**
 * A model as the shell, the URL codec, the CLI and the workers see it. Everything heavy is loaded on
 * demand, so the definition itself is a few lines and importing the registry costs nothing.
 */
/** A view's first worker job, and the one it sends once its inputs have been still (`settled`, where it differs). */
export interface FirstRequest {
  lane: string;
  method: string;
  req: unknown;
  /** The request that replaces a draft `req` (the same method) once the view's inputs are still. */
  settled?: unknown;
}

export interface ModelDefinition {
  /** URL value of `model=` and the CLI's first word. */
  id: string;
  /** Shown in the top bar. */
  title: string;
  /** Shown in the model menu. */
  menuLabel: string;
  /** The model's own state slice: keys, ranges and defaults, also its URL keys. */
  fields: readonly Field[];
  /** The worker API (theory and simulations), loaded where it runs: in a worker or in Node. */
  loadApi: () => Promise<ModelApi>;
  /** The CLI commands. */
  loadCommands: () => Promise<CommandTable>;
  /** Present where the model's simulated points can be swept. */
  simulation?: SimulationSpec;
  /**
   * After a link is read: settings its view cannot show as they are (α past the plot, a T the channel does
   * not use), changed or set aside, each with a notice. Receives the whole decoded state.
   */
  fitLink?: (state: Readonly<Record<string, unknown>>) => { patch: Record<string, unknown>; notices: string[] };
  /**
   * When the reader switches to this model from another: settings its view would show at an edge or with an
   * empty panel (another model's α, say) set to this model's defaults, each with a notice. Receives the state
   * with the new model; falls back to `fitLink` where absent.
   */
  onSwitch?: (state: Readonly<Record<string, unknown>>) => { patch: Record<string, unknown>; notices: string[] };
  /**
   * The worker job the view asks for first, for this state. The shell sends it at start-up, so the worker
   * loads the model and computes (filling its caches) while the view's code is still being fetched.
   */
  firstRequest?: (state: Readonly<Record<string, unknown>>) => FirstRequest;
  /** Projector mode: the strip's sliders and the panels it cycles through. */
  projector: ProjectorSpec;
}
