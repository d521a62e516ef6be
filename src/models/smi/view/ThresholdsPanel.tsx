import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { StatusBadge } from '../../../ui/StatusBadge';
import { smiClient } from './client';
import { Figure } from '../../../ui/Figure';
import { thresholdsData, thresholdsPlot } from './sidePlots';

/** Weak-recovery thresholds against the skip strength, from the shipped grid of c (instant). */
export function ThresholdsPanel() {
  const { layers, skip, present } = useExplorer(useShallow((s) => ({ layers: s.layers, skip: s.skip, present: s.present })));
  const depth = layers === 3 ? 3 : 2;
  const q = useQuery(() => smiClient.call('thresholdsVsSkip', { layers: depth }, { lane: 'smi.thresholds' }), `grid${depth}`);
  // Lines and data are drawn only for the depth they were computed for.
  const d = q.dataKey === `grid${depth}` ? q.data : null;
  const detail =
    q.status === 'failed'
      ? (q.error ?? '')
      : d
        ? `${d.skip.length} values of c (${d.source.filter((x) => x === 'precomputed').length} shipped) in ${d.millis} ms`
        : '';
  return (
    <Figure data={d ? thresholdsData(d, depth) : null}>
      {(width) => (
        <div>
          <StatusBadge status={q.status} detail={detail} testId="side-status" />
          <LinePlot
            testId="smi-thresholds-plot"
            ariaLabel={`Weak-recovery thresholds of the ${depth} layers versus the skip strength`}
            {...thresholdsPlot(d, depth, skip)}
            width={width}
            height={Math.round(Math.min(width * 0.5, 360))}
            thick={present}
          />
          {depth === 2 ? (
            <p className="hover-readout">
              Lines: α_c,2 = 1/F₂₂(0) (last layer) and α_c,1 from α·F₁₁(q₂*(α)) = 1 (first layer), from the linearised state evolution. Circles: the published
              table. Dashed: the bound α_c ≥ 1/6 that M = 2 tokens impose on the linearisation; the published α₂ falls below it for c ≥ 0.75. Each threshold is
              the mean of randomised quadrature replicates; the readout gives its standard error. α_c,1 hardly depends on c. At the threshold the first
              layer&apos;s sensitivity L₁ = E‖E[z₁z₁ᵀ | y, ω₂] − I‖²_F equals 1/α_c,1 ≈ 1.39 at every c, which is the threshold condition itself rather than an
              explanation; no compensation shows at Q = 0, where F₁₁(0) is 0.33, 0.16 and 0.06 at c = 0.5, 1 and 2, nor at equal α below the threshold, where L₁
              is 0.72, 0.66 and 0.53 at α ≈ 0.56–0.58. L₁ rises steeply as the last layer saturates and meets 1/α near α = 0.72 at every c.
            </p>
          ) : (
            <p className="hover-readout">
              Green line: α_c,3 = 1/L₃(0), L₃(0) = E_y‖E[z₃z₃ᵀ | y] − I‖²_F, for the last of three layers. Points: α_c,1 and α_c,2 from the shipped staircases
              and, between them, interpolated in c. The first of them is where α·L_ℓ = 1 on the branch with only layer 3 learned, the second where the other
              layer&apos;s α·L reaches 1 once the first is learned too. Which of layers 1 and 2 starts first depends on c (layer 1 up to c = 1; from c = 1.5 on
              the two lie within 0.02–0.05 of each other and the order changes from one shipped c to the next). Dashed: the bound 1/6. α_c,3 is the mean of
              randomised quadrature replicates, with its standard error in the readout. α_c,1 and α_c,2 are read off one staircase per shipped c, and their ± is
              measured (hover a point): each is recomputed where its staircase crosses, on eight randomly shifted copies of the quadrature and with four times
              the inner importance-sampling nodes. Every staircase gives each outer quadrature point its own inner net, so the nets&apos; errors average out;
              what remains is the sampling bias, which falls like 1/n, and the ± is 0.006–0.04. One fixed inner net, as the staircases had before, had put α_c,1
              at 0.944 and α_c,2 at 1.220 at c = 1, against 0.982 and 1.113 now. Between shipped c the measured error of the interpolation is added.
            </p>
          )}
        </div>
      )}
    </Figure>
  );
}
