import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setState, useExplorer } from '../../../state/useExplorer';
import { answerTime } from '../../../ui/answerTime';
import { LinePlot } from '../../../ui/LinePlot';
import { useImportedPoints } from '../../../ui/imported';
import { PanelFrame } from '../../../ui/PanelFrame';
import { toAlphaTilde } from '../theory/thresholds';
import { FamilyLegend } from '../../../ui/FamilyLegend';
import { PinBar } from '../../../ui/PinBar';
import { BSR_PIN_SYMBOLS, isBsrPin, useBsrPins } from './usePins';
import { ErrorLegend } from './ErrorLegend';
import { ErrorReadout } from './ErrorReadout';
import { ImportedNotes, withImported } from '../../../ui/ImportedNotes';
import { curveData } from './errorExport';
import { bsrPlotInput } from './plotInput';
import { dataFor, statusFor } from './fresh';
import { hasGdFromPrior, simMarks } from './simSelection';
import { useBsrCurve } from './useBsrCurve';
import { useFamily } from './useFamily';
import { useShownSims } from './useShownSims';

/** Excess error against α (or α̃): E_BO with its baselines, thresholds, family and simulated points; a click moves the cursor. */
export function ErrorPanel() {
  const s = useExplorer(
    useShallow((st) => ({
      alpha: st.alpha,
      beta: st.beta,
      rho: st.rho,
      delta: st.delta,
      axis: st.axis,
      alphaMax: st.alphaMax,
      present: st.present,
      showRidge: st.showRidge,
      showLowRank: st.showLowRank,
      showLargeBeta: st.showLargeBeta,
      family: st.family,
    })),
  );
  const { alpha, beta, rho, axis, alphaMax, present } = s;
  const { query, key } = useBsrCurve();
  const family = useFamily();
  const pins = useBsrPins();
  const sims = useShownSims();
  const marks = useMemo(() => simMarks(sims, axis), [sims, axis]);
  const posteriorSample = hasGdFromPrior(sims);
  const current = dataFor(query, key);
  const status = statusFor(query, key);
  // A seeded answer's time is the build's, a kept one's an earlier call's: this redraw computed nothing for them.
  const detail = status === 'failed' ? (query.error ?? '') : query.data ? answerTime(query.data) : '';
  const tilde = axis === 'alphaTilde';
  const imported = useImportedPoints('bsr', { beta, rho, delta: s.delta }, (a) => (tilde ? toAlphaTilde(a, beta, rho) : a), {
    beta: 'β',
    rho: 'ρ',
    delta: 'Δ',
  });
  const input = bsrPlotInput({
    data: query.data,
    axis,
    alphaMax,
    cursor: tilde ? toAlphaTilde(alpha, beta, rho) : alpha,
    showRidge: s.showRidge,
    showLowRank: s.showLowRank,
    showLargeBeta: s.showLargeBeta,
    family: family.curves,
    familyKind: s.family,
    pins,
    sims: marks,
    posteriorSample,
    thick: present,
  });
  return (
    <PanelFrame
      label="Error versus sample ratio"
      head={<h2>Excess error vs {tilde ? 'α̃' : 'α'}</h2>}
      status={status}
      detail={detail}
      statusTestId="status"
      data={current && family.fresh ? withImported(curveData(current, s, s.family, family.curves), imported.points) : null}
      footer={
        <>
          <ErrorLegend hasSims={marks.length > 0} posteriorSample={posteriorSample} />
          <FamilyLegend kind={s.family} values={family.curves.map((f) => f.value)} />
          <PinBar current={{ beta, rho, delta: s.delta }} symbols={BSR_PIN_SYMBOLS} usable={isBsrPin} />
          <ImportedNotes notes={imported.notes} count={imported.points.length} />
          <ErrorReadout curve={current} failed={status === 'failed'} />
          {current?.warnings.map((w) => (
            <p key={w} className="warning" role="status">
              ⚠ {w}
            </p>
          ))}
        </>
      }
    >
      {(width) => (
        <LinePlot
          {...input}
          points={[...(input.points ?? []), ...imported.points]}
          testId="main-plot"
          ariaLabel={`Excess test error versus ${tilde ? 'α̃ = n / (r(d + L))' : 'α = n / (dL)'}`}
          xTicks={8}
          onPick={(x) => setState({ alpha: Number((tilde ? (x * rho * (1 + beta)) / beta : x).toPrecision(4)) })}
          width={width}
          height={Math.round(Math.min(width * 0.58, present ? 620 : 460))}
          thick={present}
        />
      )}
    </PanelFrame>
  );
}
