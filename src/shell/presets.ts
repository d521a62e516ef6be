/**
 * The BSR paper's theory figures, each a link (hash) the explorer opens exactly. `check` names a
 * number the view shows and where it comes from, so the presets are tested against the published data.
 */
export interface Preset {
  id: string;
  /** Theory figures, simulation experiments (these start running when opened), or attention-model figures. */
  group?: 'theory' | 'simulation' | 'aim' | 'aim-simulation' | 'smi';
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
  {
    id: 'sim-amp',
    group: 'simulation',
    title: 'GAMP-RIE at d = 60 follows the Bayes-optimal curve (β = 1, ρ = 0.5), with state evolution',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.5&delta=0&axis=alpha&alphaMax=1.2&panel=sim&simAlgo=amp&simD=60&simSeeds=3&simAlphas=0.2,0.35,0.5,0.65',
  },
  {
    id: 'sim-gd-prior',
    group: 'simulation',
    title: 'GD from the prior below and above α_PR (β = 1, ρ = 0.2, d = 40): compare single runs with 2·E_BO, a posterior sample’s error',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.6&panel=sim&simAlgo=gd&simD=40&simSeeds=2&simSteps=2000&simAlphas=0.2,0.3,0.45',
  },
  {
    id: 'sim-agd',
    group: 'simulation',
    title: 'Averaged GD (8 initialisations, noiseless, β = 1, ρ = 0.2, d = 30) against E_BO and single runs',
    hash: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.6&panel=sim&simAlgo=agd&simD=30&simSeeds=1&simSteps=1500&simK=8&simAlphas=0.2,0.3',
  },
  {
    id: 'sim-agd-noisy',
    group: 'simulation',
    title: 'With noise (Δ = 0.5) averaged GD stays well above E_BO (β = 1, ρ = 0.2, d = 30)',
    hash: '#v=1&model=bsr&alpha=0.5&beta=1&rho=0.2&delta=0.5&axis=alpha&alphaMax=1.2&panel=sim&simAlgo=agd&simD=30&simSeeds=1&simSteps=1500&simK=8&simAlphas=0.5,1',
  },
  {
    id: 'sim-small-init',
    group: 'simulation',
    title: 'GD from a small initialisation recovers far below α_MNNE = 0.57 (β = 1, ρ = 0.2, d = 30)',
    hash: '#v=1&model=bsr&alpha=0.45&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.8&panel=sim&simAlgo=gd&simInit=small&simD=30&simSeeds=2&simSteps=4000&simAlphas=0.3,0.4,0.45,0.5',
  },
  {
    id: 'sim-mnne',
    group: 'simulation',
    title: 'Minimal nuclear norm recovers only beyond α_MNNE (β = 1, ρ = 0.25, d = 16)',
    hash: '#v=1&model=bsr&alpha=0.6&beta=1&rho=0.25&delta=0&axis=alpha&alphaMax=1&panel=sim&simAlgo=mnne&simD=16&simSeeds=2&simAlphas=0.3,0.45,0.55,0.65,0.75,0.9',
  },
  {
    id: 'sim-lr',
    group: 'simulation',
    title: 'Learning-rate study at α = 0.44 (β = 1, ρ = 0.2, d = 24): fraction of GD runs that recover, small vs prior initialisation',
    hash: '#v=1&model=bsr&alpha=0.44&beta=1&rho=0.2&delta=0&axis=alpha&alphaMax=0.8&panel=sim&simAlgo=gd&simD=24&simSeeds=4&simSteps=1500&simEtas=0.1,0.2,0.3,0.4,0.5,0.6,0.7',
  },
  {
    id: 'aim-softmax',
    group: 'aim',
    title: 'Softmax, T = 2, ρ = 0.5: estimation error vs α with perfect recovery at α_PR = 0.1875, beside ρ = 0.1, 0.2, 1, 2',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.0993&rho=0.5&axis=alpha&alphaMax=1&family=rho&familyValues=0.1,0.2,1,2',
    check: { alpha: 0.0993, beta: NaN, rho: 0.5, delta: 0, published: 0.397, source: 'SE_softmax_T=2_rho=0.5 (α = 0.0993)' },
  },
  {
    id: 'aim-collapse',
    group: 'aim',
    title: 'Softmax on ᾱ = (T²+T−2)α: every T gives the same curve (T = 2, 3, 6 drawn over T = 4, ρ = 1)',
    hash: '#v=1&model=aim&channel=softmax&T=4&alpha=0.03&rho=1&axis=alphaTilde&alphaMax=1.1&family=T&familyValues=2,3,6',
  },
  {
    id: 'aim-hardmax',
    group: 'aim',
    title: 'Hardmax, T = 2, ρ = 0.5 with the correct output function: no threshold, error ~ 1/α',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=3',
  },
  {
    id: 'aim-hardmax-lowrank',
    group: 'aim',
    title: 'Hardmax at small width (ρ = 0.05) against its ρ → 0 limit on ᾱ = α/ρ (weak recovery at 0.403)',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.05&rho=0.05&axis=alphaTilde&alphaMax=0.25',
  },
  {
    id: 'aim-phase',
    group: 'aim',
    title: 'Softmax phase diagram over (ᾱ, ρ): error and the perfect-recovery line ᾱ_PR = 2ρ − ρ², the same for every T',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.1&rho=0.5&axis=alphaTilde&alphaMax=1.2&aimPanel=phase',
  },
  {
    id: 'aim-hardmax-test',
    group: 'aim',
    title: 'Hardmax, ρ = 0.5: estimation error beside the published curve, and the Bayes-optimal test error',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=3&aimPanel=test',
  },
  {
    id: 'aim-sim-amp',
    group: 'aim-simulation',
    title: 'GAMP-RIE on softmax attention (T = 2, ρ = 0.5, D = 60, 3 seeds) across α, with its state evolution',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.1&rho=0.5&axis=alpha&alphaMax=1&aimPanel=sim&simAlgo=amp&simD=60&simSeeds=3&simIter=50&simAlphas=0.05,0.1,0.15,0.2',
  },
  {
    id: 'aim-sim-hardmax',
    group: 'aim-simulation',
    title: 'GAMP-RIE on hardmax attention (ρ = 0.5, D = 60, 2 seeds) against the corrected curve and the published one',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=1.5&aimPanel=sim&simAlgo=amp&simD=60&simSeeds=2&simIter=40&simAlphas=0.1,0.3,0.6',
  },
  {
    id: 'aim-sim-agd',
    group: 'aim-simulation',
    title: 'Averaged gradient descent (Adam, 8 starts, D = 40) on softmax attention: averaging brings GD towards the Bayes-optimal error',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.15&rho=0.5&axis=alpha&alphaMax=1&aimPanel=sim&simAlgo=agd&simD=40&simSeeds=1&simSteps=400&simK=8&simAlphas=0.1,0.15',
  },
  {
    id: 'smi-staircase',
    group: 'smi',
    title: 'Grand staircase at c = 1: the last layer is learned from α_c,2, the first from α_c,1, with the published overlaps',
    hash: '#v=1&model=smi&skip=1&alpha=0.5&alphaMax=1.6&smiPanel=thresholds',
  },
  {
    id: 'smi-gen',
    group: 'smi',
    title: 'Generalisation error at c = 1 (plug-in predictor, as published)',
    hash: '#v=1&model=smi&skip=1&alpha=1&alphaMax=1.6&smiPanel=gen',
  },
  {
    id: 'smi-amp',
    group: 'smi',
    title: 'GAMP per layer at α = 1.2, c = 1 (D = 200): layer 2 within a few iterations, layer 1 after it',
    hash: '#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=amp&simD=200&simSeed=2&simIter=30',
  },
  {
    id: 'smi-staircase3',
    group: 'smi',
    title: 'Three layers at c = 1: layer 3 from α_c,3, then layer 1, then layer 2; Q = I at α = 3/2',
    hash: '#v=1&model=smi&smiDepth=3&skip=1&alpha=1.2&alphaMax=2&smiPanel=gen',
  },
  {
    id: 'smi-amp3',
    group: 'smi',
    title: 'GAMP on three layers at α = 1.6 (D = 200, about 10 s): layer 3 first, then layer 1, then layer 2',
    hash: '#v=1&model=smi&smiDepth=3&skip=1&alpha=1.6&alphaMax=2&smiPanel=amp&simD=200&simSeed=2&simIter=45',
  },
  {
    id: 'smi-gd',
    group: 'smi',
    title: 'Gradient descent on two-layer attention (D = 100, α = 15): layer 2 is learned first, then layer 1',
    hash: '#v=1&model=smi&skip=1&alpha=1.2&alphaMax=1.6&smiPanel=gd&smiGdAlpha=15&simD=100&simSeed=1&simSteps=2000',
  },
];
