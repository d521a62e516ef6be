import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { SimTrace } from '../../../ui/sim/SimTrace';
import { useSim } from '../../../ui/simStore';

const CAPTIONS = {
  amp: 'Solid: empirical error ‖Ŝᵗ − S*‖²/(dL) of the current run; dashed: state evolution from the same start.',
  mnne: 'Solid: error of the feasible ADMM iterate; dashed: its distance to the low-rank iterate.',
  gd: 'Solid: test error; dashed: training loss (mean squared residual).',
} as const;

/** The running (or last) seed's trace, against its state evolution, its training loss or its ADMM gap. */
export function SimRunTrace({ width }: { width: number }) {
  const s = useExplorer(useShallow((st) => ({ simAlgo: st.simAlgo, simIter: st.simIter, simSteps: st.simSteps, simSeed: st.simSeed, present: st.present })));
  const current = useSim((x) => x.current);
  const trace = current?.trace ?? [];
  const isAmp = s.simAlgo === 'amp';
  const xMax = isAmp ? s.simIter : s.simAlgo === 'mnne' ? Math.max(1, trace.length ? trace[trace.length - 1].t : 1) : s.simSteps;
  const caption = CAPTIONS[s.simAlgo === 'agd' ? 'gd' : s.simAlgo];
  return (
    <SimTrace
      trace={trace}
      isAmp={isAmp}
      xMax={xMax}
      xLabel={isAmp ? 'iteration t' : 'gradient step'}
      ariaLabel={isAmp ? 'GAMP-RIE error per iteration with its state evolution' : 'Gradient descent train and test error'}
      width={width}
      thick={s.present}
      caption={caption + (current ? ` Running α = ${current.alpha}, seed ${s.simSeed + current.seedIndex}.` : '')}
    />
  );
}
