import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { histogram } from '../../../numeric/histogram';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import type { SpectrumResponse } from '../panelsApi';
import { bsrClient } from './client';
import { dataFor, statusFor } from './fresh';
import { useDraft } from '../../../ui/useDraft';
import { SIDE, SideTabs } from './SideTabs';
import { lastAmpAt } from './simSelection';
import { useBsrPoints } from './useShownSims';

function detailOf(d: SpectrumResponse | null): string {
  if (!d) return '';
  if (d.status === 'perfect-recovery') return 'perfect recovery: ζ = 0, nothing left to denoise';
  return `ζ = 1/q̂ = ${d.zeta.toPrecision(4)}, ${d.bands.length} band${d.bands.length === 1 ? '' : 's'}, mass ${d.mass.toFixed(6)}`;
}

/** Singular-value density of the effective denoising problem at the current fixed point. */
export function SpectrumPanel() {
  const p = useExplorer(useShallow((s) => ({ beta: s.beta, rho: s.rho, delta: s.delta, alpha: s.alpha, present: s.present })));
  const { beta, rho, delta, alpha } = p;
  const req = { beta, rho, delta, alpha, points: 400 };
  const key = JSON.stringify(req);
  // While β or ρ moves each step needs a new table; the panel keeps its last result (shown as updating) and
  // computes once they rest, leaving the cores to the main curve.
  const moving = useDraft(`${beta}|${rho}`);
  const q = useQuery(() => bsrClient.call('spectrum', req), key, undefined, moving);
  const d = q.data;
  const current = dataFor(q, key);
  const points = useBsrPoints();
  // The last GAMP-RIE run at exactly these parameters: its denoiser input's singular values.
  const sim = lastAmpAt(points, p);
  const hist = sim?.singularValues.length ? histogram(sim.singularValues, 24) : null;
  const status = statusFor(q, key);
  const top = d?.density.length ? Math.max(...d.density) : 1;
  const xMax = d?.s.length ? d.s[d.s.length - 1] : 4;
  return (
    <PanelFrame
      {...SIDE}
      head={<SideTabs />}
      status={status}
      detail={status === 'failed' ? (q.error ?? '') : detailOf(d)}
      data={
        current?.status === 'converged'
          ? {
              name: 'spectrum',
              params: { beta, rho, delta, alpha, zeta: current.zeta, bands: current.bands },
              columns: { s: current.s, density: current.density },
            }
          : null
      }
    >
      {(width) => (
        <>
          <LinePlot
            testId="spectrum-plot"
            ariaLabel="Singular-value density of the denoising problem at the fixed point"
            series={[
              ...(hist ? [{ key: 'histogram', x: hist.x, y: hist.y, color: COLORS.sim, width: 1.2 }] : []),
              ...(d ? [{ key: 'density', x: d.s, y: d.density, color: COLORS.bo }] : []),
            ]}
            vlines={(d?.bands ?? []).flatMap((b, k) => [
              { key: `lo${k}`, x: b.lo, color: COLORS.pr, dash: '4 3' },
              { key: `hi${k}`, x: b.hi, color: COLORS.pr, dash: '4 3' },
            ])}
            xDomain={[0, xMax]}
            yDomain={[0, top * 1.1]}
            xLabel="singular value s of (S* + √ζ Z)/(dL)^¼"
            yLabel="density μ(s) (symmetrised)"
            yLabelShort="density μ(s)"
            width={width}
            height={Math.round(Math.min(width * 0.6, 420))}
            thick={p.present}
          />
          <p className="hover-readout">
            {d?.status === 'perfect-recovery'
              ? 'At this α the fixed point is perfect recovery (ζ = 0): the effective denoising problem has no noise.'
              : 'Dashed lines: band edges found from the quartic’s discriminant. The density integrates to one over them.'}
            {sim &&
              hist &&
              ` Black steps: singular values of the last GAMP-RIE denoiser input at this α (d = ${sim.request.d}, ζ = ${sim.zeta.toPrecision(3)}).`}
          </p>
        </>
      )}
    </PanelFrame>
  );
}
