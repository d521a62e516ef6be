import { LinePlot } from '../LinePlot';
import { COLORS } from '../palette';

/** The running point's trace: the error (solid) against the state evolution or the training loss (dashed). */
export function SimTrace(props: {
  trace: Array<{ t: number; mse: number; aux: number }>;
  isAmp: boolean;
  xMax: number;
  xLabel: string;
  ariaLabel: string;
  caption: string;
  width: number;
  thick: boolean;
}) {
  const { trace, isAmp, xMax, xLabel, ariaLabel, caption, width, thick } = props;
  return (
    <>
      <LinePlot
        testId="sim-trace"
        ariaLabel={ariaLabel}
        series={[
          { key: 'mse', x: trace.map((p) => p.t), y: trace.map((p) => p.mse), color: COLORS.sim, width: thick ? 3 : 1.6 },
          { key: 'aux', x: trace.map((p) => p.t), y: trace.map((p) => p.aux), color: isAmp ? COLORS.bo : COLORS.ridge, dash: '6 3' },
        ]}
        xDomain={[0, Math.max(xMax, 1)]}
        yDomain={[0, Math.max(1.05, ...trace.map((p) => Math.min(p.mse, 2.5)))]}
        xLabel={xLabel}
        yLabel="error"
        width={width}
        height={Math.round(Math.min(width * 0.45, 320))}
        thick={thick}
      />
      <p className="hover-readout">{caption}</p>
    </>
  );
}
