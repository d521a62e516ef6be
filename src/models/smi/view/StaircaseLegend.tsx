import { COLORS, LAYER } from '../../../ui/palette';
import { PAPER, SUB } from './staircasePlot';

interface Props {
  depth: 2 | 3;
  /** The published threshold table has this c (drawn as rules). */
  published: boolean;
  /** Published state-evolution overlaps are drawn (c = 1). */
  publishedOverlaps: boolean;
  /** The published-convention curve is drawn. */
  paperSe: boolean;
  untrusted: boolean;
  pathEnd: number | null;
  /** A layer has no threshold on the computed path. */
  missingLayer: boolean;
}

const role = (l: number, depth: number) => (l === depth - 1 ? 'last layer' : l === 0 ? 'first layer' : 'second layer');

/** What each line and circle of the staircase is, listing only what is drawn. */
export function StaircaseLegend({ depth, published, publishedOverlaps, paperSe, untrusted, pathEnd, missingLayer }: Props) {
  const layers = Array.from({ length: depth }, (_, l) => depth - 1 - l);
  return (
    <ul className="legend-html">
      {layers.map((l) => (
        <li key={l}>
          <span className="swatch solid" style={{ borderColor: LAYER[l] }} /> Q{SUB[l]}, {role(l, depth)}
        </li>
      ))}
      <li>
        <span className="swatch dashed" style={{ borderColor: COLORS.cursor }} /> α_c,ℓ from the linearised state evolution
      </li>
      {published && (
        <li>
          <span className="swatch dotted" style={{ borderColor: PAPER }} /> paper values (published threshold table)
        </li>
      )}
      {publishedOverlaps && <li>○ published state-evolution overlaps (c = 1{depth === 3 ? ', three layers' : ''})</li>}
      {paperSe && (
        <li>
          <span className="swatch dashed" style={{ borderColor: PAPER }} /> this state evolution in the published convention (variances floored at 10⁻³)
          {depth === 2
            ? ': it reproduces the circles'
            : ': the three-layer circles lag behind it (their iteration had not converged: started from the published α = 2 point, the map raises Q₁₁ from 0.55 to 0.83 in four steps)'}
        </li>
      )}
      {untrusted && <li data-testid="smi-unverified">dashed: points whose state evolution did not converge or is not verified</li>}
      {pathEnd !== null && (
        <li data-testid="smi-path-end">
          the computed staircase ends at α = {pathEnd.toFixed(2)} ({missingLayer ? 'a layer is still at 0 there; ' : ''}
          the last layer&apos;s overlap reaches the largest variance the quadrature resolves); nothing is drawn beyond it
        </li>
      )}
    </ul>
  );
}
