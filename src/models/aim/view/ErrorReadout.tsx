import { useExplorer } from '../../../state/useExplorer';
import { fmt } from '../../../ui/fmt';
import { useAimCurves } from './curves';
import { readoutAt } from './readout';

const UPDATING = 'updating';

/** α, ᾱ and the values at the cursor: a number only once it was computed for the current inputs. */
export function ErrorReadout() {
  const { axes, inputs, shown } = useAimCurves();
  const alpha = useExplorer((s) => s.alpha);
  const r = readoutAt(shown, inputs, alpha);
  return (
    <dl className="readout">
      <div>
        <dt>α</dt>
        <dd>{fmt(alpha)}</dd>
      </div>
      <div>
        <dt>ᾱ</dt>
        <dd>{fmt(axes.k * alpha)}</dd>
      </div>
      <div>
        <dt>MMSE</dt>
        <dd data-testid="readout-bo">{r.mmse === null ? UPDATING : fmt(r.mmse)}</dd>
      </div>
      <div>
        <dt>α_PR</dt>
        <dd data-testid="readout-pr">{r.alphaPR === null ? UPDATING : r.alphaPR === 'none' ? 'none' : fmt(r.alphaPR)}</dd>
      </div>
    </dl>
  );
}
