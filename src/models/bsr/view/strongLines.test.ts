import { describe, expect, it } from 'vitest';
import { strongLines } from './StrongPanel';

describe('strong-recovery lines', () => {
  it('give each β its α_PR and α_MNNE against ρ, converted to α̃ on that axis', () => {
    const rows = (v: number) => Array.from({ length: 5 }, () => Array.from({ length: 99 }, () => v));
    const lines = strongLines({ alphaPR: rows(0.5), alphaMNNE: rows(0.6) }, 'alpha');
    expect(lines.map((l) => l.beta)).toEqual([1, 2, 5, 10, 100]);
    expect([lines[0].pr[0], lines[0].mnne[0]]).toEqual([0.5, 0.6]);
    const tilde = strongLines({ alphaPR: rows(0.5), alphaMNNE: rows(0.6) }, 'alphaTilde');
    // β = 1, ρ = 0.01: α̃ = α β / (ρ (1 + β)).
    expect(tilde[0].pr[0]).toBeCloseTo(0.5 / (0.01 * 2), 9);
    expect(tilde[4].mnne[98]).toBeCloseTo((0.6 * 100) / (0.99 * 101), 9);
  });
});
