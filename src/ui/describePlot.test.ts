import { describe, expect, it } from 'vitest';
import { describePlot } from './describePlot';

describe('describePlot', () => {
  it('names each curve from end to end, where it reaches 0, the labelled lines, the cursor and the points', () => {
    const xs = [0, 0.25, 0.5, 0.75, 1, 1.2];
    const text = describePlot(
      {
        xDomain: [0, 1.2],
        yDomain: [0, 1],
        xLabel: 'α',
        yLabel: 'E',
        series: [
          { key: 'bo', name: 'Bayes-optimal error', x: xs, y: [1, 0.8, 0.5, 0, 0, 0], color: '#000' },
          { key: 'halo', x: xs, y: xs, color: '#fff' },
          { key: 'f', label: 'ρ = 2', x: xs, y: [1, 0.9, 0.8, 0.7, 0.6, NaN], color: '#111' },
        ],
        vlines: [
          { key: 'pr', x: 0.75, label: 'α_PR', color: '#f00' },
          { key: 'off', x: 3, label: 'far', color: '#f00' },
        ],
        cursor: 0.3,
        points: [{ key: 'p', x: 0.5, mean: 0.52, std: 0.01, label: '' }],
      },
      'α',
    );
    expect(text).toBe(
      'Bayes-optimal error: from 1 at α = 0 to 0 at α = 1.2, reaching 0 at α ≈ 0.75; ρ = 2: from 1 at α = 0 to 0.6 at α = 1; vertical lines: α_PR at α = 0.75; cursor at α = 0.3; 1 simulated point with error bars.',
    );
  });

  it('says when nothing is drawn yet', () => {
    expect(describePlot({ xDomain: [0, 1], yDomain: [0, 1], xLabel: 'x', yLabel: 'y', series: [] }, 'x')).toBe('Nothing computed yet.');
  });
});
