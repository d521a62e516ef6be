import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { answerTime } from '../../../ui/answerTime';
import { ceilSig, floorSig } from '../../../numeric/round';
import { setState, useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { StatusBadge } from '../../../ui/StatusBadge';
import { Figure } from '../../../ui/Figure';
import { PinBar } from '../../../ui/PinBar';
import { SKIP_INTERPOLATION_ERROR } from '../theory/skipGridError';
import { STAIRCASE3_INTERPOLATION_ERROR } from '../theory/skipGridError3';
import { StaircaseLegend } from './StaircaseLegend';
import { StaircaseReadout } from './StaircaseReadout';
import { pathEnd, publishedThresholdsAt, SUB, staircaseData, staircasePlot } from './staircasePlot';
import { curveIsCurrent, type SmiTheory, thresholdErrorsOf, thresholdsOf, useSmiTheory } from './theory';
import { isSmiPin, SMI_PIN_SYMBOLS, useSmiPins } from './usePins';

// An error bound is rounded up (to two significant digits), never shown smaller than measured.
const fmtErr = (x: number) => (Number.isFinite(x) ? String(ceilSig(x, 2)) : 'an unmeasured amount');

function curveDetail(t: SmiTheory): string {
  const { curve, depth } = t;
  if (curve.status === 'failed') return curve.error ?? '';
  const d = curve.data;
  if (d) {
    const from =
      d.source === 'computed'
        ? 'computed for this c'
        : d.source === 'cached'
          ? 'cached'
          : d.source === 'interpolated'
            ? depth === 3
              ? `interpolated in c between shipped staircases (overlaps within ${fmtErr(STAIRCASE3_INTERPOLATION_ERROR.beforeLead)} of direct computation before layer 1 or 2 starts, ${fmtErr(STAIRCASE3_INTERPOLATION_ERROR.fromLead)} after; thresholds within ${fmtErr(STAIRCASE3_INTERPOLATION_ERROR.thresholds)})`
              : `interpolated in c between shipped skips (overlaps within ${fmtErr(SKIP_INTERPOLATION_ERROR.lastOverlap)} of direct computation below α_c,1, ${fmtErr(SKIP_INTERPOLATION_ERROR.bothOverlap)} above)`
            : 'shipped with the page';
    // The two-layer data's own precision (the state evolution's sampling error), whatever reads them.
    const sampling = d.samplingError ?? null;
    const own =
      sampling === null
        ? ''
        : ` · sampling error of Q₂₂ ±${fmtErr(sampling.belowAlpha1)} below α_c,1; from it on of Q₁₁ up to ±${fmtErr(sampling.fromAlpha1[0])}, Q₂₂ ±${fmtErr(sampling.fromAlpha1[1])}`;
    return `${from}${own} · ${answerTime(d)}`;
  }
  return 'reading the staircase off the grid in c';
}

/** The grand staircase: per-layer overlaps against α with the thresholds; a click moves the α cursor. */
export function StaircasePanel() {
  const t = useSmiTheory();
  const { alpha, alphaMax, present } = useExplorer(useShallow((s) => ({ alpha: s.alpha, alphaMax: s.alphaMax, present: s.present })));
  // A cursor beyond the plotted range (a narrower range, or a link) is brought back onto the plot.
  useEffect(() => {
    if (alpha > alphaMax) setState({ alpha: floorSig(alphaMax, 3) });
  }, [alpha, alphaMax]);
  const { depth, skip } = t;
  const curve = t.curve.data;
  const alphaC = thresholdsOf(t, false);
  const pinned = useSmiPins();
  // Errors only where they belong to the thresholds drawn (thresholdErrorsOf is null while those compute).
  const alphaCErr = alphaC && alphaC === thresholdsOf(t, true) ? thresholdErrorsOf(t) : null;
  const plot = staircasePlot({ curve, paperSe: t.paperSe, alphaC, alphaCErr, depth, skip, alpha, alphaMax, thick: present, pins: pinned.pins });
  const layers = Array.from({ length: depth }, (_, l) => l);
  return (
    <section className="panel" aria-label="Overlaps per layer versus sample ratio">
      <div className="panel-head">
        <h2>
          Overlap per layer vs α ({depth} layers, c = {skip})
        </h2>
        <StatusBadge status={t.curve.status} detail={curveDetail(t)} testId="status" />
      </div>
      <Figure
        data={curve && curveIsCurrent(t) ? staircaseData(curve, thresholdsOf(t, true), depth, skip) : null}
        below={
          <>
            <StaircaseLegend
              depth={depth}
              published={depth === 2 && publishedThresholdsAt(skip) !== null}
              publishedOverlaps={(plot.markers?.length ?? 0) > 0}
              paperSe={t.paperSe !== null}
              untrusted={curve ? curve.status.some((x) => x !== 'converged') : false}
              pathEnd={pathEnd(curve)}
              missingLayer={alphaC?.some((x) => !Number.isFinite(x)) ?? false}
            />
            <StaircaseReadout />
            <PinBar current={{ skip, layers: depth }} symbols={SMI_PIN_SYMBOLS} usable={isSmiPin} />
            {pinned.failed.length > 0 && (
              <p className="note" role="status" data-testid="pin-failed">
                Not drawn: {pinned.failed.join('; ')}
              </p>
            )}
          </>
        }
      >
        {(width) => (
          <LinePlot
            testId="smi-plot"
            ariaLabel={`Bayes-optimal overlaps ${layers.map((l) => `Q${SUB[l]}`).join(', ')} versus α`}
            {...plot}
            onPick={(x) => setState({ alpha: Number(x.toPrecision(3)) })}
            width={width}
            height={Math.round(Math.min(width * 0.55, present ? 600 : 440))}
            thick={present}
          />
        )}
      </Figure>
    </section>
  );
}
