import { useShallow } from 'zustand/react/shallow';
import type { PanelStatus } from '../../../bridge/hooks';
import { useExplorer } from '../../../state/useExplorer';
import { fmt } from '../../../ui/fmt';
import { LinePlot } from '../../../ui/LinePlot';
import { PanelFrame } from '../../../ui/PanelFrame';
import { COLORS } from '../../../ui/palette';
import { AimTabs, SIDE_LABEL } from './AimTabs';
import { useAimCurves } from './curves';
import { onAxis } from './geometry';
import { testData } from './panelData';
import { readoutAt, testCurve } from './readout';

/** The Bayes-optimal test error along the curve (T = 2), on the error plot's axis, with its value at the cursor. */
export function TestErrorPanel() {
  const { axes, inputs, shown } = useAimCurves();
  const { alpha, present } = useExplorer(useShallow((s) => ({ alpha: s.alpha, present: s.present })));
  const test = shown && testCurve(shown.curve, axes.top);
  const at = readoutAt(shown, inputs, alpha).testError;
  const [status, detail]: [PanelStatus, string] = !test
    ? axes.T !== 2
      ? ['ready', 'computed for T = 2 only']
      : ['computing', '']
    : at === null
      ? ['stale', 'updating']
      : ['ready', `at the cursor ${fmt(at)}`];
  const alphaPR = shown?.curve.channel === 'softmax' ? onAxis(axes, shown.curve.curve.alphaPR) : NaN;
  return (
    <PanelFrame label={SIDE_LABEL} head={<AimTabs />} status={status} detail={detail} statusTestId="side-status" data={testData(shown)}>
      {(width) => (
        <>
          <h3 className="panel-sub">Bayes-optimal test error E‖y − E[y | x, data]‖²_F per sample (all T² outputs summed), T = 2</h3>
          {test ? (
            <LinePlot
              testId="aim-test-plot"
              ariaLabel="Bayes-optimal test error versus sample ratio"
              series={[{ key: 'test', x: test.alpha.map((a) => onAxis(axes, a)), y: test.value, color: COLORS.bo }]}
              vlines={[
                { key: 'cursor', x: onAxis(axes, alpha), color: COLORS.cursor, dash: '' },
                ...(!axes.hard && alphaPR <= axes.xMax ? [{ key: 'pr', x: alphaPR, color: COLORS.pr, dash: '6 3' }] : []),
              ]}
              xDomain={[0, axes.xMax]}
              yDomain={[0, Math.max(0.05, ...test.value.filter(Number.isFinite)) * 1.08]}
              xLabel={axes.axis === 'alpha' ? 'α = n / D²' : axes.hard ? 'ᾱ = α / ρ' : 'ᾱ = (T² + T − 2) α'}
              yLabel="test error per sample"
              width={width}
              height={Math.round(Math.min(width * 0.5, 360))}
              thick={present}
            />
          ) : (
            <p className="model-blurb">
              {axes.T !== 2 ? 'The test error is computed for T = 2 (for larger T it is a T(T+1)/2-dimensional integral). Set T = 2 to see it.' : 'computing…'}
            </p>
          )}
        </>
      )}
    </PanelFrame>
  );
}
