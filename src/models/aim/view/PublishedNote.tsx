import { useQuery } from '../../../bridge/hooks';
import { setState, useExplorer } from '../../../state/useExplorer';
import { aimClient } from './client';

/** The point at which the note compares the two curves: the published figures' ρ, and an α where they differ most visibly. */
const AT = { rho: 0.5, alpha: 0.3 };

/** Three significant digits, as quoted in prose; an ellipsis while the worker computes it. */
const quote = (v: number | undefined) => (v === undefined ? '…' : v.toPrecision(3));

/** The published hardmax curves against the correct output function: the toggle and the numbers, computed. */
export function PublishedNote() {
  const published = useExplorer((s) => s.aimPublished);
  const c = useQuery(() => aimClient.call('publishedComparison', AT), 'published-comparison').data;
  return (
    <fieldset className="toggles">
      <legend>Published curve</legend>
      <label>
        <input type="checkbox" checked={published} onChange={(e) => setState({ aimPublished: e.target.checked })} data-testid="aim-published" /> show “as
        published”
      </label>
      <p className="model-blurb">
        This explorer uses the correct output function, ∂Φ₂/∂κ₁ = φ(κ₁)Φ((κ₂ − ϱκ₁)/√(1−ϱ²)). The published hardmax curves put the joint density φ₂(κ₁, κ₂; ϱ)
        there instead; recomputed that way they are reproduced to 2·10⁻³, and they lie well above the correct curve ({quote(c?.publishedMmse)} vs{' '}
        {quote(c?.mmse)} at ρ = {AT.rho}, α = {AT.alpha}). GAMP-RIE with the correct output function reaches the lower curve, so the published one cannot be the
        Bayes-optimal error. Its ρ → 0 threshold would be ᾱ_c = {quote(c?.publishedAlphaBarC)} instead of {quote(c?.alphaBarC)}.
      </p>
    </fieldset>
  );
}
