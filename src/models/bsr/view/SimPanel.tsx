import { simMemory, type SimPointResult, type SimRequest } from '../simPoint';
import { parseList, type ExplorerState } from '../../../state/schema';
import { useEffect } from 'react';
import { simStore, useSim, useSimPoints } from '../../../ui/simStore';
import { NumberInput } from '../../../ui/sim/NumberInput';
import { runAlphas, type SimPanelProps, useSimStatus } from '../../../ui/sim/panel';
import { SimActions } from '../../../ui/sim/SimActions';
import { AveragedVsK, simColumns, SimResultsTable } from '../../../ui/sim/SimResults';
import { SimTrace } from '../../../ui/sim/SimTrace';
import { LrStudy } from './LrStudy';

// The deep-attention view still imports these from here; they go once it imports them from src/ui/sim.
export { NumberInput } from '../../../ui/sim/NumberInput';
export type { SimPanelProps } from '../../../ui/sim/panel';

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

/** α values of a sweep: 8 points across the plotted range (in α = n/(dL)). */
export function sweepAlphas(s: ExplorerState): number[] {
  const top = s.axis === 'alpha' ? s.alphaMax : (s.alphaMax * s.rho * (1 + s.beta)) / s.beta;
  return Array.from({ length: 8 }, (_, i) => Number(((top * (i + 1)) / 9).toPrecision(3)));
}

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
