import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PanelStatus } from '../../../bridge/hooks';
import { setState, useExplorer } from '../../../state/useExplorer';
import type { PanelData } from '../../../ui/export';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import { cellCentres, PHASE_N, PhaseMap } from '../../../ui/PhaseMap';
import { AimTabs, SIDE_LABEL } from './AimTabs';
import { aimClient } from './client';
import { useAimAxes } from './geometry';

/** The error keeps changing up to ρ = 1 (the count of degrees of freedom saturates there): rows up to 1.5. */
const RHOS = Array.from({ length: PHASE_N }, (_, j) => 0.02 + ((1.5 - 0.02) * j) / (PHASE_N - 1));

/** The attention model's MMSE over (ᾱ, ρ) for softmax, the same for every T, or over (α, ρ) for hardmax. */
export function PhasePanel() {
  const { hard, T, k } = useAimAxes();
  const { alpha, rho, alphaMax } = useExplorer(useShallow((s) => ({ alpha: s.alpha, rho: s.rho, alphaMax: s.alphaMax })));
  const [badge, setBadge] = useState<{ status: PanelStatus; detail: string }>({ status: 'computing', detail: '' });
  const [data, setData] = useState<PanelData | null>(null);
  const onStatus = useCallback((status: PanelStatus, detail: string) => setBadge({ status, detail }), []);
  const xs = useMemo(() => cellCentres(alphaMax), [alphaMax]);
  const channel = hard ? 'hardmax' : 'softmax';
  const xName = hard ? 'alpha' : 'alphaBar';
  return (
    <PanelFrame label={SIDE_LABEL} head={<AimTabs />} status={badge.status} detail={badge.detail} statusTestId="side-status" data={data}>
      {(width) => (
        <PhaseMap
          mapKey={`${channel}|${T}|${alphaMax}`}
          xs={xs}
          xMax={alphaMax}
          xLabel={hard ? 'α = n / D²' : 'ᾱ = (T² + T − 2) n / D²'}
          xName={hard ? 'α' : 'ᾱ'}
          ys={RHOS}
          yLabel="ρ = r / D"
          yName="ρ"
          valueName="MMSE"
          row={(lane, j) => aimClient.call('phaseColumn', { channel, T, rho: RHOS[j], xs }, { lane }).then((c) => ({ values: c.mmse, thresholds: [c.xPR] }))}
          thresholds={[{ color: COLORS.pr, testId: 'phase-pr' }]}
          x={hard ? alpha : k * alpha}
          y={rho}
          legend={
            <li>
              {hard ? (
                'hardmax has no recovery threshold at fixed ρ > 0'
              ) : (
                <>
                  <span className="swatch solid" style={{ borderColor: COLORS.pr }} /> ᾱ_PR = 2ρ − ρ² (ρ ≤ 1), 1 (ρ ≥ 1): the same map for every T
                </>
              )}
            </li>
          }
          exportData={(rows) => ({
            name: `phase-aim-${channel}`,
            params: { model: 'aim', channel, T, x: xName },
            columns: { [xName]: rows.flatMap(() => xs), rho: rows.flatMap((_, j) => xs.map(() => RHOS[j])), mmse: rows.flatMap((r) => r.values) },
          })}
          width={width}
          onPick={(x, r) => setState({ rho: Number(r.toPrecision(3)), alpha: Number((hard ? x : x / (T * T + T - 2)).toPrecision(3)) })}
          onStatus={onStatus}
          onData={setData}
        />
      )}
    </PanelFrame>
  );
}
