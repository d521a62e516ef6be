import type { PanelData } from '../../../ui/export';
import { LAYER } from '../../../ui/palette';
import type { PlotInput } from '../../../ui/plotInput';
import type { GampIteration } from '../sim/amp';
import type { GdIteration } from '../sim/gd';

/** GAMP per layer: cos² of the run (solid) and the state evolution's Q_ℓℓ from the same start (dashed). */
export function ampPlot(trace: GampIteration[], depth: number, maxIter: number, thick: boolean): PlotInput {
  const it = trace.map((t) => t.iteration);
  // A finished run knows its own depth; before the first record the settings say it.
  const layers = trace[0]?.cosine.length ?? depth;
  return {
    xDomain: [0, Math.max(1, maxIter)],
    yDomain: [0, 1.02],
    xLabel: 'iteration t',
    yLabel: 'overlap with the teacher',
    series: Array.from({ length: layers }, (_, l) => l).flatMap((l) => [
      { key: `amp${l + 1}`, x: it, y: trace.map((t) => t.cosine[l] ** 2), color: LAYER[l], width: thick ? 3 : 1.8 },
      { key: `se${l + 1}`, x: it, y: trace.map((t) => t.se[l]), color: LAYER[l], dash: '6 3' },
    ]),
  };
}

export interface AmpSettings {
  D: number;
  alpha: number;
  skip: number;
  seed: number;
  damping: number;
}

export function ampData(trace: GampIteration[], s: AmpSettings, outcome: string): PanelData {
  return {
    name: 'smi-amp',
    params: { model: 'smi', layers: trace[0].cosine.length, ...s, outcome },
    columns: {
      iteration: trace.map((t) => t.iteration),
      ...Object.fromEntries(trace[0].cosine.map((_, l) => [`cos2Layer${l + 1}`, trace.map((t) => t.cosine[l] ** 2)])),
      ...Object.fromEntries(trace[0].se.map((_, l) => [`seQ${l + 1}${l + 1}`, trace.map((t) => t.se[l])])),
    },
  };
}

/** Gradient descent on two layers: the cosine with the teacher per layer against the step. */
export function gdPlot(trace: GdIteration[], steps: number, thick: boolean): PlotInput {
  return {
    xDomain: [0, Math.max(1, steps)],
    yDomain: [0, 1.02],
    xLabel: 'step',
    yLabel: 'cosine with the teacher',
    series: [0, 1].map((l) => ({ key: `cos${l + 1}`, x: trace.map((t) => t.step), y: trace.map((t) => t.cosine[l]), color: LAYER[l], width: thick ? 3 : 1.8 })),
  };
}

export interface GdSettings {
  D: number;
  alpha: number;
  skip: number;
  seed: number;
  steps: number;
}

export function gdData(trace: GdIteration[], s: GdSettings, outcome: string): PanelData {
  return {
    name: 'smi-gd',
    params: { model: 'smi', layers: 2, algorithm: 'sgd', ...s, outcome },
    columns: {
      step: trace.map((t) => t.step),
      cosLayer1: trace.map((t) => t.cosine[0]),
      cosLayer2: trace.map((t) => t.cosine[1]),
      trainLoss: trace.map((t) => t.loss),
      testError: trace.map((t) => t.testError),
    },
  };
}

/** First recorded step at which layer `l`'s cosine exceeds `level`. */
export function firstStepAbove(trace: GdIteration[], l: number, level: number): number | undefined {
  return trace.find((t) => t.cosine[l] > level)?.step;
}
