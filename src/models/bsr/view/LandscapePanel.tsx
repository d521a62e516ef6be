import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import { bsrClient } from './client';
import { dataFor, statusFor } from './fresh';
import { useDraft } from '../../../ui/useDraft';
import { SIDE, SideTabs } from './SideTabs';

/** Free entropy Φ(q) at the current α: a single maximum at the fixed point (no hard phase). */
export function LandscapePanel() {
  const { beta, rho, delta, alpha, present } = useExplorer(
    useShallow((s) => ({ beta: s.beta, rho: s.rho, delta: s.delta, alpha: s.alpha, present: s.present })),
  );
  const req = { beta, rho, delta, alpha: Math.max(alpha, 1e-4), points: 300 };
  const key = JSON.stringify(req);
  const draft = useDraft(`${beta}|${rho}`);
  const q = useQuery(() => bsrClient.call('landscape', { ...req, draft }), draft ? `${key}|draft` : key);
  const d = q.data;
  const current = dataFor(q, key);
  const status = statusFor(q, key);
  const lo = d ? Math.max(Math.min(...d.phi), -2) : -1;
  return (
    <PanelFrame
      {...SIDE}
      head={<SideTabs />}
      status={status}
      detail={status === 'failed' ? (q.error ?? '') : d ? `maximum at q = ${d.argmax.toFixed(3)}; fixed point q* = ${d.qStar.toFixed(4)}` : ''}
      data={current ? { name: 'landscape', params: { beta, rho, delta, alpha, qStar: current.qStar }, columns: { q: current.q, phi: current.phi } } : null}
    >
      {(width) => (
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
          thick={present}
        />
      )}
    </PanelFrame>
  );
}
