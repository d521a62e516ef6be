import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { setState, useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import { localMaxima } from '../theory/freeEntropy';
import { bsrClient } from './client';
import { dataFor, statusFor } from './fresh';
import { useDraft } from '../../../ui/useDraft';
import { SIDE, SideTabs } from './SideTabs';

/** The window of q shown zoomed near the maximum q*: wide enough to show the curvature, below 1 where Φ ends. */
export function zoomWindow(qStar: number): [number, number] {
  const h = Math.min(0.15, Math.max(0.02, 3 * (1 - qStar)));
  return [Math.max(0, qStar - h), Math.min(0.9995, qStar + h)];
}

/** In words: how many maxima Φ has (computed from the curve) and what that means for AMP. */
function maximaText(maxima: Array<{ q: number }>, qStar: number): string {
  if (maxima.length === 0) return 'No maximum found on the grid.';
  if (maxima.length === 1)
    return (
      `One maximum, at q = ${maxima[0].q.toFixed(3)} (the fixed point q* = ${qStar.toFixed(4)}): no second, metastable maximum, so no hard phase — ` +
      `AMP (GAMP-RIE) started from q = 0 climbs to q* and reaches the Bayes-optimal error E_BO = 1 − q* = ${(1 - qStar).toFixed(4)}.`
    );
  return (
    `${maxima.length} local maxima, at q = ${maxima.map((m) => m.q.toFixed(3)).join(', ')}: a metastable maximum besides the global one — a hard phase, ` +
    'where AMP started from q = 0 can stop at the lower maximum instead of reaching the Bayes-optimal error.'
  );
}

/** Free entropy Φ(q) at the current α: its maxima, counted and explained, and a zoom near the maximum q*. */
export function LandscapePanel() {
  const { beta, rho, delta, alpha, present, zoom } = useExplorer(
    useShallow((s) => ({ beta: s.beta, rho: s.rho, delta: s.delta, alpha: s.alpha, present: s.present, zoom: s.landscapeZoom })),
  );
  const req = { beta, rho, delta, alpha: Math.max(alpha, 1e-4), points: 300 };
  const key = JSON.stringify(req);
  // While β or ρ moves each step needs a new table; the panel keeps its last result (shown as updating) and
  // computes once they rest, leaving the cores to the main curve.
  const moving = useDraft(`${beta}|${rho}`);
  const q = useQuery(() => bsrClient.call('landscape', req), key, undefined, moving);
  const d = q.data;
  const current = dataFor(q, key);
  // The zoomed curve: its own grid on a window around q* of the full curve (asked for once that is known).
  const win = zoom && current ? zoomWindow(current.qStar) : null;
  const zoomReq = win ? { ...req, points: 200, qLo: win[0], qHi: win[1] } : null;
  const zoomKey = zoomReq ? JSON.stringify(zoomReq) : 'none';
  const zq = useQuery(() => (zoomReq ? bsrClient.call('landscape', zoomReq) : Promise.resolve(null)), zoomKey);
  const zd = zoomReq ? dataFor(zq, zoomKey) : null;
  const status = zoom && current && !zd ? (zq.status === 'failed' ? 'failed' : 'computing') : statusFor(q, key);
  const shown = zoom ? zd : d;
  const lo = shown ? Math.max(Math.min(...shown.phi), -2) : -1;
  const maxima = current ? localMaxima(current.q, current.phi) : [];
  const error = status === 'failed' ? ((zoom ? zq.error : null) ?? q.error ?? '') : '';
  return (
    <PanelFrame
      {...SIDE}
      head={<SideTabs />}
      status={status}
      detail={error || (d ? `maximum at q = ${d.argmax.toFixed(3)}; fixed point q* = ${d.qStar.toFixed(4)}` : '')}
      data={
        current
          ? {
              name: 'landscape',
              params: { beta, rho, delta, alpha, qStar: current.qStar, maxima: maxima.map((m) => m.q) },
              columns: { q: current.q, phi: current.phi },
            }
          : null
      }
    >
      {(width) => (
        <>
          <label>
            <input type="checkbox" checked={zoom} onChange={(e) => setState({ landscapeZoom: e.target.checked })} data-testid="landscape-zoom" /> zoom to the
            maximum q*{win ? ` (q from ${win[0].toFixed(3)} to ${win[1].toFixed(3)})` : ''}
          </label>
          <LinePlot
            testId="landscape-plot"
            ariaLabel={zoom ? 'Free entropy near its maximum q*' : 'Free entropy as a function of the overlap'}
            series={shown ? [{ key: 'phi', x: shown.q, y: shown.phi.map((v) => Math.max(v, lo)), color: COLORS.bo }] : []}
            vlines={shown ? [{ key: 'qstar', x: shown.qStar, color: COLORS.pr, dash: '5 3', label: 'q* (fixed point)', testId: 'landscape-qstar' }] : []}
            xDomain={win ?? [0, 1]}
            yDomain={[lo, Math.abs(lo) * 0.05]}
            xLabel="overlap q"
            yLabel="Φ(q) − max Φ"
            width={width}
            height={Math.round(Math.min(width * 0.6, 420))}
            thick={present}
          />
          {current && (
            <p className="hover-readout" data-testid="landscape-maxima" data-count={maxima.length}>
              {maximaText(maxima, current.qStar)}
            </p>
          )}
        </>
      )}
    </PanelFrame>
  );
}
