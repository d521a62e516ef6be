import type { Family } from '../state/commonFields';

/** One extra curve of a family (one curve per value of ρ, β or T), in its model's own curve type. */
export interface FamilyCurve<C> {
  value: number;
  curve: C;
}

/** Points of a theory curve across the plotted range. */
export const CURVE_POINTS = 240;

const SYMBOL: Record<Family, string> = { rho: 'ρ', beta: 'β', T: 'T', none: '' };

/** The label drawn beside a family curve, e.g. `ρ = 0.5`. */
export const familyLabel = (kind: Family, value: number) => `${SYMBOL[kind]} = ${value}`;

/** What a family draws before values are typed: the values of the papers' figures. */
export const FAMILY_DEFAULTS: Record<Family, string> = { rho: '0.1,0.2,0.5,1,2', beta: '1,2,5,10,100', T: '2,3,4,6', none: '' };

/** The family's values as text: those typed, or the kind's defaults when none are. */
export function familyText(kind: Family, typed: string): string {
  return typed.trim() === '' ? FAMILY_DEFAULTS[kind] : typed;
}
