import type { Preset } from '../../ui/preset';

/** The attention-indexed model's figures (group `aim`) and simulations (group `aim-simulation`), each a link the explorer opens exactly. */
export const AIM_PRESETS: Preset[] = [
  {
    id: 'aim-softmax',
    group: 'aim',
    title: 'Softmax, T = 2, ρ = 0.5: estimation error vs α with perfect recovery at α_PR = 0.1875, beside ρ = 0.1, 0.2, 1, 2',
    caption: 'Perfect recovery at α_PR = (2ρ − ρ²)/(T² + T − 2) = 0.1875 for ρ = 0.5; narrower targets (smaller ρ) recover with fewer samples.',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.0993&rho=0.5&axis=alpha&alphaMax=1&family=rho&familyValues=0.1,0.2,1,2',
    check: { alpha: 0.0993, beta: NaN, rho: 0.5, delta: 0, published: 0.397, source: 'SE_softmax_T=2_rho=0.5 (α = 0.0993)' },
  },
  {
    id: 'aim-collapse',
    group: 'aim',
    title: 'Softmax on ᾱ = (T²+T−2)α: every T gives the same curve (T = 2, 3, 6 drawn over T = 4, ρ = 1)',
    caption: 'On ᾱ = (T² + T − 2)α the curves for T = 2, 3, 4 and 6 coincide: T enters only through that factor.',
    hash: '#v=1&model=aim&channel=softmax&T=4&alpha=0.03&rho=1&axis=alphaTilde&alphaMax=1.1&family=T&familyValues=2,3,6',
  },
  {
    id: 'aim-hardmax',
    group: 'aim',
    title: 'Hardmax, T = 2, ρ = 0.5 with the correct output function: no threshold, error ~ 1/α² at large α',
    caption: 'Hardmax has no perfect-recovery threshold: the error falls for every α, like 1/α² at large α.',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=3',
  },
  {
    id: 'aim-hardmax-lowrank',
    group: 'aim',
    title: 'Hardmax at small width (ρ = 0.05) against its ρ → 0 limit on ᾱ = α/ρ (weak recovery at 0.403)',
    caption:
      'At ρ = 0.05 the curve on ᾱ = α/ρ meets its ρ → 0 limit (dotted) from ᾱ ≈ 1 on; the limit stays at 1 up to its weak-recovery threshold ᾱ_c = 0.403, while at finite ρ the error falls from ᾱ = 0.',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.05&rho=0.05&axis=alphaTilde&alphaMax=0.25',
  },
  {
    id: 'aim-phase',
    group: 'aim',
    title: 'Softmax phase diagram over (ᾱ, ρ): error and the perfect-recovery line ᾱ_PR = 2ρ − ρ², the same for every T',
    caption: 'The perfect-recovery line ᾱ_PR = 2ρ − ρ² bounds the region of zero error, the same for every T on the ᾱ axis.',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.1&rho=0.5&axis=alphaTilde&alphaMax=1.2&aimPanel=phase',
  },
  {
    id: 'aim-hardmax-test',
    group: 'aim',
    title: 'Hardmax, ρ = 0.5: estimation error beside the published curve, and the Bayes-optimal test error',
    caption:
      'The published curve (grey) lies above the corrected one: its output function used the joint density where the derivative of Φ₂ belongs. The test-error tab gives the Bayes-optimal test error.',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=3&aimPanel=test',
  },
  {
    id: 'aim-sim-amp',
    group: 'aim-simulation',
    title: 'GAMP-RIE on softmax attention (T = 2, ρ = 0.5, D = 60, 3 seeds) across α, with its state evolution',
    caption: 'The simulated points lie on the Bayes-optimal softmax curve, and each run follows its state evolution in the trace.',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.1&rho=0.5&axis=alpha&alphaMax=1&aimPanel=sim&simAlgo=amp&simD=60&simSeeds=3&simIter=50&simAlphas=0.05,0.1,0.15,0.2',
  },
  {
    id: 'aim-sim-hardmax',
    group: 'aim-simulation',
    title: 'GAMP-RIE on hardmax attention (ρ = 0.5, D = 60, 2 seeds) against the corrected curve and the published one',
    caption: 'The simulated points follow the corrected hardmax curve, not the published one.',
    hash: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5&axis=alpha&alphaMax=1.5&aimPanel=sim&simAlgo=amp&simD=60&simSeeds=2&simIter=40&simAlphas=0.1,0.3,0.6',
  },
  {
    id: 'aim-sim-agd',
    group: 'aim-simulation',
    title: 'Averaged gradient descent (Adam, 8 starts, D = 40) on softmax attention: averaging brings GD towards the Bayes-optimal error',
    caption: 'As runs from more starts are averaged, the error of gradient descent comes down toward the Bayes-optimal curve.',
    hash: '#v=1&model=aim&channel=softmax&T=2&alpha=0.15&rho=0.5&axis=alpha&alphaMax=1&aimPanel=sim&simAlgo=agd&simD=40&simSeeds=1&simSteps=400&simK=8&simAlphas=0.1,0.15',
  },
];
