import { useShallow } from 'zustand/react/shallow';
import { parseList } from '../../../state/schema';
import { useExplorer } from '../../../state/useExplorer';
import type { SimPointResult } from '../simPoint';
import { studyPoints } from './simSelection';
import { useBsrPoints } from './useShownSims';

/** A run counts as recovering the teacher when its test error falls below this. */
export const RECOVERED = 1e-3;

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
};

/** Fraction of runs that recover vs learning rate, small vs prior initialisation (the paper's study). */
export function LrStudy({ results, etas }: { results: SimPointResult[]; etas: number[] }) {
  const cell = (eta: number, init: 'small' | 'prior') => {
    const r = results.find((x) => x.request.lr === eta && x.request.init === init);
    if (!r) return <td>…</td>;
    const ok = r.finals.filter((e) => e < RECOVERED).length;
    const diverged = r.outcomes.filter((o) => o === 'diverged').length;
    return (
      <td>
        {ok}/{r.request.seeds} recover · median {Number.isFinite(median(r.finals)) ? median(r.finals).toExponential(1) : '—'}
        {diverged ? ` · ${diverged} diverged` : ''}
      </td>
    );
  };
  return (
    <table className="sim-results" data-testid="lr-study">
      <caption>Learning-rate study at this α: runs reaching a test error below {RECOVERED} (and the median final error)</caption>
      <thead>
        <tr>
          <th>η</th>
          <th>small initialisation</th>
          <th>initialisation from the prior</th>
        </tr>
      </thead>
      <tbody>
        {etas.map((eta) => (
          <tr key={eta}>
            <td>{eta}</td>
            {cell(eta, 'small')}
            {cell(eta, 'prior')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The study the link lists (`simEtas`), at the cursor and the current parameters; nothing when it lists none. */
export function LinkedLrStudy() {
  const v = useExplorer(useShallow((s) => ({ alpha: s.alpha, beta: s.beta, rho: s.rho, simEtas: s.simEtas })));
  const points = useBsrPoints();
  const etas = parseList(v.simEtas, 12).values;
  return etas.length > 0 ? <LrStudy results={studyPoints(points, v, etas)} etas={etas} /> : null;
}
