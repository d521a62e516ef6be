import type { Preset } from '../../ui/preset';

/**
 * The bilinear-sequence-regression paper's figures and simulation experiments, each a link the explorer
 * opens exactly. Theory figures have no group; simulation experiments (group `simulation`) start running when opened.
 */
export const BSR_PRESETS: Preset[] = [
  {
    id: 'fig1',
    title: 'Error vs α for ρ ∈ {0.1, 0.2, 0.5, 1, 2}, β = 1, noiseless',
    caption: 'Each curve reaches zero at its own α_PR = ρ(2 − ρ), capped at 1: a target of lower rank (smaller ρ) needs fewer samples.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.3, beta: 1, rho: 0.5, delta: 0, published: 0.64055, source: 'plots__delta_0.0_beta_1.0 (ρ = 0.5, α = 0.3)' },
  },
  {
    id: 'fig1-tilde',
    title: 'The same on the α̃ = n/(r(d+L)) axis, with the low-rank limit',
    caption: 'On α̃ = n/(r(d+L)) the curves of small ρ close in on the low-rank limit (dotted), which starts at its weak-recovery threshold α̃_WR.',
    hash: '#v=1&model=bsr&alpha=0.2&beta=1&rho=0.2&delta=0&axis=alphaTilde&alphaMax=1.5&panel=strong&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.2, beta: 1, rho: 0.2, delta: 0, published: 0.66006, source: 'plots__LR_delta_0.0_beta_1.0 (ρ = 0.2, α = 0.2)' },
  },
  {
    id: 'fig1-noisy',
    title: 'Error vs α for ρ ∈ {0.1, 0.2, 0.5, 1, 2}, β = 1, Δ = 0.1',
    caption: 'With label noise Δ = 0.1 no curve reaches zero: each bends near its noiseless α_PR and then keeps falling slowly.',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0.1&axis=alpha&alphaMax=2&panel=phase&family=rho&familyValues=0.1,0.2,0.5,1,2',
    check: { alpha: 0.5, beta: 1, rho: 0.5, delta: 0.1, published: 0.47652, source: 'plots__delta_0.1_beta_1.0 (ρ = 0.5, α = 0.5)' },
  },
  {
    id: 'beta5',
    title: 'β = 5, noiseless, ρ ∈ {0.1, 0.5, 1}',
    caption: 'With longer sequences α_PR = ρ(1 + β − ρ)/β is lower: at β = 5 the curves for ρ = 0.1, 0.5, 1 reach zero at α = 0.118, 0.55 and 1.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=5&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=spectrum&family=rho&familyValues=0.1,0.5,1',
    check: { alpha: 0.3, beta: 5, rho: 0.5, delta: 0, published: 0.48564, source: 'bsr-notes §6.1 (authors’ CSV, β = 5, ρ = 0.5)' },
  },
  {
    id: 'beta-inf',
    title: 'Large β: β = 100 against the β → ∞ limit, ρ ∈ {0.2, 0.5, 1}',
    caption: 'At β = 100 each curve lies close to its β → ∞ limit (dash-dotted, in its colour): longer sequences change little more.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=100&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&family=rho&familyValues=0.2,0.5,1&showLargeBeta=1',
  },
  {
    id: 'beta-sweep',
    title: 'β sweep at ρ = 0.5: β ∈ {1, 2, 5, 10, 100}',
    caption: 'As β grows, α_PR = 0.5(0.5 + β)/β falls from 0.75 at β = 1 toward 0.5: longer sequences need fewer samples per entry.',
    hash: '#v=1&model=bsr&alpha=0.5&beta=2&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=phase&plane=alpha-beta&family=beta&familyValues=1,2,5,10,100',
    check: { alpha: 0.5, beta: 2, rho: 0.5, delta: 0, published: 0.23786, source: 'bsr-notes §6.1 (authors’ CSV, β = 2, ρ = 0.5)' },
  },
  {
    id: 'thresholds',
    title: 'Strong-recovery thresholds α_PR and α_MNNE vs ρ (β = 1, 2, 5, 10, 100)',
    caption:
      'α_MNNE, where nuclear-norm minimisation recovers the target, lies above α_PR for every ρ and β: the convex method needs more samples than the Bayes-optimal one.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=1.2&panel=strong',
  },
  {
    id: 'landscape',
    title: 'Free-entropy landscape just below α_PR (β = 1, ρ = 0.5, α = 0.74)',
    caption: 'The free entropy has a single maximum, at the fixed point q*, even just below α_PR: there is no second, metastable maximum, so no hard phase.',
    hash: '#v=1&model=bsr&alpha=0.74&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=landscape',
  },
  {
    id: 'landscape-b2',
    title: 'Free-entropy landscape (β = 2, ρ = 0.5, α = 0.615)',
    caption: 'A single maximum at the fixed point q*: no metastable state, so GAMP-RIE reaches the Bayes-optimal error here.',
    hash: '#v=1&model=bsr&alpha=0.615&beta=2&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=landscape',
  },
  {
    id: 'phase-beta',
    title: 'Phase diagram over (α, β) at ρ = 0.5, Δ = 0.1',
    caption: 'The colour is E_BO over (α, β); the solid line is α_PR; hatched is where ridge regression is within 0.01 of Bayes-optimal.',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0.1&axis=alpha&alphaMax=1.2&panel=phase&plane=alpha-beta',
  },
  {
    id: 'sim-amp',
    group: 'simulation',
    title: 'GAMP-RIE at d = 60 follows the Bayes-optimal curve (β = 1, ρ = 0.5), with state evolution',
    caption: 'The simulated points (mean ± std over seeds) lie on the Bayes-optimal curve, and each run follows its state evolution in the trace.',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=sim&simAlgo=amp&simD=60&simSeeds=3&simAlphas=0.2,0.35,0.5,0.65',
  },
  {
    id: 'sim-gd-prior',
    group: 'simulation',
    title: 'GD from the prior below and above α_PR (β = 1, ρ = 0.2, d = 40): compare single runs with 2·E_BO, a posterior sample’s error',
    caption:
      'Dots are single runs, the dotted line 2·E_BO (a posterior sample’s error): at d = 40 the runs below α_PR end well above it, and those above α_PR are still falling toward zero.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.6&panel=sim&simAlgo=gd&simD=40&simSeeds=2&simSteps=2000&simAlphas=0.2,0.3,0.45',
  },
  {
    id: 'sim-agd',
    group: 'simulation',
    title: 'Averaged GD (8 initialisations, noiseless, β = 1, ρ = 0.2, d = 30) against E_BO and single runs',
    caption: 'Averaging eight runs from different initialisations brings the error of gradient descent down toward E_BO, below that of single runs.',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.6&panel=sim&simAlgo=agd&simD=30&simSeeds=1&simSteps=1500&simK=8&simAlphas=0.2,0.3',
  },
  {
    id: 'sim-agd-noisy',
    group: 'simulation',
    title: 'With noise (Δ = 0.5) averaged GD stays well above E_BO (β = 1, ρ = 0.2, d = 30)',
    caption: 'With noise Δ = 0.5 averaged gradient descent stays well above E_BO.',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.2&delta=0.5&axis=alpha&alphaMax=1.2&panel=sim&simAlgo=agd&simD=30&simSeeds=1&simSteps=1500&simK=8&simAlphas=0.5,1',
  },
  {
    id: 'sim-small-init',
    group: 'simulation',
    title: 'GD from a small initialisation recovers far below α_MNNE = 0.57 (β = 1, ρ = 0.2, d = 30)',
    caption: 'From a small initialisation gradient descent recovers the target at α well below α_MNNE = 0.57, where nuclear-norm minimisation still fails.',
    hash: '#v=1&model=bsr&alpha=0.45&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.8&panel=sim&simAlgo=gd&simInit=small&simD=30&simSeeds=2&simSteps=4000&simAlphas=0.3,0.4,0.45,0.5',
  },
  {
    id: 'sim-mnne',
    group: 'simulation',
    title: 'Minimal nuclear norm recovers only beyond α_MNNE (β = 1, ρ = 0.25, d = 16)',
    caption: 'The error of nuclear-norm minimisation reaches zero only beyond α_MNNE, later than the Bayes-optimal α_PR.',
    hash: '#v=1&model=bsr&alpha=0.6&beta=1&rho=0.25&delta=0&axis=alpha&alphaMax=1&panel=sim&simAlgo=mnne&simD=16&simSeeds=2&simAlphas=0.3,0.45,0.55,0.65,0.75,0.9',
  },
  {
    id: 'sim-lr',
    group: 'simulation',
    title: 'Learning-rate study at α = 0.44 (β = 1, ρ = 0.2, d = 24): fraction of GD runs that recover, small vs prior initialisation',
    caption: 'The table counts, per learning rate, the runs that recover the target (test error below 10⁻³) from a small and from a prior initialisation.',
    hash: '#v=1&model=bsr&alpha=0.44&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.8&panel=sim&simAlgo=gd&simD=24&simSeeds=4&simSteps=1500&simEtas=0.1,0.2,0.3,0.4,0.5,0.6,0.7',
  },
];
