import { setState, useExplorer } from '../../../state/useExplorer';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { StatusBadge } from '../../../ui/StatusBadge';
import { fmt } from '../../../ui/fmt';
import { Tabs } from '../../../ui/Tabs';
import type { GampIteration, GampResult } from '../sim/amp';
import { PAPER_ALPHA_CRITICAL, PAPER_OVERLAPS3_C1, PAPER_OVERLAPS_C1 } from '../theory/paperValues';
import { GdPanel } from './SmiGdPanel';
import { fieldOf, type NumberField } from '../../../state/schema';
import type { SmiPanel } from '../fields';
import { PresetList } from '../../bsr/view/Controls';
import { interpolate } from '../../bsr/view/ErrorPlot';
import type { PanelData } from '../../../ui/export';
import { ExportBar } from '../../../ui/ExportBar';
import { LinePlot, type Marker, type Series, type VLine } from '../../../ui/LinePlot';
import { COLORS, LAYER } from '../../../ui/palette';
import { ParamControl } from '../../../ui/ParamControl';
import { NumberInput, type SimPanelProps } from '../../bsr/view/SimPanel';
import { smiClient } from './client';
import { useQuery, useRun } from '../../../bridge/hooks';
import { useWidth } from '../../../ui/useWidth';

const SUB = ['₁₁', '₂₂', '₃₃'];
const PAPER = '#777777';
const CURVE_POINTS = 161;

const SMI_PANELS: Array<[SmiPanel, string]> = [
  ['thresholds', 'Thresholds vs c'],
  ['gen', 'Generalisation error'],
  ['amp', 'GAMP per layer'],
  ['gd', 'Gradient descent'],
];


/** The published thresholds at exactly this c, if the authors' table has it (never interpolated). */
function paperAt(c: number) {
  return PAPER_ALPHA_CRITICAL.find((p) => Math.abs(p.skip - c) < 1e-9) ?? null;
}

/** Splits a curve into its trusted part and the rest (drawn dashed), by status. */
function byStatus(y: number[], status: string[], trusted: boolean): number[] {
  return y.map((v, i) => ((status[i] === 'converged') === trusted ? v : NaN));
}

/**
 * Two or three layers of tied attention as a sequence multi-index model: per-layer overlaps against α = n/D
 * with the weak-recovery thresholds (the "grand staircase"), thresholds against the skip strength c, the
 * plug-in generalisation error, and GAMP and gradient-descent trajectories per layer.
 */
export function SmiView() {
  const s = useExplorer((st) => st);
  const set = setState;
  const { alpha, skip, alphaMax, present, hideControls } = s;
  const depth = s.layers === 3 ? 3 : 2;
  const layers = Array.from({ length: depth }, (_, l) => l);
  const alphas = useMemo(() => Array.from({ length: CURVE_POINTS }, (_, i) => (alphaMax * i) / (CURVE_POINTS - 1)), [alphaMax]);
  // A new c can take minutes: abandon the previous c's job instead of waiting for it.
  useEffect(() => () => smiClient.cancel('smi.curve'), [skip]);
  // A three-layer staircase without shipped data takes 15–25 minutes: computed only when asked for this c.
  const [compute3, setCompute3] = useState<number | null>(null);
  const compute = depth === 3 && compute3 === skip;
  const creq = { skip, alphas, depth, compute };
  const cq = useQuery(
    () => smiClient.call('curve', { layers: creq.depth, skip, alphas, compute }, { lane: 'smi.curve' }),
    JSON.stringify({ skip, alphaMax, depth, compute }),
  );
  // The published curves keep a variance floor ε = 10⁻³; that convention ships at c = 1 only.
  const showPaperSe = s.smiPaperSe && skip === 1;
  const pq = useQuery(
    () => (showPaperSe ? smiClient.call('curve', { layers: depth, skip, alphas, convention: 'paper' }, { lane: 'smi.curve' }) : Promise.resolve(null)),
    JSON.stringify({ skip, alphaMax, showPaperSe, depth }),
  );
  const paperSe = showPaperSe ? pq.data : null;
  // Thresholds run beside the curve, not behind it: a curve for a new c can take minutes.
  const tq = useQuery(() => smiClient.call('thresholds', { layers: depth, skip }, { lane: 'smi.thresholds' }), `${skip}|${depth}`);
  const curve = cq.data;
  // Thresholds: a computed three-layer staircase carries its own; otherwise the shipped or linearised ones.
  const th = depth === 3 && cq.data?.alphaC ? { alphaC: cq.data.alphaC } : tq.data;
  const paper = depth === 2 ? paperAt(skip) : null;
  // Which of layers 1 and 2 follows the last one depends on c (layer 1 at c = 1, layer 2 at c = 2).
  const nextLayers =
    th && th.alphaC.length === 3 && Number.isFinite(th.alphaC[0]) && Number.isFinite(th.alphaC[1])
      ? th.alphaC[0] <= th.alphaC[1]
        ? `layer 1 and then layer 2 (c = ${skip})`
        : `layer 2 and then layer 1 (c = ${skip})`
      : 'layers 1 and 2, in an order that depends on c';
  const [mainBox, mainWidth] = useWidth<HTMLDivElement>(820);
  const [sideBox, sideWidth] = useWidth<HTMLDivElement>(820);
  useEffect(() => {
    if (alpha > alphaMax) set({ alpha: Number(alphaMax.toPrecision(3)) });
  }, [alpha, alphaMax, set]);

  const at = (ys: number[] | undefined) => (curve && ys ? interpolate(curve.alpha, ys, alpha) : NaN);
  const qs = layers.map((l) => at(curve?.overlaps[l]));
  const gen = at(curve?.genError);
  // A path that stops before Q = I leaves NaN beyond its end: say where it ends.
  const lastFinite = curve ? curve.alpha.filter((_, i) => Number.isFinite(curve.overlaps[0][i])).pop() : undefined;
  const pathEnd = curve && lastFinite !== undefined && lastFinite < curve.alpha[curve.alpha.length - 1] ? lastFinite : null;
  const untrusted = curve ? curve.status.some((x) => x !== 'converged') : false;

  const series: Series[] = curve
    ? layers.flatMap((l) => [
        { key: `q${l + 1}`, x: curve.alpha, y: byStatus(curve.overlaps[l], curve.status, true), color: LAYER[l], width: present ? 4 : 2.6 },
        { key: `q${l + 1}-unverified`, x: curve.alpha, y: byStatus(curve.overlaps[l], curve.status, false), color: LAYER[l], dash: '3 4' },
        ...(paperSe ? [{ key: `q${l + 1}-paper`, x: paperSe.alpha, y: paperSe.overlaps[l], color: LAYER[l], dash: '7 3 2 3', width: 1.3 }] : []),
      ])
    : [];
  const vlines: VLine[] = [{ key: 'cursor', x: alpha, color: COLORS.cursor }];
  if (th) {
    // Labels stacked in the order the layers are learned.
    const order = [...layers].sort((a, b) => (Number.isFinite(th.alphaC[a]) ? th.alphaC[a] : Infinity) - (Number.isFinite(th.alphaC[b]) ? th.alphaC[b] : Infinity));
    order.forEach((l, row) => {
      const a = th.alphaC[l];
      if (Number.isFinite(a)) vlines.push({ key: `ac${l + 1}`, x: a, color: LAYER[l], dash: '6 3', label: `α_c,${l + 1} = ${a.toFixed(3)}`, labelRow: row });
    });
  }
  // The exact state evolution recovers every layer perfectly once each sample's two numbers (u up to its sign)
  // cover the unknown directions: α = 1 for two layers, 3/2 for three.
  const perfect = depth === 3 ? 1.5 : 1;
  vlines.push({ key: 'pr', x: perfect, color: COLORS.pr, dash: '2 2', label: `Q = I from α = ${depth === 3 ? '3/2' : '1'}`, labelRow: 4 });
  if (paper) {
    vlines.push({ key: 'paper2', x: paper.alpha2, color: PAPER, dash: '2 3', label: 'paper α₂', labelRow: 2 });
    vlines.push({ key: 'paper1', x: paper.alpha1, color: PAPER, dash: '2 3', label: 'paper α₁', labelRow: 3 });
  }
  const markers: Marker[] =
    skip !== 1
      ? []
      : depth === 2
        ? PAPER_OVERLAPS_C1.filter(([a]) => a <= alphaMax).flatMap(([a, p1, p2]) => [
            { key: `p1-${a}`, x: a, y: p1, color: LAYER[0], label: `published Q₁₁ = ${p1} at α = ${a}` },
            { key: `p2-${a}`, x: a, y: p2, color: LAYER[1], label: `published Q₂₂ = ${p2} at α = ${a}` },
          ])
        : [
            ...PAPER_OVERLAPS3_C1.q33.filter(([a]) => a <= alphaMax).map(([a, p]) => ({ key: `p3-${a}`, x: a, y: p, color: LAYER[2], label: `published Q₃₃ = ${p} at α = ${a}` })),
            ...PAPER_OVERLAPS3_C1.q11q22
              .filter(([a]) => a <= alphaMax)
              .flatMap(([a, p1, p2]) => [
                { key: `p1-${a}`, x: a, y: p1, color: LAYER[0], label: `published Q₁₁ = ${p1} at α = ${a}` },
                { key: `p2-${a}`, x: a, y: p2, color: LAYER[1], label: `published Q₂₂ = ${p2} at α = ${a}` },
              ]),
          ];
  const mainData: PanelData | null = curve
    ? {
        name: 'smi-overlaps',
        params: { model: 'smi', layers: depth, tokens: 2, skip, ...Object.fromEntries(layers.map((l) => [`alphaC${l + 1}`, th?.alphaC[l] ?? NaN])), source: curve.source },
        columns: { alpha: curve.alpha, ...Object.fromEntries(layers.map((l) => [`Q${l + 1}${l + 1}`, curve.overlaps[l]])), genError: curve.genError, status: curve.status },
      }
    : null;

  const [side, setSide] = useState<PanelData | null>(null);
  const onSideData = useCallback((d: PanelData | null) => setSide(d), []);
  const status = cq.status === 'failed' ? 'failed' : cq.status;
  const detail =
    cq.status === 'failed'
      ? (cq.error ?? '')
      : curve
        ? `${curve.source === 'computed' ? 'computed for this c' : curve.source === 'cached' ? 'cached' : 'shipped with the page'} · ${curve.millis} ms`
        : compute
          ? `computing the three-layer staircase for c = ${skip} (15–25 minutes; moving c abandons it)`
          : depth === 3
            ? 'three layers: shipped for c = 0.5, 1 and 2'
            : 'a c without shipped data takes a few minutes once (c = 0.5, 1, 2 are shipped)';
  const offerCompute = depth === 3 && !compute && cq.status === 'failed' && /shipped for c/.test(cq.error ?? '');
  return (
    <main className="layout">
      {!hideControls && (
        <aside className="controls" aria-label="Parameters">
          <PresetList title="Sequence-model figures" open={!present} group="smi" />
          {depth === 2 ? (
            <p className="model-blurb">
              Two tied attention layers on M = 2 tokens x ∈ ℝ^(D×2): z_ℓ = w_ℓᵀx/√D, A(z) = softmax(zzᵀ) + c·I, u = A(z₁)z₂, output y =
              softmax(uuᵀ); α = n/D. Layer 2 (the last) is learned first, layer 1 only at a second threshold: the grand staircase.
            </p>
          ) : (
            <p className="model-blurb">
              Three tied attention layers on M = 2 tokens: u = A(A(z₁)z₂)·A(z₁)·z₃, output y = softmax(uuᵀ), A(z) = softmax(zzᵀ) + c·I. Layer 3 (the
              last) is learned first, then {nextLayers}: a staircase of three steps.
            </p>
          )}
          <ParamControl field={fieldOf('alpha') as NumberField} value={alpha} max={alphaMax} hint="samples per dimension, n/D" onChange={(v) => set({ alpha: v })} />
          <ParamControl field={fieldOf('skip') as NumberField} value={skip} hint="skip-connection strength" onChange={(v) => set({ skip: v })} />
          <ParamControl field={fieldOf('layers') as NumberField} value={depth} hint="number of attention layers (2 or 3)" onChange={(v) => set({ layers: v })} />
          <ParamControl field={fieldOf('alphaMax') as NumberField} value={alphaMax} hint="right end of the plot" onChange={(v) => set({ alphaMax: v })} />
          <fieldset className="toggles">
            <legend>Published convention</legend>
            <label>
              <input type="checkbox" checked={s.smiPaperSe} onChange={(e) => set({ smiPaperSe: e.target.checked })} data-testid="smi-paper-se" /> also the
              state evolution with the published variance floor ε = 10⁻³ (c = 1)
            </label>
          </fieldset>
          {depth === 2 ? (
            <>
              <p className="model-blurb">
                With the exact state evolution both layers are recovered perfectly from α = 1 on (each sample gives two numbers, u up to its sign,
                for two unknown directions). The published curves approach 1 slowly instead because their code adds 10⁻³ to the variances; with
                that floor this state evolution reproduces them.
              </p>
              <p className="model-blurb">
                One direction per layer. Thresholds come from the linearised state evolution; the published threshold table disagrees with it (α₂ =
                0.144 vs 0.188 at c = 1, below the bound 1/6 that two tokens impose) and is drawn as “paper values”.
              </p>
            </>
          ) : (
            <p className="model-blurb" data-testid="smi-depth3-note">
              Three layers, one direction each, shipped for c = 0.5, 1 and 2 (another c takes 15–25 minutes of quadrature; CLI: smi curve --layers 3 --compute
              yes). The inner posterior is 4-D and is importance-sampled; against twice the points, the staircase moves by under 0.01 in α (up to 0.02 in an overlap where it rises steeply). Each sample gives two numbers for
              three directions, so the exact state evolution reaches Q = I at α = 3/2. Circles: the published three-layer state evolution, which
              floors the variances at 10⁻³ and lags behind near every onset.
            </p>
          )}
        </aside>
      )}
      <div className="panels">
        <section className="panel" aria-label="Overlaps per layer versus sample ratio">
          <div className="panel-head">
            <h2>
              Overlap per layer vs α ({depth} layers, c = {skip})
            </h2>
            <StatusBadge status={status} detail={detail} testId="status" />
            {offerCompute && (
              <button onClick={() => setCompute3(skip)} data-testid="smi-compute3">
                Compute c = {skip} here (15–25 minutes)
              </button>
            )}
          </div>
          <div
            ref={mainBox}
            className="plot-box"
          >
            <LinePlot
              testId="smi-plot"
              ariaLabel={`Bayes-optimal overlaps ${layers.map((l) => `Q${SUB[l]}`).join(', ')} versus α`}
              series={series}
              vlines={vlines}
              markers={markers}
              onPick={(x) => set({ alpha: Number(x.toPrecision(3)) })}
              xDomain={[0, alphaMax]}
              yDomain={[0, 1.02]}
              xLabel="α = n / D"
              yLabel="overlap Q_ℓℓ"
              width={mainWidth}
              height={Math.round(Math.min(mainWidth * 0.55, present ? 600 : 440))}
              thick={present}
            />
          </div>
          <ul className="legend-html">
            {[...layers].reverse().map((l) => (
              <li key={l}>
                <span className="swatch solid" style={{ borderColor: LAYER[l] }} /> Q{SUB[l]}, {l === depth - 1 ? 'last layer' : l === 0 ? 'first layer' : 'second layer'}
              </li>
            ))}
            <li>
              <span className="swatch dashed" style={{ borderColor: COLORS.cursor }} /> α_c,ℓ from the linearised state evolution
            </li>
            {paper && (
              <li>
                <span className="swatch dotted" style={{ borderColor: PAPER }} /> paper values (published threshold table)
              </li>
            )}
            {markers.length > 0 && <li>○ published state-evolution overlaps (c = 1{depth === 3 ? ', three layers' : ''})</li>}
            {paperSe && (
              <li>
                <span className="swatch dashed" style={{ borderColor: PAPER }} /> this state evolution in the published convention (variances floored
                at 10⁻³){depth === 2
                  ? ': it reproduces the circles'
                  : ': the three-layer circles lag behind it (their iteration had not converged: started from the published α = 2 point, the map raises Q₁₁ from 0.55 to 0.83 in four steps)'}
              </li>
            )}
            {untrusted && <li data-testid="smi-unverified">dashed: points whose state evolution did not converge or is not verified</li>}
            {pathEnd !== null && (
              <li data-testid="smi-path-end">
                the computed staircase ends at α = {pathEnd.toFixed(2)} ({th && th.alphaC.some((x) => !Number.isFinite(x)) ? 'a layer is still at 0 there; ' : ''}
                the last layer&apos;s overlap reaches the largest variance the quadrature resolves); nothing is drawn beyond it
              </li>
            )}
          </ul>
          <dl className="readout">
            <div>
              <dt>α</dt>
              <dd>{fmt(alpha)}</dd>
            </div>
            {layers.map((l) => (
              <div key={`q${l}`}>
                <dt>Q{SUB[l]}</dt>
                <dd data-testid={`readout-q${l + 1}${l + 1}`}>{fmt(qs[l])}</dd>
              </div>
            ))}
            <div>
              <dt>gen. error</dt>
              <dd>{fmt(gen)}</dd>
            </div>
            {(depth === 3 ? [2, 0, 1] : [1, 0]).map((l) => (
              <div key={`ac${l}`}>
                <dt>α_c,{l + 1}</dt>
                <dd data-testid={`readout-ac${l + 1}`}>{th ? fmt(th.alphaC[l]) : tq.status}</dd>
              </div>
            ))}
          </dl>
          <ExportBar svg={mainBox} data={mainData} />
        </section>
        <section className="panel" aria-label="Second panel">
          <div className="panel-head">
            <Tabs tabs={SMI_PANELS} value={s.smiPanel} onChange={(id) => set({ smiPanel: id })} testPrefix="smi-tab-" />
          </div>
          <div
            ref={sideBox}
            className="plot-box"
          >
            {s.smiPanel === 'thresholds' && <ThresholdsPanel skip={skip} depth={depth} width={sideWidth} thick={present} onData={onSideData} />}
            {s.smiPanel === 'gen' && <GenPanel curve={curve} depth={depth} alpha={alpha} alphaMax={alphaMax} skip={skip} width={sideWidth} thick={present} onData={onSideData} />}
            {s.smiPanel === 'amp' && <AmpPanel s={s} set={set} width={sideWidth} thick={present} onData={onSideData} />}
            {s.smiPanel === 'gd' && <GdPanel s={s} set={set} width={sideWidth} thick={present} onData={onSideData} />}
          </div>
          <ExportBar svg={sideBox} data={side} />
        </section>
      </div>
    </main>
  );
}

function ThresholdsPanel(props: { skip: number; depth: number; width: number; thick: boolean; onData: (d: PanelData | null) => void }) {
  const { skip, depth, width, thick, onData } = props;
  // The shipped grid of c: instant.
  const q = useQuery(() => smiClient.call('thresholdsVsSkip', { layers: depth }, { lane: 'smi.thresholds' }), `grid${depth}`);
  const d = q.data;
  useEffect(() => {
    onData(
      d
        ? {
            name: 'smi-thresholds',
            params: { model: 'smi', layers: depth, tokens: 2 },
            columns: { skip: d.skip, alpha1: d.alpha1, alpha2: d.alpha2, ...(d.alpha3 ? { alpha3: d.alpha3 } : {}) },
          }
        : null,
    );
  }, [d, depth, onData]);
  const markers: Marker[] = !d
    ? []
    : depth === 2
      ? d.paper.skip.flatMap((c, i) => [
          { key: `pa1-${c}`, x: c, y: d.paper.alpha1[i], color: LAYER[0], label: `paper α₁ = ${d.paper.alpha1[i].toFixed(4)} at c = ${c}` },
          { key: `pa2-${c}`, x: c, y: d.paper.alpha2[i], color: LAYER[1], label: `paper α₂ = ${d.paper.alpha2[i].toFixed(4)} at c = ${c}` },
        ])
      : // Three layers: α_c,1 and α_c,2 exist only where the staircase is shipped.
        d.skip.flatMap((c, i) =>
          [0, 1]
            .filter((l) => Number.isFinite([d.alpha1, d.alpha2][l][i]))
            .map((l) => ({ key: `a${l + 1}-${c}`, x: c, y: [d.alpha1, d.alpha2][l][i], color: LAYER[l], label: `α_c,${l + 1} = ${[d.alpha1, d.alpha2][l][i].toFixed(3)} at c = ${c}` })),
        );
  const series: Series[] = !d
    ? []
    : depth === 2
      ? [
          { key: 'alpha1', x: d.skip, y: d.alpha1, color: LAYER[0] },
          { key: 'alpha2', x: d.skip, y: d.alpha2, color: LAYER[1] },
          { key: 'bound', x: [0, 4], y: [1 / 6, 1 / 6], color: PAPER, dash: '6 4', width: 1.2 },
        ]
      : [
          { key: 'alpha3', x: d.skip, y: d.alpha3 ?? [], color: LAYER[2] },
          { key: 'bound', x: [0, 4], y: [1 / 6, 1 / 6], color: PAPER, dash: '6 4', width: 1.2 },
        ];
  return (
    <div>
      <StatusBadge
        status={q.status}
        detail={q.status === 'failed' ? (q.error ?? '') : d ? `${d.skip.length} values of c (${d.source.filter((x) => x === 'precomputed').length} shipped) in ${d.millis} ms` : ''}
        testId="side-status"
      />
      <LinePlot
        testId="smi-thresholds-plot"
        ariaLabel={`Weak-recovery thresholds of the ${depth} layers versus the skip strength`}
        series={series}
        vlines={[{ key: 'c', x: skip, color: COLORS.cursor }]}
        markers={markers}
        xDomain={[0, 4]}
        yDomain={[0, depth === 3 ? 1.3 : 1]}
        xLabel="skip strength c"
        yLabel="weak-recovery threshold α_c"
        width={width}
        height={Math.round(Math.min(width * 0.5, 360))}
        thick={thick}
      />
      {depth === 2 ? (
        <p className="hover-readout">
          Lines: α_c,2 = 1/F₂₂(0) (last layer) and α_c,1 from α·F₁₁(q₂*(α)) = 1 (first layer), from the linearised state evolution. Circles: the
          published table. Dashed: the bound α_c ≥ 1/6 that M = 2 tokens impose on the linearisation; the published α₂ falls below it for c ≥
          0.75. α_c,1 hardly depends on c: the last layer&apos;s overlap at the threshold and the first layer&apos;s sensitivity to it compensate.
        </p>
      ) : (
        <p className="hover-readout">
          Green line: α_c,3 = 1/L₃(0), L₃(0) = E_y‖E[z₃z₃ᵀ | y] − I‖²_F, for the last of three layers. Points: α_c,1 and α_c,2 at the skips
          whose staircase is shipped. The first of them is where α·L_ℓ = 1 on the branch with only layer 3 learned, the second where the other
          layer&apos;s α·L reaches 1 once the first is learned too (layer 1 leads at c = 1, layer 2 at c = 2). Dashed: the bound 1/6.
        </p>
      )}
    </div>
  );
}

function GenPanel(props: {
  curve: { alpha: number[]; genError: number[] } | null;
  depth: number;
  alpha: number;
  alphaMax: number;
  skip: number;
  width: number;
  thick: boolean;
  onData: (d: PanelData | null) => void;
}) {
  const { curve, depth, alpha, alphaMax, skip, width, thick, onData } = props;
  useEffect(() => {
    onData(
      curve ? { name: 'smi-gen-error', params: { model: 'smi', layers: depth, skip, definition: 'plug-in E||g(Z) - g(omega)||_F^2' }, columns: { alpha: curve.alpha, genError: curve.genError } } : null,
    );
  }, [curve, depth, skip, onData]);
  const top = curve ? Math.max(0.05, ...curve.genError.filter(Number.isFinite)) * 1.08 : 0.5;
  const published: Marker[] =
    depth === 3 && skip === 1
      ? PAPER_OVERLAPS3_C1.genError.filter(([a]) => a <= alphaMax).map(([a, e]) => ({ key: `pg-${a}`, x: a, y: e, color: PAPER, label: `published error ${e} at α = ${a}` }))
      : [];
  return (
    <div>
      <h3 className="panel-sub">Generalisation error of the plug-in predictor, E‖g(Z) − g(ω)‖²_F over the four outputs</h3>
      <LinePlot
        testId="smi-gen-plot"
        ariaLabel="Generalisation error versus α"
        series={curve ? [{ key: 'gen', x: curve.alpha, y: curve.genError, color: COLORS.bo }] : []}
        markers={published}
        vlines={[{ key: 'cursor', x: alpha, color: COLORS.cursor }]}
        xDomain={[0, alphaMax]}
        yDomain={[0, top]}
        xLabel="α = n / D"
        yLabel="generalisation error"
        width={width}
        height={Math.round(Math.min(width * 0.5, 360))}
        thick={thick}
      />
      <p className="hover-readout">
        ω_ℓ = √Q_ℓℓ ξ_ℓ is what the estimate knows of z_ℓ = ω_ℓ + √(1 − Q_ℓℓ) η_ℓ; the predictor outputs g(ω). This is the definition the
        published figures use; it is not the Bayes-optimal E[y | ω], whose error is lower.
        {published.length > 0 && ' Circles: the published three-layer values (their overlaps lag behind near each onset, so their error is higher there).'}
      </p>
    </div>
  );
}

function AmpPanel({ s, set, width, thick, onData }: Omit<SimPanelProps, 'onStatus'>) {
  const depth = s.layers === 3 ? 3 : 2;
  const key = `${s.simD}|${s.alpha}|${s.skip}|${s.simSeed}|${s.smiDamping}|${s.simIter}|${depth}`;
  const { trace, result, state, error, run, cancel } = useRun<GampIteration, GampResult>(
    (onIteration) =>
      smiClient.call('amp', { D: s.simD, alpha: s.alpha, skip: s.skip, seed: s.simSeed, damping: s.smiDamping, maxIter: s.simIter, withSE: true, layers: depth }, { lane: 'smi.amp', onProgress: onIteration }),
    () => smiClient.cancel('smi.amp'),
    key,
  );
  useEffect(() => {
    onData(
      trace.length
        ? {
            name: 'smi-amp',
            params: { model: 'smi', layers: trace[0].cosine.length, D: s.simD, alpha: s.alpha, skip: s.skip, seed: s.simSeed, damping: s.smiDamping, outcome: result?.outcome ?? 'running' },
            columns: {
              iteration: trace.map((t) => t.iteration),
              ...Object.fromEntries(trace[0].cosine.map((_, l) => [`cos2Layer${l + 1}`, trace.map((t) => t.cosine[l] ** 2)])),
              ...Object.fromEntries(trace[0].se.map((_, l) => [`seQ${l + 1}${l + 1}`, trace.map((t) => t.se[l])])),
            },
          }
        : null,
    );
  }, [trace, result, s.simD, s.alpha, s.skip, s.simSeed, s.smiDamping, onData]);
  const n = Math.round(s.alpha * s.simD);
  const statusText =
    state === 'running'
      ? `running · iteration ${trace.length} of ${s.simIter}`
      : state === 'failed'
        ? `failed · ${error}`
        : state === 'cancelled'
          ? 'cancelled'
          : result
            ? `${result.outcome} after ${result.iterations.length - 1} iterations in ${(result.millis / 1000).toFixed(1)} s${result.message ? ` · ${result.message}` : ''}`
            : 'not run yet';
  return (
    <div className="sim">
      <div className="sim-controls">
        <NumberInput s={s} set={set} k="simD" label="D" />
        <NumberInput s={s} set={set} k="simSeed" />
        <NumberInput s={s} set={set} k="smiDamping" />
        <NumberInput s={s} set={set} k="simIter" />
      </div>
      <p className="sim-memory" data-testid="sim-memory">
        n = αD = {n} sequences of 2 tokens; GAMP on {depth} layers at α = {s.alpha}, c = {s.skip}, with its state evolution per iteration (
        {depth === 3 ? '0.15–0.3 s per iteration at D = 150–200: each sample’s posterior is a 4-D importance-sampled integral' : 'a few seconds per 10 iterations at D = 150'}).
      </p>
      <div className="sim-actions">
        <button disabled={state === 'running' || n < 2} onClick={run} data-testid="smi-amp-run">
          Run GAMP at α = {s.alpha}
        </button>
        <button
          disabled={state !== 'running'}
          onClick={cancel}
          data-testid="smi-amp-cancel"
        >
          Cancel
        </button>
        <span className={`status status-${state === 'running' ? 'computing' : state === 'failed' ? 'failed' : 'ready'}`} data-testid="side-status" role="status">
          {statusText}
        </span>
      </div>
      <LinePlot
        testId="smi-amp-plot"
        ariaLabel="GAMP overlap per layer and iteration with the state evolution"
        series={Array.from({ length: trace[0]?.cosine.length ?? depth }, (_, l) => l).flatMap((l) => [
          { key: `amp${l + 1}`, x: trace.map((t) => t.iteration), y: trace.map((t) => t.cosine[l] ** 2), color: LAYER[l], width: thick ? 3 : 1.8 },
          { key: `se${l + 1}`, x: trace.map((t) => t.iteration), y: trace.map((t) => t.se[l]), color: LAYER[l], dash: '6 3' },
        ])}
        xDomain={[0, Math.max(1, s.simIter)]}
        yDomain={[0, 1.02]}
        xLabel="iteration t"
        yLabel="overlap with the teacher"
        width={width}
        height={Math.round(Math.min(width * 0.45, 320))}
        thick={thick}
      />
      <p className="hover-readout">
        Solid: cos²(ŵ_ℓ, w_ℓ) of the run, per layer (vermillion: layer 1, blue: layer 2, green: layer 3); dashed: the state evolution&apos;s Q_ℓℓ
        from the same start. The last layer is learned within a few iterations, the earlier ones only once the last is known: learning goes
        layer by layer in time. The run starts from a random estimate whose overlap is of order 1/D, so when the next layer takes off varies
        from seed to seed.
        {depth === 3 &&
          ' With three layers the runs at D ≤ 200 fall short of the state evolution for layers 1 and 2 (at D = 200, α = 1.6, seed 2: cos² ≈ 0.7 against 0.97 after 45 iterations; at D = 150 layer 2 is often not learned at all).'}
      </p>
      {s.smiDamping > 0 && (
        <p className="warning" role="note" data-testid="smi-amp-damping">
          ⚠ With damping the first layer is not learned at D ≳ 300: damping the estimate leaves the Onsager term out of step, and layer 1's
          estimate grows in a direction unrelated to w₁ while its variance claims a large overlap. Set damping to 0.
        </p>
      )}
    </div>
  );
}
