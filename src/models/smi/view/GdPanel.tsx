import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRun } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import type { GdIteration, GdResult } from '../sim/gd';
import { smiClient } from './client';
import { Figure } from '../../../ui/Figure';
import { SimNumber } from '../../../ui/sim/SimNumber';
import { RunActions, useRunOnLinkOpen } from './panelParts';
import { firstStepAbove, type GdSettings, gdData, gdPlot } from './runPlots';

/**
 * Gradient descent on the two-layer tied-attention model (teacher and student of the same architecture):
 * the per-layer cosine with the teacher against the step, streamed from a worker. It shows the same order in
 * time as GAMP: the last layer is learned first.
 */
export function GdPanel() {
  const s = useExplorer(
    useShallow((x) => ({ D: x.simD, alpha: x.smiGdAlpha, skip: x.skip, seed: x.simSeed, steps: x.simSteps, layers: x.layers, present: x.present })),
  );
  const settings: GdSettings = { D: s.D, alpha: s.alpha, skip: s.skip, seed: s.seed, steps: s.steps };
  // The trace on screen belongs to the run that made it, not to the settings now in the fields.
  const [ranWith, setRanWith] = useState<GdSettings | null>(null);
  const key = `${s.D}|${s.alpha}|${s.skip}|${s.seed}|${s.steps}`;
  const { trace, result, state, error, run, cancel } = useRun<GdIteration, GdResult>(
    (onIteration) => smiClient.call('gd', { D: s.D, alpha: s.alpha, skip: s.skip, seed: s.seed, steps: s.steps }, { lane: 'smi.gd', onProgress: onIteration }),
    () => smiClient.cancel('smi.gd'),
    key,
    (r) => (r.outcome === 'diverged' ? r.message : null),
  );
  const start = () => {
    setRanWith(settings);
    run();
  };
  useRunOnLinkOpen('gd', start);
  const n = Math.round(s.alpha * s.D);
  const lastIt = trace[trace.length - 1];
  const steps = ranWith?.steps ?? s.steps;
  const statusText =
    state === 'running'
      ? `running · step ${lastIt?.step ?? 0} of ${steps}`
      : state === 'failed'
        ? `failed · ${error}`
        : state === 'cancelled'
          ? 'cancelled'
          : result
            ? `${result.outcome} after ${lastIt?.step ?? 0} steps in ${(result.millis / 1000).toFixed(1)} s · test error ${result.testError.toExponential(2)}`
            : 'not run yet';
  const data = trace.length && ranWith ? gdData(trace, ranWith, result?.outcome ?? 'running') : null;
  return (
    <Figure data={data}>
      {(width) => (
        <div className="sim">
          <div className="sim-controls">
            <SimNumber k="smiGdAlpha" />
            <SimNumber k="simD" label="D" />
            <SimNumber k="simSeed" />
            <SimNumber k="simSteps" />
          </div>
          {s.layers === 3 && <p className="sim-memory">Gradient descent is implemented for the two-layer model; this runs two layers.</p>}
          <p className="sim-memory" data-testid="sim-memory">
            n = αD = {n} sequences of 2 tokens, c = {s.skip}. Mini-batch SGD (batch 2D, learning rate 0.5·D/max(1, c²), weight decay 0.01, the rate annealed to
            0 over the last 20% of steps) from a random start 0.9·N(0, I). About 1 s per 2000 steps at D = 100.
          </p>
          <RunActions
            run={start}
            cancel={cancel}
            state={state}
            canRun={n >= 2}
            label={`Run GD at α = ${s.alpha}`}
            text={statusText}
            testIds={{ run: 'smi-gd-run', cancel: 'smi-gd-cancel', status: 'gd-status' }}
          />
          <LinePlot
            testId="smi-gd-plot"
            ariaLabel="Gradient descent: cosine with the teacher per layer against the step"
            {...gdPlot(trace, s.steps, s.present)}
            width={width}
            height={Math.round(Math.min(width * 0.45, 320))}
            thick={s.present}
          />
          <p className="hover-readout" data-testid="smi-gd-readout">
            {lastIt
              ? `cos₂ > 0.9 at step ${firstStepAbove(trace, 1, 0.9) ?? '—'}; cos₁ > 0.5 at step ${firstStepAbove(trace, 0, 0.5) ?? '—'}, > 0.9 at step ${firstStepAbove(trace, 0, 0.9) ?? '—'}. `
              : ''}
            |ŵ_ℓ·w_ℓ|/(‖ŵ_ℓ‖‖w_ℓ‖) per layer (vermillion: layer 1, blue: layer 2; the sign of w_ℓ is not identifiable). As with GAMP, the last layer is learned
            within tens of steps and the first only afterwards. At c = 2 the first layer is often not learned within 4000 steps.
          </p>
        </div>
      )}
    </Figure>
  );
}
