/**
 * Speed of the numerical core, measured in Node on one core. Prints a table; asserts nothing.
 * Run with `npm run bench`.
 */
import { boCurve, mmseTableFor } from '../src/models/bsr/theory/curve';
import { denoisingMmse } from '../src/models/bsr/theory/mmse';
import { solveFixedPoint } from '../src/models/bsr/theory/fixedPoint';
import { runGd } from '../src/models/bsr/sim/gd';
import { runGamp } from '../src/models/bsr/sim/gamp';
import { createInstance } from '../src/models/bsr/sim/instance';
import { accumulate, dotAll } from '../src/models/bsr/sim/tokenOps';
import { hardmaxCurve } from '../src/models/aim/theory/hardmax';
import { aimPhaseColumn } from '../src/models/aim/theory/phase';
import { softmaxCurve } from '../src/models/aim/theory/softmax';
import { testErrorT2 } from '../src/models/aim/theory/testError';
import { channelMoments } from '../src/models/smi/theory/channel';
import { channelMoments3 } from '../src/models/smi/theory/channel3';
import { smiApi } from '../src/models/smi/api';
import { runGamp as runAimGamp } from '../src/models/aim/sim/gampRie';
import { runGd as runAimGd } from '../src/models/aim/sim/gd';
import { createInstance as createAimInstance } from '../src/models/aim/sim/instance';

interface Row {
  what: string;
  median: number;
  p95: number;
  unit: string;
}

function time(fn: (i: number) => void, reps: number): { median: number; p95: number } {
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn(i);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(reps / 2)], p95: t[Math.min(reps - 1, Math.floor(reps * 0.95))] };
}

/** Sorted wall-clock times between successive iterations of an algorithm that reports each one. */
function iterationTimes(run: (onIteration: () => void) => void): number[] {
  const times: number[] = [];
  let last = performance.now();
  run(() => {
    const now = performance.now();
    times.push(now - last);
    last = now;
  });
  return times.sort((a, b) => a - b);
}

const alphas = Array.from({ length: 200 }, (_, i) => (1.2 * (i + 1)) / 200);
const rows: Row[] = [];

// Warm the JIT on an unrelated shape so the first measured call is not a compile.
boCurve({ beta: 3.3, rho: 0.33, delta: 0.01 }, alphas);

{
  const r = time((i) => denoisingMmse(1 + (i % 7) * 0.5, 0.2 + (i % 5) * 0.15, Math.exp(-8 + (i % 40) * 0.4)), 400);
  rows.push({ what: 'one mmse(ζ) evaluation (spectrum + quadrature)', ...r, unit: 'ms' });
}
{
  // A change of β or ρ: the mmse table is rebuilt, then the curve is read from it. A slider drag
  // visits β values across its range; just above β = 1 (tiny spectral gap) is the slowest case.
  let k = 0;
  const r = time(() => {
    k++;
    boCurve({ beta: 0.5 + 0.15 * k, rho: 0.5, delta: 0 }, alphas);
  }, 30);
  rows.push({ what: '200-point E_BO curve after a change of β across [0.65, 5] (table rebuilt)', ...r, unit: 'ms' });
  let j = 0;
  const r2 = time(() => {
    j++;
    boCurve({ beta: 1 + 0.003 * j, rho: 0.5, delta: 0 }, alphas);
  }, 20);
  rows.push({ what: '200-point E_BO curve after a change of β in (1, 1.06] (worst case)', ...r2, unit: 'ms' });
}
{
  let k = 0;
  const r = time(() => {
    k++;
    boCurve({ beta: 2, rho: 0.2 + 0.01 * k, delta: 0.1 }, alphas);
  }, 30);
  rows.push({ what: '200-point E_BO curve after a change of ρ (table rebuilt)', ...r, unit: 'ms' });
}
{
  mmseTableFor(1, 0.5);
  let k = 0;
  const r = time(() => {
    k++;
    boCurve({ beta: 1, rho: 0.5, delta: 0.001 * k }, alphas);
  }, 200);
  rows.push({ what: '200-point E_BO curve after a change of Δ (cached table)', ...r, unit: 'ms' });
}
{
  let k = 0;
  const r = time(() => {
    k++;
    boCurve({ beta: 1, rho: 0.5, delta: 0.1 }, alphas.map((a) => a * (1 + 0.001 * k)));
  }, 200);
  rows.push({ what: '200-point E_BO curve after a change of the α range (cached table)', ...r, unit: 'ms' });
}
{
  const r = time((i) => solveFixedPoint({ beta: 2, rho: 0.3, delta: 0.05 }, 0.1 + 0.01 * (i % 50)), 50);
  rows.push({ what: 'one exact fixed point (Brent on mmse, no table)', ...r, unit: 'ms' });
}
{
  // A phase-diagram cell at a new (α, ρ): one table per ρ column, then one fixed point per α row.
  const r = time((i) => {
    const t = mmseTableFor(2, 0.05 + 0.9 * Math.random());
    for (let j = 0; j < 64; j++) t.mmse(1e-3 * (j + 1 + i));
  }, 10);
  rows.push({ what: 'phase-diagram column (new ρ: table build + 64 cells)', ...r, unit: 'ms' });
  const c = time((i) => solveFixedPoint({ beta: 2, rho: 0.3 + 0.001 * i, delta: 0.1 }, 0.4), 20);
  rows.push({ what: 'phase-diagram cell, cold (exact fixed point at a new ρ)', ...c, unit: 'ms' });
}

{
  // Simulations: GAMP-RIE per iteration against the arithmetic it must do (2·n·dL multiply-adds for
  // the two passes over the tokens, plus one SVD of a d×L matrix and the spectral work).
  for (const d of [60, 100]) {
    const inst = createInstance({ d, beta: 1, rho: 0.5, delta: 0, alpha: 0.5, seed: 1 });
    const times = iterationTimes((onIteration) => runGamp(inst, { maxIter: 8, tol: 0, onIteration }));
    const med = times[Math.floor(times.length / 2)];
    const fma = 2 * inst.n * inst.d * inst.L;
    rows.push({ what: `GAMP-RIE iteration, d = ${d}, β = 1, α = 0.5 (n = ${inst.n})`, median: med, p95: times[times.length - 1], unit: 'ms' });
    rows.push({ what: `  whole iteration as ${(fma / 1e6).toFixed(0)} M multiply-adds → GFMA/s`, median: fma / (med * 1e6), p95: fma / (med * 1e6), unit: '  ' });
    const v = new Float64Array(inst.d * inst.L).fill(0.1);
    const out = new Float64Array(inst.n);
    const acc = new Float64Array(inst.d * inst.L);
    const t0 = performance.now();
    for (let rep = 0; rep < 3; rep++) {
      dotAll(inst.X, inst.n, inst.d * inst.L, v, out);
      accumulate(inst.X, inst.n, inst.d * inst.L, out, acc);
    }
    const passMs = (performance.now() - t0) / 3;
    rows.push({ what: `  token passes alone: ${passMs.toFixed(1)} ms → GFMA/s`, median: fma / (passMs * 1e6), p95: fma / (passMs * 1e6), unit: '  ' });
  }
  const inst = createInstance({ d: 40, beta: 1, rho: 0.2, delta: 0, alpha: 0.5, seed: 1 });
  const t0 = performance.now();
  const steps = 200;
  runGd(inst, { steps, seed: 1 });
  rows.push({ what: `GD step, d = 40, β = 1, ρ = 0.2, α = 0.5 (n = ${inst.n})`, median: (performance.now() - t0) / (steps + 1), p95: NaN, unit: 'ms' });
}

{
  // AIM GAMP-RIE per iteration: two passes over the tokens (≈ 1.5·n·T·D² multiply-adds, the backward
  // pass uses the symmetry), one D×D symmetric eigendecomposition and the RIE shrinkage.
  for (const D of [60, 100]) {
    const inst = createAimInstance({ channel: 'softmax', T: 2, D, rho: 0.5, alpha: 0.1, seed: 1 });
    const times = iterationTimes((onIteration) => runAimGamp(inst, { maxIter: 8, tol: 0, onIteration }));
    rows.push({ what: `AIM GAMP-RIE iteration, softmax, T = 2, D = ${D}, α = 0.1 (n = ${inst.n})`, median: times[times.length >> 1], p95: times[times.length - 1], unit: 'ms' });
  }
  const inst = createAimInstance({ channel: 'softmax', T: 2, D: 60, rho: 0.5, alpha: 0.15, seed: 1 });
  const steps = 100;
  const t0 = performance.now();
  runAimGd(inst, { steps });
  rows.push({ what: `AIM Adam step, softmax, T = 2, D = 60, ρ = 0.5, α = 0.15 (n = ${inst.n})`, median: (performance.now() - t0) / (steps + 1), p95: NaN, unit: 'ms' });
}

{
  // Attention-model theory: a 200-point softmax curve at a new ρ (mmse table rebuilt), the hardmax curve
  // (parametric in the overlap), one phase-diagram column of each, and the T = 2 test error along a curve.
  let k = 0;
  const r = time(() => {
    k++;
    softmaxCurve(2, 0.3 + 0.01 * k, alphas.map((a) => a / 6));
  }, 20);
  rows.push({ what: 'AIM softmax 200-point curve after a change of ρ (table rebuilt)', ...r, unit: 'ms' });
  const h = time((i) => hardmaxCurve(0.4 + 0.01 * i), 4);
  rows.push({ what: 'AIM hardmax curve (80 overlaps, 48×48 Gauss–Hermite each)', ...h, unit: 'ms' });
  const xs = Array.from({ length: 64 }, (_, i) => (1.2 * (i + 0.5)) / 64);
  const ps = time((i) => aimPhaseColumn({ channel: 'softmax', T: 2, rho: 0.1 + 0.02 * i, xs }), 20);
  rows.push({ what: 'AIM phase-diagram column, softmax (new ρ, 64 cells)', ...ps, unit: 'ms' });
  const ph = time((i) => aimPhaseColumn({ channel: 'hardmax', T: 2, rho: 0.1 + 0.05 * i, xs }), 4);
  rows.push({ what: 'AIM phase-diagram column, hardmax (new ρ, 64 cells)', ...ph, unit: 'ms' });
  const te = time((i) => alphas.forEach((a) => testErrorT2('softmax', 1.5 - a / 2, a / 2 + 1e-3 * i)), 5);
  rows.push({ what: 'AIM T = 2 test error along a 200-point curve', ...te, unit: 'ms' });
}

{
  // Deep tied attention: one outer average of the channel (1024 points) far from and near saturation,
  // the shipped c = 1 curve, and GAMP iterations at D = 150 without the state evolution beside them.
  const f0 = time((i) => channelMoments(1, 0, 0.3 + 0.001 * i), 3);
  rows.push({ what: 'SMI channel moments F₁, F₂ at q = (0, 0.3)', ...f0, unit: 'ms' });
  const f1 = time((i) => channelMoments(1, 0.3, 0.985 + 0.0001 * i), 3);
  rows.push({ what: 'SMI channel moments F₁, F₂ at q = (0.3, 0.985)', ...f1, unit: 'ms' });
  const grid = Array.from({ length: 161 }, (_, i) => (1.6 * i) / 160);
  const sc = time(() => smiApi.curve({ layers: 2, skip: 1, alphas: grid }), 3);
  rows.push({ what: 'SMI 161-point curve at c = 1 (shipped branches + plug-in error)', ...sc, unit: 'ms' });
  const t0 = performance.now();
  const amp = smiApi.amp({ D: 150, alpha: 1.2, skip: 1, seed: 1, damping: 0.2, maxIter: 10, withSE: false });
  rows.push({ what: `SMI GAMP iteration, D = 150, α = 1.2 (n = ${amp.n})`, median: (performance.now() - t0) / amp.iterations.length, p95: NaN, unit: 'ms' });
  // Three layers: one outer average with the shipped quadrature (4096 outer points × 4096 inner nodes).
  const f3 = time((i) => channelMoments3(1, [0.4, 0.2, 0.99 + 1e-5 * i], { outer: 4096, inner: 1024 }), 1);
  rows.push({ what: 'SMI three-layer channel F₁, F₂, F₃ at q = (0.4, 0.2, 0.99), 4096 × 4096', ...f3, unit: 'ms' });
  const grid3 = Array.from({ length: 161 }, (_, i) => (2 * i) / 160);
  const sc3 = time(() => smiApi.curve({ layers: 3, skip: 1, alphas: grid3 }), 3);
  rows.push({ what: 'SMI three-layer 161-point curve at c = 1 (shipped path + plug-in error)', ...sc3, unit: 'ms' });
  const t2 = performance.now();
  const amp3 = smiApi.amp({ D: 150, alpha: 1.6, skip: 1, seed: 1, damping: 0, maxIter: 5, withSE: false, layers: 3 });
  rows.push({ what: `SMI three-layer GAMP iteration, D = 150, α = 1.6 (n = ${amp3.n}, 4096 nodes per sample)`, median: (performance.now() - t2) / amp3.iterations.length, p95: NaN, unit: 'ms' });
  const t1 = performance.now();
  const gd = smiApi.gd({ D: 100, alpha: 15, skip: 1, seed: 1, steps: 2000 });
  rows.push({ what: `SMI gradient descent, 2000 steps at D = 100, α = 15 (n = ${gd.n}, batch 200)`, median: performance.now() - t1, p95: NaN, unit: 'ms' });
}

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`${'benchmark'.padEnd(w)}  median      p95`);
for (const r of rows) console.log(`${r.what.padEnd(w)}  ${r.median.toFixed(3).padStart(8)} ${r.unit}  ${r.p95.toFixed(3).padStart(8)} ${r.unit}`);
