import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import type { Axis } from '../../../state/commonFields';
import { useExplorer } from '../../../state/useExplorer';
import type { PanelData } from '../../../ui/export';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { toAlphaTilde } from '../theory/thresholds';
import { bsrClient } from './client';
import { SIDE, SideTabs } from './SideTabs';

const STRONG_BETAS = [1, 2, 5, 10, 100];
const STRONG_RHOS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
const BETA_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'];

interface StrongCurves {
  alphaPR: number[][];
  alphaMNNE: number[][];
}

/** Each β's α_PR and α_MNNE against ρ, on the chosen axis. */
export function strongLines(d: StrongCurves, axis: Axis): Array<{ beta: number; pr: number[]; mnne: number[] }> {
  const conv = (a: number, b: number, r: number) => (axis === 'alpha' ? a : toAlphaTilde(a, b, r));
  return STRONG_BETAS.map((b, i) => ({
    beta: b,
    pr: d.alphaPR[i].map((a, j) => conv(a, b, STRONG_RHOS[j])),
    mnne: d.alphaMNNE[i].map((a, j) => conv(a, b, STRONG_RHOS[j])),
  }));
}

function strongData(lines: ReturnType<typeof strongLines>, axis: Axis): PanelData {
  const columns: Record<string, number[]> = { rho: STRONG_RHOS };
  for (const l of lines) {
    columns[`PR_beta${l.beta}`] = l.pr;
    columns[`MNNE_beta${l.beta}`] = l.mnne;
  }
  return { name: 'strong', params: { axis, betas: STRONG_BETAS }, columns };
}

/** α_PR and α_MNNE against ρ for several β (the strong-recovery figure), on the chosen axis. */
export function StrongPanel() {
  const { axis, present } = useExplorer(useShallow((s) => ({ axis: s.axis, present: s.present })));
  // The curves do not depend on any setting: one computation serves every visit.
  const q = useQuery(() => bsrClient.call('strongCurves', { betas: STRONG_BETAS, rhos: STRONG_RHOS }), 'strong');
  const lines = q.data ? strongLines(q.data, axis) : null;
  return (
    <PanelFrame
      {...SIDE}
      head={<SideTabs />}
      status={q.status}
      detail={q.status === 'failed' ? (q.error ?? '') : ''}
      data={lines ? strongData(lines, axis) : null}
    >
      {(width) => (
        <>
          <LinePlot
            testId="strong-plot"
            ariaLabel="Strong-recovery thresholds versus rank"
            series={(lines ?? []).flatMap((l, i) => [
              { key: `pr${l.beta}`, x: STRONG_RHOS, y: l.pr, color: BETA_COLORS[i] },
              { key: `mnne${l.beta}`, x: STRONG_RHOS, y: l.mnne, color: BETA_COLORS[i], dash: '6 3' },
            ])}
            xDomain={[0, 1]}
            yDomain={axis === 'alpha' ? [0, 1.05] : [0, 3.1]}
            xLabel="ρ = r / d"
            yLabel={axis === 'alpha' ? 'threshold in α = n/(dL)' : 'threshold in α̃ = n/(r(d+L))'}
            width={width}
            height={Math.round(Math.min(width * 0.6, 420))}
            thick={present}
          />
          <ul className="legend-html">
            {STRONG_BETAS.map((b, i) => (
              <li key={b}>
                <span className="swatch solid" style={{ borderColor: BETA_COLORS[i] }} /> β = {b}
              </li>
            ))}
            <li>solid: α_PR (Bayes-optimal) · dashed: α_MNNE (nuclear norm)</li>
          </ul>
        </>
      )}
    </PanelFrame>
  );
}
