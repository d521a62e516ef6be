import { hardmaxSolve } from '../core/aim/hardmax';
import { softmaxAlphaPR, softmaxCurve } from '../core/aim/softmax';
import { VERSION } from '../core/version';
import { commandsHelp, runCommand, toInteger, toList, toNumber, UsageError, type FlagSpecs, type Command } from './args';
import { toCsv, toJson, type Format } from './format';

const format: FlagSpecs = { format: { kind: 'string', help: 'output format', default: 'json', choices: ['json', 'csv'] } };
const model: FlagSpecs = {
  T: { kind: 'integer', help: 'number of tokens T (≥ 2)', default: '2' },
  rho: { kind: 'number', help: 'ρ = r/D, width of the target (> 0)', required: true },
};

function rhoOf(f: Map<string, string>): number {
  const v = toNumber('--rho', f.get('rho')!);
  if (!(v > 0)) throw new UsageError(`--rho must be > 0 (got ${f.get('rho')})`);
  return v;
}

export const aimCommands: Record<string, Command> = {
  curve: {
    usage: 'tokenphase aim curve --channel softmax --T T --rho R --alpha LIST [--format json|csv]\n\n' +
      'Bayes-optimal estimation MMSE (1/D)‖Ŝ − S‖² of the attention-indexed model against α = n/D².\n' +
      'softmax: any T, closed form on ᾱ = (T²+T−2)α. hardmax: T = 2, state evolution with the correct output\n' +
      'function (∂Φ₂/∂κ; about 0.15 s per α), alphaBar = α/ρ.',
    flags: { channel: { kind: 'string', help: 'output channel', default: 'softmax', choices: ['softmax', 'hardmax'] }, ...model, alpha: { kind: 'list', help: 'sample ratios α = n/D²: a,b,c or start:stop:step', required: true }, ...format },
    run(f) {
      const T = toInteger('--T', f.get('T')!, 2, 1000);
      const rho = rhoOf(f);
      const alphas = toList('--alpha', f.get('alpha')!);
      for (const a of alphas) if (!(a >= 0)) throw new UsageError(`--alpha must be ≥ 0 (got ${a})`);
      if (f.get('channel') === 'hardmax') {
        if (T !== 2) throw new UsageError(`the hardmax channel is solved for T = 2 only (got --T ${T})`);
        const res = alphas.map((a) => hardmaxSolve(rho, a));
        const params = { model: 'aim', channel: 'hardmax', T, rho, version: VERSION };
        const data = { alpha: alphas, alphaBar: alphas.map((a) => a / rho), mmse: res.map((r) => r.mmse), converged: res.map((r) => r.converged) };
        return (f.get('format') as Format) === 'csv' ? toCsv(params, data) : toJson({ params, ...data });
      }
      const c = softmaxCurve(T, rho, alphas);
      const params = { model: 'aim', channel: 'softmax', T, rho, version: VERSION };
      const data = { alpha: c.alpha, alphaBar: c.alphaBar, mmse: c.mmse, converged: c.converged };
      return (f.get('format') as Format) === 'csv' ? toCsv(params, { ...data, status: c.status }) : toJson({ params, ...data, status: c.status });
    },
  },
  thresholds: {
    usage: 'tokenphase aim thresholds --T T --rho R [--format json|csv]\n\nPerfect-recovery threshold α_PR of the softmax attention-indexed model.',
    flags: { ...model, ...format },
    run(f) {
      const T = toInteger('--T', f.get('T')!, 2, 1000);
      const rho = rhoOf(f);
      const res = { alphaPR: softmaxAlphaPR(T, rho) };
      return (f.get('format') as Format) === 'csv' ? toCsv({ model: 'aim', T, rho, version: VERSION }, { alphaPR: [res.alphaPR] }) : toJson(res);
    },
  },
};

export const aimHelp = (): string => commandsHelp(aimCommands);

export const runAim = (argv: string[]): string => runCommand('aim', aimCommands, argv);
