import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { COLORS } from '../../../ui/palette';

const ALGO_NAMES = { amp: 'GAMP-RIE', gd: 'GD', agd: 'averaged GD', mnne: 'min. nuclear norm' } as const;

/** What each line of the error plot is; entries follow the curves that are switched on. */
export function ErrorLegend({ hasSims, posteriorSample = false }: { hasSims: boolean; posteriorSample?: boolean }) {
  const s = useExplorer(
    useShallow((st) => ({
      axis: st.axis,
      showRidge: st.showRidge,
      showLowRank: st.showLowRank,
      showLargeBeta: st.showLargeBeta,
      simAlgo: st.simAlgo,
      simD: st.simD,
      simK: st.simK,
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
          <span className="swatch dashed" style={{ borderColor: COLORS.largeBeta }} /> β → ∞ limit (dash-dotted; a family's in each curve's colour)
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
      {posteriorSample && (
        <li data-testid="legend-2bo">
          <span className="swatch dotted" style={{ borderColor: COLORS.bo }} /> 2·E_BO: error of a sample from the posterior
        </li>
      )}
      {hasSims && (
        <li data-testid="legend-sim">
          □ simulation ({ALGO_NAMES[s.simAlgo]}, d = {s.simD}): mean over seeds, bar from the lowest to the highest seed;{' '}
          <span style={{ color: COLORS.sim, opacity: 0.5 }}>●</span>{' '}
          {s.simAlgo === 'agd' ? `single GD runs before averaging (${s.simK} per seed)` : 'single runs'}
        </li>
      )}
    </ul>
  );
}
