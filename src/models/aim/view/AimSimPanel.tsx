import { useEffect } from 'react';
import { aimSimMemory, type AimSimPointResult, type AimSimRequest } from '../simPoint';
import { parseList, type ExplorerState } from '../../../state/schema';
import { NumberInput } from '../../../ui/sim/NumberInput';
import { runAlphas, type SimPanelProps, useSimStatus } from '../../../ui/sim/panel';
import { SimActions } from '../../../ui/sim/SimActions';
import { AveragedVsK, simColumns, SimResultsTable } from '../../../ui/sim/SimResults';
import { SimTrace } from '../../../ui/sim/SimTrace';
import { simStore, useSim, useSimPoints } from '../../../ui/simStore';

const channelOf = (s: ExplorerState) => (s.channel === 'hardmax' ? 'hardmax' : 'softmax');
const tokensOf = (s: ExplorerState) => (s.channel === 'hardmax' ? 2 : s.T);

/** Gradient descent is implemented for the softmax channel; the nuclear-norm estimator is BSR's only. */
export function aimAlgo(s: ExplorerState): AimSimRequest['algo'] {
  if (s.simAlgo === 'mnne') return 'amp';
  return channelOf(s) === 'hardmax' ? 'amp' : s.simAlgo;
}

/** The simulation request for one α from the view's settings. */
export function aimSimRequest(s: ExplorerState, alpha: number): AimSimRequest {
  return {
    algo: aimAlgo(s),
    channel: channelOf(s),
    T: tokensOf(s),
    D: s.simD,
    rho: s.rho,
    alpha,
    seed: s.simSeed,
    seeds: s.simSeeds,
    damping: s.simDamping,
    maxIter: s.simIter,
    lr: s.simLr,
    steps: s.simSteps,
    optimizer: s.simOpt,
    averages: s.simK,
    width: 0,
  };
}

/** The simulated points that belong to the current view (same model, settings and listed α). */
export function aimShownResults(s: ExplorerState, results: AimSimPointResult[]): AimSimPointResult[] {
  const listed = parseList(s.simAlphas, 16).values;
  const algo = aimAlgo(s);
  return results.filter(
    (r) =>
      r.request.channel === channelOf(s) &&
      r.request.T === tokensOf(s) &&
      r.request.rho === s.rho &&
      r.request.algo === algo &&
      (algo === 'amp' || (r.request.lr === s.simLr && r.request.optimizer === s.simOpt)) &&
      listed.includes(r.request.alpha),
  );
}

/** α values of a sweep: 8 points across the plotted range (in α = n/D²). */
function sweep(s: ExplorerState): number[] {
  const k = tokensOf(s) ** 2 + tokensOf(s) - 2;
  const top = channelOf(s) === 'hardmax' ? s.alphaMax : s.alphaMax / k;
  return Array.from({ length: 8 }, (_, i) => Number(((top * (i + 1)) / 9).toPrecision(3)));
}

/** GAMP-RIE and (averaged) gradient descent on seeded instances of the attention-indexed model. */
export function AimSimPanel({ s, set, width, thick, onStatus, onData }: SimPanelProps) {
  const sim = useSim((x) => x);
  const algo = aimAlgo(s);
  const hard = channelOf(s) === 'hardmax';
  const listed = parseList(s.simAlphas, 16).values;
  const mem = aimSimMemory({ T: tokensOf(s), D: s.simD, rho: s.rho, alpha: Math.max(s.alpha, ...listed, 1e-3) });
  const shown = aimShownResults(s, useSimPoints<AimSimPointResult>('aim'));
  useSimStatus(shown.length, onStatus);
  // biome-ignore lint/correctness/useExhaustiveDependencies: channelOf(s) and tokensOf(s) read only s.channel and s.T, which are listed
  useEffect(() => {
    onData(
      shown.length
        ? {
            name: 'simulation',
            params: { model: 'aim', channel: channelOf(s), T: tokensOf(s), algo, D: s.simD, seeds: s.simSeeds, firstSeed: s.simSeed, rho: s.rho },
            columns: simColumns(shown),
          }
        : null,
    );
  }, [shown, s.channel, s.T, s.simD, s.simSeeds, s.simSeed, s.rho, algo, onData]);
  const start = (alphas: number[]) => {
    set({ simAlphas: alphas.join(',') });
    void simStore.getState().run('aim', alphas.map((a) => aimSimRequest(s, a)));
  };
  const trace = sim.current?.trace ?? [];
  const isAmp = algo === 'amp';
  return (
    <div className="sim">
      <div className="sim-controls">
        <label className="sim-field">
          algorithm
          <select value={algo} onChange={(e) => set({ simAlgo: e.target.value as ExplorerState['simAlgo'] })} data-testid="sim-algo">
            <option value="amp">GAMP-RIE (with state evolution)</option>
            {!hard && <option value="gd">gradient descent</option>}
            {!hard && <option value="agd">averaged gradient descent</option>}
          </select>
        </label>
        <NumberInput s={s} set={set} k="simD" label="D" />
        <NumberInput s={s} set={set} k="simSeeds" />
        <NumberInput s={s} set={set} k="simSeed" />
        {isAmp ? (
          <>
            <NumberInput s={s} set={set} k="simDamping" />
            <NumberInput s={s} set={set} k="simIter" />
          </>
        ) : (
          <>
            <label className="sim-field">
              optimiser
              <select value={s.simOpt} onChange={(e) => set({ simOpt: e.target.value as ExplorerState['simOpt'] })}>
                <option value="adam">Adam (full batch)</option>
                <option value="gd">plain gradient descent</option>
              </select>
            </label>
            <NumberInput s={s} set={set} k="simLr" />
            <NumberInput s={s} set={set} k="simSteps" />
            {algo === 'agd' && <NumberInput s={s} set={set} k="simK" />}
          </>
        )}
      </div>
      {hard && s.simAlgo !== 'amp' && <p className="sim-memory">Gradient descent is implemented for the softmax channel; hardmax runs GAMP-RIE.</p>}
      <p className={mem.allowed ? 'sim-memory' : 'sim-memory param-error'} data-testid="sim-memory">
        D = {mem.sizes.D}, r = {mem.sizes.r}, T = {mem.sizes.T}, n = {mem.sizes.n} samples: about {(mem.bytes / 2 ** 20).toFixed(1)} MiB per instance
        {mem.allowed ? '' : ' — too large for the browser; lower D or α'}
      </p>
      <SimActions
        s={s}
        set={set}
        allowed={mem.allowed}
        done={shown.length > 0}
        onRun={() => start(runAlphas(listed, s.alpha))}
        onSweep={() => start(sweep(s))}
      />
      <SimTrace
        trace={trace}
        isAmp={isAmp}
        xMax={isAmp ? s.simIter : s.simSteps}
        xLabel={isAmp ? 'iteration t' : 'optimiser step'}
        ariaLabel={isAmp ? 'GAMP-RIE error per iteration with its state evolution' : 'Gradient descent training loss and estimation error'}
        width={width}
        thick={thick}
        caption={
          (isAmp
            ? 'Solid: empirical error (1/D)‖Ŝᵗ − S‖² of the current run; dashed: state evolution from the same start.'
            : 'Solid: estimation error (1/D)‖Ŝ − S‖²; dashed: training loss Σ‖ŷ − y‖²/D.') +
          (sim.current ? ` Running α = ${sim.current.alpha}, seed ${s.simSeed + sim.current.seedIndex}.` : '')
        }
      />
      {algo === 'agd' && <AveragedVsK rows={shown} theoryName="MMSE" />}
      <SimResultsTable rows={shown} theoryLabel="theory MMSE" />
    </div>
  );
}
