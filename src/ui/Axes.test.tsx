import { scaleLinear } from 'd3-scale';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Axes } from './Axes';
import { textWidth } from './labels';

const LONG = 'estimation error (1/D)‖Ŝ − S‖²';
const axes = (height: number, font?: number) =>
  renderToStaticMarkup(
    <svg role="img" aria-label="axes">
      <Axes
        x={scaleLinear()}
        y={scaleLinear()}
        width={300}
        height={height}
        xLabel="α"
        yLabel={LONG}
        yShort="estimation error"
        margin={{ left: 60, bottom: 46 }}
        font={font}
      />
    </svg>,
  );
const yTitle = (html: string) => /rotate\(-90\)"[^>]*>(.*?)<\/text>/.exec(html)?.[1];

describe('Axes', () => {
  it('draws the full y title where it fits the plot height, the short one with the full one as tooltip where not', () => {
    const needed = textWidth(LONG, 13);
    expect(needed).toBeGreaterThan(200);
    expect(yTitle(axes(needed + 1))).toBe(LONG);
    expect(yTitle(axes(needed - 1))).toBe(`<title>${LONG}</title>estimation error`);
    // Projector type is larger, so the same height fits less.
    expect(yTitle(axes(needed + 1, 20))).toContain('<title>');
  });
});
