import { setState, useExplorer, useOnLinkLoaded } from '../../../state/useExplorer';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { StatusBadge } from '../../../ui/StatusBadge';
import { fmt } from '../../../ui/fmt';
import { Tabs } from '../../../ui/Tabs';
import { fieldOf, parseList, type NumberField } from '../../../state/schema';
import type { AimPanel } from '../fields';
import { interpolate } from '../../../numeric/interpolate';
import type { PanelData } from '../../../ui/export';
import { ExportBar } from '../../../ui/ExportBar';
import { LinePlot } from '../../../ui/LinePlot';
import { COLORS } from '../../../ui/palette';
import { FamilyPicker } from '../../../ui/FamilyPicker';
import { PresetList } from '../../../ui/PresetList';
import { histogram } from '../../../numeric/histogram';
import { CURVE_POINTS, type FamilyCurve } from '../../../ui/family';
import { AIM_PRESETS } from '../presets';
import { ParamControl } from '../../../ui/ParamControl';
import { aimClient } from './client';
import { aimAlgo, AimSimPanel, aimShownResults, aimSimRequest } from './AimSimPanel';
import { AimPhaseMap } from './AimPhaseMap';
import { type AimCurve, aimPlotInput, errorCurve } from './plotInput';
import { simStore, useForgetSimsOn, useSimPoints } from '../../../ui/simStore';
import type { AimSimPointResult } from '../simPoint';
import { useSettled } from '../../../ui/useSettled';
import { useWidth } from '../../../ui/useWidth';
import { type PanelStatus, useQuery } from '../../../bridge/hooks';

const AIM_PANELS: Array<[AimPanel, string]> = [
  ['spectrum', 'Spectrum'],
  ['phase', 'Phase diagram'],
  ['test', 'Test error'],
  ['sim', 'Simulation'],
];


/**
 * The attention-indexed model with the softmax channel: Bayes-optimal estimation error against
 * α = n/D² (or ᾱ = (T²+T−2)α, on which all T collapse), α_PR, and the spectrum at the fixed point.
 */
export function AimView() {
  const s = useExplorer((st) => st);
  const set = setState;
  useOnLinkLoaded('aim', (st) => {
    const alphas = parseList(st.simAlphas, 16).values;
    if (alphas.length) void simStore.getState().run('aim', alphas.map((a) => aimSimRequest(st, a)));
  });
  useForgetSimsOn(`${s.rho}|${s.channel}|${s.T}`);
  const { alpha, rho, axis, alphaMax, present, hideControls } = s;
  const hard = s.channel === 'hardmax';
  const T = hard ? 2 : s.T;
  // Horizontal scale: softmax collapses on ᾱ = (T²+T−2)α; hardmax is read on ᾱ = α/ρ (its ρ → 0 axis).
  const k = hard ? 1 / rho : T * T + T - 2;
  // Plot range: [0, alphaMax] in ᾱ for softmax, in α for hardmax (its error decays like 1/α).
  const top = hard ? alphaMax : alphaMax / k;
  const xMax = axis === 'alpha' ? top : k * top;
  const alphas = useMemo(() => Array.from({ length: CURVE_POINTS }, (_, i) => (top * i) / (CURVE_POINTS - 1)), [top]);
  const req = { T, rho, alphas };
  const q = useQuery(() => (hard ? Promise.resolve(null) : aimClient.call('curve', req, { lane: 'aim.curve' })), JSON.stringify({ T, rho, n: alphas.length, a: top, hard }));
  // Extra curves, one per ρ (or per T for softmax), on the same α grid as the main curve.
  const familyValues = s.family === 'rho' || (s.family === 'T' && !hard) ? parseList(s.familyValues).values.filter((v) => s.family !== 'T' || Number.isInteger(v)) : [];
  const freq = { kind: s.family, values: familyValues, T, rho, alphas, hard, top };
  const fq = useQuery(
    (r = freq): Promise<FamilyCurve<AimCurve>[]> =>
      Promise.all(
        r.values.map(async (v): Promise<FamilyCurve<AimCurve>> => {
          const fT = r.kind === 'T' ? v : r.T;
          const fRho = r.kind === 'rho' ? v : r.rho;
          const curve: AimCurve = r.hard
            ? { channel: 'hardmax', curve: await aimClient.call('hardmax', { rho: fRho }) }
            : { channel: 'softmax', curve: await aimClient.call('curve', { T: fT, rho: fRho, alphas: r.alphas }) };
          return { value: v, curve };
        }),
      ),
    JSON.stringify({ ...freq, alphas: alphas.length }),
  );
  const family = familyValues.length ? (fq.data ?? []) : [];
  // A hardmax curve takes about a second: while ρ is dragged a 20-point curve (0.2 s) follows the slider,
  // and the full one is computed once ρ has been still for 300 ms.
  const settledRho = useSettled(rho, 300);
  const hreq = { rho: settledRho, published: s.aimPublished };
  const hqFull = useQuery(() => (hard ? aimClient.call('hardmax', hreq, { lane: 'aim.curve' }) : Promise.resolve(null)), JSON.stringify({ ...hreq, hard }));
  const dragging = hard && settledRho !== rho;
  const hqDrag = useQuery(() => (dragging ? aimClient.call('hardmax', { rho, points: 20 }, { lane: 'aim.drag' }) : Promise.resolve(null)), JSON.stringify({ rho, dragging }));
  const hq = hqFull.data && hqFull.data.rho === rho ? hqFull : hqDrag.data && hqDrag.data.rho === rho ? { ...hqDrag, status: 'stale' as const } : hqFull;
  const published = hard && s.aimPublished && hq.data?.published ? hq.data.published : null;
  const main: AimCurve | null = hard ? (hq.data ? { channel: 'hardmax', curve: hq.data } : null) : q.data ? { channel: 'softmax', curve: q.data } : null;
  const data = main && errorCurve(main, top);
  const status = hard ? hq : q;
  const cursor = axis === 'alpha' ? alpha : k * alpha;
  const xs = data ? (axis === 'alpha' ? data.alpha : data.alphaBar) : [];
  const m = data ? interpolate(xs, data.mmse, cursor) : NaN;
  const [box, width] = useWidth<HTMLDivElement>(820);
  const [sideBox, sideWidth] = useWidth<HTMLDivElement>(820);
  const sreq = { T, rho, alpha, points: 300, hardmaxError: hard ? (Number.isFinite(m) ? m : 1) : undefined };
  const sp = useQuery(() => aimClient.call('spectrum', sreq), JSON.stringify(sreq));
  useEffect(() => {
    if (alpha > top) set({ alpha: Number(top.toPrecision(3)) });
  }, [alpha, top, set]);
  const mainData: PanelData | null = hard
    ? data
      ? {
          name: 'curve',
          params: { model: 'aim', channel: 'hardmax', T: 2, rho },
          columns: {
            alpha: data.alpha,
            alphaBar: data.alphaBar,
            mmse: data.mmse,
            ...(published ? { publishedAlpha: published.alpha, publishedMmse: published.mmse } : {}),
          },
        }
      : null
    : q.data
      ? {
          name: 'curve',
          params: { model: 'aim', channel: 'softmax', T, rho, alphaPR: q.data.alphaPR },
          columns: {
            alpha: q.data.alpha,
            alphaBar: q.data.alphaBar,
            mmse: q.data.mmse,
            gaussianPrior: q.data.gaussian,
            status: q.data.status,
            // Family curves share the α grid of the main curve.
            ...Object.fromEntries(family.map((f) => [`mmse_${s.family}_${f.value}`, errorCurve(f.curve, top).mmse])),
          },
        }
      : null;
  const spd = sp.data;
  const [side, setSide] = useState<{ status: PanelStatus; detail: string }>({ status: 'computing', detail: '' });
  const [panelData, setPanelData] = useState<PanelData | null>(null);
  const onSideStatus = useCallback((status: PanelStatus, detail: string) => setSide({ status, detail }), []);
  const onSideData = useCallback((d: PanelData | null) => setPanelData(d), []);
  const aimResults = useSimPoints<AimSimPointResult>('aim');
  // Eigenvalues of the last GAMP-RIE denoiser input at exactly this α, beside the fixed point's density.
  const lastAmp = aimResults.filter((r) => r.request.algo === 'amp' && r.request.channel === (hard ? 'hardmax' : 'softmax') && r.request.T === T && r.request.rho === rho && r.request.alpha === alpha).pop();
  const ampHist = lastAmp && lastAmp.eigenvalues.length ? histogram(lastAmp.eigenvalues, 30, true) : null;
  const sims = aimShownResults(s, aimResults).map((r) => ({
    x: axis === 'alpha' ? r.request.alpha : k * r.request.alpha,
    mean: r.mean,
    std: r.std,
    label: `${r.request.algo} at α = ${r.request.alpha}, D = ${r.request.D}: ${r.mean.toFixed(4)} ± ${r.std.toFixed(4)} over ${r.finals.length} seeds`,
  }));
  // Bayes-optimal test error along the curve (T = 2), on the plotted axis.
  const test = (() => {
    if (hard) {
      const d = hq.data;
      if (!d) return null;
      const keep = d.alpha.map((_a, i) => i).filter((i) => d.alpha[i] <= top * 1.02);
      return { alpha: keep.map((i) => d.alpha[i]), value: keep.map((i) => d.testError[i]) };
    }
    return q.data?.testError ? { alpha: q.data.alpha, value: q.data.testError } : null;
  })();
  const testX = test ? test.alpha.map((a) => (axis === 'alpha' ? a : k * a)) : [];
  const testAt = test ? interpolate(testX, test.value, cursor) : NaN;
  const testData: PanelData | null = test ? { name: 'test-error', params: { model: 'aim', channel: hard ? 'hardmax' : 'softmax', T, rho, definition: 'E||y - E[y|x,data]||_F^2 per sample' }, columns: { alpha: test.alpha, testError: test.value } } : null;
  const sideData = spd && spd.status === 'converged' ? { name: 'spectrum', params: { model: 'aim', T, rho, alpha, delta: spd.delta }, columns: { s: spd.s, density: spd.density } } : null;
  return (
    <main className="layout">
      {!hideControls && (
        <aside className="controls" aria-label="Parameters">
          <PresetList title="Attention-model figures" open={!present} presets={AIM_PRESETS.filter((p) => p.group === 'aim')} />
          <PresetList title="Attention-model simulations (5–15 s each)" open={false} presets={AIM_PRESETS.filter((p) => p.group === 'aim-simulation')} />
          <p className="model-blurb">
            Tokens x ∈ ℝ^(T×D), target S = WWᵀ/√(rD), h = (xSxᵀ − Tr S·I)/√D, output y = softmax or hardmax of each row of h; α = n/D², ρ = r/D.
            {hard ? ' Hardmax (T = 2) keeps only which entry of each row is largest.' : ' The softmax can be inverted up to one shift per sample, so the error depends on α and T only through ᾱ = (T²+T−2)α.'}
          </p>
          <ParamControl field={fieldOf('alpha') as NumberField} value={alpha} max={top} hint="samples per D², n/D²" onChange={(v) => set({ alpha: v })} />
          <ParamControl field={fieldOf('rho') as NumberField} value={rho} hint="width of the target, r/D" onChange={(v) => set({ rho: v })} />
          <fieldset className="toggles">
            <legend>Output channel</legend>
            <label>
              <input type="radio" name="aim-channel" checked={!hard} onChange={() => set({ channel: 'softmax' })} /> softmax (any T)
            </label>
            <label>
              <input type="radio" name="aim-channel" checked={hard} onChange={() => set({ channel: 'hardmax' })} data-testid="aim-hardmax" /> hardmax (T = 2)
            </label>
          </fieldset>
          {!hard && <ParamControl field={fieldOf('T') as NumberField} value={T} hint="tokens per sequence" onChange={(v) => set({ T: Math.round(v) })} />}
          <ParamControl field={fieldOf('alphaMax') as NumberField} value={alphaMax} hint={hard ? 'right end of the plot, in α' : 'right end of the plot, in ᾱ'} onChange={(v) => set({ alphaMax: v })} />
          <FamilyPicker s={s} set={set} kinds={hard ? [['rho', 'one curve per ρ']] : [['rho', 'one curve per ρ'], ['T', 'one curve per T (they collapse on ᾱ)']]} />
          <fieldset className="toggles">
            <legend>Horizontal axis</legend>
            <label>
              <input type="radio" name="aim-axis" checked={axis === 'alpha'} onChange={() => set({ axis: 'alpha' })} /> α = n/D²
            </label>
            <label>
              <input type="radio" name="aim-axis" checked={axis === 'alphaTilde'} onChange={() => set({ axis: 'alphaTilde' })} data-testid="aim-axis-bar" /> {hard ? 'ᾱ = α/ρ = n/(Dr)' : 'ᾱ = (T²+T−2)α'}
            </label>
          </fieldset>
          {hard && (
            <fieldset className="toggles">
              <legend>Published curve</legend>
              <label>
                <input type="checkbox" checked={s.aimPublished} onChange={(e) => set({ aimPublished: e.target.checked })} data-testid="aim-published" /> show “as published”
              </label>
              <p className="model-blurb">
                This explorer uses the correct output function, ∂Φ₂/∂κ₁ = φ(κ₁)Φ((κ₂ − ϱκ₁)/√(1−ϱ²)). The published hardmax curves put the joint
                density φ₂(κ₁, κ₂; ϱ) there instead; recomputed that way they are reproduced to 2·10⁻³, and they lie well above the correct curve
                (0.629 vs 0.374 at ρ = 0.5, α = 0.3). GAMP-RIE with the correct output function reaches the lower curve, so the published one
                cannot be the Bayes-optimal error. Its ρ → 0 threshold would be ᾱ_c = 0.563 instead of 0.403.
              </p>
            </fieldset>
          )}
        </aside>
      )}
      <div className="panels">
        <section className="panel" aria-label="Estimation error versus sample ratio">
          <div className="panel-head">
            <h2>
              Estimation error vs {axis === 'alpha' ? 'α' : 'ᾱ'} ({hard ? 'hardmax' : 'softmax'}, T = {T})
            </h2>
            <StatusBadge status={status.status} detail={status.status === 'failed' ? (status.error ?? '') : status.data ? `${status.data.millis.toFixed(0)} ms` : ''} testId="status" />
          </div>
          <div
            ref={box}
            className="plot-box"
          >
            <LinePlot
              {...aimPlotInput({
                main,
                axis,
                top,
                xMax,
                k,
                cursor,
                family,
                familyKind: s.family,
                sims,
                published: s.aimPublished,
                thick: present,
                xLabel: axis === 'alpha' ? 'α = n / D²' : hard ? 'ᾱ = α / ρ = n / (Dr)' : 'ᾱ = (T² + T − 2) α',
                yLabel: 'estimation error (1/D)‖Ŝ − S‖²',
              })}
              testId="main-plot"
              ariaLabel={`Excess test error versus ${axis === 'alpha' ? 'α = n / D²' : hard ? 'ᾱ = α / ρ = n / (Dr)' : 'ᾱ = (T² + T − 2) α'}`}
              xTicks={8}
              onPick={(x) => set({ alpha: Number((axis === 'alpha' ? x : x / k).toPrecision(4)) })}
              width={width}
              height={Math.round(Math.min(width * 0.58, present ? 620 : 460))}
              thick={present}
            />
          </div>
          <ul className="legend-html">
            <li>
              <span className="swatch solid" style={{ borderColor: COLORS.bo }} /> Bayes-optimal ({hard ? 'hardmax' : 'softmax'} channel)
            </li>
            {hard ? (
              <>
                {published && (
                  <li>
                    <span className="swatch dashed" style={{ borderColor: COLORS.published }} /> as published (reproduced): uses the density φ₂ where ∂Φ₂/∂κ belongs
                  </li>
                )}
                <li>no weak- or perfect-recovery threshold at fixed ρ &gt; 0: the error decays like 1/α</li>
                {axis === 'alphaTilde' && (
                  <li>
                    <span className="swatch dotted" style={{ borderColor: COLORS.lowRank }} /> ρ → 0 limit, weak recovery from ᾱ_c = 0.4034
                  </li>
                )}
              </>
            ) : (
              <>
                <li>
                  <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> ρ → ∞ (Gaussian prior): 1 − ᾱ
                </li>
                <li>
                  <span className="swatch dashed" style={{ borderColor: COLORS.pr }} /> α_PR = (2ρ − ρ²)/(T²+T−2), or 1/(T²+T−2) for ρ ≥ 1
                </li>
              </>
            )}
            {sims.length > 0 && (
              <li>
                □ simulation, mean ± std over seeds ({{ amp: 'GAMP-RIE', gd: 'GD', agd: 'averaged GD' }[aimAlgo(s)]}, D = {s.simD})
              </li>
            )}
          </ul>
          <dl className="readout">
            <div>
              <dt>α</dt>
              <dd>{fmt(alpha)}</dd>
            </div>
            <div>
              <dt>ᾱ</dt>
              <dd>{fmt(k * alpha)}</dd>
            </div>
            <div>
              <dt>MMSE</dt>
              <dd data-testid="readout-bo">{fmt(m)}</dd>
            </div>
            <div>
              <dt>α_PR</dt>
              <dd data-testid="readout-pr">{hard ? 'none' : fmt(q.data?.alphaPR ?? NaN)}</dd>
            </div>
          </dl>
          <ExportBar svg={box} data={mainData} />
        </section>
        <section className="panel" aria-label="Second panel">
          <div className="panel-head">
            <Tabs tabs={AIM_PANELS} value={s.aimPanel} onChange={(id) => set({ aimPanel: id })} testPrefix="aim-tab-" />
            {s.aimPanel === 'spectrum' && (
              <StatusBadge
                status={sp.status}
                detail={spd?.status === 'converged' ? `Δ = 1/q̂ = ${spd.delta.toPrecision(4)}, ${spd.bands.length} band${spd.bands.length === 1 ? '' : 's'}` : spd ? 'perfect recovery: nothing left to denoise' : ''}
                testId="side-status"
              />
            )}
            {s.aimPanel === 'test' && (
              <StatusBadge status={test || T !== 2 ? 'ready' : 'computing'} detail={test ? `at the cursor ${fmt(testAt)}` : T !== 2 ? 'computed for T = 2 only' : ''} testId="side-status" />
            )}
            {(s.aimPanel === 'phase' || s.aimPanel === 'sim') && (
              <StatusBadge status={side.status} detail={side.detail} testId="side-status" />
            )}
          </div>
          {s.aimPanel === 'spectrum' && (
            <h3 className="panel-sub">
              Eigenvalue density of the denoising problem at the fixed point
              {ampHist ? ` · histogram: the last GAMP-RIE run at α = ${alpha} (D = ${lastAmp!.request.D}, its final Δ = ${lastAmp!.delta.toPrecision(3)})` : ''}
            </h3>
          )}
          {s.aimPanel === 'test' && (
            <h3 className="panel-sub">
              Bayes-optimal test error E‖y − E[y | x, data]‖²_F per sample (all T² outputs summed), T = 2
            </h3>
          )}
          <div
            ref={sideBox}
            className="plot-box"
          >
            {s.aimPanel === 'spectrum' && (
              <LinePlot
                testId="aim-spectrum-plot"
                ariaLabel="Eigenvalue density of (√ρ·Marchenko–Pastur) ⊞ semicircle at the fixed point"
                series={[
                  ...(ampHist ? [{ key: 'histogram', x: ampHist.x, y: ampHist.y, color: COLORS.sim, width: 1.2 }] : []),
                  ...(spd && spd.status === 'converged' ? [{ key: 'density', x: spd.s, y: spd.density, color: COLORS.bo }] : []),
                ]}
                vlines={(spd?.bands ?? []).flatMap((b, i) => [
                  { key: `lo${i}`, x: b.lo, color: COLORS.pr, dash: '4 3' },
                  { key: `hi${i}`, x: b.hi, color: COLORS.pr, dash: '4 3' },
                ])}
                xDomain={spd && spd.s.length ? [spd.s[0], spd.s[spd.s.length - 1]] : [-1, 4]}
                yDomain={[0, Math.max(spd && spd.density.length ? Math.max(...spd.density) : 0.5, ampHist ? Math.max(...ampHist.y) : 0) * 1.1]}
                xLabel="eigenvalue of S + √Δ Z"
                yLabel="density"
                width={sideWidth}
                height={Math.round(Math.min(sideWidth * 0.5, 360))}
                thick={present}
              />
            )}
            {s.aimPanel === 'test' &&
              (test ? (
                <LinePlot
                  testId="aim-test-plot"
                  ariaLabel="Bayes-optimal test error versus sample ratio"
                  series={[{ key: 'test', x: testX, y: test.value, color: COLORS.bo }]}
                  vlines={[{ key: 'cursor', x: cursor, color: COLORS.cursor, dash: '' }, ...(!hard && q.data && q.data.alphaPR * (axis === 'alpha' ? 1 : k) <= xMax ? [{ key: 'pr', x: q.data.alphaPR * (axis === 'alpha' ? 1 : k), color: COLORS.pr, dash: '6 3' }] : [])]}
                  xDomain={[0, xMax]}
                  yDomain={[0, Math.max(0.05, ...test.value.filter(Number.isFinite)) * 1.08]}
                  xLabel={axis === 'alpha' ? 'α = n / D²' : hard ? 'ᾱ = α / ρ' : 'ᾱ = (T² + T − 2) α'}
                  yLabel="test error per sample"
                  width={sideWidth}
                  height={Math.round(Math.min(sideWidth * 0.5, 360))}
                  thick={present}
                />
              ) : (
                <p className="model-blurb">{T !== 2 ? 'The test error is computed for T = 2 (for larger T it is a T(T+1)/2-dimensional integral). Set T = 2 to see it.' : 'computing…'}</p>
              ))}
            {s.aimPanel === 'sim' && <AimSimPanel s={s} set={set} width={sideWidth} thick={present} onStatus={onSideStatus} onData={onSideData} />}
            {s.aimPanel === 'phase' && (
              <AimPhaseMap
                channel={hard ? 'hardmax' : 'softmax'}
                T={T}
                rho={rho}
                x={hard ? alpha : k * alpha}
                xMax={alphaMax}
                width={sideWidth}
                onPick={(x, r) => set({ rho: Number(r.toPrecision(3)), alpha: Number((hard ? x : x / (T * T + T - 2)).toPrecision(3)) })}
                onStatus={onSideStatus}
                onData={onSideData}
              />
            )}
          </div>
          <ExportBar svg={sideBox} data={s.aimPanel === 'spectrum' ? sideData : s.aimPanel === 'test' ? testData : panelData} />
        </section>
      </div>
    </main>
  );
}
