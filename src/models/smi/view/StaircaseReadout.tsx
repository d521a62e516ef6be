import { useExplorer } from '../../../state/useExplorer';
import { fmt, withError } from '../../../ui/fmt';
import { interpolate } from '../../../numeric/interpolate';
import { SUB } from './staircasePlot';
import { curveIsCurrent, thresholdErrorsOf, thresholdsOf, useSmiTheory } from './theory';

/**
 * The numbers at the α cursor. Each is shown only once it was computed for the current inputs: while a new
 * curve or new thresholds compute, the readout says so instead of showing the previous inputs' numbers.
 */
export function StaircaseReadout() {
  const alpha = useExplorer((s) => s.alpha);
  const t = useSmiTheory();
  const { depth } = t;
  const curve = curveIsCurrent(t) ? t.curve.data : null;
  const alphaC = thresholdsOf(t, true);
  const errs = thresholdErrorsOf(t);
  const pending = (failed: boolean) => (failed ? '—' : 'updating');
  const atCursor = (ys: number[]) => (curve ? fmt(interpolate(curve.alpha, ys, alpha)) : pending(t.curve.status === 'failed'));
  const layers = Array.from({ length: depth }, (_, l) => l);
  // Two-layer curves carry the state evolution's sampling error: Q₂₂ between the thresholds, both overlaps from
  // α_c,1 on (up to perfect recovery at α = 1, where they are exactly 1).
  const sampling = curve && alphaC ? (curve.samplingError ?? null) : null;
  const errorOf = (l: number): number | null => {
    if (sampling === null || !alphaC) return null;
    if (alpha > alphaC[1] && alpha < alphaC[0]) return l === 1 ? sampling.belowAlpha1 : null;
    return alpha >= alphaC[0] && alpha < 1 ? sampling.fromAlpha1[l] : null;
  };
  const q = (l: number) => {
    const ys = curve?.overlaps[l] ?? [];
    const e = errorOf(l);
    return e !== null && curve ? withError(interpolate(curve.alpha, ys, alpha), e) : atCursor(ys);
  };
  return (
    <dl className="readout">
      <div>
        <dt>α</dt>
        <dd>{fmt(alpha)}</dd>
      </div>
      {layers.map((l) => (
        <div key={`q${l}`}>
          <dt>Q{SUB[l]}</dt>
          <dd data-testid={`readout-q${l + 1}${l + 1}`}>{q(l)}</dd>
        </div>
      ))}
      <div>
        <dt>gen. error</dt>
        <dd data-testid="readout-gen">{curve && curve.genError.length === 0 ? 'updating' : atCursor(curve?.genError ?? [])}</dd>
      </div>
      {/* In the order the layers are learned at c = 1. */}
      {(depth === 3 ? [2, 0, 1] : [1, 0]).map((l) => (
        <div key={`ac${l}`}>
          <dt>α_c,{l + 1}</dt>
          <dd data-testid={`readout-ac${l + 1}`}>{alphaC ? withError(alphaC[l], errs?.[l]) : pending(t.thresholds.status === 'failed')}</dd>
        </div>
      ))}
    </dl>
  );
}
