import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../../../state/useExplorer';
import { COLORS } from '../../../ui/palette';
import { useAimCurves } from './curves';
import { ALGO_NAMES, simAlgo } from './simRequest';

/** The error plot's legend; the ρ → 0 threshold is the one the shown curve was computed with. */
export function ErrorLegend({ simulated }: { simulated: boolean }) {
  const { axes, shown } = useAimCurves();
  const s = useExplorer(useShallow((x) => ({ channel: x.channel, simAlgo: x.simAlgo, simD: x.simD, simK: x.simK, published: x.aimPublished })));
  const hard = axes.hard;
  const hardCurve = shown?.curve.channel === 'hardmax' ? shown.curve.curve : null;
  return (
    <ul className="legend-html">
      <li>
        <span className="swatch solid" style={{ borderColor: COLORS.bo }} /> Bayes-optimal ({hard ? 'hardmax' : 'softmax'} channel)
      </li>
      {hard ? (
        <>
          {s.published && hardCurve?.published && (
            <li>
              <span className="swatch dashed" style={{ borderColor: COLORS.published }} /> as published (reproduced): uses the density φ₂ where ∂Φ₂/∂κ belongs
            </li>
          )}
          <li>no weak- or perfect-recovery threshold at fixed ρ &gt; 0: the error decays like 1/α² at large α</li>
          {axes.axis === 'alphaTilde' && (
            <li>
              <span className="swatch dotted" style={{ borderColor: COLORS.lowRank }} /> ρ → 0 limit, weak recovery from ᾱ_c ={' '}
              {hardCurve ? hardCurve.lowRank.alphaBarWR.toPrecision(4) : '…'}
            </li>
          )}
        </>
      ) : (
        <>
          <li>
            <span className="swatch dashed" style={{ borderColor: COLORS.ridge }} /> ρ → ∞ (Gaussian prior): 1 − ᾱ
          </li>
          <li>
            <span className="swatch dashed" style={{ borderColor: COLORS.pr }} /> α_PR = (2ρ − ρ²)/(T²+T−2), or 1/(T²+T−2) for ρ ≥ 1
          </li>
        </>
      )}
      {simulated && (
        <li data-testid="legend-sim">
          □ simulation ({ALGO_NAMES[simAlgo(s)]}, D = {s.simD}): mean over seeds, bar from the lowest to the highest seed;{' '}
          <span style={{ color: COLORS.sim, opacity: 0.5 }}>●</span>{' '}
          {simAlgo(s) === 'agd' ? `single GD runs before averaging (${s.simK} per seed)` : 'single runs'}
        </li>
      )}
    </ul>
  );
}
