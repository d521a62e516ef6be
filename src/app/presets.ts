/**
 * The BSR paper's theory figures, each a link (hash) the explorer opens exactly. `check` names a
 * number the view shows and where it comes from, so the presets are tested against the published data.
 */
export interface Preset {
  id: string;
  title: string;
  hash: string;
  check?: { alpha: number; beta: number; rho: number; delta: number; published: number; source: string };
}

export const PRESETS: Preset[] = [
  {
    id: 'fig1',
    title: 'Error vs α for ρ ∈ {0.1, 0.2, 0.5, 1, 2}, β = 1, noiseless',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.3, beta: 1, rho: 0.5, delta: 0, published: 0.64055, source: 'plots__delta_0.0_beta_1.0 (ρ = 0.5, α = 0.3)' },
  },
  {
    id: 'fig1-tilde',
    title: 'The same on the α̃ = n/(r(d+L)) axis, with the low-rank limit',
    hash: '#v=1&model=bsr&alpha=0.2&beta=1&rho=0.2&delta=0&axis=alphaTilde&alphaMax=1.5&panel=strong&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.2, beta: 1, rho: 0.2, delta: 0, published: 0.66006, source: 'plots__LR_delta_0.0_beta_1.0 (ρ = 0.2, α = 0.2)' },
  },
  {
    id: 'fig1-noisy',
    title: 'Error vs α for ρ ∈ {0.1, 0.2, 0.5, 1, 2}, β = 1, Δ = 0.1',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0.1&axis=alpha&alphaMax=2&panel=phase&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.5, beta: 1, rho: 0.5, delta: 0.1, published: 0.47652, source: 'plots__delta_0.1_beta_1.0 (ρ = 0.5, α = 0.5)' },
  },
  {
    id: 'beta5',
    title: 'β = 5, noiseless, ρ ∈ {0.1, 0.5, 1}',
    hash: '#v=1&model=bsr&alpha=0.3&beta=5&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=spectrum&family=rho&familyValues=0.1,0.5,1',
    check: { alpha: 0.3, beta: 5, rho: 0.5, delta: 0, published: 0.48564, source: 'bsr-notes §6.1 (authors’ CSV, β = 5, ρ = 0.5)' },
  },
  {
    id: 'beta-inf',
    title: 'Large β: β = 100 against the β → ∞ limit, ρ ∈ {0.2, 0.5, 1}',
    hash: '#v=1&model=bsr&alpha=0.3&beta=100&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&family=rho&familyValues=0.2,0.5,1&showLargeBeta=1',
  },
  {
    id: 'beta-sweep',
    title: 'β sweep at ρ = 0.5: β ∈ {1, 2, 5, 10, 100}',
    hash: '#v=1&model=bsr&alpha=0.5&beta=2&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&plane=alpha-beta&family=beta&familyValues=1,2,5,10,100',
    check: { alpha: 0.5, beta: 2, rho: 0.5, delta: 0, published: 0.23786, source: 'bsr-notes §6.1 (authors’ CSV, β = 2, ρ = 0.5)' },
  },
  {
    id: 'thresholds',
    title: 'Strong-recovery thresholds α_PR and α_MNNE vs ρ (β = 1, 2, 5, 10, 100)',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=1.2&panel=strong',
  },
  {
    id: 'landscape',
    title: 'Free-entropy landscape just below α_PR (β = 1, ρ = 0.5, α = 0.74)',
    hash: '#v=1&model=bsr&alpha=0.74&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=landscape',
  },
  {
    id: 'landscape-b2',
    title: 'Free-entropy landscape (β = 2, ρ = 0.5, α = 0.615)',
    hash: '#v=1&model=bsr&alpha=0.615&beta=2&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=landscape',
  },
  {
    id: 'phase-beta',
    title: 'Phase diagram over (α, β) at ρ = 0.5, Δ = 0.1',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0.1&axis=alpha&alphaMax=1.2&panel=phase&plane=alpha-beta',
  },
];
