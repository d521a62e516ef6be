import type { ModelDefinition } from '../contract';
import { fitCursor, type LinkFit, mergeFits } from '../linkFit';
import { aimTop } from './plotRange';
import { AIM_CURVE_LANE, mainCurveRequest } from './curveRequest';
import { AIM_FIELDS, type AimState } from './fields';
import { niceBelow } from '../../numeric/round';

/** α on entering the attention model: below its perfect recovery at ρ = 0.5 (0.1875 at T = 2), so every panel has content. */
const AIM_SWITCH_ALPHA = 0.1;

/** The attention-indexed model: a softmax or hardmax attention map of an extensive-rank target. */
export const aimModel: ModelDefinition = {
  id: 'aim',
  title: 'Attention-indexed model',
  menuLabel: 'AIM: attention-indexed model',
  fields: AIM_FIELDS,
  loadApi: async () => (await import('./api')).aimApi,
  loadCommands: async () => (await import('./cli')).aimCommands,
  fitLink(s) {
    const { alpha, alphaMax, channel, T, simAlgo } = s as { alpha: number; alphaMax: number; channel: string; T: number; simAlgo: string };
    const hard = channel === 'hardmax';
    const top = aimTop(channel, T, alphaMax);
    const range = hard ? `α ≤ ${alphaMax}` : `ᾱ ≤ ${alphaMax}, so α ≤ ${Number(top.toPrecision(4))} at T = ${T}`;
    const notes: LinkFit = { patch: {}, notices: [] };
    // Settings the view reads differently from the link: kept in the state (the link stays as written), said here.
    if (hard && T !== 2) notes.notices.push(`T = ${T} does not apply to the hardmax channel, which is solved for T = 2: T = 2 is used.`);
    if (simAlgo === 'mnne') notes.notices.push('simAlgo = mnne (the nuclear-norm estimator) exists for BSR only: GAMP-RIE is used.');
    else if (hard && simAlgo !== 'amp')
      notes.notices.push(`simAlgo = ${simAlgo}: gradient descent is implemented for the softmax channel only; GAMP-RIE is used.`);
    return mergeFits(notes, fitCursor(alpha, top, range));
  },
  // Another model's α is often at or past the end of this plot (BSR's 0.3 is ᾱ = 1.2, the right end at T = 2),
  // or beyond softmax's perfect recovery, where the spectrum panel has nothing to show: start below both.
  onSwitch(s) {
    const { alpha, alphaMax, channel, rho, T } = s as { alpha: number; alphaMax: number; channel: string; rho: number; T: number };
    const top = aimTop(channel, T, alphaMax);
    // softmaxAlphaPR (theory/softmax.ts), written out so that the registry does not load the theory.
    const pr = channel === 'hardmax' ? Infinity : (rho >= 1 ? 1 : 2 * rho - rho * rho) / (T * T + T - 2);
    if (alpha > 0 && alpha < 0.9 * top && alpha < pr) return { patch: {}, notices: [] };
    const a = Math.min(AIM_SWITCH_ALPHA, niceBelow(0.6 * Math.min(top, pr)));
    const why =
      alpha >= 0.9 * top
        ? `at the right end of its plot (α ≤ ${Number(top.toPrecision(3))} at T = ${T})`
        : `past perfect recovery (α_PR = ${Number(pr.toPrecision(4))}), where there is nothing left to estimate`;
    return { patch: { alpha: a }, notices: [`α = ${alpha} is ${why} in the attention model; set to ${a}.`] };
  },
  // The view's first curve, computed while the view loads; it builds the ρ denoising table (the draft one, which
  // the view's first curve uses: useDraft), the costly part of either channel's first curve.
  firstRequest(s) {
    return { lane: AIM_CURVE_LANE, ...mainCurveRequest(s as unknown as AimState & { rho: number; alphaMax: number }, true) };
  },
  projector: {
    mainLabel: 'Error curve',
    sliders: [
      {
        key: 'alpha',
        hint: 'n/D²',
        max: (s) => {
          const { channel, T, alphaMax } = s as { channel: string; T: number; alphaMax: number };
          return aimTop(channel, channel === 'hardmax' ? 2 : T, alphaMax);
        },
      },
      { key: 'rho', hint: 'r/D' },
      { key: 'T', hint: 'tokens', applies: (s) => s.channel !== 'hardmax' },
      { key: 'alphaMax', hint: 'plot end' },
    ],
    shown: ['alpha', 'rho', 'T'],
    side: {
      key: 'aimPanel',
      tabs: [
        ['spectrum', 'Spectrum'],
        ['phase', 'Phase diagram'],
        ['test', 'Test error'],
      ],
    },
  },
  // The explorer's simulation defaults (fields.ts / commonFields.ts), as a request of simPoint.ts; width 0 is the teacher's r.
  simulation: {
    defaults: {
      algo: 'amp',
      channel: 'softmax',
      T: 2,
      D: 60,
      rho: 0.5,
      damping: 0.5,
      maxIter: 60,
      lr: 0.1,
      steps: 2000,
      optimizer: 'adam',
      averages: 8,
      width: 0,
    },
    choices: { algo: ['amp', 'gd', 'agd'], channel: ['softmax', 'hardmax'], optimizer: ['adam', 'gd'] },
  },
};
