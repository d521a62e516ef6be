import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { traceCaption } from '../../../ui/sim/runText';
import { SimTrace } from '../../../ui/sim/SimTrace';
import { useSim } from '../../../ui/simStore';

const CAPTIONS = {
  amp: 'Solid: empirical error ‖Ŝᵗ − S*‖²/(dL) of one run; dashed: state evolution from the same start.',
  mnne: 'Solid: error of the feasible ADMM iterate; dashed: its distance to the low-rank iterate.',
  gd: 'Solid: test error; dashed: training loss (mean squared residual).',
} as const;

/** Each algorithm's trace in its own words: the horizontal axis and what a screen reader hears. */
const AXES = {
  amp: { xLabel: 'iteration t', aria: 'GAMP-RIE error per iteration with its state evolution' },
  mnne: { xLabel: 'ADMM iteration', aria: 'Nuclear-norm minimisation (ADMM): error per iteration and distance to the low-rank iterate' },
  gd: { xLabel: 'gradient step', aria: 'Gradient descent train and test error' },
} as const;

/** The running (or last) seed's trace, against its state evolution, its training loss or its ADMM gap, captioned with the job that drew it. */
export function SimRunTrace({ width }: { width: number }) {
  const s = useExplorer(useShallow((st) => ({ simAlgo: st.simAlgo, simIter: st.simIter, simSteps: st.simSteps, present: st.present })));
  const current = useSim((x) => x.current);
  const running = useSim((x) => x.running);
  const stopped = useSim((x) => x.error !== null);
  const trace = current?.trace ?? [];
  const isAmp = s.simAlgo === 'amp';
  const xMax = isAmp ? s.simIter : s.simAlgo === 'mnne' ? Math.max(1, trace.length ? trace[trace.length - 1].t : 1) : s.simSteps;
  const kind = s.simAlgo === 'agd' ? 'gd' : s.simAlgo;
  const job = traceCaption(current, running, stopped);
  return (
    <SimTrace
      trace={trace}
      isAmp={isAmp}
      xMax={xMax}
      xLabel={AXES[kind].xLabel}
      ariaLabel={AXES[kind].aria}
      width={width}
      thick={s.present}
      caption={job ? `${CAPTIONS[kind]} ${job}` : CAPTIONS[kind]}
    />
  );
}
