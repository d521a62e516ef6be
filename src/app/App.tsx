import { useEffect, useState } from 'react';
import { toAlphaTilde } from '../core/bsr/thresholds';
import { fieldOf, type NumberField } from '../state/schema';
import { hashOf, pickState } from '../state/store';
import { Equations } from './Equations';
import { ErrorPlot, interpolate } from './ErrorPlot';
import { COLORS } from './palette';
import { ParamControl } from './ParamControl';
import { useBsrCurve, type PanelStatus } from './useBsrCurve';
import { useWidth } from './useWidth';
import { explorerStore, startUrlSync, useExplorer } from './useExplorer';

const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(2)) : '—');

export function App() {
  const s = useExplorer((st) => st);
  const { alpha, beta, rho, delta, axis, alphaMax, present, hideControls, notices } = s;
  useEffect(() => startUrlSync(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') return;
      if ((e.ctrlKey || e.metaKey) && e.key === 'z') {
        e.preventDefault();
        explorerStore.getState().undo();
      } else if (e.key === 'p' && !e.ctrlKey && !e.metaKey) explorerStore.getState().set({ present: !explorerStore.getState().present });
      else if (e.key === 'h' && !e.ctrlKey && !e.metaKey) explorerStore.getState().set({ hideControls: !explorerStore.getState().hideControls });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const curve = useBsrCurve(beta, rho, delta, axis, alphaMax);
  const [plotBox, plotWidth] = useWidth<HTMLDivElement>(820);
  const cursor = axis === 'alpha' ? alpha : toAlphaTilde(alpha, beta, rho);
  const xs = curve.data ? (axis === 'alpha' ? curve.data.alpha : curve.data.alphaTilde) : [];
  const eBo = curve.data ? interpolate(xs, curve.data.bo, cursor) : NaN;
  const eRidge = curve.data ? interpolate(xs, curve.data.ridge, cursor) : NaN;
  const set = explorerStore.getState().set;
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    const url = location.href.split('#')[0] + hashOf(pickState(explorerStore.getState()));
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt('Copy this link', url);
    }
  };
  const alphaField = fieldOf('alpha') as NumberField;
  const alphaTop = axis === 'alpha' ? alphaMax : Math.min(alphaField.max, (alphaMax * rho * (1 + beta)) / beta);
  return (
    <div className={`app${present ? ' present' : ''}${hideControls ? ' no-controls' : ''}`}>
      <header className="topbar">
        <h1>
          Tokenphase <span className="subtitle">— Bilinear sequence regression</span>
        </h1>
        <nav className="actions" aria-label="View actions">
          <button onClick={copyLink} data-testid="copy-link">
            {copied ? 'Copied ✓' : 'Copy link'}
          </button>
          <button onClick={() => explorerStore.getState().undo()} disabled={s.past.length === 0} title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button onClick={() => explorerStore.getState().reset()}>Reset</button>
          <button aria-pressed={present} onClick={() => set({ present: !present })} title="Presentation mode (P)">
            Present
          </button>
          <button aria-pressed={hideControls} onClick={() => set({ hideControls: !hideControls })} title="Hide controls (H)">
            {hideControls ? 'Show controls' : 'Hide controls'}
          </button>
        </nav>
      </header>
      {notices.length > 0 && (
        <div className="notice" role="status" data-testid="link-notice">
          <strong>Some of the link could not be used as is:</strong>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button onClick={() => explorerStore.getState().dismissNotices()}>Dismiss</button>
        </div>
      )}
      <main className="layout">
        {!hideControls && (
          <aside className="controls" aria-label="Parameters">
            <ParamControl
              field={alphaField}
              value={alpha}
              max={alphaTop}
              hint="samples per entry of S, n/(dL)"
              onChange={(v) => set({ alpha: v })}
            />
            <ParamControl field={fieldOf('beta') as NumberField} value={beta} hint="sequence length / token dimension, L/d" onChange={(v) => set({ beta: v })} />
            <ParamControl field={fieldOf('rho') as NumberField} value={rho} hint="rank / token dimension, r/d" onChange={(v) => set({ rho: v })} />
            <ParamControl field={fieldOf('delta') as NumberField} value={delta} hint="label noise variance" onChange={(v) => set({ delta: v })} />
            <ParamControl field={fieldOf('alphaMax') as NumberField} value={alphaMax} hint="right end of the plot" onChange={(v) => set({ alphaMax: v })} />
            <fieldset className="toggles">
              <legend>Horizontal axis</legend>
              <label>
                <input type="radio" name="axis" checked={axis === 'alpha'} onChange={() => set({ axis: 'alpha' })} /> α = n/(dL)
              </label>
              <label>
                <input type="radio" name="axis" checked={axis === 'alphaTilde'} onChange={() => set({ axis: 'alphaTilde' })} data-testid="axis-alphaTilde" /> α̃ = n/(r(d+L))
              </label>
            </fieldset>
            <fieldset className="toggles">
              <legend>Curves</legend>
              <label>
                <input type="checkbox" checked={s.showRidge} onChange={(e) => set({ showRidge: e.target.checked })} /> ridge baseline
              </label>
              <label title="Shown on the α̃ axis, where it is defined">
                <input type="checkbox" checked={s.showLowRank} onChange={(e) => set({ showLowRank: e.target.checked })} data-testid="toggle-lowrank" /> low-rank limit
                r = O(1) {axis === 'alpha' && <small>(on the α̃ axis)</small>}
              </label>
              <label>
                <input type="checkbox" checked={s.showLargeBeta} onChange={(e) => set({ showLargeBeta: e.target.checked })} data-testid="toggle-largebeta" /> large-β limit
              </label>
            </fieldset>
          </aside>
        )}
        <section className="panel" aria-label="Error versus sample ratio">
          <div className="panel-head">
            <h2>Excess error vs {axis === 'alpha' ? 'α' : 'α̃'}</h2>
            <StatusBadge status={curve.status} error={curve.error} millis={curve.data?.millis} />
          </div>
          <div ref={plotBox} className="plot-box">
          <ErrorPlot
            data={curve.data}
            axis={axis}
            alphaMax={alphaMax}
            cursor={cursor}
            showRidge={s.showRidge}
            showLowRank={s.showLowRank}
            showLargeBeta={s.showLargeBeta}
            onCursor={(x) => set({ alpha: Number((axis === 'alpha' ? x : (x * rho * (1 + beta)) / beta).toPrecision(4)) })}
            width={plotWidth}
            height={Math.round(Math.min(plotWidth * 0.6, present ? 620 : 480))}
            thick={present}
          />
          </div>
          <ul className="legend-html" aria-label="Legend">
            <li>
              <span className="swatch solid" style={{ borderColor: COLORS.bo }} /> Bayes-optimal = GAMP-RIE (theory)
            </li>
            {s.showRidge && (
              <li>
                <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> ridge on vec(X), optimal λ = Δ
              </li>
            )}
            {s.showLowRank && axis === 'alphaTilde' && (
              <li>
                <span className="swatch dotted" style={{ borderColor: COLORS.lowRank }} /> low-rank limit r = O(1)
              </li>
            )}
            {s.showLargeBeta && (
              <li>
                <span className="swatch dashed" style={{ borderColor: COLORS.largeBeta }} /> β → ∞ limit
              </li>
            )}
            <li>
              <span className="swatch dashed" style={{ borderColor: COLORS.pr }} /> α_PR perfect recovery (BO, Δ = 0)
            </li>
            <li>
              <span className="swatch dotted" style={{ borderColor: COLORS.mnne }} /> α_MNNE nuclear-norm minimisation
            </li>
            {axis === 'alphaTilde' && (
              <li>
                <span className="swatch dotted" style={{ borderColor: COLORS.wr }} /> α̃_WR weak recovery when r = O(1)
              </li>
            )}
          </ul>
          <dl className="readout" data-testid="readout">
            <div>
              <dt>α</dt>
              <dd>{fmt(alpha)}</dd>
            </div>
            <div>
              <dt>α̃</dt>
              <dd>{fmt(toAlphaTilde(alpha, beta, rho))}</dd>
            </div>
            <div>
              <dt>E_BO</dt>
              <dd data-testid="readout-bo">{fmt(eBo)}</dd>
            </div>
            <div>
              <dt>E_ridge</dt>
              <dd>{fmt(eRidge)}</dd>
            </div>
            <div>
              <dt>α_PR</dt>
              <dd data-testid="readout-pr">{fmt(curve.data?.alphaPR ?? NaN)}</dd>
            </div>
            <div>
              <dt>α_MNNE</dt>
              <dd>{fmt(curve.data?.alphaMNNE ?? NaN)}</dd>
            </div>
          </dl>
          {curve.data?.warnings.map((w) => (
            <p key={w} className="warning" role="status">
              ⚠ {w}
            </p>
          ))}
        </section>
      </main>
      {!present && <Equations />}
    </div>
  );
}

function StatusBadge({ status, error, millis }: { status: PanelStatus; error: string | null; millis?: number }) {
  const text = status === 'ready' ? `ready${millis !== undefined ? ` · ${millis.toFixed(0)} ms` : ''}` : status === 'failed' ? `failed: ${error}` : status;
  return (
    <span className={`status status-${status}`} data-testid="status" role="status" aria-live="polite">
      {text}
    </span>
  );
}
