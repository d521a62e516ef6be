import { useCallback, useEffect, useRef, useState } from 'react';
import { StatusBadge } from '../ui/StatusBadge';
import { fmt } from '../ui/fmt';
import { Tabs } from '../ui/Tabs';
import { toAlphaTilde } from '../models/bsr/theory/thresholds';
import type { Panel } from '../state/schema';
import { hashOf, pickState } from '../state/store';
import { aimSimRequest } from '../models/aim/view/AimSimPanel';
import { AimView } from '../models/aim/view/AimView';
import { SmiView } from '../models/smi/view/SmiView';
import { Controls } from '../models/bsr/view/Controls';
import { Equations } from '../models/bsr/view/Equations';
import { ErrorPlot, interpolate } from '../models/bsr/view/ErrorPlot';
import type { PanelData } from '../ui/export';
import { ExportBar } from '../ui/ExportBar';
import { COLORS } from '../ui/palette';
import { PhaseDiagram } from '../models/bsr/view/PhaseDiagram';
import { lrStudyRequests, SimPanel, simRequest } from '../models/bsr/view/SimPanel';
import { simStore, useSim } from '../ui/simStore';
import { parseList } from '../state/schema';
import { LandscapePanel, SpectrumPanel, StrongPanel } from '../models/bsr/view/SidePanels';
import { useBsrCurve, type PanelStatus } from '../models/bsr/view/useBsrCurve';
import { explorerStore, startUrlSync, useExplorer } from '../state/useExplorer';
import { useFamily } from '../models/bsr/view/useFamily';
import { useWidth } from '../ui/useWidth';


const PANELS: Array<[Panel, string]> = [
  ['phase', 'Phase diagram'],
  ['spectrum', 'Spectrum'],
  ['landscape', 'Landscape'],
  ['strong', 'Strong recovery'],
  ['sim', 'Simulation'],
];

export function App() {
  const s = useExplorer((st) => st);
  const { alpha, beta, rho, delta, axis, alphaMax, present, hideControls, notices } = s;
  const set = explorerStore.getState().set;
  // A link with simulated α values runs them again (same settings and seeds give the same numbers).
  useEffect(
    () =>
      startUrlSync(() => {
        const st = explorerStore.getState();
        const alphas = parseList(st.simAlphas, 16).values;
        const requests =
          st.model === 'aim' ? alphas.map((a) => aimSimRequest(st, a)) : [...alphas.map((a) => simRequest(st, a)), ...lrStudyRequests(st)];
        if (requests.length) void simStore.getState().run(requests);
      }),
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if ((t.tagName === 'INPUT' && (t as HTMLInputElement).type === 'text') || t.tagName === 'SELECT') return;
      const st = explorerStore.getState();
      if ((e.ctrlKey || e.metaKey) && e.key === 'z') {
        e.preventDefault();
        st.undo();
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
        if (e.key === 'p') st.set({ present: !st.present });
        else if (e.key === 'h') st.set({ hideControls: !st.hideControls });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const curve = useBsrCurve(beta, rho, delta, axis, alphaMax);
  // Simulations belong to the model and parameters they ran at: when those change, the link stops listing them.
  const theoryKey = `${s.model}|${beta}|${rho}|${delta}|${s.model === 'aim' ? `${s.channel}|${s.T}` : ''}`;
  const firstKey = useRef(theoryKey);
  useEffect(() => {
    const st = explorerStore.getState();
    // A change that came with a link (simulations included) is not a user's edit.
    const linked = simStore.getState().running && parseList(st.simAlphas, 16).values.length > 0;
    if (theoryKey !== firstKey.current && (st.simAlphas || st.simEtas) && !linked) set({ simAlphas: '', simEtas: '' });
    firstKey.current = theoryKey;
  }, [theoryKey, set]);
  const simResults = useSim((x) => x.results);
  const sims = simResults
    .filter(
      (r) =>
        r.request.beta === beta &&
        r.request.rho === rho &&
        r.request.delta === delta &&
        r.request.algo === s.simAlgo &&
        (r.request.algo === 'amp' || r.request.algo === 'mnne' || (r.request.lr === s.simLr && r.request.init === s.simInit)) &&
        parseList(s.simAlphas, 16).values.includes(r.request.alpha),
    )
    .map((r) => ({
      x: axis === 'alpha' ? r.request.alpha : toAlphaTilde(r.request.alpha, beta, rho),
      mean: r.mean,
      std: r.std,
      label: `${r.request.algo} at α = ${r.request.alpha}, d = ${r.request.d}: ${r.mean.toFixed(4)} ± ${r.std.toFixed(4)} over ${r.finals.length} seeds`,
    }));
  const family = useFamily(s.family, s.familyValues, beta, rho, delta, axis, alphaMax);
  const [mainBox, mainWidth] = useWidth<HTMLDivElement>(820);
  const [sideBox, sideWidth] = useWidth<HTMLDivElement>(820);
  const cursor = axis === 'alpha' ? alpha : toAlphaTilde(alpha, beta, rho);
  const xs = curve.data ? (axis === 'alpha' ? curve.data.alpha : curve.data.alphaTilde) : [];
  const eBo = curve.data ? interpolate(xs, curve.data.bo, cursor) : NaN;
  const eRidge = curve.data ? interpolate(xs, curve.data.ridge, cursor) : NaN;
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
  const [side, setSide] = useState<{ status: PanelStatus; detail: string }>({ status: 'computing', detail: '' });
  const [sideData, setSideData] = useState<PanelData | null>(null);
  const onSideStatus = useCallback((status: PanelStatus, detail: string) => setSide({ status, detail }), []);
  const onSideData = useCallback((d: PanelData | null) => setSideData(d), []);
  const mainData: PanelData | null = curve.data
    ? {
        name: 'curve',
        params: { beta, rho, delta, axis, alphaPR: curve.data.alphaPR, alphaMNNE: curve.data.alphaMNNE },
        columns: {
          alpha: curve.data.alpha,
          alphaTilde: curve.data.alphaTilde,
          bo: curve.data.bo,
          ridge: curve.data.ridge,
          lowRank: curve.data.lowRank,
          largeBeta: curve.data.largeBeta,
          status: curve.data.status,
          ...Object.fromEntries(family.map((f) => [`bo_${s.family}_${f.value}`, f.curve.bo])),
        },
      }
    : null;
  const pick = (a: number, y: number) => set({ alpha: Number(a.toPrecision(3)), ...(s.plane === 'alpha-rho' ? { rho: Number(y.toPrecision(3)) } : { beta: Number(y.toPrecision(3)) }) });
  return (
    <div className={`app${present ? ' present' : ''}${hideControls ? ' no-controls' : ''}`}>
      <header className="topbar">
        <h1>
          Tokenphase <span className="subtitle">— {{ bsr: 'Bilinear sequence regression', aim: 'Attention-indexed model', smi: 'Deep tied attention (SMI)' }[s.model]}</span>
        </h1>
        <nav className="actions" aria-label="View actions">
          <select value={s.model} onChange={(e) => set({ model: e.target.value as typeof s.model })} aria-label="Model" data-testid="model-select">
            <option value="bsr">BSR: bilinear sequence regression</option>
            <option value="aim">AIM: attention-indexed model</option>
            <option value="smi">SMI / deep attention</option>
          </select>
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
      {s.model === 'aim' ? (
        <AimView s={s} set={set} />
      ) : s.model === 'smi' ? (
        <SmiView s={s} set={set} />
      ) : (
      <main className="layout">
        {!hideControls && <Controls s={s} set={set} />}
        <div className="panels">
          <section className="panel" aria-label="Error versus sample ratio">
            <div className="panel-head">
              <h2>Excess error vs {axis === 'alpha' ? 'α' : 'α̃'}</h2>
              <StatusBadge status={curve.status} detail={curve.status === 'failed' ? curve.error ?? '' : curve.data ? `${curve.data.millis.toFixed(0)} ms` : ''} testId="status" />
            </div>
            <div ref={mainBox} className="plot-box">
              <ErrorPlot
                data={curve.data}
                axis={axis}
                alphaMax={alphaMax}
                cursor={cursor}
                showRidge={s.showRidge}
                showLowRank={s.showLowRank}
                showLargeBeta={s.showLargeBeta}
                family={family}
                familyKind={s.family}
                sims={sims}
                onCursor={(x) => set({ alpha: Number((axis === 'alpha' ? x : (x * rho * (1 + beta)) / beta).toPrecision(4)) })}
                width={mainWidth}
                height={Math.round(Math.min(mainWidth * 0.58, present ? 620 : 460))}
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
                  <span className="swatch dotted" style={{ borderColor: COLORS.wr }} /> α̃_WR weak recovery when r = O(1); none at extensive rank
                </li>
              )}
              {sims.length > 0 && <li>□ simulation, mean ± std over seeds ({{ amp: 'GAMP-RIE', gd: 'GD', agd: 'averaged GD', mnne: 'min. nuclear norm' }[s.simAlgo]}, d = {s.simD})</li>}
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
                <dd data-testid="readout-mnne">{fmt(curve.data?.alphaMNNE ?? NaN)}</dd>
              </div>
            </dl>
            {curve.data?.warnings.map((w) => (
              <p key={w} className="warning" role="status">
                ⚠ {w}
              </p>
            ))}
            <ExportBar svg={mainBox} data={mainData} />
          </section>
          <section className="panel" aria-label="Second panel">
            <div className="panel-head">
              <Tabs tabs={PANELS} value={s.panel} onChange={(id) => set({ panel: id })} testPrefix="tab-" />
              <StatusBadge status={side.status} detail={side.detail} testId="side-status" />
            </div>
            {s.panel === 'phase' && (
              <div className="plane-switch">
                <label>
                  <input type="radio" name="plane" checked={s.plane === 'alpha-rho'} onChange={() => set({ plane: 'alpha-rho' })} /> over (α, ρ) at β = {beta}
                </label>
                <label>
                  <input type="radio" name="plane" checked={s.plane === 'alpha-beta'} onChange={() => set({ plane: 'alpha-beta' })} data-testid="plane-alpha-beta" /> over (α, β) at ρ = {rho}
                </label>
              </div>
            )}
            <div ref={sideBox} className="plot-box">
              {s.panel === 'phase' && (
                <PhaseDiagram plane={s.plane} beta={beta} rho={rho} delta={delta} alpha={alpha} alphaMax={alphaMax} width={sideWidth} onPick={pick} onStatus={onSideStatus} onData={onSideData} />
              )}
              {s.panel === 'spectrum' && <SpectrumPanel beta={beta} rho={rho} delta={delta} alpha={alpha} width={sideWidth} thick={present} onStatus={onSideStatus} onData={onSideData} />}
              {s.panel === 'landscape' && <LandscapePanel beta={beta} rho={rho} delta={delta} alpha={alpha} width={sideWidth} thick={present} onStatus={onSideStatus} onData={onSideData} />}
              {s.panel === 'strong' && <StrongPanel axis={axis} width={sideWidth} thick={present} onStatus={onSideStatus} onData={onSideData} />}
              {s.panel === 'sim' && <SimPanel s={s} set={set} width={sideWidth} thick={present} onStatus={onSideStatus} onData={onSideData} />}
            </div>
            <ExportBar svg={sideBox} data={sideData} />
          </section>
        </div>
      </main>
      )}
      {!present && s.model === 'bsr' && <Equations />}
    </div>
  );
}
