import { useEffect, type ReactNode } from 'react';
import { simMemory, type SimPointResult, type SimRequest } from '../simPoint';
import { fieldOf, parseList, type ExplorerState, type NumberField } from '../../../state/schema';
import type { PanelData } from '../../../ui/export';
import { LinePlot } from '../../../ui/LinePlot';
import { LrStudy } from './LrStudy';
import { COLORS } from '../../../ui/palette';
import { simStore, useSim, useSimPoints } from '../../../ui/simStore';
import type { PanelStatus } from '../../../bridge/hooks';

/** Props of a model's simulation panel. */
export interface SimPanelProps {
  s: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  width: number;
  thick: boolean;
  onStatus: (st: PanelStatus, detail: string) => void;
  onData: (d: PanelData | null) => void;
}

/** The simulation request for one α from the view's settings. */
export function simRequest(s: ExplorerState, alpha: number): SimRequest {
  return {
    algo: s.simAlgo,
    d: s.simD,
    beta: s.beta,
    rho: s.rho,
    delta: s.delta,
    alpha,
    seed: s.simSeed,
    seeds: s.simSeeds,
    damping: s.simDamping,
    maxIter: s.simIter,
    lr: s.simLr,
    steps: s.simSteps,
    init: s.simInit,
    averages: s.simK,
  };
}

/** The α of a plain run: the listed ones and the cursor, sorted, at most 16. */
export function runAlphas(listed: number[], cursor: number): number[] {
  return [...new Set([...listed, cursor])].sort((a, b) => a - b).slice(-16);
}

/** α values of a sweep: 8 points across the plotted range (in α = n/(dL)). */
export function sweepAlphas(s: ExplorerState): number[] {
  const top = s.axis === 'alpha' ? s.alphaMax : (s.alphaMax * s.rho * (1 + s.beta)) / s.beta;
  return Array.from({ length: 8 }, (_, i) => Number(((top * (i + 1)) / 9).toPrecision(3)));
}

export function NumberInput({ s, set, k, label }: { s: ExplorerState; set: SimPanelProps['set']; k: keyof ExplorerState; label?: string }) {
  const f = fieldOf(k) as NumberField;
  return (
    <label className="sim-field">
      {label ?? f.label}
      <input
        type="number"
        min={f.min}
        max={f.max}
        step={f.integer ? 1 : f.step}
        value={s[k] as number}
        data-testid={`sim-${k}`}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) set({ [k]: Math.min(f.max, Math.max(f.min, f.integer ? Math.round(v) : v)) } as Partial<ExplorerState>);
        }}
      />
    </label>
  );
}

export const fmtTime = (ms: number) => (ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.ceil((ms % 60_000) / 1000)} s`);

/** Requests of a learning-rate study: every η with both initialisations, at the current α. */
export function lrStudyRequests(s: ExplorerState): SimRequest[] {
  const etas = parseList(s.simEtas, 12).values;
  return etas.flatMap((lr) => (['small', 'prior'] as const).map((init) => ({ ...simRequest(s, s.alpha), algo: 'gd' as const, lr, init })));
}

export const DEFAULT_ETAS = '0.1,0.2,0.3,0.4,0.5,0.6,0.7';

export function SimPanel({ s, set, width, thick, onStatus, onData }: SimPanelProps) {
  const sim = useSim((x) => x);
  const points = useSimPoints<SimPointResult>('bsr');
  const etas = parseList(s.simEtas, 12).values;
  const listed = parseList(s.simAlphas, 16).values;
  const mem = simMemory({ d: s.simD, beta: s.beta, rho: s.rho, alpha: Math.max(s.alpha, ...listed, 1e-3) });
  const shown = points.filter(
    (r) =>
      r.request.beta === s.beta &&
      r.request.rho === s.rho &&
      r.request.delta === s.delta &&
      r.request.algo === s.simAlgo &&
      (s.simAlgo === 'amp' || s.simAlgo === 'mnne' || (r.request.lr === s.simLr && r.request.init === s.simInit)) &&
      listed.includes(r.request.alpha),
  );
  const study = points.filter((r) => r.request.algo === 'gd' && r.request.alpha === s.alpha && r.request.beta === s.beta && r.request.rho === s.rho && etas.includes(r.request.lr));
  useSimStatus(shown.length, onStatus);
  useEffect(() => {
    onData(
      shown.length
        ? {
            name: 'simulation',
            params: { algo: s.simAlgo, d: s.simD, seeds: s.simSeeds, firstSeed: s.simSeed, beta: s.beta, rho: s.rho, delta: s.delta },
            columns: simColumns(shown),
          }
        : null,
    );
  }, [shown, s.simAlgo, s.simD, s.simSeeds, s.simSeed, s.beta, s.rho, s.delta, onData]);
  const start = (alphas: number[]) => {
    set({ simAlphas: alphas.join(',') });
    void simStore.getState().run('bsr', alphas.map((a) => simRequest(s, a)));
  };
  const trace = sim.current?.trace ?? [];
  const isAmp = s.simAlgo === 'amp';
  return (
    <div className="sim">
      <div className="sim-controls">
        <label className="sim-field">
          algorithm
          <select value={s.simAlgo} onChange={(e) => set({ simAlgo: e.target.value as ExplorerState['simAlgo'] })} data-testid="sim-algo">
            <option value="amp">GAMP-RIE (with state evolution)</option>
            <option value="gd">gradient descent</option>
            <option value="agd">averaged gradient descent</option>
            <option value="mnne">minimal nuclear norm (ADMM, small d)</option>
          </select>
        </label>
        <NumberInput s={s} set={set} k="simD" />
        <NumberInput s={s} set={set} k="simSeeds" />
        <NumberInput s={s} set={set} k="simSeed" />
        {isAmp ? (
          <>
            <NumberInput s={s} set={set} k="simDamping" />
            <NumberInput s={s} set={set} k="simIter" />
          </>
        ) : s.simAlgo === 'mnne' ? (
          <span className="sim-memory">budget: 50 × {s.simIter} ADMM iterations (set by “iterations”)</span>
        ) : (
          <>
            <NumberInput s={s} set={set} k="simLr" />
            <NumberInput s={s} set={set} k="simSteps" />
            <label className="sim-field">
              initialisation
              <select value={s.simInit} onChange={(e) => set({ simInit: e.target.value as ExplorerState['simInit'] })}>
                <option value="prior">from the prior</option>
                <option value="small">small norm (σ = 10⁻⁴)</option>
              </select>
            </label>
            {s.simAlgo === 'agd' && <NumberInput s={s} set={set} k="simK" />}
          </>
        )}
      </div>
      <p className={mem.allowed ? 'sim-memory' : 'sim-memory param-error'} data-testid="sim-memory">
        L = {mem.sizes.L}, r = {mem.sizes.r}, n = {mem.sizes.n} samples: about {(mem.bytes / 2 ** 20).toFixed(1)} MiB of data per instance
        {mem.allowed ? '' : ' — too large for the browser; lower d or α'}
      </p>
      <SimActions
        s={s}
        set={set}
        allowed={mem.allowed}
        done={shown.length > 0}
        onRun={() => start(runAlphas(listed, s.alpha))}
        onSweep={() => start(sweepAlphas(s))}
      >
        {s.simAlgo === 'gd' && (
          <button
            disabled={!mem.allowed || sim.running}
            title="Every η with a small and a prior initialisation, at the current α"
            onClick={() => {
              const next = { ...s, simEtas: s.simEtas || DEFAULT_ETAS };
              set({ simEtas: next.simEtas });
              void simStore.getState().run('bsr', lrStudyRequests(next));
            }}
            data-testid="sim-lr-study"
          >
            Learning-rate study
          </button>
        )}
      </SimActions>
      <SimTrace
        trace={trace}
        isAmp={isAmp}
        xMax={isAmp ? s.simIter : s.simAlgo === 'mnne' ? Math.max(1, trace.length ? trace[trace.length - 1].t : 1) : s.simSteps}
        xLabel={isAmp ? 'iteration t' : 'gradient step'}
        ariaLabel={isAmp ? 'GAMP-RIE error per iteration with its state evolution' : 'Gradient descent train and test error'}
        width={width}
        thick={thick}
        caption={
          (isAmp
            ? 'Solid: empirical error ‖Ŝᵗ − S*‖²/(dL) of the current run; dashed: state evolution from the same start.'
            : s.simAlgo === 'mnne'
              ? 'Solid: error of the feasible ADMM iterate; dashed: its distance to the low-rank iterate.'
              : 'Solid: test error; dashed: training loss (mean squared residual).') +
          (sim.current ? ` Running α = ${sim.current.alpha}, seed ${s.simSeed + sim.current.seedIndex}.` : '')
        }
      />
      {etas.length > 0 && <LrStudy results={study} etas={etas} />}
      {s.simAlgo === 'agd' && <AveragedVsK rows={shown} theoryName="E_BO" />}
      <SimResultsTable rows={shown} theoryLabel="theory E_BO" />
    </div>
  );
}

/** What the results table and the averaged-GD line need of a simulated point, for either model. */
interface ResultRow {
  request: { alpha: number; seeds: number };
  finals: number[];
  mean: number;
  std: number;
  theory: number;
  messages: string[];
  outcomes: string[];
  errorVsK: number[];
}

/** Error of the average as runs are added, per simulated α (averaged GD). */
export function AveragedVsK({ rows, theoryName }: { rows: ResultRow[]; theoryName: string }) {
  if (!rows.some((r) => r.errorVsK.length > 1)) return null;
  return (
    <p className="hover-readout" data-testid="agd-vs-k">
      Error of the average as runs are added (last seed):{' '}
      {[...rows]
        .sort((a, b) => a.request.alpha - b.request.alpha)
        .map((r) => `α = ${r.request.alpha}: ${r.errorVsK.map((e) => e.toFixed(3)).join(' → ')} (${theoryName} ${r.theory.toFixed(3)})`)
        .join('; ')}
    </p>
  );
}

/** One row per simulated α: mean ± std over seeds, how many runs counted, the theory value, and what went wrong. */
export function SimResultsTable({ rows, theoryLabel }: { rows: ResultRow[]; theoryLabel: string }) {
  if (rows.length === 0) return null;
  return (
    <table className="sim-results" data-testid="sim-results">
      <thead>
        <tr>
          <th>α</th>
          <th>error (mean ± std)</th>
          <th>runs</th>
          <th>{theoryLabel}</th>
          <th>notes</th>
        </tr>
      </thead>
      <tbody>
        {[...rows]
          .sort((a, b) => a.request.alpha - b.request.alpha)
          .map((r) => (
            <tr key={r.request.alpha}>
              <td>{r.request.alpha}</td>
              <td>{Number.isFinite(r.mean) ? `${r.mean.toFixed(4)} ± ${r.std.toFixed(4)}` : 'no finite result'}</td>
              <td>
                {r.finals.length}/{r.request.seeds}
              </td>
              <td>{r.theory.toFixed(4)}</td>
              <td>{r.messages.join('; ') || r.outcomes.join(', ')}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** Run at the cursor, sweep, cancel and clear, with the progress bar; `children` adds model-specific actions. */
export function SimActions(props: {
  s: ExplorerState;
  set: SimPanelProps['set'];
  allowed: boolean;
  done: boolean;
  onRun: () => void;
  onSweep: () => void;
  children?: ReactNode;
}) {
  const { s, set, allowed, done, onRun, onSweep, children } = props;
  const running = useSim((x) => x.running);
  const progress = useSim((x) => x.progress);
  return (
    <div className="sim-actions">
      <button disabled={!allowed || running} onClick={onRun} data-testid="sim-run">
        Run at α = {s.alpha}
      </button>
      <button disabled={!allowed || running} onClick={onSweep} data-testid="sim-sweep">
        Sweep α (8 points)
      </button>
      <button disabled={!running} onClick={() => simStore.getState().cancel()} data-testid="sim-cancel">
        Cancel
      </button>
      <button
        disabled={running}
        onClick={() => {
          simStore.getState().clear();
          set({ simAlphas: '' });
        }}
      >
        Clear
      </button>
      {children}
      <progress max={1} value={running ? progress : done ? 1 : 0} data-testid="sim-progress" />
    </div>
  );
}

/** The panel's status badge follows the running simulation: progress and time left, failure, or the points shown. */
export function useSimStatus(shown: number, onStatus: SimPanelProps['onStatus']) {
  const sim = useSim((x) => x);
  useEffect(() => {
    if (sim.running) onStatus('computing', `${Math.round(sim.progress * 100)}%${sim.etaMs !== null ? `, about ${fmtTime(sim.etaMs)} left` : ''}`);
    else if (sim.error && sim.error !== 'cancelled') onStatus('failed', sim.error);
    else onStatus('ready', sim.error === 'cancelled' ? 'cancelled' : `${shown} simulated point${shown === 1 ? '' : 's'}`);
  }, [sim.running, sim.progress, sim.etaMs, sim.error, shown, onStatus]);
}

/** The running point's trace: the error (solid) against the state evolution or the training loss (dashed). */
export function SimTrace(props: {
  trace: Array<{ t: number; mse: number; aux: number }>;
  isAmp: boolean;
  xMax: number;
  xLabel: string;
  ariaLabel: string;
  caption: string;
  width: number;
  thick: boolean;
}) {
  const { trace, isAmp, xMax, xLabel, ariaLabel, caption, width, thick } = props;
  return (
    <>
      <LinePlot
        testId="sim-trace"
        ariaLabel={ariaLabel}
        series={[
          { key: 'mse', x: trace.map((p) => p.t), y: trace.map((p) => p.mse), color: COLORS.sim, width: thick ? 3 : 1.6 },
          { key: 'aux', x: trace.map((p) => p.t), y: trace.map((p) => p.aux), color: isAmp ? COLORS.bo : COLORS.ridge, dash: '6 3' },
        ]}
        xDomain={[0, Math.max(xMax, 1)]}
        yDomain={[0, Math.max(1.05, ...trace.map((p) => Math.min(p.mse, 2.5)))]}
        xLabel={xLabel}
        yLabel="error"
        width={width}
        height={Math.round(Math.min(width * 0.45, 320))}
        thick={thick}
      />
      <p className="hover-readout">{caption}</p>
    </>
  );
}

/** The exported table of simulated points: α, mean ± std over seeds, runs counted and the theory value. */
export function simColumns(rows: ResultRow[]) {
  return {
    alpha: rows.map((r) => r.request.alpha),
    mean: rows.map((r) => r.mean),
    std: rows.map((r) => r.std),
    runs: rows.map((r) => r.finals.length),
    theory: rows.map((r) => r.theory),
  };
}
