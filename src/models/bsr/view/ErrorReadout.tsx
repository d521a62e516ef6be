import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { fmt } from '../../../ui/fmt';
import type { BsrCurveResponse } from '../api';
import { toAlphaTilde } from '../theory/thresholds';
import { type CurveReadout, curveReadout } from './readout';

/**
 * The numbers at the α cursor. `curve` is the curve computed for the current parameters, or null while it
 * computes: the readout then says so instead of showing the previous parameters' numbers.
 */
export function ErrorReadout({ curve, failed }: { curve: BsrCurveResponse | null; failed: boolean }) {
  const at = useExplorer(useShallow((s) => ({ alpha: s.alpha, axis: s.axis, beta: s.beta, rho: s.rho })));
  const r = curve ? curveReadout(curve, at) : null;
  const show = (pick: (r: CurveReadout) => number) => (r ? fmt(pick(r)) : failed ? '—' : 'updating');
  return (
    <dl className="readout" data-testid="readout">
      <div>
        <dt>α</dt>
        <dd>{fmt(at.alpha)}</dd>
      </div>
      <div>
        <dt>α̃</dt>
        <dd>{fmt(toAlphaTilde(at.alpha, at.beta, at.rho))}</dd>
      </div>
      <div>
        <dt>E_BO</dt>
        <dd data-testid="readout-bo">{show((x) => x.bo)}</dd>
      </div>
      <div>
        <dt>E_ridge</dt>
        <dd>{show((x) => x.ridge)}</dd>
      </div>
      <div>
        <dt>α_PR</dt>
        <dd data-testid="readout-pr">{show((x) => x.pr)}</dd>
      </div>
      <div>
        <dt>α_MNNE</dt>
        <dd data-testid="readout-mnne">{show((x) => x.mnne)}</dd>
      </div>
    </dl>
  );
}
