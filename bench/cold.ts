/**
 * First iterations in a fresh process: `tsx bench/cold.ts D` prints {"times_ms": [...]} for a GAMP-RIE run at
 * d = D, β = 1, ρ = 0.5, α = 0.5, Δ = 0, as the first run of the process (after the warm-up a simulated point does). `npm run bench` runs it as a
 * child process for the row bsr.gamp.first.dD.
 */
import { warmGamp } from '../src/models/bsr/sim/gamp';
import { createInstance } from '../src/models/bsr/sim/instance';
import { gampIterations } from './rows/sim';

const d = Number(process.argv[2] ?? 100);
// As a simulated point (simPoint.ts) does before it draws its data.
warmGamp();
const inst = createInstance({ d, beta: 1, rho: 0.5, delta: 0, alpha: 0.5, seed: 1 });
console.log(JSON.stringify({ times_ms: gampIterations(inst, 8) }));
