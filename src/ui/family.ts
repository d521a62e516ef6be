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
