import { useMemo } from 'react';
import type { PanelStatus } from '../../../bridge/hooks';
import type { PanelData } from '../../../ui/export';
import { COLORS } from '../../../ui/palette';
import { cellCentres, PHASE_N, PhaseMap } from '../../../ui/PhaseMap';
import { aimClient } from './client';

interface Props {
  channel: 'softmax' | 'hardmax';
  T: number;
  rho: number;
  /** The current point on the map's x axis: ᾱ for softmax, α for hardmax. */
  x: number;
  xMax: number;
  width: number;
  onPick: (x: number, rho: number) => void;
  onStatus: (s: PanelStatus, detail: string) => void;
  onData: (d: PanelData) => void;
}

/** The error keeps changing up to ρ = 1 (the count of degrees of freedom saturates there): rows up to 1.5. */
const RHOS = Array.from({ length: PHASE_N }, (_, j) => 0.02 + ((1.5 - 0.02) * j) / (PHASE_N - 1));

/** The attention model's MMSE over (ᾱ, ρ) for softmax, the same for every T, or over (α, ρ) for hardmax. */
export function AimPhaseMap({ channel, T, rho, x, xMax, width, onPick, onStatus, onData }: Props) {
  const xs = useMemo(() => cellCentres(xMax), [xMax]);
  const soft = channel === 'softmax';
  const xName = soft ? 'alphaBar' : 'alpha';
  return (
    <PhaseMap
      mapKey={`${channel}|${T}|${xMax}`}
      xs={xs}
      xMax={xMax}
      xLabel={soft ? 'ᾱ = (T² + T − 2) n / D²' : 'α = n / D²'}
      xName={soft ? 'ᾱ' : 'α'}
      ys={RHOS}
      yLabel="ρ = r / D"
      yName="ρ"
      valueName="MMSE"
      row={(lane, j) => aimClient.call('phaseColumn', { channel, T, rho: RHOS[j], xs }, { lane }).then((c) => ({ values: c.mmse, thresholds: [c.xPR] }))}
      thresholds={[{ color: COLORS.pr, testId: 'phase-pr' }]}
      x={x}
      y={rho}
      legend={
        <li>
          {soft ? (
            <>
              <span className="swatch solid" style={{ borderColor: COLORS.pr }} /> ᾱ_PR = 2ρ − ρ² (ρ ≤ 1), 1 (ρ ≥ 1): the same map for every T
            </>
          ) : (
            'hardmax has no recovery threshold at fixed ρ > 0'
          )}
        </li>
      }
      exportData={(rows) => ({
        name: `phase-aim-${channel}`,
        params: { model: 'aim', channel, T, x: xName },
        columns: { [xName]: rows.flatMap(() => xs), rho: rows.flatMap((_, j) => xs.map(() => RHOS[j])), mmse: rows.flatMap((r) => r.values) },
      })}
      width={width}
      onPick={onPick}
      onStatus={onStatus}
      onData={onData}
    />
  );
}
