import { useEffect } from 'react';
import type { GdIteration, GdResult } from '../sim/gd';
import { LinePlot } from '../../../ui/LinePlot';
import { LAYER } from '../../../ui/palette';
import { NumberInput, type SimPanelProps } from '../../bsr/view/SimPanel';
import { smiClient } from './client';
import { useRun } from '../../../bridge/hooks';

/**
 * Gradient descent on the two-layer tied-attention model (teacher and student of the same architecture):
 * the per-layer cosine with the teacher against the step, streamed from a worker. It shows the same order in
 * time as GAMP: the last layer is learned first.
 */
export function GdPanel({ s, set, width, thick, onData }: Omit<SimPanelProps, 'onStatus'>) {
  const alpha = s.smiGdAlpha;
  const key = `${s.simD}|${alpha}|${s.skip}|${s.simSeed}|${s.simSteps}`;
  const { trace, result, state, error, run, cancel } = useRun<GdIteration, GdResult>(
    (onIteration) => smiClient.call('gd', { D: s.simD, alpha, skip: s.skip, seed: s.simSeed, steps: s.simSteps }, { lane: 'smi.gd', onProgress: onIteration }),
    () => smiClient.cancel('smi.gd'),
    key,
    (r) => (r.outcome === 'diverged' ? r.message : null),
  );
  useEffect(() => {
    onData(
      trace.length
        ? {
            name: 'smi-gd',
            params: { model: 'smi', layers: 2, algorithm: 'sgd', D: s.simD, alpha, skip: s.skip, seed: s.simSeed, steps: s.simSteps, outcome: result?.outcome ?? 'running' },
            columns: {
              step: trace.map((t) => t.step),
              cosLayer1: trace.map((t) => t.cosine[0]),
              cosLayer2: trace.map((t) => t.cosine[1]),
              trainLoss: trace.map((t) => t.loss),
              testError: trace.map((t) => t.testError),
            },
          }
        : null,
    );
  }, [trace, result, s.simD, alpha, s.skip, s.simSeed, s.simSteps, onData]);
  const n = Math.round(alpha * s.simD);
  const lastIt = trace[trace.length - 1];
  const crossing = (l: number, level: number) => trace.find((t) => t.cosine[l] > level)?.step;
  const statusText =
    state === 'running'
      ? `running · step ${lastIt?.step ?? 0} of ${s.simSteps}`
      : state === 'failed'
        ? `failed · ${error}`
        : state === 'cancelled'
          ? 'cancelled'
          : result
            ? `${result.outcome} after ${lastIt?.step ?? 0} steps in ${(result.millis / 1000).toFixed(1)} s · test error ${result.testError.toExponential(2)}`
            : 'not run yet';
  return (
    <div className="sim">
      <div className="sim-controls">
        <NumberInput s={s} set={set} k="smiGdAlpha" />
        <NumberInput s={s} set={set} k="simD" label="D" />
        <NumberInput s={s} set={set} k="simSeed" />
        <NumberInput s={s} set={set} k="simSteps" />
      </div>
      {s.layers === 3 && <p className="sim-memory">Gradient descent is implemented for the two-layer model; this runs two layers.</p>}
      <p className="sim-memory" data-testid="sim-memory">
        n = αD = {n} sequences of 2 tokens, c = {s.skip}. Mini-batch SGD (batch 2D, learning rate 0.5·D/max(1, c²), weight decay 0.01, the rate
        annealed to 0 over the last 20% of steps) from a random start 0.9·N(0, I). About 1 s per 2000 steps at D = 100.
      </p>
      <div className="sim-actions">
        <button disabled={state === 'running' || n < 2} onClick={run} data-testid="smi-gd-run">
          Run GD at α = {alpha}
        </button>
        <button disabled={state !== 'running'} onClick={cancel} data-testid="smi-gd-cancel">
          Cancel
        </button>
        <span className={`status status-${state === 'running' ? 'computing' : state === 'failed' ? 'failed' : 'ready'}`} data-testid="gd-status" role="status">
          {statusText}
        </span>
      </div>
      <LinePlot
        testId="smi-gd-plot"
        ariaLabel="Gradient descent: cosine with the teacher per layer against the step"
        series={[0, 1].map((l) => ({ key: `cos${l + 1}`, x: trace.map((t) => t.step), y: trace.map((t) => t.cosine[l]), color: LAYER[l], width: thick ? 3 : 1.8 }))}
        xDomain={[0, Math.max(1, s.simSteps)]}
        yDomain={[0, 1.02]}
        xLabel="step"
        yLabel="cosine with the teacher"
        width={width}
        height={Math.round(Math.min(width * 0.45, 320))}
        thick={thick}
      />
      <p className="hover-readout" data-testid="smi-gd-readout">
        {lastIt
          ? `cos₂ > 0.9 at step ${crossing(1, 0.9) ?? '—'}; cos₁ > 0.5 at step ${crossing(0, 0.5) ?? '—'}, > 0.9 at step ${crossing(0, 0.9) ?? '—'}. `
          : ''}
        |ŵ_ℓ·w_ℓ|/(‖ŵ_ℓ‖‖w_ℓ‖) per layer (vermillion: layer 1, blue: layer 2; the sign of w_ℓ is not identifiable). As with GAMP, the last
        layer is learned within tens of steps and the first only afterwards. At c = 2 the first layer is often not learned within 4000 steps.
      </p>
    </div>
  );
}
