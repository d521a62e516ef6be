import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SmiCurveResult } from '../api';
import { useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { Figure } from '../../../ui/Figure';
import { genErrorData, genErrorPlot } from './sidePlots';
import { curveIsCurrent, useSmiTheory } from './theory';

/** The plug-in generalisation error along the staircase's curve (the same request, drawn again). */
export function GenErrorPanel() {
  const { alpha, alphaMax, present } = useExplorer(useShallow((s) => ({ alpha: s.alpha, alphaMax: s.alphaMax, present: s.present })));
  const theory = useSmiTheory();
  const { curve: q, depth, skip } = theory;
  // A curve asked for without its error (c being dragged) leaves the last error curve on screen until the full one.
  const last = useRef<SmiCurveResult | null>(null);
  if (q.data && q.data.genError.length > 0) last.current = q.data;
  const curve = last.current;
  // The parameters of an export must be those the curve was computed for.
  const fresh = curveIsCurrent(theory) && curve === q.data;
  const plot = genErrorPlot(curve, depth, skip, alpha, alphaMax);
  return (
    <Figure data={curve && fresh ? genErrorData(curve, depth, skip) : null}>
      {(width) => (
        <div>
          <h3 className="panel-sub">Generalisation error of the plug-in predictor, E‖g(Z) − g(ω)‖²_F over the four outputs</h3>
          <LinePlot
            testId="smi-gen-plot"
            ariaLabel="Generalisation error versus α"
            {...plot}
            width={width}
            height={Math.round(Math.min(width * 0.5, 360))}
            thick={present}
          />
          <p className="hover-readout">
            ω_ℓ = √Q_ℓℓ ξ_ℓ is what the estimate knows of z_ℓ = ω_ℓ + √(1 − Q_ℓℓ) η_ℓ; the predictor outputs g(ω). This is the definition the published figures
            use; it is not the Bayes-optimal E[y | ω], whose error is lower.
            {(plot.markers?.length ?? 0) > 0 &&
              ' Circles: the published three-layer values (their overlaps lag behind near each onset, so their error is higher there).'}
          </p>
        </div>
      )}
    </Figure>
  );
}
