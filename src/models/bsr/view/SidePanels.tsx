import { useEffect } from 'react';
import { toAlphaTilde } from '../theory/thresholds';
import type { Axis } from '../../../state/schema';
import type { PanelData } from '../../../ui/export';
import { LinePlot } from '../../../ui/LinePlot';
import { COLORS } from '../../../ui/palette';
import { bsrClient } from './client';
import type { PanelStatus } from '../../../bridge/hooks';
import { useQuery } from '../../../bridge/hooks';
import { useSimPoints } from '../../../ui/simStore';
import { histogram } from '../../../numeric/histogram';
import type { SimPointResult } from '../simPoint';

interface Common {
  beta: number;
  rho: number;
  delta: number;
  alpha: number;
  width: number;
  thick: boolean;
  onStatus: (s: PanelStatus, detail: string) => void;
  onData: (d: PanelData | null) => void;
}

/** Singular-value density of the effective denoising problem at the current fixed point. */
export function SpectrumPanel({ beta, rho, delta, alpha, width, thick, onStatus, onData }: Common) {
  const req = { beta, rho, delta, alpha, points: 400 };
  // The last GAMP-RIE run at exactly these parameters: its denoiser input's singular values.
  const sim = useSimPoints<SimPointResult>('bsr').filter((r) => r.request.algo === 'amp' && r.request.beta === beta && r.request.rho === rho && r.request.delta === delta && r.request.alpha === alpha).pop();
  const hist = sim && sim.singularValues.length ? histogram(sim.singularValues, 24) : null;
  const q = useQuery(() => bsrClient.call('spectrum', req), JSON.stringify(req));
  const d = q.data;
  useEffect(() => {
    if (q.status === 'failed') onStatus('failed', q.error ?? '');
    else if (d?.status === 'perfect-recovery') onStatus(q.status, 'perfect recovery: ζ = 0, nothing left to denoise');
    else onStatus(q.status, d ? `ζ = 1/q̂ = ${d.zeta.toPrecision(4)}, ${d.bands.length} band${d.bands.length === 1 ? '' : 's'}, mass ${d.mass.toFixed(6)}` : '');
    onData(d && d.status === 'converged' ? { name: 'spectrum', params: { beta, rho, delta, alpha, zeta: d.zeta, bands: d.bands }, columns: { s: d.s, density: d.density } } : null);
  }, [d, q.status, q.error, beta, rho, delta, alpha, onStatus, onData]);
  const top = d && d.density.length ? Math.max(...d.density) : 1;
  const xMax = d && d.s.length ? d.s[d.s.length - 1] : 4;
  return (
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
        width={width}
        height={Math.round(Math.min(width * 0.6, 420))}
        thick={thick}
      />
      <p className="hover-readout">
        {d?.status === 'perfect-recovery'
          ? 'At this α the fixed point is perfect recovery (ζ = 0): the effective denoising problem has no noise.'
          : 'Dashed lines: band edges found from the quartic’s discriminant. The density integrates to one over them.'}
        {hist && ` Black steps: singular values of the last GAMP-RIE denoiser input at this α (d = ${sim!.request.d}, ζ = ${sim!.zeta.toPrecision(3)}).`}
      </p>
    </>
  );
}

/** Free entropy Φ(q) at the current α: a single maximum at the fixed point (no hard phase). */
export function LandscapePanel({ beta, rho, delta, alpha, width, thick, onStatus, onData }: Common) {
  const req = { beta, rho, delta, alpha: Math.max(alpha, 1e-4), points: 300 };
  const q = useQuery(() => bsrClient.call('landscape', req), JSON.stringify(req));
  const d = q.data;
  useEffect(() => {
    onStatus(q.status === 'failed' ? 'failed' : q.status, q.status === 'failed' ? q.error ?? '' : d ? `maximum at q = ${d.argmax.toFixed(3)}; fixed point q* = ${d.qStar.toFixed(4)}` : '');
    onData(d ? { name: 'landscape', params: { beta, rho, delta, alpha, qStar: d.qStar }, columns: { q: d.q, phi: d.phi } } : null);
  }, [d, q.status, q.error, beta, rho, delta, alpha, onStatus, onData]);
  const lo = d ? Math.max(Math.min(...d.phi), -2) : -1;
  return (
    <LinePlot
      testId="landscape-plot"
      ariaLabel="Free entropy as a function of the overlap"
      series={d ? [{ key: 'phi', x: d.q, y: d.phi.map((v) => Math.max(v, lo)), color: COLORS.bo }] : []}
      vlines={d ? [{ key: 'qstar', x: d.qStar, color: COLORS.pr, dash: '5 3', label: 'q* (fixed point)' }] : []}
      xDomain={[0, 1]}
      yDomain={[lo, Math.abs(lo) * 0.05]}
      xLabel="overlap q"
      yLabel="Φ(q) − max Φ"
      width={width}
      height={Math.round(Math.min(width * 0.6, 420))}
      thick={thick}
    />
  );
}

const STRONG_BETAS = [1, 2, 5, 10, 100];
const STRONG_RHOS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
const BETA_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'];

/** α_PR and α_MNNE against ρ for several β (the strong-recovery figure), on the chosen axis. */
export function StrongPanel({ axis, width, thick, onStatus, onData }: { axis: Axis } & Pick<Common, 'width' | 'thick' | 'onStatus' | 'onData'>) {
  const req = { betas: STRONG_BETAS, rhos: STRONG_RHOS };
  const q = useQuery(() => bsrClient.call('strongCurves', req), 'strong');
  const d = q.data;
  const conv = (a: number, b: number, r: number) => (axis === 'alpha' ? a : toAlphaTilde(a, b, r));
  // biome-ignore lint/correctness/useExhaustiveDependencies: conv depends only on axis, which is listed
  useEffect(() => {
    onStatus(q.status, q.status === 'failed' ? q.error ?? '' : '');
    if (!d) return onData(null);
    const columns: Record<string, number[]> = { rho: STRONG_RHOS };
    STRONG_BETAS.forEach((b, i) => {
      columns[`PR_beta${b}`] = d.alphaPR[i].map((a, j) => conv(a, b, STRONG_RHOS[j]));
      columns[`MNNE_beta${b}`] = d.alphaMNNE[i].map((a, j) => conv(a, b, STRONG_RHOS[j]));
    });
    onData({ name: 'strong', params: { axis, betas: STRONG_BETAS }, columns });
  }, [d, q.status, q.error, axis, onStatus, onData]);
  const series = d
    ? STRONG_BETAS.flatMap((b, i) => [
        { key: `pr${b}`, x: STRONG_RHOS, y: d.alphaPR[i].map((a, j) => conv(a, b, STRONG_RHOS[j])), color: BETA_COLORS[i] },
        { key: `mnne${b}`, x: STRONG_RHOS, y: d.alphaMNNE[i].map((a, j) => conv(a, b, STRONG_RHOS[j])), color: BETA_COLORS[i], dash: '6 3' },
      ])
    : [];
  return (
    <>
      <LinePlot
        testId="strong-plot"
        ariaLabel="Strong-recovery thresholds versus rank"
        series={series}
        xDomain={[0, 1]}
        yDomain={axis === 'alpha' ? [0, 1.05] : [0, 3.1]}
        xLabel="ρ = r / d"
        yLabel={axis === 'alpha' ? 'threshold in α = n/(dL)' : 'threshold in α̃ = n/(r(d+L))'}
        width={width}
        height={Math.round(Math.min(width * 0.6, 420))}
        thick={thick}
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
  );
}

