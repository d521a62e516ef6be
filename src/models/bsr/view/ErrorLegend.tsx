import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { COLORS } from '../../../ui/palette';

const ALGO_NAMES = { amp: 'GAMP-RIE', gd: 'GD', agd: 'averaged GD', mnne: 'min. nuclear norm' } as const;

/** What each line of the error plot is; entries follow the curves that are switched on. */
export function ErrorLegend({ hasSims }: { hasSims: boolean }) {
  const s = useExplorer(
    useShallow((st) => ({
      axis: st.axis,
      showRidge: st.showRidge,
      showLowRank: st.showLowRank,
      showLargeBeta: st.showLargeBeta,
      simAlgo: st.simAlgo,
      simD: st.simD,
    })),
  );
  const tilde = s.axis === 'alphaTilde';
  return (
    <ul className="legend-html" aria-label="Legend">
      <li>
        <span className="swatch solid" style={{ borderColor: COLORS.bo }} /> Bayes-optimal = GAMP-RIE (theory)
      </li>
      {s.showRidge && (
        <li>
          <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> ridge on vec(X), optimal λ = Δ
        </li>
      )}
      {s.showLowRank && tilde && (
        <li>
          <span className="swatch dotted" style={{ borderColor: COLORS.lowRank }} /> low-rank limit r = O(1)
        </li>
      )}
      {s.showLargeBeta && (
        <li>
          <span className="swatch dashed" style={{ borderColor: COLORS.largeBeta }} /> β → ∞ limit
        </li>
      )}
      <li>
        <span className="swatch dashed" style={{ borderColor: COLORS.pr }} /> α_PR perfect recovery (BO, Δ = 0)
      </li>
      <li>
        <span className="swatch dotted" style={{ borderColor: COLORS.mnne }} /> α_MNNE nuclear-norm minimisation
      </li>
      {tilde && (
        <li>
          <span className="swatch dotted" style={{ borderColor: COLORS.wr }} /> α̃_WR weak recovery when r = O(1); none at extensive rank
        </li>
      )}
      {hasSims && (
        <li>
          □ simulation, mean ± std over seeds ({ALGO_NAMES[s.simAlgo]}, d = {s.simD})
        </li>
      )}
    </ul>
  );
}
