import { useMemo } from 'react';
import type { PanelStatus } from '../../../bridge/hooks';
import type { PanelData } from '../../../ui/export';
import { COLORS } from '../../../ui/palette';
import { cellCentres, PHASE_N, PhaseMap } from '../../../ui/PhaseMap';
import type { Plane } from '../fields';
import { bsrClient } from './client';

interface Props {
  plane: Plane;
  beta: number;
  rho: number;
  delta: number;
  alpha: number;
  alphaMax: number;
  width: number;
  onPick: (alpha: number, y: number) => void;
  onStatus: (s: PanelStatus, detail: string) => void;
  onData: (d: PanelData) => void;
}

/** Vertical coordinate values: ρ on a linear scale, β on a log scale (symmetric about 1). */
export function phaseYs(plane: Plane): number[] {
  return plane === 'alpha-rho'
    ? Array.from({ length: PHASE_N }, (_, j) => 0.02 + ((1.2 - 0.02) * j) / (PHASE_N - 1))
    : Array.from({ length: PHASE_N }, (_, j) => 0.1 * Math.pow(100, j / (PHASE_N - 1)));
}

/** E_BO over (α, ρ) at fixed β or over (α, β) at fixed ρ, with α_PR, α_MNNE and where ridge is nearly optimal. */
export function BsrPhaseMap({ plane, beta, rho, delta, alpha, alphaMax, width, onPick, onStatus, onData }: Props) {
  const ys = useMemo(() => phaseYs(plane), [plane]);
  const xs = useMemo(() => cellCentres(alphaMax), [alphaMax]);
  const fixed = plane === 'alpha-rho' ? beta : rho;
  const yKey = plane === 'alpha-rho' ? 'rho' : 'beta';
  return (
    <PhaseMap
      mapKey={`${plane}|${fixed}|${delta}|${alphaMax}`}
      xs={xs}
      xMax={alphaMax}
      xLabel="α = n / (dL)"
      xName="α"
      ys={ys}
      yLog={plane === 'alpha-beta'}
      yLabel={plane === 'alpha-rho' ? 'ρ = r / d' : 'β = L / d (log scale)'}
      yName={plane === 'alpha-rho' ? 'ρ' : 'β'}
      valueName="E_BO"
      row={(lane, j) =>
        bsrClient
          .call('phaseColumn', { plane, fixed, y: ys[j], delta, alphas: xs }, { lane })
          .then((c) => ({ values: c.bo, thresholds: [c.alphaPR, c.alphaMNNE], second: c.ridge }))
      }
      thresholds={[
        { color: COLORS.pr, testId: 'phase-pr' },
        { color: COLORS.mnne, dash: '6 3' },
      ]}
      region={{ level: 0.01, color: COLORS.ridge, dash: '5 3', testId: 'phase-ridge-region' }}
      secondName="ridge"
      x={alpha}
      y={plane === 'alpha-rho' ? rho : beta}
      legend={
        <>
          <li>
            <span className="swatch solid" style={{ borderColor: COLORS.pr }} /> α_PR
          </li>
          <li>
            <span className="swatch dashed" style={{ borderColor: COLORS.mnne }} /> α_MNNE
          </li>
          <li>
            <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> hatched: ridge within 0.01 of Bayes-optimal
          </li>
        </>
      }
      exportData={(rows) => ({
        name: `phase-${plane}`,
        params: { plane, [plane === 'alpha-rho' ? 'beta' : 'rho']: fixed, delta },
        columns: {
          alpha: rows.flatMap(() => xs),
          [yKey]: rows.flatMap((_, j) => xs.map(() => ys[j])),
          bo: rows.flatMap((r) => r.values),
          ridge: rows.flatMap((r) => r.second ?? []),
        },
      })}
      width={width}
      onPick={onPick}
      onStatus={onStatus}
      onData={onData}
    />
  );
}
