import { useEffect, useRef, useState } from 'react';
import type { BsrCurveResponse } from '../api';
import { parseList, type Axis, type Family } from '../../../state/schema';
import { latestOnly } from '../../../ui/latestOnly';
import { bsrClient } from './client';
import { alphaGrid } from './useBsrCurve';
import type { FamilyCurve } from '../../../ui/family';

/** One E_BO curve per value of ρ or β (the paper's families), computed in the theory worker. */
export function useFamily(family: Family, values: string, beta: number, rho: number, delta: number, axis: Axis, alphaMax: number): FamilyCurve<BsrCurveResponse>[] {
  const [curves, setCurves] = useState<FamilyCurve<BsrCurveResponse>[]>([]);
  const submit = useRef<((k: string) => void) | null>(null);
  const latest = useRef({ family, values, beta, rho, delta, axis, alphaMax });
  latest.current = { family, values, beta, rho, delta, axis, alphaMax };
  if (!submit.current) {
    submit.current = latestOnly<string, FamilyCurve<BsrCurveResponse>[]>(
      async () => {
        const p = latest.current;
        // T is a family of the attention model only.
        if (p.family !== 'rho' && p.family !== 'beta') return [];
        const vals = parseList(p.values).values;
        return Promise.all(
          vals.map(async (v) => {
            const b = p.family === 'beta' ? v : p.beta;
            const r = p.family === 'rho' ? v : p.rho;
            return { value: v, curve: await bsrClient.call('curve', { beta: b, rho: r, delta: p.delta, alphas: alphaGrid(p.axis, p.alphaMax, b, r) }) };
          }),
        );
      },
      (res) => setCurves(res),
      () => setCurves([]),
    );
  }
  const key = JSON.stringify({ family, values, beta: family === 'beta' ? 0 : beta, rho: family === 'rho' ? 0 : rho, delta, axis, alphaMax });
  useEffect(() => submit.current!(key), [key]);
  return family === 'rho' || family === 'beta' ? curves : [];
}
