import { useMemo } from 'react';
import { setState, useExplorer, useOnLinkLoaded } from '../../../state/useExplorer';
import type { PanelData } from '../../../ui/export';
import { ExportBar } from '../../../ui/ExportBar';
import { fmt } from '../../../ui/fmt';
import { COLORS } from '../../../ui/palette';
import { simStore, useForgetSimsOn } from '../../../ui/simStore';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useWidth } from '../../../ui/useWidth';
import { toAlphaTilde } from '../theory/thresholds';
import { Controls } from './Controls';
import { Equations } from './Equations';
import { interpolate } from '../../../numeric/interpolate';
import { LinePlot } from '../../../ui/LinePlot';
import { bsrPlotInput } from './plotInput';
import { SidePanel } from './SidePanel';
import { linkRequests } from './simRequests';
import { simMarks } from './simSelection';
import { useBsrCurve } from './useBsrCurve';
import { useFamily } from './useFamily';
import { useShownSims } from './useShownSims';

/** Bilinear sequence regression: the error curve with its baselines and thresholds, and a second panel. */
export function BsrView() {
  const s = useExplorer((st) => st);
  const { alpha, beta, rho, delta, axis, alphaMax, present, hideControls } = s;
  const set = setState;
  useOnLinkLoaded('bsr', (st) => {
    const requests = linkRequests(st);
    if (requests.length) void simStore.getState().run('bsr', requests);
  });
  const curve = useBsrCurve(beta, rho, delta, axis, alphaMax);
  useForgetSimsOn(`${beta}|${rho}|${delta}`);
  const shown = useShownSims();
  const sims = useMemo(() => simMarks(shown, axis), [shown, axis]);
  const family = useFamily(s.family, s.familyValues, beta, rho, delta, axis, alphaMax);
  const [mainBox, mainWidth] = useWidth<HTMLDivElement>(820);
  const cursor = axis === 'alpha' ? alpha : toAlphaTilde(alpha, beta, rho);
  const xs = curve.data ? (axis === 'alpha' ? curve.data.alpha : curve.data.alphaTilde) : [];
  const eBo = curve.data ? interpolate(xs, curve.data.bo, cursor) : NaN;
  const eRidge = curve.data ? interpolate(xs, curve.data.ridge, cursor) : NaN;
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
  return (
    <>
      <main className="layout">
          {!hideControls && <Controls s={s} set={set} />}
          <div className="panels">
            <section className="panel" aria-label="Error versus sample ratio">
              <div className="panel-head">
                <h2>Excess error vs {axis === 'alpha' ? 'α' : 'α̃'}</h2>
                <StatusBadge status={curve.status} detail={curve.status === 'failed' ? curve.error ?? '' : curve.data ? `${curve.data.millis.toFixed(0)} ms` : ''} testId="status" />
              </div>
              <div ref={mainBox} className="plot-box">
                <LinePlot
                  {...bsrPlotInput({
                    data: curve.data,
                    axis,
                    alphaMax,
                    cursor,
                    showRidge: s.showRidge,
                    showLowRank: s.showLowRank,
                    showLargeBeta: s.showLargeBeta,
                    family,
                    familyKind: s.family,
                    sims,
                    thick: present,
                  })}
                  testId="main-plot"
                  ariaLabel={`Excess test error versus ${axis === 'alpha' ? 'α = n / (dL)' : 'α̃ = n / (r(d + L))'}`}
                  xTicks={8}
                  onPick={(x) => set({ alpha: Number((axis === 'alpha' ? x : (x * rho * (1 + beta)) / beta).toPrecision(4)) })}
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
            <SidePanel />
          </div>
        </main>
      {!present && <Equations />}
    </>
  );
}
