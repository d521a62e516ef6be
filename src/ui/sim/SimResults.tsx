import { meanOverSeeds } from './runText';

/** What the results table and the averaged-GD line need of a simulated point, for either model. */
export interface ResultRow {
  request: { alpha: number; seeds: number };
  finals: number[];
  mean: number;
  std: number;
  theory: number;
  messages: string[];
  outcomes: string[];
  errorVsK: number[];
  /** Averaged GD: the single runs before averaging. */
  singles?: number[];
}

/** Error of the average as runs are added, per simulated α (averaged GD). */
export function AveragedVsK({ rows, theoryName }: { rows: ResultRow[]; theoryName: string }) {
  if (!rows.some((r) => r.errorVsK.length > 1)) return null;
  return (
    <p className="hover-readout" data-testid="agd-vs-k">
      Error of the average as runs are added (last seed):{' '}
      {[...rows]
        .sort((a, b) => a.request.alpha - b.request.alpha)
        .map((r) => `α = ${r.request.alpha}: ${r.errorVsK.map((e) => e.toFixed(3)).join(' → ')} (${theoryName} ${r.theory.toFixed(3)})`)
        .join('; ')}
    </p>
  );
}

/** One row per simulated α: mean ± std over seeds, how many runs counted, the theory value, every single run, and what went wrong. */
export function SimResultsTable({ rows, theoryLabel }: { rows: ResultRow[]; theoryLabel: string }) {
  if (rows.length === 0) return null;
  return (
    <table className="sim-results" data-testid="sim-results">
      <thead>
        <tr>
          <th>α</th>
          <th>error (mean ± std)</th>
          <th>runs</th>
          <th>{theoryLabel}</th>
          <th>{rows.some((r) => r.singles?.length) ? 'single runs (before averaging)' : 'single runs'}</th>
          <th>notes</th>
        </tr>
      </thead>
      <tbody>
        {[...rows]
          .sort((a, b) => a.request.alpha - b.request.alpha)
          .map((r) => (
            <tr key={r.request.alpha}>
              <td>{r.request.alpha}</td>
              <td>{meanOverSeeds(r.mean, r.std, r.finals.length)}</td>
              <td>
                {r.finals.length}/{r.request.seeds}
              </td>
              <td>{r.theory.toFixed(4)}</td>
              <td data-testid="sim-runs">{(r.singles?.length ? r.singles : r.finals).map((v) => v.toFixed(3)).join(', ')}</td>
              <td>{r.messages.join('; ') || r.outcomes.join(', ')}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The exported table of simulated points: α, mean ± std over seeds, runs counted and the theory value. */
export function simColumns(rows: ResultRow[]) {
  return {
    alpha: rows.map((r) => r.request.alpha),
    mean: rows.map((r) => r.mean),
    std: rows.map((r) => r.std),
    runs: rows.map((r) => r.finals.length),
    theory: rows.map((r) => r.theory),
  };
}
