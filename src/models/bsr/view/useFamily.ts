import { useShallow } from 'zustand/react/shallow';
import { useQuery } from '../../../bridge/hooks';
import { parseList } from '../../../state/schema';
import { familyText } from '../../../ui/family';
import { useExplorer } from '../../../state/useExplorer';
import type { FamilyCurve } from '../../../ui/family';
import type { BsrCurveResponse } from '../api';
import { bsrClient } from './client';
import { alphaGrid } from './useBsrCurve';

export interface FamilyState {
  /** The curves computed for the current family (empty until then, and for no family). */
  curves: FamilyCurve<BsrCurveResponse>[];
  /** False while the family shown belongs to other inputs. */
  fresh: boolean;
}

/** One E_BO curve per value of ρ or β (the paper's families), computed in the theory worker. */
export function useFamily(): FamilyState {
  const p = useExplorer(
    useShallow((s) => ({ family: s.family, values: s.familyValues, beta: s.beta, rho: s.rho, delta: s.delta, axis: s.axis, alphaMax: s.alphaMax })),
  );
  // T is a family of the attention model only.
  const kind = p.family === 'rho' || p.family === 'beta' ? p.family : null;
  // The parameter the family varies does not change its curves.
  const key = kind ? JSON.stringify({ ...p, beta: kind === 'beta' ? 0 : p.beta, rho: kind === 'rho' ? 0 : p.rho }) : 'none';
  const q = useQuery(async (): Promise<FamilyCurve<BsrCurveResponse>[]> => {
    if (!kind) return [];
    return Promise.all(
      parseList(familyText(p.family, p.values)).values.map(async (v) => {
        const beta = kind === 'beta' ? v : p.beta;
        const rho = kind === 'rho' ? v : p.rho;
        return { value: v, curve: await bsrClient.call('curve', { beta, rho, delta: p.delta, alphas: alphaGrid(p.axis, p.alphaMax, beta, rho) }) };
      }),
    );
  }, key);
  return { curves: kind ? (q.data ?? []) : [], fresh: !kind || q.dataKey === key };
}
