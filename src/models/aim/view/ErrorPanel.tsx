import { useShallow } from 'zustand/react/shallow';
import { setState, useExplorer } from '../../../state/useExplorer';
import { LinePlot } from '../../../ui/LinePlot';
import { ImportedNotes, withImported } from '../../../ui/ImportedNotes';
import { useImportedPoints } from '../../../ui/imported';
import { PanelFrame } from '../../../ui/PanelFrame';
import { seedSpread } from '../../../ui/plotInput';
import { useSimPoints } from '../../../ui/simStore';
import type { AimSimPointResult } from '../simPoint';
import { useAimCurves } from './curves';
import { FamilyLegend } from '../../../ui/FamilyLegend';
import { PinBar } from '../../../ui/PinBar';
import { AIM_PIN_SYMBOLS, isAimPin, useAimPins } from './usePins';
import { ErrorLegend } from './ErrorLegend';
import { ErrorReadout } from './ErrorReadout';
import { onAxis, useCursorInRange } from './geometry';
import { curveData } from './panelData';
import { aimPlotInput } from './plotInput';
import { selectSimSettings, shownResults } from './simRequest';

/**
 * Bayes-optimal estimation error against α = n/D² or ᾱ (on which every T collapses for softmax), with its
 * limits and threshold, a family of curves and the simulated points of this view.
 */
export function ErrorPanel() {
  const c = useAimCurves();
  const { axes } = c;
  const { alpha, present, published } = useExplorer(useShallow((s) => ({ alpha: s.alpha, present: s.present, published: s.aimPublished })));
  const sim = useExplorer(useShallow(selectSimSettings));
  const results = useSimPoints<AimSimPointResult>('aim');
  useCursorInRange(alpha, axes.top);
  const sims = shownResults(sim, results).map((r) => ({
    x: onAxis(axes, r.request.alpha),
    mean: r.mean,
    std: r.std,
    ...seedSpread(r.finals, r.request.algo === 'agd' ? r.singles : undefined),
    label: `${r.request.algo} at α = ${r.request.alpha}, D = ${r.request.D}: mean ${r.mean.toFixed(4)} over ${r.finals.length} seeds (${r.finals.map((f) => f.toFixed(3)).join(', ')})`,
  }));
  const channel = axes.hard ? 'hardmax' : 'softmax';
  const rho = useExplorer((st) => st.rho);
  const imported = useImportedPoints('aim', { channel, T: axes.T, rho }, (a) => onAxis(axes, a), { channel: 'channel', T: 'T', rho: 'ρ' });
  const pins = useAimPins(axes.top);
  const exported = curveData(c.shown, c.family, c.familyKind, axes.hard && published);
  const input = aimPlotInput({
    main: c.shown?.curve ?? null,
    axis: axes.axis,
    top: axes.top,
    xMax: axes.xMax,
    k: axes.k,
    cursor: onAxis(axes, alpha),
    family: c.family,
    familyKind: c.familyKind,
    pins,
    sims,
    published,
    thick: present,
    xLabel: axes.xLabel,
    yLabel: 'estimation error (1/D)‖Ŝ − S‖²',
    yLabelShort: 'estimation error',
  });
  return (
    <PanelFrame
      label="Estimation error versus sample ratio"
      head={
        <h2>
          Estimation error vs {axes.axis === 'alpha' ? 'α' : 'ᾱ'} ({channel}, T = {axes.T})
        </h2>
      }
      status={c.status}
      detail={c.detail}
      statusTestId="status"
      data={exported && withImported(exported, imported.points)}
      footer={
        <>
          <ErrorLegend simulated={sims.length > 0} />
          <FamilyLegend kind={c.familyKind} values={c.family.map((f) => f.value)} />
          <PinBar current={{ hard: axes.hard ? 1 : 0, T: axes.T, rho }} symbols={AIM_PIN_SYMBOLS} usable={isAimPin} />
          <ImportedNotes notes={imported.notes} count={imported.points.length} />
          <ErrorReadout />
        </>
      }
    >
      {(width) => (
        <LinePlot
          {...input}
          points={[...(input.points ?? []), ...imported.points]}
          testId="main-plot"
          ariaLabel={`Excess test error versus ${axes.xLabel}`}
          xTicks={8}
          onPick={(x) => setState({ alpha: Number((axes.axis === 'alpha' ? x : x / axes.k).toPrecision(4)) })}
          width={width}
          height={Math.round(Math.min(width * 0.58, present ? 620 : 460))}
          thick={present}
        />
      )}
    </PanelFrame>
  );
}
